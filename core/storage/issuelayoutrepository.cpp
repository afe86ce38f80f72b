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

// A row in few bytes: its text (its cells are split from it when one changed), one 64-bit digest per
// cell in hex, and what the database has no place for.
QJsonObject rowJson(const IssueLayoutRepository::Row &row)
{
    const IssueRowSource &s = row.source;
    QString digests;
    digests.reserve(s.digests.size() * 17);
    for (const quint64 d : s.digests) {
        if (!digests.isEmpty())
            digests += u' ';
        digests += QString::number(d, 16);
    }
    QJsonObject o{{u"t"_s, s.table}, {u"x"_s, s.text}, {u"d"_s, digests}, {u"l"_s, row.line}};
    if (s.struck)
        o.insert(u"s"_s, true);
    if (s.claimantOrder.size() > 1)
        o.insert(u"o"_s, s.claimantOrder.join(u'\n'));
    if (!row.coFinishers.isEmpty())
        o.insert(u"cf"_s, row.coFinishers.join(u' '));
    if (!row.lockedFor.isEmpty())
        o.insert(u"lf"_s, row.lockedFor);
    return o;
}

QList<quint64> digestsOf(QStringView text)
{
    QList<quint64> out;
    for (const QStringView d : text.split(u' ', Qt::SkipEmptyParts))
        out.append(d.toULongLong(nullptr, 16));
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
        QJsonObject o{{u"direction"_s, t.direction},
                      {u"header"_s, t.header},
                      {u"separator"_s, t.separator},
                      {u"columns"_s, columns.join(u',')},
                      {u"headless"_s, t.headless}};
        for (const auto &[key, text] : {std::pair{u"heading"_s, &t.heading}, std::pair{u"lead"_s, &t.lead},
                                        std::pair{u"before"_s, &t.before}, std::pair{u"after"_s, &t.after}})
            if (!text->isEmpty())
                o.insert(key, *text);
        if (!t.unreadableRows.isEmpty()) {
            QJsonArray unread;
            for (qsizetype i = 0; i < t.unreadableRows.size(); ++i)
                unread.append(QJsonArray{t.unreadableLines.value(i), t.unreadableRows[i]});
            o.insert(u"unreadable"_s, unread);
        }
        tableArray.append(o);
    }
    QJsonObject rowObject;
    for (const auto &[taskId, row] : rows)
        if (row.source.table >= 0 && row.source.table < tables.size())
            rowObject.insert(QString::number(taskId), rowJson(row));
    const QJsonObject doc{{u"tables"_s, tableArray}, {u"rows"_s, rowObject}};
    // Re-importing an unchanged issue gives the same layout: it is not written again.
    const QString value = QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    EventRepository events(m_db);
    if (events.setting(settingKey(trackId)) != value)
        events.setSetting(settingKey(trackId), value);
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
        t.heading = o.value(u"heading"_s).toString();
        t.lead = o.value(u"lead"_s).toString();
        t.before = o.value(u"before"_s).toString();
        t.after = o.value(u"after"_s).toString();
        for (const QJsonValue &u : o.value(u"unreadable"_s).toArray()) {
            t.unreadableLines.append(u.toArray().at(0).toInt());
            t.unreadableRows.append(u.toArray().at(1).toString());
        }
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
        row.source.table = o.value(u"t"_s).toInt();
        row.source.text = o.value(u"x"_s).toString();
        row.source.digests = digestsOf(o.value(u"d"_s).toString());
        row.source.claimantOrder = o.value(u"o"_s).toString().split(u'\n', Qt::SkipEmptyParts);
        row.source.struck = o.value(u"s"_s).toBool();
        row.coFinishers = o.value(u"cf"_s).toString().split(u' ', Qt::SkipEmptyParts);
        row.lockedFor = o.value(u"lf"_s).toString();
        row.line = o.value(u"l"_s).toInt();
        out.insert(it.key().toLongLong(), row);
    }
    return out;
}

} // namespace hd
