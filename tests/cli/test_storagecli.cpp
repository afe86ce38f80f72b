// The event database, backups and written files under the conditions of real use: several programs at
// once, a mistyped --db, foreign or damaged files, full disks, read-only folders and SIGKILL.
#include "storage/database.h"
#include "support/clirunner.h"
#include "support/fakegithub.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <csignal>
#include <ctime>
#include <fcntl.h>
#include <iostream>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment cronEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"GITHUB_TOKEN"_s);
    env.remove(u"GH_TOKEN"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"GITHUB_TOKEN"_s, u"t"_s);
    return env;
}

// Starts hackdesk without waiting for it.
std::unique_ptr<QProcess> start(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessEnvironment(cronEnvironment());
    p->start(QStringLiteral(HACKDESK_BINARY), args);
    p->closeWriteChannel();
    return p;
}

CliRun finish(QProcess &p)
{
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

CliRun hackdesk(const QStringList &args)
{
    return finish(*start(args));
}

// Runs hackdesk through a shell line (for ulimit, redirections), the binary as "$HD".
CliRun shell(const QString &line, bool unprivileged = false)
{
    QProcess p;
    QProcessEnvironment env = cronEnvironment();
    env.insert(u"HD"_s, QStringLiteral(HACKDESK_BINARY));
    p.setProcessEnvironment(env);
    // root writes into read-only folders anyway: without the capability to override permissions it
    // meets them the way a user does.
    if (unprivileged && ::geteuid() == 0)
        p.start(u"setpriv"_s, {u"--bounding-set=-dac_override,-dac_read_search"_s, u"--"_s, u"bash"_s, u"-c"_s, line});
    else
        p.start(u"bash"_s, {u"-c"_s, line});
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

int fileMode(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// A participants CSV with `count` new people named prefix-1 … prefix-count.
QString participantsCsv(const TempDir &dir, const QString &prefix, int count)
{
    QByteArray csv = "login,name,email,organisation\n";
    for (int i = 1; i <= count; ++i)
        csv += u"%1-%2,Person %2,%1-%2@example.com,Org\n"_s.arg(prefix).arg(i).toUtf8();
    const QString path = dir.path(prefix + u".csv"_s);
    writeAll(path, csv);
    return path;
}

// What the crash test compares: the counts, which a command changes whole or not at all.
struct Counts
{
    qint64 tasks = -1, participants = -1, claims = -1;
    bool operator==(const Counts &) const = default;
};

Counts counts(const QString &db)
{
    const DatabaseSummary s = Database::inspect(db); // throws unless integrity_check says ok
    return {s.tasks, s.participants, s.claims};
}

std::ostream &operator<<(std::ostream &os, const Counts &c)
{
    return os << c.tasks << " tasks, " << c.participants << " participants, " << c.claims << " claims";
}

class StorageCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ensureCoreApplication();
        ASSERT_EQ(hackdesk({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    }
    CliRun run(const QStringList &args) { return hackdesk(QStringList{u"--db"_s, db} + args); }
    QJsonObject summary() { return QJsonDocument::fromJson(run({u"summary"_s, u"--json"_s}).out.toUtf8()).object(); }

    TempDir dir;
    QString db = dir.path(u"e.sqlite"_s);
};

} // namespace

TEST(StorageCliOpen, AMissingDatabaseIsRefusedByEveryCommandButInit)
{
    TempDir dir;
    const QString missing = dir.path(u"typo.sqlite"_s);
    for (const QStringList &command : {QStringList{u"summary"_s}, QStringList{u"config"_s, u"list"_s},
                                       QStringList{u"export-csv"_s, u"--kind"_s, u"tasks"_s},
                                       QStringList{u"backup"_s, u"--out"_s, dir.path(u"b.sqlite"_s)}}) {
        const CliRun r = hackdesk(QStringList{u"--db"_s, missing} + command);
        EXPECT_EQ(r.code, 1) << command.join(u' ').toStdString();
        EXPECT_TRUE(r.err.contains(u"no such event database: %1"_s.arg(missing))) << r.err.toStdString();
        EXPECT_FALSE(QFileInfo::exists(missing));
    }
    EXPECT_TRUE(QDir(dir.path(u""_s)).entryList(QDir::Files).isEmpty());

    const CliRun init = hackdesk({u"--db"_s, missing, u"init"_s});
    ASSERT_EQ(init.code, 0) << init.err.toStdString();
    EXPECT_EQ(fileMode(missing), 0600);
}

TEST(StorageCliOpen, AFileThatIsNotADatabaseIsRefusedInWordsAndLeftAlone)
{
    TempDir dir;
    const QString file = dir.path(u"notes.sqlite"_s);
    const QByteArray text = QByteArray("These are my notes, not a database.\n").repeated(200);
    writeAll(file, text);
    const CliRun r = hackdesk({u"--db"_s, file, u"summary"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"is not a HackDesk database"_s)) << r.err.toStdString();
    EXPECT_FALSE(r.err.contains(u"file is not a database"_s)) << "a raw driver error: " << r.err.toStdString();
    EXPECT_EQ(readAll(file), text);
    EXPECT_EQ(QDir(dir.path(u""_s)).entryList(QDir::Files), QStringList{u"notes.sqlite"_s});
}

TEST_F(StorageCli, TheDatabaseItsBackupsAndJudgePacketsAreOwnerOnly)
{
    EXPECT_EQ(fileMode(db), 0600);
    const QString backup = dir.path(u"b.sqlite"_s);
    ASSERT_EQ(run({u"backup"_s, u"--out"_s, backup}).code, 0);
    EXPECT_EQ(fileMode(backup), 0600);
    // An import keeps an automatic backup first, owner-only too.
    const CliRun imported = run({u"import-csv"_s, u"--kind"_s, u"participants"_s, participantsCsv(dir, u"p"_s, 3)});
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    const QDir backups(db + u".backups"_s);
    const QStringList files = backups.entryList(QDir::Files);
    ASSERT_EQ(files.size(), 1);
    EXPECT_TRUE(files.first().endsWith(u"-import-csv.sqlite"_s)) << files.first().toStdString();
    EXPECT_EQ(fileMode(backups.filePath(files.first())), 0600);
}

TEST_F(StorageCli, AutomaticBackupsKeepTheLastN)
{
    ASSERT_EQ(run({u"config"_s, u"set"_s, u"backup.keep"_s, u"2"_s}).code, 0);
    for (int i = 0; i < 4; ++i)
        ASSERT_EQ(run({u"import-csv"_s, u"--kind"_s, u"participants"_s, participantsCsv(dir, u"k%1"_s.arg(i), 2)}).code,
                  0);
    const QStringList files = QDir(db + u".backups"_s).entryList(QDir::Files, QDir::Name);
    ASSERT_EQ(files.size(), 2) << files.join(u' ').toStdString();
    // The newest two: the last holds the people of the first three imports.
    EXPECT_EQ(counts(QDir(db + u".backups"_s).filePath(files.last())).participants, counts(db).participants - 2);
    ASSERT_EQ(run({u"config"_s, u"set"_s, u"backup.keep"_s, u"0"_s}).code, 0);
    ASSERT_EQ(run({u"import-csv"_s, u"--kind"_s, u"participants"_s, participantsCsv(dir, u"k9"_s, 2)}).code, 0);
    EXPECT_EQ(QDir(db + u".backups"_s).entryList(QDir::Files).size(), 2);
}

// Sets a file's modification time `seconds` into the past.
void age(const QString &path, int seconds)
{
    const timespec then{::time(nullptr) - seconds, 0};
    const timespec times[2] = {then, then};
    ASSERT_EQ(::utimensat(AT_FDCWD, QFile::encodeName(path).constData(), times, 0), 0) << path.toStdString();
}

TEST_F(StorageCli, AKilledBackupsLeftoverIsRemovedByTheNextAutomaticBackup)
{
    ASSERT_EQ(run({u"import-csv"_s, u"--kind"_s, u"participants"_s, participantsCsv(dir, u"big"_s, 3000)}).code, 0);
    const QDir backups(db + u".backups"_s);
    const QStringList parts = {u"*.part-*"_s};
    // A backup into the backups folder killed while it writes (when the kill lands too early or too
    // late, again).
    int attempts = 0;
    while (backups.entryList(parts, QDir::Files).isEmpty() && attempts++ < 20) {
        auto p = start({u"--db"_s, db, u"backup"_s, u"--out"_s, backups.filePath(u"manual.sqlite"_s)});
        while (p->state() != QProcess::NotRunning && backups.entryList(parts, QDir::Files).isEmpty())
            p->waitForFinished(1);
        if (p->state() != QProcess::NotRunning)
            ::kill(pid_t(p->processId()), SIGKILL);
        p->waitForFinished(10'000);
        QFile::remove(backups.filePath(u"manual.sqlite"_s));
    }
    const QStringList left = backups.entryList(parts, QDir::Files);
    // The unfinished backup, and its journal when the kill landed while SQLite had one open.
    ASSERT_GE(left.size(), 1) << "no kill landed while the backup was written in " << attempts << " attempts";
    for (const QString &name : left)
        age(backups.filePath(name), 120);
    // One that another program is writing now (it holds the lock), and one just created (its writer may
    // not hold the lock yet): both stay.
    const QString busy = backups.filePath(u"other.sqlite.part-0000beef"_s);
    const QString fresh = backups.filePath(u"other.sqlite.part-0000cafe"_s);
    writeAll(busy, "SQLite format 3");
    writeAll(fresh, "SQLite format 3");
    age(busy, 120);
    const int lockFd = ::open(QFile::encodeName(busy).constData(), O_RDONLY | O_CLOEXEC);
    ASSERT_GE(lockFd, 0);
    ASSERT_EQ(::flock(lockFd, LOCK_EX), 0);

    const CliRun imported = run({u"import-csv"_s, u"--kind"_s, u"participants"_s, participantsCsv(dir, u"next"_s, 2)});
    ::close(lockFd);
    ASSERT_EQ(imported.code, 0) << imported.err.toStdString();
    for (const QString &name : left)
        EXPECT_FALSE(backups.exists(name))
            << "the leftover of the killed backup is still there: " << name.toStdString();
    EXPECT_TRUE(QFileInfo::exists(busy));
    EXPECT_TRUE(QFileInfo::exists(fresh));
    EXPECT_EQ(backups.entryList({u"*-import-csv.sqlite"_s}, QDir::Files).size(), 2);
}

// --out naming a pipe or a device (/dev/stdout in a cron line, /dev/null) writes into it: renaming a
// finished file over it would put a plain file in its place (as root, over /dev/null). A link is
// followed and stays a link.
TEST_F(StorageCli, OutIntoAPipeWritesIntoItAndALinkStaysALink)
{
    const QString fifo = dir.path(u"pipe"_s);
    ASSERT_EQ(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QList<QStringList> commands = {{u"backup"_s, u"--out"_s, fifo},
                                         {u"export-edition"_s, u"--out"_s, fifo},
                                         {u"payouts"_s, u"--format"_s, u"csv"_s, u"--out"_s, fifo}};
    for (const QStringList &command : commands) {
        // Non-blocking, so that a writer that never opens the pipe fails the test instead of hanging it.
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        ASSERT_GE(fd, 0);
        auto p = start(QStringList{u"--db"_s, db} + command);
        QByteArray got;
        char buffer[65536];
        for (bool running = true; running;) {
            running = !p->waitForFinished(5);
            for (ssize_t n; (n = ::read(fd, buffer, sizeof buffer)) > 0;)
                got.append(buffer, n);
        }
        ::close(fd);
        EXPECT_EQ(p->exitStatus(), QProcess::NormalExit);
        EXPECT_EQ(p->exitCode(), 0) << command.join(u' ').toStdString() << ": "
                                    << p->readAllStandardError().toStdString();
        EXPECT_FALSE(got.isEmpty()) << command.join(u' ').toStdString();
        struct stat st
        {};
        ASSERT_EQ(::lstat(QFile::encodeName(fifo).constData(), &st), 0);
        EXPECT_TRUE(S_ISFIFO(st.st_mode)) << command.join(u' ').toStdString() << " replaced the pipe";
    }
    EXPECT_EQ(QDir(dir.path(u""_s)).entryList({u"*.part-*"_s}, QDir::Files).size(), 0);

    const QString real = dir.path(u"profile.json"_s);
    const QString link = dir.path(u"link.json"_s);
    writeAll(real, "old");
    ASSERT_TRUE(QFile::link(real, link));
    const CliRun r = run({u"export-edition"_s, u"--out"_s, link});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(QFileInfo(link).isSymLink());
    QFile f(real);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.readAll().startsWith("{"));
}

TEST_F(StorageCli, BackupAndRestoreBringTheEventBack)
{
    const QString backup = dir.path(u"before.sqlite"_s);
    const CliRun b = run({u"backup"_s, u"--out"_s, backup});
    ASSERT_EQ(b.code, 0) << b.err.toStdString();
    EXPECT_TRUE(b.out.startsWith(u"Backed up %1: event \""_s.arg(backup))) << b.out.toStdString();
    const QJsonObject before = summary();
    const Counts backedUp = counts(backup);

    ASSERT_EQ(run({u"import-csv"_s, u"--kind"_s, u"participants"_s, participantsCsv(dir, u"new"_s, 5)}).code, 0);
    const QJsonObject changed = summary();
    ASSERT_NE(changed, before);

    // Without --yes: what it holds, and nothing changes.
    const CliRun shown = run({u"restore"_s, backup});
    EXPECT_EQ(shown.code, 1);
    EXPECT_TRUE(shown.out.contains(u"%1 participants"_s.arg(backedUp.participants))) << shown.out.toStdString();
    EXPECT_TRUE(shown.out.contains(u"%1 tasks"_s.arg(backedUp.tasks))) << shown.out.toStdString();
    EXPECT_TRUE(shown.err.contains(u"--yes"_s)) << shown.err.toStdString();
    EXPECT_EQ(summary(), changed);

    const CliRun restored = run({u"restore"_s, u"--yes"_s, backup});
    ASSERT_EQ(restored.code, 0) << restored.err.toStdString();
    EXPECT_EQ(summary(), before);
    // The event as it was before the restore is kept.
    const QStringList kept = QDir(db + u".backups"_s).entryList({u"*-before-restore.sqlite"_s}, QDir::Files);
    ASSERT_EQ(kept.size(), 1);
    EXPECT_EQ(counts(QDir(db + u".backups"_s).filePath(kept.first())).participants, backedUp.participants + 5);

    // A backup into a new file, and a file that is no backup.
    const QString fresh = dir.path(u"fresh.sqlite"_s);
    ASSERT_EQ(hackdesk({u"--db"_s, fresh, u"restore"_s, u"--yes"_s, backup}).code, 0);
    EXPECT_EQ(counts(fresh), backedUp);
    writeAll(dir.path(u"junk.sqlite"_s), "junk");
    const CliRun junk = run({u"restore"_s, u"--yes"_s, dir.path(u"junk.sqlite"_s)});
    EXPECT_EQ(junk.code, 1);
    EXPECT_EQ(summary(), before);
}

TEST_F(StorageCli, ABackupIsConsistentWhileAnImportWrites)
{
    const QString csv = participantsCsv(dir, u"busy"_s, 3000);
    const Counts base = counts(db);
    auto import = start({u"--db"_s, db, u"import-csv"_s, u"--kind"_s, u"participants"_s, csv});
    QList<Counts> seen;
    for (int i = 0; i < 5; ++i) {
        const QString out = dir.path(u"online-%1.sqlite"_s.arg(i));
        const CliRun b = run({u"backup"_s, u"--out"_s, out});
        ASSERT_EQ(b.code, 0) << b.err.toStdString();
        seen << counts(out);
    }
    ASSERT_EQ(finish(*import).code, 0);
    for (const Counts &c : seen)
        EXPECT_TRUE(c.participants == base.participants || c.participants == base.participants + 3000) << c;
}

TEST_F(StorageCli, TenImportsAtOnceAllSucceedAndLoseNothing)
{
    const qint64 base = counts(db).participants;
    std::vector<std::unique_ptr<QProcess>> runs;
    for (int i = 0; i < 10; ++i)
        runs.push_back(start({u"--db"_s, db, u"import-csv"_s, u"--kind"_s, u"participants"_s,
                              participantsCsv(dir, u"batch%1"_s.arg(i), 200)}));
    for (auto &p : runs) {
        const CliRun r = finish(*p);
        EXPECT_EQ(r.code, 0) << r.err.toStdString();
        EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    }
    EXPECT_EQ(counts(db).participants, base + 2000);
}

TEST_F(StorageCli, ABusyDatabaseIsSaidOnce)
{
    // Another program holds the write lock past the busy timeout (shortened here through a held lock
    // and a CSV whose every row would fail the same way).
    QSqlDatabase holder = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"holder"_s);
    holder.setDatabaseName(db);
    ASSERT_TRUE(holder.open());
    QSqlQuery(holder).exec(u"PRAGMA journal_mode = WAL"_s);
    ASSERT_TRUE(QSqlQuery(holder).exec(u"BEGIN IMMEDIATE"_s));
    QElapsedTimer timer;
    timer.start();
    const CliRun r = shell(u"HACKDESK_BUSY_TIMEOUT_MS=300 \"$HD\" --db '%1' import-csv --kind participants '%2'"_s.arg(
        db, participantsCsv(dir, u"locked"_s, 50)));
    QSqlQuery(holder).exec(u"ROLLBACK"_s);
    holder.close();
    holder = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"holder"_s);
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"is busy"_s)) << r.err.toStdString();
}

TEST_F(StorageCli, AFullDiskDuringAnImportChangesNothingAndSaysSoOnce)
{
    ASSERT_EQ(run({u"config"_s, u"set"_s, u"backup.keep"_s, u"0"_s}).code, 0);
    const Counts before = counts(db);
    const QByteArray bytes = readAll(db);
    // RLIMIT_FSIZE stands in for a full disk (no small tmpfs without privileges): the write-ahead log
    // may not grow past 64 KiB, and the import needs more.
    const CliRun r =
        shell(u"trap '' XFSZ; ulimit -f 64; exec \"$HD\" --db '%1' import-csv --kind participants '%2'"_s.arg(
            db, participantsCsv(dir, u"full"_s, 5000)));
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"Nothing was changed"_s)) << r.err.toStdString();
    EXPECT_EQ(counts(db), before);
}

TEST_F(StorageCli, AFullDiskOrReadOnlyFolderLeavesNoHalfWrittenFile)
{
    const QString out = dir.path(u"tasks.csv"_s);
    writeAll(out, "the old export\n");
    // Keeps the database's shared-memory file at its full size, so that SQLite itself needs no write
    // under the file-size limit.
    QSqlDatabase keeper = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"keeper"_s);
    keeper.setDatabaseName(db);
    ASSERT_TRUE(keeper.open());
    QSqlQuery(keeper).exec(u"SELECT count(*) FROM task"_s);
    // The file may not grow past 1 KiB: the export is bigger.
    const CliRun full =
        shell(u"trap '' XFSZ; ulimit -f 1; exec \"$HD\" --db '%1' export-csv --kind tasks '%2'"_s.arg(db, out));
    EXPECT_EQ(full.code, 1);
    EXPECT_TRUE(full.err.contains(out)) << full.err.toStdString();
    EXPECT_TRUE(full.err.contains(u"File too large"_s)) << full.err.toStdString();
    EXPECT_FALSE(full.err.contains(u"Unknown error"_s));
    EXPECT_EQ(readAll(out), "the old export\n");
    const CliRun issue = shell(
        u"trap '' XFSZ; ulimit -f 1; exec \"$HD\" --db '%1' export-issue --track tasks --out '%2'"_s.arg(db, out));
    EXPECT_EQ(issue.code, 1);
    EXPECT_EQ(readAll(out), "the old export\n"); // not truncated first
    const CliRun backup = shell(u"trap '' XFSZ; ulimit -f 1; exec \"$HD\" --db '%1' backup --out '%2'"_s.arg(
        db, dir.path(u"full-backup.sqlite"_s)));
    EXPECT_EQ(backup.code, 1);
    EXPECT_TRUE(backup.err.contains(u"Cannot write the backup %1"_s.arg(dir.path(u"full-backup.sqlite"_s))))
        << backup.err.toStdString();
    EXPECT_TRUE(QDir(dir.path(u""_s)).entryList({u"full-backup*"_s}, QDir::Files | QDir::Hidden).isEmpty());

    // Standard output on a full disk: /dev/full fails the final flush.
    const CliRun devFull = shell(u"exec \"$HD\" --db '%1' export-csv --kind participants > /dev/full"_s.arg(db));
    EXPECT_EQ(devFull.code, 1);
    EXPECT_TRUE(devFull.err.contains(u"No space left on device"_s)) << devFull.err.toStdString();

    // A read-only folder: exports and backups say which file and why; nothing is left behind.
    const QString folder = dir.path(u"readonly"_s);
    ASSERT_TRUE(QDir().mkpath(folder));
    ASSERT_TRUE(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadOther | QFile::ExeOther |
                                                  QFile::ReadGroup | QFile::ExeGroup));
    for (const QString &command :
         {u"export-csv --kind tasks '%1/t.csv'"_s, u"backup --out '%1/b.sqlite'"_s, u"payouts --out '%1/p.json'"_s}) {
        const CliRun r = shell(u"exec \"$HD\" --db '%1' %2"_s.arg(db, command.arg(folder)), true);
        EXPECT_EQ(r.code, 1) << command.toStdString();
        EXPECT_TRUE(r.err.contains(folder)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(u"Permission denied"_s)) << r.err.toStdString();
    }
    EXPECT_TRUE(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    keeper.close();
    keeper = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"keeper"_s);
}

TEST(StorageCliOpen, ADamagedDatabaseIsRefusedBeforeAnyWriteAndLeavesNoSideFiles)
{
    TempDir dir;
    const QString db = dir.path(u"e.sqlite"_s);
    ASSERT_EQ(hackdesk({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    // Change a value inside an index's leaf page: the b-tree stays well formed (quick_check passes),
    // but the index no longer matches its table, which only integrity_check sees.
    qint64 rootPage = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"damage"_s);
        raw.setDatabaseName(db);
        ASSERT_TRUE(raw.open());
        QSqlQuery q(raw);
        ASSERT_TRUE(q.exec(u"SELECT rootpage FROM sqlite_master WHERE type = 'index' AND tbl_name = 'task' "
                           u"ORDER BY name LIMIT 1"_s));
        ASSERT_TRUE(q.next());
        rootPage = q.value(0).toLongLong();
        q.finish();
        QSqlQuery(raw).exec(u"PRAGMA quick_check"_s);
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"damage"_s);
    QFile f(db);
    ASSERT_TRUE(f.open(QIODevice::ReadWrite));
    const qint64 pageEnd = rootPage * 4096;
    ASSERT_TRUE(f.seek(pageEnd - 1));
    char last = 0;
    ASSERT_TRUE(f.getChar(&last));
    ASSERT_TRUE(f.seek(pageEnd - 1));
    f.putChar(char(last ^ 0x40)); // the last cell's rowid
    f.close();
    const QByteArray damaged = readAll(db);

    const CliRun r = hackdesk({u"--db"_s, db, u"summary"_s});
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"is damaged"_s)) << r.err.toStdString();
    EXPECT_EQ(readAll(db), damaged);
    EXPECT_FALSE(QFileInfo::exists(db + u"-wal"_s));
    EXPECT_FALSE(QFileInfo::exists(db + u"-shm"_s));
}

namespace {

// Points the event's tasks track at an issue on the fake GitHub holding the 6th edition's task list.
void serveTheTaskList(const QString &db, FakeGitHub &server)
{
    const QJsonObject summary =
        QJsonDocument::fromJson(hackdesk({u"--db"_s, db, u"summary"_s, u"--json"_s}).out.toUtf8()).object();
    for (const QJsonValue &t : summary[u"tracks"_s].toArray()) {
        const bool tasks = t[u"kind"_s].toString() == u"tasks";
        ASSERT_EQ(hackdesk({u"--db"_s, db, u"config"_s, u"set"_s, u"track.%1.issue"_s.arg(t[u"id"_s].toInteger()),
                            tasks ? u"PaddlePaddle/Paddle#62905"_s : QString()})
                      .code,
                  0);
    }
    ASSERT_EQ(hackdesk({u"--db"_s, db, u"config"_s, u"set"_s, u"github.api-url"_s, server.apiUrl()}).code, 0);
    server.setIssue(u"PaddlePaddle/Paddle"_s, 62905, QString::fromUtf8(readAll(testData(u"issues/tasks_6th.md"_s))));
    const QDateTime march = QDateTime(QDate(2024, 3, 22), QTime(12, 0), QTimeZone::utc());
    for (int i = 0; i < 40; ++i)
        server.addComment(u"PaddlePaddle/Paddle"_s, 62905, u"claimer%1"_s.arg(i), u"【报名】：%1"_s.arg(20 + i % 5),
                          march.addSecs(60 * i));
}

void copyDatabase(const QString &from, const QString &to)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
        QFile::remove(to + suffix);
    QDir(to + u".backups"_s).removeRecursively();
    ASSERT_TRUE(QFile::copy(from, to));
}

} // namespace

TEST_F(StorageCli, AnImportAndASyncAtOnceLoseNoUpdate)
{
    FakeGitHub server;
    serveTheTaskList(db, server);
    const QString pristine = dir.path(u"pristine.sqlite"_s);
    copyDatabase(db, pristine);
    // Each alone, for what it changes.
    const QString csv = participantsCsv(dir, u"together"_s, 1500);
    ASSERT_EQ(run({u"sync"_s}).code, 0);
    const Counts synced = counts(db);
    copyDatabase(pristine, db);
    const qint64 base = counts(db).participants;

    for (int round = 0; round < 3; ++round) {
        copyDatabase(pristine, db);
        auto import = start({u"--db"_s, db, u"import-csv"_s, u"--kind"_s, u"participants"_s, csv});
        auto sync = start({u"--db"_s, db, u"sync"_s});
        const CliRun i = finish(*import);
        const CliRun s = finish(*sync);
        ASSERT_EQ(i.code, 0) << i.err.toStdString();
        ASSERT_EQ(s.code, 0) << s.err.toStdString();
        EXPECT_FALSE(s.err.contains(u"locked"_s) || i.err.contains(u"locked"_s));
        const Counts both = counts(db);
        EXPECT_EQ(both.tasks, synced.tasks);
        EXPECT_EQ(both.claims, synced.claims);
        // The sync's new people and the import's.
        EXPECT_EQ(both.participants, synced.participants + 1500) << "base " << base;
    }
}

TEST_F(StorageCli, SigkillDuringImportsAndSyncLeavesEachChangeWholeOrAbsent)
{
    FakeGitHub server;
    serveTheTaskList(db, server);
    ASSERT_EQ(run({u"config"_s, u"set"_s, u"backup.keep"_s, u"1"_s}).code, 0);
    const QString pristine = dir.path(u"pristine.sqlite"_s);
    copyDatabase(db, pristine);
    const Counts before = counts(pristine);
    const QString csv = participantsCsv(dir, u"killed"_s, 3000);
    const QList<QStringList> commands = {
        {u"import-issue"_s, u"--track"_s, u"tasks"_s, u"--file"_s, testData(u"issues/tasks_6th.md"_s)},
        {u"import-csv"_s, u"--kind"_s, u"participants"_s, csv},
        {u"sync"_s},
    };
    // Each command run whole: what it changes and how long it takes.
    QList<Counts> after;
    QList<qint64> took;
    for (const QStringList &c : commands) {
        copyDatabase(pristine, db);
        QElapsedTimer t;
        t.start();
        const CliRun r = run(c);
        took << std::max<qint64>(t.elapsed(), 20);
        ASSERT_EQ(r.code, 0) << r.err.toStdString();
        after << counts(db);
        ASSERT_NE(after.last(), before) << c.join(u' ').toStdString();
    }

    const quint32 seed = qEnvironmentVariableIsSet("HACKDESK_KILL_SEED")
                             ? quint32(qEnvironmentVariableIntValue("HACKDESK_KILL_SEED"))
                             : QRandomGenerator::system()->generate();
    std::cout << "SIGKILL test seed " << seed << " (rerun with HACKDESK_KILL_SEED=" << seed << ")" << std::endl;
    RecordProperty("seed", std::to_string(seed));
    QRandomGenerator random(seed);
    int killed = 0, whole = 0, absent = 0;
    QElapsedTimer total;
    total.start();
    for (int i = 0; killed < 54 && i < 120; ++i) {
        const int which = i % 3;
        copyDatabase(pristine, db);
        auto p = start(QStringList{u"--db"_s, db} + commands[which]);
        ASSERT_TRUE(p->waitForStarted()) << "run " << i << ": " << p->errorString().toStdString() << ", state "
                                         << p->state();
        // Mostly past the start-up, where the writing happens.
        QThread::msleep(random.bounded(quint32(took[which] * 2 / 5), quint32(took[which])));
        if (p->state() == QProcess::Running) {
            ::kill(pid_t(p->processId()), SIGKILL);
            ++killed;
        }
        p->waitForFinished(60'000);
        Counts now;
        try {
            now = counts(db);
        } catch (const hd::Error &e) {
            FAIL() << "seed " << seed << ", run " << i << ": " << e.message().toStdString();
        }
        ASSERT_TRUE(now == before || now == after[which])
            << "seed " << seed << ", run " << i << " (" << commands[which].first().toStdString() << "): " << now
            << "; before " << before << ", whole " << after[which];
        (now == before ? absent : whole) += 1;
        // And it opens for writing again.
        try {
            Database reopened(db);
            Transaction tx(reopened);
            tx.commit();
        } catch (const hd::Error &e) {
            ADD_FAILURE() << "seed " << seed << ", run " << i << ": " << e.message().toStdString();
        }
    }
    std::cout << killed << " SIGKILLs: " << whole << " changes whole, " << absent << " absent, "
              << total.elapsed() / 1000.0 << " s" << std::endl;
    EXPECT_GE(killed, 50);
}
