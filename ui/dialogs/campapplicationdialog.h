#pragma once

#include "formdialog.h"
#include "programmeeditor.h"
#include "storage/programmerepository.h"

#include <QTimeZone>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;

namespace hd {

class Database;

// A code-camp application in the pipeline: its next stage (forward only, as the camp rules allow), the
// project for accepted and waitlisted (seats and reassignment consent checked as you choose), the
// interview's time (in the event's time zone) and interviewer, and notes.
class CampApplicationDialog : public FormDialog
{
    Q_OBJECT
public:
    CampApplicationDialog(const Database &db, const CampApplication &application, QWidget *parent = nullptr);

    ProgrammeEditor::ApplicationEdit edit() const;

    QComboBox *stageBox() const { return m_stage; }
    QComboBox *projectBox() const { return m_project; }
    QCheckBox *scheduledBox() const { return m_scheduled; }
    QDateTimeEdit *interviewEdit() const { return m_interviewAt; }
    QLineEdit *interviewerEdit() const { return m_interviewer; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    // Chooses the stage by value; false when the form does not offer it.
    bool chooseStage(ApplicationStage stage);
    bool chooseProject(int number);

private:
    QString validate() const;
    ApplicationStage stage() const;
    void updateFields();

    const Database &m_db;
    CampApplication m_application;
    QList<CampProject> m_projects;
    QTimeZone m_zone;
    QComboBox *m_stage;
    QComboBox *m_project;
    QCheckBox *m_scheduled;
    QDateTimeEdit *m_interviewAt;
    QLineEdit *m_interviewer;
    QPlainTextEdit *m_notes;
};

} // namespace hd
