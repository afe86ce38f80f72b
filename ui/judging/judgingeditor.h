#pragma once

#include "judging/assignment.h"
#include "judging/judgingmodel.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hd {

class EventSession;

// The window's judging edits, each one undoable command on the session's stack: score sheets, manual
// and automatic assignments. Every change also goes into the judging log (undo and redo included, as
// changes of their own). Every function returns an empty string on success or the reason nothing changed.
// Finalising and unlocking a track are logged but not undoable: unlocking needs its reason.
class JudgingEditor
{
    Q_DECLARE_TR_FUNCTIONS(JudgingEditor)
public:
    explicit JudgingEditor(EventSession *session)
        : m_session(session)
    {}

    // Saves the judge's sheet for the submission (replacing the one there).
    QString saveSheet(const ScoreSheet &sheet);
    QString removeSheet(qint64 judgeId, qint64 submissionId);

    QString assign(qint64 judgeId, qint64 submissionId);
    QString unassign(qint64 judgeId, qint64 submissionId);
    // Assigns the track automatically; `result` receives what was done (gaps included).
    QString autoAssign(qint64 trackId, int perSubmission, AssignmentResult *result = nullptr);

    QString finalise(qint64 trackId);
    QString unlock(qint64 trackId, const QString &reason);

private:
    EventSession *m_session;
};

} // namespace hd
