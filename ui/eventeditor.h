#pragma once

#include "model/participant.h"
#include "model/task.h"
#include "model/team.h"
#include "services/manualclaims.h"

#include <QCoreApplication>
#include <QString>

namespace hd {

class EventSession;

// The window's edits of tasks, participants, teams and claims, each one undoable command on the session's
// stack. Every function returns an empty string on success or the reason nothing changed.
class EventEditor
{
    Q_DECLARE_TR_FUNCTIONS(EventEditor)
public:
    explicit EventEditor(EventSession *session)
        : m_session(session)
    {}

    QString addTask(const Task &task, const QString &direction);
    QString updateTask(const Task &task, const QString &direction);
    QString removeTask(qint64 taskId);

    QString addParticipant(const Participant &participant);
    QString updateParticipant(const Participant &participant);
    // Removes the participant, with their claims and memberships (the caller has asked the user).
    QString removeParticipant(qint64 participantId);

    QString addTeam(const Team &team);
    QString updateTeam(const Team &team);
    QString removeTeam(qint64 teamId);

    // Adds or corrects a claim by hand (see ManualClaims): marked manual, the task's finisher follows.
    QString saveClaim(const ClaimEdit &edit);
    QString removeClaim(qint64 claimId);

    qint64 lastInsertedId() const { return m_lastId; }

private:
    EventSession *m_session;
    qint64 m_lastId = 0;
};

} // namespace hd
