#include "database.h"

#include "eventcopy.h"
#include "io/filewriter.h"
#include "migrations.h"
#include "model/error.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString newConnectionName()
{
    static std::atomic<int> counter{0};
    return u"hackdesk-%1"_s.arg(++counter);
}

// Runs a statement that is not user data (pragmas, schema); throws with the file named.
void execRaw(QSqlDatabase &db, const QString &sql, const QString &path)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw Error(Tr::tr("Cannot set up the database %1: %2").arg(path, q.lastError().text()));
}

} // namespace

Database::Database(const QString &path, const QString &password)
    : m_path(SqlDialect::isPostgresUrl(path) ? path : QFileInfo(path).absoluteFilePath())
    , m_password(password)
    , m_backend(SqlDialect::isPostgresUrl(path) ? Backend::Postgres : Backend::Sqlite)
    , m_connectionName(newConnectionName())
{
    if (m_backend == Backend::Postgres) {
        openPostgres();
        return;
    }
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        throw Error(Tr::tr("%1 is not a file.").arg(m_path));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            throw Error(Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));
        // Created here, owner-only, so that SQLite (and its -wal and -shm files) keep that mode.
        if (QString reason; !createPrivateFile(m_path, &reason))
            throw Error(Tr::tr("Cannot create the database %1: %2").arg(m_path, reason));
    }

    int userVersion = 0;
    if (info.exists() && info.size() > 0)
        probe(m_path, &userVersion);

    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        const QString reason = m_db.lastError().text();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw Error(Tr::tr("Cannot open the database %1: %2").arg(m_path, reason));
    }
    try {
        configure();
        migrate(userVersion);
        // WAL only once the file is accepted: a refused upgrade leaves the file byte for byte as it was.
        execRaw(m_db, u"PRAGMA journal_mode = WAL"_s, m_path);
    } catch (...) {
        m_statements.clear();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

// Looks at an existing file through a read-only connection, so that a refused file stays untouched
// (the -wal and -shm files such a connection may create are removed again).
void Database::probe(const QString &path, int *userVersion, DatabaseSummary *summary)
{
    static std::atomic<int> counter{0};
    const QString name = u"hackdesk-probe-%1"_s.arg(++counter);
    const QStringList sideFiles = {path + u"-wal"_s, path + u"-shm"_s};
    QList<bool> existed;
    for (const QString &f : sideFiles)
        existed << QFileInfo::exists(f);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            problem = Tr::tr("Cannot open %1: %2").arg(path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            auto read = [&](const QString &sql) -> QVariant {
                if (!q.exec(sql) || !q.next())
                    return {};
                return q.value(0);
            };
            const QVariant tables = read(u"SELECT count(*) FROM sqlite_master"_s);
            if (!tables.isValid()) {
                const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
                problem = code == SQLITE_NOTADB
                              ? Tr::tr("%1 is not a HackDesk database: it is not a database file at all.").arg(path)
                              : Tr::tr("%1 cannot be read as an event database (%2).").arg(path, q.lastError().text());
            } else {
                const int appId = read(u"PRAGMA application_id"_s).toInt();
                *userVersion = read(u"PRAGMA user_version"_s).toInt();
                // The full check (indexes against their tables, not only the pages): a damaged file
                // must be refused before anything is written to it.
                const QString check = read(u"PRAGMA integrity_check(1)"_s).toString();
                if (check != u"ok")
                    problem = Tr::tr("%1 is damaged and was not opened (the integrity check says: %2). "
                                     "Restore a backup of it.")
                                  .arg(path, check.isEmpty() ? q.lastError().text() : check);
                else if (appId != ApplicationId && !(appId == 0 && *userVersion == 0 && tables.toInt() == 0))
                    problem = Tr::tr("%1 is an SQLite database, but not a HackDesk one.").arg(path);
                else if (*userVersion > SchemaVersion)
                    problem = Tr::tr("%1 was written by a newer HackDesk (schema %2; this version reads up to %3). "
                                     "Update HackDesk to open it.")
                                  .arg(path)
                                  .arg(*userVersion)
                                  .arg(SchemaVersion);
                else if (summary) {
                    summary->path = path;
                    summary->schemaVersion = *userVersion;
                    summary->modified = QFileInfo(path).lastModified();
                    if (*userVersion > 0) {
                        summary->eventName = read(u"SELECT name FROM event ORDER BY id LIMIT 1"_s).toString();
                        summary->tasks = read(u"SELECT count(*) FROM task"_s).toLongLong();
                        summary->participants = read(u"SELECT count(*) FROM participant"_s).toLongLong();
                        summary->claims = read(u"SELECT count(*) FROM claim"_s).toLongLong();
                    }
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty()) {
        for (qsizetype i = 0; i < sideFiles.size(); ++i)
            if (!existed[i])
                QFile::remove(sideFiles[i]);
        throw Error(problem);
    }
}

DatabaseSummary Database::inspect(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        throw Error(Tr::tr("No such file: %1").arg(path));
    if (info.size() == 0)
        throw Error(Tr::tr("%1 is empty; it holds no event.").arg(path));
    int userVersion = 0;
    DatabaseSummary summary;
    probe(info.absoluteFilePath(), &userVersion, &summary);
    return summary;
}

bool Database::createPrivateFile(const QString &path, QString *reason)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (reason)
            *reason = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    ::close(fd);
    return true;
}

void Database::openPostgres()
{
    const PostgresUrl url = PostgresUrl::parse(m_path);
    m_path = url.toString();
    m_db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    if (!m_db.isValid()) {
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw Error(
            Tr::tr("Cannot open %1: Qt's PostgreSQL driver is not installed (Debian: libqt6sql6-psql).").arg(m_path));
    }
    m_db.setHostName(url.host);
    m_db.setPort(url.port);
    m_db.setDatabaseName(url.database);
    m_db.setUserName(url.user);
    m_db.setConnectOptions(url.options);
    if (!m_password.isEmpty())
        m_db.setPassword(m_password);
    if (!m_db.open()) {
        const QString reason =
            m_db.lastError().databaseText().isEmpty() ? m_db.lastError().text() : m_db.lastError().databaseText();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw Error(Tr::tr("Cannot connect to %1: %2").arg(m_path, reason.trimmed()));
    }
    try {
        migratePostgres();
    } catch (...) {
        m_statements.clear();
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
        throw;
    }
}

// Checks, and builds or upgrades, a shared event's schema in one transaction. An advisory lock makes
// clients that open a new or older database at once wait for the first one's upgrade.
void Database::migratePostgres()
{
    Transaction tx(*this);
    execRaw(m_db, u"SELECT pg_advisory_xact_lock(%1)"_s.arg(ApplicationId), m_path);
    QSqlQuery q(m_db);
    auto read = [&](const QString &sql) -> QVariant {
        if (!q.exec(sql))
            throw Error(Tr::tr("Cannot read %1: %2").arg(m_path, q.lastError().databaseText()));
        return q.next() ? q.value(0) : QVariant();
    };
    int version = 0;
    if (read(u"SELECT to_regclass('hackdesk_schema') IS NOT NULL"_s).toBool()) {
        // A login the event was not opened to (a judge whose access was revoked, a mistyped user).
        if (!read(u"SELECT has_table_privilege('hackdesk_schema', 'SELECT')"_s).toBool())
            throw Error(Tr::tr("%1: this login may not read the event. Staff give judges access with "
                               "\"hackdesk --db URL grant-judge LOGIN\".")
                            .arg(m_path));
        if (!q.exec(u"SELECT application_id, version FROM hackdesk_schema"_s) || !q.next() ||
            q.value(0).toLongLong() != ApplicationId)
            throw Error(Tr::tr("%1 is a PostgreSQL database, but not a HackDesk one.").arg(m_path));
        version = q.value(1).toInt();
        if (version > SchemaVersion)
            throw Error(Tr::tr("%1 was written by a newer HackDesk (schema %2; this version reads up to %3). "
                               "Update HackDesk to open it.")
                            .arg(m_path)
                            .arg(version)
                            .arg(SchemaVersion));
    } else if (read(u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s).toLongLong() > 0) {
        throw Error(Tr::tr("%1 is a PostgreSQL database that holds other tables, not a HackDesk event. "
                           "Give HackDesk an empty database of its own.")
                        .arg(m_path));
    }
    if (version == SchemaVersion) {
        tx.commit();
        return;
    }
    for (const QString &sql : SqlDialect::postgresPrelude())
        execRaw(m_db, sql, m_path);
    for (const Migration &m : migrations()) {
        if (m.version <= version)
            continue;
        for (const QString &sql : m.statements)
            for (const QString &statement : SqlDialect::ddl(m_backend, sql))
                execRaw(m_db, statement, m_path);
    }
    for (const QString &sql : SqlDialect::postgresPostlude())
        execRaw(m_db, sql, m_path);
    execRaw(m_db, u"DELETE FROM hackdesk_schema"_s, m_path);
    execRaw(m_db,
            u"INSERT INTO hackdesk_schema (application_id, version) VALUES (%1, %2)"_s.arg(ApplicationId)
                .arg(SchemaVersion),
            m_path);
    tx.commit();
}

void Database::configure()
{
    execRaw(m_db, u"PRAGMA busy_timeout = %1"_s.arg(busyTimeoutMs()), m_path);
    execRaw(m_db, u"PRAGMA foreign_keys = ON"_s, m_path);
    execRaw(m_db, u"PRAGMA synchronous = NORMAL"_s, m_path);
}

void Database::migrate(int fromVersion)
{
    if (fromVersion >= SchemaVersion)
        return;
    if (fromVersion > 0) {
        // A consistent copy (WAL content included) of the database as it was, beside it.
        const QString backup = u"%1.v%2.bak"_s.arg(m_path).arg(fromVersion);
        backupTo(backup);
        m_backupPath = backup;
    }
    for (const Migration &m : migrations()) {
        if (m.version <= fromVersion)
            continue;
        Transaction tx(*this);
        for (const QString &sql : m.statements)
            execRaw(m_db, sql, m_path);
        execRaw(m_db, u"PRAGMA application_id = %1"_s.arg(ApplicationId), m_path);
        execRaw(m_db, u"PRAGMA user_version = %1"_s.arg(m.version), m_path);
        tx.commit();
    }
}

QSqlQuery Database::takeStatement(const QString &sql) const
{
    if (auto it = m_statements.find(sql); it != m_statements.end() && !it->second.lent) {
        it->second.lent = true;
        return std::exchange(it->second.query, QSqlQuery());
    }
    QSqlQuery q(m_db);
    // Not on PostgreSQL: there Qt streams a forward-only result row by row, and the next statement on the
    // connection drops the rows not yet read (a loop that queries inside would stop early).
    q.setForwardOnly(m_backend == Backend::Sqlite);
    if (!q.prepare(SqlDialect::statement(m_backend, sql)))
        throw Error(Tr::tr("Database error preparing \"%1\": %2").arg(sql.simplified(), q.lastError().text()));
    m_statements.try_emplace(sql, Statement{QSqlQuery(), true});
    return q;
}

void Database::releaseStatement(const QString &sql, QSqlQuery &query) const
{
    query.finish();
    if (auto it = m_statements.find(sql); it != m_statements.end() && it->second.lent) {
        it->second.query = std::move(query);
        it->second.lent = false;
    }
}

int Database::schemaVersion() const
{
    if (m_backend == Backend::Postgres)
        return SqlQuery::scalar(*this, u"SELECT version FROM hackdesk_schema"_s).toInt();
    return SqlQuery::scalar(*this, u"PRAGMA user_version"_s).toInt();
}

qint64 Database::dataVersion() const
{
    // PostgreSQL: the server's count of rows written, which other clients' commits raise within a second.
    if (m_backend == Backend::Postgres)
        return SqlQuery::scalar(*this, u"SELECT coalesce(sum(n_tup_ins + n_tup_upd + n_tup_del), 0) "
                                       u"FROM pg_stat_user_tables"_s)
            .toLongLong();
    return SqlQuery::scalar(*this, u"PRAGMA data_version"_s).toLongLong();
}

bool Database::reconnect(QString *reason)
{
    if (m_backend != Backend::Postgres || m_transactionDepth > 0)
        return m_backend != Backend::Postgres;
    m_statements.clear(); // prepared on the old connection
    m_db.close();
    if (m_db.open())
        return true;
    if (reason) {
        const QSqlError e = m_db.lastError();
        *reason = (e.databaseText().isEmpty() ? e.text() : e.databaseText()).trimmed();
    }
    return false;
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/hackdesk.sqlite"_s;
}

void Database::throwPostgresError(const QString &what, const QSqlError &error) const
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    const QString state = error.nativeErrorCode(); // the SQLSTATE
    if (state == u"53100")
        throw StorageError(
            Tr::tr("The disk of the server holding %1 is full. Nothing was changed; try again once it has space.")
                .arg(m_path));
    if (state.startsWith(u"08") || state.startsWith(u"57P") || !m_db.isOpen())
        throw StorageError(
            Tr::tr("The connection to %1 failed (%2). Nothing was changed; try again.").arg(m_path, text.trimmed()));
    if (state == u"40001" || state == u"40P01" || state == u"55P03")
        throw StorageError(Tr::tr("Another client changed the same rows of %1 at the same moment (%2). Nothing was "
                                  "changed; try again.")
                               .arg(m_path, text.trimmed()));
    if (state == u"42501" || state == u"25006")
        throw StorageError(Tr::tr("The event %1 cannot be written by this login (%2). Nothing was changed.")
                               .arg(m_path, text.trimmed()));
    throw Error(Tr::tr("Database error in %1: %2").arg(what, text.trimmed()));
}

void Database::throwSqlError(const QString &what, const QSqlError &error) const
{
    if (m_backend == Backend::Postgres)
        throwPostgresError(what, error);
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        throw StorageError(Tr::tr("The event database %1 is busy: another program kept it locked for over %2 s. "
                                  "Nothing was changed; try again when it has finished.")
                               .arg(m_path, QString::number(busyTimeoutMs() / 1000.0)));
    case SQLITE_FULL:
        throw StorageError(
            Tr::tr("The disk holding %1 is full. Nothing was changed; free some space and try again.").arg(m_path));
    case SQLITE_READONLY:
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        throw StorageError(Tr::tr("The event database %1 cannot be written (%2): check that the file and its folder "
                                  "are writable. Nothing was changed.")
                               .arg(m_path, text));
    case SQLITE_IOERR:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        throw StorageError(
            Tr::tr("Reading or writing the event database %1 failed (%2). Nothing was changed.").arg(m_path, text));
    default:
        throw Error(Tr::tr("Database error in %1: %2").arg(what, error.text()));
    }
}

void Database::backupTo(const QString &file) const
{
    if (m_transactionDepth > 0)
        throw Error(Tr::tr("Cannot back up %1 in the middle of a change.").arg(m_path));
    const WriteTarget where = resolveWriteTarget(file);
    if (where.special) {
        // /dev/stdout, a pipe: the backup is made whole in a private folder, then written into it.
        QTemporaryDir folder;
        if (!folder.isValid())
            throw Error(Tr::tr("Cannot write the backup %1: %2").arg(file, folder.errorString()));
        const QString whole = folder.filePath(u"backup.sqlite"_s);
        backupTo(whole);
        QFile f(whole);
        if (!f.open(QIODevice::ReadOnly))
            throw Error(Tr::tr("Cannot write the backup %1: %2").arg(file, f.errorString()));
        writeStraightInto(file, f.readAll());
        return;
    }
    const QString target = where.path;
    if (m_backend == Backend::Postgres) {
        backupSharedTo(target);
        return;
    }
    // Written beside the target and renamed over it when complete: never half a backup.
    const QString part = u"%1.part-%2"_s.arg(target).arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    QString reason;
    if (!createPrivateFile(part, &reason))
        throw Error(Tr::tr("Cannot write the backup %1: %2").arg(target, reason));
    // Locked while it is written, so that another program's automatic backup does not take it for
    // the leftover of a killed one (removeStaleBackupParts); the lock goes with the process.
    const int lockFd = ::open(QFile::encodeName(part).constData(), O_RDONLY | O_CLOEXEC);
    if (lockFd >= 0)
        ::flock(lockFd, LOCK_EX);
    const auto unlock = qScopeGuard([lockFd] {
        if (lockFd >= 0)
            ::close(lockFd);
    });
    // The reason as SQLite gives it ("database or disk is full"): the file at fault is the backup.
    QSqlQuery q(m_db);
    q.prepare(u"VACUUM INTO ?"_s); // a failure shows in exec()
    q.addBindValue(part);
    if (!q.exec()) {
        QFile::remove(part);
        throw Error(Tr::tr("Cannot write the backup %1: %2").arg(target, q.lastError().databaseText()));
    }
    const QByteArray partName = QFile::encodeName(part);
    const int fd = ::open(partName.constData(), O_RDWR | O_CLOEXEC);
    const bool synced = fd >= 0 && ::fsync(fd) == 0;
    reason = QString::fromLocal8Bit(std::strerror(errno));
    if (fd >= 0)
        ::close(fd);
    if (!synced || std::rename(partName.constData(), QFile::encodeName(target).constData()) != 0) {
        if (synced)
            reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(part);
        throw Error(Tr::tr("Cannot write the backup %1: %2").arg(target, reason));
    }
}

// A shared event's backup: an SQLite event file holding every row, written beside the target and renamed
// over it when complete.
void Database::backupSharedTo(const QString &target) const
{
    const QString part = u"%1.part-%2"_s.arg(target).arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
    QString reason;
    if (!createPrivateFile(part, &reason))
        throw Error(Tr::tr("Cannot write the backup %1: %2").arg(target, reason));
    try {
        {
            Database copy(part);
            copyEvent(*this, copy);
        }
        QFile::remove(part + u"-wal"_s);
        QFile::remove(part + u"-shm"_s);
    } catch (const Error &e) {
        for (const QString &f : {part, part + u"-wal"_s, part + u"-shm"_s})
            QFile::remove(f);
        throw Error(Tr::tr("Cannot write the backup %1: %2").arg(target, e.message()));
    }
    if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        reason = QString::fromLocal8Bit(std::strerror(errno));
        QFile::remove(part);
        throw Error(Tr::tr("Cannot write the backup %1: %2").arg(target, reason));
    }
}

int Database::busyTimeoutMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("HACKDESK_BUSY_TIMEOUT_MS", &ok);
    return ok && ms >= 0 ? ms : BusyTimeoutMs;
}

QString Database::backupFolder() const
{
    if (m_backend == Backend::Postgres) {
        // In the user's data folder, one per shared event: "backups/hackathon@db.example.org-5432".
        const PostgresUrl url = PostgresUrl::parse(m_path);
        QString name = u"%1@%2-%3"_s.arg(url.database, url.host).arg(url.port);
        static const QRegularExpression unsafe(u"[^A-Za-z0-9@._-]"_s);
        name.replace(unsafe, u"_"_s);
        return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/backups/"_s + name;
    }
    return m_path + u".backups"_s;
}

namespace {

// Removes the unfinished backups ("<name>.part-<random>") a killed backup left in `folder`: those that no
// process holds locked and that nobody wrote to for a minute (a backup just created may not hold its
// lock yet).
void removeStaleBackupParts(const QDir &folder)
{
    const QDateTime minuteAgo = QDateTime::currentDateTimeUtc().addSecs(-60);
    for (const QFileInfo &part : folder.entryInfoList({u"*.part-*"_s}, QDir::Files | QDir::Hidden)) {
        if (part.lastModified().toUTC() > minuteAgo)
            continue;
        const QByteArray name = QFile::encodeName(part.filePath());
        const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(name.constData()); // a failure leaves it for the next backup
        ::close(fd);
    }
}

} // namespace

QString Database::autoBackup(const QString &reason) const
{
    bool ok = false;
    const int setting = SqlQuery::scalar(*this, u"SELECT value FROM setting WHERE key = 'backup.keep'"_s).toInt(&ok);
    const int keep = ok ? setting : DefaultBackupsKept;
    if (keep <= 0)
        return {};
    QDir folder(backupFolder());
    if (!folder.exists() && !QDir().mkpath(folder.path()))
        throw Error(Tr::tr("Cannot create the backup folder %1.").arg(folder.path()));
    QFile::setPermissions(folder.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    removeStaleBackupParts(folder);
    const QString base =
        m_backend == Backend::Postgres ? PostgresUrl::parse(m_path).database : QFileInfo(m_path).completeBaseName();
    // <name>-<date>-<time>-<ms>-<process>-<reason>.sqlite: in name order, in time order.
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss-zzz"_s);
    const QString file = folder.filePath(
        u"%1-%2-%3-%4.sqlite"_s.arg(base, stamp, QString::number(QCoreApplication::applicationPid()), reason));
    backupTo(file);
    // Names sort by time: keep the newest.
    const QStringList all =
        folder.entryList({base + u"-[0-9]*-[0-9]*-[0-9]*-[0-9]*-*.sqlite"_s}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = keep; i < all.size(); ++i)
        folder.remove(all[i]);
    return file;
}

QStringList Database::restoreFrom(const QString &backup) const
{
    const DatabaseSummary summary = inspect(backup); // refuses what opening would refuse
    if (m_transactionDepth > 0)
        throw Error(Tr::tr("Cannot restore into %1 in the middle of a change.").arg(m_path));
    if (m_backend == Backend::Postgres)
        return restoreShared(summary.path);
    for (auto &[sql, statement] : m_statements)
        statement.query.finish();
    const QVariant handle = m_db.driver()->handle();
    sqlite3 *dest = handle.isValid() ? *static_cast<sqlite3 *const *>(handle.constData()) : nullptr;
    if (!dest)
        throw Error(Tr::tr("Cannot restore into %1: the database is not open.").arg(m_path));
    sqlite3 *source = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(summary.path).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    QString reason;
    if (rc == SQLITE_OK) {
        // The backup API copies every page under the write lock, through the WAL: programs using the
        // database see the old content or the new, never a mix.
        sqlite3_backup *copy = sqlite3_backup_init(dest, "main", source, "main");
        if (!copy) {
            rc = sqlite3_errcode(dest);
            reason = QString::fromUtf8(sqlite3_errmsg(dest));
        } else {
            rc = sqlite3_backup_step(copy, -1);
            if (rc == SQLITE_DONE)
                rc = SQLITE_OK;
            else
                reason = QString::fromUtf8(sqlite3_errstr(rc));
            if (const int finished = sqlite3_backup_finish(copy); rc == SQLITE_OK && finished != SQLITE_OK) {
                rc = finished;
                reason = QString::fromUtf8(sqlite3_errmsg(dest));
            }
        }
    } else {
        reason = QString::fromUtf8(sqlite3_errstr(rc));
    }
    sqlite3_close(source);
    m_statements.clear();
    if (rc != SQLITE_OK) {
        if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
            reason = Tr::tr("another program is writing to it; try again when it has finished");
        throw Error(Tr::tr("Cannot restore %1 into %2: %3. The event is unchanged.").arg(summary.path, m_path, reason));
    }
    return {};
}

QStringList Database::restoreShared(const QString &backup) const
{
    // Opening a file upgrades it to this schema: a private copy is opened, so that the backup stays as it was.
    QTemporaryDir work;
    const QString copy = work.filePath(u"restore.sqlite"_s);
    for (const QString &suffix : {QString(), u"-wal"_s})
        if (QFile::exists(backup + suffix) && !QFile::copy(backup + suffix, copy + suffix))
            throw Error(Tr::tr("Cannot restore %1 into %2: it cannot be copied into the temporary folder %3. The "
                               "event is unchanged.")
                            .arg(backup, m_path, work.path()));
    try {
        Database source(copy);
        return replaceEvent(source, *this).rolesRevoked;
    } catch (const Error &e) {
        throw Error(Tr::tr("Cannot restore %1 into %2: %3 The event is unchanged.").arg(backup, m_path, e.message()));
    }
}

Transaction::Transaction(const Database &db)
    : m_owner(db)
    , m_outermost(db.m_transactionDepth == 0)
{
    // IMMEDIATE: the write lock is taken now, waiting up to the busy timeout for another program's
    // write, instead of failing halfway when a read would have to become a write.
    if (m_outermost)
        if (QSqlQuery q(db.m_db); !q.exec(db.m_backend == Backend::Postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s))
            db.throwSqlError(Tr::tr("starting a transaction"), q.lastError());
    ++db.m_transactionDepth;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_owner.m_transactionDepth;
    if (m_outermost)
        QSqlQuery(m_owner.m_db).exec(u"ROLLBACK"_s);
}

void Transaction::commit()
{
    if (m_outermost)
        if (QSqlQuery q(m_owner.m_db); !q.exec(u"COMMIT"_s))
            m_owner.throwSqlError(Tr::tr("saving the changes"), q.lastError());
    // Committed, it no longer counts: the database is out of a transaction once the outermost commits, not
    // when its object goes out of scope.
    m_done = true;
    --m_owner.m_transactionDepth;
}

} // namespace hd
