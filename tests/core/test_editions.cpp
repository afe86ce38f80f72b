#include "demo/demoevent.h"
#include "model/currency.h"
#include "model/error.h"
#include "services/editionprofile.h"
#include "services/eventsettings.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "support/dbdump.h"
#include "support/backend.h"
#include "testutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

template <typename F> QString errorOf(F f)
{
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

TEST(Currency, FormatsAndParsesInTheCurrencysMinorUnits)
{
    const Currency eur = *Currency::byCode(u"eur"_s);
    EXPECT_EQ(eur.code, u"EUR"_s);
    EXPECT_EQ(formatMoney(123450, eur), u"€1,234.50"_s);
    EXPECT_EQ(formatMoney(-200000, *Currency::byCode(u"CNY"_s)), u"-¥2,000"_s);
    const Currency jpy = *Currency::byCode(u"JPY"_s);
    EXPECT_EQ(formatMoney(2000, jpy), u"JP¥2,000"_s);
    EXPECT_EQ(parseAmount(u"50", eur), 5000);
    EXPECT_EQ(parseAmount(u"1000.50", eur), 100050);
    EXPECT_EQ(parseAmount(u"€1,000.5", eur), 100050);
    EXPECT_EQ(parseAmount(u"50", jpy), 50);
    EXPECT_EQ(parseAmount(u"50.5", jpy), std::nullopt);
    EXPECT_EQ(parseAmount(u"1.005", eur), std::nullopt);
    EXPECT_EQ(parseAmount(u"-5", eur), std::nullopt);
    EXPECT_EQ(parseAmount(u"fifty", eur), std::nullopt);
    EXPECT_EQ(amountText(100050, eur), u"1000.5"_s);
    EXPECT_EQ(amountText(5000, eur), u"50"_s);
    EXPECT_FALSE(Currency::byCode(u"XYZ"_s));
}

class Editions : public ::testing::Test
{
protected:
    void SetUp() override { db = std::make_unique<Database>(eventDb(dir, u"e.sqlite"_s)); }

    TempDir dir;
    std::unique_ptr<Database> db;
};

TEST_F(Editions, EveryBuiltInProfileRoundTrips)
{
    EXPECT_EQ(EditionProfile::builtInNames(), (QStringList{u"blank"_s, u"paddle-6th"_s, u"sprint"_s}));
    for (const QString &name : EditionProfile::builtInNames()) {
        Database fresh(eventDb(dir, name + u".sqlite"_s));
        const EditionProfile profile = EditionProfile::load(name);
        profile.apply(fresh);
        EXPECT_EQ(QString::fromUtf8(EditionProfile::capture(fresh).write()), QString::fromUtf8(profile.write()))
            << name.toStdString();
    }
}

// Found by fuzzing: before 1901 Asia/Shanghai kept local mean time, +08:05:43; written as +08:05 (ISO 8601
// has no seconds in offsets), a date read back 43 s later at every round trip, in a profile and in the
// database alike.
TEST_F(Editions, DatesInLocalMeanTimeReadBackAsTheSameInstant)
{
    const QByteArray json = R"({"hackdesk-edition": 1, "settings": {"event.name": "Old", "event.time-zone":
        "Asia/Shanghai", "event.launch": "1012-01-01", "event.pr-deadline": "2024-06-30T23:59:59+08:00"}})";
    const EditionProfile profile = EditionProfile::read(json);
    const QDateTime launch(QDate(1012, 1, 1), QTime(0, 0), QTimeZone("Asia/Shanghai"));
    EXPECT_EQ(profile.setup.event.launchAt, launch);
    const QByteArray written = profile.write();
    EXPECT_TRUE(written.contains(R"("event.launch": "1011-12-31T15:54:17Z")")) << written.constData();
    // A modern date keeps its zone's offset.
    EXPECT_TRUE(written.contains(R"("event.pr-deadline": "2024-06-30T23:59:59+08:00")")) << written.constData();
    const EditionProfile again = EditionProfile::read(written);
    EXPECT_EQ(again.setup.event.launchAt, launch);
    EXPECT_EQ(again.write(), written);

    profile.apply(*db);
    EXPECT_EQ(EventRepository(*db).requireEvent().launchAt, launch);
    EXPECT_EQ(EditionProfile::capture(*db).write(), written);
}

TEST_F(Editions, TheSixthEditionComesFromItsProfile)
{
    initEvent(*db);
    EventRepository events(*db);
    const Event e = events.requireEvent();
    EXPECT_TRUE(e.name.contains(u"Hackathon 6th"_s));
    EXPECT_EQ(e.starFen, 200'000);
    EXPECT_EQ(e.capFen, 3'000'000);
    EXPECT_EQ(e.poolFen, 50'000'000);
    EXPECT_EQ(e.language, u"zh_CN"_s);
    EXPECT_EQ(e.prDeadline, QDateTime(QDate(2024, 6, 14), QTime(23, 59, 59), QTimeZone(8 * 3600)));
    const QList<Track> tracks = events.tracks();
    ASSERT_EQ(tracks.size(), 4);
    EXPECT_EQ(tracks[2].quota, 20);
    EXPECT_EQ(tracks[2].quotaStars, Stars::fromMilli(500));
    EXPECT_EQ(tracks[3].thresholdPercent, 80);
    EXPECT_EQ(events.tiers(tracks[1].id).size(), 4);
    EXPECT_EQ(events.tiers(tracks[2].id)[0].cashFen, 100'000);
    EXPECT_EQ(events.setting(u"track.%1.issue"_s.arg(tracks[0].id)), u"PaddlePaddle/Paddle#62905"_s);
    EXPECT_EQ(events.setting(u"claims.keywords"_s), u"【报名】;[报名]"_s);
}

TEST_F(Editions, AMalformedProfileNamesTheFieldAndTheProblem)
{
    const auto refused = [](const QByteArray &json) { return errorOf([&] { EditionProfile::read(json); }); };
    const QByteArray head = R"({"hackdesk-edition": 1, "settings": {"event.name": "X"}, )";
    EXPECT_TRUE(refused(head + R"("tracks": [{"name": "a", "kind": "tasks"}, {"name": "b", "kind": "tasks"},
                                  {"name": "c", "kind": "camp", "budget": "lots"}]})")
                    .startsWith(u"tracks[2].budget: not an amount"_s));
    EXPECT_TRUE(refused(head + R"("tracks": [{"name": "a", "kind": "party"}]})").startsWith(u"tracks[0].kind:"_s));
    EXPECT_TRUE(refused(head + R"("tracks": [{"name": "a", "kind": "tasks", "colour": 1}]})")
                    .startsWith(u"tracks[0].colour: unknown field"_s));
    EXPECT_TRUE(refused(head + R"("tracks": [{"name": "a", "kind": "camp", "tiers": [{"name": "x", "stars": "-1"}]}]})")
                    .startsWith(u"tracks[0].tiers[0].stars:"_s));
    // Numbers too large for a whole number are refused by name (casting them was undefined behaviour).
    EXPECT_TRUE(refused(head + R"("tracks": [{"name": "a", "kind": "tasks", "quota": 1e20}]})")
                    .startsWith(u"tracks[0].quota: must be a whole number from 0 to"_s));
    EXPECT_TRUE(refused(head + R"("tracks": [{"name": "a", "kind": "tasks", "budget": 1e300}]})")
                    .startsWith(u"tracks[0].budget: must be text or a whole number"_s));
    EXPECT_TRUE(refused(R"({"hackdesk-edition": 1, "settings": {"event.name": "X", "money.cap": "1.234"}})")
                    .startsWith(u"settings.money.cap: not an amount in CNY"_s));
    EXPECT_TRUE(refused(R"({"hackdesk-edition": 1, "settings": {"event.name": "X", "event.time-zone": "Mars/Base"}})")
                    .startsWith(u"settings.event.time-zone:"_s));
    EXPECT_TRUE(refused(R"({"hackdesk-edition": 1, "settings": {"event.nam": "X"}})")
                    .startsWith(u"settings.event.nam: unknown setting"_s));
    EXPECT_TRUE(refused(R"({"hackdesk-edition": 1, "settings": {}})").startsWith(u"settings.event.name:"_s));
    EXPECT_TRUE(
        refused(R"({"hackdesk-edition": 2, "settings": {"event.name": "X"}})").startsWith(u"hackdesk-edition:"_s));
    EXPECT_TRUE(refused("{").startsWith(u"not JSON"_s));
    // Amounts are read in the profile's currency, whatever the order of the keys.
    const EditionProfile yen = EditionProfile::read(
        R"({"hackdesk-edition": 1, "settings": {"money.cap": "3000", "event.currency": "JPY", "event.name": "Y"}})");
    EXPECT_EQ(yen.setup.event.capFen, 3000);
}

TEST_F(Editions, ApplyRefusesAnExistingEvent)
{
    initEvent(*db);
    const QString before = dumpDatabase(*db);
    EXPECT_TRUE(errorOf([&] { EditionProfile::load(u"sprint"_s).apply(*db); }).contains(u"already holds an event"_s));
    EXPECT_EQ(dumpDatabase(*db), before);
}

TEST_F(Editions, SettingsAreValidatedAndWrittenWhereTheyLive)
{
    initEvent(*db);
    EventSettings settings(*db);
    settings.set(u"event.name"_s, u"Hackathon 10th"_s);
    settings.set(u"money.cap"_s, u"1000.50"_s);
    settings.set(u"event.currency"_s, u"EUR"_s);
    settings.set(u"event.time-zone"_s, u"Europe/Berlin"_s);
    settings.set(u"event.pr-deadline"_s, u"2026-06-30T23:59:59"_s);
    settings.set(u"event.language"_s, u"en"_s);
    const Event e = EventRepository(*db).requireEvent();
    EXPECT_EQ(e.name, u"Hackathon 10th"_s);
    EXPECT_EQ(e.capFen, 100050);
    EXPECT_EQ(e.currency, u"EUR"_s);
    EXPECT_EQ(e.language, u"en"_s);
    EXPECT_EQ(e.prDeadline.toUTC(), QDateTime(QDate(2026, 6, 30), QTime(21, 59, 59), QTimeZone::utc()));
    EXPECT_EQ(settings.value(u"event.pr-deadline"_s), u"2026-06-30T23:59:59+02:00"_s);
    EXPECT_EQ(settings.value(u"money.cap"_s), u"1000.5"_s);

    const QString before = dumpDatabase(*db);
    const struct
    {
        const char16_t *key, *value, *why;
    } bad[] = {
        {u"event.name", u" ", u"event.name: cannot be empty"},
        {u"event.language", u"fr", u"event.language: must be zh_CN or en"},
        {u"event.currency", u"XYZ", u"event.currency: not an ISO 4217 code"},
        {u"event.currency", u"JPY", u"decimal places"},
        {u"event.time-zone", u"Europe/Atlantis", u"event.time-zone: not an IANA time zone"},
        {u"event.launch", u"next monday", u"event.launch: not an ISO 8601 time"},
        {u"money.star-value", u"12.345", u"money.star-value: not an amount in EUR"},
        {u"money.pool", u"-1", u"money.pool: not an amount"},
        {u"github.pr-titles", u"[Sprint #{n}];[Sprint]",
         u"github.pr-titles: The PR title pattern “[Sprint]” has no {n}"},
        {u"github.repos", u"PaddlePaddle", u"github.repos: \"PaddlePaddle\" is not owner/name"},
        {u"github.api-url", u"ftp://x", u"github.api-url: not an http(s) URL"},
        {u"track.1.issue", u"Paddle 62905", u"track.1.issue: \"Paddle 62905\" is not owner/name#number"},
        {u"track.99.issue", u"a/b#1", u"Unknown setting \"track.99.issue\""},
        {u"camp.weeks", u"0", u"camp.weeks: not a whole number"},
    };
    for (const auto &b : bad) {
        const QString key = QString::fromUtf16(b.key);
        const QString value = QString::fromUtf16(b.value);
        EXPECT_FALSE(settings.check(key, value).isEmpty()) << key.toStdString();
        const QString why = errorOf([&] { settings.set(key, value); });
        EXPECT_TRUE(why.contains(QString::fromUtf16(b.why))) << key.toStdString() << ": " << why.toStdString();
    }
    EXPECT_EQ(dumpDatabase(*db), before);
    EXPECT_TRUE(settings.check(u"money.cap"_s, u"20"_s).isEmpty());

    settings.set(u"claims.keywords"_s, u" /claim ; claim "_s);
    EXPECT_EQ(settings.value(u"claims.keywords"_s), u"/claim;claim"_s);
    // Empty: the claim reader's default words (a blank event's list prints it so, and takes it back).
    settings.set(u"claims.keywords"_s, u" ; "_s);
    EXPECT_EQ(settings.value(u"claims.keywords"_s), QString());
    settings.set(u"claims.keywords"_s, u"/claim;claim"_s);
    // Every key config list prints can be read and written back as it reads.
    for (const QString &key : settings.keys()) {
        const QString value = settings.value(key);
        EXPECT_TRUE(settings.check(key, value).isEmpty()) << key.toStdString() << " = " << value.toStdString();
    }
}

TEST_F(Editions, TracksTiersAndDirectionsCanBeEditedAndRemoved)
{
    addDemoData(*db);
    EventRepository events(*db);
    const Track tasks = events.resolveTrack(u"tasks"_s);
    EXPECT_TRUE(errorOf([&] { events.removeTrack(tasks.id); }).contains(u"task"_s));
    EXPECT_TRUE(events.trackRemovalBlocker(tasks.id).has_value());

    Track t;
    t.name = u"PaddleOCR 任务"_s;
    t.position = 5;
    t.budgetFen = 100;
    const qint64 id = events.addTrack(t);
    Track changed = *events.track(id);
    changed.name = u"PaddleOCR tasks"_s;
    changed.budgetFen = 5'000'000;
    changed.quota = 3;
    events.updateTrack(changed);
    EXPECT_EQ(events.track(id)->name, u"PaddleOCR tasks"_s);
    EXPECT_EQ(events.track(id)->budgetFen, 5'000'000);

    events.moveTrack(id, 0);
    EXPECT_EQ(events.tracks().first().id, id);
    EXPECT_EQ(events.tracks()[1].id, tasks.id);
    events.moveTrack(id, 99);
    EXPECT_EQ(events.tracks().last().id, id);

    const qint64 gold = events.addTier({0, id, 0, u"Gold"_s, Stars::whole(3), std::nullopt});
    events.addTier({0, id, 0, u"Silver"_s, Stars(), Fen(50'000)});
    EXPECT_TRUE(errorOf([&] { events.addTier({0, id, 0, u"Gold"_s, Stars(), std::nullopt}); }).contains(u"Gold"_s));
    RewardTier tier = *events.tierByName(id, u"Gold"_s);
    EXPECT_EQ(tier.id, gold);
    EXPECT_EQ(tier.position, 1);
    tier.stars = Stars::whole(4);
    events.updateTier(tier);
    EXPECT_EQ(events.tierByName(id, u"Gold"_s)->stars, Stars::whole(4));
    events.removeTier(gold);
    EXPECT_EQ(events.tiers(id).size(), 1);

    const qint64 direction = events.addDirection({0, id, 0, u"OCR"_s});
    EXPECT_FALSE(errorOf([&] { events.addDirection({0, id, 0, u"OCR"_s}); }).isEmpty());
    events.renameDirection(direction, u"OCR models"_s);
    EXPECT_EQ(events.directions(id).first().name, u"OCR models"_s);
    events.removeDirection(direction);
    EXPECT_TRUE(events.directions(id).isEmpty());

    events.setSetting(u"track.%1.issue"_s.arg(id), u"PaddlePaddle/PaddleOCR#1"_s);
    EXPECT_FALSE(events.trackRemovalBlocker(id));
    events.removeTrack(id);
    EXPECT_FALSE(events.track(id));
    EXPECT_EQ(events.setting(u"track.%1.issue"_s.arg(id), u"gone"_s), u"gone"_s);
    EXPECT_TRUE(events.tiers(id).isEmpty());
}

} // namespace
