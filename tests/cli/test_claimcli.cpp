#include "support/clirunner.h"
#include "support/backend.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// `hackdesk claim add|remove` on a new event whose tasks track has tasks No.1-3 (from a CSV file).
class ClaimCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_EQ(run({u"init"_s}).code, 0);
        const QString tasks = dir.path(u"tasks.csv"_s);
        writeAll(tasks, "track,number,title,url,direction,stars,cash,rfc_required,locked,removed\n"
                        "tasks,1,One,,,1,,0,0,0\ntasks,2,Two,,,1,,0,0,0\ntasks,3,Three,,,1,,0,0,0\n");
        const CliRun r = run({u"import-csv"_s, u"--kind"_s, u"tasks"_s, tasks});
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
    }
    CliRun run(const QStringList &args) { return runHackdesk(QStringList{u"--db"_s, db} + args); }
    CliRun claim(const QStringList &args) { return run(QStringList{u"claim"_s} + args); }
    // The tasks track's figures from summary --json.
    QJsonObject tasksFigures()
    {
        const QJsonObject s = QJsonDocument::fromJson(run({u"summary"_s, u"--json"_s}).out.toUtf8()).object();
        for (const QJsonValue &t : s[u"tracks"_s].toArray())
            if (t[u"kind"_s].toString() == u"tasks")
                return t.toObject();
        return {};
    }
    QString exportedClaims() { return run({u"export-csv"_s, u"--kind"_s, u"claims"_s}).out; }

    TempDir dir;
    QString db = eventDb(dir, u"e.sqlite"_s);
};

} // namespace

TEST(ClaimCliHelp, IsListed)
{
    const CliRun r = runHackdesk({u"--help"_s});
    EXPECT_TRUE(r.out.contains(
        u"claim add|remove --track ID --task N --login L [--status claimed|submitted|merged|completed]"_s))
        << r.out.toStdString();
}

TEST_F(ClaimCli, AddsAClaimForANewParticipantCompletesAndRemoves)
{
    CliRun r = claim({u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"2"_s, u"--login"_s, u"@newbie"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Added the claim of @newbie on task No.2"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"@newbie is a new participant."_s)) << r.out.toStdString();
    EXPECT_TRUE(exportedClaims().contains(u"tasks,2,newbie,报名"_s)) << exportedClaims().toStdString();
    EXPECT_EQ(tasksFigures()[u"claimed"_s].toInt(), 1);
    EXPECT_EQ(tasksFigures()[u"completed"_s].toInt(), 0);

    r = claim({u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"2"_s, u"--login"_s, u"newbie"_s, u"--status"_s,
               u"completed"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Updated the claim of @newbie on task No.2"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"Task No.2 is completed: @newbie is its finisher."_s)) << r.out.toStdString();
    EXPECT_EQ(tasksFigures()[u"completed"_s].toInt(), 1);

    r = claim({u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"2"_s, u"--login"_s, u"other"_s, u"--status"_s,
               u"merged"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(exportedClaims().contains(u"tasks,2,other,部分完成"_s)) << exportedClaims().toStdString();

    r = claim({u"remove"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"2"_s, u"--login"_s, u"newbie"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u"Removed the claim of @newbie on task No.2.\n"_s);
    EXPECT_FALSE(exportedClaims().contains(u"newbie"_s));
    EXPECT_EQ(tasksFigures()[u"completed"_s].toInt(), 0); // the finisher's claim went, and the finisher with it
}

TEST_F(ClaimCli, BadInputNamesWhatIsWrongAndChangesNothing)
{
    const QString before = exportedClaims();
    struct Case
    {
        QStringList args;
        int code;
        QString needle;
    };
    const QList<Case> cases = {
        {{u"add"_s, u"--track"_s, u"9"_s, u"--task"_s, u"1"_s, u"--login"_s, u"a"_s}, 1, u"no track \"9\""_s},
        {{u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"77"_s, u"--login"_s, u"a"_s}, 1, u"has no task No.77"_s},
        {{u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"x"_s, u"--login"_s, u"a"_s}, 2, u"--task \"x\""_s},
        {{u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"1"_s, u"--login"_s, u"a b"_s},
         1,
         u"\"a b\" is not a GitHub login"_s},
        {{u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"1"_s, u"--login"_s, u"a"_s, u"--status"_s, u"done"_s},
         2,
         u"--status \"done\" is not one of claimed, submitted, merged, completed"_s},
        {{u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"1"_s}, 2, u"--login is missing"_s},
        {{u"remove"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"1"_s, u"--login"_s, u"nobody"_s},
         1,
         u"@nobody has no claim on task No.1"_s},
        {{u"move"_s}, 2, u"claim add"_s},
    };
    for (const Case &c : cases) {
        const CliRun r = claim(c.args);
        EXPECT_EQ(r.code, c.code) << c.args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(c.needle)) << r.err.toStdString();
    }
    EXPECT_EQ(exportedClaims(), before);
    EXPECT_FALSE(run({u"export-csv"_s, u"--kind"_s, u"participants"_s}).out.contains(u"\na,"_s));
}

TEST_F(ClaimCli, ImportedCompletedClaimsCompleteTheirTasks)
{
    const QString file = dir.path(u"claims.csv"_s);
    writeAll(file,
             "track,task,login,status,claimed_at\ntasks,1,ann,完成任务,\ntasks,1,ben,completed,\ntasks,3,ann,pr,\n");
    const CliRun r = run({u"import-csv"_s, u"--kind"_s, u"claims"_s, file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"1 task(s) completed"_s) || r.out.contains(u"1 task completed"_s))
        << r.out.toStdString();
    EXPECT_EQ(tasksFigures()[u"completed"_s].toInt(), 1);
    EXPECT_EQ(tasksFigures()[u"claimed"_s].toInt(), 2);
}
