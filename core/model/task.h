#pragma once

#include "money.h"

#include <QString>

#include <optional>

namespace hd {

// A task of a track, identified by its number within the track.
struct Task
{
    qint64 id = 0;
    qint64 trackId = 0;
    int number = 0;
    QString title;
    QString url;
    qint64 directionId = 0; // 0 = none
    Stars stars;
    bool rfcRequired = false;
    std::optional<Fen> cashFen; // pays this amount instead of stars
    qint64 finisherId = 0;      // participant who completed it; 0 = nobody yet
    bool locked = false;        // completed or closed: no new claims
    bool removed = false;       // struck through in the event's list
};

} // namespace hd
