#include "demo/demoevent.h"
#include "reports/summary.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"
#include "support/backend.h"
#include "testutil.h"

#include "model/claim.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

TEST(DemoEvent, InitSetsUpTheSixthEditionWithoutData)
{
    TempDir dir;
    Database db(eventDb(dir, u"d.sqlite"_s));
    EXPECT_TRUE(initEvent(db));
    const Event e = EventRepository(db).requireEvent();
    EXPECT_EQ(e.poolFen, 50'000'000);
    EXPECT_EQ(e.starFen, 200'000);
    EXPECT_EQ(e.capFen, 3'000'000);
    EXPECT_EQ(e.launchAt, QDateTime(QDate(2024, 3, 20), QTime(19, 0), QTimeZone(8 * 3600)));
    const QList<Track> tracks = EventRepository(db).tracks();
    ASSERT_EQ(tracks.size(), 4);
    QStringList kinds;
    for (const Track &t : tracks)
        kinds << trackKindKey(t.kind);
    EXPECT_EQ(kinds, (QStringList{u"tasks"_s, u"camp"_s, u"articles"_s, u"fundable"_s}));
    EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM task"_s).toInt(), 0);
    EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM participant"_s).toInt(), 0);
    EXPECT_EQ(EventRepository(db).setting(u"track.%1.issue"_s.arg(tracks[0].id)), u"PaddlePaddle/Paddle#62905"_s);
    EXPECT_EQ(EventRepository(db).tiers(tracks[1].id).size(), 4);
    EXPECT_FALSE(initEvent(db)) << "a second init changes nothing";
}

TEST(DemoEvent, DemoDataIsAddedOnceAndCoversEveryStatus)
{
    TempDir dir;
    Database db(eventDb(dir, u"d.sqlite"_s));
    EXPECT_TRUE(addDemoData(db));
    const Summary first = Summary::load(db);
    EXPECT_FALSE(addDemoData(db));
    EXPECT_FALSE(initEvent(db));
    const Summary second = Summary::load(db);
    EXPECT_EQ(first.toJson(), second.toJson());
    EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM event"_s).toInt(), 1);
    EXPECT_EQ(second.tracks.size(), 4);
    EXPECT_EQ(second.tracks[0].tasks, 55);
    for (int status = 0; status < ClaimStatusCount; ++status)
        EXPECT_GT(SqlQuery::scalar(db, u"SELECT count(*) FROM claim WHERE status = ?"_s, {status}).toInt(), 0)
            << status;
    EXPECT_GT(SqlQuery::scalar(db, u"SELECT count(*) FROM task WHERE cash_fen IS NOT NULL"_s).toInt(), 0);
    EXPECT_GT(SqlQuery::scalar(db, u"SELECT count(*) FROM claim WHERE team_id IS NOT NULL"_s).toInt(), 0);
    // One finisher per completed task, and it is a claimant at 完成任务.
    EXPECT_EQ(SqlQuery::scalar(db, uR"(SELECT count(*) FROM task t WHERE t.finisher_id IS NOT NULL AND NOT EXISTS
             (SELECT 1 FROM claim c WHERE c.task_id = t.id AND c.participant_id = t.finisher_id AND c.status = 5))"_s)
                  .toInt(),
              0);
}

TEST(Summary, FiguresMatchTheDatabase)
{
    TempDir dir;
    Database db(eventDb(dir, u"d.sqlite"_s));
    addDemoData(db);
    const QJsonObject json = Summary::load(db).toJson();
    for (const char *key : {"participants", "teams", "claims"})
        EXPECT_TRUE(json.contains(QLatin1StringView(key))) << key;
    const QJsonObject event = json[u"event"_s].toObject();
    for (const char *key : {"name", "pool_fen", "star_fen", "cap_fen"})
        EXPECT_TRUE(event.contains(QLatin1StringView(key))) << key;
    for (const QJsonValue &v : json[u"tracks"_s].toArray()) {
        const QJsonObject t = v.toObject();
        const qint64 id = t[u"id"_s].toInteger();
        auto count = [&](const QString &where) {
            return SqlQuery::scalar(
                       db, u"SELECT count(*) FROM task t WHERE t.track_id = ? AND t.removed = 0 AND "_s + where, {id})
                .toInt();
        };
        EXPECT_EQ(t[u"tasks"_s].toInt(), count(u"1 = 1"_s));
        EXPECT_EQ(t[u"claimed"_s].toInt(), count(u"EXISTS (SELECT 1 FROM claim c WHERE c.task_id = t.id)"_s));
        EXPECT_EQ(t[u"submitted"_s].toInt(), count(u"EXISTS (SELECT 1 FROM pr_task p WHERE p.task_id = t.id)"_s));
        EXPECT_EQ(t[u"completed"_s].toInt(), count(u"t.finisher_id IS NOT NULL"_s));
        for (const char *key : {"id", "name", "kind", "tasks", "claimed", "submitted", "completed"})
            EXPECT_TRUE(t.contains(QLatin1StringView(key))) << key;
    }
    EXPECT_EQ(json[u"claims"_s].toInt(), SqlQuery::scalar(db, u"SELECT count(*) FROM claim"_s).toInt());
}
