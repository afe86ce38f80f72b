#include "issuelayoutrepository.h"

#include "eventrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVarLengthArray>

#include <optional>

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

// The stored text: a marker, then records split by RS, their fields by US, list items by GS. A table:
// "T", direction, header, separator, columns, headless, heading, lead, before, after, unreadable lines
// (space-separated), unreadable rows (GS-separated). A row: "R", task id, table, line, text, digests,
// struck, claimant order (GS-separated), co-finishers (space-separated), locked for.
constexpr char16_t RecordSep = 0x1E, FieldSep = 0x1F, ItemSep = 0x1D;
const QString recordsMarker = u"hd-issue-layout/2"_s;

bool fitsRecords(QStringView text)
{
    for (const QChar c : text)
        if (c.unicode() >= 0x1C && c.unicode() <= 0x1F)
            return false;
    return true;
}

// Fields of a record, appended with their separators.
class RecordWriter
{
public:
    explicit RecordWriter(QString &out)
        : m_out(out)
    {}
    RecordWriter &start(char16_t kind)
    {
        m_out += RecordSep;
        m_out += QChar(kind);
        return *this;
    }
    RecordWriter &field(QStringView text)
    {
        m_ok = m_ok && fitsRecords(text);
        m_out += FieldSep;
        m_out += text;
        return *this;
    }
    RecordWriter &field(qint64 n)
    {
        m_out += FieldSep;
        m_out += QString::number(n);
        return *this;
    }
    RecordWriter &items(const QStringList &list, QChar sep)
    {
        m_out += FieldSep;
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (i > 0)
                m_out += sep;
            m_ok = m_ok && fitsRecords(list[i]) && !list[i].contains(sep);
            m_out += list[i];
        }
        return *this;
    }
    bool ok() const { return m_ok; } // no text held a separator

private:
    QString &m_out;
    bool m_ok = true;
};

QString columnsText(const QList<IssueColumn> &columns)
{
    QStringList keys;
    for (IssueColumn c : columns)
        keys.append(columnKey(c));
    return keys.join(u',');
}

QList<IssueColumn> columnsFrom(QStringView text)
{
    QList<IssueColumn> out;
    for (const QStringView key : text.split(u','))
        out.append(columnFromKey(key));
    return out;
}

QString digestsText(const QList<quint64> &digests)
{
    QString out;
    out.reserve(digests.size() * 17);
    for (const quint64 d : digests) {
        if (!out.isEmpty())
            out += u' ';
        out += QString::number(d, 16);
    }
    return out;
}

QStringList itemsOf(QStringView text, QChar sep)
{
    QStringList out;
    for (const QStringView item : text.split(sep, Qt::SkipEmptyParts))
        out.append(item.toString());
    return out;
}

std::optional<QString> asRecords(const QList<IssueTable> &tables,
                                 const QList<std::pair<qint64, IssueLayoutRepository::Row>> &rows)
{
    QString out = recordsMarker;
    qsizetype size = 0;
    for (const auto &[id, row] : rows)
        size += row.source.text.size() + row.source.digests.size() * 17 + 64;
    out.reserve(size + 4096);
    RecordWriter w(out);
    for (const IssueTable &t : tables) {
        QStringList lines;
        for (const int line : t.unreadableLines)
            lines.append(QString::number(line));
        w.start(u'T')
            .field(t.direction)
            .field(t.header)
            .field(t.separator)
            .field(columnsText(t.columns))
            .field(t.headless ? 1 : 0)
            .field(t.heading)
            .field(t.lead)
            .field(t.before)
            .field(t.after)
            .items(lines, u' ')
            .items(t.unreadableRows, ItemSep);
    }
    for (const auto &[taskId, row] : rows) {
        const IssueRowSource &src = row.source;
        if (src.table < 0 || src.table >= tables.size())
            continue;
        w.start(u'R')
            .field(taskId)
            .field(src.table)
            .field(row.line)
            .field(src.text)
            .field(digestsText(src.digests))
            .field(src.struck ? 1 : 0)
            .items(src.claimantOrder, ItemSep)
            .items(row.coFinishers, u' ')
            .field(row.lockedFor);
    }
    if (!w.ok())
        return std::nullopt;
    return out;
}

IssueLayoutRepository::Layout fromRecords(QStringView text)
{
    IssueLayoutRepository::Layout layout;
    for (const QStringView record : text.tokenize(RecordSep)) {
        QVarLengthArray<QStringView, 12> f;
        for (const QStringView field : record.split(FieldSep))
            f.append(field);
        if (f.first() == u"T" && f.size() == 12) {
            IssueTable t;
            t.direction = f[1].toString();
            t.header = f[2].toString();
            t.separator = f[3].toString();
            t.columns = columnsFrom(f[4]);
            t.headless = f[5] == u"1";
            t.heading = f[6].toString();
            t.lead = f[7].toString();
            t.before = f[8].toString();
            t.after = f[9].toString();
            for (const QStringView line : f[10].split(u' ', Qt::SkipEmptyParts))
                t.unreadableLines.append(line.toInt());
            t.unreadableRows = itemsOf(f[11], ItemSep);
            layout.tables.append(t);
        } else if (f.first() == u"R" && f.size() == 10) {
            IssueLayoutRepository::Row row;
            row.source.table = f[2].toInt();
            row.line = f[3].toInt();
            row.source.text = f[4].toString();
            row.source.digests = digestsOf(f[5]);
            row.source.struck = f[6] == u"1";
            row.source.claimantOrder = itemsOf(f[7], ItemSep);
            row.coFinishers = itemsOf(f[8], u' ');
            row.lockedFor = f[9].toString();
            layout.rows.insert(f[1].toLongLong(), row);
        }
    }
    return layout;
}

// The JSON document earlier versions stored.
QString asJson(const QList<IssueTable> &tables, const QList<std::pair<qint64, IssueLayoutRepository::Row>> &rows)
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
    return QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact));
}

IssueLayoutRepository::Layout fromJson(const QString &text)
{
    IssueLayoutRepository::Layout layout;
    const QJsonObject doc = QJsonDocument::fromJson(text.toUtf8()).object();
    for (const QJsonValue &v : doc.value(u"tables"_s).toArray()) {
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
        layout.tables.append(t);
    }
    const QJsonObject rowObject = doc.value(u"rows"_s).toObject();
    for (auto it = rowObject.begin(); it != rowObject.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        IssueLayoutRepository::Row row;
        row.source.table = o.value(u"t"_s).toInt();
        row.source.text = o.value(u"x"_s).toString();
        row.source.digests = digestsOf(o.value(u"d"_s).toString());
        row.source.claimantOrder = o.value(u"o"_s).toString().split(u'\n', Qt::SkipEmptyParts);
        row.source.struck = o.value(u"s"_s).toBool();
        row.coFinishers = o.value(u"cf"_s).toString().split(u' ', Qt::SkipEmptyParts);
        row.lockedFor = o.value(u"lf"_s).toString();
        row.line = o.value(u"l"_s).toInt();
        layout.rows.insert(it.key().toLongLong(), row);
    }
    return layout;
}

} // namespace

QString IssueLayoutRepository::settingKey(qint64 trackId)
{
    return u"track.%1.issue-layout"_s.arg(trackId);
}

void IssueLayoutRepository::replace(qint64 trackId, const QList<IssueTable> &tables,
                                    const QList<std::pair<qint64, Row>> &rows)
{
    // Text holding a separator character (never seen in an issue) is kept as JSON instead.
    const std::optional<QString> records = asRecords(tables, rows);
    const QString value = records ? *records : asJson(tables, rows);
    // Re-importing an unchanged issue gives the same layout: it is not written again.
    EventRepository events(m_db);
    if (events.setting(settingKey(trackId)) != value)
        events.setSetting(settingKey(trackId), value);
}

IssueLayoutRepository::Layout IssueLayoutRepository::layout(qint64 trackId) const
{
    const QString text = EventRepository(m_db).setting(settingKey(trackId));
    if (text.startsWith(recordsMarker))
        return fromRecords(QStringView(text).mid(recordsMarker.size()));
    return fromJson(text);
}

} // namespace hd
