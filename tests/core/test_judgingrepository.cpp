#include "demo/demoevent.h"
#include "io/csv.h"
#include "judging/judgingservice.h"
#include "model/error.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judginglog.h"
#include "storage/judgingresultrepository.h"
#include "storage/participantrepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/sqlquery.h"
#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"
#include "support/backend.h"
#include "support/dbdump.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlRecord>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// Every judging table, to prove a refused write changed nothing.
QString judgingDump(const Database &db)
{
    QString out;
    for (const QString &table :
         {u"judge"_s, u"judge_track"_s, u"judge_conflict"_s, u"rubric"_s, u"criterion"_s, u"criterion_anchor"_s,
          u"submission"_s, u"submission_link"_s, u"assignment"_s, u"score_sheet"_s, u"score"_s, u"judging_lock"_s,
          u"judging_log"_s, u"judge_packet"_s}) {
        SqlQuery q(db, u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        q.exec();
        while (q.next()) {
            out += table + u':';
            for (int i = 0; i < q.raw().record().count(); ++i)
                out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

Criterion criterion(const QString &name, int weight)
{
    Criterion c;
    c.name = name;
    c.weight = weight;
    c.description = name + u" of the work"_s;
    c.anchors = {{1, u"poor"_s}, {4, u"fair"_s}, {7, u"good"_s}, {9, u"excellent"_s}};
    return c;
}

// A small event: the fundable track with a rubric, three submissions (a team, a participant, and a
// participant mentored in the camp), four judges.
class JudgingDb : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(eventDb(dir, u"j.sqlite"_s));
        initEvent(*db);
        EventRepository events(*db);
        track = events.resolveTrack(u"fundable"_s).id;
        camp = events.resolveTrack(u"camp"_s).id;
        ParticipantRepository people(*db);
        lin = people.insert({0, u"lin-yichen"_s, u"林一晨"_s, u"lin@example.com"_s, u"浙江大学"_s});
        zhou = people.insert({0, u"zhou-haoran"_s, u"周浩然"_s, u"zhou@example.com"_s, u"华中科技大学"_s});
        solo = people.insert({0, u"megemini"_s, u"Megemini"_s, u"m@example.com"_s, QString()});
        camper = people.insert({0, u"tang-hao"_s, u"唐浩"_s, u"tang@example.com"_s, QString()});
        team = TeamRepository(*db).insert({0, u"飞桨小分队"_s, lin, {lin, zhou}});
        Task project;
        project.trackId = track;
        project.number = 1;
        project.title = u"Paddle 框架旧动态图机制退场"_s;
        task = TaskRepository(*db).insert(project);
        Task campProject;
        campProject.trackId = camp;
        campProject.number = 1;
        campProject.title = u"飞桨框架 PIR 方向"_s;
        campProject.lead = u"@wu-mentor"_s;
        const qint64 campTask = TaskRepository(*db).insert(campProject);
        Claim claim;
        claim.taskId = campTask;
        claim.participantId = camper;
        claim.claimedAt = claim.updatedAt = QDateTime::currentDateTimeUtc();
        ClaimRepository(*db).insert(claim);

        JudgeAssignmentRepository judgeRepo(*db);
        SubmissionRepository submissionRepo(*db);
        RubricRepository rubricRepo(*db);
        Rubric r;
        r.trackId = track;
        r.criteria = {criterion(u"Completion"_s, 4), criterion(u"Quality"_s, 3), criterion(u"Impact"_s, 2),
                      criterion(u"Defence"_s, 1)};
        rubric = rubricRepo.saveRubric(r, u"tester"_s);

        Submission s;
        s.trackId = track;
        s.title = u"旧动态图退场"_s;
        s.teamId = team;
        s.taskId = task;
        s.links = {{u"pr"_s, u"https://github.com/PaddlePaddle/Paddle/pull/1"_s}};
        teamWork = submissionRepo.insertSubmission(s);
        s = {};
        s.trackId = track;
        s.title = u"xdoctest"_s;
        s.participantId = solo;
        soloWork = submissionRepo.insertSubmission(s);
        s.title = u"Windows 支持"_s;
        s.participantId = camper;
        camperWork = submissionRepo.insertSubmission(s);

        zhang = judgeRepo.insertJudge({0, u"zhang-wei"_s, u"张伟"_s, u"百度"_s, {track}, {}});
        liu = judgeRepo.insertJudge({0, u"liu-yang"_s, u"刘洋"_s, u"浙江大学"_s, {track}, {}});
        wu = judgeRepo.insertJudge({0, u"wu-mentor"_s, u"吴"_s, QString(), {track, camp}, {}});
        chen = judgeRepo.insertJudge(
            {0, u"chen-jie"_s, u"陈杰"_s, u"百度"_s, {track}, {{JudgeConflict::Kind::Team, u"飞桨小分队"_s}}});
    }

    ScoreSheet sheet(qint64 judge, qint64 submission, QList<int> values, SheetStatus status = SheetStatus::Submitted)
    {
        ScoreSheet s;
        s.judgeId = judge;
        s.submissionId = submission;
        s.status = status;
        for (qsizetype i = 0; i < values.size(); ++i)
            s.scores.insert(rubric.criteria[i].id, values[i]);
        return s;
    }

    template <typename F> void expectRefused(F write, const QString &needle)
    {
        const QString before = judgingDump(*db);
        try {
            Transaction tx(*db);
            write();
            tx.commit();
            FAIL() << "accepted a bad write";
        } catch (const Error &e) {
            EXPECT_TRUE(e.message().contains(needle, Qt::CaseInsensitive)) << e.message().toStdString();
        }
        EXPECT_EQ(judgingDump(*db), before);
    }

    TempDir dir;
    std::unique_ptr<Database> db;
    qint64 track = 0, camp = 0, task = 0;
    qint64 lin = 0, zhou = 0, solo = 0, camper = 0, team = 0;
    qint64 teamWork = 0, soloWork = 0, camperWork = 0;
    qint64 zhang = 0, liu = 0, wu = 0, chen = 0;
    Rubric rubric;
};

} // namespace

TEST_F(JudgingDb, TheRubricRoundTripsWithItsAnchorsAndKeepsIds)
{
    RubricRepository rubricRepo(*db);
    JudgingLogRepository logRepo(*db);
    const Rubric stored = *rubricRepo.rubric(track);
    EXPECT_EQ(stored, rubric);
    ASSERT_EQ(stored.criteria.size(), 4);
    EXPECT_EQ(stored.criteria[0].anchors.size(), 4);
    EXPECT_EQ(stored.criteria[2].description, u"Impact of the work"_s);

    // Swap two names and reweigh: the ids stay, the order follows the list.
    Rubric changed = stored;
    std::swap(changed.criteria[0].name, changed.criteria[1].name);
    changed.criteria[0].weight = 5;
    const Rubric saved = rubricRepo.saveRubric(changed, u"tester"_s);
    EXPECT_EQ(saved.criteria[0].id, stored.criteria[0].id);
    EXPECT_EQ(saved.criteria[0].name, u"Quality"_s);
    EXPECT_EQ(saved.criteria[1].name, u"Completion"_s);
    EXPECT_EQ(logRepo.log(track).first().action, u"rubric"_s);
}

TEST_F(JudgingDb, ABadRubricIsRefusedWithItsProblems)
{
    RubricRepository repo(*db);
    Rubric r = rubric;
    r.criteria.resize(2);
    expectRefused([&] { repo.saveRubric(r, u"t"_s); }, u"3 to 6"_s);
    r = rubric;
    r.criteria[1].id = 999999;
    expectRefused([&] { repo.saveRubric(r, u"t"_s); }, u"not one of the rubric"_s);
}

TEST_F(JudgingDb, JudgesAreValidatedAndKeepTheirConflicts)
{
    JudgeAssignmentRepository repo(*db);
    expectRefused([&] { repo.insertJudge({0, u"not a login"_s, {}, {}, {}, {}}); }, u"not a valid judge login"_s);
    expectRefused([&] { repo.insertJudge({0, u"@Zhang-Wei"_s, {}, {}, {}, {}}); }, u"already a judge @zhang-wei"_s);
    expectRefused([&] { repo.insertJudge({0, u"new-judge"_s, {}, {}, {12345}, {}}); }, u"no track 12345"_s);
    const Judge c = *repo.judge(chen);
    ASSERT_EQ(c.conflicts.size(), 1);
    EXPECT_EQ(c.conflicts.first().value, u"飞桨小分队"_s);
    EXPECT_EQ(repo.judgeByLogin(u"@ZHANG-WEI"_s)->id, zhang);
    EXPECT_EQ(repo.judges(camp).size(), 1);
    EXPECT_EQ(repo.judges().size(), 4);
}

TEST_F(JudgingDb, ConflictsComeFromTeamsOrganisationsDeclarationsAndTheCamp)
{
    JudgeAssignmentRepository judgeRepo(*db);
    SubmissionRepository submissionRepo(*db);
    const Submission tw = *submissionRepo.submission(teamWork), sw = *submissionRepo.submission(soloWork),
                     cw = *submissionRepo.submission(camperWork);
    EXPECT_FALSE(judgeRepo.conflict(*judgeRepo.judge(zhang), tw));
    EXPECT_TRUE(judgeRepo.conflict(*judgeRepo.judge(liu), tw)->contains(u"same organisation as @lin-yichen"_s));
    EXPECT_TRUE(judgeRepo.conflict(*judgeRepo.judge(chen), tw)->contains(u"the team 飞桨小分队"_s));
    EXPECT_TRUE(judgeRepo.conflict(*judgeRepo.judge(wu), cw)->contains(u"mentors @tang-hao"_s));
    EXPECT_FALSE(judgeRepo.conflict(*judgeRepo.judge(wu), sw));
    // A conflicted assignment by hand is refused with the reason.
    expectRefused([&] { judgeRepo.assign(liu, teamWork, true, u"t"_s); }, u"same organisation"_s);
    expectRefused([&] { judgeRepo.assign(wu, camperWork, true, u"t"_s); }, u"mentors @tang-hao in the code camp"_s);

    // Many at once are all or nothing: one conflicted pair and none is written.
    const QString before = judgingDump(*db);
    expectRefused(
        [&] {
            judgeRepo.assign({{zhang, teamWork}, {wu, soloWork}, {liu, teamWork}}, false, u"t"_s);
        },
        u"same organisation"_s);
    EXPECT_EQ(judgingDump(*db), before);
    judgeRepo.assign({{zhang, teamWork}, {wu, soloWork}, {zhang, teamWork}}, false, u"t"_s);
    EXPECT_TRUE(judgeRepo.isAssigned(zhang, teamWork));
    EXPECT_TRUE(judgeRepo.isAssigned(wu, soloWork));
    EXPECT_EQ(judgeRepo.assignments().size(), 2);

    // The people behind the rule are read again when the database changes: a new team member's
    // organisation now conflicts with a judge of that organisation.
    EXPECT_FALSE(judgeRepo.conflict(*judgeRepo.judge(zhang), tw));
    SqlQuery(*db, u"UPDATE participant SET organisation = (SELECT organisation FROM judge WHERE id = ?) WHERE id = "
                  u"(SELECT participant_id FROM team_member WHERE team_id = ? LIMIT 1)"_s)
        .bind(zhang, tw.teamId)
        .exec();
    EXPECT_TRUE(judgeRepo.conflict(*judgeRepo.judge(zhang), tw)) << "the same repository object sees the change";
}

TEST_F(JudgingDb, AutomaticAssignmentCoversAndReportsGaps)
{
    // Four judges; the team's work has two free of conflict (liu and chen conflict): a gap naming them.
    const AssignmentResult r = assignTrack(*db, track, 3, false, u"tester"_s);
    ASSERT_EQ(r.gaps.size(), 1);
    EXPECT_EQ(r.gaps.first().submissionId, teamWork);
    EXPECT_TRUE(r.gaps.first().reason.contains(u"@liu-yang"_s)) << r.gaps.first().reason.toStdString();
    EXPECT_TRUE(r.gaps.first().reason.contains(u"@chen-jie"_s));
    JudgeAssignmentRepository repo(*db);
    EXPECT_EQ(repo.assignments(track).size(), 2 + 3 + 3);
    EXPECT_TRUE(assignmentConflicts(*db, track).isEmpty());
    EXPECT_LE(r.maxLoad() - r.minLoad(), 1);
    // Running it again adds nothing.
    const QString before = judgingDump(*db);
    EXPECT_TRUE(assignTrack(*db, track, 3, false, u"tester"_s).added.isEmpty());
    EXPECT_EQ(judgingDump(*db), before);
    // A conflict declared later shows.
    qint64 onSolo = 0;
    for (const Assignment &a : repo.assignments(track))
        if (a.submissionId == soloWork)
            onSolo = a.judgeId;
    Judge z = *repo.judge(onSolo);
    z.conflicts.append({JudgeConflict::Kind::Participant, u"megemini"_s});
    repo.updateJudge(z);
    const QList<AssignmentConflict> conflicts = assignmentConflicts(*db, track);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().judgeId, onSolo);
    EXPECT_EQ(conflicts.first().submissionId, soloWork);
}

TEST_F(JudgingDb, CampMentorsComeFromTheProjectAndNeverJudgeTheirCampers)
{
    // A second camp project with its mentors written on the project (a login and a name, no task lead) and
    // a camper accepted on it through the application pipeline, without a claim; an applicant still in
    // the pipeline is not a camper.
    Task p;
    p.trackId = camp;
    p.number = 2;
    p.title = u"PaddleScience 方向"_s;
    const qint64 campTask = TaskRepository(*db).insert(p);
    SqlQuery(*db, u"INSERT INTO camp_project (task_id, mentors) VALUES (?, ?)"_s)
        .bind(campTask, u"@Mentor-A、钱老师"_s)
        .exec();
    ParticipantRepository people(*db);
    const qint64 accepted = people.insert({0, u"he-yu"_s, u"何宇"_s, u"he@example.com"_s, QString()});
    const qint64 applicant = people.insert({0, u"wen-jing"_s, u"文静"_s, u"wen@example.com"_s, QString()});
    auto apply = [&](qint64 who, const QString &stage, const QVariant &project) {
        SqlQuery(*db, u"INSERT INTO camp_application (track_id, participant_id, first_choice, stage, project, "
                      u"applied_at) VALUES (?, ?, 2, ?, ?, '2024-03-21T00:00:00Z')"_s)
            .bind(camp, who, stage)
            .bindValue(project)
            .exec();
    };
    apply(accepted, u"accepted"_s, 2);
    apply(applicant, u"interviewed"_s, QVariant(QMetaType::fromType<int>()));

    JudgeAssignmentRepository judgeRepo(*db);
    SubmissionRepository submissionRepo(*db);
    Submission s;
    s.trackId = track;
    s.title = u"PINN 求解器"_s;
    s.participantId = accepted;
    const qint64 acceptedWork = submissionRepo.insertSubmission(s, u"t"_s);
    s.title = u"Fourier 神经算子"_s;
    s.participantId = applicant;
    const qint64 applicantWork = submissionRepo.insertSubmission(s, u"t"_s);
    const qint64 mentorA = judgeRepo.insertJudge({0, u"mentor-a"_s, u"艾"_s, QString(), {track}, {}}, u"t"_s);
    const qint64 qian = judgeRepo.insertJudge({0, u"qian-laoshi"_s, u"钱老师"_s, QString(), {track}, {}}, u"t"_s);

    const Submission aw = *submissionRepo.submission(acceptedWork), pw = *submissionRepo.submission(applicantWork);
    EXPECT_EQ(judgeRepo.conflict(*judgeRepo.judge(mentorA), aw), u"mentors @he-yu in the code camp"_s) << "by login";
    EXPECT_EQ(judgeRepo.conflict(*judgeRepo.judge(qian), aw), u"mentors @he-yu in the code camp"_s) << "by name";
    EXPECT_FALSE(judgeRepo.conflict(*judgeRepo.judge(mentorA), pw)) << "an applicant is not a camper";
    EXPECT_FALSE(judgeRepo.conflict(*judgeRepo.judge(wu), aw)) << "another project's mentor";

    // The mentors written on a project replace its task's lead: project 1 (lead @wu-mentor, claimed by
    // tang-hao) now names mentor-a.
    const qint64 firstProject = TaskRepository(*db).byNumber(camp, 1)->id;
    SqlQuery(*db, u"INSERT INTO camp_project (task_id, mentors) VALUES (?, ?)"_s)
        .bind(firstProject, u"@mentor-a"_s)
        .exec();
    const Submission cw = *submissionRepo.submission(camperWork);
    EXPECT_FALSE(judgeRepo.conflict(*judgeRepo.judge(wu), cw));
    EXPECT_EQ(judgeRepo.conflict(*judgeRepo.judge(mentorA), cw), u"mentors @tang-hao in the code camp"_s)
        << "by the claim";

    // The automatic assignment never gives a mentor their camper, and says why the camper's work is short.
    const AssignmentResult r = assignTrack(*db, track, 5, false, u"tester"_s);
    EXPECT_FALSE(judgeRepo.isAssigned(mentorA, acceptedWork));
    EXPECT_FALSE(judgeRepo.isAssigned(qian, acceptedWork));
    EXPECT_FALSE(judgeRepo.isAssigned(mentorA, camperWork));
    for (const Assignment &a : judgeRepo.assignments(track))
        EXPECT_FALSE(judgeRepo.conflict(*judgeRepo.judge(a.judgeId), *submissionRepo.submission(a.submissionId)))
            << a.judgeId << " on " << a.submissionId;
    bool named = false;
    for (const AssignmentGap &g : r.gaps)
        if (g.submissionId == acceptedWork)
            named = g.reason.contains(u"@qian-laoshi"_s) && g.reason.contains(u"mentors @he-yu"_s);
    EXPECT_TRUE(named);
    EXPECT_TRUE(assignmentConflicts(*db, track).isEmpty());

    // A mentor named on the project later: the existing assignment is listed as a conflict.
    ASSERT_TRUE(judgeRepo.isAssigned(zhang, acceptedWork));
    SqlQuery(*db, u"UPDATE camp_project SET mentors = ? WHERE task_id = ?"_s)
        .bind(u"@Mentor-A、钱老师、张伟"_s, campTask)
        .exec();
    const QList<AssignmentConflict> conflicts = assignmentConflicts(*db, track);
    ASSERT_EQ(conflicts.size(), 1);
    EXPECT_EQ(conflicts.first().judgeId, zhang);
    EXPECT_EQ(conflicts.first().submissionId, acceptedWork);
    EXPECT_EQ(conflicts.first().reason, u"mentors @he-yu in the code camp"_s);
}

TEST_F(JudgingDb, SheetsAreValidatedLoggedAndOnlyForAssignedJudges)
{
    JudgeAssignmentRepository judgeRepo(*db);
    ScoreRepository scoreRepo(*db);
    JudgingLogRepository logRepo(*db);
    expectRefused([&] { scoreRepo.saveSheet(sheet(zhang, soloWork, {7, 7, 7, 7}), u"t"_s); }, u"not assigned"_s);
    judgeRepo.assign(zhang, soloWork, true, u"staff-li"_s);
    expectRefused(
        [&] {
            scoreRepo.saveSheet(sheet(zhang, soloWork, {7, 11, 7, 7}), u"t"_s);
        },
        u"Quality: 11 is outside"_s);
    expectRefused(
        [&] {
            scoreRepo.saveSheet(sheet(zhang, soloWork, {7, 7}), u"t"_s);
        },
        u"still empty: Impact, Defence"_s);

    EXPECT_TRUE(scoreRepo.saveSheet(sheet(zhang, soloWork, {7, 8}, SheetStatus::Draft), u"staff-li"_s));
    QList<JudgingLogEntry> log = logRepo.log(track);
    // Newest first: Quality, Completion, status; then the assignment.
    ASSERT_GE(log.size(), 4);
    EXPECT_EQ(log[0].criterion, u"Quality"_s);
    EXPECT_EQ(log[0].oldValue, QString());
    EXPECT_EQ(log[0].newValue, u"8"_s);
    EXPECT_EQ(log[0].actor, u"staff-li"_s);
    EXPECT_EQ(log[0].judge, u"zhang-wei"_s);
    EXPECT_EQ(log[2].action, u"status"_s);
    EXPECT_EQ(log[2].newValue, u"draft"_s);

    ScoreSheet s = sheet(zhang, soloWork, {6, 8, 5, 9});
    s.comment = u"Solid work."_s;
    EXPECT_TRUE(scoreRepo.saveSheet(s, u"staff-wang"_s));
    log = logRepo.log(track);
    EXPECT_EQ(log[0].action, u"comment"_s);
    EXPECT_EQ(log[0].newValue, u"Solid work."_s);
    // Completion 7 -> 6 is logged old -> new.
    bool found = false;
    for (const JudgingLogEntry &e : log)
        found = found || (e.criterion == u"Completion"_s && e.oldValue == u"7"_s && e.newValue == u"6"_s);
    EXPECT_TRUE(found);
    const int entries = int(logRepo.log(track).size());
    EXPECT_FALSE(scoreRepo.saveSheet(s, u"staff-wang"_s)) << "the same content changes nothing";
    EXPECT_EQ(logRepo.log(track).size(), entries);
    EXPECT_EQ(scoreRepo.sheet(zhang, soloWork)->scores, s.scores);
    EXPECT_EQ(scoreRepo.sheet(zhang, soloWork)->updatedBy, u"staff-wang"_s);

    // Scored: the judge cannot be taken off until the sheet is deleted (which is logged too).
    expectRefused([&] { judgeRepo.unassign(zhang, soloWork, u"t"_s); }, u"already scored"_s);
    EXPECT_TRUE(scoreRepo.removeSheet(zhang, soloWork, u"staff-wang"_s));
    EXPECT_EQ(logRepo.log(track).first().oldValue, u"Solid work."_s);
    judgeRepo.unassign(zhang, soloWork, u"staff-wang"_s);
    EXPECT_FALSE(judgeRepo.isAssigned(zhang, soloWork));
}

TEST_F(JudgingDb, FinalisingLocksScoresAssignmentsAndTheRubric)
{
    JudgeAssignmentRepository judgeRepo(*db);
    RubricRepository rubricRepo(*db);
    ScoreRepository scoreRepo(*db);
    JudgingResultRepository resultRepo(*db);
    JudgingLogRepository logRepo(*db);
    judgeRepo.assign(zhang, soloWork, false, u"t"_s);
    scoreRepo.saveSheet(sheet(zhang, soloWork, {7, 7, 7, 7}), u"t"_s);
    resultRepo.finalise(track, u"staff-li"_s);
    EXPECT_TRUE(resultRepo.lock(track).finalised);
    EXPECT_EQ(resultRepo.lock(track).by, u"staff-li"_s);
    expectRefused([&] { scoreRepo.saveSheet(sheet(zhang, soloWork, {8, 7, 7, 7}), u"t"_s); }, u"are final"_s);
    expectRefused([&] { scoreRepo.removeSheet(zhang, soloWork, u"t"_s); }, u"are final"_s);
    expectRefused([&] { judgeRepo.assign(zhang, camperWork, true, u"t"_s); }, u"are final"_s);
    expectRefused([&] { rubricRepo.saveRubric(rubric, u"t"_s); }, u"are final"_s);
    expectRefused([&] { assignTrack(*db, track, 3, false, u"t"_s); }, u"are final"_s);
    expectRefused([&] { resultRepo.finalise(track, u"t"_s); }, u"already final"_s);
    // Unlocking needs a reason, which goes into the log.
    expectRefused([&] { resultRepo.unlock(track, u"  "_s, u"t"_s); }, u"Give a reason"_s);
    resultRepo.unlock(track, u"Judge entered a score for the wrong criterion."_s, u"staff-wang"_s);
    const JudgingLogEntry last = logRepo.log(track).first();
    EXPECT_EQ(last.action, u"unlock"_s);
    EXPECT_EQ(last.actor, u"staff-wang"_s);
    EXPECT_EQ(last.note, u"Judge entered a score for the wrong criterion."_s);
    EXPECT_TRUE(scoreRepo.saveSheet(sheet(zhang, soloWork, {8, 7, 7, 7}), u"t"_s));
    expectRefused([&] { resultRepo.unlock(track, u"again"_s, u"t"_s); }, u"not final"_s);
}

TEST_F(JudgingDb, DeletingAPersonElsewhereNeverTouchesJudging)
{
    SubmissionRepository repo(*db);
    // A participant with a submission can still be deleted (and undeleted) by the rest of the app.
    const QString before = judgingDump(*db);
    const RowSnapshot snapshot = ParticipantRepository(*db).remove(solo, true);
    EXPECT_EQ(repo.authorLabel(*repo.submission(soloWork)), u"(deleted participant #%1)"_s.arg(solo));
    EXPECT_EQ(judgingDump(*db), before);
    snapshot.restore(*db);
    EXPECT_EQ(repo.authorLabel(*repo.submission(soloWork)), u"@megemini"_s);
    EXPECT_FALSE(hasOrphans(*db));
}

TEST_F(JudgingDb, ScoreCsvTemplateAndImport)
{
    JudgeAssignmentRepository judgeRepo(*db);
    ScoreRepository scoreRepo(*db);
    judgeRepo.assign(zhang, soloWork, false, u"t"_s);
    judgeRepo.assign(wu, soloWork, false, u"t"_s);
    const QList<QStringList> records = scoreTemplateRecords(*db, track);
    ASSERT_EQ(records.size(), 1 + 2 * 4);
    EXPECT_EQ(records[0].join(u','), u"judge,submission,criterion,weight,min,max,score,comment"_s);
    EXPECT_EQ(records[1], (QStringList{u"wu-mentor"_s, QString::number(soloWork), u"Completion"_s, u"4"_s, u"1"_s,
                                       u"10"_s, QString(), QString()}));

    // Fill it in as staff would from paper: wu fully (submitted), zhang partly (a draft).
    QList<QStringList> filled = records;
    const int scores[] = {7, 8, 6, 9, 5, 0, 0, 0};
    for (int i = 1; i < filled.size(); ++i)
        if (scores[i - 1])
            filled[i][6] = QString::number(scores[i - 1]);
    filled[1][7] = u"Clear, well tested"_s;
    filled[3][7] = u"=needs docs"_s; // a formula-looking comment stays text
    const ScoreImportResult r = importScoresCsv(*db, writeCsv(filled), u"paper.csv"_s, u"staff"_s);
    EXPECT_EQ(r.added, 2);
    EXPECT_EQ(r.drafts, 1);
    const ScoreSheet w = *scoreRepo.sheet(wu, soloWork);
    EXPECT_EQ(w.status, SheetStatus::Submitted);
    EXPECT_EQ(w.comment, u"Clear, well tested\n=needs docs"_s);
    EXPECT_EQ(scoreRepo.sheet(zhang, soloWork)->status, SheetStatus::Draft);
    EXPECT_EQ(scoreRepo.sheet(zhang, soloWork)->scores.size(), 1);
    // The same file again changes nothing.
    EXPECT_EQ(importScoresCsv(*db, writeCsv(filled), u"paper.csv"_s, u"staff"_s).unchanged, 2);

    // Exported with the stored scores (the comment on a sheet's first row), the rows come back as they went
    // in, and imported again they change nothing; one judge's rows alone.
    const QList<QStringList> exported = scoreRecords(*db, track);
    ASSERT_EQ(exported.size(), records.size());
    for (qsizetype i = 1; i < exported.size(); ++i)
        EXPECT_EQ(exported[i].mid(0, 7), filled[i].mid(0, 7)) << i;
    EXPECT_EQ(exported[1][7], u"Clear, well tested\n=needs docs"_s);
    EXPECT_EQ(exported[3][7], QString());
    EXPECT_EQ(importScoresCsv(*db, writeCsv(exported), u"export.csv"_s, u"staff"_s).unchanged, 2);
    const QList<QStringList> wuOnly = scoreRecords(*db, track, wu);
    ASSERT_EQ(wuOnly.size(), 1 + 4);
    for (qsizetype i = 1; i < wuOnly.size(); ++i)
        EXPECT_EQ(wuOnly[i][0], u"wu-mentor"_s);
    EXPECT_EQ(scoreTemplateRecords(*db, track, zhang).size(), 1 + 4);

    // Bad files are refused whole, every line named.
    QList<QStringList> bad = filled;
    bad[2][6] = u"11"_s;     // out of range
    bad[3][0] = u"nobody"_s; // unknown judge
    bad[4][3] = u"9"_s;      // stale weight
    bad.append(bad[1]);      // duplicate row
    bad.append({u"zhang-wei"_s, QString::number(teamWork), u"Completion"_s, u"4"_s, u"1"_s, u"10"_s, u"5"_s, {}});
    const QString before = judgingDump(*db);
    try {
        importScoresCsv(*db, writeCsv(bad), u"bad.csv"_s, u"staff"_s);
        FAIL() << "accepted";
    } catch (const Error &e) {
        const QString m = e.message();
        EXPECT_TRUE(m.contains(u"Nothing was imported from bad.csv: 5 problem"_s)) << m.toStdString();
        EXPECT_TRUE(m.contains(u"line 3: Quality: 11 is outside the scale 1-10"_s)) << m.toStdString();
        EXPECT_TRUE(m.contains(u"line 4: there is no judge \"nobody\""_s)) << m.toStdString();
        EXPECT_TRUE(m.contains(u"line 5: weight of Defence is 1 in the rubric, not 9"_s)) << m.toStdString();
        EXPECT_TRUE(m.contains(u"line 10: @wu-mentor, submission"_s)) << m.toStdString();
        EXPECT_TRUE(m.contains(u"line 11: @zhang-wei is not assigned"_s)) << m.toStdString();
    }
    EXPECT_EQ(judgingDump(*db), before);
}

TEST_F(JudgingDb, ResultsAreRankedAndPrinted)
{
    JudgeAssignmentRepository judgeRepo(*db);
    ScoreRepository scoreRepo(*db);
    JudgingResultRepository resultRepo(*db);
    for (qint64 j : {zhang, wu})
        judgeRepo.assign(j, soloWork, false, u"t"_s);
    judgeRepo.assign(zhang, teamWork, false, u"t"_s);
    scoreRepo.saveSheet(sheet(zhang, soloWork, {8, 8, 8, 8}), u"t"_s);
    scoreRepo.saveSheet(sheet(wu, soloWork, {6, 6, 6, 6}), u"t"_s);
    scoreRepo.saveSheet(sheet(zhang, teamWork, {4, 6, 4, 4}), u"t"_s); // w = (16 + 18 + 8 + 4) / 10 = 4.6
    const QList<SubmissionResult> results = resultRepo.results(track);
    ASSERT_EQ(results.size(), 3);
    EXPECT_EQ(results[0].submissionId, soloWork);
    EXPECT_DOUBLE_EQ(results[0].raw, 7.0);
    EXPECT_EQ(results[1].submissionId, teamWork);
    EXPECT_DOUBLE_EQ(results[1].raw, 4.6);
    EXPECT_EQ(results[2].rank, 0);
    const QList<QStringList> csv = resultRecords(*db, track);
    EXPECT_EQ(csv[0].join(u','), u"rank,submission,title,judges,raw,normalised"_s);
    EXPECT_EQ(csv[2][4], u"4.600"_s);
    EXPECT_EQ(csv[3][0], QString()) << "unranked";
    const QJsonArray json = QJsonDocument::fromJson(resultsJson(*db, track)).array();
    ASSERT_EQ(json.size(), 3);
    EXPECT_EQ(json[0][u"submission"_s].toInteger(), soloWork);
    EXPECT_EQ(json[0][u"rank"_s].toInt(), 1);
    EXPECT_EQ(json[0][u"judges"_s].toInt(), 2);
    EXPECT_DOUBLE_EQ(json[1][u"raw"_s].toDouble(), 4.6);
    EXPECT_TRUE(json[2][u"rank"_s].isNull());
    // Drafts never count.
    judgeRepo.assign(wu, teamWork, false, u"t"_s);
    scoreRepo.saveSheet(sheet(wu, teamWork, {10}, SheetStatus::Draft), u"t"_s);
    EXPECT_EQ(resultRepo.results(track)[1].judges, 1);
}

TEST(JudgingMigration, AVersionTwoDatabaseGainsTheJudgingTables)
{
    TempDir dir;
    const QString path = dir.path(u"old.sqlite"_s);
    ASSERT_TRUE(QFile::copy(testData(u"schema-v2.sqlite"_s), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    Database db(path);
    JudgeAssignmentRepository judgeRepo(db);
    SubmissionRepository submissionRepo(db);
    RubricRepository rubricRepo(db);
    EXPECT_TRUE(judgeRepo.judges().isEmpty());
    EXPECT_TRUE(submissionRepo.submissions().isEmpty());
    const qint64 articles = EventRepository(db).resolveTrack(u"articles"_s).id;
    EXPECT_FALSE(rubricRepo.rubric(articles));
    EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM claim"_s).toInt(), 132);
}

TEST(JudgingDemo, TheDemoJudgesTheFundableDefenceAndTheArticlesWithoutScores)
{
    TempDir dir;
    Database db(eventDb(dir, u"demo.sqlite"_s));
    addDemoData(db);
    JudgeAssignmentRepository judgeRepo(db);
    SubmissionRepository submissionRepo(db);
    RubricRepository rubricRepo(db);
    ScoreRepository scoreRepo(db);
    EventRepository events(db);
    const qint64 fundable = events.resolveTrack(u"fundable"_s).id;
    const qint64 articles = events.resolveTrack(u"articles"_s).id;
    const Rubric defence = *rubricRepo.rubric(fundable);
    EXPECT_EQ(defence.criteria.size(), 4);
    EXPECT_TRUE(rubricProblems(defence).isEmpty());
    const Rubric stage2 = *rubricRepo.rubric(articles);
    EXPECT_EQ(stage2.judgedCriteria().size(), 3);
    EXPECT_EQ(stage2.criteria.size(), 3 + FigureCount) << "every figure has a derived criterion";
    EXPECT_TRUE(rubricProblems(stage2).isEmpty());
    EXPECT_EQ(submissionRepo.submissions(fundable).size(), 3);
    EXPECT_EQ(submissionRepo.submissions(articles).size(), 8);
    for (const Submission &s : submissionRepo.submissions(articles))
        EXPECT_TRUE(s.figure(Figure::Views).has_value());
    EXPECT_EQ(judgeRepo.judges().size(), 9);
    for (qint64 track : {fundable, articles}) {
        QHash<qint64, int> judges;
        for (const Assignment &a : judgeRepo.assignments(track))
            ++judges[a.submissionId];
        for (const Submission &s : submissionRepo.submissions(track))
            EXPECT_GE(judges.value(s.id), 3) << s.title.toStdString();
        EXPECT_TRUE(assignmentConflicts(db, track).isEmpty());
        int lo = 1000, hi = 0;
        for (const JudgeLoad &l : judgeRepo.judgeLoads(track)) {
            lo = std::min(lo, l.assigned);
            hi = std::max(hi, l.assigned);
        }
        EXPECT_LE(hi - lo, 1);
    }
    EXPECT_TRUE(scoreRepo.sheets().isEmpty()) << "no scores in the demo";
    // The demo's declared and organisation conflicts are in force.
    const Judge chen = *judgeRepo.judgeByLogin(u"chen-jie"_s);
    for (const Submission &s : submissionRepo.submissions(fundable))
        if (submissionRepo.authorLabel(s) == u"飞桨小分队"_s) {
            EXPECT_TRUE(judgeRepo.conflict(chen, s).has_value());
            EXPECT_FALSE(judgeRepo.isAssigned(chen.id, s.id));
        }
}

TEST_F(JudgingDb, TheRubricRoundTripsThroughJson)
{
    const QByteArray json = rubricJson(*db, track);
    Rubric r = rubricFromJson(json, track);
    EXPECT_EQ(r, rubric);
    // Reweigh, add a derived criterion, drop one: saved as the file says, ids kept.
    QJsonObject o = QJsonDocument::fromJson(json).object();
    QJsonArray criteria = o[u"criteria"_s].toArray();
    QJsonObject first = criteria[0].toObject();
    first[u"weight"_s] = 9;
    criteria[0] = first;
    criteria.removeLast();
    criteria.append(QJsonObject{{u"name"_s, u"Views"_s}, {u"weight"_s, 2}, {u"figure"_s, u"views"_s}});
    o[u"criteria"_s] = criteria;
    const Rubric saved = RubricRepository(*db).saveRubric(rubricFromJson(QJsonDocument(o).toJson(), track), u"t"_s);
    EXPECT_EQ(saved.criteria.size(), 4);
    EXPECT_EQ(saved.criteria[0].id, rubric.criteria[0].id);
    EXPECT_EQ(saved.criteria[0].weight, 9);
    EXPECT_EQ(saved.criteria[3].figure, Figure::Views);
    EXPECT_THROW(rubricFromJson("[1]", track), Error);
    EXPECT_THROW(rubricFromJson(R"({"criteria": [{"name": "x", "figure": "stars"}]})", track), Error);
    EXPECT_THROW(rubricFromJson(R"({"scaleMax": 9.5, "criteria": []})", track), Error);
}

TEST_F(JudgingDb, SubmissionsRoundTripThroughCsv)
{
    QList<QStringList> records = submissionRecords(*db, track);
    ASSERT_EQ(records.size(), 4);
    EXPECT_EQ(records[0].join(u','), u"id,title,by,task,links,views,likes,favourites,comments,followers"_s);
    EXPECT_EQ(records[1][2], u"飞桨小分队"_s);
    EXPECT_EQ(records[2][2], u"'@megemini"_s) << "kept text in spreadsheets";
    EXPECT_EQ(records[1][4], u"pr:https://github.com/PaddlePaddle/Paddle/pull/1"_s);
    const QString before = judgingDump(*db);
    EXPECT_EQ(importSubmissionsCsv(*db, track, writeCsv(records)), std::make_pair(0, 0)) << "unchanged";
    EXPECT_EQ(judgingDump(*db), before);

    records[2][1] = u"xdoctest 引入"_s;
    records.append({QString(),
                    u"New work"_s,
                    u"@zhou-haoran"_s,
                    u"1"_s,
                    u"slides:https://x.org/s.pdf https://y.org"_s,
                    u"10"_s,
                    {},
                    {},
                    {},
                    {}});
    EXPECT_EQ(importSubmissionsCsv(*db, track, writeCsv(records)), std::make_pair(1, 1));
    SubmissionRepository repo(*db);
    EXPECT_EQ(repo.submission(soloWork)->title, u"xdoctest 引入"_s);
    const Submission added = repo.submissions(track).last();
    EXPECT_EQ(added.participantId, zhou);
    EXPECT_EQ(added.taskId, task);
    EXPECT_EQ(added.links.size(), 2);
    EXPECT_EQ(added.links[1].kind, u"other"_s);
    EXPECT_EQ(added.figure(Figure::Views), 10);

    QList<QStringList> bad = records;
    bad[1][2] = u"no such team"_s;
    bad[2][0] = u"999"_s;
    bad[3][3] = u"77"_s;
    bad[4][4] = u"video:https://x"_s;
    bad[4][5] = u"-3"_s;
    const QString now = judgingDump(*db);
    try {
        importSubmissionsCsv(*db, track, writeCsv(bad), u"s.csv"_s);
        FAIL() << "accepted";
    } catch (const Error &e) {
        for (const QString &needle : {u"line 2: there is no team \"no such team\""_s,
                                      u"line 3: there is no submission 999"_s, u"line 4: the track has no task No.77"_s,
                                      u"line 5: link \"video:https://x\""_s, u"line 5: views \"-3\""_s})
            EXPECT_TRUE(e.message().contains(needle)) << e.message().toStdString();
    }
    EXPECT_EQ(judgingDump(*db), now);
}
