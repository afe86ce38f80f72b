#include "demo/demoevent.h"
#include "dialogs/claimdialog.h"
#include "eventsession.h"
#include "mainwindow.h"
#include "models/eventtables.h"
#include "models/tablemodel.h"
#include "pages/tablepage.h"
#include "storage/claimrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "support/dbdump.h"
#include "testutil.h"
#include "ui/demowindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QUndoStack>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// The Claims page's form on the demo event, driven as a user would.
class ClaimForm : public DemoWindowTest
{
protected:
    void SetUp() override
    {
        DemoWindowTest::SetUp();
        window->showPage(MainWindow::Claims);
        tasksTrack = SqlQuery::scalar(db(), u"SELECT id FROM track WHERE kind = 'tasks'"_s).toLongLong();
        // A task of the tasks track nobody finished, and one that has a finisher.
        open = SqlQuery::scalar(db(),
                                u"SELECT number FROM task WHERE track_id = ? AND finisher_id IS NULL AND "
                                u"removed = 0 ORDER BY number LIMIT 1"_s,
                                {tasksTrack})
                   .toInt();
        ASSERT_GT(open, 0);
    }
    const Database &db() const { return window->session()->database(); }
    QUndoStack *undo() const { return window->session()->undoStack(); }
    Task task(int number) const { return *TaskRepository(db()).byNumber(tasksTrack, number); }
    QString finisherOf(int number) const
    {
        const auto p = ParticipantRepository(db()).get(task(number).finisherId);
        return p ? p->login : QString();
    }

    template <typename D, typename F> void onNextDialog(F interact)
    {
        QTimer::singleShot(0, [interact] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *d = qobject_cast<D *>(w); d && d->isVisible()) {
                    interact(d);
                    if (d->isVisible())
                        d->reject();
                    return;
                }
            ADD_FAILURE() << "no dialog opened";
        });
    }
    static QPushButton *okOf(QDialog *d) { return d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }

    qint64 tasksTrack = 0;
    int open = 0;
};

} // namespace

TEST_F(ClaimForm, AddingChecksAsYouTypeMakesTheFinisherAndUndoes)
{
    const QString before = dumpDatabase(db());
    const int rows = window->page(MainWindow::Claims)->model()->rowCount();
    const QString claimant = SqlQuery::scalar(db(),
                                              u"SELECT p.login FROM claim c JOIN participant p ON p.id = "
                                              u"c.participant_id JOIN task t ON t.id = c.task_id WHERE "
                                              u"t.track_id = ? AND t.number = ? LIMIT 1"_s,
                                              {tasksTrack, open})
                                 .toString();
    onNextDialog<ClaimDialog>([&](ClaimDialog *d) {
        d->trackBox()->setCurrentIndex(d->trackBox()->findData(tasksTrack));
        d->taskBox()->setValue(9999);
        EXPECT_TRUE(d->problem().contains(u"has no task No.9999"_s)) << d->problem().toStdString();
        EXPECT_FALSE(okOf(d)->isEnabled());
        d->taskBox()->setValue(open);
        EXPECT_EQ(d->taskTitle()->text().section(u'\n', 0, 0), task(open).title);
        EXPECT_TRUE(d->problem().contains(u"login"_s)) << d->problem().toStdString();
        d->loginEdit()->setText(u"two words"_s);
        EXPECT_TRUE(d->problem().contains(u"is not a GitHub login"_s)) << d->problem().toStdString();
        if (!claimant.isEmpty()) {
            d->loginEdit()->setText(claimant);
            EXPECT_TRUE(d->problem().contains(u"has already claimed"_s)) << d->problem().toStdString();
        }
        d->loginEdit()->setText(u"@hand-made"_s);
        EXPECT_TRUE(d->problem().isEmpty()) << d->problem().toStdString();
        d->finisherBox()->setChecked(true);
        EXPECT_EQ(d->statusBox()->currentData().toInt(), static_cast<int>(ClaimStatus::Completed));
        d->statusBox()->setCurrentIndex(static_cast<int>(ClaimStatus::PrSubmitted));
        EXPECT_TRUE(d->problem().contains(u"finisher"_s)) << d->problem().toStdString();
        EXPECT_FALSE(okOf(d)->isEnabled());
        d->finisherBox()->setChecked(false);
        d->statusBox()->setCurrentIndex(static_cast<int>(ClaimStatus::Completed)); // no finisher yet: ticks it
        EXPECT_TRUE(d->finisherBox()->isChecked());
        ASSERT_TRUE(okOf(d)->isEnabled()) << d->problem().toStdString();
        okOf(d)->click();
    });
    window->addClaim();

    const auto person = ParticipantRepository(db()).byLogin(u"hand-made"_s);
    ASSERT_TRUE(person);
    const auto claim = ClaimRepository(db()).find(task(open).id, person->id, 0);
    ASSERT_TRUE(claim);
    EXPECT_TRUE(claim->manual);
    EXPECT_EQ(claim->status, ClaimStatus::Completed);
    EXPECT_EQ(finisherOf(open), u"hand-made"_s);
    EXPECT_TRUE(task(open).locked);
    EXPECT_EQ(window->page(MainWindow::Claims)->model()->rowCount(), rows + 1);
    EXPECT_EQ(window->page(MainWindow::Claims)->selectedId(), claim->id);
    const QModelIndex flags =
        window->page(MainWindow::Claims)
            ->model()
            ->index(window->page(MainWindow::Claims)->model()->rowOfId(claim->id), EventTables::ClaimFlags);
    EXPECT_TRUE(flags.data().toString().contains(u"by hand"_s)) << flags.data().toString().toStdString();

    undo()->undo();
    EXPECT_EQ(dumpDatabase(db()), before);
    EXPECT_EQ(window->page(MainWindow::Claims)->model()->rowCount(), rows);
    undo()->redo();
    EXPECT_EQ(ClaimRepository(db()).get(claim->id)->status, ClaimStatus::Completed); // the same id again
    EXPECT_EQ(finisherOf(open), u"hand-made"_s);
}

TEST_F(ClaimForm, EditingCorrectsStatusAndFinisherAndUndoes)
{
    // A claim whose claimant finished its task.
    const qint64 id = SqlQuery::scalar(db(), u"SELECT c.id FROM claim c JOIN task t ON t.id = c.task_id WHERE "
                                             u"t.finisher_id = c.participant_id LIMIT 1"_s)
                          .toLongLong();
    ASSERT_TRUE(id);
    const Claim original = *ClaimRepository(db()).get(id);
    const Task finished = *TaskRepository(db()).get(original.taskId);
    const QString before = dumpDatabase(db());
    onNextDialog<ClaimDialog>([&](ClaimDialog *d) {
        EXPECT_TRUE(d->finisherBox()->isChecked());
        EXPECT_EQ(d->taskBox()->value(), finished.number);
        EXPECT_TRUE(d->problem().isEmpty()) << d->problem().toStdString();
        d->finisherBox()->setChecked(false);
        d->statusBox()->setCurrentIndex(static_cast<int>(ClaimStatus::PrSubmitted));
        okOf(d)->click();
    });
    window->editClaim(id);
    EXPECT_EQ(ClaimRepository(db()).get(id)->status, ClaimStatus::PrSubmitted);
    EXPECT_TRUE(ClaimRepository(db()).get(id)->manual);
    EXPECT_EQ(TaskRepository(db()).get(finished.id)->finisherId, 0);
    EXPECT_FALSE(TaskRepository(db()).get(finished.id)->locked);
    undo()->undo();
    EXPECT_EQ(dumpDatabase(db()), before);
    undo()->redo();
    EXPECT_EQ(ClaimRepository(db()).get(id)->status, ClaimStatus::PrSubmitted);
}

TEST_F(ClaimForm, DeletingAsksSaysWhenTheFinisherGoesAndUndoes)
{
    const qint64 id = SqlQuery::scalar(db(), u"SELECT c.id FROM claim c JOIN task t ON t.id = c.task_id WHERE "
                                             u"t.finisher_id = c.participant_id LIMIT 1"_s)
                          .toLongLong();
    ASSERT_TRUE(id);
    const QString before = dumpDatabase(db());
    const int rows = window->page(MainWindow::Claims)->model()->rowCount();
    onNextDialog<QMessageBox>([](QMessageBox *box) {
        EXPECT_TRUE(box->text().contains(u"finisher"_s)) << box->text().toStdString();
        box->button(QMessageBox::Yes)->click();
    });
    window->deleteClaim(id);
    EXPECT_FALSE(ClaimRepository(db()).get(id));
    EXPECT_EQ(window->page(MainWindow::Claims)->model()->rowCount(), rows - 1);
    EXPECT_FALSE(SqlQuery::scalar(db(), u"PRAGMA foreign_key_check"_s).isValid());
    undo()->undo();
    EXPECT_EQ(dumpDatabase(db()), before);
    EXPECT_EQ(window->page(MainWindow::Claims)->model()->rowCount(), rows);
}
