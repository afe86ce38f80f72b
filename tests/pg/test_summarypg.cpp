// The summary's counts in one statement on PostgreSQL: the same as the figures read one by one there, and
// as SQLite's for the same event (copied as copy-to does).

#include "core/summaryevent.h"
#include "reports/summary.h"
#include "storage/eventcopy.h"
#include "support/pgtest.h"
#include "testutil.h"

#include <QJsonDocument>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

TEST(SummaryCountsPg, OneStatementGivesTheFiguresOfSeparateQueriesAndSqlites)
{
    TempDir dir;
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    Database lite(dir.path(u"d.sqlite"_s));
    addSummaryCorners(lite);
    Database pg(url);
    copyEvent(lite, pg);
    const SummaryCounts want = summaryCountsFigureByFigure(pg);
    ASSERT_EQ(want.tracks.size(), 3);
    expectSameCounts(ProgressRepository(pg).summaryCounts(), want);
    expectSameCounts(ProgressRepository(lite).summaryCounts(), want);
    EXPECT_EQ(QJsonDocument(Summary::load(pg).toJson()).toJson(), QJsonDocument(Summary::load(lite).toJson()).toJson());
}

TEST(SummaryCountsPg, AnEventWithoutTasksStillCountsItsPeople)
{
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    Database pg(url);
    initEvent(pg);
    SqlQuery(pg, u"INSERT INTO participant (login, name) VALUES ('ada', 'Ada'), ('bo', 'Bo')"_s).exec();
    const SummaryCounts got = ProgressRepository(pg).summaryCounts();
    EXPECT_TRUE(got.tracks.isEmpty());
    EXPECT_EQ(got.participants, 2);
    EXPECT_EQ(got.teams, 0);
    EXPECT_EQ(got.claims, 0);
}

// copy-to leaves the tallies compact: each copied row updated one in the copy's single transaction, and a
// read of the event's one tally row would otherwise scan every page those versions had filled.
TEST(SummaryCountsPg, ACopyLeavesTheTalliesOnePageEach)
{
    TempDir dir;
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    Database lite(dir.path(u"d.sqlite"_s));
    addSummaryCorners(lite);
    {
        Transaction tx(lite);
        SqlQuery person(lite, u"INSERT INTO participant (login, name) VALUES (?, ?)"_s);
        for (int i = 0; i < 1000; ++i)
            person.bind(u"person-%1"_s.arg(i), u"Person %1"_s.arg(i)).exec();
        tx.commit();
    }
    Database pg(url);
    copyEvent(lite, pg);
    const qint64 page = SqlQuery::scalar(pg, u"SELECT current_setting('block_size')::int"_s).toLongLong();
    for (const QString &table : {u"event_tally"_s, u"track_tally"_s})
        EXPECT_EQ(SqlQuery::scalar(pg, u"SELECT pg_relation_size('%1')"_s.arg(table)).toLongLong(), page) << table.toStdString();
    EXPECT_LE(SqlQuery::scalar(pg, u"SELECT pg_relation_size('task_tally')"_s).toLongLong(), 2 * page);
    expectSameCounts(ProgressRepository(pg).summaryCounts(), summaryCountsFigureByFigure(pg));
}
