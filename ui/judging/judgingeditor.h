#pragma once

#include "fieldedits.h"
#include "judging/assignment.h"
#include "judging/judgingmodel.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hd {

class EventSession;

// The window's judging edits, each one undoable command on the session's stack: judges, rubrics,
// submissions, score sheets, manual and automatic assignments. Every change also goes into the judging
// log (undo and redo included, as changes of their own). Every function returns an empty string on
// success or the reason nothing changed. Finalising and unlocking a track are logged but not undoable:
// unlocking needs its reason.
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

    QString addJudge(const Judge &judge);
    QString updateJudge(const Judge &judge);
    // Writes only the fields that differ between `loaded` (the judge as the form opened it) and `edited`,
    // over the row as it is now; undo puts back only those fields. When someone else saved the judge
    // meanwhile, as EventEditor::updateTask: a conflict in an edited field refuses the save (conflict()),
    // other changes are kept and notice() says so. updateSubmission likewise.
    QString updateJudge(const Judge &loaded, const Judge &edited, qint64 loadedVersion = 0,
                        OnConflict onConflict = OnConflict::Ask);
    // What deleting the judge takes with them (assignments, score sheets), as a question to ask first.
    QString judgeRemovalQuestion(qint64 judgeId) const;
    // Deletes the judge with their assignments and score sheets; undo brings all of it back.
    QString removeJudge(qint64 judgeId);

    // Creates or changes the track's rubric (rubric.trackId); criteria without an id are new.
    QString saveRubric(const Rubric &rubric);

    QString addSubmission(const Submission &submission);
    QString updateSubmission(const Submission &submission);
    QString updateSubmission(const Submission &loaded, const Submission &edited, qint64 loadedVersion = 0,
                             OnConflict onConflict = OnConflict::Ask);
    QString submissionRemovalQuestion(qint64 submissionId) const;
    // Deletes the submission with its assignments and score sheets; undo brings all of it back.
    QString removeSubmission(qint64 submissionId);

    // The id of the judge or submission the last add created.
    qint64 lastInsertedId() const { return m_lastId; }
    // What the last edit has to tell besides success (e.g. the row had changed underneath); or empty.
    QString notice() const { return m_notice; }
    // Why the last update was refused when someone else saved the fields it edited; or empty.
    EditConflict conflict() const { return m_conflict; }

private:
    // "Delete X, its 3 assignments and 2 score sheets?": what deleting the judge (judgeId) or the submission
    // (submissionId, of trackId) takes with it.
    QString removalQuestion(const QString &what, qint64 judgeId, qint64 submissionId, qint64 trackId) const;

    EventSession *m_session;
    qint64 m_lastId = 0;
    QString m_notice;
    EditConflict m_conflict;
};

} // namespace hd
