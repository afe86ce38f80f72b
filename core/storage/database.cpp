#include "database.h"

#include "migrations.h"
#include "model/error.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <atomic>
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

Database::Database(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_connectionName(newConnectionName())
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isFile())
        throw Error(Tr::tr("%1 is not a file.").arg(m_path));
    if (!info.exists() && !QDir().mkpath(info.absolutePath()))
        throw Error(Tr::tr("Cannot create the folder %1.").arg(info.absolutePath()));

    int userVersion = 0;
    if (info.exists() && info.size() > 0)
        probe(&userVersion);

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

// Looks at an existing file through a read-only connection, so that a refused file stays untouched.
void Database::probe(int *userVersion) const
{
    const QString name = m_connectionName + u"-probe"_s;
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(m_path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            problem = Tr::tr("Cannot open %1: %2").arg(m_path, db.lastError().text());
        } else {
            QSqlQuery q(db);
            auto read = [&](const QString &sql) -> QVariant {
                if (!q.exec(sql) || !q.next())
                    return {};
                return q.value(0);
            };
            const QVariant tables = read(u"SELECT count(*) FROM sqlite_master"_s);
            if (!tables.isValid()) {
                problem = Tr::tr("%1 is not a HackDesk database (%2).").arg(m_path, q.lastError().text());
            } else {
                const int appId = read(u"PRAGMA application_id"_s).toInt();
                *userVersion = read(u"PRAGMA user_version"_s).toInt();
                const QString check = read(u"PRAGMA quick_check(1)"_s).toString();
                if (check != u"ok")
                    problem = Tr::tr("%1 is damaged and cannot be opened (%2).")
                                  .arg(m_path, check.isEmpty() ? q.lastError().text() : check);
                else if (appId != ApplicationId && !(appId == 0 && *userVersion == 0 && tables.toInt() == 0))
                    problem = Tr::tr("%1 is an SQLite database, but not a HackDesk one.").arg(m_path);
                else if (*userVersion > SchemaVersion)
                    problem = Tr::tr("%1 was written by a newer HackDesk (schema %2; this version reads up to %3). "
                                     "Update HackDesk to open it.")
                                  .arg(m_path)
                                  .arg(*userVersion)
                                  .arg(SchemaVersion);
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!problem.isEmpty())
        throw Error(problem);
}

void Database::configure()
{
    execRaw(m_db, u"PRAGMA busy_timeout = 5000"_s, m_path);
    execRaw(m_db, u"PRAGMA foreign_keys = ON"_s, m_path);
    execRaw(m_db, u"PRAGMA journal_mode = WAL"_s, m_path);
    execRaw(m_db, u"PRAGMA synchronous = NORMAL"_s, m_path);
}

void Database::migrate(int fromVersion)
{
    if (fromVersion >= SchemaVersion)
        return;
    if (fromVersion > 0) {
        // A consistent copy (WAL content included) of the database as it was, beside it.
        m_backupPath = u"%1.v%2.bak"_s.arg(m_path).arg(fromVersion);
        QFile::remove(m_backupPath);
        SqlQuery(*this, u"VACUUM INTO ?"_s).bind(m_backupPath).exec();
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
    q.setForwardOnly(true);
    if (!q.prepare(sql))
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
    return SqlQuery::scalar(*this, u"PRAGMA user_version"_s).toInt();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/hackdesk.sqlite"_s;
}

Transaction::Transaction(const Database &db)
    : m_owner(db)
    , m_outermost(db.m_transactionDepth == 0)
{
    if (m_outermost && !QSqlDatabase(db.m_db).transaction())
        throw Error(Tr::tr("Cannot start a transaction: %1").arg(db.m_db.lastError().text()));
    ++db.m_transactionDepth;
}

Transaction::~Transaction()
{
    --m_owner.m_transactionDepth;
    if (m_outermost && !m_done)
        QSqlDatabase(m_owner.m_db).rollback();
}

void Transaction::commit()
{
    if (m_outermost) {
        QSqlDatabase db = m_owner.m_db;
        if (!db.commit())
            throw Error(Tr::tr("Cannot save the changes: %1").arg(db.lastError().text()));
    }
    m_done = true;
}

} // namespace hd
