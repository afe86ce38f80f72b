#include "demo/demoevent.h"
#include "io/filewriter.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>

#include <sys/stat.h>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {
int fileMode(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}
} // namespace

TEST(FileWriter, ReplacesAFileWholeAndLeavesNothingElse)
{
    TempDir dir;
    const QString path = dir.path(u"out.csv"_s);
    writeAll(path, "old");
    writeFileAtomically(path, "new content");
    EXPECT_EQ(readAll(path), "new content");
    EXPECT_EQ(QDir(dir.path(u""_s)).entryList(QDir::Files | QDir::Hidden), QStringList{u"out.csv"_s});
    writeFileAtomically(dir.path(u"packet.json"_s), "{}", FileAccess::OwnerOnly);
    EXPECT_EQ(fileMode(dir.path(u"packet.json"_s)), 0600);
}

TEST(FileWriter, AFailureNamesTheFileAndTheSystemsReason)
{
    TempDir dir;
    const QString missingFolder = dir.path(u"no/such/folder/out.csv"_s);
    try {
        writeFileAtomically(missingFolder, "x");
        FAIL() << "wrote into a missing folder";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(missingFolder)) << e.message().toStdString();
        EXPECT_TRUE(e.message().contains(u"No such file or directory"_s)) << e.message().toStdString();
    }
    // A folder in the way: the rename fails, nothing is left behind.
    const QString folder = dir.path(u"taken"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    EXPECT_THROW(writeFileAtomically(folder, "x"), Error);
    EXPECT_EQ(QDir(dir.path(u""_s)).entryList(QDir::Files | QDir::Hidden), QStringList());
}

TEST(DatabaseFiles, ANewDatabaseAndItsBackupsAreOwnerOnly)
{
    TempDir dir;
    const QString path = dir.path(u"e.sqlite"_s);
    Database db(path);
    addDemoData(db);
    EXPECT_EQ(fileMode(path), 0600);
    EXPECT_EQ(fileMode(path + u"-wal"_s), 0600);
    const QString backup = dir.path(u"b.sqlite"_s);
    db.backupTo(backup);
    EXPECT_EQ(fileMode(backup), 0600);
    EXPECT_EQ(Database::inspect(backup).claims, 132);
    const QString automatic = db.autoBackup(u"test"_s);
    EXPECT_TRUE(automatic.startsWith(path + u".backups/e-"_s)) << automatic.toStdString();
    EXPECT_EQ(fileMode(automatic), 0600);
}

TEST(DatabaseFiles, ARefusedUpgradeLeavesNoEmptyBackup)
{
    TempDir dir;
    const QString path = dir.path(u"old.sqlite"_s);
    ASSERT_TRUE(QFile::copy(testData(u"schema-v4.sqlite"_s), path));
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    const QByteArray original = readAll(path);
    // Something in the way of the backup: the upgrade is refused before it starts.
    ASSERT_TRUE(QDir().mkpath(path + u".v4.bak"_s));
    EXPECT_THROW(Database db(path), Error);
    EXPECT_EQ(readAll(path), original);
    EXPECT_EQ(QDir(dir.path(u""_s)).entryList(QDir::Files | QDir::Hidden), QStringList{u"old.sqlite"_s});
}

TEST(DatabaseFiles, RestoreReplacesTheContentAndRefusesWhatIsNoBackup)
{
    TempDir dir;
    Database db(dir.path(u"e.sqlite"_s));
    addDemoData(db);
    const QString backup = dir.path(u"b.sqlite"_s);
    db.backupTo(backup);
    Participant p;
    p.login = u"later"_s;
    ParticipantRepository(db).insert(p);
    const DatabaseSummary s = Database::inspect(backup);
    EXPECT_EQ(s.participants, SqlQuery::scalar(db, u"SELECT count(*) FROM participant"_s).toLongLong() - 1);
    EXPECT_FALSE(s.eventName.isEmpty());
    db.restoreFrom(backup);
    EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM participant"_s).toLongLong(), s.participants);
    writeAll(dir.path(u"junk"_s), "junk junk junk");
    EXPECT_THROW(db.restoreFrom(dir.path(u"junk"_s)), Error);
    EXPECT_EQ(SqlQuery::scalar(db, u"SELECT count(*) FROM participant"_s).toLongLong(), s.participants);
}

TEST(DatabaseFiles, AStorageFailureIsAStorageError)
{
    TempDir dir;
    const QString path = dir.path(u"e.sqlite"_s);
    Database db(path);
    SqlQuery(db, u"PRAGMA busy_timeout = 20"_s).exec();
    Database other(path);
    Transaction held(other); // another writer holds the lock
    try {
        Transaction tx(db);
        FAIL() << "took the write lock twice";
    } catch (const StorageError &e) {
        EXPECT_TRUE(e.message().contains(u"is busy"_s)) << e.message().toStdString();
    }
}
