#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

// Automatic assignment of judges to the submissions of one track. Pure.
//
// - Every submission gets `perSubmission` judges (K, default 3), counting the judges it already has;
//   existing assignments are kept, never moved. A submission already at or above K gets nobody new.
// - Never a conflicted judge: a pair listed in `conflicts` is not assigned.
// - Loads are as balanced as the constraints allow: among all assignments that give every submission
//   its judges, the one with the smallest sum of squared loads (existing assignments counted), which is
//   also one with the smallest max − min. Without conflicts or uneven existing loads, max − min ≤ 1.
//   (Successive shortest paths: each new assignment goes to the least-loaded judge reachable by moving
//   assignments made in this run along eligible pairs; every step is then a minimum-cost flow.)
// - A submission with fewer free judges than it needs gets every one it can and is reported as a gap,
//   naming why: how many judges the track has, who is already on it and each conflicted judge's reason.
// - Deterministic: the same input gives the same output, whatever order the lists come in.

namespace hd {

struct AssignmentInput
{
    int perSubmission = 3;
    QList<qint64> judges;      // the judge ids of the track
    QList<qint64> submissions; // the submission ids of the track
    // (submission, judge) -> why they conflict
    QHash<QPair<qint64, qint64>, QString> conflicts;
    QList<QPair<qint64, qint64>> existing;   // (submission, judge) already assigned
    QHash<qint64, QString> judgeLabels;      // judge id -> "@login", for messages
    QHash<qint64, QString> submissionLabels; // submission id -> "#3 title", for messages
};

// A submission that cannot get K judges.
struct AssignmentGap
{
    qint64 submissionId = 0;
    int judges = 0; // how many it has after the assignment
    QString reason; // translated, naming the conflicted judges and why
};

struct AssignmentResult
{
    QList<QPair<qint64, qint64>> added; // (submission, judge), sorted
    QList<AssignmentGap> gaps;          // by submission id
    QMap<qint64, int> loads;            // judge id -> assignments in the track afterwards

    bool complete() const { return gaps.isEmpty(); }
    int maxLoad() const;
    int minLoad() const;
};

AssignmentResult assignJudges(const AssignmentInput &input);

} // namespace hd
