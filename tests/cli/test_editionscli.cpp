#include "support/clirunner.h"
#include "support/backend.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

CliRun hackdesk(const QStringList &args)
{
    return runHackdesk(args);
}

QJsonObject jsonOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

class EditionsCli : public ::testing::Test
{
protected:
    CliRun run(const QStringList &args) { return hackdesk(QStringList{u"--db"_s, db} + args); }
    // What the event holds, as the commands show it.
    QString snapshot()
    {
        return run({u"config"_s, u"list"_s}).out + run({u"track"_s, u"list"_s, u"--json"_s}).out +
               run({u"summary"_s, u"--json"_s}).out;
    }
    // Runs a command that must fail with exit code `code` and a message containing `needle`, changing nothing.
    void expectRefused(const QStringList &args, const QString &needle, int code = 1)
    {
        const QString before = snapshot();
        const CliRun r = run(args);
        EXPECT_EQ(r.code, code) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(needle)) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
        EXPECT_EQ(snapshot(), before) << args.join(u' ').toStdString();
    }

    TempDir dir;
    QString db = eventDb(dir, u"e.sqlite"_s);
};

TEST_F(EditionsCli, ListsTheBuiltInEditions)
{
    const CliRun text = hackdesk({u"editions"_s});
    EXPECT_EQ(text.code, 0);
    for (const QString &name : {u"blank"_s, u"paddle-6th"_s, u"sprint"_s})
        EXPECT_TRUE(text.out.contains(name)) << text.out.toStdString();
    const QJsonArray list = jsonOf(hackdesk({u"editions"_s, u"--json"_s})).value(u"editions"_s).toArray();
    ASSERT_EQ(list.size(), 3);
    EXPECT_EQ(list[1].toObject().value(u"name"_s).toString(), u"paddle-6th"_s);
    EXPECT_TRUE(list[1].toObject().value(u"title"_s).toString().contains(u"Hackathon 6th"_s));
    EXPECT_EQ(list[2].toObject().value(u"currency"_s).toString(), u"USD"_s);
    EXPECT_EQ(list[2].toObject().value(u"tracks"_s).toInt(), 1);
}

TEST_F(EditionsCli, EveryBuiltInRoundTripsThroughInitAndExport)
{
    for (const QString &name : {u"blank"_s, u"paddle-6th"_s, u"sprint"_s}) {
        const QString file = eventDb(dir, name + u".sqlite"_s);
        ASSERT_EQ(hackdesk({u"--db"_s, file, u"init"_s, u"--edition"_s, name}).code, 0) << name.toStdString();
        const CliRun exported = hackdesk({u"--db"_s, file, u"export-edition"_s});
        ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
        // The export read back gives the same set-up again.
        const QString profile = dir.path(name + u".json"_s);
        writeAll(profile, exported.out.toUtf8());
        const QString again = eventDb(dir, name + u"-again.sqlite"_s);
        ASSERT_EQ(hackdesk({u"--db"_s, again, u"init"_s, u"--edition"_s, profile}).code, 0);
        const QString out = dir.path(name + u"-again.json"_s);
        ASSERT_EQ(hackdesk({u"--db"_s, again, u"export-edition"_s, u"--out"_s, out}).code, 0);
        EXPECT_EQ(QString::fromUtf8(readAll(out)), exported.out) << name.toStdString();
        // And it holds what the built-in file says.
        const QJsonObject settings = jsonOf(exported).value(u"settings"_s).toObject();
        if (name == u"sprint") {
            EXPECT_EQ(settings.value(u"event.currency"_s).toString(), u"USD"_s);
            EXPECT_EQ(settings.value(u"event.language"_s).toString(), u"en"_s);
            EXPECT_EQ(settings.value(u"claims.keywords"_s).toString(), u"/claim;claim"_s);
            EXPECT_EQ(settings.value(u"github.pr-titles"_s).toString(), u"[Sprint #{n}]"_s);
            EXPECT_EQ(jsonOf(exported).value(u"tracks"_s).toArray().size(), 1);
        } else if (name == u"blank") {
            EXPECT_TRUE(jsonOf(exported).value(u"tracks"_s).toArray().isEmpty());
        } else {
            EXPECT_EQ(settings.value(u"money.cap"_s).toString(), u"30000"_s);
            EXPECT_EQ(jsonOf(exported).value(u"tracks"_s).toArray().size(), 4);
        }
    }
}

TEST_F(EditionsCli, InitWithoutAnEditionStillCreatesTheSixth)
{
    ASSERT_EQ(run({u"init"_s}).code, 0);
    const QJsonObject summary = jsonOf(run({u"summary"_s, u"--json"_s}));
    EXPECT_TRUE(summary.value(u"event"_s).toObject().value(u"name"_s).toString().contains(u"Hackathon 6th"_s));
    EXPECT_EQ(summary.value(u"currency"_s).toString(), u"CNY"_s);
    EXPECT_EQ(summary.value(u"tracks"_s).toArray().size(), 4);
    expectRefused({u"init"_s, u"--edition"_s, u"sprint"_s}, u"already holds"_s);
}

TEST_F(EditionsCli, AMalformedProfileIsRefusedAndCreatesNothing)
{
    const QString profile = dir.path(u"bad.json"_s);
    writeAll(profile, R"({"hackdesk-edition": 1, "settings": {"event.name": "Bad"},
        "tracks": [{"name": "a", "kind": "tasks"}, {"name": "b", "kind": "tasks"}, {"name": "c", "kind": "tasks", "budget": "lots"}]})");
    const CliRun r = run({u"init"_s, u"--edition"_s, profile});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"tracks[2].budget: not an amount"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFileInfo::exists(db));
    const CliRun unknown = run({u"init"_s, u"--edition"_s, u"paddle-99th"_s});
    EXPECT_EQ(unknown.code, 1);
    EXPECT_TRUE(unknown.err.contains(u"paddle-6th"_s)) << unknown.err.toStdString();
    const CliRun missing = run({u"init"_s, u"--edition"_s, dir.path(u"none.json"_s)});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(u"none.json"_s)) << missing.err.toStdString();
    EXPECT_EQ(run({u"init"_s, u"--edition"_s, u"sprint"_s, u"--demo"_s}).code, 1);
    EXPECT_FALSE(QFileInfo::exists(db));
}

TEST_F(EditionsCli, ConfigListsAndSetsEverySetting)
{
    ASSERT_EQ(run({u"init"_s, u"--demo"_s}).code, 0);
    const CliRun list = run({u"config"_s, u"list"_s});
    ASSERT_EQ(list.code, 0);
    const QStringList keys = {u"event.name"_s,     u"event.organiser"_s,    u"event.sponsor"_s,
                              u"event.language"_s, u"event.currency"_s,     u"event.time-zone"_s,
                              u"event.launch"_s,   u"event.rfc-deadline"_s, u"event.pr-deadline"_s,
                              u"event.results"_s,  u"money.star-value"_s,   u"money.cap"_s,
                              u"money.pool"_s,     u"claims.keywords"_s,    u"github.pr-titles"_s,
                              u"github.api-url"_s, u"github.prefix"_s,      u"github.since"_s,
                              u"github.repos"_s,   u"github.design-repo"_s, u"track.1.issue"_s};
    for (const QString &key : keys)
        EXPECT_TRUE(list.out.contains(key + u" = "_s)) << key.toStdString();
    EXPECT_TRUE(list.out.contains(u"money.cap = 30000\n"_s)) << list.out.toStdString();
    // Every key config list prints takes its own value back.
    for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
        const qsizetype eq = line.indexOf(u" = "_s);
        const QString key = line.left(eq), value = line.mid(eq + 3);
        const CliRun set = run({u"config"_s, u"set"_s, key, value});
        EXPECT_EQ(set.code, 0) << key.toStdString() << ": " << set.err.toStdString();
    }
    EXPECT_EQ(run({u"config"_s, u"list"_s}).out, list.out);

    EXPECT_EQ(run({u"config"_s, u"set"_s, u"event.name"_s, u"PaddlePaddle Hackathon 10th"_s}).code, 0);
    EXPECT_EQ(run({u"config"_s, u"get"_s, u"event.name"_s}).out, u"PaddlePaddle Hackathon 10th\n"_s);
    EXPECT_EQ(run({u"config"_s, u"set"_s, u"event.results"_s, u"2026-07-01T12:00"_s}).code, 0);
    EXPECT_EQ(run({u"config"_s, u"get"_s, u"event.results"_s}).out, u"2026-07-01T12:00:00+08:00\n"_s);

    expectRefused({u"config"_s, u"set"_s, u"event.name"_s, u""_s}, u"event.name: cannot be empty"_s);
    expectRefused({u"config"_s, u"set"_s, u"event.language"_s, u"de"_s}, u"zh_CN or en"_s);
    expectRefused({u"config"_s, u"set"_s, u"event.currency"_s, u"EURO"_s}, u"ISO 4217"_s);
    expectRefused({u"config"_s, u"set"_s, u"event.currency"_s, u"JPY"_s}, u"decimal places"_s);
    expectRefused({u"config"_s, u"set"_s, u"event.time-zone"_s, u"Beijing"_s}, u"IANA"_s);
    expectRefused({u"config"_s, u"set"_s, u"event.launch"_s, u"32/13/2024"_s}, u"ISO 8601"_s);
    expectRefused({u"config"_s, u"set"_s, u"event.rfc-deadline"_s, u"soon"_s}, u"ISO 8601"_s);
    expectRefused({u"config"_s, u"set"_s, u"event.pr-deadline"_s, u"2024-02-30"_s}, u"ISO 8601"_s);
    expectRefused({u"config"_s, u"set"_s, u"money.star-value"_s, u"two thousand"_s}, u"not an amount in CNY"_s);
    expectRefused({u"config"_s, u"set"_s, u"money.cap"_s, u"-5"_s}, u"money.cap: not an amount"_s);
    expectRefused({u"config"_s, u"set"_s, u"money.pool"_s, u"1.001"_s}, u"money.pool: not an amount"_s);
    expectRefused({u"config"_s, u"set"_s, u"github.pr-titles"_s, u"[Sprint]"_s}, u"{n}"_s);
    expectRefused({u"config"_s, u"set"_s, u"github.pr-titles"_s, u"{n}"_s}, u"words before {n}"_s);
    expectRefused({u"config"_s, u"set"_s, u"github.repos"_s, u"Paddle"_s}, u"owner/name"_s);
    expectRefused({u"config"_s, u"set"_s, u"github.design-repo"_s, u"a/b/c"_s}, u"owner/name"_s);
    expectRefused({u"config"_s, u"set"_s, u"github.since"_s, u"yesterday"_s}, u"github.since"_s);
    expectRefused({u"config"_s, u"set"_s, u"track.1.issue"_s, u"62905"_s}, u"owner/name#number"_s);
    expectRefused({u"config"_s, u"set"_s, u"github.nope"_s, u"x"_s}, u"Unknown setting"_s);
    // The layout of an imported issue is kept under track.<id>.issue-layout: no setting to read or write.
    ASSERT_EQ(run({u"import-issue"_s, u"--track"_s, u"tasks"_s, u"--file"_s, testData(u"issues/tasks_6th.md"_s)}).code,
              0);
    expectRefused({u"config"_s, u"get"_s, u"track.1.issue-layout"_s}, u"is no setting"_s);
    expectRefused({u"config"_s, u"set"_s, u"track.1.issue-layout"_s, u"{}"_s}, u"is no setting"_s);
    EXPECT_FALSE(run({u"config"_s, u"list"_s}).out.contains(u"issue-layout"_s));
    const CliRun exported = run({u"export-issue"_s, u"--track"_s, u"tasks"_s});
    EXPECT_TRUE(exported.out.contains(u"| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |"_s));
}

TEST_F(EditionsCli, PayoutsFollowAMoneyChangeAtOnce)
{
    ASSERT_EQ(run({u"init"_s, u"--demo"_s}).code, 0);
    const QJsonObject before = jsonOf(run({u"payouts"_s}));
    EXPECT_EQ(before.value(u"currency"_s).toString(), u"CNY"_s);
    qint64 most = 0;
    for (const QJsonValue &p : before.value(u"people"_s).toArray())
        most = qMax<qint64>(most, p.toObject().value(u"paid_fen"_s).toInteger());
    EXPECT_LE(most, 3'000'000); // the 6th edition's cap
    EXPECT_GT(most, 500'050);
    ASSERT_EQ(run({u"config"_s, u"set"_s, u"money.cap"_s, u"5000.50"_s}).code, 0);
    ASSERT_EQ(run({u"config"_s, u"set"_s, u"event.currency"_s, u"EUR"_s}).code, 0);
    const QJsonObject after = jsonOf(run({u"payouts"_s}));
    EXPECT_EQ(after.value(u"currency"_s).toString(), u"EUR"_s);
    most = 0;
    for (const QJsonValue &p : after.value(u"people"_s).toArray())
        most = qMax<qint64>(most, p.toObject().value(u"paid_fen"_s).toInteger());
    EXPECT_EQ(most, 500'050);
    ASSERT_EQ(run({u"config"_s, u"set"_s, u"money.star-value"_s, u"1"_s}).code, 0);
    EXPECT_LT(jsonOf(run({u"payouts"_s})).value(u"total_fen"_s).toInteger(), after.value(u"total_fen"_s).toInteger());
    EXPECT_TRUE(run({u"summary"_s}).out.contains(u"€5,000.50"_s));
}

TEST_F(EditionsCli, TracksAreListedAddedChangedAndRemoved)
{
    ASSERT_EQ(run({u"init"_s}).code, 0);
    const CliRun add = run({u"track"_s, u"add"_s, u"--kind"_s, u"tasks"_s, u"--name"_s, u"PaddleOCR 任务"_s,
                            u"--budget"_s, u"20000.50"_s});
    ASSERT_EQ(add.code, 0) << add.err.toStdString();
    const QString id = add.out.trimmed();
    EXPECT_EQ(id, u"5"_s);
    EXPECT_EQ(run({u"track"_s, u"set"_s, id, u"name"_s, u"PaddleOCR tasks"_s}).code, 0);
    EXPECT_EQ(run({u"track"_s, u"set"_s, id, u"quota"_s, u"12"_s}).code, 0);
    EXPECT_EQ(run({u"track"_s, u"set"_s, id, u"quota-stars"_s, u"0.25"_s}).code, 0);
    EXPECT_EQ(run({u"track"_s, u"set"_s, id, u"threshold-percent"_s, u"70"_s}).code, 0);
    EXPECT_EQ(run({u"track"_s, u"set"_s, id, u"months-rule"_s, u"true"_s}).code, 0);
    EXPECT_EQ(run({u"track"_s, u"set"_s, id, u"issue"_s, u"PaddlePaddle/PaddleOCR#10"_s}).code, 0);
    EXPECT_EQ(run({u"track"_s, u"set"_s, id, u"position"_s, u"1"_s}).code, 0);
    EXPECT_EQ(run({u"track"_s, u"set"_s, id, u"budget"_s, u"30000"_s}).code, 0);

    const QJsonObject json = jsonOf(run({u"track"_s, u"list"_s, u"--json"_s}));
    EXPECT_EQ(json.value(u"currency"_s).toString(), u"CNY"_s);
    const QJsonArray tracks = json.value(u"tracks"_s).toArray();
    ASSERT_EQ(tracks.size(), 5);
    const QJsonObject first = tracks[0].toObject();
    EXPECT_EQ(first.value(u"id"_s).toInt(), 5);
    EXPECT_EQ(first.value(u"position"_s).toInt(), 1);
    EXPECT_EQ(first.value(u"name"_s).toString(), u"PaddleOCR tasks"_s);
    EXPECT_EQ(first.value(u"budget_fen"_s).toInteger(), 3'000'000);
    EXPECT_EQ(first.value(u"quota"_s).toInt(), 12);
    EXPECT_EQ(first.value(u"quota_stars"_s).toString(), u"0.25"_s);
    EXPECT_EQ(first.value(u"threshold_percent"_s).toInt(), 70);
    EXPECT_TRUE(first.value(u"months_rule"_s).toBool());
    EXPECT_EQ(first.value(u"issue"_s).toString(), u"PaddlePaddle/PaddleOCR#10"_s);
    EXPECT_EQ(tracks[1].toObject().value(u"id"_s).toInt(), 1);
    const CliRun text = run({u"track"_s, u"list"_s});
    EXPECT_TRUE(text.out.contains(u"[5] PaddleOCR tasks (tasks): budget ¥30,000"_s)) << text.out.toStdString();
    EXPECT_TRUE(text.out.contains(u"及格 (3 stars)"_s)) << text.out.toStdString();

    expectRefused({u"track"_s, u"add"_s, u"--kind"_s, u"party"_s, u"--name"_s, u"x"_s}, u"party"_s, 2);
    expectRefused({u"track"_s, u"add"_s, u"--kind"_s, u"tasks"_s}, u"--name"_s, 2);
    expectRefused({u"track"_s, u"add"_s, u"--kind"_s, u"tasks"_s, u"--name"_s, u" "_s}, u"needs a name"_s);
    expectRefused({u"track"_s, u"add"_s, u"--kind"_s, u"tasks"_s, u"--name"_s, u"x"_s, u"--budget"_s, u"lots"_s},
                  u"not an amount in CNY"_s);
    expectRefused({u"track"_s, u"set"_s, u"99"_s, u"name"_s, u"x"_s}, u"no track \"99\""_s);
    expectRefused({u"track"_s, u"set"_s, id, u"colour"_s, u"red"_s}, u"Unknown track key"_s, 2);
    expectRefused({u"track"_s, u"set"_s, id, u"name"_s, u""_s}, u"needs a name"_s);
    expectRefused({u"track"_s, u"set"_s, id, u"budget"_s, u"-1"_s}, u"not an amount"_s);
    expectRefused({u"track"_s, u"set"_s, id, u"quota"_s, u"many"_s}, u"whole number"_s);
    expectRefused({u"track"_s, u"set"_s, id, u"quota-stars"_s, u"0.0001"_s}, u"stars"_s);
    expectRefused({u"track"_s, u"set"_s, id, u"threshold-percent"_s, u"101"_s}, u"whole number from 0 to 100"_s);
    expectRefused({u"track"_s, u"set"_s, id, u"months-rule"_s, u"maybe"_s}, u"true or false"_s);
    expectRefused({u"track"_s, u"set"_s, id, u"position"_s, u"9"_s}, u"whole number from 1 to 5"_s);
    expectRefused({u"track"_s, u"set"_s, id, u"issue"_s, u"#10"_s}, u"owner/name#number"_s);

    EXPECT_EQ(run({u"track"_s, u"remove"_s, id}).code, 0);
    EXPECT_EQ(jsonOf(run({u"track"_s, u"list"_s, u"--json"_s})).value(u"tracks"_s).toArray().size(), 4);
    expectRefused({u"track"_s, u"remove"_s, id}, u"no track"_s);
}

TEST_F(EditionsCli, ATrackWithTasksOrClaimsIsNotRemoved)
{
    ASSERT_EQ(run({u"init"_s, u"--demo"_s}).code, 0);
    expectRefused({u"track"_s, u"remove"_s, u"1"_s}, u"cannot be removed: it holds 55 task"_s);
}

TEST_F(EditionsCli, TiersAreAddedAndRemoved)
{
    ASSERT_EQ(run({u"init"_s, u"--edition"_s, u"sprint"_s}).code, 0);
    EXPECT_EQ(run({u"tier"_s, u"add"_s, u"--track"_s, u"1"_s, u"--name"_s, u"Gold"_s, u"--stars"_s, u"3"_s}).code, 0);
    EXPECT_EQ(run({u"tier"_s, u"add"_s, u"--track"_s, u"1"_s, u"--name"_s, u"Silver"_s, u"--cash"_s, u"99.99"_s}).code,
              0);
    const QJsonArray tiers = jsonOf(run({u"track"_s, u"list"_s, u"--json"_s}))
                                 .value(u"tracks"_s)
                                 .toArray()[0]
                                 .toObject()
                                 .value(u"tiers"_s)
                                 .toArray();
    ASSERT_EQ(tiers.size(), 2);
    EXPECT_EQ(tiers[0].toObject().value(u"stars"_s).toString(), u"3"_s);
    EXPECT_EQ(tiers[1].toObject().value(u"cash_fen"_s).toInteger(), 9999);
    EXPECT_TRUE(run({u"track"_s, u"list"_s}).out.contains(u"Silver ($99.99)"_s));

    expectRefused({u"tier"_s, u"add"_s, u"--track"_s, u"1"_s, u"--name"_s, u"Gold"_s, u"--stars"_s, u"1"_s},
                  u"already has a reward tier \"Gold\""_s);
    expectRefused({u"tier"_s, u"add"_s, u"--track"_s, u"1"_s, u"--name"_s, u"Bronze"_s}, u"--stars N or --cash"_s, 2);
    expectRefused({u"tier"_s, u"add"_s, u"--track"_s, u"1"_s, u"--name"_s, u"Bronze"_s, u"--stars"_s, u"1"_s,
                   u"--cash"_s, u"5"_s},
                  u"--stars N or --cash"_s, 2);
    expectRefused({u"tier"_s, u"add"_s, u"--track"_s, u"1"_s, u"--name"_s, u"Bronze"_s, u"--stars"_s, u"-1"_s},
                  u"not a number of stars"_s);
    expectRefused({u"tier"_s, u"add"_s, u"--track"_s, u"1"_s, u"--name"_s, u"Bronze"_s, u"--cash"_s, u"1.234"_s},
                  u"not an amount in USD"_s);
    expectRefused({u"tier"_s, u"add"_s, u"--track"_s, u"7"_s, u"--name"_s, u"Bronze"_s, u"--stars"_s, u"1"_s},
                  u"no track \"7\""_s);
    expectRefused({u"tier"_s, u"add"_s, u"--name"_s, u"Bronze"_s, u"--stars"_s, u"1"_s}, u"--track"_s, 2);
    expectRefused({u"tier"_s, u"remove"_s, u"--track"_s, u"1"_s, u"--name"_s, u"Bronze"_s}, u"no reward tier"_s);

    EXPECT_EQ(run({u"tier"_s, u"remove"_s, u"--track"_s, u"1"_s, u"--name"_s, u"Gold"_s}).code, 0);
    EXPECT_EQ(jsonOf(run({u"track"_s, u"list"_s, u"--json"_s}))
                  .value(u"tracks"_s)
                  .toArray()[0]
                  .toObject()
                  .value(u"tiers"_s)
                  .toArray()
                  .size(),
              1);
}

} // namespace
