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
