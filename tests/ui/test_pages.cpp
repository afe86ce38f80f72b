#include "demo/demoevent.h"
#include "dialogs/importissuedialog.h"
#include "eventeditor.h"
#include "eventsession.h"
#include "mainwindow.h"
#include "model/claim.h"
#include "models/eventtables.h"
#include "models/filterproxy.h"
#include "pages/payoutspage.h"
#include "pages/programmespage.h"
#include "pages/tablepage.h"
#include "storage/programmerepository.h"
#include "services/csvexchange.h"
#include "services/payoutdata.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "testutil.h"
#include <QUndoStack>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

class Pages : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.path(u"demo.sqlite"_s);
        {
            Database db(path);
            addDemoData(db);
        }
        window = std::make_unique<MainWindow>(path);
    }
    const Database &db() const { return window->session()->database(); }

    TempDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

} // namespace

TEST_F(Pages, TheBoardShowsEveryTaskWithItsClaimantsAsChips)
{
    TablePage *board = window->page(MainWindow::Board);
    QAbstractItemModelTester tester(board->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(board->model()->rowCount(),
              SqlQuery::scalar(db(), u"SELECT count(*) FROM task WHERE removed = 0"_s).toInt());
    const qint64 task8 =
        SqlQuery::scalar(db(), u"SELECT id FROM task WHERE track_id = 1 AND number = 8"_s).toLongLong();
    const QModelIndex cell = board->model()->index(board->model()->rowOfId(task8), EventTables::BoardClaimants);
    const QVariantList chips = cell.data(TableModel::ChipsRole).toList();
    EXPECT_EQ(chips.size(), SqlQuery::scalar(db(), u"SELECT count(*) FROM claim WHERE task_id = ?"_s, {task8}).toInt());
    for (const QVariant &chip : chips)
        EXPECT_TRUE(chip.toMap().value(u"colour"_s).toString().startsWith(u'#'));
}

TEST_F(Pages, TheBoardFiltersByStatusDirectionAndPerson)
{
    TablePage *board = window->page(MainWindow::Board);
    FilterProxy *proxy = board->proxy();
    proxy->setColumnFilter(EventTables::BoardClaimants, claimStatusName(ClaimStatus::PartlyDone));
    const int partly =
        SqlQuery::scalar(db(), u"SELECT count(DISTINCT c.task_id) FROM claim c JOIN task t ON t.id = c.task_id "
                               u"WHERE c.status = 4 AND t.removed = 0"_s)
            .toInt();
    EXPECT_EQ(proxy->rowCount(), partly);
    proxy->setColumnFilter(EventTables::BoardClaimants, QString());
    proxy->setColumnFilter(EventTables::BoardDirection, u"合作伙伴"_s);
    EXPECT_EQ(proxy->rowCount(), 11);
    proxy->setColumnFilter(EventTables::BoardDirection, QString());
    QTest::keyClicks(board->searchBox(), u"megemini"_s);
    EXPECT_EQ(proxy->rowCount(), SqlQuery::scalar(db(), u"SELECT count(*) FROM claim c JOIN participant p ON "
                                                        u"p.id = c.participant_id WHERE p.login = 'megemini'"_s)
                                     .toInt());
}

TEST_F(Pages, PayoutsShowTheSameTotalsAsTheReport)
{
    const PayoutReport report = computePayouts(db());
    TablePage *people = window->payouts()->people();
    QAbstractItemModelTester tester(people->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(people->model()->rowCount(), report.people.size());
    Fen paid = 0;
    for (int r = 0; r < people->model()->rowCount(); ++r)
        paid += people->model()->index(r, EventTables::PayPaid).data(TableModel::SortRole).toLongLong();
    EXPECT_EQ(paid, report.totalFen);
    EXPECT_TRUE(window->payouts()->summaryText().contains(formatYuan(report.totalFen)));
    TablePage *tracks = window->payouts()->tracks();
    EXPECT_EQ(tracks->model()->rowCount(), report.tracks.size() + 1); // and the pool line
}

TEST_F(Pages, PayoutsFollowEdits)
{
    const Fen before = computePayouts(db()).totalFen;
    // A new finisher on an open task raises the payouts at once.
    SqlQuery q(db(), u"SELECT t.id, c.participant_id FROM task t JOIN claim c ON c.task_id = t.id "
                     u"WHERE t.track_id = 1 AND t.finisher_id IS NULL AND c.participant_id IS NOT NULL LIMIT 1"_s);
    q.exec();
    ASSERT_TRUE(q.next());
    const qint64 taskId = q.value(0).toLongLong();
    Task t = *TaskRepository(db()).get(taskId);
    t.finisherId = q.value(1).toLongLong();
    ASSERT_TRUE(window->editor()->updateTask(t, QString()).isEmpty());
    EXPECT_GT(computePayouts(db()).totalFen, before);
    EXPECT_TRUE(window->payouts()->summaryText().contains(formatYuan(computePayouts(db()).totalFen)));
}

TEST_F(Pages, ProblemsCopyTheirPreparedReply)
{
    TablePage *problems = window->page(MainWindow::Problems);
    ASSERT_GT(problems->model()->rowCount(), 0);
    problems->view()->selectRow(0);
    const qint64 id = problems->selectedId();
    for (QPushButton *b : problems->findChildren<QPushButton *>())
        if (b->text().contains(u"Copy"_s))
            b->click();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), EventTables::replyOf(db(), id));
    EXPECT_TRUE(QGuiApplication::clipboard()->text().startsWith(u'@'));
}

TEST_F(Pages, TheImportDialogPreviewsThenImports)
{
    ImportIssueDialog dialog(window->session());
    dialog.trackBox()->setCurrentIndex(0);
    EXPECT_FALSE(dialog.importButton()->isEnabled());
    dialog.loadFile(testData(u"issues/bad_rows.md"_s));
    ASSERT_GT(dialog.preview()->count(), 0);
    bool sawProblem = false;
    for (int i = 0; i < dialog.preview()->count(); ++i)
        sawProblem |= dialog.preview()->item(i)->text().startsWith(u"Line "_s);
    EXPECT_TRUE(sawProblem);
    const int tasks = SqlQuery::scalar(db(), u"SELECT count(*) FROM task"_s).toInt();
    EXPECT_EQ(SqlQuery::scalar(db(), u"SELECT count(*) FROM task"_s).toInt(), tasks) << "the preview saved nothing";
    ASSERT_TRUE(dialog.importButton()->isEnabled());
    EXPECT_TRUE(dialog.apply().isEmpty());
    EXPECT_GT(SqlQuery::scalar(db(), u"SELECT count(*) FROM problem WHERE source = 'import'"_s).toInt(), 0);
    EXPECT_GT(window->page(MainWindow::Problems)->model()->rowCount(), 3);
}

TEST_F(Pages, CsvImportInTheWindowIsAllOrNothing)
{
    const QString bad = dir.path(u"people.csv"_s);
    writeAll(bad, "login,name,email,organisation\r\nnew-one,新人,a@b.cn,\r\nMEGEMINI,dup,,\r\n");
    const int before = window->page(MainWindow::People)->model()->rowCount();
    const QString error = window->importCsvFile(int(CsvKind::Participants), bad);
    EXPECT_TRUE(error.contains(u"line 3"_s)) << error.toStdString();
    EXPECT_EQ(window->page(MainWindow::People)->model()->rowCount(), before);
    const QString good = dir.path(u"good.csv"_s);
    writeAll(good, "\xEF\xBB\xBFlogin,name,email,organisation\r\nnew-one,新人,a@b.cn,\r\n");
    EXPECT_TRUE(window->importCsvFile(int(CsvKind::Participants), good).isEmpty());
    EXPECT_EQ(window->page(MainWindow::People)->model()->rowCount(), before + 1);
}

TEST_F(Pages, CampApplicationsAdvanceAndUndo)
{
    CampPage *camp = window->camp();
    QAbstractItemModelTester t1(camp->board()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester t2(camp->applications()->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(camp->board()->model()->rowCount(), 8);
    const qint64 campTrack = SqlQuery::scalar(db(), u"SELECT id FROM track WHERE kind = 'camp'"_s).toLongLong();
    // The interviewed applicant: accepting them on their (full) first choice is refused, waitlisting works.
    CampApplication interviewed;
    for (const CampApplication &a : ProgrammeRepository(db()).applications(campTrack))
        if (a.stage == ApplicationStage::Interviewed)
            interviewed = a;
    ASSERT_TRUE(interviewed.id);
    EXPECT_TRUE(camp->advance(interviewed.id, int(ApplicationStage::Accepted), interviewed.choices.firstChoice)
                    .contains(u"no seat left"_s));
    EXPECT_TRUE(
        camp->advance(interviewed.id, int(ApplicationStage::Waitlisted), interviewed.choices.firstChoice).isEmpty());
    EXPECT_EQ(ProgrammeRepository(db()).application(interviewed.id)->stage, ApplicationStage::Waitlisted);
    window->session()->undoStack()->undo();
    EXPECT_EQ(ProgrammeRepository(db()).application(interviewed.id)->stage, ApplicationStage::Interviewed);
    // Campers' weeks show as chips.
    const QModelIndex weeks = camp->applications()->model()->index(0, EventTables::AppWeeks);
    EXPECT_EQ(weeks.data(TableModel::ChipsRole).toList().size(), 13);
}

TEST_F(Pages, FundableProjectsShowTheirCompletion)
{
    TablePage *projects = window->fundable()->projects();
    QAbstractItemModelTester tester(projects->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(projects->model()->rowCount(), 3);
    EXPECT_EQ(projects->model()->index(0, EventTables::FundCompletion).data(TableModel::SortRole).toInt(), 9000);
    EXPECT_EQ(projects->model()->index(0, EventTables::FundSubTasks).data().toString(), u"9 / 10"_s);
}
