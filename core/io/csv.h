#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// CSV as RFC 4180 describes it and as Excel and other spreadsheets save it. Pure: bytes in, records out.
//
// Reading:
// - The text must be UTF-8, with or without a byte-order mark (Excel's "CSV UTF-8" writes one). Anything
//   else (UTF-16, GBK, a binary file) is refused, naming the line of the first bad byte.
// - A record ends with CRLF, LF or a lone CR; the last one may have no line break at all.
// - Fields are separated by commas. A field in double quotes may hold commas, line breaks and quotes
//   written twice (""). Line breaks inside a quoted field come back as LF whatever the file uses.
// - Empty lines are skipped; fields are returned as written, not trimmed.
// - Lenient where Excel is: a quote inside an unquoted field (ab"c) is an ordinary character.
//   Strict where the file is broken: a quote never closed, or text after a closing quote ("ab"c), is an
//   hd::Error naming the source and the line.
//
// Writing: a field is quoted only when it holds a comma, a quote, CR or LF; every record ends with CRLF
// (RFC 4180's line break, and what Excel writes), the last one included.

namespace hd {

// One record of a CSV file: its fields and the 1-based physical line it starts on, for messages.
struct CsvRecord
{
    int line = 0;
    QStringList fields;

    bool operator==(const CsvRecord &) const = default;
};

// Whether written CSV starts with a UTF-8 byte-order mark: Excel needs it to show Chinese correctly.
enum class CsvBom { Without, With };

// Parses CSV text; `source` (a file name, may be empty) starts every error message. Throws hd::Error.
QList<CsvRecord> parseCsv(const QByteArray &bytes, const QString &source = {});
// Reads and parses a file. Throws hd::Error when it cannot be read or is not CSV.
QList<CsvRecord> readCsvFile(const QString &path);

// A text cell of an export meant for spreadsheets: text that a spreadsheet would read as a formula (it
// starts with =, +, -, @, a tab or a CR) is kept text behind an apostrophe, and so is text that already
// looks escaped that way, so that fromSpreadsheetText() gives back exactly what was exported. Numbers
// ("-5", "+1.5") stay as they are: a spreadsheet reads them as the numbers they are. Every CSV writer
// passes its free-text cells (names, logins, titles, links, notes) through it.
QString spreadsheetText(const QString &text);
// A text cell as imported: the apostrophe spreadsheetText() added comes off again.
QString fromSpreadsheetText(const QString &cell);
// Every cell of the records through spreadsheetText(), the first record (the header) included.
QList<QStringList> spreadsheetRecords(QList<QStringList> records);

// One field as it is written: quoted (with quotes doubled) only when needed.
QString csvField(const QString &field);
// The records as CSV, each ending with CRLF. A record of no fields is left out; a record of one empty
// field is written as "" so that it is not read back as an empty line.
QByteArray writeCsv(const QList<QStringList> &records, CsvBom bom = CsvBom::With);
// Writes the file all or nothing (through a temporary file). Throws hd::Error.
void writeCsvFile(const QString &path, const QList<QStringList> &records, CsvBom bom = CsvBom::With);

} // namespace hd
