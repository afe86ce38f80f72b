#include "summary.h"

#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace hd {

Summary Summary::load(const Database &db)
{
    Summary s;
    EventRepository events(db);
    s.event = events.requireEvent();
    SqlQuery q(db, uR"(
        SELECT t.track_id, count(*),
               count(*) FILTER (WHERE t.id IN (SELECT task_id FROM claim)),
               count(*) FILTER (WHERE t.id IN (SELECT task_id FROM pr_task)),
               count(t.finisher_id)
        FROM task t WHERE t.removed = 0 GROUP BY t.track_id)"_s);
    q.exec();
    QHash<qint64, TrackFigures> figures;
    while (q.next())
        figures.insert(q.value(0).toLongLong(),
                       {Track(), q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
    for (const Track &t : events.tracks()) {
        TrackFigures f = figures.value(t.id);
        f.track = t;
        s.tracks.append(f);
    }
    s.participants = SqlQuery::scalar(db, u"SELECT count(*) FROM participant"_s).toInt();
    s.teams = SqlQuery::scalar(db, u"SELECT count(*) FROM team"_s).toInt();
    s.claims = SqlQuery::scalar(db, u"SELECT count(*) FROM claim"_s).toInt();
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
