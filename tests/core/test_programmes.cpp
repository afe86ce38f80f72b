#include "demo/demoevent.h"
#include "model/error.h"
#include "storage/programmerepository.h"
#include "services/payoutdata.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "support/dbdump.h"
#include "support/backend.h"
#include "testutil.h"

#include <QJsonObject>
#include <QTimeZone>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {
class Programmes : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(eventDb(dir, u"p.sqlite"_s));
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

TEST_F(Programmes, CommentApplicationsAddThenFollowTheLatestComment)
{
    ProgrammeRepository r(*db);
    const qint64 person = ParticipantRepository(*db).ensure(u"commenter"_s);
    const QDateTime t1(QDate(2024, 3, 22), QTime(10, 0), QTimeZone::utc());
    const QString c1 = u"https://github.com/PaddlePaddle/Paddle/issues/62906#issuecomment-1"_s;
    const QString c2 = u"https://github.com/PaddlePaddle/Paddle/issues/62906#issuecomment-2"_s;
    EXPECT_EQ(r.recordCommentApplication(camp, person, {2, {4, 6}, false}, c1, t1), ApplicationChange::Added);
    EXPECT_EQ(r.recordCommentApplication(camp, person, {2, {4, 6}, false}, c1, t1), ApplicationChange::Unchanged);
    const auto find = [&] {
        for (const CampApplication &a : r.applications(camp))
            if (a.participantId == person)
                return a;
        return CampApplication{};
    };
    CampApplication a = find();
    EXPECT_EQ(a.stage, ApplicationStage::Applied);
    EXPECT_EQ(a.sourceUrl, c1);
    EXPECT_EQ(a.appliedAt, t1);
    EXPECT_EQ(a.choices.otherWishes, (QList<int>{4, 6}));
    EXPECT_FALSE(a.choices.acceptsReassignment);

    // Staff move it on and schedule the interview; an edited comment changes the wishes only.
    r.moveApplication(a.id, ApplicationStage::InterviewScheduled);
    r.setInterview(a.id, t1.addDays(5), u"@mentor-one"_s, u"strong C++"_s);
    EXPECT_EQ(r.recordCommentApplication(camp, person, {2, {3}, true}, c1, t1), ApplicationChange::Updated);
    a = find();
    EXPECT_EQ(a.stage, ApplicationStage::InterviewScheduled);
    EXPECT_EQ(a.interviewer, u"mentor-one"_s);
    EXPECT_EQ(a.notes, u"strong C++"_s);
    EXPECT_EQ(a.choices.otherWishes, QList<int>{3});
    EXPECT_TRUE(a.choices.acceptsReassignment);

    // A later comment wins; the earlier one read again (edited) does not take it back.
    EXPECT_EQ(r.recordCommentApplication(camp, person, {5, {}, true}, c2, t1.addDays(1)), ApplicationChange::Updated);
    EXPECT_EQ(r.recordCommentApplication(camp, person, {2, {1}, true}, c1, t1), ApplicationChange::Older);
    a = find();
    EXPECT_EQ(a.choices.firstChoice, 5);
    EXPECT_EQ(a.sourceUrl, c2);
    EXPECT_EQ(r.applications(camp).size(), 15) << "one application per person";
}

TEST_F(Programmes, InterviewsNeedAnInterviewerWhoIsALogin)
{
    ProgrammeRepository r(*db);
    const qint64 id = newApplicant(u"interviewee"_s, {3, {}, true});
    const QDateTime at(QDate(2024, 4, 2), QTime(6, 30), QTimeZone::utc());
    expectRefused([&] { r.setInterview(id, at, {}, u"x"_s); }, u"needs an interviewer"_s);
    expectRefused([&] { r.setInterview(id, at, u"not a login!"_s, {}); }, u"not the GitHub login"_s);
    const CampApplication before = *r.application(id);
    r.setInterview(id, at, u"@SigureMo"_s, u" good "_s);
    r.moveApplication(id, ApplicationStage::InterviewScheduled);
    CampApplication after = *r.application(id);
    EXPECT_EQ(after.interviewAt, at);
    EXPECT_EQ(after.interviewer, u"SigureMo"_s);
    EXPECT_EQ(after.notes, u"good"_s);
    r.restoreApplication(before);
    after = *r.application(id);
    EXPECT_EQ(after.stage, ApplicationStage::Applied);
    EXPECT_FALSE(after.interviewAt.isValid());
    EXPECT_TRUE(after.interviewer.isEmpty());
    EXPECT_EQ(r.acceptedOn(camp, 1), 1);
    EXPECT_EQ(r.acceptedOn(camp, 1, r.applications(camp).first().id), 0);
}

TEST_F(Programmes, CampDefencesAreForCampersWithTheTracksGradesAndFeedThePayouts)
{
    ProgrammeRepository r(*db);
    EXPECT_EQ(r.campGrades(camp), (QStringList{u"及格"_s, u"良好"_s, u"优秀"_s, u"特别优秀"_s}));
    // The camper of project 7 has not defended yet.
    CampApplication camper;
    for (const CampApplication &a : r.applications(camp))
        if (a.stage == ApplicationStage::Accepted && a.project == 7)
            camper = a;
    ASSERT_TRUE(camper.id);
    const qint64 project7 = TaskRepository(*db).byNumber(camp, 7)->id;
    const qint64 project6 = TaskRepository(*db).byNumber(camp, 6)->id;
    EXPECT_FALSE(r.campDefence(project7, camper.participantId));
    const Fen before = computePayouts(*db).totalFen;

    CampDefence d{project7, camper.participantId, u"良好"_s, 3, QDate(2024, 6, 20)};
    expectRefused(
        [&] {
            r.saveCampDefence({project6, camper.participantId, u"良好"_s, 3, QDate(2024, 6, 20)});
        },
        u"not an accepted camper of project 6"_s);
    expectRefused(
        [&] {
            r.saveCampDefence({project7, camper.participantId, u"满分"_s, 3, QDate(2024, 6, 20)});
        },
        u"not a grade"_s);
    expectRefused(
        [&] {
            r.saveCampDefence({project7, camper.participantId, u"良好"_s, 0, QDate(2024, 6, 20)});
        },
        u"months"_s);
    expectRefused([&] { r.saveCampDefence({project7, camper.participantId, u"良好"_s, 3, QDate()}); }, u"date"_s);
    expectRefused(
        [&] {
            r.saveCampDefence(
                {project7, camper.participantId, u"良好"_s, 3, QDate(2024, 6, 20), {u"zhang-wei"_s, u"张伟"_s}});
        },
        u"\"张伟\" is not the GitHub login of a judge"_s);
    expectRefused(
        [&] {
            r.saveCampDefence(
                {project7, camper.participantId, u"良好"_s, 3, QDate(2024, 6, 20), {u"zhang-wei"_s, u"@Zhang-Wei"_s}});
        },
        u"named twice"_s);
    EXPECT_FALSE(r.campDefence(project7, camper.participantId));

    d.judges = QStringList{u"@zhang-wei"_s, u"chen-jie"_s};
    r.saveCampDefence(d);
    d.judges = QStringList{u"zhang-wei"_s, u"chen-jie"_s}; // stored without '@'
    EXPECT_EQ(r.campDefence(project7, camper.participantId), d);
    EXPECT_EQ(r.campProjects(camp)[6].defenceJudges, d.judges);
    EXPECT_EQ(computePayouts(*db).totalFen - before, Stars::whole(4).toFen(200'000));
    EXPECT_EQ(r.campProjects(camp)[6].stage, CampProjectStage::Defended);
    d.grade.clear(); // did not pass: paid nothing
    r.saveCampDefence(d);
    EXPECT_FALSE(r.campDefence(project7, camper.participantId)->passed());
    EXPECT_EQ(computePayouts(*db).totalFen, before);
    r.removeCampDefence(project7, camper.participantId);
    EXPECT_FALSE(r.campDefence(project7, camper.participantId));
}

TEST_F(Programmes, SubTasksAreReplacedWholeAndLinkedToPrsOnce)
{
    ProgrammeRepository r(*db);
    const qint64 project3 = TaskRepository(*db).byNumber(fundable, 3)->id;
    EXPECT_TRUE(r.subTasks(project3).isEmpty());
    r.setSubTasks(
        project3,
        {{1, u"设计"_s, u"a"_s, {}, true, 0}, {2, u"实现"_s, u"b"_s, {}, false, 0}, {3, u"文档"_s, {}, {}, false, 0}});
    EXPECT_EQ(r.completionBp(project3), 3333);
    r.setSubTasks(project3, {{1, u"设计"_s, u"a"_s, {}, true, 0}, {3, u"文档"_s, {}, {}, true, 0}});
    EXPECT_EQ(r.subTasks(project3).size(), 2);
    EXPECT_EQ(r.completionBp(project3), 10000);
    expectRefused(
        [&] {
            r.setSubTasks(project3, {{1, u"x"_s, {}, {}, false, 0}, {1, u"y"_s, {}, {}, false, 0}});
        },
        u"twice"_s);

    using Complete = ProgrammeRepository::Complete;
    const QString repo = u"PaddlePaddle/Paddle"_s;
    EXPECT_FALSE(r.linkSubTaskPr(project3, 9, repo, 64100, Complete::Always).found);
    SubTaskPrLink link = r.linkSubTaskPr(project3, 3, repo, 64100, Complete::Never);
    EXPECT_TRUE(link.found && link.linked && !link.completed);
    r.setSubTasks(project3,
                  {{1, u"设计"_s, u"a"_s, {}, true, 0}, {3, u"文档"_s, {}, r.subTasks(project3)[1].prs, false, 0}});
    link = r.linkSubTaskPr(project3, 3, repo, 64100, Complete::IfNewlyLinked);
    EXPECT_FALSE(link.linked || link.completed) << "listed already: a sub-task set back to not done stays so";
    link = r.linkSubTaskPr(project3, 3, repo, 64100, Complete::Always);
    EXPECT_TRUE(link.completed);
    EXPECT_EQ(r.subTasks(project3)[1].prs, u"https://github.com/PaddlePaddle/Paddle/pull/64100"_s);

    r.setDefence(project3, Task::Defence::Partly);
    EXPECT_EQ(TaskRepository(*db).get(project3)->defence, Task::Defence::Partly);
}
