#pragma once

#include <QWidget>

namespace hd {

class EventSession;
class TablePage;

// The code camp: its projects board (projects × stage) and the applications with each camper's weeks;
// Advance moves an application along the pipeline (undoable).
class CampPage : public QWidget
{
    Q_OBJECT
public:
    explicit CampPage(EventSession *session, QWidget *parent = nullptr);
    TablePage *board() const { return m_board; }
    TablePage *applications() const { return m_applications; }
    // Moves the application; returns the reason it cannot, or empty.
    QString advance(qint64 applicationId, int stage, int project);

private:
    void advanceSelected();

    EventSession *m_session;
    TablePage *m_board;
    TablePage *m_applications;
};

// The fundable projects with their completion as a bar, sub-tasks and defence.
class FundablePage : public QWidget
{
    Q_OBJECT
public:
    explicit FundablePage(EventSession *session, QWidget *parent = nullptr);
    TablePage *projects() const { return m_projects; }

private:
    TablePage *m_projects;
};

} // namespace hd
