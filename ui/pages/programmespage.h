#pragma once

#include "programmeeditor.h"

#include <QWidget>

class QAction;
class QPushButton;

namespace hd {

class EventSession;
class TablePage;

// The code camp: its projects board (projects × stage) and the applications with each camper's weeks.
// An application opens in a form (button, double-click or context menu) that moves it along the
// pipeline, schedules its interview and keeps notes; an accepted camper's weekly reports and defence have
// forms of their own; applications that did not come as comments are entered by hand. Every change is
// undoable.
class CampPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampPage(EventSession *session, QWidget *parent = nullptr);
    TablePage *board() const { return m_board; }
    TablePage *applications() const { return m_applications; }
    ProgrammeEditor *editor() { return &m_editor; }
    // Moves the application, keeping its interview and notes; returns the reason it cannot, or empty.
    QString advance(qint64 applicationId, int stage, int project);
    // Opens the application's form, or the defence form of the accepted camper (modal).
    void openApplication(qint64 applicationId);
    void openDefence(qint64 applicationId);
    // Opens the form for an application entered by hand, or for an accepted camper's weekly report (modal).
    void openNewApplication();
    void openWeeklyReport(qint64 applicationId);

private:
    void updateActions();

    EventSession *m_session;
    ProgrammeEditor m_editor;
    TablePage *m_board;
    TablePage *m_applications;
    QPushButton *m_applicationButton;
    QPushButton *m_defenceButton;
    QPushButton *m_weekButton;
    QAction *m_applicationAction;
    QAction *m_defenceAction;
    QAction *m_weekAction;
};

// The fundable projects with their completion as a bar, sub-tasks and defence; a project opens in a form
// (button, double-click or context menu) for its defence result and sub-tasks, undoably.
class FundablePage : public QWidget
{
    Q_OBJECT
public:
    explicit FundablePage(EventSession *session, QWidget *parent = nullptr);
    TablePage *projects() const { return m_projects; }
    ProgrammeEditor *editor() { return &m_editor; }
    void openProject(qint64 taskId);

private:
    EventSession *m_session;
    ProgrammeEditor m_editor;
    TablePage *m_projects;
};

} // namespace hd
