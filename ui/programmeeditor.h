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
    QString editApplication(const ApplicationEdit &edit);
    // An application entered by hand for `login` (a participant, added when new) with these choices.
    QString addApplication(qint64 trackId, const QString &login, const CampChoices &choices);
    // A camper's weekly report: the hours and link of that week, replacing what was reported.
    QString setWeeklyReport(qint64 applicationId, int week, int hours, const QString &link);

    // Stores the camper's defence, or with nullopt removes it (not defended yet).
    QString setCampDefence(qint64 taskId, qint64 participantId, const std::optional<CampDefence> &defence);

    // The fundable project's defence result, its whole list of sub-tasks and its deliverables' links.
    QString editFundable(qint64 taskId, Task::Defence defence, const QList<SubTask> &subTasks,
                         const QList<std::pair<QString, QString>> &deliverables = {});

private:
    EventSession *m_session;
};

} // namespace hd
