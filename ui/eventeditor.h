#pragma once

#include "fieldedits.h"
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
    // Writes only the fields that differ between `loaded` (the row as the form opened it, at version
    // `loadedVersion`; 0 when not known) and `edited`, over the row as it is now; undo puts back only those
    // fields. When someone else saved the row meanwhile: with other values in fields the form edited, the
    // save is refused and conflict() says which (unless `onConflict` says whose values win); with changes
    // to other fields only, it is saved and notice() says so.
    QString updateTask(const Task &loaded, const Task &edited, const QString &direction, qint64 loadedVersion = 0,
                       OnConflict onConflict = OnConflict::Ask);
    QString removeTask(qint64 taskId);

    QString addParticipant(const Participant &participant);
    QString updateParticipant(const Participant &participant);
    QString updateParticipant(const Participant &loaded, const Participant &edited, qint64 loadedVersion = 0,
                              OnConflict onConflict = OnConflict::Ask); // as updateTask
    // Removes the participant, with their claims and memberships (the caller has asked the user).
    QString removeParticipant(qint64 participantId);

    QString addTeam(const Team &team);
    QString updateTeam(const Team &team);
    // As updateTask: the name and leader when edited; of the members, only those the form added or took
    // out (members another program added or removed meanwhile stay so).
    QString updateTeam(const Team &loaded, const Team &edited, qint64 loadedVersion = 0,
                       OnConflict onConflict = OnConflict::Ask);
    QString removeTeam(qint64 teamId);

    // Adds or corrects a claim by hand (see ManualClaims): marked manual, the task's finisher follows.
    QString saveClaim(const ClaimEdit &edit);
    QString removeClaim(qint64 claimId);

    qint64 lastInsertedId() const { return m_lastId; }
    // What the last edit has to tell besides success (e.g. the row had changed underneath); or empty.
    QString notice() const { return m_notice; }
    // Why the last update was refused when someone else saved the fields it edited; or empty.
    EditConflict conflict() const { return m_conflict; }

private:
    EventSession *m_session;
    qint64 m_lastId = 0;
    QString m_notice;
    EditConflict m_conflict;
};

} // namespace hd
