// JudgeAssignmentRepository::profiles (one reading of the people for many submissions) gives what profile() gives
// for each: the authors, their organisations and camp mentors, and a team's name.

#include "demo/demoevent.h"
#include "demo/demojudging.h"
#include "storage/database.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/submissionrepository.h"
#include "support/backend.h"
#include "testutil.h"

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

TEST(JudgingProfiles, ManyAtOnceAreEachSubmissionsProfile)
{
    TempDir dir;
    Database db(eventDb(dir, u"d.sqlite"_s));
    addDemoData(db);
    addDemoJudging(db);
    const JudgeAssignmentRepository repo(db);
    const QList<Submission> submissions = SubmissionRepository(db).submissions();
    ASSERT_FALSE(submissions.isEmpty());
    const QHash<qint64, SubmissionProfile> profiles = repo.profiles(submissions);
    EXPECT_EQ(profiles.size(), submissions.size());
    int authors = 0;
    for (const Submission &s : submissions) {
        const SubmissionProfile one = repo.profile(s);
        const SubmissionProfile many = profiles.value(s.id);
        EXPECT_EQ(many.teamName, one.teamName) << s.id;
        ASSERT_EQ(many.authors.size(), one.authors.size()) << s.id;
        for (qsizetype i = 0; i < one.authors.size(); ++i) {
            EXPECT_EQ(many.authors[i].login, one.authors[i].login) << s.id;
            EXPECT_EQ(many.authors[i].organisation, one.authors[i].organisation) << s.id;
            EXPECT_EQ(many.authors[i].mentors, one.authors[i].mentors) << s.id;
        }
        authors += int(one.authors.size());
    }
    EXPECT_GT(authors, 0);
    EXPECT_TRUE(repo.profiles({}).isEmpty());
}
