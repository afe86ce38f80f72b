#include "issuelayoutrepository.h"

#include "database.h"
#include "sqlquery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

QString columnKey(IssueColumn c)
{
    switch (c) {
    case IssueColumn::Number:
        return u"number"_s;
    case IssueColumn::Difficulty:
        return u"difficulty"_s;
    case IssueColumn::Title:
        return u"title"_s;
    case IssueColumn::Claims:
        return u"claims"_s;
    case IssueColumn::Finisher:
        return u"finisher"_s;
    case IssueColumn::Mentor:
        return u"mentor"_s;
    case IssueColumn::Seats:
        return u"seats"_s;
    case IssueColumn::Leader:
        return u"leader"_s;
    case IssueColumn::None:
        break;
    }
    return {};
}

IssueColumn columnFromKey(QStringView key)
{
    for (IssueColumn c : {IssueColumn::Number, IssueColumn::Difficulty, IssueColumn::Title, IssueColumn::Claims,
                          IssueColumn::Finisher, IssueColumn::Mentor, IssueColumn::Seats, IssueColumn::Leader})
        if (columnKey(c) == key)
            return c;
    return IssueColumn::None;
}

QString rowJson(const IssueLayoutRepository::Row &row)
{
    const IssueRowSource &s = row.source;
    QJsonObject o{{u"text"_s, s.text},
                  {u"cells"_s, QJsonArray::fromStringList(s.cells)},
                  {u"digests"_s, QJsonArray::fromStringList(s.digests)},
                  {u"order"_s, QJsonArray::fromStringList(s.claimantOrder)},
                  {u"struck"_s, s.struck},
                  {u"line"_s, row.line}};
    if (!row.coFinishers.isEmpty())
        o.insert(u"co_finishers"_s, QJsonArray::fromStringList(row.coFinishers));
    if (!row.lockedFor.isEmpty())
        o.insert(u"locked_for"_s, row.lockedFor);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

void IssueLayoutRepository::replace(qint64 trackId, const QList<IssueTable> &tables,
                                    const QList<std::pair<qint64, Row>> &rows)
{
    SqlQuery(m_db, u"DELETE FROM issue_table WHERE track_id = ?"_s).bind(trackId).exec();
    QList<qint64> ids;
    for (int i = 0; i < tables.size(); ++i) {
        const IssueTable &t = tables[i];
        QStringList columns;
        for (IssueColumn c : t.columns)
            columns.append(columnKey(c));
        SqlQuery q(m_db, u"INSERT INTO issue_table (track_id, position, direction, header, separator, columns, "
                         u"headless) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        q.bind(trackId, i, t.direction, t.header, t.separator, columns.join(u','), t.headless ? 1 : 0).exec();
        ids.append(q.lastInsertId());
    }
    for (const auto &[taskId, row] : rows) {
        const int t = row.source.table;
        if (t < 0 || t >= ids.size())
            continue;
        SqlQuery(m_db, u"INSERT OR REPLACE INTO issue_row (task_id, table_id, source) VALUES (?, ?, ?)"_s)
            .bind(taskId, ids[t], rowJson(row))
            .exec();
    }
}

QList<IssueTable> IssueLayoutRepository::tables(qint64 trackId) const
{
    QList<IssueTable> out;
    SqlQuery q(m_db, u"SELECT direction, header, separator, columns, headless FROM issue_table WHERE track_id = ? "
                     u"ORDER BY position"_s);
    q.bind(trackId).exec();
    while (q.next()) {
        IssueTable t;
        t.direction = q.value(0).toString();
        t.header = q.value(1).toString();
        t.separator = q.value(2).toString();
        for (const QString &key : q.value(3).toString().split(u','))
            t.columns.append(columnFromKey(key));
        t.headless = q.value(4).toBool();
        out.append(t);
    }
    return out;
}

QHash<qint64, IssueLayoutRepository::Row> IssueLayoutRepository::rows(qint64 trackId) const
{
    QHash<qint64, Row> out;
    SqlQuery q(m_db, u"SELECT r.task_id, t.position, r.source FROM issue_row r JOIN issue_table t ON t.id = r.table_id "
                     u"WHERE t.track_id = ?"_s);
    q.bind(trackId).exec();
    while (q.next()) {
        const QJsonObject o = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        Row row;
        row.source.table = q.value(1).toInt();
        row.source.text = o.value(u"text"_s).toString();
        row.source.cells = strings(o.value(u"cells"_s));
        row.source.digests = strings(o.value(u"digests"_s));
        row.source.claimantOrder = strings(o.value(u"order"_s));
        row.source.struck = o.value(u"struck"_s).toBool();
        row.coFinishers = strings(o.value(u"co_finishers"_s));
        row.lockedFor = o.value(u"locked_for"_s).toString();
        row.line = o.value(u"line"_s).toInt();
        out.insert(q.value(0).toLongLong(), row);
    }
    return out;
}

} // namespace hd
