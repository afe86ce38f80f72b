#include "demo/demoevent.h"
#include "dialogs/participantdialog.h"
#include "dialogs/taskdialog.h"
#include "eventeditor.h"
#include "eventsession.h"
#include "mainwindow.h"
#include "models/eventtables.h"
#include "models/filterproxy.h"
#include "pages/overviewpage.h"
#include "pages/tablepage.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "testutil.h"
#include "ui/demowindow.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

class Window : public DemoWindowTest
{
protected:
    // Runs `interact` on the next modal dialog that opens, then lets the caller's exec() return.
    template <typename D, typename F> void onNextDialog(F interact)
    {
        QTimer::singleShot(0, [interact] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<D *>(w); d && d->isVisible()) {
                    interact(d);
                    return;
                }
            ADD_FAILURE() << "no dialog opened";
        });
    }

    qint64 taskId(int number) const
    {
        return SqlQuery::scalar(window->session()->database(),
                                u"SELECT id FROM task WHERE number = ? ORDER BY track_id LIMIT 1"_s, {number})
            .toLongLong();
    }
};

} // namespace

TEST_F(Window, OpensOnTheDemoEventWithItsFigures)
{
    EXPECT_TRUE(window->windowTitle().contains(u"demo.sqlite"_s));
    EXPECT_EQ(window->overview()->figure(u"tasks"_s), u"72"_s);
    EXPECT_EQ(window->overview()->figure(u"pool"_s), u"¥500,000"_s);
    EXPECT_EQ(window->page(MainWindow::Tasks)->model()->rowCount(), 72);
    EXPECT_EQ(window->page(MainWindow::People)->model()->rowCount(), 40);
    EXPECT_EQ(window->page(MainWindow::Claims)->model()->rowCount(), 132);
}

TEST_F(Window, EveryModelPassesTheModelTester)
{
    EventSession *s = window->session();
    QObject owner;
    for (TableModel *m :
         {EventTables::tracks(s, &owner), EventTables::tasks(s, &owner), EventTables::participants(s, &owner),
          EventTables::teams(s, &owner), EventTables::claims(s, &owner)}) {
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::Fatal);
        FilterProxy proxy;
        proxy.setSourceModel(m);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.setFilterFixedString(u"a"_s);
        proxy.sort(1);
        m->reload();
        EXPECT_GT(m->rowCount(), 0);
    }
}

TEST_F(Window, SearchAndFilterNarrowTheTasks)
{
    TablePage *tasks = window->page(MainWindow::Tasks);
    window->showPage(MainWindow::Tasks);
    QTest::keyClicks(tasks->searchBox(), u"openvino"_s);
    const int matching =
        SqlQuery::scalar(window->session()->database(), u"SELECT count(*) FROM task WHERE title LIKE '%OpenVINO%'"_s)
            .toInt();
    EXPECT_GT(matching, 10);
    EXPECT_EQ(tasks->proxy()->rowCount(), matching);
    tasks->searchBox()->clear();
    tasks->proxy()->setColumnFilter(EventTables::TaskTrack, u"飞桨护航计划集训营"_s);
    EXPECT_EQ(tasks->proxy()->rowCount(), 8);
}

TEST_F(Window, EditsATaskThroughTheFormAndUndoesIt)
{
    window->showPage(MainWindow::Tasks);
    TablePage *tasks = window->page(MainWindow::Tasks);
    const qint64 id = taskId(8);
    tasks->selectId(id);
    const QString original = TaskRepository(window->session()->database()).get(id)->title;

    onNextDialog<TaskDialog>([](TaskDialog *d) {
        QTest::keyClick(d->titleEdit(), Qt::Key_End);
        QTest::keyClicks(d->titleEdit(), u" (v2)"_s);
        d->starsEdit()->setText(u"1.5"_s);
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window->editTask(id);

    const Task edited = *TaskRepository(window->session()->database()).get(id);
    EXPECT_EQ(edited.title, original + u" (v2)"_s);
    EXPECT_EQ(edited.stars, Stars::fromMilli(1500));
    EXPECT_TRUE(tasks->model()
                    ->index(tasks->model()->rowOfId(id), EventTables::TaskTitle)
                    .data()
                    .toString()
                    .endsWith(u"(v2)"_s));

    window->activateWindow(); // the closed dialog had the focus
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    tasks->view()->setFocus(); // (a focused line edit keeps Ctrl+Z for its own text)
    QTest::keySequence(tasks->view(), QKeySequence::Undo);
    EXPECT_EQ(TaskRepository(window->session()->database()).get(id)->title, original);
    EXPECT_EQ(tasks->model()->index(tasks->model()->rowOfId(id), EventTables::TaskTitle).data().toString(), original);
    QTest::keySequence(tasks->view(), QKeySequence::Redo);
    EXPECT_EQ(TaskRepository(window->session()->database()).get(id)->title, edited.title);
}

TEST_F(Window, TheTaskFormExplainsWhatIsWrong)
{
    Task t = *TaskRepository(window->session()->database()).get(taskId(8));
    TaskDialog d(window->session()->database(), t);
    QPushButton *ok = d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_TRUE(ok->isEnabled());
    d.starsEdit()->setText(u"-1"_s);
    EXPECT_FALSE(ok->isEnabled());
    EXPECT_TRUE(d.problem().contains(u"negative"_s));
    d.starsEdit()->setText(u"abc"_s);
    EXPECT_TRUE(d.problem().contains(u"not a number of stars"_s));
    d.starsEdit()->setText(u"2"_s);
    d.titleEdit()->clear();
    EXPECT_TRUE(d.problem().contains(u"title"_s));
    EXPECT_FALSE(ok->isEnabled());
}

TEST_F(Window, ADuplicateTaskNumberIsShownInTheFormAndChangesNothing)
{
    const Task t = *TaskRepository(window->session()->database()).get(taskId(8));
    TaskDialog d(window->session()->database(), t);
    d.numberBox()->setValue(9); // taken by another task of the track
    d.setSubmit([&] { return window->editor()->updateTask(d.task(), d.directionName()); });
    d.accept();
    EXPECT_TRUE(d.problem().contains(u"already has a task No.9"_s)) << d.problem().toStdString();
    EXPECT_EQ(TaskRepository(window->session()->database()).get(t.id)->number, 8);
    EXPECT_EQ(window->session()->undoStack()->count(), 0);
}

TEST_F(Window, AnEditReloadsThePageInViewAndTheOthersWhenShown)
{
    window->showPage(MainWindow::People);
    TablePage *people = window->page(MainWindow::People);
    TablePage *claims = window->page(MainWindow::Claims);
    const int before = people->model()->rowCount();
    const int claimRows = claims->model()->rowCount();
    const Database &db = window->session()->database();
    const qint64 someone = SqlQuery::scalar(db, uR"(SELECT p.id FROM participant p WHERE
            EXISTS (SELECT 1 FROM claim c WHERE c.participant_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM team t WHERE t.leader_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM task t WHERE t.finisher_id = p.id) LIMIT 1)"_s)
                               .toLongLong();
    const int own = SqlQuery::scalar(db, u"SELECT count(*) FROM claim WHERE participant_id = ?"_s, {someone}).toInt();
    ASSERT_GT(own, 0);

    // Deleting a participant with their claims: the page in view follows at once, the claims page (hidden)
    // when it is shown.
    ASSERT_EQ(window->editor()->removeParticipant(someone), QString());
    EXPECT_EQ(people->model()->rowCount(), before - 1);
    EXPECT_EQ(claims->model()->rowCount(), claimRows) << "hidden: not reloaded yet";
    window->showPage(MainWindow::Claims);
    EXPECT_EQ(claims->model()->rowCount(), claimRows - own);

    // Without a window in view (headless), every change reloads at once.
    window->hide();
    window->session()->undoStack()->undo();
    EXPECT_EQ(people->model()->rowCount(), before);
    EXPECT_EQ(claims->model()->rowCount(), claimRows);
}

TEST_F(Window, AddsAParticipantAndRefusesTheSameLoginInAnotherCase)
{
    window->showPage(MainWindow::People);
    EventEditor *editor = window->editor();
    EXPECT_TRUE(editor->addParticipant({0, u"new-dev"_s, u"新人"_s, {}, {}}).isEmpty());
    const QString error = editor->addParticipant({0, u"NEW-DEV"_s, {}, {}, {}});
    EXPECT_TRUE(error.contains(u"already taken"_s));
    EXPECT_EQ(window->page(MainWindow::People)->model()->rowCount(), 41);
    window->session()->undoStack()->undo();
    EXPECT_EQ(window->page(MainWindow::People)->model()->rowCount(), 40);
    window->session()->undoStack()->redo();
    EXPECT_TRUE(ParticipantRepository(window->session()->database()).byLogin(u"new-dev"_s).has_value());
}

TEST_F(Window, DeletingAParticipantWithClaimsAsksAndUndoRestoresTheClaims)
{
    const Database &db = window->session()->database();
    const qint64 id = SqlQuery::scalar(db, uR"(SELECT p.id FROM participant p WHERE
            EXISTS (SELECT 1 FROM claim c WHERE c.participant_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM team t WHERE t.leader_id = p.id)
            AND NOT EXISTS (SELECT 1 FROM task t WHERE t.finisher_id = p.id) LIMIT 1)"_s)
                          .toLongLong();
    window->showPage(MainWindow::Claims);
    const int claims = window->page(MainWindow::Claims)->model()->rowCount();
    const int own = SqlQuery::scalar(db, u"SELECT count(*) FROM claim WHERE participant_id = ?"_s, {id}).toInt();
    ASSERT_GT(own, 0);

    // "No" keeps everything.
    onNextDialog<QMessageBox>([](QMessageBox *box) {
        EXPECT_TRUE(box->text().contains(u"claim"_s));
        box->button(QMessageBox::No)->click();
    });
    window->deleteParticipant(id);
    EXPECT_EQ(window->page(MainWindow::Claims)->model()->rowCount(), claims);

    onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    window->deleteParticipant(id);
    EXPECT_EQ(window->page(MainWindow::Claims)->model()->rowCount(), claims - own);
    EXPECT_FALSE(SqlQuery::scalar(db, u"PRAGMA foreign_key_check"_s).isValid());

    window->session()->undoStack()->undo();
    EXPECT_EQ(window->page(MainWindow::Claims)->model()->rowCount(), claims);
    EXPECT_TRUE(ParticipantRepository(db).get(id).has_value());
}

TEST_F(Window, OpeningATextFileKeepsTheCurrentDatabaseAndTheFile)
{
    const QString text = dir.path(u"readme.txt"_s);
    writeAll(text, "hello\n");
    const QString error = window->openDatabase(text);
    EXPECT_TRUE(error.contains(u"not a HackDesk database"_s));
    EXPECT_EQ(readAll(text), QByteArray("hello\n"));
    EXPECT_EQ(window->page(MainWindow::Tasks)->model()->rowCount(), 72);
}

TEST_F(Window, RemembersRecentFilesAndWindowState)
{
    EXPECT_EQ(QSettings().value(u"lastDatabase"_s).toString(), window->session()->database().path());
    window->resize(1150, 720);
    window->close();
    MainWindow again(path);
    EXPECT_EQ(again.size(), QSize(1150, 720));
}
