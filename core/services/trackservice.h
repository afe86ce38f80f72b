#pragma once

#include "model/currency.h"
#include "model/track.h"
#include "storage/rowsnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace hd {

class Database;

// The tracks' set-up as staff change it, for `hackdesk track|tier` and the Tracks page alike: one place
// that checks a track's fields and tiers, adds, changes, reorders and removes tracks.
class TrackService
{
    Q_DECLARE_TR_FUNCTIONS(TrackService)
public:
    explicit TrackService(const Database &db)
        : m_db(db)
    {}

    // A track's whole set-up as the Tracks page edits it.
    struct Setup
    {
        Track track;
        QList<RewardTier> tiers;
        QList<Direction> directions;
        QString issue;                                  // owner/name#number or empty
        QList<std::pair<qint64, qint64>> taskDirection; // (task id, direction id) of the track's tasks
    };

    // The keys of `track set`: name, budget, quota, quota-stars, threshold-percent, months-rule, position, issue.
    static const QStringList &keys();
    // Checks `value` for one of the track row's keys (all but position and issue) and writes it into `track`;
    // throws hd::Error naming the key, the value and what is wrong.
    static void setField(Track &track, const Currency &currency, const QString &key, const QString &value);
    // A reward tier from text: `stars` or `cash` (an amount in `currency`), exactly one of them given.
    static RewardTier parseTier(const Currency &currency, const QString &name, const QString &stars,
                                const QString &cash);

    // Adds the track at the end (with track.id when given: redo after undo keeps ids); returns its id.
    qint64 add(const Track &track);
    // Changes one key of the track (see keys()), checked; one transaction.
    void set(qint64 id, const QString &key, const QString &value);
    // Moves the track to `index` (0-based) in the order.
    void move(qint64 id, int index);
    // Refused with the reason while the track holds tasks, claims or submissions; returns what was
    // removed, for undo (RowSnapshot::restore).
    RowSnapshot remove(qint64 id);

    Setup setup(qint64 id) const; // throws when there is no such track
    // Writes `setup` over its track in one transaction: the row, the issue, the tiers and directions (kept by
    // id, changed, added, removed) and the tasks' directions where a removed direction comes back. Checks
    // everything first; throws changing nothing.
    void save(const Setup &setup);

private:
    const Database &m_db;
};

} // namespace hd
