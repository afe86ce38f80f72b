#include "programmespage.h"

#include "dialogs/campapplicationdialog.h"
#include "dialogs/campdefencedialog.h"
#include "dialogs/fundableprojectdialog.h"
#include "dialogs/newapplicationdialog.h"
#include "dialogs/weeklyreportdialog.h"
#include "eventsession.h"
#include "messages.h"
#include "models/chipdelegate.h"
#include "models/eventtables.h"
#include "models/progressdelegate.h"
#include "storage/programmerepository.h"
#include "storage/eventrepository.h"
#include "storage/taskrepository.h"
#include "tablepage.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

CampPage::CampPage(EventSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_editor(session)
    , m_board(new TablePage(EventTables::campBoard(session, this), this))
    , m_applications(new TablePage(EventTables::applications(session, this), this))
    , m_applicationButton(new QPushButton(tr("&Application…"), this))
    , m_defenceButton(new QPushButton(tr("De&fence…"), this))
    , m_weekButton(new QPushButton(tr("&Weekly Report…"), this))
    , m_applicationAction(new QAction(tr("Application…"), this))
    , m_defenceAction(new QAction(tr("Defence…"), this))
    , m_weekAction(new QAction(tr("Weekly Report…"), this))
{
    QStringList stages;
    for (auto s : {CampProjectStage::OpenSeat, CampProjectStage::Interviewing, CampProjectStage::Filled,
                   CampProjectStage::InProgress, CampProjectStage::Defended})
        stages << campProjectStageName(s);
    m_board->addColumnFilter(EventTables::CampStage, tr("Every stage"), stages);
    QStringList pipeline;
    for (int i = 0; i < ApplicationStageCount; ++i)
        pipeline << applicationStageName(static_cast<ApplicationStage>(i));
    m_applications->addColumnFilter(EventTables::AppStage, tr("Every stage"), pipeline);
    m_applications->view()->setItemDelegateForColumn(EventTables::AppWeeks, new ChipDelegate(m_applications));
    m_applications->view()->resizeColumnsToContents();

    m_applicationButton->setToolTip(
        tr("Move the selected application along the pipeline, schedule its interview, keep notes"));
    m_defenceButton->setToolTip(tr("Record the selected camper's defence: grade, date and months"));
    m_weekButton->setToolTip(tr("Record the hours and link of one of the selected camper's weeks"));
    auto *newButton = new QPushButton(tr("&New Application…"), this);
    newButton->setToolTip(tr("Enter an application that did not come as a comment on the camp issue"));
    connect(newButton, &QPushButton::clicked, this, &CampPage::openNewApplication);
    m_applications->addToBar(newButton);
    m_applications->addToBar(m_applicationButton);
    m_applications->addToBar(m_weekButton);
    m_applications->addToBar(m_defenceButton);
    QTableView *view = m_applications->view();
    view->addAction(m_applicationAction);
    view->addAction(m_weekAction);
    view->addAction(m_defenceAction);
    const auto openSelected = [this] {
        if (const qint64 id = m_applications->selectedId())
            openApplication(id);
    };
    const auto defendSelected = [this] {
        if (const qint64 id = m_applications->selectedId())
            openDefence(id);
    };
    connect(m_applicationButton, &QPushButton::clicked, this, openSelected);
    connect(m_applicationAction, &QAction::triggered, this, openSelected);
    connect(view, &QTableView::doubleClicked, this, openSelected);
    connect(m_defenceButton, &QPushButton::clicked, this, defendSelected);
    connect(m_defenceAction, &QAction::triggered, this, defendSelected);
    const auto weekOfSelected = [this] {
        if (const qint64 id = m_applications->selectedId())
            openWeeklyReport(id);
    };
    connect(m_weekButton, &QPushButton::clicked, this, weekOfSelected);
    connect(m_weekAction, &QAction::triggered, this, weekOfSelected);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &CampPage::updateActions);
    connect(m_applications->model(), &QAbstractItemModel::modelReset, this, &CampPage::updateActions);
    updateActions();

    auto *legend = new QLabel(tr("Weeks: <span style=\"background:#2ECC71\">&nbsp;reported&nbsp;</span> "
                                 "<span style=\"background:#F39C12\">&nbsp;under the minimum&nbsp;</span> "
                                 "<span style=\"background:#E74C3C\">&nbsp;missing&nbsp;</span> "
                                 "<span style=\"background:#D5D8DC\">&nbsp;to come&nbsp;</span>"),
                              this);
    m_applications->addFooter(legend);
    m_applications->addLoginActions(EventTables::AppLogin);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"camp"_s); // its sizes are kept (MainWindow)
    splitter->addWidget(m_board);
    splitter->addWidget(m_applications);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);
}

void CampPage::updateActions()
{
    const qint64 id = m_applications->selectedId();
    const auto a = id ? ProgrammeRepository(m_session->database()).application(id) : std::nullopt;
    const bool camper = a && a->stage == ApplicationStage::Accepted;
    m_applicationButton->setEnabled(a.has_value());
    m_applicationAction->setEnabled(a.has_value());
    m_defenceButton->setEnabled(camper);
    m_defenceAction->setEnabled(camper);
    m_weekButton->setEnabled(camper);
    m_weekAction->setEnabled(camper);
}

QString CampPage::advance(qint64 applicationId, int stage, int project)
{
    const auto before = ProgrammeRepository(m_session->database()).application(applicationId);
    if (!before)
        return tr("That application no longer exists.");
    ProgrammeEditor::ApplicationEdit edit;
    edit.id = applicationId;
    edit.stage = static_cast<ApplicationStage>(stage);
    edit.project = project;
    edit.interviewAt = before->interviewAt;
    edit.interviewer = before->interviewer;
    edit.notes = before->notes;
    return m_editor.editApplication(edit);
}

void CampPage::openApplication(qint64 applicationId)
{
    const auto a = ProgrammeRepository(m_session->database()).application(applicationId);
    if (!a)
        return;
    CampApplicationDialog dialog(m_session->database(), *a, this);
    dialog.setSubmit([&] { return m_editor.editApplication(ProgrammeEditor::editOf(*a), dialog.edit()); });
    dialog.exec();
}

void CampPage::openDefence(qint64 applicationId)
{
    const Database &db = m_session->database();
    const auto a = ProgrammeRepository(db).application(applicationId);
    if (!a)
        return;
    const auto task = a->project > 0 ? TaskRepository(db).byNumber(a->trackId, a->project) : std::nullopt;
    if (a->stage != ApplicationStage::Accepted || !task) {
        messages::information(this, tr("Defence"),
                              tr("@%1 is not an accepted camper: only campers defend.").arg(a->login));
        return;
    }
    CampDefenceDialog dialog(db, *a, task->id, this);
    dialog.setSubmit(
        [&] { return m_editor.setCampDefence(dialog.taskId(), dialog.participantId(), dialog.defence()); });
    dialog.exec();
}

void CampPage::openNewApplication()
{
    const Database &db = m_session->database();
    qint64 trackId = 0;
    for (const Track &t : EventRepository(db).tracks())
        if (t.kind == TrackKind::Camp && trackId == 0)
            trackId = t.id;
    if (trackId == 0) {
        messages::information(this, tr("New application"), tr("The event has no code-camp track."));
        return;
    }
    NewApplicationDialog dialog(db, trackId, this);
    dialog.setSubmit([&] { return m_editor.addApplication(trackId, dialog.login(), dialog.choices()); });
    dialog.exec();
}

void CampPage::openWeeklyReport(qint64 applicationId)
{
    const auto a = ProgrammeRepository(m_session->database()).application(applicationId);
    if (!a)
        return;
    if (a->stage != ApplicationStage::Accepted) {
        messages::information(this, tr("Weekly report"),
                              tr("@%1 is not an accepted camper: weekly reports are for campers.").arg(a->login));
        return;
    }
    WeeklyReportDialog dialog(m_session->database(), *a, this);
    dialog.setSubmit(
        [&] { return m_editor.setWeeklyReport(dialog.applicationId(), dialog.week(), dialog.hours(), dialog.link()); });
    dialog.exec();
}

FundablePage::FundablePage(EventSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_editor(session)
    , m_projects(new TablePage(EventTables::fundable(session, this), this))
{
    m_projects->view()->setItemDelegateForColumn(EventTables::FundCompletion, new ProgressDelegate(m_projects));
    m_projects->view()->setColumnWidth(EventTables::FundCompletion, 160);
    auto *edit = new QPushButton(tr("&Defence and Sub-tasks…"), this);
    edit->setToolTip(tr("Record the selected project's defence result and edit its sub-tasks"));
    auto *action = new QAction(tr("Defence and Sub-tasks…"), this);
    m_projects->addToBar(edit);
    QTableView *view = m_projects->view();
    view->addAction(action);
    const auto openSelected = [this] {
        if (const qint64 id = m_projects->selectedId())
            openProject(id);
    };
    connect(edit, &QPushButton::clicked, this, openSelected);
    connect(action, &QAction::triggered, this, openSelected);
    connect(view, &QTableView::doubleClicked, this, openSelected);
    auto *note = new QLabel(tr("Completion is the done share of the sub-tasks; a project is paid from the "
                               "track's threshold on, in proportion, after a passed defence."),
                            this);
    note->setWordWrap(true);
    m_projects->addFooter(note);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_projects);
}

void FundablePage::openProject(qint64 taskId)
{
    const Database &db = m_session->database();
    const auto task = TaskRepository(db).get(taskId);
    if (!task)
        return;
    FundableProjectView project;
    for (const FundableProjectView &f : ProgrammeRepository(db).fundableProjects(task->trackId))
        if (f.taskId == taskId)
            project = f;
    if (!project.taskId)
        return;
    FundableProjectDialog dialog(project, task->defence, this);
    const ProgrammeEditor::FundableEdit loaded{task->defence, project.subTasks, project.deliverables};
    dialog.setSubmit([&] {
        return m_editor.editFundable(taskId, loaded, {dialog.defence(), dialog.subTasks(), dialog.deliverables()});
    });
    dialog.exec();
}

} // namespace hd
