#include "problemrepository.h"

#include "database.h"
#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace hd {

namespace {
const QString columns = u"id, source, kind, url, author, text, reason, reply, created_at"_s;

ProblemRow problemFrom(const SqlQuery &q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString(), QDateTime::fromString(q.value(8).toString(), Qt::ISODate)};
}
} // namespace

QList<ProblemRow> ProblemRepository::all() const
{
    SqlQuery q(m_db, u"SELECT %1 FROM problem ORDER BY id"_s.arg(columns));
    q.exec();
    QList<ProblemRow> out;
    while (q.next())
        out.append(problemFrom(q));
    return out;
}

QList<ProblemRow> ProblemRepository::all(const QString &source, const QString &kind) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM problem WHERE source = ? AND kind = ? ORDER BY id"_s.arg(columns));
    q.bind(source, kind).exec();
    QList<ProblemRow> out;
    while (q.next())
        out.append(problemFrom(q));
    return out;
}

int ProblemRepository::count(const QString &source) const
{
    return SqlQuery::scalar(m_db, u"SELECT count(*) FROM problem WHERE source = ?"_s, {source}).toInt();
}

QString ProblemRepository::reply(qint64 id) const
{
    return SqlQuery::scalar(m_db, u"SELECT reply FROM problem WHERE id = ?"_s, {id}).toString();
}

void ProblemRepository::add(const ProblemRow &p)
{
    SqlQuery(m_db, u"INSERT OR IGNORE INTO problem (source, kind, url, author, text, reason, reply, created_at) "
                   u"VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s)
        .bind(p.source, p.kind, p.url, p.author, p.text, p.reason, p.reply, p.createdAt.toString(Qt::ISODate))
        .exec();
}

bool ProblemRepository::put(const ProblemRow &p)
{
    SqlQuery find(m_db, u"SELECT id, reason, reply FROM problem WHERE source = ? AND kind = ? AND url = ? "
                        u"AND author = ? AND text = ?"_s);
    find.bind(p.source, p.kind, p.url, p.author, p.text).exec();
    if (!find.next()) {
        add(p);
        return true;
    }
    if (find.value(1).toString() == p.reason && find.value(2).toString() == p.reply)
        return false;
    SqlQuery(m_db, u"UPDATE problem SET reason = ?, reply = ?, created_at = ? WHERE id = ?"_s)
        .bind(p.reason, p.reply, p.createdAt.toString(Qt::ISODate), find.value(0).toLongLong())
        .exec();
    return true;
}

void ProblemRepository::remove(qint64 id)
{
    SqlQuery(m_db, u"DELETE FROM problem WHERE id = ?"_s).bind(id).exec();
}

void ProblemRepository::removeAt(const QString &source, const QString &url, const QString &kind)
{
    if (kind.isEmpty())
        SqlQuery(m_db, u"DELETE FROM problem WHERE source = ? AND url = ?"_s).bind(source, url).exec();
    else
        SqlQuery(m_db, u"DELETE FROM problem WHERE source = ? AND kind = ? AND url = ?"_s)
            .bind(source, kind, url)
            .exec();
}

void ProblemRepository::removeOthersAt(const ProblemRow &kept)
{
    SqlQuery(m_db, u"DELETE FROM problem WHERE source = ? AND kind = ? AND url = ? AND NOT (author = ? AND text = ?)"_s)
        .bind(kept.source, kept.kind, kept.url, kept.author, kept.text)
        .exec();
}

} // namespace hd
