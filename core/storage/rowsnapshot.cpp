#include "rowsnapshot.h"

#include "database.h"
#include "sqlquery.h"

#include <QSqlField>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace hd {

void RowSnapshot::take(const Database &db, const QString &table, const QString &where, const QVariantList &args)
{
    SqlQuery q(db, u"SELECT * FROM %1 WHERE %2"_s.arg(table, where));
    for (const auto &a : args)
        q.bindValue(a);
    q.exec();
    Rows rows{table, {}};
    while (q.next())
        rows.records.append(q.raw().record());
    m_tables.append(rows);
}

QList<QSqlRecord> RowSnapshot::records(const QString &table) const
{
    QList<QSqlRecord> out;
    for (const Rows &rows : m_tables)
        if (rows.table == table)
            out += rows.records;
    return out;
}

void RowSnapshot::restore(const Database &db) const
{
    Transaction tx(db);
    for (const Rows &rows : m_tables) {
        for (const QSqlRecord &r : rows.records) {
            QStringList names, marks;
            for (int i = 0; i < r.count(); ++i) {
                names << r.fieldName(i);
                marks << u"?"_s;
            }
            SqlQuery q(db, u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(rows.table, names.join(u','), marks.join(u',')));
            for (int i = 0; i < r.count(); ++i)
                q.bindValue(r.value(i));
            q.exec();
        }
    }
    tx.commit();
}

} // namespace hd
