#include "support/clirunner.h"
#include "support/backend.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// Runs the real hackdesk binary the way a cron job does.
CliRun hackdesk(const QStringList &args)
{
    return runHackdesk(args);
}

} // namespace

TEST(Cli, HelpListsTheCommands)
{
    const CliRun r = hackdesk({u"--help"_s});
    EXPECT_EQ(r.code, 0);
    for (const QString &command : {u"init"_s, u"summary"_s, u"config"_s})
        EXPECT_TRUE(r.out.contains(u"  "_s + command)) << command.toStdString();
}

TEST(Cli, InitDemoTwiceGivesOneEventWithFourTracks)
{
    TempDir dir;
    const QString db = eventDb(dir, u"e.sqlite"_s);
    EXPECT_EQ(hackdesk({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    const CliRun first = hackdesk({u"--db"_s, db, u"summary"_s, u"--json"_s});
    const CliRun again = hackdesk({u"--db"_s, db, u"init"_s, u"--demo"_s});
    EXPECT_EQ(again.code, 0);
    EXPECT_TRUE(again.out.contains(u"Nothing to do"_s));
    const CliRun second = hackdesk({u"--db"_s, db, u"summary"_s, u"--json"_s});
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    EXPECT_EQ(first.out, second.out);
    const QJsonObject json = QJsonDocument::fromJson(second.out.toUtf8()).object();
    EXPECT_EQ(json[u"tracks"_s].toArray().size(), 4);
    EXPECT_EQ(json[u"event"_s][u"pool_fen"_s].toInteger(), 50'000'000);
    EXPECT_EQ(json[u"tracks"_s][0][u"tasks"_s].toInt(), 55);
    EXPECT_GT(json[u"participants"_s].toInt(), 0);
}

TEST(Cli, ATextFileIsRefusedWithOneLineAndLeftUnchanged)
{
    TempDir dir;
    const QString path = dir.path(u"notes.txt"_s);
    writeAll(path, "not a database\n");
    const CliRun r = hackdesk({u"--db"_s, path, u"summary"_s, u"--json"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(path));
    EXPECT_EQ(readAll(path), QByteArray("not a database\n"));
}

TEST(Cli, WrongUsageExitsWithTwo)
{
    TempDir dir;
    const QString db = eventDb(dir, u"e.sqlite"_s);
    EXPECT_EQ(hackdesk({u"--db"_s, db, u"frobnicate"_s}).code, 2);
    EXPECT_EQ(hackdesk({u"--db"_s, db, u"summary"_s, u"--bogus"_s}).code, 2);
    EXPECT_EQ(hackdesk({u"--db"_s}).code, 2);
    const CliRun noEvent = hackdesk({u"--db"_s, db, u"summary"_s});
    EXPECT_EQ(noEvent.code, 1);
    EXPECT_TRUE(noEvent.err.contains(u"init"_s));
}

TEST(Cli, ConfigGetsSetsAndRefusesUnknownKeys)
{
    TempDir dir;
    const QString db = eventDb(dir, u"e.sqlite"_s);
    ASSERT_EQ(hackdesk({u"--db"_s, db, u"init"_s}).code, 0);
    EXPECT_EQ(hackdesk({u"--db"_s, db, u"config"_s, u"get"_s, u"github.prefix"_s}).out, u"Hackathon 6th\n"_s);
    EXPECT_EQ(hackdesk({u"--db"_s, db, u"config"_s, u"set"_s, u"github.prefix"_s, u"Hackathon 7th"_s}).code, 0);
    EXPECT_EQ(hackdesk({u"--db"_s, db, u"config"_s, u"get"_s, u"github.prefix"_s}).out, u"Hackathon 7th\n"_s);
    EXPECT_EQ(hackdesk({u"--db"_s, db, u"config"_s, u"get"_s, u"track.1.issue"_s}).out,
              u"PaddlePaddle/Paddle#62905\n"_s);
    const CliRun bad = hackdesk({u"--db"_s, db, u"config"_s, u"set"_s, u"github.nope"_s, u"x"_s});
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(u"github.nope"_s));
    EXPECT_TRUE(hackdesk({u"--db"_s, db, u"config"_s, u"list"_s}).out.contains(u"github.repos = "_s));
}
