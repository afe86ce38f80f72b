#pragma once

#include "judging/judgingmodel.h"
#include "judging/judgingrules.h"
#include "storage/judginglog.h"
#include "storage/rowsnapshot.h"

#include <QList>
#include <QString>

#include <memory>
#include <optional>
#include <utility>

namespace hd {

class Database;

// A judge with what the screens and the assignment show beside them.
struct JudgeLoad
{
    Judge judge;
    int assigned = 0;  // in the track asked for (all tracks when 0)
    int submitted = 0; // sheets submitted among those
};

// Judges with their tracks and declared conflicts, and who judges which submission (tables judge,
// judge_track, judge_conflict and assignment), with the conflict rule that decides who may.
//
// Every write validates first and throws hd::Error, naming what is wrong, changing nothing; assignments
// in a finalised track are refused. Every change of a judge or an assignment is written to the judging
// log with who, when, old and new value.
class JudgeAssignmentRepository
{
public:
    explicit JudgeAssignmentRepository(const Database &db)
        : m_db(db)
        , m_log(db)
    {}

    // Judges
    QList<Judge> judges(qint64 trackId = 0) const; // by login; only the track's when trackId is set
    std::optional<Judge> judge(qint64 id) const;
    std::optional<Judge> judgeByLogin(QStringView login) const; // a leading '@' is ignored
    Judge requireJudgeByLogin(QStringView login) const;         // throws naming the login when there is none
    QList<JudgeLoad> judgeLoads(qint64 trackId = 0) const;
    // The same from `everyJudge` (judges() of every track, read already): one statement.
    QList<JudgeLoad> judgeLoads(qint64 trackId, const QList<Judge> &everyJudge) const;
    qint64 insertJudge(const Judge &judge, const QString &actor = currentActor()); // keeps judge.id when set
    // Refused when it would take the judge off a track where they have assignments.
    void updateJudge(const Judge &judge, const QString &actor = currentActor());
    // Deletes a judge and their packet state. With `dropWork` their assignments and score sheets go too
    // (each logged; refused in a final track); without, a judge with assignments is refused. Returns the
    // rows, for restoreRemoved().
    RowSnapshot removeJudge(qint64 id, bool dropWork = false, const QString &actor = currentActor());
    // Puts back what removeJudge() or SubmissionRepository::removeSubmission() took, same ids and values,
    // logging what returns.
    void restoreRemoved(const RowSnapshot &rows, const QString &actor = currentActor(), const QString &note = {});

    // The conflict rule
    SubmissionProfile profile(const Submission &submission) const;
    // The profiles of many, by submission id, from one check that the people behind them are unchanged
    // (on a shared event a round trip, which profile() makes each time).
    QHash<qint64, SubmissionProfile> profiles(const QList<Submission> &submissions) const;
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

private:
    QString judgeSummary(const Judge &judge) const; // for the log
    void validateJudge(const Judge &judge) const;
    void writeJudgeDetails(const Judge &judge);

    struct ProfileIndex;
    const ProfileIndex &profileIndex() const;
    static SubmissionProfile profileIn(const ProfileIndex &index, const Submission &submission);

    const Database &m_db;
    JudgingLogRepository m_log;
    // The people, teams and campers behind the conflict rule, read by profile() and kept until the database
    // changes.
    mutable std::shared_ptr<const ProfileIndex> m_profiles;
};

} // namespace hd
