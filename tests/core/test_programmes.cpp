#include "demo/demoevent.h"
#include "model/error.h"
#include "programmes/programmerepository.h"
#include "services/payoutdata.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "support/dbdump.h"
#include "testutil.h"

#include <QJsonObject>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {
class Programmes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(dir.path(u"p.sqlite"_s));
        addDemoData(*db);
        camp = EventRepository(*db).resolveTrack(u"camp"_s).id;
        fundable = EventRepository(*db).resolveTrack(u"fundable"_s).id;
    }
    qint64 newApplicant(const QString &login, CampChoices choices)
    {
        CampApplication a;
        a.trackId = camp;
        a.participantId = ParticipantRepository(*db).ensure(login);
        a.choices = choices;
        return ProgrammeRepository(*db).saveApplication(a);
    }
    void interview(qint64 id)
    {
        ProgrammeRepository r(*db);
        r.moveApplication(id, ApplicationStage::InterviewScheduled);
        r.moveApplication(id, ApplicationStage::Interviewed);
    }
    template <typename F> void expectRefused(F write, const QString &needle)
    {
        const QString before = dumpDatabase(*db);
        try {
            write();
            FAIL() << "accepted";
        } catch (const Error &e) {
            EXPECT_TRUE(e.message().contains(needle)) << e.message().toStdString();
        }
        EXPECT_EQ(dumpDatabase(*db), before);
    }
    TempDir dir;
    std::unique_ptr<Database> db;
    qint64 camp = 0, fundable = 0;
};
} // namespace

TEST_F(Programmes, NoTwoCampersOnOneSeat)
{
    // Project 1 has one seat and a camper already.
    const qint64 id = newApplicant(u"late-comer"_s, {1, {}, true});
    interview(id);
    expectRefused([&] { ProgrammeRepository(*db).moveApplication(id, ApplicationStage::Accepted); }, u"no seat left"_s);
    // A second seat makes room.
    Task project = *TaskRepository(*db).byNumber(camp, 1);
    project.seats = 2;
    TaskRepository(*db).update(project);
    ProgrammeRepository(*db).moveApplication(id, ApplicationStage::Accepted);
    EXPECT_EQ(ProgrammeRepository(*db).application(id)->stage, ApplicationStage::Accepted);
    EXPECT_TRUE(ClaimRepository(*db).find(project.id, ProgrammeRepository(*db).application(id)->participantId, 0));
}

TEST_F(Programmes, ReassignmentNeedsTheApplicantsConsent)
{
    Task spare;
    spare.trackId = camp;
    spare.number = 9;
    spare.title = u"新项目"_s;
    spare.seats = 1;
    TaskRepository(*db).insert(spare);
    const qint64 strict = newApplicant(u"strict-one"_s, {1, {2}, false});
    interview(strict);
    expectRefused([&] { ProgrammeRepository(*db).moveApplication(strict, ApplicationStage::Accepted, 9); },
                  u"does not accept reassignment"_s);
    const qint64 flexible = newApplicant(u"flexible-one"_s, {1, {2}, true});
    interview(flexible);
    ProgrammeRepository(*db).moveApplication(flexible, ApplicationStage::Accepted, 9);
    EXPECT_EQ(ProgrammeRepository(*db).application(flexible)->project, 9);
}

TEST_F(Programmes, ThePipelineOnlyMovesForward)
{
    const qint64 id = newApplicant(u"eager"_s, {2, {}, true});
    expectRefused([&] { ProgrammeRepository(*db).moveApplication(id, ApplicationStage::Accepted); },
                  u"cannot go from"_s);
    ProgrammeRepository(*db).moveApplication(id, ApplicationStage::Withdrawn);
    expectRefused([&] { ProgrammeRepository(*db).moveApplication(id, ApplicationStage::Applied); },
                  u"cannot go from"_s);
}

TEST_F(Programmes, WeeklyReportsAreForCampersWithSaneHours)
{
    ProgrammeRepository r(*db);
    const CampApplication camper = r.applications(camp).first();
    ASSERT_EQ(camper.stage, ApplicationStage::Accepted);
    expectRefused([&] { r.setWeeklyReport(camper.id, 2, 200, {}); }, u"hours"_s);
    expectRefused([&] { r.setWeeklyReport(camper.id, 0, 20, {}); }, u"week 0"_s);
    const qint64 applicant = newApplicant(u"not-yet"_s, {3, {}, true});
    expectRefused([&] { r.setWeeklyReport(applicant, 1, 30, {}); }, u"not an accepted camper"_s);
    r.setWeeklyReport(camper.id, 13, 31, u"https://example.com/w13"_s);
    r.setWeeklyReport(camper.id, 13, 32, u"https://example.com/w13"_s); // corrected, not duplicated
    EXPECT_EQ(r.weeklyHours(camper.id).last(), (std::pair<int, int>{13, 32}));
}

TEST_F(Programmes, TheBoardKnowsWhereEachProjectStands)
{
    const QList<CampProject> projects = ProgrammeRepository(*db).campProjects(camp);
    ASSERT_EQ(projects.size(), 8);
    EXPECT_EQ(projects[0].stage, CampProjectStage::Defended);
    EXPECT_EQ(projects[7].stage, CampProjectStage::InProgress);
    EXPECT_EQ(projects[0].campers.size(), 1);
    const QJsonArray json = ProgrammeRepository::campJson(projects);
    EXPECT_EQ(json[0].toObject()[u"stage"_s].toString(), u"defended"_s);
}

TEST_F(Programmes, FundableCompletionComesFromSubTasksAndFeedsThePayouts)
{
    ProgrammeRepository r(*db);
    const qint64 project2 = TaskRepository(*db).byNumber(fundable, 2)->id;
    EXPECT_EQ(r.completionBp(project2), 7000);
    const Fen before = computePayouts(*db).tracks[3].grossFen;
    // Finishing one more sub-task brings project 2 to 80 %: it starts paying.
    SubTask eighth = r.subTasks(project2)[7];
    eighth.done = true;
    r.saveSubTask(project2, eighth);
    EXPECT_EQ(r.completionBp(project2), 8000);
    const Fen after = computePayouts(*db).tracks[3].grossFen;
    EXPECT_EQ(after - before, Stars::whole(8).toFen(200'000) * 8 / 10);
    expectRefused([&] { r.saveSubTask(project2, {0, u"x"_s, {}, {}, false, 0}); }, u"positive number"_s);
    expectRefused([&] { r.saveSubTask(project2, {11, u"x"_s, {}, {}, false, -2}); }, u"negative"_s);
}
