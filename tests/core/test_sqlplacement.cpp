// All SQL lives in core/storage/: the UI and the services call repositories. This test reads the source
// tree and fails, naming the file and line, when an SQL statement is written anywhere else (core/, ui/,
// app/), or when code there uses a query object directly.

#include "testutil.h"

#include <QDir>
#include <QDirIterator>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// A string literal of C++ source and the line it starts on.
struct Literal
{
    int line = 0;
    QString text;
};

// The string literals of C++ source, raw ones included, outside comments. Literals written next to each
// other ("SELECT a " "FROM b") come as one.
QList<Literal> stringLiterals(const QString &src)
{
    QList<Literal> out;
    bool joinNext = false; // only blanks and comments since the last literal ended
    int line = 1;
    const qsizetype n = src.size();
    for (qsizetype i = 0; i < n;) {
        const QChar c = src[i];
        if (c == u'\n') {
            ++line;
            ++i;
            continue;
        }
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (src.mid(i, 2) == u"//") {
            while (i < n && src[i] != u'\n')
                ++i;
            continue;
        }
        if (src.mid(i, 2) == u"/*") {
            const qsizetype end = src.indexOf(u"*/"_s, i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            line += int(QStringView(src).mid(i, stop - i).count(u'\n'));
            i = stop;
            continue;
        }
        if (c == u'\'') {
            // A character literal, or a digit separator (1'000).
            if (i > 0 && src[i - 1].isDigit()) {
                ++i;
                continue;
            }
            ++i;
            while (i < n && src[i] != u'\'' && src[i] != u'\n')
                i += src[i] == u'\\' ? 2 : 1;
            ++i;
            joinNext = false;
            continue;
        }
        if (c == u'"') {
            const int start = line;
            QString text;
            if (i > 0 && src[i - 1] == u'R') {
                // R"delim( ... )delim"
                const qsizetype open = src.indexOf(u'(', i);
                const QString close = u')' + src.mid(i + 1, open - i - 1) + u'"';
                const qsizetype end = src.indexOf(close, open);
                const qsizetype stop = end < 0 ? n : end + close.size();
                text = src.mid(open + 1, (end < 0 ? n : end) - open - 1);
                line += int(text.count(u'\n'));
                i = stop;
            } else {
                ++i;
                while (i < n && src[i] != u'"' && src[i] != u'\n') {
                    if (src[i] == u'\\')
                        ++i;
                    text += src[i];
                    ++i;
                }
                ++i;
            }
            if (joinNext && !out.isEmpty())
                out.last().text += text;
            else
                out.append({start, text});
            // A suffix (_s) keeps the literal joinable to the next only when nothing else follows.
            while (i < n && (src[i].isLetterOrNumber() || src[i] == u'_'))
                ++i;
            joinNext = true;
            continue;
        }
        // A string prefix (u, U, L, u8, R) is part of the literal that follows.
        const bool prefix = (c == u'u' || c == u'U' || c == u'L' || c == u'R' || c == u'8') && i + 1 < n &&
                            (src[i + 1] == u'"' || src[i + 1] == u'R' || src[i + 1] == u'8');
        if (!prefix)
            joinNext = false;
        ++i;
    }
    return out;
}

// Whether the text is (or holds) an SQL statement.
bool isSql(const QString &text)
{
    static const QRegularExpression statement(
        uR"(\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+[A-Z]+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b|\bDELETE\s+FROM\b|)"
        uR"(\b(CREATE|ALTER|DROP)\s+(TEMP\s+|UNIQUE\s+)?(TABLE|INDEX|VIEW|TRIGGER)\b|\bPRAGMA\s+\w|)"
        uR"(^\s*(SELECT|WITH|EXPLAIN|VACUUM|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|LISTEN|NOTIFY)\b)"_s);
    return statement.match(text).hasMatch();
}

// Where code outside core/storage/ writes SQL or uses a query object: "ui/x.cpp:12: …".
QStringList sqlOutsideStorage(const QString &root)
{
    static const QRegularExpression queryUse(uR"(\bQ?SqlQuery\b|\bQSqlTableModel\b|"storage/sqlquery\.h")"_s);
    QStringList found;
    for (const QString &top : {u"core"_s, u"ui"_s, u"app"_s}) {
        QDirIterator it(root + u'/' + top, {u"*.cpp"_s, u"*.h"_s}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = QDir(root).relativeFilePath(path);
            if (relative.startsWith(u"core/storage/"_s))
                continue;
            QFile f(path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QString src = QString::fromUtf8(f.readAll());
            for (const Literal &l : stringLiterals(src))
                if (isSql(l.text))
                    found << u"%1:%2: %3"_s.arg(relative).arg(l.line).arg(l.text.simplified().left(80));
            const QStringList lines = src.split(u'\n');
            for (qsizetype n = 0; n < lines.size(); ++n)
                if (queryUse.match(lines[n]).hasMatch())
                    found << u"%1:%2: %3"_s.arg(relative).arg(n + 1).arg(lines[n].trimmed());
        }
    }
    return found;
}

} // namespace

TEST(SqlPlacement, FindsStatementsInEveryKindOfLiteral)
{
    const QString src = uR"cpp(
// SELECT id FROM task in a comment is fine
const auto a = u"SELECT id, "
               u"title FROM task"_s;
const auto b = uR"(
    INSERT OR IGNORE INTO problem (kind) VALUES (?))"_s;
const auto c = tr("Delete the task?");
const QChar q = u'"';
const auto d = u"UPDATE claim SET status = ?"_s;
const auto e = u"The selected tasks: update them?"_s;
int big = 1'000;
const auto f = QStringLiteral("DELETE FROM claim");
)cpp"_s;
    QStringList sql;
    for (const Literal &l : stringLiterals(src))
        if (isSql(l.text))
            sql << u"%1: %2"_s.arg(l.line).arg(l.text.simplified());
    EXPECT_EQ(sql, (QStringList{u"3: SELECT id, title FROM task"_s,
                                u"5: INSERT OR IGNORE INTO problem (kind) VALUES (?)"_s,
                                u"9: UPDATE claim SET status = ?"_s, u"12: DELETE FROM claim"_s}));
}

TEST(SqlPlacement, NoSqlOutsideCoreStorage)
{
    const QStringList found = sqlOutsideStorage(QStringLiteral(HACKDESK_SOURCE_DIR));
    EXPECT_TRUE(found.isEmpty()) << "SQL belongs in a repository of core/storage/; found elsewhere:\n"
                                 << found.join(u'\n').toStdString();
}
