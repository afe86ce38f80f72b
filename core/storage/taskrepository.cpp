#include "taskrepository.h"

#include "database.h"
#include "model/error.h"
#include "sqlquery.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)
};

const QString columns = u"id, track_id, number, title, url, direction_id, stars_milli, rfc_required, cash_fen, "
                        u"finisher_id, locked, removed, lead, seats, completion_bp, defence, stars_at_most"_s;

Task taskFrom(SqlQuery &q)
{
    Task t;
    t.id = q.value(0).toLongLong();
    t.trackId = q.value(1).toLongLong();
    t.number = q.value(2).toInt();
    t.title = q.value(3).toString();
    t.url = q.value(4).toString();
    t.directionId = q.value(5).toLongLong();
    t.stars = Stars::fromMilli(q.value(6).toLongLong());
    t.rfcRequired = q.value(7).toBool();
    if (!q.value(8).isNull())
        t.cashFen = q.value(8).toLongLong();
    t.finisherId = q.value(9).toLongLong();
    t.locked = q.value(10).toBool();
    t.removed = q.value(11).toBool();
    t.lead = q.value(12).toString();
    t.seats = q.value(13).toInt();
    t.completionBp = q.value(14).toInt();
    t.defence = defenceFromKey(q.value(15).toString());
    t.starsAtMost = q.value(16).toBool();
    return t;
}

QVariant cashValue(const Task &t)
{
    return t.cashFen ? QVariant(*t.cashFen) : QVariant(QMetaType::fromType<qint64>());
}
} // namespace

QList<Task> TaskRepository::all(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM task WHERE ? = 0 OR track_id = ? ORDER BY track_id, number"_s.arg(columns));
    q.bind(trackId, trackId).exec();
    QList<Task> out;
    while (q.next())
        out.append(taskFrom(q));
    return out;
}

std::optional<Task> TaskRepository::get(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM task WHERE id = ?"_s.arg(columns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return taskFrom(q);
}

std::optional<Task> TaskRepository::byNumber(qint64 trackId, int number) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM task WHERE track_id = ? AND number = ?"_s.arg(columns));
    q.bind(trackId, number).exec();
    if (!q.next())
        return std::nullopt;
    return taskFrom(q);
}

void TaskRepository::validate(const Task &t) const
{
    const QVariant trackName = SqlQuery::scalar(m_db, u"SELECT name FROM track WHERE id = ?"_s, {t.trackId});
    if (!trackName.isValid())
        throw Error(Tr::tr("Task No.%1 names track %2, which does not exist.").arg(t.number).arg(t.trackId));
    if (t.number <= 0)
        throw Error(Tr::tr("A task number must be a positive whole number, not %1.").arg(t.number));
    if (t.title.trimmed().isEmpty())
        throw Error(Tr::tr("Task No.%1 needs a title.").arg(t.number));
    if (t.stars.milli() < 0)
        throw Error(Tr::tr("Task No.%1 cannot have negative stars (%2).").arg(t.number).arg(t.stars.toString()));
    if (t.seats < 0 || t.completionBp < 0 || t.completionBp > 10000)
        throw Error(Tr::tr("Task No.%1: seats cannot be negative and completion must be 0-100 %.").arg(t.number));
    if (t.cashFen && *t.cashFen < 0)
        throw Error(Tr::tr("Task No.%1 cannot pay a negative amount.").arg(t.number));
    const QVariant other = SqlQuery::scalar(
        m_db, u"SELECT id FROM task WHERE track_id = ? AND number = ? AND id <> ?"_s, {t.trackId, t.number, t.id});
    if (other.isValid())
        throw Error(Tr::tr("Track \"%1\" already has a task No.%2.").arg(trackName.toString()).arg(t.number));
    if (t.directionId) {
        const QVariant dirTrack =
            SqlQuery::scalar(m_db, u"SELECT track_id FROM direction WHERE id = ?"_s, {t.directionId});
        if (!dirTrack.isValid() || dirTrack.toLongLong() != t.trackId)
            throw Error(Tr::tr("Task No.%1: the direction does not belong to its track.").arg(t.number));
    }
}

qint64 TaskRepository::insert(const Task &t)
{
    validate(t);
    SqlQuery q(m_db,
               u"INSERT INTO task (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(columns));
    q.bindValue(nullIfZero(t.id))
        .bind(t.trackId, t.number, t.title.trimmed(), t.url.trimmed())
        .bindValue(nullIfZero(t.directionId))
        .bind(t.stars.milli(), t.rfcRequired)
        .bindValue(cashValue(t))
        .bindValue(nullIfZero(t.finisherId))
        .bind(t.locked, t.removed, t.lead.trimmed(), t.seats, t.completionBp, defenceKey(t.defence), t.starsAtMost)
        .exec();
    return q.lastInsertId();
}

void TaskRepository::update(const Task &t)
{
    if (!get(t.id))
        throw Error(Tr::tr("Task No.%1 no longer exists.").arg(t.number));
    validate(t);
    SqlQuery(m_db, u"UPDATE task SET track_id = ?, number = ?, title = ?, url = ?, direction_id = ?, stars_milli = ?, "
                   u"rfc_required = ?, cash_fen = ?, finisher_id = ?, locked = ?, removed = ?, lead = ?, seats = ?, "
                   u"completion_bp = ?, defence = ?, stars_at_most = ? WHERE id = ?"_s)
        .bind(t.trackId, t.number, t.title.trimmed(), t.url.trimmed())
        .bindValue(nullIfZero(t.directionId))
        .bind(t.stars.milli(), t.rfcRequired)
        .bindValue(cashValue(t))
        .bindValue(nullIfZero(t.finisherId))
        .bind(t.locked, t.removed, t.lead.trimmed(), t.seats, t.completionBp, defenceKey(t.defence), t.starsAtMost,
              t.id)
        .exec();
}

int TaskRepository::claimCount(qint64 taskId) const
{
    return SqlQuery::scalar(m_db, u"SELECT count(*) FROM claim WHERE task_id = ?"_s, {taskId}).toInt();
}

int TaskRepository::count() const
{
    return SqlQuery::scalar(m_db, u"SELECT count(*) FROM task"_s).toInt();
}

QHash<qint64, int> TaskRepository::countsByTrack() const
{
    return SqlQuery::counts(m_db, u"SELECT track_id, count(*) FROM task WHERE removed = 0 GROUP BY track_id"_s);
}

QHash<qint64, int> TaskRepository::finishedCounts() const
{
    return SqlQuery::counts(m_db, u"SELECT finisher_id, count(*) FROM task WHERE finisher_id IS NOT NULL GROUP BY 1"_s);
}

int TaskRepository::nextNumber(qint64 trackId) const
{
    return SqlQuery::scalar(m_db, u"SELECT coalesce(max(number), 0) + 1 FROM task WHERE track_id = ?"_s, {trackId})
        .toInt();
}

RowSnapshot TaskRepository::remove(qint64 taskId)
{
    Transaction tx(m_db);
    RowSnapshot snapshot;
    snapshot.take(m_db, u"task"_s, u"id = ?"_s, {taskId});
    snapshot.take(m_db, u"claim"_s, u"task_id = ?"_s, {taskId});
    snapshot.take(m_db, u"pr_task"_s, u"task_id = ?"_s, {taskId});
    SqlQuery(m_db, u"DELETE FROM pr_task WHERE task_id = ?"_s).bind(taskId).exec();
    SqlQuery(m_db, u"DELETE FROM claim WHERE task_id = ?"_s).bind(taskId).exec();
    SqlQuery(m_db, u"DELETE FROM task WHERE id = ?"_s).bind(taskId).exec();
    tx.commit();
    return snapshot;
}

} // namespace hd
