#include "rowversion.h"

#include "database.h"
#include "model/error.h"
#include "sqlquery.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace hd::RowVersion {

namespace {

QString checked(const QString &table)
{
    static const QStringList versioned = {u"task"_s, u"participant"_s, u"team"_s, u"judge"_s, u"submission"_s};
    if (!versioned.contains(table))
        throw Error(u"The table %1 has no row versions."_s.arg(table)); // a programming error, not the user's
    return table;
}

} // namespace

qint64 of(const Database &db, const QString &table, qint64 id)
{
    return SqlQuery::scalar(db, u"SELECT version FROM %1 WHERE id = ?"_s.arg(checked(table)), {id}).toLongLong();
}

qint64 lock(const Database &db, const QString &table, qint64 id)
{
    if (db.backend() == Backend::Sqlite)
        return of(db, table, id);
    return SqlQuery::scalar(db, u"SELECT version FROM %1 WHERE id = ? FOR UPDATE"_s.arg(checked(table)), {id})
        .toLongLong();
}

} // namespace hd::RowVersion
