#pragma once

#include "model/event.h"
#include "model/track.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace hd {

class Database;

// How far a track's tasks (not removed) have come.
struct TrackProgress
{
    int tasks = 0;
    int claimed = 0;   // with at least one claim
    int submitted = 0; // with at least one linked PR
    int completed = 0; // with a finisher
};

// The dated facts behind the progress chart, for the tasks that are not removed. Times are as stored
// (ISO 8601; empty when unknown).
struct ProgressFacts
{
    struct Claimed
    {
        qint64 taskId = 0;
        QString claimedAt;
    };
    struct Pr
    {
        qint64 taskId = 0;
        QString createdAt;
        QString mergedAt;
        bool merged = false;
        bool byFinisher = false; // written by the task's finisher
    };
    struct FinisherClaim
    {
        qint64 taskId = 0;
        QString updatedAt;
    };
    QHash<qint64, bool> finished; // every task → has a finisher
    QList<Claimed> claims;
    QList<Pr> prs;
    QList<FinisherClaim> finisherClaims;
};

// The summary's facts: the event, its tracks, how far each has come, and the event's totals.
struct SummaryCounts
{
    std::optional<Event> event;          // none when the database holds no event yet (and nothing else is read)
    QList<Track> allTracks;              // every track, in the event's order (as EventRepository::tracks())
    QHash<qint64, TrackProgress> tracks; // by track id; none for a track without tasks
    int participants = 0;
    int teams = 0;
    int claims = 0; // every claim, on removed tasks too
};

// What the summary and the overview's charts count.
class ProgressRepository
{
public:
    explicit ProgressRepository(const Database &db)
        : m_db(db)
    {}

    // All of them in one statement, the counts from the tallies the triggers keep: a few rows, not every task
    // and claim, in one round trip to a server.
    SummaryCounts summaryCounts() const;
    ProgressFacts progressFacts() const;

private:
    const Database &m_db;
};

} // namespace hd
