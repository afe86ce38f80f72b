#pragma once

#include <QHash>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>

namespace hd {

class Database;

// A prepared statement that throws hd::Error, naming the statement, instead of failing quietly.
class SqlQuery
{
public:
    // Uses the database's prepared statement for this SQL (preparing it once); throws on bad SQL.
    SqlQuery(const Database &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    template <typename... Args> SqlQuery &bind(const Args &...values)
    {
        (m_query.addBindValue(toVariant(values)), ...);
        return *this;
    }
    SqlQuery &bindValue(const QVariant &value)
    {
        m_query.addBindValue(bindable(value));
        return *this;
    }
    SqlQuery &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    qint64 lastInsertId() const { return m_returnsId ? m_lastId : m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    // For tests and benchmarks: `observer` sees the SQL of every statement run through SqlQuery, on every
    // connection of the program, until replaced or cleared ({}). Set it while no statement runs elsewhere.
    using Observer = std::function<void(const QString &sql)>;
    static void setObserver(Observer observer);

    // Runs a statement and returns the first column of its first row (or an invalid QVariant).
    static QVariant scalar(const Database &db, const QString &sql, const QVariantList &args = {});
    // The rows of a query of two columns, an id and a count, as a map.
    static QHash<qint64, int> counts(const Database &db, const QString &sql);

private:
    // A null QString would be stored as SQL NULL: text values are never NULL here, so bind ''.
    static QVariant toVariant(const QString &s) { return s.isNull() ? QVariant(QStringLiteral("")) : QVariant(s); }
    // Booleans are stored as 0 and 1 (see SqlDialect).
    static QVariant toVariant(bool b) { return QVariant(b ? 1 : 0); }
    template <typename T> static QVariant toVariant(const T &v) { return bindable(QVariant::fromValue(v)); }
    static QVariant bindable(const QVariant &value);

    const Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    bool m_returnsId = false; // PostgreSQL: the INSERT returns the new row's id as its result
    qint64 m_lastId = 0;
};

// Null for 0 ids and empty optionals: how the schema stores "none".
QVariant nullIfZero(qint64 id);

} // namespace hd
