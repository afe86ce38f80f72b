#pragma once

#include "model/event.h"
#include "model/track.h"

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
    qint64 addTrack(const Track &track);

    // The text above the task tables of the track's GitHub issue.
    QString issuePreamble(qint64 trackId) const;
    void setIssuePreamble(qint64 trackId, const QString &text);

    QList<Direction> directions(qint64 trackId = 0) const;
    // The direction of that name in the track, created when missing.
    qint64 ensureDirection(qint64 trackId, const QString &name);

    QList<RewardTier> tiers(qint64 trackId) const;
    qint64 addTier(const RewardTier &tier);

    QString setting(const QString &key, const QString &fallback = {}) const;
    void setSetting(const QString &key, const QString &value);
    QMap<QString, QString> settings() const;

private:
    const Database &m_db;
};

} // namespace hd
