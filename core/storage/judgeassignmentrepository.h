#pragma once

#include "judging/judgingmodel.h"
#include "judging/judgingrules.h"
#include "model/error.h"
#include "storage/rowsnapshot.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace hd {

class Database;

// Who is making a change, for the judging log: the operating system's user name ("staff" when unknown).
QString currentActor();

// A score sheet changed by someone else since the editor read it (see setSheetIfUnchanged()).
class SheetConflict : public Error
{
public:
    SheetConflict(const QString &message, std::optional<ScoreSheet> theirs)
        : Error(message)
        , m_theirs(std::move(theirs))
    {}
    // The sheet as it is stored now (nullopt: deleted).
    const std::optional<ScoreSheet> &theirs() const { return m_theirs; }

private:
    std::optional<ScoreSheet> m_theirs;
};

// A judge with what the screens and the assignment show beside them.
struct JudgeLoad
{
    Judge judge;
    int assigned = 0;  // in the track asked for (all tracks when 0)
    int submitted = 0; // sheets submitted among those
};

// Judges, rubrics, submissions, assignments, score sheets, the lock of each track and the judging log.
//
// Every write validates first and throws hd::Error, naming what is wrong, changing nothing. Writes that
// touch scores, assignments, submissions or the rubric of a finalised track are refused. Every change of
// a score sheet, an assignment, the lock, the rubric, a judge or a submission is written to the judging
// log with who, when, old and new value.
class JudgingRepository
{
public:
    explicit JudgingRepository(const Database &db)
        : m_db(db)
    {}

    // Judges
    QList<Judge> judges(qint64 trackId = 0) const; // by login; only the track's when trackId is set
    std::optional<Judge> judge(qint64 id) const;
    std::optional<Judge> judgeByLogin(QStringView login) const; // a leading '@' is ignored
    Judge requireJudgeByLogin(QStringView login) const;         // throws naming the login when there is none
    QList<JudgeLoad> judgeLoads(qint64 trackId = 0) const;
    qint64 insertJudge(const Judge &judge, const QString &actor = currentActor()); // keeps judge.id when set
    // Refused when it would take the judge off a track where they have assignments.
    void updateJudge(const Judge &judge, const QString &actor = currentActor());
    // Deletes a judge and their packet state. With `dropWork` their assignments and score sheets go too
    // (each logged; refused in a final track); without, a judge with assignments is refused. Returns the
    // rows, for restoreRemoved().
    RowSnapshot removeJudge(qint64 id, bool dropWork = false, const QString &actor = currentActor());

    // Rubrics
    std::optional<Rubric> rubric(qint64 trackId) const;
    Rubric requireRubric(qint64 trackId) const; // throws when the track has none
    // Saves the track's rubric: criteria with an id are updated, without one added, missing ones deleted
    // (refused while they have scores). Returns the rubric as stored (with ids).
    Rubric saveRubric(const Rubric &rubric, const QString &actor = currentActor());
    // Puts the track's rubric back to `state` as saveRubric() does, except that criteria whose id no
    // longer exists are created again under that id; nullopt removes the rubric (refused while it has
    // scores). What undo and redo use.
    Rubric restoreRubric(qint64 trackId, const std::optional<Rubric> &state, const QString &actor = currentActor(),
                         const QString &note = {});

    // Submissions
    QList<Submission> submissions(qint64 trackId = 0) const; // by id
    std::optional<Submission> submission(qint64 id) const;
    // Keeps submission.id when set.
    qint64 insertSubmission(const Submission &submission, const QString &actor = currentActor());
    void updateSubmission(const Submission &submission, const QString &actor = currentActor());
    // Deletes a submission and its links. With `dropWork` its assignments and score sheets go too (each
    // logged); without, a submission with judges is refused. Refused in a final track. Returns the rows,
    // for restoreRemoved().
    RowSnapshot removeSubmission(qint64 id, bool dropWork = false, const QString &actor = currentActor());
    // Puts back what removeJudge() or removeSubmission() took, same ids and values, logging what returns.
    void restoreRemoved(const RowSnapshot &rows, const QString &actor = currentActor(), const QString &note = {});
    // "@login" or the team's name; "(deleted participant #3)" when it is gone.
    QString authorLabel(const Submission &submission) const;
    // "#12 飞桨新 IR 入门与实践": how messages name a submission.
    QString submissionLabel(const Submission &submission) const;
    SubmissionProfile profile(const Submission &submission) const;
    JudgeProfile profile(const Judge &judge) const;
    // Why the judge may not judge the submission, or nullopt.
    std::optional<QString> conflict(const Judge &judge, const Submission &submission) const;

    // Assignments
    QList<Assignment> assignments(qint64 trackId = 0) const; // by submission, judge
    bool isAssigned(qint64 judgeId, qint64 submissionId) const;
    // Assigns a judge of the submission's track who has no conflict with it; refused when locked.
    void assign(qint64 judgeId, qint64 submissionId, bool manual, const QString &actor = currentActor());
    // The same for many (judge, submission) pairs, all or nothing: every pair is checked before any is
    // written. Pairs assigned already are left as they are.
    void assign(const QList<std::pair<qint64, qint64>> &pairs, bool manual, const QString &actor = currentActor());
    // Removes an assignment that has no score sheet; refused when locked.
    void unassign(qint64 judgeId, qint64 submissionId, const QString &actor = currentActor());

    // Score sheets
    std::optional<ScoreSheet> sheet(qint64 judgeId, qint64 submissionId) const;
    QList<ScoreSheet> sheets(qint64 trackId = 0) const; // by submission, judge
    // Creates or replaces the judge's sheet for the submission (assigned, valid under the rubric, track
    // not locked) and logs each change; a sheet with the same content changes nothing. Returns whether
    // anything changed.
    bool saveSheet(const ScoreSheet &sheet, const QString &actor = currentActor(), const QString &note = {});
    // Deletes the sheet, logging what it held. Returns whether there was one.
    bool removeSheet(qint64 judgeId, qint64 submissionId, const QString &actor = currentActor(),
                     const QString &note = {});
    // Puts the sheet back to `state` (saved, or deleted when nullopt): what undo and imports use.
    bool setSheet(qint64 judgeId, qint64 submissionId, const std::optional<ScoreSheet> &state,
                  const QString &actor = currentActor(), const QString &note = {});
    // setSheet() for an editor that read the sheet as `expected` (nullopt: there was none): saves only when
    // the stored sheet still has that content, else throws SheetConflict (holding the stored sheet) and
    // changes nothing. Saves of the same sheet by several clients at once take turns, so none is lost.
    bool setSheetIfUnchanged(qint64 judgeId, qint64 submissionId, const std::optional<ScoreSheet> &expected,
                             const std::optional<ScoreSheet> &state, const QString &actor = currentActor(),
                             const QString &note = {});

    // The lock
    TrackLock lock(qint64 trackId) const;
    // Throws the lock problem when the track is finalised.
    void requireUnlocked(qint64 trackId) const;
    void finalise(qint64 trackId, const QString &actor = currentActor());
    void unlock(qint64 trackId, const QString &reason, const QString &actor = currentActor());

    // The log, newest first; only the track's when trackId is set.
    QList<JudgingLogEntry> log(qint64 trackId = 0, int limit = 1000) const;
    void addLog(const JudgingLogEntry &entry);

    // Results: each judge's weighted score of each submitted sheet, and the ranked results of the track.
    QList<JudgeScore> judgeScores(qint64 trackId) const;
    QList<SubmissionResult> results(qint64 trackId) const;

private:
    Rubric writeRubric(const Rubric &rubric, bool restoring, const QString &actor, const QString &note);
    QString judgeSummary(const Judge &judge) const;                // for the log
    QString submissionSummary(const Submission &submission) const; // for the log
    // Logs every line of a sheet that was added (nothing → value) or removed (value → nothing).
    void logWholeSheet(const ScoreSheet &sheet, bool added, const QString &actor, const QString &note);
    void validateJudge(const Judge &judge) const;
    void writeJudgeDetails(const Judge &judge);
    void validateSubmission(const Submission &submission) const;
    void writeLinks(const Submission &submission);
    QString trackName(qint64 trackId) const;
    QString judgeLogin(qint64 judgeId) const;
    qint64 trackOfSubmission(qint64 submissionId) const;

    struct ProfileIndex;
    const ProfileIndex &profileIndex() const;

    const Database &m_db;
    // The people, teams and campers behind the conflict rule, read by profile() and kept until the database
    // changes.
    mutable std::shared_ptr<const ProfileIndex> m_profiles;
};

} // namespace hd
