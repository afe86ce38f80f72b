#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <QDateTime>

#include "model/error.h"
#include "sqldialect.h"

#include <unordered_map>

namespace hd {

// The database itself failed (busy past the timeout, disk full, read-only, I/O): one cause for a
// whole operation, never repeated per row.
class StorageError : public Error
{
public:
    using Error::Error;
};

// What a database or backup file holds, read without changing it.
struct DatabaseSummary
{
    QString path;
    QString eventName;  // empty when no event is set up
    QDateTime modified; // when the file was last written (a backup: when it was taken)
    int schemaVersion = 0;
    qint64 tasks = 0;
    qint64 participants = 0;
    qint64 claims = 0;
};

// An open HackDesk database: an SQLite file, or a shared event on a PostgreSQL server (a postgresql://
// URL), checked, upgraded and configured on open.
//
// Opening refuses, and leaves byte-for-byte unchanged, a file that is not a HackDesk database, one
// written by a newer HackDesk, or a corrupt one. An older database is backed up beside itself and
// upgraded through the numbered migrations, each in its own transaction. A PostgreSQL database is
// refused when it holds other tables or a newer schema; an empty one gets the schema, and an older one
// is upgraded in one transaction (several clients opening it at once upgrade it once).
class Database
{
public:
    static constexpr int SchemaVersion = 9;
    static constexpr qint32 ApplicationId = 0x48444b31; // "HDK1"

    // How long a writer waits for another program's write to finish before giving up.
    // HACKDESK_BUSY_TIMEOUT_MS in the environment changes it.
    static constexpr int BusyTimeoutMs = 30000;
    static int busyTimeoutMs();
    // Automatic backups kept when the setting backup.keep is not set.
    static constexpr int DefaultBackupsKept = 10;

    // A file path (SQLite) or a postgresql://USER@HOST:PORT/DATABASE URL (PostgreSQL; see PostgresUrl).
    // A shared event's `password`, when given, is used instead of PGPASSWORD and ~/.pgpass.
    explicit Database(const QString &path, const QString &password = {}); // throws hd::Error
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    // The file's absolute path, or the server's URL (without a password).
    QString path() const { return m_path; }
    Backend backend() const { return m_backend; }
    // The password given when opening (a shared event), for another connection to it; usually empty.
    QString password() const { return m_password; }
    bool isShared() const { return m_backend == Backend::Postgres; }
    // Where the copy made before an upgrade went; empty when no upgrade ran.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const;
    bool inTransaction() const { return m_transactionDepth > 0; }
    // Changes when another connection (another program) commits a change; cheap to poll.
    qint64 dataVersion() const;
    // A shared event whose connection was lost: connects again, with the same login; false (and the
    // reason) while the server cannot be reached. Not in the middle of a change.
    bool reconnect(QString *reason = nullptr);

    // A prepared statement for `sql`, prepared once per connection and lent out to one user at a time
    // (SQLite compiles SQL slowly next to running it); give it back with releaseStatement(). Throws
    // hd::Error on bad SQL. SqlQuery does both.
    QSqlQuery takeStatement(const QString &sql) const;
    void releaseStatement(const QString &sql, QSqlQuery &query) const;

    // The platform's default database file (in the app-data folder).
    static QString defaultPath();

    // Writes a consistent copy of the database, as it is now, to `file` (owner-only, replacing it only
    // once complete), while other programs may be using it. Throws hd::Error naming the file. A shared
    // event (PostgreSQL) is copied into an SQLite file (see copyEvent()).
    void backupTo(const QString &file) const;
    // An automatic backup in the backups folder (an SQLite copy, of a shared event too), keeping the
    // newest `keep` (setting backup.keep, default 10); returns its path, empty when backup.keep is 0.
    // `reason` names it, e.g. "import".
    QString autoBackup(const QString &reason) const;
    // Where automatic backups go: "<database>.backups" beside a file; for a shared event, a folder of its
    // own under "backups" in the user's data folder.
    QString backupFolder() const;
    // Replaces the whole content of this database with the backup's, in one step that other programs
    // using it see whole. The backup is checked first (see inspect()). A file: reopen it to upgrade an older
    // backup. A shared event: the backup is upgraded in a private copy first, every row is replaced in one
    // transaction, and the judges keep their roles by login; returns the roles whose judge the backup does
    // not hold, which lost their access (JudgeAccess::keepRolesAcross).
    QStringList restoreFrom(const QString &backup) const;
    // Checks a file the way opening does, without changing it, and says what it holds.
    static DatabaseSummary inspect(const QString &path); // throws hd::Error

    // Creates an empty file readable and writable by its owner only; false when it exists or cannot.
    static bool createPrivateFile(const QString &path, QString *reason = nullptr);

    // Throws the error of a failed statement: a StorageError, said in words, when the database itself
    // failed (busy, full, read-only, I/O), otherwise an Error naming `what`.
    [[noreturn]] void throwSqlError(const QString &what, const QSqlError &error) const;

private:
    static void probe(const QString &path, int *userVersion, DatabaseSummary *summary = nullptr);
    void configure();
    void migrate(int fromVersion);
    void openPostgres();
    void migratePostgres();
    void backupSharedTo(const QString &target) const;
    QStringList restoreShared(const QString &backup) const;
    [[noreturn]] void throwPostgresError(const QString &what, const QSqlError &error) const;

    QString m_path;
    QString m_password;
    Backend m_backend = Backend::Sqlite;
    QString m_connectionName;
    QString m_backupPath;
    QSqlDatabase m_db;
    mutable int m_transactionDepth = 0;
    struct Statement
    {
        QSqlQuery query;
        bool lent = false;
    };
    mutable std::unordered_map<QString, Statement> m_statements;
    friend class Transaction;
};

// Commits on commit(), rolls back when it goes out of scope otherwise. Nested transactions join the
// outermost one: only it commits, and a failure anywhere rolls back the whole.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    const Database &m_owner;
    bool m_outermost;
    bool m_done = false;
};

} // namespace hd
