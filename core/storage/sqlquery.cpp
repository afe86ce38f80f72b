#include "sqlquery.h"

#include "database.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
SqlQuery::Observer &observer()
{
    static SqlQuery::Observer o;
    return o;
}
} // namespace

void SqlQuery::setObserver(Observer o)
{
    observer() = std::move(o);
}

SqlQuery::SqlQuery(const Database &db, const QString &sql)
    : m_db(db)
    , m_query(db.takeStatement(sql))
    , m_sql(sql)
    , m_returnsId(SqlDialect::returnsId(db.backend(), sql))
{}

SqlQuery::~SqlQuery()
{
    m_db.releaseStatement(m_sql, m_query);
}

SqlQuery &SqlQuery::exec()
{
    if (const Observer &o = observer())
        o(m_sql);
    if (!m_query.exec())
        m_db.throwSqlError(u"\"%1\""_s.arg(m_sql.simplified()), m_query.lastError());
    if (m_returnsId)
        m_lastId = m_query.next() ? m_query.value(0).toLongLong() : 0;
    return *this;
}

QVariant SqlQuery::scalar(const Database &db, const QString &sql, const QVariantList &args)
{
    SqlQuery q(db, sql);
    for (const auto &a : args)
        q.bindValue(a);
    q.exec();
    return q.next() ? q.value(0) : QVariant();
}

QHash<qint64, int> SqlQuery::counts(const Database &db, const QString &sql)
{
    QHash<qint64, int> out;
    SqlQuery q(db, sql);
    q.exec();
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toInt());
    return out;
}

QVariant SqlQuery::bindable(const QVariant &value)
{
    return SqlDialect::bindable(value);
}

QVariant nullIfZero(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace hd
