#include "eventrepository.h"

#include "database.h"
#include "eventrows.h"
#include "model/error.h"
#include "model/isotime.h"
#include "sqlquery.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventRepository)
};

QVariant dateValue(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(isoDateTimeText(dt)) : QVariant(QMetaType::fromType<QString>());
}

} // namespace

std::optional<Event> EventRepository::event() const
{
    SqlQuery q(m_db, u"SELECT %1 FROM event WHERE id = 1"_s.arg(eventrows::eventColumns()));
    q.exec();
    if (!q.next())
        return std::nullopt;
    return eventrows::event(q);
}

Event EventRepository::requireEvent() const
{
    if (auto e = event())
        return *e;
    throw Error(Tr::tr("The database %1 holds no event yet: run \"hackdesk --db %1 init\" first.").arg(m_db.path()));
}

void EventRepository::saveEvent(const Event &e)
{
    if (e.name.trimmed().isEmpty())
        throw Error(Tr::tr("The event needs a name."));
    if (e.starFen < 0 || e.capFen < 0 || e.poolFen < 0)
        throw Error(Tr::tr("The star value, the cap and the pool cannot be negative."));
    Transaction tx(m_db);
    SqlQuery(m_db, u"INSERT INTO event (id, uid, name, organiser, sponsor, time_zone, launch_at, rfc_deadline, "
                   u"pr_deadline, results_at, currency, star_fen, cap_fen, pool_fen) "
                   u"VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                   u"uid = excluded.uid, name = excluded.name, organiser = excluded.organiser, "
                   u"sponsor = excluded.sponsor, time_zone = excluded.time_zone, launch_at = excluded.launch_at, "
                   u"rfc_deadline = excluded.rfc_deadline, pr_deadline = excluded.pr_deadline, "
                   u"results_at = excluded.results_at, currency = excluded.currency, star_fen = excluded.star_fen, "
                   u"cap_fen = excluded.cap_fen, pool_fen = excluded.pool_fen"_s)
        .bind(e.uid, e.name, e.organiser, e.sponsor, e.timeZone)
        .bindValue(dateValue(e.launchAt))
        .bindValue(dateValue(e.rfcDeadline))
        .bindValue(dateValue(e.prDeadline))
        .bindValue(dateValue(e.resultsAt))
        .bind(e.currency, e.starFen, e.capFen, e.poolFen)
        .exec();
    setSetting(u"event.language"_s, e.language.isEmpty() ? u"zh_CN"_s : e.language);
    tx.commit();
}

QList<Track> EventRepository::tracks() const
{
    SqlQuery q(m_db, u"SELECT %1 FROM track ORDER BY position, id"_s.arg(eventrows::trackColumns()));
    q.exec();
    QList<Track> out;
    while (q.next())
        out.append(eventrows::track(q));
    return out;
}

std::optional<Track> EventRepository::track(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM track WHERE id = ?"_s.arg(eventrows::trackColumns()));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return eventrows::track(q);
}

Track EventRepository::resolveTrack(const QString &idOrKind) const
{
    bool isNumber = false;
    const qint64 id = idOrKind.toLongLong(&isNumber);
    if (isNumber) {
        if (auto t = track(id))
            return *t;
    } else if (const auto kind = trackKindFromKey(idOrKind)) {
        for (const Track &t : tracks())
            if (t.kind == *kind)
                return t;
    }
    throw Error(Tr::tr("There is no track \"%1\": give a track id from \"summary --json\" or one of tasks, camp, "
                       "articles, fundable.")
                    .arg(idOrKind));
}

qint64 EventRepository::addTrack(const Track &t)
{
    if (t.name.trimmed().isEmpty())
        throw Error(Tr::tr("A track needs a name."));
    SqlQuery q(m_db, u"INSERT INTO track (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(eventrows::trackColumns()));
    q.bindValue(nullIfZero(t.id))
        .bind(t.position, t.name, trackKindKey(t.kind), t.budgetFen, t.quota, t.quotaStars.milli(), t.thresholdPercent,
              t.monthsRule)
        .exec();
    return q.lastInsertId();
}

void EventRepository::updateTrack(const Track &t)
{
    if (t.name.trimmed().isEmpty())
        throw Error(Tr::tr("A track needs a name."));
    if (t.budgetFen < 0 || t.quota < 0 || t.quotaStars.milli() < 0 || t.thresholdPercent < 0 ||
        t.thresholdPercent > 100)
        throw Error(Tr::tr("Track \"%1\": the budget and quota cannot be negative and the threshold is 0 to 100 %.")
                        .arg(t.name));
    SqlQuery(m_db, u"UPDATE track SET name = ?, kind = ?, budget_fen = ?, quota = ?, quota_stars_milli = ?, "
                   u"threshold_percent = ?, months_rule = ? WHERE id = ?"_s)
        .bind(t.name.trimmed(), trackKindKey(t.kind), t.budgetFen, t.quota, t.quotaStars.milli(), t.thresholdPercent,
              t.monthsRule, t.id)
        .exec();
}

std::optional<QString> EventRepository::trackRemovalBlocker(qint64 id) const
{
    const int tasks = SqlQuery::scalar(m_db, u"SELECT count(*) FROM task WHERE track_id = ?"_s, {id}).toInt();
    const int claims =
        SqlQuery::scalar(m_db, u"SELECT count(*) FROM claim JOIN task ON task.id = claim.task_id WHERE track_id = ?"_s,
                         {id})
            .toInt();
    const int submissions =
        SqlQuery::scalar(m_db, u"SELECT count(*) FROM submission WHERE track_id = ?"_s, {id}).toInt();
    if (tasks == 0 && claims == 0 && submissions == 0)
        return std::nullopt;
    return Tr::tr("it holds %n task(s)", nullptr, tasks) + u", "_s + Tr::tr("%n claim(s)", nullptr, claims) + u", "_s +
           Tr::tr("%n submission(s)", nullptr, submissions);
}

RowSnapshot EventRepository::removeTrack(qint64 id)
{
    const auto t = track(id);
    if (!t)
        throw Error(Tr::tr("There is no track %1.").arg(id));
    if (const auto why = trackRemovalBlocker(id))
        throw Error(Tr::tr("Track %1 \"%2\" cannot be removed: %3. Remove those first.").arg(id).arg(t->name, *why));
    Transaction tx(m_db);
    // Everything the delete takes with it (ON DELETE CASCADE), parents before children; its issue and the
    // layout that issue was imported in (see IssueLayoutRepository).
    RowSnapshot snapshot;
    snapshot.take(m_db, u"track"_s, u"id = ?"_s, {id});
    snapshot.take(m_db, u"setting"_s, u"key IN (?, ?)"_s,
                  {u"track.%1.issue"_s.arg(id), u"track.%1.issue-layout"_s.arg(id)});
    for (const QString &table : {u"direction"_s, u"reward_tier"_s, u"camp_application"_s, u"judge_track"_s, u"rubric"_s,
                                 u"criterion"_s, u"judging_lock"_s})
        snapshot.take(m_db, table, u"track_id = ?"_s, {id});
    snapshot.take(m_db, u"weekly_report"_s, u"application_id IN (SELECT id FROM camp_application WHERE track_id = ?)"_s,
                  {id});
    SqlQuery(m_db, u"DELETE FROM setting WHERE key IN (?, ?)"_s)
        .bind(u"track.%1.issue"_s.arg(id), u"track.%1.issue-layout"_s.arg(id))
        .exec();
    SqlQuery(m_db, u"DELETE FROM track WHERE id = ?"_s).bind(id).exec();
    tx.commit();
    return snapshot;
}

void EventRepository::moveTrack(qint64 id, int index)
{
    QList<Track> all = tracks();
    qsizetype from = -1;
    for (qsizetype i = 0; i < all.size(); ++i)
        if (all[i].id == id)
            from = i;
    if (from < 0)
        throw Error(Tr::tr("There is no track %1.").arg(id));
    all.move(from, std::clamp<qsizetype>(index, 0, all.size() - 1));
    Transaction tx(m_db);
    for (qsizetype i = 0; i < all.size(); ++i)
        SqlQuery(m_db, u"UPDATE track SET position = ? WHERE id = ?"_s).bind(int(i + 1), all[i].id).exec();
    tx.commit();
}

QString EventRepository::issuePreamble(qint64 trackId) const
{
    return SqlQuery::scalar(m_db, u"SELECT issue_preamble FROM track WHERE id = ?"_s, {trackId}).toString();
}

void EventRepository::setIssuePreamble(qint64 trackId, const QString &text)
{
    SqlQuery(m_db, u"UPDATE track SET issue_preamble = ? WHERE id = ?"_s).bind(text, trackId).exec();
}

QList<Direction> EventRepository::directions(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT id, track_id, position, name FROM direction WHERE ? = 0 OR track_id = ? "
                     u"ORDER BY track_id, position, id"_s);
    q.bind(trackId, trackId).exec();
    QList<Direction> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt(), q.value(3).toString()});
    return out;
}

qint64 EventRepository::ensureDirection(qint64 trackId, const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        return 0;
    const QVariant id =
        SqlQuery::scalar(m_db, u"SELECT id FROM direction WHERE track_id = ? AND name = ?"_s, {trackId, n});
    if (id.isValid())
        return id.toLongLong();
    const int position =
        SqlQuery::scalar(m_db, u"SELECT coalesce(max(position), 0) + 1 FROM direction WHERE track_id = ?"_s, {trackId})
            .toInt();
    SqlQuery q(m_db, u"INSERT INTO direction (track_id, position, name) VALUES (?, ?, ?)"_s);
    q.bind(trackId, position, n).exec();
    return q.lastInsertId();
}

qint64 EventRepository::addDirection(const Direction &d)
{
    const QString n = d.name.trimmed();
    if (n.isEmpty())
        throw Error(Tr::tr("A direction needs a name."));
    if (SqlQuery::scalar(m_db, u"SELECT id FROM direction WHERE track_id = ? AND name = ?"_s, {d.trackId, n}).isValid())
        throw Error(Tr::tr("Track %1 already has a direction \"%2\".").arg(d.trackId).arg(n));
    const int position =
        d.position > 0
            ? d.position
            : SqlQuery::scalar(m_db, u"SELECT coalesce(max(position), 0) + 1 FROM direction WHERE track_id = ?"_s,
                               {d.trackId})
                  .toInt();
    SqlQuery q(m_db, u"INSERT INTO direction (id, track_id, position, name) VALUES (?, ?, ?, ?)"_s);
    q.bindValue(nullIfZero(d.id)).bind(d.trackId, position, n).exec();
    return q.lastInsertId();
}

void EventRepository::renameDirection(qint64 id, const QString &name)
{
    const QString n = name.trimmed();
    if (n.isEmpty())
        throw Error(Tr::tr("A direction needs a name."));
    const QVariant other = SqlQuery::scalar(
        m_db,
        u"SELECT o.id FROM direction d JOIN direction o ON o.track_id = d.track_id AND o.name = ? AND o.id <> d.id "
        u"WHERE d.id = ?"_s,
        {n, id});
    if (other.isValid())
        throw Error(Tr::tr("The track already has a direction \"%1\".").arg(n));
    SqlQuery(m_db, u"UPDATE direction SET name = ? WHERE id = ?"_s).bind(n, id).exec();
}

void EventRepository::removeDirection(qint64 id)
{
    SqlQuery(m_db, u"DELETE FROM direction WHERE id = ?"_s).bind(id).exec();
}

QList<RewardTier> EventRepository::tiers(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT id, track_id, position, name, stars_milli, cash_fen FROM reward_tier "
                     u"WHERE track_id = ? ORDER BY position, id"_s);
    q.bind(trackId).exec();
    QList<RewardTier> out;
    while (q.next()) {
        RewardTier t{q.value(0).toLongLong(),
                     q.value(1).toLongLong(),
                     q.value(2).toInt(),
                     q.value(3).toString(),
                     Stars::fromMilli(q.value(4).toLongLong()),
                     std::nullopt};
        if (!q.value(5).isNull())
            t.cashFen = q.value(5).toLongLong();
        out.append(t);
    }
    return out;
}

namespace {
void checkTier(const RewardTier &t)
{
    if (t.name.trimmed().isEmpty())
        throw Error(Tr::tr("A reward tier needs a name."));
    if (t.stars.milli() < 0 || (t.cashFen && *t.cashFen < 0))
        throw Error(Tr::tr("Reward tier \"%1\": stars and cash cannot be negative.").arg(t.name));
}
QVariant cashValue(const RewardTier &t)
{
    return t.cashFen ? QVariant(*t.cashFen) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

qint64 EventRepository::addTier(const RewardTier &t)
{
    checkTier(t);
    if (tierByName(t.trackId, t.name.trimmed()))
        throw Error(Tr::tr("Track %1 already has a reward tier \"%2\".").arg(t.trackId).arg(t.name.trimmed()));
    const int position =
        t.position > 0
            ? t.position
            : SqlQuery::scalar(m_db, u"SELECT coalesce(max(position), 0) + 1 FROM reward_tier WHERE track_id = ?"_s,
                               {t.trackId})
                  .toInt();
    SqlQuery q(m_db, u"INSERT INTO reward_tier (id, track_id, position, name, stars_milli, cash_fen) "
                     u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.bindValue(nullIfZero(t.id)).bind(t.trackId, position, t.name.trimmed(), t.stars.milli()).bindValue(cashValue(t));
    q.exec();
    return q.lastInsertId();
}

void EventRepository::updateTier(const RewardTier &t)
{
    checkTier(t);
    if (const auto other = tierByName(t.trackId, t.name.trimmed()); other && other->id != t.id)
        throw Error(Tr::tr("Track %1 already has a reward tier \"%2\".").arg(t.trackId).arg(t.name.trimmed()));
    SqlQuery(m_db, u"UPDATE reward_tier SET name = ?, position = ?, stars_milli = ?, cash_fen = ? WHERE id = ?"_s)
        .bind(t.name.trimmed(), t.position, t.stars.milli())
        .bindValue(cashValue(t))
        .bind(t.id)
        .exec();
}

void EventRepository::removeTier(qint64 id)
{
    SqlQuery(m_db, u"DELETE FROM reward_tier WHERE id = ?"_s).bind(id).exec();
}

std::optional<RewardTier> EventRepository::tierByName(qint64 trackId, const QString &name) const
{
    for (const RewardTier &t : tiers(trackId))
        if (t.name == name)
            return t;
    return std::nullopt;
}

QString EventRepository::setting(const QString &key, const QString &fallback) const
{
    const QVariant v = SqlQuery::scalar(m_db, u"SELECT value FROM setting WHERE key = ?"_s, {key});
    return v.isValid() ? v.toString() : fallback;
}

void EventRepository::setSetting(const QString &key, const QString &value)
{
    SqlQuery(m_db,
             u"INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s)
        .bind(key, value)
        .exec();
}

QMap<QString, QString> EventRepository::settings() const
{
    SqlQuery q(m_db, u"SELECT key, value FROM setting ORDER BY key"_s);
    q.exec();
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

QMap<QString, QString> EventRepository::settings(const QString &prefix) const
{
    SqlQuery q(m_db, u"SELECT key, value FROM setting WHERE key LIKE ? ORDER BY key"_s);
    q.bind(prefix + u'%').exec();
    QMap<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

void EventRepository::removeSetting(const QString &key)
{
    SqlQuery(m_db, u"DELETE FROM setting WHERE key = ?"_s).bind(key).exec();
}

bool EventRepository::holdsAmounts() const
{
    return SqlQuery::scalar(m_db, u"SELECT (SELECT count(*) FROM track WHERE budget_fen > 0) + "
                                  u"(SELECT count(*) FROM reward_tier WHERE cash_fen > 0) + "
                                  u"(SELECT count(*) FROM task WHERE cash_fen > 0)"_s)
               .toInt() > 0;
}

} // namespace hd
