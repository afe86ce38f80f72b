#include "eventrows.h"

#include "sqlquery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace hd::eventrows {

namespace {

QString qualified(const QStringList &columns, const QString &table)
{
    if (table.isEmpty())
        return columns.join(u", "_s);
    QStringList out;
    for (const QString &c : columns)
        out << table + u'.' + c;
    return out.join(u", "_s);
}

QDateTime dateFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}

} // namespace

QString eventColumns(const QString &table)
{
    // The language in the same statement: on a server each statement is a round trip.
    return qualified({u"uid"_s, u"name"_s, u"organiser"_s, u"sponsor"_s, u"time_zone"_s, u"launch_at"_s,
                      u"rfc_deadline"_s, u"pr_deadline"_s, u"results_at"_s, u"currency"_s, u"star_fen"_s, u"cap_fen"_s,
                      u"pool_fen"_s},
                     table) +
           u", (SELECT value FROM setting WHERE key = 'event.language')"_s;
}

Event event(const SqlQuery &q, int first)
{
    Event e;
    e.uid = q.value(first).toString();
    e.name = q.value(first + 1).toString();
    e.organiser = q.value(first + 2).toString();
    e.sponsor = q.value(first + 3).toString();
    e.timeZone = q.value(first + 4).toString();
    e.launchAt = dateFrom(q.value(first + 5));
    e.rfcDeadline = dateFrom(q.value(first + 6));
    e.prDeadline = dateFrom(q.value(first + 7));
    e.resultsAt = dateFrom(q.value(first + 8));
    e.currency = q.value(first + 9).toString();
    e.starFen = q.value(first + 10).toLongLong();
    e.capFen = q.value(first + 11).toLongLong();
    e.poolFen = q.value(first + 12).toLongLong();
    e.language = q.value(first + 13).isNull() ? u"zh_CN"_s : q.value(first + 13).toString();
    return e;
}

QString trackColumns(const QString &table)
{
    return qualified({u"id"_s, u"position"_s, u"name"_s, u"kind"_s, u"budget_fen"_s, u"quota"_s, u"quota_stars_milli"_s,
                      u"threshold_percent"_s, u"months_rule"_s},
                     table);
}

Track track(const SqlQuery &q, int first)
{
    Track t;
    t.id = q.value(first).toLongLong();
    t.position = q.value(first + 1).toInt();
    t.name = q.value(first + 2).toString();
    t.kind = trackKindFromKey(q.value(first + 3).toString()).value_or(TrackKind::Tasks);
    t.budgetFen = q.value(first + 4).toLongLong();
    t.quota = q.value(first + 5).toInt();
    t.quotaStars = Stars::fromMilli(q.value(first + 6).toLongLong());
    t.thresholdPercent = q.value(first + 7).toInt();
    t.monthsRule = q.value(first + 8).toBool();
    return t;
}

} // namespace hd::eventrows
