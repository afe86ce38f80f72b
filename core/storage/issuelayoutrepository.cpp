#include "issuelayoutrepository.h"

#include "eventrepository.h"

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

QJsonObject rowJson(const IssueLayoutRepository::Row &row)
{
    const IssueRowSource &s = row.source;
    QJsonObject o{{u"table"_s, s.table},
                  {u"text"_s, s.text},
                  {u"cells"_s, QJsonArray::fromStringList(s.cells)},
                  {u"digests"_s, QJsonArray::fromStringList(s.digests)},
                  {u"order"_s, QJsonArray::fromStringList(s.claimantOrder)},
                  {u"struck"_s, s.struck},
                  {u"line"_s, row.line}};
    if (!row.coFinishers.isEmpty())
        o.insert(u"co_finishers"_s, QJsonArray::fromStringList(row.coFinishers));
    if (!row.lockedFor.isEmpty())
        o.insert(u"locked_for"_s, row.lockedFor);
    return o;
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

} // namespace

QString IssueLayoutRepository::settingKey(qint64 trackId)
{
    return u"track.%1.issue-layout"_s.arg(trackId);
}

void IssueLayoutRepository::replace(qint64 trackId, const QList<IssueTable> &tables,
                                    const QList<std::pair<qint64, Row>> &rows)
{
    QJsonArray tableArray;
    for (const IssueTable &t : tables) {
        QStringList columns;
        for (IssueColumn c : t.columns)
            columns.append(columnKey(c));
        tableArray.append(QJsonObject{{u"direction"_s, t.direction},
                                      {u"header"_s, t.header},
                                      {u"separator"_s, t.separator},
                                      {u"columns"_s, columns.join(u',')},
                                      {u"headless"_s, t.headless}});
    }
    QJsonObject rowObject;
    for (const auto &[taskId, row] : rows)
        if (row.source.table >= 0 && row.source.table < tables.size())
            rowObject.insert(QString::number(taskId), rowJson(row));
    const QJsonObject doc{{u"tables"_s, tableArray}, {u"rows"_s, rowObject}};
    EventRepository(m_db).setSetting(settingKey(trackId),
                                     QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)));
}

QJsonObject IssueLayoutRepository::read(qint64 trackId) const
{
    return QJsonDocument::fromJson(EventRepository(m_db).setting(settingKey(trackId)).toUtf8()).object();
}

QList<IssueTable> IssueLayoutRepository::tables(qint64 trackId) const
{
    QList<IssueTable> out;
    for (const QJsonValue &v : read(trackId).value(u"tables"_s).toArray()) {
        const QJsonObject o = v.toObject();
        IssueTable t;
        t.direction = o.value(u"direction"_s).toString();
        t.header = o.value(u"header"_s).toString();
        t.separator = o.value(u"separator"_s).toString();
        for (const QString &key : o.value(u"columns"_s).toString().split(u','))
            t.columns.append(columnFromKey(key));
        t.headless = o.value(u"headless"_s).toBool();
        out.append(t);
    }
    return out;
}

QHash<qint64, IssueLayoutRepository::Row> IssueLayoutRepository::rows(qint64 trackId) const
{
    QHash<qint64, Row> out;
    const QJsonObject rowObject = read(trackId).value(u"rows"_s).toObject();
    for (auto it = rowObject.begin(); it != rowObject.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        Row row;
        row.source.table = o.value(u"table"_s).toInt();
        row.source.text = o.value(u"text"_s).toString();
        row.source.cells = strings(o.value(u"cells"_s));
        row.source.digests = strings(o.value(u"digests"_s));
        row.source.claimantOrder = strings(o.value(u"order"_s));
        row.source.struck = o.value(u"struck"_s).toBool();
        row.coFinishers = strings(o.value(u"co_finishers"_s));
        row.lockedFor = o.value(u"locked_for"_s).toString();
        row.line = o.value(u"line"_s).toInt();
        out.insert(it.key().toLongLong(), row);
    }
    return out;
}

} // namespace hd
