// Every edition's layout through the database (issue 13): each file of tests/data/issues in the shape of a
// real task list is imported, exported and pasted back. The export is the original but for the generated
// sections; a claim added since changes only its claimants cell; a fresh event importing the export
// exports the same text.

#include "demo/demoevent.h"
#include "services/issueimport.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/issuelayoutrepository.h"
#include "storage/participantrepository.h"
#include "storage/taskrepository.h"
#include "support/backend.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

struct LayoutFile
{
    const char *file;
    const char *track; // tasks, camp, articles, fundable
    int tasks;         // how many tasks it lists
    int claims;        // how many claims (people and teams) the import stores
    int changedTask;   // a task whose claimants cell gains a claimant
};

const LayoutFile layoutFiles[] = {
    {"tasks_6th.md", "tasks", 0, 0, 1},
    {"edition_4th_teams.md", "tasks", 4, 4, 4},
    {"edition_7th_tasks.md", "tasks", 7, 8, 6},
    {"paddlemix_seven_columns.md", "tasks", 3, 3, 2},
    {"operators_upper_bound.md", "tasks", 4, 2, 4},
    {"fundable_operators.md", "fundable", 2, 2, 2},
    {"sprint_english.md", "tasks", 3, 2, 2},
    {"overview_comment.md", "tasks", 2, 1, 8},
    {"camp_6th.md", "camp", 0, 0, 1},
    {"fundable_6th.md", "fundable", 0, 0, 1},
};

QString fixture(const char *name)
{
    return QString::fromUtf8(readAll(testData(u"issues/"_s + QString::fromLatin1(name))));
}

// The text's lines that are not blank, up to the generated sections (看板信息 / Dashboard and after).
QStringList contentLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        const QString t = line.trimmed();
        if (t == u"### 看板信息" || t == u"### Dashboard")
            break;
        if (!t.isEmpty())
            out.append(line);
    }
    return out;
}

class IssueLayoutFiles : public ::testing::TestWithParam<LayoutFile>
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(eventDb(dir, u"l.sqlite"_s));
        initEvent(*db);
        track = EventRepository(*db).resolveTrack(QString::fromLatin1(GetParam().track));
    }

    TempDir dir;
    std::unique_ptr<Database> db;
    Track track;
};

} // namespace

TEST_P(IssueLayoutFiles, ImportsEveryRow)
{
    const LayoutFile &f = GetParam();
    const IssueImportReport r = importIssueBody(*db, track, fixture(f.file), false);
    EXPECT_TRUE(r.noTasks.isEmpty()) << r.noTasks.toStdString();
    EXPECT_TRUE(r.problems.isEmpty()) << r.problems.value(0).line << ": " << r.problems.value(0).reason.toStdString();
    if (f.tasks > 0) {
        EXPECT_EQ(r.tasksAdded, f.tasks);
        EXPECT_EQ(r.claimsAdded, f.claims);
    }
    int rows = 0;
    for (const IssueTable &t : r.tables)
        rows += t.rowsRead;
    EXPECT_EQ(rows, r.tasksAdded);
}

// Pasting the export over the original changes nothing but the generated sections.
TEST_P(IssueLayoutFiles, TheExportIsTheOriginal)
{
    const QString body = fixture(GetParam().file);
    importIssueBody(*db, track, body, false);
    const QString exported = exportIssueBody(*db, track);
    EXPECT_EQ(contentLines(exported), contentLines(body)) << exported.toStdString();
}

// A claimant added since the import changes only the claimants cell of its task's row, and appends to it.
TEST_P(IssueLayoutFiles, ANewClaimChangesOnlyItsClaimantsCell)
{
    const LayoutFile &f = GetParam();
    const QString body = fixture(f.file);
    importIssueBody(*db, track, body, false);
    const auto task = TaskRepository(*db).byNumber(track.id, f.changedTask);
    ASSERT_TRUE(task);
    Claim c;
    c.taskId = task->id;
    c.participantId = ParticipantRepository(*db).ensure(u"new-comer"_s);
    c.claimedAt = QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc());
    ClaimRepository(*db).insert(c);

    const QStringList before = contentLines(body), after = contentLines(exportIssueBody(*db, track));
    ASSERT_EQ(after.size(), before.size());
    const IssueTaskList list = parseIssueBody(body, track.kind);
    const IssueTask *row = nullptr;
    for (const IssueTask &t : list.tasks)
        if (t.number == f.changedTask)
            row = &t;
    ASSERT_TRUE(row);
    const IssueTable &table = list.tables[row->source.table];
    int changed = 0;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i] == after[i])
            continue;
        ++changed;
        // The changed line is the task's row: every cell but the claimants' is as it was, and the claimants
        // are those it had, in their order, then the new one.
        const IssueTaskList reread =
            parseIssueBody(table.header + u'\n' + table.separator + u'\n' + after[i] + u'\n', track.kind);
        ASSERT_EQ(reread.tasks.size(), 1) << after[i].toStdString();
        const IssueTask &now = reread.tasks[0];
        EXPECT_EQ(now.number, f.changedTask);
        const QStringList &oldCells = row->source.cells, &newCells = now.source.cells;
        ASSERT_EQ(newCells.size(), oldCells.size());
        for (qsizetype k = 0; k < oldCells.size(); ++k) {
            if (table.columns[k] != IssueColumn::Claims) {
                EXPECT_EQ(newCells[k], oldCells[k]) << "column " << k;
            }
        }
        QStringList wasOrder, nowOrder;
        for (const IssueClaimant &claimant : row->claimants)
            wasOrder.append(claimant.login);
        if (!row->lockedFor.isEmpty() && !wasOrder.contains(row->lockedFor))
            wasOrder.append(row->lockedFor);
        for (const IssueClaimant &claimant : now.claimants)
            nowOrder.append(claimant.login);
        EXPECT_EQ(nowOrder, wasOrder + QStringList{u"new-comer"_s});
    }
    EXPECT_EQ(changed, 1);
}

// A fresh event importing the export exports the same text.
TEST_P(IssueLayoutFiles, ReimportingTheExportIsAFixedPoint)
{
    importIssueBody(*db, track, fixture(GetParam().file), false);
    const QString first = exportIssueBody(*db, track);
    TempDir other;
    Database second(eventDb(other, u"second.sqlite"_s));
    initEvent(second);
    const Track t2 = EventRepository(second).resolveTrack(QString::fromLatin1(GetParam().track));
    const IssueImportReport r = importIssueBody(second, t2, first, false);
    EXPECT_TRUE(r.problems.isEmpty()) << r.problems.value(0).reason.toStdString();
    EXPECT_EQ(exportIssueBody(second, t2), first);
    // And importing it again into the first changes nothing.
    const IssueImportReport again = importIssueBody(*db, track, first, false);
    EXPECT_FALSE(again.changedAnything()) << again.changes.join(u'\n').toStdString();
}

INSTANTIATE_TEST_SUITE_P(Editions, IssueLayoutFiles, ::testing::ValuesIn(layoutFiles),
                         [](const ::testing::TestParamInfo<LayoutFile> &param) {
                             std::string name = param.param.file;
                             name = name.substr(0, name.find('.'));
                             for (char &c : name)
                                 if (c == '-')
                                     c = '_';
                             return name;
                         });

namespace {

const QString rfcBody =
    u"### 框架 API 开发\n\n"
    u"| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
    u"| :---: | :---: | :--- | :--- | :---: |\n"
    u"| 1 | ⭐️ | [为 Paddle 新增 a API](https://github.com/PaddlePaddle/Paddle/issues/1) |  |  |\n"
    u"| 2 | ⭐️ | [为 Paddle 新增 b API](https://github.com/PaddlePaddle/Paddle/issues/2) |  |  |\n"
    u"| 3 | ⭐️ | [为 Paddle 新增 c API](https://github.com/PaddlePaddle/Paddle/issues/3) |  |  |\n"
    u"| 4 | ⭐️ | [为 Paddle 新增 d API](https://github.com/PaddlePaddle/Paddle/issues/4) |  |  |\n"
    u"\n需要先提交 RFC 的任务：1、2-4\n"_s;

bool rfcOf(const Database &db, qint64 trackId, int number)
{
    return TaskRepository(db).byNumber(trackId, number)->rfcRequired;
}

} // namespace

// Issue 13: an RFC list under the table named a task whose flag staff had turned off by hand; the export
// kept the list as written, so reading it back turned the flag on again. The export now takes the task
// out of the list (splitting a range), and an import changes the flag only when the issue changed it, so
// the hand edit survives both the round trip and a re-import of the unchanged issue.
TEST(IssueRfcList, AFlagTurnedOffByHandStaysOffThroughExportAndReimport)
{
    TempDir dir;
    Database db(eventDb(dir, u"r.sqlite"_s));
    initEvent(db);
    const Track track = EventRepository(db).resolveTrack(u"tasks"_s);
    importIssueBody(db, track, rfcBody, false);
    for (int n = 1; n <= 4; ++n)
        ASSERT_TRUE(rfcOf(db, track.id, n)) << n;
    // Nothing changed: the list stays as written.
    EXPECT_TRUE(exportIssueBody(db, track).contains(u"\n需要先提交 RFC 的任务：1、2-4\n"_s));

    Task three = *TaskRepository(db).byNumber(track.id, 3);
    three.rfcRequired = false;
    TaskRepository(db).update(three);
    // Re-importing the issue as it still stands on GitHub keeps the hand edit: the issue did not change it.
    const IssueImportReport same = importIssueBody(db, track, rfcBody, false);
    EXPECT_FALSE(same.changedAnything()) << same.changes.join(u'\n').toStdString();
    EXPECT_FALSE(rfcOf(db, track.id, 3));
    const QString exported = exportIssueBody(db, track);
    EXPECT_TRUE(exported.contains(u"\n需要先提交 RFC 的任务：1、2、4\n"_s)) << exported.toStdString();
    EXPECT_FALSE(exported.contains(u"【需 RFC】"_s)) << exported.toStdString();

    const IssueImportReport again = importIssueBody(db, track, exported, false);
    EXPECT_TRUE(again.problems.isEmpty()) << again.problems.value(0).reason.toStdString();
    EXPECT_FALSE(rfcOf(db, track.id, 3));
    for (int n : {1, 2, 4})
        EXPECT_TRUE(rfcOf(db, track.id, n)) << n;
    EXPECT_EQ(exportIssueBody(db, track), exported);

    // Every flag off: the list says 无, and nothing turns on again.
    for (int n : {1, 2, 4}) {
        Task t = *TaskRepository(db).byNumber(track.id, n);
        t.rfcRequired = false;
        TaskRepository(db).update(t);
    }
    const QString none = exportIssueBody(db, track);
    EXPECT_TRUE(none.contains(u"\n需要先提交 RFC 的任务：无\n"_s)) << none.toStdString();
    importIssueBody(db, track, none, false);
    for (int n = 1; n <= 4; ++n)
        EXPECT_FALSE(rfcOf(db, track.id, n)) << n;
    // The issue changing the list wins: it names them all again.
    importIssueBody(db, track, rfcBody, false);
    for (int n = 1; n <= 4; ++n)
        EXPECT_TRUE(rfcOf(db, track.id, n)) << n;
}

TEST(IssueRfcList, OnlyTheNamedTasksLeaveAList)
{
    const QString text = u"说明\n需要先提交 RFC 的任务：**1, 3～5, 9**\n其他"_s;
    EXPECT_EQ(issueRfcListsWithout(text, {}), text);
    EXPECT_EQ(issueRfcListsWithout(text, {2, 7}), text);
    EXPECT_EQ(issueRfcListsWithout(text, {4}), u"说明\n需要先提交 RFC 的任务：1, 3, 5, 9\n其他"_s);
    EXPECT_EQ(issueRfcListsWithout(text, {1, 9}), u"说明\n需要先提交 RFC 的任务：3-5\n其他"_s);
}

// Layouts stored as JSON by the previous version (schema 7) are still read: the export is the same.
TEST(IssueLayoutStorage, AJsonLayoutOfThePreviousVersionIsStillRead)
{
    TempDir dir;
    Database db(eventDb(dir, u"j.sqlite"_s));
    initEvent(db);
    const Track track = EventRepository(db).resolveTrack(u"tasks"_s);
    const QString body = fixture("edition_7th_tasks.md");
    importIssueBody(db, track, body, false);
    const QString expected = exportIssueBody(db, track);
    const QString key = IssueLayoutRepository::settingKey(track.id);
    EXPECT_FALSE(EventRepository(db).setting(key).startsWith(u'{'));

    // The document as the previous version wrote it.
    const IssueTaskList list = parseIssueBody(body, track.kind);
    QJsonArray tables;
    for (const IssueTable &t : list.tables) {
        QStringList columns;
        for (IssueColumn c : t.columns)
            columns.append(QStringList{u""_s, u"number"_s, u"difficulty"_s, u"title"_s, u"claims"_s, u"finisher"_s,
                                       u"mentor"_s, u"seats"_s, u"leader"_s}[int(c)]);
        QJsonObject o{{u"direction"_s, t.direction}, {u"header"_s, t.header},
                      {u"separator"_s, t.separator}, {u"columns"_s, columns.join(u',')},
                      {u"headless"_s, t.headless},   {u"heading"_s, t.heading},
                      {u"lead"_s, t.lead},           {u"before"_s, t.before},
                      {u"after"_s, t.after}};
        QJsonArray unread;
        for (qsizetype i = 0; i < t.unreadableRows.size(); ++i)
            unread.append(QJsonArray{t.unreadableLines.value(i), t.unreadableRows[i]});
        o.insert(u"unreadable"_s, unread);
        tables.append(o);
    }
    QJsonObject rows;
    for (const IssueTask &t : list.tasks) {
        QStringList digests;
        for (const quint64 d : t.source.digests)
            digests.append(QString::number(d, 16));
        QJsonObject o{
            {u"t"_s, t.source.table}, {u"x"_s, t.source.text}, {u"d"_s, digests.join(u' ')}, {u"l"_s, t.line}};
        if (t.source.struck)
            o.insert(u"s"_s, true);
        if (t.source.claimantOrder.size() > 1)
            o.insert(u"o"_s, t.source.claimantOrder.join(u'\n'));
        if (!t.coFinishers.isEmpty())
            o.insert(u"cf"_s, t.coFinishers.join(u' '));
        if (!t.lockedFor.isEmpty())
            o.insert(u"lf"_s, t.lockedFor);
        rows.insert(QString::number(TaskRepository(db).byNumber(track.id, t.number)->id), o);
    }
    EventRepository(db).setSetting(
        key, QString::fromUtf8(QJsonDocument(QJsonObject{{u"tables"_s, tables}, {u"rows"_s, rows}}).toJson()));
    EXPECT_EQ(exportIssueBody(db, track), expected);
    // The next import stores it in the current form again, and nothing else changes.
    const IssueImportReport again = importIssueBody(db, track, body, false);
    EXPECT_FALSE(again.changedAnything()) << again.changes.join(u'\n').toStdString();
    EXPECT_FALSE(EventRepository(db).setting(key).startsWith(u'{'));
    EXPECT_EQ(exportIssueBody(db, track), expected);
}

// Text holding one of the record separators (never seen in an issue, but possible) is kept as JSON.
TEST(IssueLayoutStorage, TextWithASeparatorCharacterIsKeptAsJson)
{
    TempDir dir;
    Database db(eventDb(dir, u"s.sqlite"_s));
    initEvent(db);
    const Track track = EventRepository(db).resolveTrack(u"tasks"_s);
    const QString body =
        u"Odd\x1e text above.\n\n"
        u"| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
        u"| :---: | :---: | :--- | :--- | :---: |\n"
        u"| 1 | ⭐️ | [A \x1f task](https://github.com/PaddlePaddle/Paddle/issues/1) | @someone<br> |  |\n"
        u"\nNotes\x1d under it.\n"_s;
    importIssueBody(db, track, body, false);
    EXPECT_TRUE(EventRepository(db).setting(IssueLayoutRepository::settingKey(track.id)).startsWith(u'{'));
    const QString exported = exportIssueBody(db, track);
    EXPECT_TRUE(exported.contains(
        u"| 1 | ⭐️ | [A \x1f task](https://github.com/PaddlePaddle/Paddle/issues/1) | @someone<br> |  |\n"_s))
        << exported.toStdString();
    EXPECT_TRUE(exported.contains(u"\nNotes\x1d under it.\n"_s)) << exported.toStdString();
}
