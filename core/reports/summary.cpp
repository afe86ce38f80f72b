#include "summary.h"

#include "storage/eventrepository.h"
#include "storage/progressrepository.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hd {

Summary Summary::load(const Database &db)
{
    Summary s;
    const SummaryCounts counts = ProgressRepository(db).summaryCounts();
    s.event = counts.event ? *counts.event : EventRepository(db).requireEvent(); // no event: says so
    for (const Track &t : counts.allTracks) {
        const TrackProgress p = counts.tracks.value(t.id);
        s.tracks.append({t, p.tasks, p.claimed, p.submitted, p.completed});
    }
    s.participants = counts.participants;
    s.teams = counts.teams;
    s.claims = counts.claims;
    return s;
}

QJsonObject Summary::toJson() const
{
    QJsonArray trackArray;
    for (const TrackFigures &f : tracks)
        trackArray.append(QJsonObject{{u"id"_s, f.track.id},
                                      {u"name"_s, f.track.name},
                                      {u"kind"_s, trackKindKey(f.track.kind)},
                                      {u"budget_fen"_s, f.track.budgetFen},
                                      {u"tasks"_s, f.tasks},
                                      {u"claimed"_s, f.claimed},
                                      {u"submitted"_s, f.submitted},
                                      {u"completed"_s, f.completed}});
    return QJsonObject{
        {u"event"_s, QJsonObject{{u"name"_s, event.name},
                                 {u"uid"_s, event.uid},
                                 {u"organiser"_s, event.organiser},
                                 {u"sponsor"_s, event.sponsor},
                                 {u"language"_s, event.language},
                                 {u"time_zone"_s, event.timeZone},
                                 {u"currency"_s, event.currency},
                                 {u"pool_fen"_s, event.poolFen},
                                 {u"star_fen"_s, event.starFen},
                                 {u"cap_fen"_s, event.capFen},
                                 {u"launch_at"_s, event.launchAt.toString(Qt::ISODate)},
                                 {u"pr_deadline"_s, event.prDeadline.toString(Qt::ISODate)}}},
        {u"currency"_s, event.currency},
        {u"tracks"_s, trackArray},
        {u"participants"_s, participants},
        {u"teams"_s, teams},
        {u"claims"_s, claims},
    };
}

} // namespace hd
