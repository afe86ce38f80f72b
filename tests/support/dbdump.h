#pragma once

#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QSqlRecord>
#include <QStringList>

namespace hd::test {

// Every row of every table (whatever the schema version), to prove a refused write changed nothing, or
// that an undo put everything back. Row versions are left out: every write raises them, an undo's too.
inline QString dumpDatabase(const Database &db)
{
    using namespace Qt::StringLiterals;
    QStringList tables;
    SqlQuery t(db, db.backend() == Backend::Postgres
                       ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                         u"AND table_type = 'BASE TABLE' ORDER BY table_name"_s
                       : u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         u"ORDER BY name"_s);
    t.exec();
    while (t.next())
        tables << t.value(0).toString();
    QString out;
    for (const QString &table : tables) {
        SqlQuery q(db, u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        q.exec();
        while (q.next()) {
            out += table + u':';
            for (int i = 0; i < q.raw().record().count(); ++i)
                if (q.raw().record().fieldName(i) != u"version")
                    out += q.value(i).toString() + u'|';
            out += u'\n';
        }
    }
    return out;
}

// Whether any row points at a row that is not there. SQLite checks foreign keys on request; PostgreSQL
// refuses such a row on every statement, so none can exist there.
inline bool hasOrphans(const Database &db)
{
    using namespace Qt::StringLiterals;
    return db.backend() == Backend::Sqlite && SqlQuery::scalar(db, u"PRAGMA foreign_key_check"_s).isValid();
}

// Every row of every event table, table by table in schema order, the same text from SQLite and
// PostgreSQL: to prove that a copy between the two lost nothing. NULL shows as "∅".
inline QString dumpEventTables(const Database &db)
{
    using namespace Qt::StringLiterals;
    QString out;
    for (const QString &table : SqlDialect::tables()) {
        SqlQuery count(db, u"SELECT * FROM %1 LIMIT 0"_s.arg(table));
        count.exec();
        QStringList order;
        for (int i = 1; i <= count.raw().record().count(); ++i)
            order << QString::number(i);
        SqlQuery q(db, u"SELECT * FROM %1 ORDER BY %2"_s.arg(table, order.join(u", "_s)));
        q.exec();
        out += u"== "_s + table + u'\n';
        while (q.next()) {
            for (int i = 0; i < q.raw().record().count(); ++i)
                out += (q.value(i).isNull() ? u"∅"_s : q.value(i).toString()) + u'|';
            out += u'\n';
        }
    }
    return out;
}

} // namespace hd::test
