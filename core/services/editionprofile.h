#pragma once

#include "eventsettings.h"
#include "model/track.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

class Database;

// An edition's whole set-up as data: its settings (the keys of EventSettings::table()) and its tracks
// with budgets, quotas, reward tiers, directions and GitHub issues. Read from and written to the JSON
// of docs/editions.md; the built-in profiles live in resources/editions/.
struct EditionProfile
{
    // A track as a profile holds it.
    struct TrackSetup
    {
        Track track; // id and position are not part of a profile
        QList<RewardTier> tiers;
        QStringList directions;
        QString issue; // owner/name#number or empty
    };

    EventSetup setup; // setup.event.uid is not part of a profile
    QList<TrackSetup> tracks;

    // Reads a profile; throws hd::Error naming the field and the problem ("tracks[2].budget: not an
    // amount in CNY (such as 50 or 1000.50)"). Settings it does not name keep their defaults.
    static EditionProfile read(const QByteArray &json);
    QByteArray write() const; // every setting and every field, in a fixed order

    // Creates the event from the profile in one transaction; throws when the database already holds one.
    void apply(const Database &db) const;
    // The event's set-up as a profile.
    static EditionProfile capture(const Database &db);

    // The built-in profiles' names ("blank", "paddle-6th", "sprint"), sorted.
    static QStringList builtInNames();
    // A built-in profile by name or a profile file by path; throws naming the file and the problem.
    static EditionProfile load(const QString &nameOrFile);
};

} // namespace hd
