#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <unordered_map>

namespace hd {

// An open HackDesk database file: checked, upgraded and configured on open.
//
// Opening refuses, and leaves byte-for-byte unchanged, a file that is not a HackDesk database, one
// written by a newer HackDesk, or a corrupt one. An older database is backed up beside itself and
// upgraded through the numbered migrations, each in its own transaction.
class Database
{
public:
    static constexpr int SchemaVersion = 6;
    static constexpr qint32 ApplicationId = 0x48444b31; // "HDK1"

    explicit Database(const QString &path); // throws hd::Error
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const { return m_db; }
    QString path() const { return m_path; }
    // Where the copy made before an upgrade went; empty when no upgrade ran.
    QString backupPath() const { return m_backupPath; }
    int schemaVersion() const;

    // A prepared statement for `sql`, prepared once per connection and lent out to one user at a time
    // (SQLite compiles SQL slowly next to running it); give it back with releaseStatement(). Throws
    // hd::Error on bad SQL. SqlQuery does both.
    QSqlQuery takeStatement(const QString &sql) const;
    void releaseStatement(const QString &sql, QSqlQuery &query) const;

    // The platform's default database file (in the app-data folder).
    static QString defaultPath();

private:
    void probe(int *userVersion) const;
    void configure();
    void migrate(int fromVersion);

    QString m_path;
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
