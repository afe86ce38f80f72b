#include "io/csv.h"
#include "model/error.h"
#include "testutil.h"

#include <random>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// CSV text and the records it must read as.
struct ReadCase
{
    const char *name;
    QByteArray bytes;
    QList<CsvRecord> records;
};

void PrintTo(const ReadCase &c, std::ostream *os)
{
    *os << c.name;
}

class CsvRead : public ::testing::TestWithParam<ReadCase>
{};

// Text that must be refused, and what the message must say.
struct RefuseCase
{
    const char *name;
    QByteArray bytes;
    QStringList needles;
};

void PrintTo(const RefuseCase &c, std::ostream *os)
{
    *os << c.name;
}

class CsvRefuse : public ::testing::TestWithParam<RefuseCase>
{};

QString describe(const QList<CsvRecord> &records)
{
    QString s;
    for (const CsvRecord &r : records)
        s += u"%1:[%2]\n"_s.arg(r.line).arg(r.fields.join(u'|'));
    return s;
}

} // namespace

TEST_P(CsvRead, ReadsAsExpected)
{
    const ReadCase &c = GetParam();
    const QList<CsvRecord> got = parseCsv(c.bytes);
    EXPECT_EQ(got, c.records) << "got:\n"
                              << describe(got).toStdString() << "want:\n"
                              << describe(c.records).toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Csv, CsvRead,
    ::testing::Values(
        ReadCase{"Plain", "a,b,c\n", {{1, {u"a"_s, u"b"_s, u"c"_s}}}},
        ReadCase{"CrLf", "a,b\r\nc,d\r\n", {{1, {u"a"_s, u"b"_s}}, {2, {u"c"_s, u"d"_s}}}},
        ReadCase{"NoFinalLineBreak", "a,b\nc,d", {{1, {u"a"_s, u"b"_s}}, {2, {u"c"_s, u"d"_s}}}},
        ReadCase{"LoneCr", "a\rb\r", {{1, {u"a"_s}}, {2, {u"b"_s}}}},
        ReadCase{"Bom",
                 "\xEF\xBB\xBFlogin,name\r\nmegemini,\xE5\xBC\xA0\xE4\xB8\x89\r\n",
                 {{1, {u"login"_s, u"name"_s}}, {2, {u"megemini"_s, u"张三"_s}}}},
        ReadCase{"QuotedComma", "\"a,b\",c\n", {{1, {u"a,b"_s, u"c"_s}}}},
        ReadCase{"DoubledQuotes", "\"say \"\"hi\"\"\",x\n", {{1, {u"say \"hi\""_s, u"x"_s}}}},
        ReadCase{"EmbeddedLf", "\"one\ntwo\",z\nnext\n", {{1, {u"one\ntwo"_s, u"z"_s}}, {3, {u"next"_s}}}},
        ReadCase{"EmbeddedCrLfBecomesLf", "\"one\r\ntwo\"\r\nnext\r\n", {{1, {u"one\ntwo"_s}}, {3, {u"next"_s}}}},
        ReadCase{"EmptyFields", ",,\n", {{1, {u""_s, u""_s, u""_s}}}},
        ReadCase{"TrailingComma", "a,\n", {{1, {u"a"_s, u""_s}}}}, ReadCase{"QuotedEmpty", "\"\"\n", {{1, {u""_s}}}},
        ReadCase{"EmptyLinesSkipped", "a\n\n\r\nb\n\n", {{1, {u"a"_s}}, {4, {u"b"_s}}}},
        ReadCase{"SpacesKept", " a , b \n", {{1, {u" a "_s, u" b "_s}}}},
        ReadCase{"QuoteInsideUnquotedIsText", "ab\"c,d\n", {{1, {u"ab\"c"_s, u"d"_s}}}},
        ReadCase{"QuotedThenEmpty", "\"a\",\n", {{1, {u"a"_s, u""_s}}}}, ReadCase{"Empty", "", {}},
        ReadCase{"OnlyBom", "\xEF\xBB\xBF", {}},
        ReadCase{"Chinese",
                 "\xE6\x8A\xA5\xE5\x90\x8D,\"\xE5\xAE\x8C\xE6\x88\x90,\xE4\xBB\xBB\xE5\x8A\xA1\"\n",
                 {{1, {u"报名"_s, u"完成,任务"_s}}}},
        ReadCase{"FourByteUtf8", "\xF0\x9F\x8C\x9F\n", {{1, {u"🌟"_s}}}}),
    [](const ::testing::TestParamInfo<ReadCase> &p) { return std::string(p.param.name); });

TEST_P(CsvRefuse, SaysWhereAndWhy)
{
    const RefuseCase &c = GetParam();
    try {
        parseCsv(c.bytes, u"people.csv"_s);
        FAIL() << "accepted";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().startsWith(u"people.csv, line "_s)) << e.message().toStdString();
        for (const QString &needle : c.needles)
            EXPECT_TRUE(e.message().contains(needle)) << e.message().toStdString() << " lacks " << needle.toStdString();
    }
}

INSTANTIATE_TEST_SUITE_P(
    Csv, CsvRefuse,
    ::testing::Values(
        RefuseCase{"UnterminatedQuote", "a,b\nc,\"d\ne\n", {u"line 2:"_s, u"field 2"_s, u"never closed"_s}},
        RefuseCase{"UnterminatedAfterEmbeddedLines", "x\n\"a\n\nb\n", {u"line 2:"_s, u"never closed"_s}},
        RefuseCase{"TextAfterClosingQuote", "ok\n\"ab\"c,d\n", {u"line 2:"_s, u"after its closing quote"_s}},
        RefuseCase{"Gbk", "login,name\nmegemini,\xD5\xC5\xC8\xFD\n", {u"line 2:"_s, u"not UTF-8"_s, u"0xD5"_s}},
        RefuseCase{"Latin1", "a\nb\nna\xEFve\n", {u"line 3:"_s, u"not UTF-8"_s}},
        RefuseCase{"Utf16", "\xFF\xFEl\0o\0", {u"line 1:"_s, u"UTF-16"_s}},
        RefuseCase{"Overlong", "\xC0\xAF\n", {u"line 1:"_s, u"not UTF-8"_s}},
        RefuseCase{"Surrogate", "a\r\n\xED\xA0\x80\n", {u"line 2:"_s, u"not UTF-8"_s}},
        RefuseCase{"TruncatedSequence", "a\n\xE5\xBC", {u"line 2:"_s, u"not UTF-8"_s}},
        RefuseCase{"AboveUnicode", "\xF4\x90\x80\x80", {u"line 1:"_s, u"not UTF-8"_s}},
        RefuseCase{"Nul", QByteArray("a\nb\0c\n", 6), {u"line 2:"_s, u"NUL"_s}}),
    [](const ::testing::TestParamInfo<RefuseCase> &p) { return std::string(p.param.name); });

TEST(Csv, MessagesWithoutASourceStartWithTheLine)
{
    try {
        parseCsv("\"open");
        FAIL() << "accepted";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().startsWith(u"line 1:"_s)) << e.message().toStdString();
    }
}

TEST(Csv, QuotesAFieldOnlyWhenNeeded)
{
    const std::pair<QString, QString> cases[] = {
        {u"plain"_s, u"plain"_s},
        {u""_s, u""_s},
        {u" spaced "_s, u" spaced "_s},
        {u"张三"_s, u"张三"_s},
        {u"a,b"_s, u"\"a,b\""_s},
        {u"say \"hi\""_s, u"\"say \"\"hi\"\"\""_s},
        {u"two\nlines"_s, u"\"two\nlines\""_s},
        {u"cr\r"_s, u"\"cr\r\""_s},
        {u"ab\"c"_s, u"\"ab\"\"c\""_s},
    };
    for (const auto &[field, written] : cases)
        EXPECT_EQ(csvField(field), written) << field.toStdString();
}

TEST(Csv, WritesCrLfWithAnOptionalBom)
{
    const QList<QStringList> records = {{u"login"_s, u"name"_s}, {u"megemini"_s, u"张, 三"_s}, {u""_s}, {}};
    EXPECT_EQ(writeCsv(records, CsvBom::Without),
              QByteArray("login,name\r\nmegemini,\"\xE5\xBC\xA0, \xE4\xB8\x89\"\r\n\"\"\r\n"));
    EXPECT_EQ(writeCsv(records, CsvBom::With), QByteArray("\xEF\xBB\xBF") + writeCsv(records, CsvBom::Without));
    EXPECT_EQ(writeCsv({}, CsvBom::Without), QByteArray());
}

TEST(Csv, WrittenRecordsReadBackTheSame)
{
    // Fields from an alphabet full of separators; CR is left out because the reader turns it into LF.
    const QStringList alphabet = {u"a"_s, u"Z"_s, u","_s, u"\""_s, u"\n"_s, u" "_s, u"中"_s, u"🌟"_s, u"'"_s, u"="_s};
    std::mt19937 rng(20240320);
    for (int round = 0; round < 300; ++round) {
        QList<QStringList> records;
        const int count = 1 + int(rng() % 6);
        for (int r = 0; r < count; ++r) {
            QStringList fields;
            const int width = 1 + int(rng() % 5);
            for (int f = 0; f < width; ++f) {
                QString field;
                const int length = int(rng() % 7);
                for (int k = 0; k < length; ++k)
                    field += alphabet[qsizetype(rng() % alphabet.size())];
                fields << field;
            }
            records << fields;
        }
        for (CsvBom bom : {CsvBom::With, CsvBom::Without}) {
            const QList<CsvRecord> read = parseCsv(writeCsv(records, bom));
            ASSERT_EQ(read.size(), records.size()) << "round " << round;
            int line = 1;
            for (qsizetype r = 0; r < records.size(); ++r) {
                EXPECT_EQ(read[r].fields, records[r]) << "round " << round;
                EXPECT_EQ(read[r].line, line) << "round " << round;
                for (const QString &f : records[r])
                    line += int(f.count(u'\n'));
                ++line;
            }
        }
    }
}

TEST(Csv, RandomBytesNeverCrash)
{
    // Mostly CSV-ish bytes, with invalid UTF-8 now and then; every input reads or fails with hd::Error.
    const QByteArray pieces[] = {",",
                                 "\"",
                                 "\r",
                                 "\n",
                                 "\r\n",
                                 "a",
                                 " ",
                                 "\xE4\xB8\xAD",
                                 "\xEF\xBB\xBF",
                                 "\xFF",
                                 "\xC3",
                                 "\"\"",
                                 QByteArray(1, '\0')};
    std::mt19937 rng(42);
    int refused = 0;
    for (int round = 0; round < 5000; ++round) {
        QByteArray bytes;
        const int length = int(rng() % 40);
        for (int k = 0; k < length; ++k)
            bytes += (rng() % 8 == 0) ? QByteArray(1, char(rng() % 256)) : pieces[rng() % std::size(pieces)];
        try {
            const QList<CsvRecord> records = parseCsv(bytes);
            int previous = 0;
            for (const CsvRecord &r : records) {
                EXPECT_GT(r.line, previous);
                EXPECT_FALSE(r.fields.isEmpty());
                previous = r.line;
            }
        } catch (const Error &e) {
            EXPECT_TRUE(e.message().startsWith(u"line "_s)) << e.message().toStdString();
            ++refused;
        }
    }
    EXPECT_GT(refused, 0);
    EXPECT_LT(refused, 5000);
}

TEST(Csv, FilesAreWrittenAndReadBack)
{
    TempDir dir;
    const QString path = dir.path(u"t.csv"_s);
    writeCsvFile(path, {{u"a"_s, u"b,c"_s}, {u"中"_s, u""_s}});
    EXPECT_EQ(readAll(path), QByteArray("\xEF\xBB\xBF"
                                        "a,\"b,c\"\r\n\xE4\xB8\xAD,\r\n"));
    const QList<CsvRecord> read = readCsvFile(path);
    ASSERT_EQ(read.size(), 2);
    EXPECT_EQ(read[1].fields, (QStringList{u"中"_s, u""_s}));
    EXPECT_EQ(read[1].line, 2);
}

TEST(Csv, AMissingFileIsAClearError)
{
    TempDir dir;
    const QString path = dir.path(u"missing.csv"_s);
    try {
        readCsvFile(path);
        FAIL() << "read a missing file";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(path)) << e.message().toStdString();
    }
    EXPECT_THROW(writeCsvFile(dir.path(u"no/such/dir/x.csv"_s), {{u"a"_s}}), Error);
}

// A cell a spreadsheet would run as a formula stays text behind an apostrophe, and comes back exactly.
TEST(Csv, SpreadsheetTextKeepsWouldBeFormulasText)
{
    for (const QString &formula : {u"=1+1"_s, u"+cmd|' /C calc'!A0"_s, u"-2+3"_s, u"@SUM(A1:A9)"_s, u"\t=1"_s,
                                   u"\rx"_s, u"="_s, u"-"_s, u"'=already escaped"_s, u"''@twice"_s}) {
        SCOPED_TRACE(formula.toStdString());
        EXPECT_EQ(spreadsheetText(formula), u'\'' + formula);
        EXPECT_EQ(fromSpreadsheetText(spreadsheetText(formula)), formula);
    }
    for (const QString &plain :
         {QString(), u"abc"_s, u"-5"_s, u"+1.5"_s, u"12"_s, u"'quoted"_s, u"a=b"_s, u"张三"_s, u"x\t="_s}) {
        SCOPED_TRACE(plain.toStdString());
        EXPECT_EQ(spreadsheetText(plain), plain);
        EXPECT_EQ(fromSpreadsheetText(plain), plain);
    }
    EXPECT_EQ(spreadsheetRecords({{u"=h"_s, u"ok"_s}, {u"@x"_s}}),
              (QList<QStringList>{{u"'=h"_s, u"ok"_s}, {u"'@x"_s}}));
}

// Found by fuzzing (tests/fuzz/corpus/csv/crash-7931…): a field that starts with U+FEFF, written with the
// byte-order mark, lost its U+FEFF when read back (QString::fromUtf8 dropped the second mark).
TEST(Csv, AByteOrderMarkInsideTheTextIsKept)
{
    const QList<CsvRecord> records = parseCsv(QByteArray("\n\xEF\xBB\xBF", 4));
    ASSERT_EQ(records.size(), 1);
    EXPECT_EQ(records[0].fields, QStringList{QString(QChar(0xFEFF))});
    const QList<CsvRecord> again = parseCsv(writeCsv({records[0].fields}, CsvBom::With));
    ASSERT_EQ(again.size(), 1);
    EXPECT_EQ(again[0].fields, records[0].fields);
}
