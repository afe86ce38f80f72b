#pragma once

#include <QList>
#include <QString>
#include <QStringList>

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

// What replaceEvent did.
struct ReplacedEvent
{
    QList<CopiedTable> copied;
    QStringList rolesRevoked; // judges' roles whose judge is not in the new event (see JudgeAccess)
};

// Replaces the event in `to` with the one in `from` (same schema): every row of `to` deleted and every
// row of `from` copied, ids included, in one transaction that other clients see whole; no client writes
// while it runs. On a shared event the judges keep their roles by login. Throws hd::Error and changes
// nothing when anything fails.
ReplacedEvent replaceEvent(const Database &from, const Database &to);

} // namespace hd
