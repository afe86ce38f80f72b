#include "demo/demoevent.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/migrations.h"
#include "storage/sqlquery.h"
#include "summaryevent.h"
#include "support/backend.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// Makes an SQLite file with the given header values, without going through Database.
void makeSqlite(const QString &path, int userVersion, qint32 applicationId, bool withTable)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        db.setDatabaseName(path);
        ASSERT_TRUE(db.open());
        QSqlQuery q(db);
        if (withTable) {
            ASSERT_TRUE(q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s));
        }
        ASSERT_TRUE(q.exec(u"PRAGMA user_version = %1"_s.arg(userVersion)));
        ASSERT_TRUE(q.exec(u"PRAGMA application_id = %1"_s.arg(applicationId)));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
}

// Expects opening `path` to fail with a message containing `needle`, leaving the file as it was.
void expectRefused(const QString &path, const QString &needle)
{
    const QByteArray before = readAll(path);
    const QStringList filesBefore = QDir(QFileInfo(path).path()).entryList(QDir::Files);
    try {
        Database db(path);
        FAIL() << "opened " << path.toStdString();
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(needle)) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(path)) << "the message names the file: " << e.message().toStdString();
    }
    EXPECT_EQ(readAll(path), before);
    EXPECT_EQ(QDir(QFileInfo(path).path()).entryList(QDir::Files), filesBefore) << "no -wal, -shm or backup left";
}

} // namespace

TEST(Database, CreatesANewDatabaseAtTheCurrentSchema)
{
    TempDir dir;
    Database db(dir.path(u"sub/new.sqlite"_s));
    EXPECT_EQ(db.schemaVersion(), Database::SchemaVersion);
    EXPECT_EQ(SqlQuery::scalar(db, u"PRAGMA application_id"_s).toInt(), Database::ApplicationId);
    EXPECT_EQ(SqlQuery::scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    EXPECT_EQ(SqlQuery::scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    EXPECT_EQ(SqlQuery::scalar(db, u"PRAGMA busy_timeout"_s).toInt(), Database::busyTimeoutMs());
    EXPECT_TRUE(db.backupPath().isEmpty());
}

TEST(Database, MigrationsAreNumberedInOrder)
{
    int expected = 1;
    for (const Migration &m : migrations())
        EXPECT_EQ(m.version, expected++);
    EXPECT_EQ(migrations().last().version, Database::SchemaVersion);
}

TEST(Database, ReopensItsOwnFile)
{
    TempDir dir;
    const QString path = dir.path(u"e.sqlite"_s);
    {
        Database db(path);
        initEvent(db);
    }
    Database again(path);
    EXPECT_TRUE(EventRepository(again).event().has_value());
}

TEST(Database, RefusesATextFileAndLeavesItUnchanged)
{
    TempDir dir;
    const QString path = dir.path(u"notes.txt"_s);
    writeAll(path, "These are my notes, not a database.\n");
    expectRefused(path, u"not a HackDesk database"_s);
}

TEST(Database, RefusesAnotherApplicationsSqliteFile)
{
    TempDir dir;
    const QString path = dir.path(u"other.sqlite"_s);
    makeSqlite(path, 3, 0x12345678, true);
    expectRefused(path, u"not a HackDesk one"_s);
    const QString plain = dir.path(u"plain.sqlite"_s);
    makeSqlite(plain, 0, 0, true);
    expectRefused(plain, u"not a HackDesk one"_s);
}

TEST(Database, RefusesANewerSchemaAndLeavesItUnchanged)
{
    TempDir dir;
    const QString path = dir.path(u"future.sqlite"_s);
    makeSqlite(path, Database::SchemaVersion + 1, Database::ApplicationId, true);
    expectRefused(path, u"newer HackDesk"_s);
}

TEST(Database, RefusesACorruptFileAndLeavesItUnchanged)
{
    TempDir dir;
    const QString path = dir.path(u"corrupt.sqlite"_s);
    {
        Database db(path);
        addDemoData(db);
    }
    QByteArray bytes = readAll(path);
    ASSERT_GT(bytes.size(), 8192);
    // Keep the header, scribble over the pages after it.
    for (qsizetype i = 4096; i < bytes.size(); i += 7)
        bytes[i] = char(0xA5);
    writeAll(path, bytes);
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    const QByteArray before = readAll(path);
    try {
        Database db(path);
        FAIL() << "opened a corrupt file";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(path));
    }
    EXPECT_EQ(readAll(path), before);
}

TEST(Database, AnEmptyFileBecomesANewDatabase)
{
    TempDir dir;
    const QString path = dir.path(u"empty.sqlite"_s);
    writeAll(path, QByteArray());
    Database db(path);
    EXPECT_EQ(db.schemaVersion(), Database::SchemaVersion);
}

// Every schema version HackDesk ever wrote opens, is backed up beside itself and upgraded, data intact.
TEST(Database, UpgradesADatabaseFromEveryEarlierVersion)
{
    for (int version = 1; version < Database::SchemaVersion; ++version) {
        SCOPED_TRACE(version);
        TempDir dir;
        const QString path = dir.path(u"old.sqlite"_s);
        ASSERT_TRUE(QFile::copy(testData(u"schema-v%1.sqlite"_s.arg(version)), path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        const QByteArray original = readAll(path);
        Database db(path);
        EXPECT_EQ(db.schemaVersion(), Database::SchemaVersion);
        ASSERT_FALSE(db.backupPath().isEmpty());
        EXPECT_TRUE(QFileInfo::exists(db.backupPath()));
        {
            Database backup(db.backupPath()); // the backup is the old database: opening it upgrades it too
            EXPECT_EQ(SqlQuery::scalar(backup, u"SELECT count(*) FROM claim"_s).toInt(), 132);
        }
        EXPECT_EQ(EventRepository(db).tracks().size(), 4);
        EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM task"_s).toInt(), 72);
        EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM claim"_s).toInt(), 132);
        EXPECT_EQ(SqlQuery::scalar(db, u"PRAGMA foreign_key_check"_s), QVariant());
        expectSameCounts(ProgressRepository(db).summaryCounts(), summaryCountsFigureByFigure(db)); // migration 9
        EXPECT_NE(readAll(path), original);
    }
}

TEST(Database, TheCurrentSchemaHasAFixtureForTheNextUpgrade)
{
    // When SchemaVersion rises, the previous version's fixture must exist.
    for (int version = 1; version < Database::SchemaVersion; ++version)
        EXPECT_TRUE(QFileInfo::exists(testData(u"schema-v%1.sqlite"_s.arg(version)))) << version;
}

// The database is in a transaction from the outermost's start to its commit or roll-back: what copy-to asks
// before it vacuums a server's copy (VACUUM cannot run in one).
TEST(Transaction, EndsWithTheOutermostCommitNotWithItsScope)
{
    TempDir dir;
    Database db(eventDb(dir, u"t.sqlite"_s));
    initEvent(db);
    EXPECT_FALSE(db.inTransaction());
    {
        Transaction outer(db);
        {
            Transaction inner(db);
            inner.commit();
            EXPECT_TRUE(db.inTransaction());
        }
        EXPECT_TRUE(db.inTransaction());
        outer.commit();
        EXPECT_FALSE(db.inTransaction());
        Transaction next(db); // a new outermost one, which begins its own
        EventRepository(db).setSetting(u"github.prefix"_s, u"Changed"_s);
        next.commit();
    }
    EXPECT_FALSE(db.inTransaction());
    EXPECT_EQ(EventRepository(db).setting(u"github.prefix"_s), u"Changed"_s);
    {
        Transaction dropped(db);
        EXPECT_TRUE(db.inTransaction());
    }
    EXPECT_FALSE(db.inTransaction());
}

TEST(Transaction, RollsBackEverythingWhenNotCommitted)
{
    TempDir dir;
    Database db(eventDb(dir, u"t.sqlite"_s));
    initEvent(db);
    EventRepository events(db);
    {
        Transaction outer(db);
        events.setSetting(u"github.prefix"_s, u"Changed"_s);
        {
            Transaction inner(db);
            events.setSetting(u"github.since"_s, u"2030-01-01"_s);
            inner.commit();
        }
        // outer not committed
    }
    EXPECT_EQ(events.setting(u"github.prefix"_s), u"Hackathon 6th"_s);
    EXPECT_EQ(events.setting(u"github.since"_s), u"2024-03-21T00:00:00Z"_s);
}
