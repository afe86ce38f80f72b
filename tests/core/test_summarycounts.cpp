// The summary's counts in one statement (ProgressRepository::summaryCounts) against the same figures read
// one plain query each, on an event with removed tasks, a track of removed tasks only and one without tasks.

#include "model/error.h"
#include "reports/summary.h"
#include "summaryevent.h"
#include "support/backend.h"
#include "support/statementlog.h"
#include "testutil.h"

#include <QJsonArray>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

TEST(SummaryCounts, OneStatementGivesTheFiguresOfSeparateQueries)
{
    TempDir dir;
    Database db(eventDb(dir, u"d.sqlite"_s));
    const qint64 emptyTrack = addSummaryCorners(db);
    const SummaryCounts want = summaryCountsFigureByFigure(db);
    // The corners are there: a removed task with a claim, a track of removed tasks whose claims still count.
    ASSERT_GT(SqlQuery::scalar(db, u"SELECT count(*) FROM claim c JOIN task t ON t.id = c.task_id "
                                   u"WHERE t.removed = 1"_s)
                  .toInt(),
              0);
    ASSERT_GT(want.claims, 0);
    ASSERT_GT(want.participants, 0);
    ASSERT_GT(want.teams, 0);
    ASSERT_EQ(want.tracks.size(), 3) << "the demo's four tracks of tasks, one now all removed";
    const SummaryCounts got = ProgressRepository(db).summaryCounts();
    expectSameCounts(got, want);
    // The event and every track, in the event's order, read in the same statement.
    const Event event = EventRepository(db).requireEvent();
    ASSERT_TRUE(got.event.has_value());
    EXPECT_EQ(got.event->name, event.name);
    EXPECT_EQ(got.event->language, event.language);
    EXPECT_EQ(got.event->poolFen, event.poolFen);
    EXPECT_EQ(got.event->prDeadline, event.prDeadline);
    const QList<Track> tracks = EventRepository(db).tracks();
    ASSERT_EQ(got.allTracks.size(), tracks.size());
    for (qsizetype i = 0; i < tracks.size(); ++i) {
        EXPECT_EQ(got.allTracks[i].id, tracks[i].id);
        EXPECT_EQ(got.allTracks[i].name, tracks[i].name);
        EXPECT_EQ(got.allTracks[i].kind, tracks[i].kind);
        EXPECT_EQ(got.allTracks[i].budgetFen, tracks[i].budgetFen);
    }

    // One statement, so one round trip to a server.
    StatementLog log;
    const Summary s = Summary::load(db);
    EXPECT_EQ(log.count(), 1) << log.summary().toStdString();
    ASSERT_EQ(s.tracks.size(), 5);
    for (const Summary::TrackFigures &f : s.tracks) {
        const TrackProgress p = want.tracks.value(f.track.id);
        EXPECT_EQ(f.tasks, p.tasks) << f.track.id;
        EXPECT_EQ(f.claimed, p.claimed) << f.track.id;
        EXPECT_EQ(f.submitted, p.submitted) << f.track.id;
        EXPECT_EQ(f.completed, p.completed) << f.track.id;
        if (f.track.id == emptyTrack) {
            EXPECT_EQ(f.tasks, 0);
        }
    }
    EXPECT_EQ(s.claims, want.claims);
}

TEST(SummaryCounts, AnEventWithoutTasksStillCountsItsPeople)
{
    TempDir dir;
    Database db(eventDb(dir, u"d.sqlite"_s));
    initEvent(db);
    SqlQuery(db, u"INSERT INTO participant (login, name) VALUES ('ada', 'Ada'), ('bo', 'Bo')"_s).exec();
    const SummaryCounts got = ProgressRepository(db).summaryCounts();
    EXPECT_TRUE(got.tracks.isEmpty());
    EXPECT_EQ(got.allTracks.size(), 4);
    EXPECT_EQ(got.participants, 2);
    EXPECT_EQ(got.teams, 0);
    EXPECT_EQ(got.claims, 0);
    const QJsonObject json = Summary::load(db).toJson();
    EXPECT_EQ(json[u"participants"_s].toInt(), 2);
    EXPECT_EQ(json[u"tracks"_s].toArray().size(), 4);
}

TEST(SummaryCounts, ADatabaseWithoutAnEventSaysSo)
{
    TempDir dir;
    Database db(eventDb(dir, u"d.sqlite"_s));
    EXPECT_FALSE(ProgressRepository(db).summaryCounts().event.has_value());
    try {
        Summary::load(db);
        FAIL() << "a summary of no event";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(u"holds no event"_s)) << e.message().toStdString();
    }
}
