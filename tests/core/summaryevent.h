#pragma once

// A demo event with the corners the summary's counts must get right, and those counts figure by figure,
// one plain query each: used by the core tests (SQLite) and the PostgreSQL ones (the same event copied).

#include "demo/demoevent.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/progressrepository.h"
#include "storage/sqlquery.h"

#include <gtest/gtest.h>

namespace hd::test {

// The demo, plus: a removed task that was claimed, linked to a PR and finished; a track whose tasks are
// all removed (their claims still count among the claims); a track without tasks. Returns the last's id.
inline qint64 addSummaryCorners(const Database &db)
{
    using namespace Qt::StringLiterals;
    addDemoData(db);
    const qint64 finished = SqlQuery::scalar(db, uR"(SELECT min(t.id) FROM task t WHERE t.finisher_id IS NOT NULL
                                                       AND t.id IN (SELECT task_id FROM pr_task))"_s)
                                .toLongLong();
    SqlQuery(db, u"UPDATE task SET removed = 1 WHERE id = ?"_s).bind(finished).exec();
    const qint64 claimedTrack = SqlQuery::scalar(db, uR"(SELECT max(t.track_id) FROM task t
                                                           WHERE t.id IN (SELECT task_id FROM claim))"_s)
                                    .toLongLong();
    const qint64 firstTrack = SqlQuery::scalar(db, u"SELECT min(track_id) FROM task"_s).toLongLong();
    if (claimedTrack != firstTrack)
        SqlQuery(db, u"UPDATE task SET removed = 1 WHERE track_id = ?"_s).bind(claimedTrack).exec();
    Track empty;
    empty.name = u"没有任务的赛道"_s;
    return EventRepository(db).addTrack(empty);
}

// The counts as separate plain queries, as the summary once read them.
inline SummaryCounts summaryCountsFigureByFigure(const Database &db)
{
    using namespace Qt::StringLiterals;
    SummaryCounts out;
    SqlQuery q(db, uR"(
        SELECT t.track_id, count(*),
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM claim c WHERE c.task_id = t.id)),
               count(*) FILTER (WHERE EXISTS (SELECT 1 FROM pr_task p WHERE p.task_id = t.id)),
               count(t.finisher_id)
        FROM task t WHERE t.removed = 0 GROUP BY t.track_id)"_s);
    q.exec();
    while (q.next())
        out.tracks.insert(q.value(0).toLongLong(),
                          {q.value(1).toInt(), q.value(2).toInt(), q.value(3).toInt(), q.value(4).toInt()});
    out.participants = SqlQuery::scalar(db, u"SELECT count(*) FROM participant"_s).toInt();
    out.teams = SqlQuery::scalar(db, u"SELECT count(*) FROM team"_s).toInt();
    out.claims = SqlQuery::scalar(db, u"SELECT count(*) FROM claim"_s).toInt();
    return out;
}

inline void expectSameCounts(const SummaryCounts &got, const SummaryCounts &want)
{
    EXPECT_EQ(got.participants, want.participants);
    EXPECT_EQ(got.teams, want.teams);
    EXPECT_EQ(got.claims, want.claims);
    EXPECT_EQ(got.tracks.keys().size(), want.tracks.size());
    for (auto it = want.tracks.begin(); it != want.tracks.end(); ++it) {
        const TrackProgress g = got.tracks.value(it.key());
        EXPECT_TRUE(got.tracks.contains(it.key())) << "track " << it.key();
        EXPECT_EQ(g.tasks, it->tasks) << "track " << it.key();
        EXPECT_EQ(g.claimed, it->claimed) << "track " << it.key();
        EXPECT_EQ(g.submitted, it->submitted) << "track " << it.key();
        EXPECT_EQ(g.completed, it->completed) << "track " << it.key();
    }
}

} // namespace hd::test
