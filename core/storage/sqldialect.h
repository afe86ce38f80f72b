#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

namespace hd {

// Where an event lives: a local SQLite file (one person) or a PostgreSQL server (a team).
enum class Backend { Sqlite, Postgres };

// A postgresql:// URL, taken apart. Passwords never appear in one: libpq reads them from PGPASSWORD or
// ~/.pgpass.
struct PostgresUrl
{
    QString user;
    QString host; // a name, an address, or a Unix-socket folder (starting with '/')
    int port = 5432;
    QString database;
    QString options; // other ?key=value parameters, as QPSQL's connect options ("k=v;k=v")

    // Throws hd::Error naming what is wrong (a password, no database name, a bad port).
    static PostgresUrl parse(const QString &url);
    // The URL again, to show and to print (never with a password).
    QString toString() const;
};

// What differs between SQLite and PostgreSQL, in one place. HackDesk's SQL is written once, in SQLite's
// dialect; for PostgreSQL it is rewritten here:
// - INSERT OR IGNORE ... becomes INSERT ... ON CONFLICT DO NOTHING;
// - group_concat(x, sep) becomes string_agg(x, sep);
// - COLLATE NOCASE names a case-insensitive ICU collation "nocase" made with the schema (logins, team names);
// - upserts (INSERT ... ON CONFLICT (...) DO UPDATE SET x = excluded.x) are already the same in both;
// - an INSERT into a table with an "id" key gets RETURNING id (PostgreSQL has no last-insert id);
// - in the migrations, "id INTEGER PRIMARY KEY" becomes an identity column, numbered as SQLite numbers it
//   (a NULL id takes the next number; an explicit one moves the numbering past it), and every INTEGER a
//   BIGINT, so that money (fen) and counts stay 64-bit as in SQLite;
// - booleans stay integers 0 and 1 in both schemas: a bound bool is bound as 0 or 1;
// - a row-version trigger (AFTER UPDATE ... SET version = OLD.version + 1, see the migrations) becomes a
//   BEFORE UPDATE trigger that raises the version in the row being written;
// - any other row trigger (CREATE TRIGGER n AFTER|BEFORE event ON t FOR EACH ROW [WHEN (c)] BEGIN ...; END)
//   becomes a plpgsql function n() holding its body, and a trigger n that runs it.
namespace SqlDialect {

// True for a postgresql:// (or postgres://) URL; anything else names an SQLite file.
bool isPostgresUrl(const QString &location);

// A statement written for SQLite, for `backend`.
QString statement(Backend backend, const QString &sql);
// A migration's DDL statement, for `backend` (on PostgreSQL, a numbered table also gets its id trigger).
QStringList ddl(Backend backend, const QString &sql);
// True when statement() made `sql` return the new row's id as its one result row (PostgreSQL).
bool returnsId(Backend backend, const QString &sql);
// A value to bind: bools as 0 and 1 (the schema stores booleans as integers).
QVariant bindable(const QVariant &value);

// True when `table`'s key is an "id" column the database numbers (an identity column on PostgreSQL).
bool hasIdColumn(const QString &table);
// The tables of the schema, in creation order (a table comes after those it refers to).
QStringList tables();

// True for a table the triggers keep (the summary's tallies, named *_tally): derived from the other tables,
// never written by HackDesk's code, not copied by copy-to and not announced to other clients.
bool keptByTriggers(const QString &table);

// PostgreSQL only: what the schema needs before the first migration (the collation, the version table).
QStringList postgresPrelude();

// PostgreSQL only: what the schema needs after the migrations (the change announcements of ChangeFeed).
QStringList postgresPostlude();
// The LISTEN/NOTIFY channel of those announcements.
QString changeChannel();

} // namespace SqlDialect

} // namespace hd
