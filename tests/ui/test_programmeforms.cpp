#include "demo/demoevent.h"
#include "dialogs/campapplicationdialog.h"
#include "dialogs/campdefencedialog.h"
#include "dialogs/fundableprojectdialog.h"
#include "dialogs/newapplicationdialog.h"
#include "dialogs/weeklyreportdialog.h"
#include "eventsession.h"
#include "mainwindow.h"
#include "model/error.h"
#include "models/eventtables.h"
#include "models/tablemodel.h"
#include "pages/programmespage.h"
#include "pages/tablepage.h"
#include "storage/programmerepository.h"
#include "services/payoutdata.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimeZone>
#include <QTimer>
#include <QUndoStack>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// The Code Camp and Fundable Projects pages' forms on the demo event, driven as a user would.
class ProgrammeForms : public ::testing::Test
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
        campTrack = SqlQuery::scalar(db(), u"SELECT id FROM track WHERE kind = 'camp'"_s).toLongLong();
        fundableTrack = SqlQuery::scalar(db(), u"SELECT id FROM track WHERE kind = 'fundable'"_s).toLongLong();
    }
    const Database &db() const { return window->session()->database(); }
    QUndoStack *undo() const { return window->session()->undoStack(); }

    // Runs `interact` on the next modal dialog of type D that opens; fails when none does.
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

    CampApplication applicationAt(ApplicationStage stage, int project = 0) const
    {
        for (const CampApplication &a : ProgrammeRepository(db()).applications(campTrack))
            if (a.stage == stage && (project == 0 || a.project == project))
                return a;
        return {};
    }
    qint64 taskOf(qint64 track, int number) const { return TaskRepository(db()).byNumber(track, number)->id; }
    QString campResult(qint64 taskId, qint64 participantId) const
    {
        SqlQuery q(db(), u"SELECT grade, passed, months, defended_at FROM camp_result WHERE task_id = ? AND "
                         u"participant_id = ?"_s);
        q.bind(taskId, participantId).exec();
        if (!q.next())
            return {};
        return u"%1|%2|%3|%4"_s.arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                    q.value(3).toString());
    }

    TempDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
    qint64 campTrack = 0;
    qint64 fundableTrack = 0;
};

} // namespace

TEST_F(ProgrammeForms, TheApplicationFormSchedulesAnInterviewAndUndoes)
{
    const CampApplication a = applicationAt(ApplicationStage::Applied);
    ASSERT_TRUE(a.id);
    onNextDialog<CampApplicationDialog>([](CampApplicationDialog *d) {
        ASSERT_TRUE(d->chooseStage(ApplicationStage::InterviewScheduled));
        EXPECT_FALSE(d->chooseStage(ApplicationStage::Accepted)) << "forward only, one step at a time";
        EXPECT_FALSE(okOf(d)->isEnabled());
        EXPECT_TRUE(d->problem().contains(u"interview's time and interviewer"_s)) << d->problem().toStdString();
        d->scheduledBox()->setChecked(true);
        EXPECT_TRUE(d->problem().contains(u"Name the interviewer"_s)) << d->problem().toStdString();
        QTest::keyClicks(d->interviewerEdit(), u"not a login!"_s);
        EXPECT_TRUE(d->problem().contains(u"not a GitHub login"_s));
        EXPECT_FALSE(okOf(d)->isEnabled());
        d->interviewerEdit()->clear();
        QTest::keyClicks(d->interviewerEdit(), u"@SigureMo"_s);
        d->interviewEdit()->setDateTime(QDateTime(QDate(2024, 4, 2), QTime(14, 30)));
        d->notesEdit()->setPlainText(u"C++ 基础扎实"_s);
        EXPECT_TRUE(d->problem().isEmpty()) << d->problem().toStdString();
        okOf(d)->click();
    });
    window->camp()->openApplication(a.id);

    const QDateTime beijing(QDate(2024, 4, 2), QTime(14, 30), QTimeZone("Asia/Shanghai"));
    CampApplication after = *ProgrammeRepository(db()).application(a.id);
    EXPECT_EQ(after.stage, ApplicationStage::InterviewScheduled);
    EXPECT_EQ(after.interviewer, u"SigureMo"_s);
    EXPECT_EQ(after.interviewAt, beijing);
    EXPECT_EQ(after.notes, u"C++ 基础扎实"_s);
    TableModel *model = window->camp()->applications()->model();
    EXPECT_EQ(model->index(model->rowOfId(a.id), EventTables::AppStage).data().toString(),
              applicationStageName(ApplicationStage::InterviewScheduled));

    ASSERT_EQ(undo()->count(), 1);
    undo()->undo();
    after = *ProgrammeRepository(db()).application(a.id);
    EXPECT_EQ(after.stage, ApplicationStage::Applied);
    EXPECT_TRUE(after.interviewer.isEmpty());
    EXPECT_FALSE(after.interviewAt.isValid());
    EXPECT_TRUE(after.notes.isEmpty());
    undo()->redo();
    EXPECT_EQ(ProgrammeRepository(db()).application(a.id)->interviewAt, beijing);
}

TEST_F(ProgrammeForms, AcceptingRespectsSeatsAndConsentAndUndoTakesTheClaimBack)
{
    // The interviewed applicant wants No.4 first (full), then 5 and 6, and does not accept reassignment.
    const CampApplication a = applicationAt(ApplicationStage::Interviewed);
    ASSERT_TRUE(a.id);
    ASSERT_FALSE(a.choices.acceptsReassignment);
    Task spare;
    spare.trackId = campTrack;
    spare.number = 9;
    spare.title = u"新项目"_s;
    spare.seats = 1;
    TaskRepository(db()).insert(spare);
    Task five = *TaskRepository(db()).byNumber(campTrack, 5);
    five.seats = 2;
    TaskRepository(db()).update(five);

    onNextDialog<CampApplicationDialog>([&](CampApplicationDialog *d) {
        ASSERT_TRUE(d->chooseStage(ApplicationStage::Accepted));
        EXPECT_TRUE(d->projectBox()->isEnabled());
        ASSERT_TRUE(d->chooseProject(a.choices.firstChoice));
        EXPECT_TRUE(d->problem().contains(u"no seat left"_s)) << d->problem().toStdString();
        ASSERT_TRUE(d->chooseProject(9));
        EXPECT_TRUE(d->problem().contains(u"does not accept reassignment"_s)) << d->problem().toStdString();
        EXPECT_FALSE(okOf(d)->isEnabled());
        ASSERT_TRUE(d->chooseProject(5));
        EXPECT_TRUE(d->problem().isEmpty()) << d->problem().toStdString();
        okOf(d)->click();
    });
    window->camp()->openApplication(a.id);

    const auto claimOnFive = [&] {
        return SqlQuery::scalar(db(), u"SELECT count(*) FROM claim WHERE task_id = ? AND participant_id = ?"_s,
                                {five.id, a.participantId})
            .toInt();
    };
    const CampApplication accepted = *ProgrammeRepository(db()).application(a.id);
    EXPECT_EQ(accepted.stage, ApplicationStage::Accepted);
    EXPECT_EQ(accepted.project, 5);
    EXPECT_EQ(claimOnFive(), 1);
    EXPECT_EQ(ProgrammeRepository(db()).campProjects(campTrack)[4].campers.size(), 2);
    undo()->undo();
    EXPECT_EQ(ProgrammeRepository(db()).application(a.id)->stage, ApplicationStage::Interviewed);
    EXPECT_EQ(ProgrammeRepository(db()).application(a.id)->project, 0);
    EXPECT_EQ(claimOnFive(), 0);
}

TEST_F(ProgrammeForms, TheFormsOpenFromButtonsDoubleClickAndContextMenu)
{
    CampPage *camp = window->camp();
    const CampApplication applicant = applicationAt(ApplicationStage::Applied);
    const CampApplication camper = applicationAt(ApplicationStage::Accepted, 7);
    QPushButton *defence = nullptr;
    for (QPushButton *b : camp->findChildren<QPushButton *>())
        if (b->text() == u"De&fence…"_s)
            defence = b;
    ASSERT_TRUE(defence);

    camp->applications()->selectId(applicant.id);
    EXPECT_FALSE(defence->isEnabled()) << "only accepted campers defend";
    bool opened = false;
    onNextDialog<CampApplicationDialog>([&](CampApplicationDialog *) { opened = true; });
    QTableView *view = camp->applications()->view();
    emit view->doubleClicked(view->currentIndex());
    EXPECT_TRUE(opened);

    camp->applications()->selectId(camper.id);
    EXPECT_TRUE(defence->isEnabled());
    opened = false;
    onNextDialog<CampDefenceDialog>([&](CampDefenceDialog *) { opened = true; });
    for (QAction *action : view->actions())
        if (action->text() == u"Defence…"_s)
            action->trigger();
    EXPECT_TRUE(opened);

    TablePage *projects = window->fundable()->projects();
    projects->selectId(taskOf(fundableTrack, 1));
    opened = false;
    onNextDialog<FundableProjectDialog>([&](FundableProjectDialog *) { opened = true; });
    emit projects->view()->doubleClicked(projects->view()->currentIndex());
    EXPECT_TRUE(opened);
    EXPECT_EQ(undo()->count(), 0) << "cancelled forms change nothing";
}

TEST_F(ProgrammeForms, TheDefenceFormWritesTheCampResultThatThePayoutsRead)
{
    const CampApplication camper = applicationAt(ApplicationStage::Accepted, 7);
    ASSERT_TRUE(camper.id);
    const qint64 project7 = taskOf(campTrack, 7);
    const Fen before = computePayouts(db()).totalFen;
    onNextDialog<CampDefenceDialog>([](CampDefenceDialog *d) {
        EXPECT_FALSE(d->dateEdit()->isEnabled()) << "not defended yet";
        ASSERT_TRUE(d->chooseGrade(u"优秀"_s));
        EXPECT_TRUE(d->dateEdit()->isEnabled());
        d->dateEdit()->setDate(QDate(2024, 6, 20));
        d->monthsBox()->setValue(4);
        // The judges: logins, each once; the event's camp judges are offered.
        d->judgesEdit()->setText(u"@zhang-wei, 陈杰"_s);
        EXPECT_FALSE(okOf(d)->isEnabled());
        EXPECT_TRUE(d->problem().contains(u"\"陈杰\" is not a GitHub login"_s)) << d->problem().toStdString();
        d->judgesEdit()->setText(u"@zhang-wei、@Zhang-Wei"_s);
        EXPECT_TRUE(d->problem().contains(u"named twice"_s)) << d->problem().toStdString();
        d->judgesEdit()->setText(u"@zhang-wei, chen-jie"_s);
        EXPECT_TRUE(okOf(d)->isEnabled()) << d->problem().toStdString();
        okOf(d)->click();
    });
    window->camp()->openDefence(camper.id);
    EXPECT_EQ(campResult(project7, camper.participantId), u"优秀|1|4|2024-06-20T00:00:00+08:00"_s);
    EXPECT_EQ(ProgrammeRepository(db()).campDefence(project7, camper.participantId)->judges,
              QStringList({u"zhang-wei"_s, u"chen-jie"_s}));
    EXPECT_EQ(computePayouts(db()).totalFen - before, Stars::whole(5).toFen(200'000));
    undo()->undo();
    EXPECT_TRUE(campResult(project7, camper.participantId).isEmpty());
    EXPECT_EQ(computePayouts(db()).totalFen, before);
    undo()->redo();
    EXPECT_TRUE(campResult(project7, camper.participantId).startsWith(u"优秀|1|4"_s));

    // A camper who defended: not passed after all, then undone back to the stored grade.
    const CampApplication first = applicationAt(ApplicationStage::Accepted, 1);
    const qint64 project1 = taskOf(campTrack, 1);
    const QString stored = campResult(project1, first.participantId);
    ASSERT_TRUE(stored.startsWith(u"优秀|1|3|"_s)) << stored.toStdString();
    onNextDialog<CampDefenceDialog>([](CampDefenceDialog *d) {
        EXPECT_EQ(d->resultBox()->currentData().toString(), u"优秀"_s);
        ASSERT_TRUE(d->chooseGrade(QString()));
        okOf(d)->click();
    });
    window->camp()->openDefence(first.id);
    EXPECT_TRUE(campResult(project1, first.participantId).startsWith(u"|0|3|"_s));
    EXPECT_EQ(ProgrammeRepository(db()).campProjects(campTrack)[0].stage, CampProjectStage::InProgress);
    undo()->undo();
    EXPECT_EQ(campResult(project1, first.participantId), stored);
}

TEST_F(ProgrammeForms, ASubmitThatFailsSaysWhyAndChangesNothing)
{
    const CampApplication camper = applicationAt(ApplicationStage::Accepted, 7);
    CampDefenceDialog d(db(), camper, taskOf(campTrack, 7));
    // Meanwhile the camper withdrew.
    ProgrammeRepository(db()).moveApplication(camper.id, ApplicationStage::Withdrawn);
    d.setSubmit([&] { return window->camp()->editor()->setCampDefence(d.taskId(), d.participantId(), d.defence()); });
    ASSERT_TRUE(d.chooseGrade(u"良好"_s));
    d.accept();
    EXPECT_TRUE(d.problem().contains(u"not an accepted camper"_s)) << d.problem().toStdString();
    EXPECT_TRUE(campResult(taskOf(campTrack, 7), camper.participantId).isEmpty());
    EXPECT_EQ(undo()->count(), 0);
}

TEST_F(ProgrammeForms, TheFundableFormRecordsTheDefenceAndSubTasks)
{
    const qint64 project2 = taskOf(fundableTrack, 2);
    ProgrammeRepository programmes(db());
    ASSERT_EQ(programmes.completionBp(project2), 7000);
    const Fen before = computePayouts(db()).totalFen;
    onNextDialog<FundableProjectDialog>([](FundableProjectDialog *d) {
        EXPECT_EQ(d->defence(), Task::Defence::Partly);
        EXPECT_TRUE(d->completionText().contains(u"70.0"_s)) << d->completionText().toStdString();
        d->table()->item(7, FundableProjectDialog::ColDone)->setCheckState(Qt::Checked);
        EXPECT_TRUE(d->completionText().contains(u"80.0"_s)) << d->completionText().toStdString();
        d->chooseDefence(Task::Defence::Passed);
        okOf(d)->click();
    });
    window->fundable()->openProject(project2);
    EXPECT_EQ(programmes.completionBp(project2), 8000);
    EXPECT_EQ(TaskRepository(db()).get(project2)->defence, Task::Defence::Passed);
    EXPECT_GT(computePayouts(db()).totalFen, before) << "80 % and passed: it pays";
    TableModel *model = window->fundable()->projects()->model();
    EXPECT_EQ(model->index(model->rowOfId(project2), EventTables::FundCompletion).data(TableModel::SortRole).toInt(),
              8000);
    undo()->undo();
    EXPECT_EQ(programmes.completionBp(project2), 7000);
    EXPECT_EQ(TaskRepository(db()).get(project2)->defence, Task::Defence::Partly);
    EXPECT_EQ(computePayouts(db()).totalFen, before);

    // Bad rows are named and nothing is saved; a new sub-task and a removed one are.
    const QList<SubTask> stored = programmes.subTasks(project2);
    onNextDialog<FundableProjectDialog>([](FundableProjectDialog *d) {
        QTableWidget *t = d->table();
        t->item(0, FundableProjectDialog::ColTitle)->setText(QString());
        EXPECT_TRUE(d->problem().contains(u"needs a title"_s)) << d->problem().toStdString();
        EXPECT_FALSE(okOf(d)->isEnabled());
        t->item(0, FundableProjectDialog::ColTitle)->setText(u"子任务 1"_s);
        t->item(1, FundableProjectDialog::ColNumber)->setText(u"x"_s);
        EXPECT_TRUE(d->problem().contains(u"not a sub-task number"_s)) << d->problem().toStdString();
        t->item(1, FundableProjectDialog::ColNumber)->setText(u"3"_s);
        EXPECT_TRUE(d->problem().contains(u"listed twice"_s)) << d->problem().toStdString();
        t->item(1, FundableProjectDialog::ColNumber)->setText(u"2"_s);
        t->item(1, FundableProjectDialog::ColAssignee)->setText(u"two words"_s);
        EXPECT_TRUE(d->problem().contains(u"not a GitHub login"_s)) << d->problem().toStdString();
        t->item(1, FundableProjectDialog::ColAssignee)->setText(u"@megemini"_s);
        EXPECT_TRUE(d->problem().isEmpty()) << d->problem().toStdString();
        const int row = d->addSubTask();
        EXPECT_EQ(t->item(row, FundableProjectDialog::ColNumber)->text(), u"11"_s);
        EXPECT_TRUE(d->problem().contains(u"needs a title"_s));
        t->item(row, FundableProjectDialog::ColTitle)->setText(u"补充文档"_s);
        t->setCurrentCell(9, FundableProjectDialog::ColTitle);
        d->removeButton()->click();
        EXPECT_EQ(t->rowCount(), 10);
        okOf(d)->click();
    });
    window->fundable()->openProject(project2);
    const QList<SubTask> edited = programmes.subTasks(project2);
    ASSERT_EQ(edited.size(), 10);
    EXPECT_EQ(edited[1].assignee, u"megemini"_s);
    EXPECT_EQ(edited.last().number, 11);
    EXPECT_EQ(edited.last().title, u"补充文档"_s);
    EXPECT_EQ(edited[8].number, 9) << "sub-task 10 was removed";
    undo()->undo();
    const QList<SubTask> restored = programmes.subTasks(project2);
    ASSERT_EQ(restored.size(), stored.size());
    for (int i = 0; i < stored.size(); ++i) {
        EXPECT_EQ(restored[i].number, stored[i].number);
        EXPECT_EQ(restored[i].title, stored[i].title);
        EXPECT_EQ(restored[i].assignee, stored[i].assignee);
        EXPECT_EQ(restored[i].prs, stored[i].prs);
        EXPECT_EQ(restored[i].done, stored[i].done);
    }
}

TEST_F(ProgrammeForms, TheFundableFormEditsTheDeliverablesLinksUndoably)
{
    const qint64 project1 = taskOf(fundableTrack, 1);
    ProgrammeRepository programmes(db());
    auto links = [&] {
        QMap<QString, QString> out;
        for (const FundableProjectView &f : programmes.fundableProjects(fundableTrack))
            if (f.taskId == project1)
                for (const auto &[kind, url] : f.deliverables)
                    out.insert(kind, url);
        return out;
    };
    const QMap<QString, QString> before = links();
    ASSERT_TRUE(before.contains(u"rfc"_s)) << "the demo's first project has its RFC";
    onNextDialog<FundableProjectDialog>([&](FundableProjectDialog *d) {
        EXPECT_EQ(d->deliverableEdit(u"rfc"_s)->text(), before.value(u"rfc"_s));
        d->deliverableEdit(u"report"_s)->setText(u"paddle.org.cn/report"_s);
        EXPECT_FALSE(okOf(d)->isEnabled());
        EXPECT_TRUE(d->problem().contains(u"Technical report: \"paddle.org.cn/report\" is not a web address"_s))
            << d->problem().toStdString();
        d->deliverableEdit(u"report"_s)->setText(u"https://github.com/PaddlePaddle/community/pull/990"_s);
        d->deliverableEdit(u"slides"_s)->clear();
        EXPECT_TRUE(okOf(d)->isEnabled()) << d->problem().toStdString();
        okOf(d)->click();
    });
    window->fundable()->openProject(project1);
    QMap<QString, QString> expected = before;
    expected.insert(u"report"_s, u"https://github.com/PaddlePaddle/community/pull/990"_s);
    expected.remove(u"slides"_s);
    EXPECT_EQ(links(), expected);
    undo()->undo();
    EXPECT_EQ(links(), before);
    undo()->redo();
    EXPECT_EQ(links(), expected);

    // The repository refuses a bad link or kind whatever calls it, changing nothing.
    EXPECT_THROW(programmes.setDeliverables(project1, {{u"code"_s, u"https://github.com/x/y/pull/1"_s},
                                                       {u"report"_s, u"ftp://example.org/r.pdf"_s}}),
                 Error);
    EXPECT_THROW(programmes.setDeliverables(project1, {{u"poster"_s, u"https://example.org/p.png"_s}}), Error);
    EXPECT_EQ(links(), expected);
}

TEST_F(ProgrammeForms, AnApplicationEnteredByHandIsCheckedAndUndoable)
{
    ProgrammeRepository programmes(db());
    const qsizetype before = programmes.applications(campTrack).size();
    const QString taken = programmes.applications(campTrack).first().login;
    onNextDialog<NewApplicationDialog>([&](NewApplicationDialog *d) {
        EXPECT_FALSE(okOf(d)->isEnabled()) << "no login yet";
        d->loginEdit()->setText(u"two words"_s);
        EXPECT_TRUE(d->problem().contains(u"\"two words\" is not a GitHub login"_s)) << d->problem().toStdString();
        d->loginEdit()->setText(u"@"_s + taken.toUpper());
        EXPECT_TRUE(d->problem().contains(u"has applied already"_s)) << d->problem().toStdString();
        d->loginEdit()->setText(u"@new-camper"_s);
        d->firstChoiceBox()->setCurrentIndex(d->firstChoiceBox()->findData(3));
        d->wishesEdit()->setText(u"5、x"_s);
        EXPECT_TRUE(d->problem().contains(u"not a list of project numbers"_s)) << d->problem().toStdString();
        d->wishesEdit()->setText(u"5、99"_s);
        EXPECT_TRUE(d->problem().contains(u"no camp project No.99"_s)) << d->problem().toStdString();
        d->wishesEdit()->setText(u"5、3，6"_s);
        d->consentBox()->setChecked(false);
        EXPECT_TRUE(okOf(d)->isEnabled()) << d->problem().toStdString();
        okOf(d)->click();
    });
    window->camp()->openNewApplication();
    QList<CampApplication> after = programmes.applications(campTrack);
    ASSERT_EQ(after.size(), before + 1);
    const auto added =
        std::find_if(after.cbegin(), after.cend(), [](const CampApplication &a) { return a.login == u"new-camper"_s; });
    ASSERT_NE(added, after.cend());
    EXPECT_EQ(added->choices.firstChoice, 3);
    EXPECT_EQ(added->choices.otherWishes, (QList<int>{5, 6}));
    EXPECT_FALSE(added->choices.acceptsReassignment);
    EXPECT_EQ(added->stage, ApplicationStage::Applied);
    const qint64 id = added->id;
    const auto participants = [&] { return SqlQuery::scalar(db(), u"SELECT count(*) FROM participant"_s).toInt(); };
    const int people = participants();

    undo()->undo();
    EXPECT_EQ(programmes.applications(campTrack).size(), before);
    EXPECT_EQ(participants(), people - 1) << "the participant the application added goes too";
    undo()->redo();
    EXPECT_TRUE(programmes.application(id)) << "the same id again";
    EXPECT_EQ(participants(), people);
}

TEST_F(ProgrammeForms, AWeeklyReportIsEnteredForACamperAndUndoable)
{
    const CampApplication camper = applicationAt(ApplicationStage::Accepted, 6); // weeks 7-13 missing in the demo
    ASSERT_TRUE(camper.id);
    ProgrammeRepository programmes(db());
    const auto week7 = programmes.weeklyReport(camper.id, 7);
    EXPECT_FALSE(week7);
    onNextDialog<WeeklyReportDialog>([&](WeeklyReportDialog *d) {
        EXPECT_EQ(d->weekBox()->value(), 7) << "the first week not reported";
        EXPECT_EQ(d->weekBox()->maximum(), programmes.campWeeks());
        d->hoursBox()->setValue(18);
        d->linkEdit()->setText(u"weekly report 7"_s);
        EXPECT_FALSE(okOf(d)->isEnabled());
        EXPECT_TRUE(d->problem().contains(u"not a web address"_s)) << d->problem().toStdString();
        d->linkEdit()->setText(u"https://github.com/PaddlePaddle/community/issues/900#w7"_s);
        okOf(d)->click();
    });
    window->camp()->openWeeklyReport(camper.id);
    ASSERT_TRUE(programmes.weeklyReport(camper.id, 7));
    EXPECT_EQ(programmes.weeklyReport(camper.id, 7)->first, 18);
    undo()->undo();
    EXPECT_FALSE(programmes.weeklyReport(camper.id, 7));
    undo()->redo();

    // A week reported already shows what was reported; saving replaces it, undo puts it back.
    const auto week1 = programmes.weeklyReport(camper.id, 1);
    ASSERT_TRUE(week1);
    onNextDialog<WeeklyReportDialog>([&](WeeklyReportDialog *d) {
        d->weekBox()->setValue(1);
        EXPECT_EQ(d->hoursBox()->value(), week1->first);
        EXPECT_EQ(d->linkEdit()->text(), week1->second);
        d->hoursBox()->setValue(40);
        okOf(d)->click();
    });
    window->camp()->openWeeklyReport(camper.id);
    EXPECT_EQ(programmes.weeklyReport(camper.id, 1)->first, 40);
    undo()->undo();
    EXPECT_EQ(programmes.weeklyReport(camper.id, 1), week1);

    // Not a camper: no form, nothing written.
    const CampApplication applicant = applicationAt(ApplicationStage::Applied);
    EXPECT_FALSE(window->camp()->editor()->setWeeklyReport(applicant.id, 1, 30, {}).isEmpty());
}

TEST_F(ProgrammeForms, MarkupInTitlesShowsLiterallyInTheForms)
{
    // Titles come from GitHub: a form shows them as text, and its messages too.
    const QString markup = u"<b>粗体</b> <img src=\"x.png\"> & co"_s;
    const qint64 project2 = taskOf(fundableTrack, 2);
    SqlQuery(db(), u"UPDATE task SET title = ? WHERE id = ?"_s).bind(markup, project2).exec();
    FundableProjectView view;
    for (const FundableProjectView &f : ProgrammeRepository(db()).fundableProjects(fundableTrack))
        if (f.taskId == project2)
            view = f;
    ASSERT_EQ(view.title, markup);
    FundableProjectDialog d(view, Task::Defence::Pending);
    bool shown = false;
    for (const QLabel *l : d.findChildren<QLabel *>())
        if (l->text() == markup) {
            shown = true;
            EXPECT_EQ(l->textFormat(), Qt::PlainText);
        }
    EXPECT_TRUE(shown) << "the title is in the form as written";
    const QLabel *problem = d.findChild<QLabel *>(u"problem"_s);
    ASSERT_TRUE(problem);
    EXPECT_EQ(problem->textFormat(), Qt::PlainText);
}

// The forms save only what was edited, over the row as it is now: what another program (a sync, another
// staff member) changed while a form was open is kept, on save and on undo.
TEST_F(ProgrammeForms, TheApplicationAndFundableFormsWriteOnlyWhatWasEdited)
{
    const CampApplication a = applicationAt(ApplicationStage::Applied);
    ASSERT_TRUE(a.id);
    ASSERT_TRUE(a.notes.isEmpty());
    onNextDialog<CampApplicationDialog>([&](CampApplicationDialog *d) {
        {
            Database other(path); // another staff member writes a note meanwhile
            ProgrammeRepository(other).setInterview(a.id, {}, {}, u"Note from elsewhere"_s);
        }
        ASSERT_TRUE(d->chooseStage(ApplicationStage::InterviewScheduled));
        d->scheduledBox()->setChecked(true);
        QTest::keyClicks(d->interviewerEdit(), u"@SigureMo"_s);
        d->interviewEdit()->setDateTime(QDateTime(QDate(2024, 4, 2), QTime(14, 30)));
        okOf(d)->click();
    });
    window->camp()->openApplication(a.id);
    CampApplication after = *ProgrammeRepository(db()).application(a.id);
    EXPECT_EQ(after.stage, ApplicationStage::InterviewScheduled);
    EXPECT_EQ(after.interviewer, u"SigureMo"_s);
    EXPECT_EQ(after.notes, u"Note from elsewhere"_s) << "the notes were not edited in the form";
    undo()->undo();
    after = *ProgrammeRepository(db()).application(a.id);
    EXPECT_EQ(after.stage, ApplicationStage::Applied);
    EXPECT_TRUE(after.interviewer.isEmpty());
    EXPECT_EQ(after.notes, u"Note from elsewhere"_s) << "undo puts back only the edited fields";
    undo()->redo();
    EXPECT_EQ(ProgrammeRepository(db()).application(a.id)->interviewer, u"SigureMo"_s);

    const qint64 project2 = taskOf(fundableTrack, 2);
    ProgrammeRepository programmes(db());
    const QList<SubTask> stored = programmes.subTasks(project2);
    ASSERT_EQ(stored.size(), 10);
    ASSERT_FALSE(stored[7].done);
    ASSERT_FALSE(stored[9].done);
    const QString slides = u"https://example.com/slides-from-elsewhere.pdf"_s;
    onNextDialog<FundableProjectDialog>([&](FundableProjectDialog *d) {
        {
            Database other(path); // a sync completes sub-task 10 by a merged PR; someone adds the slides
            ProgrammeRepository there(other);
            there.linkSubTaskPr(project2, 10, u"PaddlePaddle/Paddle"_s, 4242, ProgrammeRepository::Complete::Always);
            there.setDeliverable(project2, u"slides"_s, slides);
        }
        d->table()->item(2, FundableProjectDialog::ColTitle)->setText(u"改过的标题"_s);
        d->table()->item(7, FundableProjectDialog::ColDone)->setCheckState(Qt::Checked);
        okOf(d)->click();
    });
    window->fundable()->openProject(project2);
    QList<SubTask> subs = programmes.subTasks(project2);
    ASSERT_EQ(subs.size(), 10);
    EXPECT_EQ(subs[2].title, u"改过的标题"_s);
    EXPECT_TRUE(subs[7].done);
    EXPECT_TRUE(subs[9].done) << "the sync's completion is kept";
    EXPECT_TRUE(subs[9].prs.contains(u"4242"_s));
    QMap<QString, QString> links;
    for (const auto &[kind, url] : programmes.deliverables(project2))
        links.insert(kind, url);
    EXPECT_EQ(links.value(u"slides"_s), slides);
    undo()->undo();
    subs = programmes.subTasks(project2);
    EXPECT_EQ(subs[2].title, stored[2].title);
    EXPECT_FALSE(subs[7].done);
    EXPECT_TRUE(subs[9].done) << "undo puts back only what the form changed";
    links.clear();
    for (const auto &[kind, url] : programmes.deliverables(project2))
        links.insert(kind, url);
    EXPECT_EQ(links.value(u"slides"_s), slides);
}
