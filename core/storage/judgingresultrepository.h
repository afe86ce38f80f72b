#pragma once

#include "judging/judgingmodel.h"
#include "judging/judgingrules.h"
#include "storage/judginglog.h"

#include <QList>
#include <QString>

namespace hd {

class Database;

// The lock of each track (its results made final) and the results read from the submitted score sheets.
//
// While a track is final, writes that touch its scores, assignments, submissions or rubric are refused
// (the other judging repositories ask requireUnlocked()). Finalising and unlocking are logged.
class JudgingResultRepository
{
public:
    explicit JudgingResultRepository(const Database &db)
        : m_db(db)
    {}

    // The lock
    TrackLock lock(qint64 trackId) const;
    // Throws the lock problem when the track is finalised.
    void requireUnlocked(qint64 trackId) const;
    void finalise(qint64 trackId, const QString &actor = currentActor());
    void unlock(qint64 trackId, const QString &reason, const QString &actor = currentActor());

    // Results: each judge's weighted score of each submitted sheet, and the ranked results of the track.
    QList<JudgeScore> judgeScores(qint64 trackId) const;
    QList<SubmissionResult> results(qint64 trackId) const;
    // The same from what was read already: the track's rubric, submissions and score sheets.
    static QList<JudgeScore> judgeScores(const std::optional<Rubric> &rubric, const QList<Submission> &submissions,
                                         const QList<ScoreSheet> &sheets);
    static QList<SubmissionResult> results(const std::optional<Rubric> &rubric, const QList<Submission> &submissions,
                                           const QList<ScoreSheet> &sheets);

private:
    const Database &m_db;
};

} // namespace hd
