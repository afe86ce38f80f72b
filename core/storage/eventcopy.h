#pragma once

#include <QList>
#include <QString>

namespace hd {

class Database;

// How many rows of one table a copy moved.
struct CopiedTable
{
    QString table;
    qint64 rows = 0;
};

// Copies every row of every table of the event in `from` into `to` (SQLite to PostgreSQL, back, or
// between two of a kind), ids included, as one consistent view of `from` and in one transaction on
// `to`. `to` must hold no event yet (its schema only); when it holds rows, or anything fails, it is left
// unchanged and hd::Error says why. Returns the tables in schema order with their row counts.
QList<CopiedTable> copyEvent(const Database &from, const Database &to);

} // namespace hd
