#include "io/csv.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "support/clirunner.h"
#include "support/backend.h"
#include "testutil.h"

#include <QCoreApplication>

// Hostile values through every command and every CSV kind: quotes, SQL ('; DROP TABLE), NUL, right-to-left
// marks and 10,000-character strings. Each run ends normally (no crash, no hang) with either the value
// stored literally or a message on stderr; afterwards the database passes integrity_check with every table
// and row it had. (A NUL cannot be passed in an argument; it goes through the files.)

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QStringList hostileValues()
{
    QString longText;
    while (longText.size() < 10'000)
        longText += u"长'\";--x"_s;
    longText.truncate(10'000);
    return {u"it's \"quoted\" ''"_s, u"x'; DROP TABLE task; --"_s, u"\u202Eevil\u202C \u200Frtl\u200E"_s, longText};
}

// The database's state: integrity and what its main tables hold.
QString health(const QString &path)
{
    Database db(path);
    // A server keeps its own integrity; a file is checked through and through.
    QString out = db.backend() == Backend::Postgres ? u"ok"_s
                                                    : SqlQuery::scalar(db, u"PRAGMA integrity_check"_s).toString();
    for (const QString &table : {u"task"_s, u"participant"_s, u"claim"_s, u"track"_s, u"pull_request"_s})
        out += u' ' + table + u'=' + SqlQuery::scalar(db, u"SELECT count(*) FROM %1"_s.arg(table)).toString();
    return out;
}

class HostileCli : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        if (!QCoreApplication::instance()) {
            static int argc = 1;
            static char name[] = "cli_tests";
            static char *argv[] = {name, nullptr};
            new QCoreApplication(argc, argv); // lives as long as the test run
        }
    }
    void SetUp() override { ASSERT_EQ(runHackdesk({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0); }

    // Runs one command; it must end normally, and say why when it refuses.
    CliRun run(const QStringList &args)
    {
        const CliRun r = runHackdesk(QStringList{u"--db"_s, db} + args);
        EXPECT_GE(r.code, 0) << "crashed or hung: " << args.join(u' ').left(300).toStdString();
        EXPECT_LE(r.code, 2) << args.join(u' ').left(300).toStdString();
        if (r.code != 0) {
            EXPECT_FALSE(r.err.trimmed().isEmpty())
                << "refused without a word: " << args.join(u' ').left(300).toStdString();
        }
        return r;
    }

    void hostileCells(const QString &kind);

    TempDir dir;
    QString db = eventDb(dir, u"e.sqlite"_s);
};

} // namespace

TEST_F(HostileCli, EveryCommandTakesHostileArgumentsAndTheDatabaseStaysIntact)
{
    const QString file = dir.path(u"hostile.txt"_s);
    const QString out = dir.path(u"out.txt"_s);
    for (const QString &h : hostileValues()) {
        SCOPED_TRACE(h.left(40).toStdString());
        writeAll(file, h.toUtf8() + QByteArray("\0\xFF", 2) + h.toUtf8());
        const QString before = health(db);
        const QList<QStringList> commands = {
            {u"summary"_s, u"--json"_s},
            {u"config"_s, u"get"_s, h},
            {u"import-csv"_s, u"--kind"_s, h, file},
            {u"import-csv"_s, u"--kind"_s, u"tasks"_s, h},
            {u"import-csv"_s, u"--kind"_s, u"participants"_s, file},
            {u"export-csv"_s, u"--kind"_s, h},
            {u"import-issue"_s, u"--track"_s, h, u"--file"_s, file},
            {u"import-issue"_s, u"--track"_s, u"tasks"_s, u"--file"_s, file, u"--dry-run"_s},
            {u"export-issue"_s, u"--track"_s, h},
            {u"payouts"_s, u"--format"_s, h},
            {u"judges"_s, u"list"_s, u"--track"_s, h},
            {u"judges"_s, u"add"_s, h},
            {u"judges"_s, u"assign"_s, u"--track"_s, h},
            {u"judge-packet"_s, u"export"_s, u"--judge"_s, h, u"--out"_s, out},
            {u"judge-packet"_s, u"import"_s, file},
            {u"rubric"_s, u"show"_s, u"--track"_s, h},
            {u"rubric"_s, u"set"_s, u"--track"_s, u"articles"_s, file},
            {u"submissions"_s, u"import"_s, u"--track"_s, u"articles"_s, file},
            {u"results"_s, u"--track"_s, h},
            {u"scores"_s, u"import"_s, file},
            {u"scores"_s, u"template"_s, u"--track"_s, u"articles"_s, u"--judge"_s, h},
            {u"camp"_s, u"list"_s, u"--track"_s, h},
            {u"fundable"_s, u"list"_s, u"--track"_s, h},
            {u"sync"_s, u"--api-url"_s, h},
            {u"sync"_s, u"--max-wait"_s, h},
            {h},
        };
        for (const QStringList &args : commands)
            run(args);
        EXPECT_EQ(health(db), before);
    }
}

TEST_F(HostileCli, ConfigKeysAndValuesAreStoredLiterally)
{
    for (const QString &h : hostileValues()) {
        SCOPED_TRACE(h.left(40).toStdString());
        for (const QString &key : {u"github.prefix"_s, h}) {
            const CliRun set = run({u"config"_s, u"set"_s, key, h});
            if (set.code == 0) {
                EXPECT_EQ(run({u"config"_s, u"get"_s, key}).out, h + u'\n');
            }
        }
    }
    EXPECT_TRUE(health(db).startsWith(u"ok "_s));
}

// Every cell of a good row of the kind replaced by each hostile value: imported literally (it comes back
// in the export exactly) or refused with a message; nothing else changes. A file with a NUL is refused.
void HostileCli::hostileCells(const QString &kind)
{
    const QString file = dir.path(u"in.csv"_s);
    const QString exported = dir.path(u"out.csv"_s);
    ASSERT_EQ(run({u"export-csv"_s, u"--kind"_s, kind, exported}).code, 0);
    const QList<CsvRecord> records = readCsvFile(exported);
    ASSERT_GE(records.size(), 2);
    const QStringList header = records[0].fields;
    const QStringList good = records[1].fields;

    writeAll(file, writeCsv({header, good}) + QByteArray("x\0y", 3) + "\r\n");
    const QString beforeNul = health(db);
    const CliRun nul = run({u"import-csv"_s, u"--kind"_s, kind, file});
    EXPECT_EQ(nul.code, 1);
    EXPECT_TRUE(nul.err.contains(u"NUL"_s)) << nul.err.toStdString();
    EXPECT_EQ(health(db), beforeNul);

    for (qsizetype column = 0; column < header.size(); ++column) {
        for (const QString &h : hostileValues()) {
            SCOPED_TRACE(header[column].toStdString() + " = " + h.left(40).toStdString());
            QStringList row = good;
            row[column] = spreadsheetText(h);
            writeAll(file, writeCsv({header, row}));
            const QString before = health(db);
            const CliRun r = run({u"import-csv"_s, u"--kind"_s, kind, file});
            if (r.code != 0) {
                EXPECT_EQ(health(db), before);
                continue;
            }
            ASSERT_EQ(run({u"export-csv"_s, u"--kind"_s, kind, exported}).code, 0);
            bool found = false;
            for (const CsvRecord &record : readCsvFile(exported))
                for (const QString &cell : record.fields)
                    found = found || fromSpreadsheetText(cell) == h;
            EXPECT_TRUE(found) << "stored, but not literally";
        }
    }
    EXPECT_TRUE(health(db).startsWith(u"ok "_s));
}

TEST_F(HostileCli, TasksCsvTakesHostileCells)
{
    hostileCells(u"tasks"_s);
}

TEST_F(HostileCli, ParticipantsCsvTakesHostileCells)
{
    hostileCells(u"participants"_s);
}

TEST_F(HostileCli, ClaimsCsvTakesHostileCells)
{
    hostileCells(u"claims"_s);
}

TEST_F(HostileCli, ApplicationsCsvTakesHostileCells)
{
    hostileCells(u"applications"_s);
}

TEST_F(HostileCli, WeeklyReportsCsvTakesHostileCells)
{
    hostileCells(u"weekly-reports"_s);
}

TEST_F(HostileCli, SubTasksCsvTakesHostileCells)
{
    hostileCells(u"sub-tasks"_s);
}
