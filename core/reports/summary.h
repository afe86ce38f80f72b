#pragma once

#include "model/event.h"
#include "model/track.h"

#include <QJsonObject>
#include <QList>

namespace hd {

class Database;

// The event's figures at a glance, as `summary --json` prints them and the overview shows them.
struct Summary
{
    struct TrackFigures
    {
        Track track;
        int tasks = 0;
        int claimed = 0;   // tasks with at least one claim
        int submitted = 0; // tasks with at least one linked PR
        int completed = 0; // tasks with a finisher
    };
    Event event;
    QList<TrackFigures> tracks;
    int participants = 0;
    int teams = 0;
    int claims = 0;

    static Summary load(const Database &db);
    QJsonObject toJson() const;
};

} // namespace hd
