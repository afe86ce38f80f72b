#pragma once

#include "model/event.h"
#include "model/track.h"
#include "storage/rowsnapshot.h"

#include <QList>
#include <QMap>
#include <optional>

namespace hd {

class Database;

// The event, its tracks, directions, reward tiers and settings.
class EventRepository
{
public:
    explicit EventRepository(const Database &db)
        : m_db(db)
    {}

    std::optional<Event> event() const;
    Event requireEvent() const; // throws when the database holds no event yet
    void saveEvent(const Event &event);

    QList<Track> tracks() const;
    std::optional<Track> track(qint64 id) const;
    // A track by id ("2") or by kind ("camp"), as the command line takes it.
    Track resolveTrack(const QString &idOrKind) const;
    qint64 addTrack(const Track &track); // keeps track.id when given (undo of a removal)
    // Writes the track's name, kind, budget, quota, threshold and months rule (not its position).
    void updateTrack(const Track &track);
    // Why the track cannot be removed ("holds 3 tasks and 2 claims"); nullopt when it can.
    std::optional<QString> trackRemovalBlocker(qint64 id) const;
    // Removes the track with its directions, tiers, issue setting, camp applications and judging set-up;
    // throws with the reason while it holds tasks, claims or submissions. Returns the removed rows (undo).
    RowSnapshot removeTrack(qint64 id);
    // Moves the track to `index` (0-based) in the order and numbers every track's position 1, 2, 3 …
    void moveTrack(qint64 id, int index);

    // The text above the task tables of the track's GitHub issue.
    QString issuePreamble(qint64 trackId) const;
    void setIssuePreamble(qint64 trackId, const QString &text);

    QList<Direction> directions(qint64 trackId = 0) const;
    // The direction of that name in the track, created when missing.
    qint64 ensureDirection(qint64 trackId, const QString &name);
    // A new direction at the end (or with direction.id/position, for undo); throws on an empty or taken name.
    qint64 addDirection(const Direction &direction);
    void renameDirection(qint64 id, const QString &name);
    // Removes the direction; its tasks keep their track and lose the direction.
    void removeDirection(qint64 id);

    QList<RewardTier> tiers(qint64 trackId) const;
    // Adds a tier (keeps tier.id when given; position 0 = at the end); throws on an empty or taken name.
    qint64 addTier(const RewardTier &tier);
    void updateTier(const RewardTier &tier); // name, position, stars, cash
    void removeTier(qint64 id);
    std::optional<RewardTier> tierByName(qint64 trackId, const QString &name) const;

    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);
    QMap<QString, QString> settings() const;
    // The settings whose key starts with `prefix` (which holds no '%' or '_').
    QMap<QString, QString> settings(const QString &prefix) const;
    void removeSetting(const QString &key);

    // Whether any amount of money is stored: a track's budget, a tier's or a task's cash.
    bool holdsAmounts() const;

private:
    const Database &m_db;
};

} // namespace hd
