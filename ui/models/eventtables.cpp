#include "eventtables.h"

#include "eventsession.h"
#include "storage/claimrepository.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
QHash<qint64, QString> trackNames(const Database &db)
{
    QHash<qint64, QString> names;
    for (const Track &t : EventRepository(db).tracks())
        names.insert(t.id, t.name);
    return names;
}

QHash<qint64, QString> logins(const Database &db)
{
    QHash<qint64, QString> out;
    for (const Participant &p : ParticipantRepository(db).all())
        out.insert(p.id, p.login);
    return out;
}

TableCell number(qint64 n)
{
    return {QLocale().toString(n), n};
}

TableCell money(Fen fen)
{
    return {formatYuan(fen), fen};
}
} // namespace

TableModel *EventTables::tracks(EventSession *session, QObject *parent)
{
    return new TableModel(
        session, {tr("Track"), tr("Kind"), tr("Budget"), tr("Tasks"), tr("Reward rule")},
        [](const Database &db) {
            QHash<qint64, int> counts;
            SqlQuery q(db, u"SELECT track_id, count(*) FROM task WHERE removed = 0 GROUP BY track_id"_s);
            q.exec();
            while (q.next())
                counts.insert(q.value(0).toLongLong(), q.value(1).toInt());
            const EventRepository events(db);
            QList<TableRow> rows;
            for (const Track &t : events.tracks()) {
                QString rule;
                switch (t.kind) {
                case TrackKind::Tasks:
                    rule = tr("The finisher earns the task's stars or cash amount.");
                    break;
                case TrackKind::Camp: {
                    QStringList tiers;
                    for (const RewardTier &tier : events.tiers(t.id))
                        tiers << u"%1 %2 ★"_s.arg(tier.name, tier.stars.toString());
                    rule = tr("After a passed defence: %1").arg(tiers.join(u", "_s));
                    break;
                }
                case TrackKind::Articles:
                    rule = tr("First %1 merged articles: %2 ★ each; prizes by rank")
                               .arg(t.quota)
                               .arg(t.quotaStars.toString());
                    break;
                case TrackKind::Fundable:
                    rule = tr("Paid from %1% completion, in proportion").arg(t.thresholdPercent);
                    break;
                }
                rows.append(
                    {t.id,
                     {{t.name}, {trackKindName(t.kind)}, money(t.budgetFen), number(counts.value(t.id)), {rule}}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::tasks(EventSession *session, QObject *parent)
{
    return new TableModel(
        session,
        {tr("Track"), tr("No."), tr("Direction"), tr("Title"), tr("Reward"), tr("Claims"), tr("Finisher"), tr("State")},
        [](const Database &db) {
            const auto tracksById = trackNames(db);
            const auto loginsById = logins(db);
            QHash<qint64, QString> directions;
            for (const Direction &d : EventRepository(db).directions())
                directions.insert(d.id, d.name);
            QHash<qint64, int> claimCounts;
            SqlQuery q(db, u"SELECT task_id, count(*) FROM claim GROUP BY task_id"_s);
            q.exec();
            while (q.next())
                claimCounts.insert(q.value(0).toLongLong(), q.value(1).toInt());
            QList<TableRow> rows;
            for (const Task &t : TaskRepository(db).all()) {
                const TableCell reward =
                    t.cashFen ? money(*t.cashFen) : TableCell{u"%1 ★"_s.arg(t.stars.toString()), t.stars.milli() * 100};
                QString state = t.removed ? tr("Removed") : t.locked ? tr("Locked") : tr("Open");
                if (t.rfcRequired)
                    state += tr(", RFC required");
                rows.append({t.id,
                             {{tracksById.value(t.trackId)},
                              number(t.number),
                              {directions.value(t.directionId)},
                              {t.title, {}, {}, t.url},
                              reward,
                              number(claimCounts.value(t.id)),
                              {loginsById.value(t.finisherId)},
                              {state}}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::participants(EventSession *session, QObject *parent)
{
    return new TableModel(
        session, {tr("Login"), tr("Name"), tr("E-mail"), tr("Organisation"), tr("Claims"), tr("Completed")},
        [](const Database &db) {
            QHash<qint64, int> claimCounts, completed;
            SqlQuery q(db, u"SELECT participant_id, count(*) FROM claim WHERE participant_id IS NOT NULL GROUP BY 1"_s);
            q.exec();
            while (q.next())
                claimCounts.insert(q.value(0).toLongLong(), q.value(1).toInt());
            SqlQuery f(db, u"SELECT finisher_id, count(*) FROM task WHERE finisher_id IS NOT NULL GROUP BY 1"_s);
            f.exec();
            while (f.next())
                completed.insert(f.value(0).toLongLong(), f.value(1).toInt());
            QList<TableRow> rows;
            for (const Participant &p : ParticipantRepository(db).all())
                rows.append({p.id,
                             {{u"@"_s + p.login, p.login.toLower()},
                              {p.name},
                              {p.email},
                              {p.organisation},
                              number(claimCounts.value(p.id)),
                              number(completed.value(p.id))}});
            return rows;
        },
        parent);
}

TableModel *EventTables::teams(EventSession *session, QObject *parent)
{
    return new TableModel(
        session, {tr("Team"), tr("Leader"), tr("Members"), tr("Claims")},
        [](const Database &db) {
            const auto loginsById = logins(db);
            TeamRepository teams(db);
            QList<TableRow> rows;
            for (const Team &t : teams.all()) {
                QStringList members;
                for (qint64 m : t.memberIds)
                    members << u"@"_s + loginsById.value(m);
                rows.append({t.id,
                             {{t.name},
                              {t.leaderId ? u"@"_s + loginsById.value(t.leaderId) : QString()},
                              {members.join(u", "_s), int(members.size())},
                              number(teams.claimCount(t.id))}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::claims(EventSession *session, QObject *parent)
{
    return new TableModel(
        session,
        {tr("Track"), tr("Task"), tr("Title"), tr("Claimant"), tr("Status"), tr("PRs"), tr("Flags"), tr("Claimed")},
        [](const Database &db) {
            const auto tracksById = trackNames(db);
            QList<TableRow> rows;
            for (const ClaimRow &r : ClaimRepository(db).rows()) {
                QStringList flags;
                if (r.claim.flags & Unclaimed)
                    flags << tr("PR without a claim");
                if (r.claim.flags & CodeBeforeRfc)
                    flags << tr("code before RFC");
                const QString badge = claimStatusBadge(r.claim.status);
                rows.append(
                    {r.claim.id,
                     {{tracksById.value(r.trackId)},
                      number(r.taskNumber),
                      {r.taskTitle},
                      {r.claimant},
                      {claimStatusName(r.claim.status), static_cast<int>(r.claim.status),
                       QColor(u"#"_s + claimStatusColour(r.claim.status)), badge},
                      {r.prs},
                      {flags.join(u", "_s)},
                      {QLocale().toString(r.claim.claimedAt.toLocalTime(), QLocale::ShortFormat), r.claim.claimedAt}}});
            }
            return rows;
        },
        parent);
}

} // namespace hd
