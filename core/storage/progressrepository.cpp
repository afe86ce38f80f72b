#include "progressrepository.h"

#include "database.h"
#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace hd {

QHash<qint64, TrackProgress> ProgressRepository::trackProgress() const
{
    SqlQuery q(m_db, uR"(
        SELECT t.track_id, count(*),
               count(*) FILTER (WHERE t.id IN (SELECT task_id FROM claim)),
               count(*) FILTER (WHERE t.id IN (SELECT task_id FROM pr_task)),
               count(t.finisher_id)
        FROM task t WHERE t.removed = 0 GROUP BY t.track_id)"_s);
    q.exec();
    QHash<qint64, TrackProgress> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(),
                   {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
    return out;
}

int ProgressRepository::participants() const
{
    return SqlQuery::scalar(m_db, u"SELECT count(*) FROM participant"_s).toInt();
}

int ProgressRepository::teams() const
{
    return SqlQuery::scalar(m_db, u"SELECT count(*) FROM team"_s).toInt();
}

int ProgressRepository::claims() const
{
    return SqlQuery::scalar(m_db, u"SELECT count(*) FROM claim"_s).toInt();
}

ProgressFacts ProgressRepository::progressFacts() const
{
    ProgressFacts f;
    {
        SqlQuery q(m_db, u"SELECT id, finisher_id IS NOT NULL FROM task WHERE removed = 0"_s);
        q.exec();
        while (q.next())
            f.finished.insert(q.value(0).toLongLong(), q.value(1).toBool());
    }
    {
        SqlQuery q(m_db, uR"(SELECT c.task_id, c.claimed_at FROM claim c JOIN task t ON t.id = c.task_id
                             WHERE t.removed = 0)"_s);
        q.exec();
        while (q.next())
            f.claims.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    {
        SqlQuery q(m_db, uR"(SELECT pt.task_id, pr.created_at, pr.merged_at, pr.state,
                                    lower(pr.author_login) = lower(coalesce(p.login, ''))
                             FROM pr_task pt JOIN pull_request pr ON pr.id = pt.pr_id JOIN task t ON t.id = pt.task_id
                             LEFT JOIN participant p ON p.id = t.finisher_id
                             WHERE t.removed = 0)"_s);
        q.exec();
        while (q.next())
            f.prs.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString() == u"merged", q.value(4).toBool()});
    }
    {
        SqlQuery q(m_db, uR"(SELECT t.id, c.updated_at FROM task t JOIN claim c ON c.task_id = t.id
                             AND c.participant_id = t.finisher_id WHERE t.removed = 0)"_s);
        q.exec();
        while (q.next())
            f.finisherClaims.append({q.value(0).toLongLong(), q.value(1).toString()});
    }
    return f;
}

} // namespace hd
