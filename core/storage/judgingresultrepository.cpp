#include "judgingresultrepository.h"

#include "judging/judgingrules.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgingrows.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/sqlquery.h"
#include "storage/submissionrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Judging)
};
} // namespace

using judgingrows::dateFrom;
using judgingrows::now;
using judgingrows::trackName;

// ---- The lock --------------------------------------------------------------------------------------------

TrackLock JudgingResultRepository::lock(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT finalised_at, finalised_by FROM judging_lock WHERE track_id = ?"_s);
    q.bind(trackId).exec();
    if (!q.next())
        return {};
    return {true, dateFrom(q.value(0)), q.value(1).toString()};
}

void JudgingResultRepository::requireUnlocked(qint64 trackId) const
{
    const QString problem = lockProblem(lock(trackId), trackName(m_db, trackId));
    if (!problem.isEmpty())
        throw Error(problem);
}

void JudgingResultRepository::finalise(qint64 trackId, const QString &actor)
{
    if (!EventRepository(m_db).track(trackId))
        throw Error(Tr::tr("There is no track %1.").arg(trackId));
    if (lock(trackId).finalised)
        throw Error(Tr::tr("The results of \"%1\" are already final.").arg(trackName(m_db, trackId)));
    Transaction tx(m_db);
    SqlQuery(m_db, u"INSERT INTO judging_lock (track_id, finalised_at, finalised_by) VALUES (?, ?, ?)"_s)
        .bind(trackId, now(), actor)
        .exec();
    JudgingLogRepository(m_db).addLog({0, {}, actor, u"finalise"_s, trackId, {}, 0, {}, u"open"_s, u"final"_s, {}});
    tx.commit();
}

void JudgingResultRepository::unlock(qint64 trackId, const QString &reason, const QString &actor)
{
    const QString problem = unlockReasonProblem(reason);
    if (!problem.isEmpty())
        throw Error(problem);
    if (!lock(trackId).finalised)
        throw Error(
            Tr::tr("The results of \"%1\" are not final: there is nothing to unlock.").arg(trackName(m_db, trackId)));
    Transaction tx(m_db);
    SqlQuery(m_db, u"DELETE FROM judging_lock WHERE track_id = ?"_s).bind(trackId).exec();
    JudgingLogRepository(m_db).addLog(
        {0, {}, actor, u"unlock"_s, trackId, {}, 0, {}, u"final"_s, u"open"_s, reason.trimmed()});
    tx.commit();
}

// ---- Results ---------------------------------------------------------------------------------------------

QList<JudgeScore> JudgingResultRepository::judgeScores(qint64 trackId) const
{
    const auto rubric = RubricRepository(m_db).rubric(trackId);
    if (!rubric)
        return {};
    return judgeScores(rubric, SubmissionRepository(m_db).submissions(trackId), ScoreRepository(m_db).sheets(trackId));
}

QList<JudgeScore> JudgingResultRepository::judgeScores(const std::optional<Rubric> &rubric,
                                                       const QList<Submission> &submissions,
                                                       const QList<ScoreSheet> &sheets)
{
    if (!rubric)
        return {};
    const QHash<qint64, QHash<qint64, double>> derived = derivedScores(*rubric, submissions);
    QList<JudgeScore> out;
    for (const ScoreSheet &s : sheets) {
        if (s.status != SheetStatus::Submitted)
            continue;
        if (const auto w = weightedScore(*rubric, s.scores, derived.value(s.submissionId)))
            out.append({s.judgeId, s.submissionId, *w});
    }
    return out;
}

QList<SubmissionResult> JudgingResultRepository::results(qint64 trackId) const
{
    QList<qint64> ids;
    for (const Submission &s : SubmissionRepository(m_db).submissions(trackId))
        ids.append(s.id);
    return rankSubmissions(judgeScores(trackId), ids);
}

QList<SubmissionResult> JudgingResultRepository::results(const std::optional<Rubric> &rubric,
                                                         const QList<Submission> &submissions,
                                                         const QList<ScoreSheet> &sheets)
{
    QList<qint64> ids;
    for (const Submission &s : submissions)
        ids.append(s.id);
    return rankSubmissions(judgeScores(rubric, submissions, sheets), ids);
}

} // namespace hd
