#include "eventcopy.h"

#include "database.h"
#include "judgeaccess.h"
#include "model/error.h"
#include "sqldialect.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(EventCopy)
};

// The tables an event's rows are copied into, in schema order (a table before those that refer to it); with
// `tallies`, the tallies instead, which are not copied: the destination's triggers rebuild them as the rows
// arrive.
QStringList eventTables(bool tallies = false)
{
    QStringList tables = SqlDialect::tables();
    tables.removeIf([tallies](const QString &t) { return SqlDialect::keptByTriggers(t) != tallies; });
    return tables;
}

// Two different databases of the same schema.
void requireCopyable(const Database &from, const Database &to)
{
    if (from.path() == to.path())
        throw Error(Tr::tr("Cannot copy %1 onto itself.").arg(from.path()));
    if (from.schemaVersion() != to.schemaVersion())
        throw Error(Tr::tr("%1 (schema %2) and %3 (schema %4) differ; open both with this HackDesk first.")
                        .arg(from.path())
                        .arg(from.schemaVersion())
                        .arg(to.path())
                        .arg(to.schemaVersion()));
}

// Every row of `tables`, in one transaction on each side.
QList<CopiedTable> copyRows(const Database &from, const Database &to, const QStringList &tables)
{
    QList<CopiedTable> copied;
    // One view of the source: a PostgreSQL source reads one snapshot of every table.
    Transaction read(from);
    if (from.backend() == Backend::Postgres)
        if (QSqlQuery q(from.connection()); !q.exec(u"SET TRANSACTION ISOLATION LEVEL REPEATABLE READ"_s))
            from.throwSqlError(Tr::tr("reading %1").arg(from.path()), q.lastError());
    Transaction write(to);
    for (const QString &table : tables) {
        SqlQuery rows(from, u"SELECT * FROM %1 ORDER BY 1"_s.arg(table));
        rows.exec();
        const QSqlRecord record = rows.raw().record();
        QStringList columns, marks;
        for (int i = 0; i < record.count(); ++i) {
            columns << record.fieldName(i);
            marks << u"?"_s;
        }
        SqlQuery insert(to,
                        u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), marks.join(u", "_s)));
        CopiedTable done{table, 0};
        while (rows.next()) {
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(rows.value(i));
            insert.exec();
            ++done.rows;
        }
        copied << done;
    }
    write.commit();
    read.commit();
    return copied;
}

} // namespace

QList<CopiedTable> copyEvent(const Database &from, const Database &to)
{
    requireCopyable(from, to);
    const QStringList tables = eventTables();
    for (const QString &table : tables)
        if (const qint64 n = SqlQuery::scalar(to, u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong(); n > 0)
            throw Error(Tr::tr("%1 already holds an event (%2 rows in table %3); copy only into a new, empty one.")
                            .arg(to.path())
                            .arg(n)
                            .arg(table));

    // Asked before the copy's own transaction begins: only a caller's transaction keeps VACUUM out (below).
    const bool callersTransaction = to.inTransaction();
    const QList<CopiedTable> copied = copyRows(from, to, tables);
    // The server's planner learns about the new rows now, not minutes later when autovacuum comes by: a
    // fresh copy is queried at once, and plans made without statistics are many times slower. The tallies
    // are also rewritten compactly: each row copied updated one (the event's single row 20,000 times at the
    // benchmark's size, all in one transaction), which left it on the last of a hundred pages that every
    // read scans; a plain VACUUM frees the old versions but cannot give back the pages before a live row.
    // (VACUUM cannot run inside a transaction: a caller's own transaction gets ANALYZE alone.)
    if (to.backend() == Backend::Postgres) {
        const QStringList statements =
            callersTransaction
                ? QStringList{u"ANALYZE"_s}
                : QStringList{u"VACUUM (FULL) %1"_s.arg(eventTables(true).join(u", "_s)), u"VACUUM (ANALYZE)"_s};
        for (const QString &statement : statements)
            if (QSqlQuery q(to.connection()); !q.exec(statement))
                to.throwSqlError(Tr::tr("analysing %1").arg(to.path()), q.lastError());
    }
    return copied;
}

ReplacedEvent replaceEvent(const Database &from, const Database &to)
{
    requireCopyable(from, to);
    const QStringList tables = eventTables();
    ReplacedEvent out;
    Transaction tx(to);
    if (to.backend() == Backend::Postgres)
        // Other clients go on reading the event as it was; their writes wait for the commit.
        if (QSqlQuery q(to.connection()); !q.exec(u"LOCK TABLE %1 IN EXCLUSIVE MODE"_s.arg(tables.join(u", "_s))))
            to.throwSqlError(Tr::tr("locking %1").arg(to.path()), q.lastError());
    out.rolesRevoked = JudgeAccess::keepRolesAcross(to, [&] {
        // A table's rows go before those of the tables it refers to; the tallies follow by their triggers.
        for (auto table = tables.crbegin(); table != tables.crend(); ++table)
            SqlQuery(to, u"DELETE FROM %1"_s.arg(*table)).exec();
        out.copied = copyRows(from, to, tables);
    });
    tx.commit();
    return out;
}

} // namespace hd
