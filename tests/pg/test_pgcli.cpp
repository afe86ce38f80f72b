// The command line on a shared event: the same commands print the same on SQLite and PostgreSQL, and
// copy-to moves an event between the two without losing a row.

#include "storage/database.h"
#include "support/clirunner.h"
#include "support/dbdump.h"
#include "support/pgtest.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// Waits until the process has said `text` on stderr (what it said so far is added to `err`).
bool waitForStderr(QProcess &p, const QString &text, QString &err)
{
    QElapsedTimer t;
    t.start();
    while (!err.contains(text) && t.elapsed() < 10'000) {
        p.waitForReadyRead(100);
        err += QString::fromUtf8(p.readAllStandardError());
    }
    return err.contains(text);
}

// What a run printed, with the database's own name, the event's random uid and the clock made neutral.
QString printed(const CliRun &r, const QString &db)
{
    QString s = r.out + u"\n--- stderr:\n"_s + r.err + u"\n--- exit "_s + QString::number(r.code);
    static const QRegularExpression uid(u"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"_s);
    static const QRegularExpression now(u"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)?"_s);
    return s.replace(db, u"<db>"_s).replace(uid, u"<uid>"_s).replace(now, u"<time>"_s);
}

// Runs the same commands against both back ends and expects the same output from each.
class BothBackEnds : public ::testing::Test
{
protected:
    void SetUp() override
    {
        pg = freshPostgresDatabase();
        ASSERT_FALSE(pg.isEmpty());
    }
    // Runs `args` on both; returns the SQLite run after checking that PostgreSQL printed the same.
    CliRun both(const QStringList &args)
    {
        const CliRun a = runHackdesk(QStringList{u"--db"_s, lite} + args);
        const CliRun b = runHackdesk(QStringList{u"--db"_s, pg} + args);
        EXPECT_EQ(printed(b, pg), printed(a, lite)) << "hackdesk " << args.join(u' ').toStdString();
        return a;
    }

    TempDir dir;
    QString lite = dir.path(u"e.sqlite"_s);
    QString pg;
};

} // namespace

TEST_F(BothBackEnds, ImportClaimSummaryPayoutsAndReportPrintTheSame)
{
    EXPECT_EQ(both({u"init"_s}).code, 0);
    const QString tasks = dir.path(u"tasks.csv"_s);
    writeAll(tasks, "track,number,title,url,direction,stars,cash,rfc_required,locked,removed\n"
                    "tasks,1,One,,,1,,0,0,0\ntasks,2,Two,,,2,,0,0,0\ntasks,3,Three,,,3,,1,0,0\n");
    EXPECT_EQ(both({u"import-csv"_s, u"--kind"_s, u"tasks"_s, tasks}).code, 0);
    const QString people = dir.path(u"people.csv"_s);
    writeAll(people, "login,name,email,organisation\nAlice,Alice A,alice@example.org,Uni\nbob,Bob,,\n");
    EXPECT_EQ(both({u"import-csv"_s, u"--kind"_s, u"participants"_s, people}).code, 0);
    EXPECT_EQ(both({u"claim"_s, u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"1"_s, u"--login"_s, u"@alice"_s,
                    u"--status"_s, u"completed"_s})
                  .code,
              0);
    EXPECT_EQ(
        both({u"claim"_s, u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"2"_s, u"--login"_s, u"@newbie"_s}).code,
        0);
    // A login already taken whatever its case is one participant on both.
    EXPECT_EQ(
        both({u"claim"_s, u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"3"_s, u"--login"_s, u"@ALICE"_s}).code, 0);
    EXPECT_NE(both({u"claim"_s, u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"9"_s, u"--login"_s, u"@bob"_s}).code,
              0);
    const CliRun summary = both({u"summary"_s});
    EXPECT_EQ(summary.code, 0);
    EXPECT_EQ(both({u"summary"_s, u"--json"_s}).code, 0);
    const CliRun payouts = both({u"payouts"_s, u"--format"_s, u"json"_s});
    EXPECT_EQ(payouts.code, 0);
    EXPECT_TRUE(payouts.out.contains(u"\"login\":\"Alice\""_s)) << payouts.out.toStdString();
    EXPECT_EQ(both({u"export-csv"_s, u"--kind"_s, u"claims"_s}).code, 0);
    EXPECT_EQ(both({u"export-csv"_s, u"--kind"_s, u"participants"_s}).code, 0);
    const QString liteMd = dir.path(u"lite.md"_s), pgMd = dir.path(u"pg.md"_s);
    ASSERT_EQ(runHackdesk({u"--db"_s, lite, u"report"_s, u"--kind"_s, u"summary"_s, u"--markdown"_s, liteMd}).code, 0);
    const CliRun r = runHackdesk({u"--db"_s, pg, u"report"_s, u"--kind"_s, u"summary"_s, u"--markdown"_s, pgMd});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_FALSE(readAll(liteMd).isEmpty());
    EXPECT_EQ(QString::fromUtf8(readAll(pgMd)).replace(pg, u"<db>"_s),
              QString::fromUtf8(readAll(liteMd)).replace(lite, u"<db>"_s));
}

TEST_F(BothBackEnds, ADemoEventPrintsTheSame)
{
    // Also that no query's rows were dropped by another one run while they were read (Qt warns on stderr).
    EXPECT_EQ(both({u"init"_s, u"--demo"_s}).code, 0);
    EXPECT_EQ(both({u"summary"_s, u"--json"_s}).code, 0);
    EXPECT_EQ(both({u"payouts"_s, u"--format"_s, u"csv"_s}).code, 0);
    EXPECT_EQ(both({u"export-csv"_s, u"--kind"_s, u"claims"_s}).code, 0);
    const QString md = dir.path(u"r.md"_s);
    EXPECT_EQ(both({u"report"_s, u"--kind"_s, u"summary"_s, u"--markdown"_s, md}).code, 0);
    // Judging and the programmes, as far as the demo fills them.
    EXPECT_EQ(both({u"judges"_s, u"list"_s}).code, 0);
    EXPECT_EQ(both({u"results"_s, u"--track"_s, u"fundable"_s, u"--format"_s, u"json"_s}).code, 0);
    EXPECT_EQ(both({u"camp"_s, u"list"_s, u"--json"_s}).code, 0);
    EXPECT_EQ(both({u"fundable"_s, u"list"_s, u"--json"_s}).code, 0);
    EXPECT_EQ(both({u"export-issue"_s, u"--track"_s, u"tasks"_s}).code, 0);
}

TEST(CopyTo, SqliteToPostgresAndBackLosesNothing)
{
    TempDir dir;
    const QString source = dir.path(u"source.sqlite"_s), back = dir.path(u"back.sqlite"_s);
    const QString pg = freshPostgresDatabase();
    ASSERT_FALSE(pg.isEmpty());
    ASSERT_EQ(runHackdesk({u"--db"_s, source, u"init"_s, u"--demo"_s}).code, 0);

    CliRun r = runHackdesk({u"--db"_s, source, u"copy-to"_s, pg});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.startsWith(u"Copied "_s)) << r.out.toStdString();
    r = runHackdesk({u"--db"_s, pg, u"copy-to"_s, back});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();

    QString original, shared, returned;
    {
        Database a(source), b(pg), c(back);
        original = dumpEventTables(a);
        shared = dumpEventTables(b);
        returned = dumpEventTables(c);
    }
    EXPECT_GT(original.count(u'\n'), 200) << "the demo event fills the tables";
    EXPECT_EQ(shared, original);
    EXPECT_EQ(returned, original);
    // backup --out of a shared event writes the same rows into an SQLite file, and restoring it brings back
    // the same rows (more in JudgeRoles.ARestoreReplacesTheEventAndKeepsTheRolesOfTheJudgesItHolds).
    const QString backup = dir.path(u"backup.sqlite"_s);
    r = runHackdesk({u"--db"_s, pg, u"backup"_s, u"--out"_s, backup});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    {
        Database b(backup);
        EXPECT_EQ(dumpEventTables(b), original);
    }
    r = runHackdesk({u"--db"_s, pg, u"restore"_s, u"--yes"_s, backup});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    {
        Database b(pg);
        EXPECT_EQ(dumpEventTables(b), original);
    }
    // The copy goes on numbering after the copied ids.
    r = runHackdesk({u"--db"_s, pg, u"claim"_s, u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"1"_s, u"--login"_s,
                     u"@brand-new-person"_s});
    EXPECT_EQ(r.code, 0) << r.err.toStdString();

    // Into a database that already holds an event: refused, and nothing changes.
    const QString before = [&] {
        Database c(back);
        return dumpEventTables(c);
    }();
    r = runHackdesk({u"--db"_s, pg, u"copy-to"_s, back});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"already holds an event"_s)) << r.err.toStdString();
    Database c(back);
    EXPECT_EQ(dumpEventTables(c), before);
}

TEST(Watch, PrintsEachCommittedChangeOfAnyClient)
{
    const QString pg = freshPostgresDatabase();
    ASSERT_FALSE(pg.isEmpty());
    ASSERT_EQ(runHackdesk({u"--db"_s, pg, u"init"_s}).code, 0);
    TempDir dir;
    const QString tasks = dir.path(u"tasks.csv"_s);
    writeAll(tasks,
             "track,number,title,url,direction,stars,cash,rfc_required,locked,removed\ntasks,1,One,,,1,,0,0,0\n");
    ASSERT_EQ(runHackdesk({u"--db"_s, pg, u"import-csv"_s, u"--kind"_s, u"tasks"_s, tasks}).code, 0);

    QProcess watch;
    watch.start(QStringLiteral(HACKDESK_BINARY), {u"--db"_s, pg, u"watch"_s, u"--json"_s});
    ASSERT_TRUE(watch.waitForStarted());
    QString err;
    ASSERT_TRUE(waitForStderr(watch, u"Watching"_s, err)) << err.toStdString();

    const CliRun r = runHackdesk({u"--db"_s, pg, u"claim"_s, u"add"_s, u"--track"_s, u"tasks"_s, u"--task"_s, u"1"_s,
                                  u"--login"_s, u"@newbie"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    QString out;
    QElapsedTimer waited;
    waited.start();
    while (!out.contains(u"\"table\":\"claim\""_s) && waited.elapsed() < 10'000) {
        watch.waitForReadyRead(500);
        out += QString::fromUtf8(watch.readAllStandardOutput());
    }
    watch.kill();
    watch.waitForFinished();
    EXPECT_TRUE(out.contains(u"{\"key\":{\"id\":1},\"op\":\"insert\",\"table\":\"claim\"}"_s)) << out.toStdString();
    EXPECT_TRUE(out.contains(u"\"op\":\"insert\",\"table\":\"participant\"}"_s)) << out.toStdString();
    EXPECT_LT(waited.elapsed(), 2000) << "a change arrives within moments";

    // --count stops after that many; text lines name the table, the operation and the key.
    QProcess once;
    once.start(QStringLiteral(HACKDESK_BINARY), {u"--db"_s, pg, u"watch"_s, u"--count"_s, u"1"_s});
    err.clear();
    ASSERT_TRUE(waitForStderr(once, u"Watching"_s, err)) << err.toStdString();
    ASSERT_EQ(runHackdesk({u"--db"_s, pg, u"config"_s, u"set"_s, u"backup.keep"_s, u"3"_s}).code, 0);
    ASSERT_TRUE(once.waitForFinished(10'000));
    EXPECT_EQ(once.exitCode(), 0);
    EXPECT_EQ(QString::fromUtf8(once.readAllStandardOutput()), u"setting insert key=backup.keep\n"_s);

    // A file has no server to announce changes.
    const QString file = dir.path(u"e.sqlite"_s);
    ASSERT_EQ(runHackdesk({u"--db"_s, file, u"init"_s}).code, 0);
    const CliRun refused = runHackdesk({u"--db"_s, file, u"watch"_s});
    EXPECT_EQ(refused.code, 1);
    EXPECT_TRUE(refused.err.contains(u"only a shared event"_s)) << refused.err.toStdString();
}

TEST(SharedEvent, DataVersionChangesWhenAnotherClientCommits)
{
    const QString pg = freshPostgresDatabase();
    ASSERT_FALSE(pg.isEmpty());
    ASSERT_EQ(runHackdesk({u"--db"_s, pg, u"init"_s}).code, 0);
    Database db(pg);
    const qint64 before = db.dataVersion();
    EXPECT_EQ(db.dataVersion(), before) << "unchanged while nobody writes";
    const CliRun r = runHackdesk({u"--db"_s, pg, u"config"_s, u"set"_s, u"backup.keep"_s, u"4"_s});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_NE(db.dataVersion(), before);
}
