#pragma once

#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

namespace hd {

class Database;

// Rows copied out of the database before a delete, so that the delete can be undone exactly
// (same ids, same values). Tables are restored in the order they were taken.
class RowSnapshot
{
public:
    // Copies the rows of `table` matching `where` (with positional `args`).
    void take(const Database &db, const QString &table, const QString &where, const QVariantList &args);
    // Inserts every copied row again, in one transaction.
    void restore(const Database &db) const;
    bool isEmpty() const { return m_tables.isEmpty(); }
    // The rows copied from `table`.
    QList<QSqlRecord> records(const QString &table) const;

private:
    struct Rows
    {
        QString table;
        QList<QSqlRecord> records;
    };
    QList<Rows> m_tables;
};

} // namespace hd
