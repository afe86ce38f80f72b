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
    bool starsAtMost = false; // stars is an upper bound ("最高0.2⭐️"): the task pays at most that many
    bool rfcRequired = false;
    std::optional<Fen> cashFen; // pays this amount instead of stars
    qint64 finisherId = 0;      // participant who completed it; 0 = nobody yet
    bool locked = false;        // completed or closed: no new claims
    bool removed = false;       // struck through in the event's list
    QString lead;               // camp mentor or fundable leader, as the event writes it ("@login")
    int seats = 0;              // camp: how many campers the project takes
    int completionBp = 0;       // fundable: done share of the sub-tasks, in basis points (10000 = 100 %)
    enum class Defence { Pending, Passed, Partly, Failed };
    Defence defence = Defence::Pending; // fundable: the defence result
};

QString defenceKey(Task::Defence d); // "pending", "passed", "partly", "failed"
Task::Defence defenceFromKey(QStringView key);

} // namespace hd
