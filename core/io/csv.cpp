#include "csv.h"

#include "io/filewriter.h"
#include "model/error.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Csv)
};

const QByteArray utf8Bom("\xEF\xBB\xBF");

// "people.csv, line 3" or "line 3": where a message points.
QString where(const QString &source, int line)
{
    return source.isEmpty() ? Tr::tr("line %1").arg(line) : Tr::tr("%1, line %2").arg(source).arg(line);
}

bool isContinuation(uchar c)
{
    return (c & 0xC0) == 0x80;
}

// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong forms,
// no surrogates, nothing above U+10FFFF), or of the first NUL; -1 when there is none.
qsizetype firstBadByte(const QByteArray &bytes, qsizetype from)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = from;
    while (i < n) {
        const uchar c = p[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        uchar low = 0x80, high = 0xBF; // the allowed range of the second byte
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            if (c == 0xE0)
                low = 0xA0;
            else if (c == 0xED)
                high = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            if (c == 0xF0)
                low = 0x90;
            else if (c == 0xF4)
                high = 0x8F;
        } else {
            return i;
        }
        if (i + 1 >= n || p[i + 1] < low || p[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k)
            if (i + k >= n || !isContinuation(p[i + k]))
                return i;
        i += length;
    }
    return -1;
}

// The 1-based physical line of a byte offset: CRLF, LF and a lone CR each end a line.
int lineOfOffset(const QByteArray &bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

QString decode(const QByteArray &bytes, const QString &source)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF"))
        throw Error(Tr::tr("%1: the file is UTF-16 text; save it as \"CSV UTF-8\" instead.").arg(where(source, 1)));
    const qsizetype start = bytes.startsWith(utf8Bom) ? utf8Bom.size() : 0;
    const qsizetype bad = firstBadByte(bytes, start);
    if (bad >= 0) {
        const QString at = where(source, lineOfOffset(bytes, bad));
        if (bytes[bad] == '\0')
            throw Error(Tr::tr("%1: the file holds a NUL byte; it is not a text file.").arg(at));
        throw Error(Tr::tr("%1: the file is not UTF-8 text (byte 0x%2); save it as \"CSV UTF-8\" instead.")
                        .arg(at, QString::number(uchar(bytes[bad]), 16).rightJustified(2, u'0').toUpper()));
    }
    // Only the one byte-order mark above is taken off: a second one is text (U+FEFF) that the file holds,
    // which QString::fromUtf8 would drop.
    QStringDecoder toUtf16(QStringConverter::Utf8, QStringConverter::Flag::ConvertInitialBom);
    return toUtf16(QByteArrayView(bytes).sliced(start));
}

} // namespace

QList<CsvRecord> parseCsv(const QByteArray &bytes, const QString &source)
{
    const QString text = decode(bytes, source);
    enum class State { FieldStart, Unquoted, Quoted, AfterQuote };

    QList<CsvRecord> out;
    QStringList fields;
    QString field;
    State state = State::FieldStart;
    bool hasContent = false; // anything but a line break seen in this record
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;

    const qsizetype n = text.size();
    auto endRecord = [&](qsizetype &i) {
        if (text[i] == u'\r' && i + 1 < n && text[i + 1] == u'\n')
            ++i;
        if (hasContent) {
            fields.append(field);
            out.append({recordLine, fields});
        }
        fields.clear();
        field.clear();
        hasContent = false;
        state = State::FieldStart;
        ++line;
        recordLine = line;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text[i];
        const bool lineBreak = c == u'\r' || c == u'\n';
        switch (state) {
        case State::FieldStart:
        case State::Unquoted:
            if (c == u'"' && state == State::FieldStart) {
                state = State::Quoted;
                quoteLine = line;
                hasContent = true;
            } else if (c == u',') {
                fields.append(field);
                field.clear();
                state = State::FieldStart;
                hasContent = true;
            } else if (lineBreak) {
                endRecord(i);
            } else {
                field += c;
                state = State::Unquoted;
                hasContent = true;
            }
            break;
        case State::Quoted:
            if (c == u'"') {
                if (i + 1 < n && text[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    state = State::AfterQuote;
                }
            } else if (lineBreak) {
                if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                    ++i;
                field += u'\n';
                ++line;
            } else {
                field += c;
            }
            break;
        case State::AfterQuote:
            if (c == u',') {
                fields.append(field);
                field.clear();
                state = State::FieldStart;
            } else if (lineBreak) {
                endRecord(i);
            } else {
                throw Error(Tr::tr("%1: field %2 has \"%3\" after its closing quote; a quote inside a quoted field "
                                   "is written twice (\"\").")
                                .arg(where(source, line))
                                .arg(fields.size() + 1)
                                .arg(c));
            }
            break;
        }
    }
    if (state == State::Quoted)
        throw Error(Tr::tr("%1: field %2 opens a quote that is never closed.")
                        .arg(where(source, quoteLine))
                        .arg(fields.size() + 1));
    if (hasContent) {
        fields.append(field);
        out.append({recordLine, fields});
    }
    return out;
}

QList<CsvRecord> readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parseCsv(file.readAll(), path);
}

namespace {

// Whether a spreadsheet would read the cell as a formula (or, for tab and CR, mangle it into one).
bool looksLikeFormula(QStringView text)
{
    if (text.isEmpty() || !u"=+-@\t\r"_s.contains(text.front()))
        return false;
    static const QRegularExpression number(u"^[+-]?[0-9]+([.,][0-9]+)?$"_s);
    return !number.match(text).hasMatch();
}

// Whether a cell is text escaped by spreadsheetText(): apostrophes, then a would-be formula.
bool isEscaped(QStringView cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell[i] == u'\'')
        ++i;
    return i > 0 && looksLikeFormula(cell.mid(i));
}

} // namespace

QString spreadsheetText(const QString &text)
{
    return looksLikeFormula(text) || isEscaped(text) ? u'\'' + text : text;
}

QString fromSpreadsheetText(const QString &cell)
{
    return isEscaped(cell) ? cell.mid(1) : cell;
}

QList<QStringList> spreadsheetRecords(QList<QStringList> records)
{
    for (QStringList &record : records)
        for (QString &cell : record)
            cell = spreadsheetText(cell);
    return records;
}

QString csvField(const QString &field)
{
    const bool needsQuotes =
        field.contains(u',') || field.contains(u'"') || field.contains(u'\r') || field.contains(u'\n');
    if (!needsQuotes)
        return field;
    QString quoted = field;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QByteArray writeCsv(const QList<QStringList> &records, CsvBom bom)
{
    QString text;
    for (const QStringList &record : records) {
        if (record.isEmpty())
            continue;
        if (record.size() == 1 && record.first().isEmpty()) {
            text += u"\"\"\r\n"_s;
            continue;
        }
        for (qsizetype i = 0; i < record.size(); ++i) {
            if (i > 0)
                text += u',';
            text += csvField(record[i]);
        }
        text += u"\r\n"_s;
    }
    QByteArray bytes = text.toUtf8();
    if (bom == CsvBom::With)
        bytes.prepend(utf8Bom);
    return bytes;
}

void writeCsvFile(const QString &path, const QList<QStringList> &records, CsvBom bom)
{
    writeFileAtomically(path, writeCsv(records, bom));
}

} // namespace hd
