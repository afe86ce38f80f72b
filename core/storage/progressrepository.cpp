#include "progressrepository.h"

#include "database.h"
#include "eventrows.h"
#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace hd {

SummaryCounts ProgressRepository::summaryCounts() const
{
    // The event and the tallies the triggers keep (migration 9), with the tracks they belong to: one row per
    // track, the event and its totals on every row; a row without a track when there is none.
    SqlQuery q(m_db, uR"(SELECT participants, teams, claims, tasks, claimed, submitted, completed, %1, %2
                         FROM event e CROSS JOIN event_tally LEFT JOIN track k ON 1 = 1
                         LEFT JOIN track_tally ON track_id = k.id
                         WHERE e.id = 1 ORDER BY k.position, k.id)"_s.arg(eventrows::eventColumns(u"e"_s),
                                                                          eventrows::trackColumns(u"k"_s)));
    q.exec();
    SummaryCounts out;
    constexpr int firstTrackColumn = 7 + eventrows::eventColumnCount;
    while (q.next()) {
        if (!out.event) {
            out.event = eventrows::event(q, 7);
            out.participants = q.value(0).toInt();
            out.teams = q.value(1).toInt();
            out.claims = q.value(2).toInt();
        }
        if (q.value(firstTrackColumn).isNull())
            continue;
        out.allTracks.append(eventrows::track(q, firstTrackColumn));
        if (const int tasks = q.value(3).toInt(); tasks > 0)
            out.tracks.insert(out.allTracks.last().id,
                              {tasks, q.value(4).toInt(), q.value(5).toInt(), q.value(6).toInt()});
    }
    return out;
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
