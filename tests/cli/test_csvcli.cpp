#include "support/clirunner.h"
#include "support/backend.h"
#include "testutil.h"

#include <QProcess>

using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// Runs the real hackdesk binary the way a cron job does.
CliRun hackdesk(const QStringList &args)
{
    return runHackdesk(args);
}

class CsvCli : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_EQ(hackdesk({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0); }
    CliRun run(const QStringList &args) { return hackdesk(QStringList{u"--db"_s, db} + args); }
    QString summary() { return run({u"summary"_s, u"--json"_s}).out; }

    TempDir dir;
    QString db = eventDb(dir, u"e.sqlite"_s);
};

} // namespace

TEST(CsvCliHelp, ListsTheCommands)
{
    const CliRun r = hackdesk({u"--help"_s});
    EXPECT_TRUE(
        r.out.contains(u"  import-csv --kind tasks|participants|claims|applications|weekly-reports|sub-tasks FILE"_s))
        << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(
        u"  export-csv --kind tasks|participants|claims|applications|weekly-reports|sub-tasks [FILE]"_s));
}

TEST_F(CsvCli, ExportsAFileAndImportsItBackUnchanged)
{
    const QString file = dir.path(u"people.csv"_s);
    const CliRun exported = run({u"export-csv"_s, u"--kind"_s, u"participants"_s, file});
    ASSERT_EQ(exported.code, 0) << exported.err.toStdString();
    EXPECT_TRUE(exported.out.startsWith(u"Wrote "_s)) << exported.out.toStdString();
    const QByteArray bytes = readAll(file);
    EXPECT_TRUE(bytes.startsWith("\xEF\xBB\xBFlogin,name,email,organisation\r\n"));
    const int rows = int(bytes.count("\r\n")) - 1;

    const QString before = summary();
    const CliRun imported = run({u"import-csv"_s, u"--kind"_s, u"participants"_s, file});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    EXPECT_EQ(imported.out, u"%1: 0 added, 0 updated, %2 unchanged.\n"_s.arg(file).arg(rows));
    EXPECT_EQ(summary(), before);
}

TEST_F(CsvCli, ImportsNewRowsAndSaysHowMany)
{
    const QString file = dir.path(u"tasks.csv"_s);
    writeAll(file, "\xEF\xBB\xBFtrack,number,title,url,direction,stars,cash,rfc_required,locked,removed\r\n"
                   "tasks,200,\xE6\x96\xB0\xE4\xBB\xBB\xE5\x8A\xA1,,,0.5,,0,0,0\r\n"
                   "tasks,8,Renamed,,,1,,0,0,0\r\n");
    const CliRun r = run({u"import-csv"_s, u"--kind"_s, u"tasks"_s, file});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u"%1: 1 added, 1 updated, 0 unchanged.\n"_s.arg(file));
    const CliRun out = run({u"export-csv"_s, u"--kind"_s, u"tasks"_s});
    ASSERT_EQ(out.code, 0);
    EXPECT_TRUE(out.out.startsWith(u"track,number,title,"_s)); // no BOM on standard output
    EXPECT_TRUE(out.out.contains(u"\r\ntasks,200,新任务,,,0.5,,0,0,0,0\r\n"_s));
}

TEST_F(CsvCli, ABadFileIsRefusedWithOneLineAndChangesNothing)
{
    const QString file = dir.path(u"bad.csv"_s);
    writeAll(file, "login,name,email,organisation\nnew-person,,,\nMEGEMINI,,,\n");
    const QString before = summary();
    const CliRun r = run({u"import-csv"_s, u"--kind"_s, u"participants"_s, file});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"line 3: @MEGEMINI is already in the event as @megemini"_s)) << r.err.toStdString();
    EXPECT_EQ(summary(), before);
}

TEST_F(CsvCli, ClaimsExportNamesTheTeamClaimsLeftOut)
{
    const CliRun r = run({u"export-csv"_s, u"--kind"_s, u"claims"_s});
    ASSERT_EQ(r.code, 0);
    EXPECT_TRUE(r.out.startsWith(u"track,task,login,status,claimed_at\r\n"_s));
    EXPECT_TRUE(r.err.contains(u"team claim"_s)) << r.err.toStdString();
}

TEST_F(CsvCli, WrongUsageExitsWithTwo)
{
    const QString file = dir.path(u"x.csv"_s);
    writeAll(file, "login,name,email,organisation\n");
    EXPECT_EQ(run({u"import-csv"_s, file}).code, 2);                                // no --kind
    EXPECT_EQ(run({u"import-csv"_s, u"--kind"_s, u"teams"_s, file}).code, 2);       // unknown kind
    EXPECT_EQ(run({u"import-csv"_s, u"--kind"_s, u"participants"_s}).code, 2);      // no file
    EXPECT_EQ(run({u"export-csv"_s, u"--kind"_s, u"tasks"_s, file, file}).code, 2); // two files
    EXPECT_EQ(run({u"import-csv"_s, u"--kind"_s, u"participants"_s, u"--bogus"_s, file}).code, 2);
    const CliRun missing = run({u"import-csv"_s, u"--kind"_s, u"participants"_s, dir.path(u"none.csv"_s)});
    EXPECT_EQ(missing.code, 1);
    EXPECT_TRUE(missing.err.contains(u"none.csv"_s));
}
