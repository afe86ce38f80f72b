#include "demo/demoevent.h"
#include "reports/chartdata.h"
#include "services/issueimport.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "support/backend.h"
#include "testutil.h"

#include <QTimeZone>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const QString &name)
{
    return QString::fromUtf8(readAll(testData(u"issues/"_s + name)));
}

class IssueImport : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(eventDb(dir, u"i.sqlite"_s));
        initEvent(*db);
    }
    Track track(const QString &kind) const { return EventRepository(*db).resolveTrack(kind); }
    int count(const QString &table) const { return SqlQuery::scalar(*db, u"SELECT count(*) FROM "_s + table).toInt(); }

    TempDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(IssueImport, ReadsTheTrackOneTableIntoTasksClaimsPrsAndFinishers)
{
    const IssueImportReport r = importIssueBody(*db, track(u"tasks"_s), fixture(u"tasks_6th.md"_s), false);
    EXPECT_GT(r.tasksAdded, 10);
    EXPECT_TRUE(r.problems.isEmpty()) << r.problems.value(0).reason.toStdString();
    const Track t = track(u"tasks"_s);
    TaskRepository tasks(*db);
    const Task no8 = *tasks.byNumber(t.id, 8);
    EXPECT_EQ(no8.title, u"为 Paddle 新增 FeatureAlphaDropout API"_s);
    EXPECT_EQ(ParticipantRepository(*db).get(no8.finisherId)->login, u"megemini"_s);
    EXPECT_TRUE(no8.locked);
    EXPECT_TRUE(no8.rfcRequired); // from the list line under the table
    EXPECT_EQ(tasks.byNumber(t.id, 24)->stars, Stars::fromMilli(25));
    EXPECT_TRUE(tasks.byNumber(t.id, 10)->removed);
    const auto megemini = ParticipantRepository(*db).byLogin(u"megemini");
    const auto claim = ClaimRepository(*db).find(no8.id, megemini->id, 0);
    ASSERT_TRUE(claim);
    EXPECT_EQ(claim->status, ClaimStatus::Completed);
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT state FROM pull_request WHERE number = 64881"_s).toString(), u"merged"_s);
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT count(*) FROM pull_request WHERE number IN (64108, 64110)"_s).toInt(), 2);
}

TEST_F(IssueImport, ImportingAgainChangesNothing)
{
    importIssueBody(*db, track(u"tasks"_s), fixture(u"tasks_6th.md"_s), false);
    const int tasks = count(u"task"_s), claims = count(u"claim"_s), prs = count(u"pull_request"_s);
    const IssueImportReport again = importIssueBody(*db, track(u"tasks"_s), fixture(u"tasks_6th.md"_s), false);
    EXPECT_FALSE(again.changedAnything()) << again.changes.join(u"\n"_s).toStdString();
    EXPECT_EQ(count(u"task"_s), tasks);
    EXPECT_EQ(count(u"claim"_s), claims);
    EXPECT_EQ(count(u"pull_request"_s), prs);
}

TEST_F(IssueImport, ADryRunReportsTheSameAndSavesNothing)
{
    const IssueImportReport dry = importIssueBody(*db, track(u"tasks"_s), fixture(u"tasks_6th.md"_s), true);
    EXPECT_TRUE(dry.dryRun);
    EXPECT_EQ(count(u"task"_s), 0);
    EXPECT_EQ(count(u"participant"_s), 0);
    const IssueImportReport real = importIssueBody(*db, track(u"tasks"_s), fixture(u"tasks_6th.md"_s), false);
    EXPECT_EQ(dry.changes, real.changes);
    EXPECT_EQ(dry.tasksAdded, real.tasksAdded);
}

TEST_F(IssueImport, BadRowsAreReportedWithLinesAndGoodRowsStillImport)
{
    const IssueImportReport r = importIssueBody(*db, track(u"tasks"_s), fixture(u"bad_rows.md"_s), false);
    EXPECT_FALSE(r.problems.isEmpty());
    for (const IssueProblem &p : r.problems)
        EXPECT_GT(p.line, 0);
    EXPECT_GT(r.tasksAdded, 0);
    EXPECT_EQ(count(u"task"_s), r.tasksAdded);
}

TEST_F(IssueImport, StatusOnlyRises)
{
    const Track t = track(u"tasks"_s);
    importIssueBody(*db, t, fixture(u"tasks_6th.md"_s), false);
    // The same body with megemini's badge on No.8 lowered to 报名.
    QString lowered = fixture(u"tasks_6th.md"_s);
    lowered.replace(u"@megemini <img src=\"https://img.shields.io/badge/状态-完成任务-9B59B6\" /> [#64881]"_s,
                    u"@megemini <img src=\"https://img.shields.io/badge/状态-报名-2ECC71\" /> [#64881]"_s);
    importIssueBody(*db, t, lowered, false);
    const Task no8 = *TaskRepository(*db).byNumber(t.id, 8);
    const auto claim = ClaimRepository(*db).find(no8.id, ParticipantRepository(*db).byLogin(u"megemini")->id, 0);
    EXPECT_EQ(claim->status, ClaimStatus::Completed);
}

// import → export → import → export gives the same text twice, for every track kind.
TEST_F(IssueImport, ExportIsAFixedPoint)
{
    const std::pair<QString, QString> cases[] = {
        {u"tasks"_s, u"tasks_6th.md"_s}, {u"camp"_s, u"camp_6th.md"_s}, {u"fundable"_s, u"fundable_6th.md"_s}};
    for (const auto &[kind, file] : cases) {
        SCOPED_TRACE(file.toStdString());
        importIssueBody(*db, track(kind), fixture(file), false);
        const QString first = exportIssueBody(*db, track(kind));
        TempDir other;
        Database second(eventDb(other, u"second.sqlite"_s));
        initEvent(second);
        const Track t2 = EventRepository(second).resolveTrack(kind);
        const IssueImportReport r = importIssueBody(second, t2, first, false);
        EXPECT_TRUE(r.problems.isEmpty()) << r.problems.value(0).reason.toStdString();
        EXPECT_EQ(exportIssueBody(second, t2), first);
        EXPECT_TRUE(first.contains(u"看板信息"_s));
        EXPECT_TRUE(first.contains(u"统计信息"_s));
    }
}

TEST_F(IssueImport, ExportsTheDemoEventAndReadsItBack)
{
    addDemoData(*db);
    const Track t = track(u"tasks"_s);
    const QString body = exportIssueBody(*db, t);
    EXPECT_TRUE(body.contains(u"img.shields.io/badge/状态-完成任务-9B59B6"_s));
    const IssueImportReport again = importIssueBody(*db, t, body, true);
    EXPECT_TRUE(again.problems.isEmpty()) << again.problems.value(0).reason.toStdString();
    EXPECT_EQ(again.tasksAdded, 0);
    EXPECT_EQ(again.claimsAdded, 0);
    EXPECT_EQ(again.statusChanges, 0);
}

// The 4th edition's team entries become team claims; "锁定 @login" locks the task for a claim.
TEST_F(IssueImport, KeepsTeamClaimsAndLocks)
{
    const Track t = track(u"tasks"_s);
    const QString body = u"| 序号 | 难度 | 任务名称 | 队伍名称/状态/PR | 完成队伍 |\n| --- | --- | --- | --- | --- |\n"
                         "| 10 | ⭐ | 新增 API | 飞桨小队(报名&锁定)(https://github.com/PaddlePaddle/Paddle/pull/40001) | |\n"
                         "| 11 | ⭐⭐ | 新增算子 | Lucky Team(报名&提交作品)([#123](https://github.com/PaddlePaddle/Paddle/pull/123)) | Lucky Team |\n"
                         "| 12 | ⭐ | 锁定的任务 | @judy | 锁定 @judy |\n"_s;
    const IssueImportReport r = importIssueBody(*db, t, body, false);
    EXPECT_TRUE(r.problems.isEmpty()) << r.problems.value(0).reason.toStdString();
    EXPECT_EQ(r.tasksAdded, 3);
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT count(*) FROM claim WHERE team_id IS NOT NULL"_s).toInt(), 2);
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT status FROM claim c JOIN team m ON m.id = c.team_id "
                                    u"WHERE m.name = 'Lucky Team'"_s)
                  .toInt(),
              int(ClaimStatus::Completed));
    TaskRepository tasks(*db);
    EXPECT_TRUE(tasks.byNumber(t.id, 10)->locked);
    EXPECT_TRUE(tasks.byNumber(t.id, 12)->locked);
    EXPECT_EQ(tasks.byNumber(t.id, 12)->finisherId, 0);
    EXPECT_TRUE(ClaimRepository(*db).find(tasks.byNumber(t.id, 12)->id, ParticipantRepository(*db).byLogin(u"judy"_s)->id, 0));
    // Written back as it was read.
    const QString exported = exportIssueBody(*db, t);
    for (const QString &line : body.split(u'\n', Qt::SkipEmptyParts))
        EXPECT_TRUE(exported.contains(line + u'\n')) << line.toStdString() << "\n" << exported.toStdString();
    // Importing it again changes nothing.
    const IssueImportReport again = importIssueBody(*db, t, exported, true);
    EXPECT_FALSE(again.changedAnything()) << again.changes.join(u'\n').toStdString();
}

// export-issue writes the layout it imported: pasting it back changes only the claimant cells, where
// the claimants keep their order and new ones come last.
TEST_F(IssueImport, ExportKeepsTheImportedLayout)
{
    const Track t = track(u"tasks"_s);
    const QString body = u"### 多模态理解\n"
                         "| 序号 | 任务名称 | 任务类型 | 难度 | 优先级 | 认领人/状态/PR号 |\n"
                         "| -- | -- | -- | -- | -- | -- |\n"
                         "| 1 | 应用 | 特色应用 | 🌟🌟 | P0 | @zed<br>@amy<br> |\n"
                         "| 2 | 推理 | 模型复现 | 最高0.2⭐️ | P1 |  |\n"_s;
    importIssueBody(*db, t, body, false);
    const QString first = exportIssueBody(*db, t);
    for (const QString &line : body.split(u'\n', Qt::SkipEmptyParts))
        EXPECT_TRUE(first.contains(line + u'\n')) << line.toStdString() << "\n" << first.toStdString();

    // A new claimant (as sync adds them, dated before the import) is appended to the cell.
    const Task no1 = *TaskRepository(*db).byNumber(t.id, 1);
    Claim c;
    c.taskId = no1.id;
    c.participantId = ParticipantRepository(*db).ensure(u"bob"_s);
    c.claimedAt = QDateTime(QDate(2020, 1, 1), QTime(0, 0), QTimeZone::utc());
    ClaimRepository(*db).insert(c);
    const QString second = exportIssueBody(*db, t);
    const qsizetype zed = second.indexOf(u"@zed"_s), amy = second.indexOf(u"@amy"_s), bob = second.indexOf(u"@bob"_s);
    EXPECT_TRUE(zed > 0 && zed < amy && amy < bob) << second.toStdString();
    EXPECT_TRUE(second.contains(u"| 1 | 应用 | 特色应用 | 🌟🌟 | P0 | "_s));
    EXPECT_TRUE(second.contains(u"| 2 | 推理 | 模型复现 | 最高0.2⭐️ | P1 |  |\n"_s));

    // A fixed point: importing the export into a fresh event and exporting gives the same text.
    TempDir other;
    Database fresh(eventDb(other, u"fresh.sqlite"_s));
    initEvent(fresh);
    const Track t2 = EventRepository(fresh).resolveTrack(u"tasks"_s);
    importIssueBody(fresh, t2, second, false);
    EXPECT_EQ(exportIssueBody(fresh, t2), second);
}

TEST_F(IssueImport, ABodyWithoutTasksChangesNothingAndSaysWhy)
{
    const Track t = track(u"tasks"_s);
    const IssueImportReport r =
        importIssueBody(*db, t, u"| 任务名称 | 难度 |\n| -- | -- |\n| 推理 | 🌟 |\n"_s, false);
    EXPECT_TRUE(r.noTasks.contains(u"| 任务名称 | 难度 |"_s)) << r.noTasks.toStdString();
    EXPECT_FALSE(r.changedAnything());
    EXPECT_EQ(count(u"task"_s), 0);
}

TEST_F(IssueImport, EnglishEventsExportInEnglish)
{
    EventRepository(*db).setSetting(u"event.language"_s, u"en"_s);
    addDemoData(*db);
    const QString body = exportIssueBody(*db, track(u"camp"_s));
    EXPECT_TRUE(body.contains(u"### Dashboard"_s)) << body.left(400).toStdString();
    EXPECT_TRUE(body.contains(u"### Leaderboard"_s));
    EXPECT_FALSE(body.contains(u"看板信息"_s));
    // The dashboard export (report --markdown) finds the English dashboard too.
    EXPECT_TRUE(dashboardMarkdown(*db).contains(u"### Dashboard"_s)) << dashboardMarkdown(*db).toStdString();
}
