#include "demo/demoevent.h"
#include "services/payoutdata.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "support/backend.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {
class PayoutData : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(eventDb(dir, u"p.sqlite"_s));
        addDemoData(*db);
    }
    TempDir dir;
    std::unique_ptr<Database> db;
};
} // namespace

TEST_F(PayoutData, EveryFinisherIsPaidTheirTasks)
{
    const PayoutInput in = payoutInput(*db);
    EXPECT_EQ(in.tasks.size(), SqlQuery::scalar(*db, u"SELECT count(*) FROM task t JOIN track k ON k.id = t.track_id "
                                                     u"WHERE k.kind = 'tasks' AND t.finisher_id IS NOT NULL"_s)
                                   .toInt());
    for (const CompletedTask &t : in.tasks)
        EXPECT_TRUE(t.completedAt.isValid()) << t.number;
    const PayoutReport r = calculatePayouts(in);
    Fen taskFen = 0;
    for (const CompletedTask &t : in.tasks)
        taskFen += t.cashFen ? *t.cashFen : t.stars.toFen(200'000);
    EXPECT_EQ(r.tracks[0].grossFen, taskFen);
}

TEST_F(PayoutData, CampArticlesAndFundableFollowTheirRules)
{
    const PayoutReport r = computePayouts(*db);
    // Camp: five passed defences at 优秀 5, 良好 4, 及格 3, 优秀 5, 良好 4 stars.
    EXPECT_EQ(r.tracks[1].grossFen, Fen(5 + 4 + 3 + 5 + 4) * 200'000);
    // Articles: eight merged, all within the quota of 20 at 0.5 star, plus ¥1,000 + ¥600 + ¥400.
    EXPECT_EQ(r.tracks[2].grossFen, 8 * 100'000 + 200'000);
    // Fundable: project 1 at 90 % of 13 stars; project 2 at 70 % is below the threshold.
    EXPECT_EQ(r.tracks[3].grossFen, Stars::whole(13).toFen(200'000) * 9 / 10);
    EXPECT_EQ(r.starsOfTheEvent.size(), 3);
    Fen paid = 0;
    for (const PersonPayout &p : r.people)
        paid += p.paidFen;
    EXPECT_EQ(paid, r.totalFen);
}

TEST_F(PayoutData, JsonKeepsTheContract)
{
    const QJsonObject json = QJsonDocument::fromJson(payoutReportToJson(computePayouts(*db))).object();
    for (const char *key : {"people", "tracks", "total_fen", "pool_fen", "stars_of_the_event"})
        EXPECT_TRUE(json.contains(QLatin1StringView(key))) << key;
    const QJsonObject person = json[u"people"_s].toArray().first().toObject();
    for (const char *key : {"login", "name", "stars", "gross_fen", "paid_fen", "capped", "lines"})
        EXPECT_TRUE(person.contains(QLatin1StringView(key))) << key;
    const QJsonObject line = person[u"lines"_s].toArray().first().toObject();
    for (const char *key : {"track", "item", "stars", "fen"})
        EXPECT_TRUE(line.contains(QLatin1StringView(key))) << key;
    const QJsonObject track = json[u"tracks"_s].toArray().first().toObject();
    for (const char *key : {"id", "kind", "budget_fen", "committed_fen"})
        EXPECT_TRUE(track.contains(QLatin1StringView(key))) << key;
}

// "最高0.2⭐️": the task pays its bound, 0.2 stars, like a task of 0.2 stars.
TEST_F(PayoutData, AnUpperBoundTaskPaysTheBound)
{
    const PayoutInput before = payoutInput(*db);
    ASSERT_FALSE(before.tasks.isEmpty());
    const CompletedTask &done = before.tasks.first();
    const qint64 trackId =
        SqlQuery::scalar(*db, u"SELECT id FROM track WHERE kind = 'tasks' ORDER BY position"_s).toLongLong();
    Task t = *TaskRepository(*db).byNumber(trackId, done.number);
    t.stars = *Stars::parse(u"0.2"_s);
    t.cashFen.reset();
    t.starsAtMost = true;
    TaskRepository(*db).update(t);
    const PayoutInput after = payoutInput(*db);
    for (const CompletedTask &c : after.tasks)
        if (c.number == done.number && c.trackId == trackId) {
            EXPECT_EQ(c.stars, *Stars::parse(u"0.2"_s));
            EXPECT_FALSE(c.cashFen);
        }
    const PayoutReport r = calculatePayouts(after);
    Fen taskFen = 0;
    for (const CompletedTask &c : after.tasks)
        taskFen += c.cashFen ? *c.cashFen : c.stars.toFen(200'000);
    EXPECT_EQ(r.tracks[0].grossFen, taskFen);
    EXPECT_EQ(Stars::parse(u"0.2"_s)->toFen(200'000), 40'000); // ¥400 at ¥2,000 a star
}
