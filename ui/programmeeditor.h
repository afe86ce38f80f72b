#pragma once

#include "storage/programmerepository.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace hd {

class EventSession;

// The window's edits of the code camp and the fundable projects, each one undoable command on the
// session's stack. Every function returns an empty string on success or the reason nothing changed.
class ProgrammeEditor
{
    Q_DECLARE_TR_FUNCTIONS(ProgrammeEditor)
public:
    explicit ProgrammeEditor(EventSession *session)
        : m_session(session)
    {}

    // What the application form saves: the interview and notes, and the stage it moves to (with the
    // project for accepted and waitlisted) when that differs from the stored one.
    struct ApplicationEdit
    {
        qint64 id = 0;
        ApplicationStage stage = ApplicationStage::Applied;
        int project = 0;
        QDateTime interviewAt; // invalid = none
        QString interviewer;
        QString notes;
    };
    static ApplicationEdit editOf(const CampApplication &application);
    // Saves the fields in which `edited` differs from `loaded` (the form as it opened), written over the
    // application as it is now, so that what another program changed meanwhile (a sync updating the wishes,
    // another staff member's notes) is kept; undo puts back only those fields.
    QString editApplication(const ApplicationEdit &loaded, const ApplicationEdit &edited);
    // The same against the application as it is now (a stage move from the table).
    QString editApplication(const ApplicationEdit &edit);
    // An application entered by hand for `login` (a participant, added when new) with these choices.
    QString addApplication(qint64 trackId, const QString &login, const CampChoices &choices);
    // A camper's weekly report: the hours and link of that week, replacing what was reported.
    QString setWeeklyReport(qint64 applicationId, int week, int hours, const QString &link);

    // Stores the camper's defence, or with nullopt removes it (not defended yet).
    QString setCampDefence(qint64 taskId, qint64 participantId, const std::optional<CampDefence> &defence);

    // What the fundable form edits: the defence result, the sub-tasks and the deliverables' links.
    struct FundableEdit
    {
        Task::Defence defence = Task::Defence::Pending;
        QList<SubTask> subTasks;
        QList<std::pair<QString, QString>> deliverables; // kind, url; an empty url = none
    };
    // Saves what differs between `edited` and `loaded` (the form as it opened), sub-task by sub-task and
    // field by field, over the project as it is now: a sub-task a sync marked done meanwhile stays done.
    QString editFundable(qint64 taskId, const FundableEdit &loaded, const FundableEdit &edited);
    // The same against the project as it is now.
    QString editFundable(qint64 taskId, Task::Defence defence, const QList<SubTask> &subTasks,
                         const QList<std::pair<QString, QString>> &deliverables = {});

private:
    EventSession *m_session;
};

} // namespace hd
