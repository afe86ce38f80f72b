#pragma once

#include <QString>
#include <QtGlobal>

namespace hd {

class Database;

// The version of a row the forms edit (tasks, participants, teams, judges, submissions): the database
// raises it on every write to the row, on both back ends (see migration 8), so a form that remembers it
// can tell that someone else saved the row since the form read it.
namespace RowVersion {

// The row's version now; 0 when there is no such row. Throws hd::Error for a table without versions.
qint64 of(const Database &db, const QString &table, qint64 id);
// Inside a transaction: the row's version, the row held against other clients' writes until the
// transaction ends (on SQLite the transaction already holds the whole file).
qint64 lock(const Database &db, const QString &table, qint64 id);

} // namespace RowVersion

} // namespace hd
