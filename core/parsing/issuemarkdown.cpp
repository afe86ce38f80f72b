#include "issuemarkdown.h"

#include "model/participant.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IssueMarkdown)
};

constexpr int MaxNumber = 9999;
constexpr int MaxRange = 1000;

// The regular expressions, built once.
struct Patterns
{
    const QRegularExpression br{u"<br\\s*/?>"_s, QRegularExpression::CaseInsensitiveOption};
    const QRegularExpression img{u"<img\\b[^>]*?\\bsrc\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>"_s,
                                 QRegularExpression::CaseInsensitiveOption};
    const QRegularExpression mdImg{u"!\\[[^\\]]*\\]\\(([^()\\s]*)\\)"_s};
    const QRegularExpression pr{u"\\[#\\s*(\\d{1,9})\\s*\\]\\(([^()\\s]*)\\)"_s};
    const QRegularExpression prUrl{u"^https?://github\\.com/([^/\\s?#]+/[^/\\s?#]+)/pull/(\\d+)"_s,
                                   QRegularExpression::CaseInsensitiveOption};
    // Link text may hold escaped brackets and backslashes: \[ \] \\.
    const QRegularExpression link{u"(?<!\\\\)\\[((?:\\\\.|[^\\\\])*?)\\]\\(([^()\\s]*)\\)"_s};
    const QRegularExpression rfcMarker{u"[（(【]\\s*需要?\\s*先?\\s*(?:提交)?\\s*RFC\\s*[）)】]"_s,
                                       QRegularExpression::CaseInsensitiveOption};
    // Cash in the difficulty cell: "¥1,500", "（奖金：￥1500）", "1500元".
    const QRegularExpression cash{u"[（(]?\\s*(?:奖金|现金|奖励)?\\s*[:：]?\\s*(?:[¥￥]\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)"
                                  "(?:\\s*元)?|([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*元)\\s*[）)]?"_s};
    // Cash as a note in the title cell must be bracketed and carry the currency sign.
    const QRegularExpression cashNote{
        u"[（(]\\s*(?:奖金|现金|奖励)?\\s*[:：]?\\s*[¥￥]\\s*([0-9][0-9,]*(?:\\.[0-9]+)?)\\s*元?\\s*[）)]"_s};
    const QRegularExpression rfcList{
        u"需要?\\s*先?\\s*(?:提交)?\\s*RFC\\s*的?\\s*(?:任务|赛题|题目|项目)(?:编号|序号)?\\s*\\**\\s*[:：](.*)$"_s,
        QRegularExpression::CaseInsensitiveOption};
    const QRegularExpression rangeDash{u"\\s*[-~～–—至到]\\s*"_s};
    const QRegularExpression listSeparators{u"[、,，;；\\s]+"_s};
    const QRegularExpression listItem{u"^(\\d{1,9})(?:-(\\d{1,9}))?$"_s};
    const QRegularExpression textBadge{u"状态\\s*[-:：]\\s*([^\\s<>\\-]+)"_s};
    // A team's entry as the 4th edition wrote it: "Team(报名&锁定)(link)", "Name(报名&完成贡献)([#1](url))".
    const QRegularExpression team{
        u"^((?:\\\\.|[^()（）<>@\\[\\]|\\\\])+?)\\s*[（(]([^()（）]*)[）)]\\s*(?:[（(](.*)[）)])?\\s*$"_s};
    const QRegularExpression finisherSeparators{u"[\\s,，、;；&]+"_s};
};

const Patterns &patterns()
{
    static const Patterns p;
    return p;
}

using Role = IssueColumn;

QString normalisedHeader(QStringView header)
{
    QString h = header.toString().toLower();
    h.remove(u'*').remove(u'_').remove(u'~').remove(u' ').remove(u'\u3000');
    return h;
}

Role columnRole(QStringView header)
{
    const QString h = normalisedHeader(header);
    if (h.contains(u"状态") || h.contains(u"认领") || h.contains(u"报名") || h.startsWith(u"claimedby") ||
        h == u"claimant" || h == u"claimants")
        return Role::Claims;
    if (h.contains(u"完成") || h == u"doneby" || h == u"finishedby")
        return Role::Finisher;
    if (h.contains(u"序号") || h.contains(u"编号") || h == u"no" || h == u"no." || h == u"#")
        return Role::Number;
    if (h.contains(u"难度") || h.contains(u"星级") || h.contains(u"奖励") || h.contains(u"difficulty"))
        return Role::Difficulty;
    if (h.contains(u"导师") || h == u"mentor")
        return Role::Mentor;
    if (h.contains(u"名额") || h == u"seats")
        return Role::Seats;
    if (h.contains(u"负责人") || h.contains(u"发起人") || h == u"leader")
        return Role::Leader;
    for (QStringView word : {u"任务", u"项目", u"题目", u"赛题", u"名称", u"标题", u"算子", u"issue"})
        if (h.contains(word))
            return Role::Title;
    if (h.startsWith(u"task") || h.startsWith(u"title"))
        return Role::Title;
    return Role::None;
}

// Where a task table keeps each part; -1 when it lacks it.
struct Columns
{
    qsizetype count = 0;
    int number = -1;
    int difficulty = -1;
    int title = -1;
    int claims = -1;
    int finisher = -1;
    int mentor = -1;
    int seats = -1;
    int leader = -1;
    QList<Role> roles;
    int table = -1; // index in IssueTaskList::tables
};

bool isDashboardHeader(const QList<QString> &cells)
{
    if (cells.isEmpty())
        return false;
    QString first = cells.first();
    first.remove(u'*').remove(u' ');
    return first == u"任务方向" || first.compare(u"Direction", Qt::CaseInsensitive) == 0;
}

Columns columnsOf(const QList<QString> &cells)
{
    Columns c;
    c.count = cells.size();
    c.roles.fill(Role::None, cells.size());
    for (int i = 0; i < cells.size(); ++i) {
        int *slot = nullptr;
        const Role role = columnRole(cells[i]);
        switch (role) {
        case Role::Number:
            slot = &c.number;
            break;
        case Role::Difficulty:
            slot = &c.difficulty;
            break;
        case Role::Title:
            slot = &c.title;
            break;
        case Role::Claims:
            slot = &c.claims;
            break;
        case Role::Finisher:
            slot = &c.finisher;
            break;
        case Role::Mentor:
            slot = &c.mentor;
            break;
        case Role::Seats:
            slot = &c.seats;
            break;
        case Role::Leader:
            slot = &c.leader;
            break;
        case Role::None:
            break;
        }
        if (slot && *slot < 0) {
            *slot = i;
            c.roles[i] = role;
        }
    }
    // An empty header cell before the title column is the number column ("|   | 任务名称 | …").
    if (c.number < 0) {
        const int before = c.title < 0 ? int(cells.size()) : c.title;
        for (int i = 0; i < before; ++i) {
            if (c.roles[i] == Role::None && normalisedHeader(cells[i]).isEmpty()) {
                c.number = i;
                c.roles[i] = Role::Number;
                break;
            }
        }
    }
    return c;
}

std::optional<Columns> taskColumns(const QList<QString> &cells)
{
    if (isDashboardHeader(cells))
        return std::nullopt;
    Columns c = columnsOf(cells);
    if (c.number < 0 || c.claims < 0)
        return std::nullopt;
    return c;
}

// Why a table's header row is not a task table's, translated.
QString whyNotTaskTable(const QList<QString> &cells)
{
    const Columns c = columnsOf(cells);
    if (c.number < 0 && c.claims < 0)
        return Tr::tr("it has neither a number column (序号, 编号, No., #) nor a claimants column (认领人, "
                      "队伍名称/状态/PR, 报名情况, Claimed by)");
    if (c.number < 0)
        return Tr::tr("it has no number column (序号, 编号, No., # or an empty header before the title)");
    return Tr::tr("it has no claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by)");
}

bool isRowLine(QStringView trimmed)
{
    return trimmed.startsWith(u'|') || trimmed.startsWith(u"~~|");
}

// Splits a table row into trimmed cells at unescaped pipes ("\|" is a pipe inside a cell).
QList<QString> splitCells(QStringView row)
{
    QStringView r = row.trimmed();
    if (r.startsWith(u'|'))
        r = r.mid(1);
    if (r.endsWith(u'|') && !r.endsWith(u"\\|"))
        r.chop(1);
    QList<QString> cells;
    QString escaped; // the cell so far when it holds an escaped pipe
    qsizetype from = 0;
    for (qsizetype i = r.indexOf(u'|'); i >= 0; i = r.indexOf(u'|', i + 1)) {
        if (i > 0 && r[i - 1] == u'\\') { // "\|": a pipe inside the cell
            escaped += r.mid(from, i - 1 - from);
            escaped += u'|';
            from = i + 1;
            continue;
        }
        cells.append(escaped.isEmpty() ? r.mid(from, i - from).trimmed().toString()
                                       : escaped.append(r.mid(from, i - from)).trimmed());
        escaped.clear();
        from = i + 1;
    }
    cells.append(escaped.isEmpty() ? r.mid(from).trimmed().toString() : escaped.append(r.mid(from)).trimmed());
    return cells;
}

bool isSeparatorRow(const QList<QString> &cells)
{
    for (const QString &cell : cells) {
        QStringView c = cell;
        if (c.startsWith(u':'))
            c = c.mid(1);
        if (c.endsWith(u':'))
            c.chop(1);
        if (c.isEmpty() || std::any_of(c.begin(), c.end(), [](QChar ch) { return ch != u'-'; }))
            return false;
    }
    return true;
}

// Removes "~~" around a cell; true when there was any.
bool stripStrike(QString &cell)
{
    bool struck = false;
    if (cell.startsWith(u"~~")) {
        cell.remove(0, 2);
        struck = true;
    }
    if (cell.endsWith(u"~~")) {
        cell.chop(2);
        struck = true;
    }
    if (struck)
        cell = cell.trimmed();
    return struck;
}

// Undoes Markdown's backslash escapes ("\\*" is a literal '*'), as the writer makes them in names and titles.
QString unescapeText(QStringView text)
{
    if (!text.contains(u'\\'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'\\' && i + 1 < text.size() && text[i + 1].unicode() < 128 &&
            QStringView(u"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").contains(text[i + 1]))
            ++i;
        out += text[i];
    }
    return out;
}

bool allDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

// A task number 1..MaxNumber, or 0.
int readNumber(QStringView s)
{
    if (!allDigits(s) || s.size() > 6)
        return 0;
    const int n = s.toInt();
    return n <= MaxNumber ? n : 0;
}

// The number of a number cell, which may carry a marker: "🚧1", "1✅", "~~40~~"; 0 when there is none.
int readNumberCell(QString cell)
{
    stripStrike(cell);
    if (allDigits(cell))
        return readNumber(cell);
    qsizetype from = -1, to = -1;
    const QList<uint> cs = cell.toUcs4();
    for (qsizetype i = 0; i < cs.size(); ++i) {
        const uint c = cs[i];
        if (c >= '0' && c <= '9') {
            if (to >= 0 && to != i)
                return 0; // two runs of digits
            if (from < 0)
                from = i;
            to = i + 1;
        } else if (QChar::isLetter(c) || c == '.' || c == ',' || c == '-' || c < 0x80) {
            if (!QChar::isSpace(c))
                return 0; // words, decimals, ranges: not a marked number
        }
    }
    if (from < 0)
        return 0;
    QString digits;
    for (qsizetype i = from; i < to; ++i)
        digits += QChar(char16_t(cs[i]));
    return readNumber(digits);
}

// The text of a "#"-heading; nullopt when the line is no heading. "#####" gives an empty text.
std::optional<QString> headingText(QStringView trimmed)
{
    qsizetype level = 0;
    while (level < trimmed.size() && trimmed[level] == u'#')
        ++level;
    if (level == 0 || level > 6 || (level < trimmed.size() && !trimmed[level].isSpace()))
        return std::nullopt;
    QStringView text = trimmed.mid(level).trimmed();
    // An optional closing sequence of '#'.
    qsizetype end = text.size();
    while (end > 0 && text[end - 1] == u'#')
        --end;
    if (end == 0 || text[end - 1].isSpace())
        text = text.left(end).trimmed();
    if (text.size() >= 4 && text.startsWith(u"**") && text.endsWith(u"**"))
        text = text.mid(2, text.size() - 4).trimmed();
    return text.toString();
}

bool isGeneratedHeading(QStringView text)
{
    return text.contains(u"看板信息") || text.contains(u"统计信息") || text == u"Dashboard" || text == u"Leaderboard";
}

bool isLeaderboardLine(QStringView trimmed)
{
    return trimmed.startsWith(u'>') &&
           (trimmed.contains(u"排名不分先后") || trimmed.contains(u"In no particular order"));
}

// The claim status a word of a claimant entry names ("报名", "提交作品", "已提交", "完成贡献"); 锁定 sets locking.
std::optional<ClaimStatus> statusFromWord(QStringView word, bool *locking)
{
    const QString w = word.trimmed().toString().toLower();
    if (w.isEmpty())
        return std::nullopt;
    if (const auto badge = claimStatusFromBadge(w))
        return badge;
    if (w == u"锁定" || w == u"已锁定" || w == u"locked") {
        *locking = true;
        return ClaimStatus::Registered;
    }
    if (w == u"已报名" || w == u"认领" || w == u"已认领" || w == u"claimed")
        return ClaimStatus::Registered;
    if (w.contains(u"rfc"))
        return ClaimStatus::RfcSubmitted;
    if (w.contains(u"设计文档"))
        return ClaimStatus::DesignDone;
    if (w == u"提交" || w == u"已提交" || w == u"提交作品" || w == u"提交pr" || w == u"已提交pr" || w == u"submitted" ||
        w.contains(u"approve") || w == u"审核中" || w == u"review")
        return ClaimStatus::PrSubmitted;
    if (w == u"完成" || w == u"已完成" || w == u"完成贡献" || w == u"已合入" || w == u"done" || w == u"completed" ||
        w == u"merged")
        return ClaimStatus::Completed;
    return std::nullopt;
}

// The highest status several words name ("报名&提交作品&完成贡献"); nullopt when one is unknown.
std::optional<ClaimStatus> statusFromWords(QStringView words, bool *locking)
{
    static const QRegularExpression separators(u"[&＆/、,，+\\s]+"_s);
    ClaimStatus best = ClaimStatus::Registered;
    const auto parts = words.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    for (QStringView part : parts) {
        const auto status = statusFromWord(part, locking);
        if (!status)
            return std::nullopt;
        best = std::max(best, *status);
    }
    return best;
}

// Decodes the status words of a shields.io badge URL ".../badge/状态-提交PR-F39C12").
QString badgeMessage(QStringView url)
{
    const qsizetype at = url.indexOf(u"/badge/");
    if (at < 0)
        return {};
    QStringView path = url.mid(at + 7);
    for (QChar stop : {u'?', u'#'}) {
        const qsizetype cut = path.indexOf(stop);
        if (cut >= 0)
            path = path.left(cut);
    }
    for (QStringView ext : {u".svg", u".png"})
        if (path.endsWith(ext))
            path.chop(ext.size());
    QString decoded = QUrl::fromPercentEncoding(path.toUtf8());
    decoded.replace(u"--"_s, u"\u0001"_s);
    QStringList parts = decoded.split(u'-');
    for (QString &part : parts)
        part.replace(u'\u0001', u'-').replace(u"__"_s, u"\u0001"_s).replace(u'_', u' ').replace(u'\u0001', u'_');
    if (parts.size() >= 3)
        return parts.mid(1, parts.size() - 2).join(u'-').trimmed();
    if (parts.size() == 2)
        return parts.first().trimmed();
    return {};
}

// Reads rows into tasks; collects what it cannot read.
class Reader
{
public:
    explicit Reader(TrackKind kind)
        : m_kind(kind)
        , m_p(patterns())
    {}

    IssueTaskList read(QStringView markdown);

private:
    void problem(int line, QString reason) { m_list.problems.append({line, std::move(reason)}); }
    QList<bool> generatedLines(const QList<QStringView> &lines) const;
    void startTable(Columns columns, int line, const QString &header, const QString &separator, bool headless);
    void readRow(const QString &text, const QList<QString> &cells, bool lineStruck, int line);
    bool readFinisher(const QString &cell, IssueTask &task, QString &error) const;
    bool readTeamClaimant(const QString &text, IssueTask &task, QString &error) const;
    bool readDifficulty(const QString &cell, IssueTask &task, QString &error) const;
    bool readTitle(QString cell, IssueTask &task, QString &error) const;
    bool readClaimants(QString cell, IssueTask &task, QString &error) const;
    bool readClaimant(QStringView entry, IssueTask &task, QString &error) const;
    void readRfcList(QStringView list, int line);
    void applyRfcLists();

    TrackKind m_kind;
    const Patterns &m_p;
    IssueTaskList m_list;
    std::optional<Columns> m_table;   // the task table being read
    std::optional<Columns> m_last;    // the last task table, which rows after a heading may continue
    bool m_headingSinceTable = false; // a heading stands between the last task table and here
    bool m_tableUnusable = false;     // its header lacks a needed column
    QString m_heading;
    QString m_headingLine;            // the line of m_heading as written
    bool m_headingAfterTable = false; // a heading came after the last task table
    QStringList m_text;               // text lines since the last heading or table, as written
    void keepText(QStringView line);
    QString takeText();
    QString m_orphans; // headings without a task table under them, with their text, as written
    void keepOrphanHeading()
    {
        QString orphan = m_headingLine;
        if (const QString text = takeText(); !text.isEmpty())
            orphan += u"\n\n"_s + text;
        m_orphans = m_orphans.isEmpty() ? orphan : m_orphans + u"\n\n"_s + orphan;
    }
    void keepAfterLastTable()
    {
        QString &after = m_list.tables[m_last->table].after;
        const QString text = takeText();
        if (!text.isEmpty())
            after = after.isEmpty() ? text : after + u"\n\n"_s + text;
    }
    QHash<int, qsizetype> m_byNumber;        // task number → index in m_list.tasks
    QList<std::pair<int, int>> m_rfcNumbers; // (task number, line of the RFC list)
};

// A row's text up to its second pipe (its first cell), cheap to search.
QStringView firstCell(QStringView row)
{
    const qsizetype end = row.indexOf(u'|', 1);
    return end < 0 ? row : row.left(end);
}

QList<bool> Reader::generatedLines(const QList<QStringView> &lines) const
{
    QList<bool> generated(lines.size(), false);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView t = lines[i].trimmed();
        const auto heading = headingText(t);
        if (heading && isGeneratedHeading(*heading)) {
            generated[i] = true;
            qsizetype j = i + 1;
            for (; j < lines.size(); ++j) {
                const QStringView u = lines[j].trimmed();
                const auto next = headingText(u);
                if (next && next->isEmpty()) {
                    generated[j] = true;
                    ++j;
                    break;
                }
                if (next)
                    break;
                generated[j] = true;
            }
            i = j - 1;
        } else if (isLeaderboardLine(t)) {
            generated[i] = true;
        } else if (isRowLine(t) && firstCell(t).contains(u"任务方向") && isDashboardHeader(splitCells(t))) {
            for (; i < lines.size() && isRowLine(lines[i].trimmed()); ++i)
                generated[i] = true;
            --i;
        }
    }
    return generated;
}

void Reader::keepText(QStringView line)
{
    if (!m_text.isEmpty() || !line.trimmed().isEmpty())
        m_text.append(line.toString());
}

QString Reader::takeText()
{
    while (!m_text.isEmpty() && m_text.back().trimmed().isEmpty())
        m_text.removeLast();
    QString text = m_text.join(u'\n');
    m_text.clear();
    return text;
}

void Reader::startTable(Columns columns, int line, const QString &header, const QString &separator, bool headless)
{
    IssueTable table;
    table.line = line;
    table.direction = m_heading;
    table.heading = m_headingLine;
    table.lead = m_orphans;
    m_orphans.clear();
    table.before = takeText();
    m_headingAfterTable = false;
    table.header = header;
    table.separator = separator;
    table.headless = headless;
    table.headerCells = splitCells(header);
    columns.table = int(m_list.tables.size());
    table.columns = columns.roles;
    m_table = columns;
    m_last = columns;
    m_headingSinceTable = false;
    m_tableUnusable = false;
    if (!m_list.directions.contains(m_heading))
        m_list.directions.append(m_heading);
    QString missing;
    if (columns.title < 0)
        missing = u"任务 ISSUE"_s;
    else if (columns.difficulty < 0 && m_kind != TrackKind::Camp)
        missing = u"难度"_s;
    if (!missing.isEmpty()) {
        m_tableUnusable = true;
        table.unusable = Tr::tr("The table lacks a “%1” column; its rows were not read.").arg(missing);
        problem(line, table.unusable);
    }
    m_list.tables.append(table);
}

bool Reader::readDifficulty(const QString &cell, IssueTask &task, QString &error) const
{
    QString rest = cell;
    const auto m = m_p.cash.match(cell);
    if (m.hasMatch()) {
        const QString amount = m.hasCaptured(1) ? m.captured(1) : m.captured(2);
        const auto fen = parseYuan(amount);
        if (!fen) {
            error = Tr::tr("Task %1: “%2” is not an amount of money.").arg(QString::number(task.number), amount);
            return false;
        }
        task.cashFen = fen;
        rest.remove(m.capturedStart(), m.capturedLength());
    }
    rest = rest.trimmed();
    if (rest.isEmpty()) {
        if (!task.cashFen && m_kind != TrackKind::Camp) {
            error = Tr::tr("Task %1: the difficulty is missing.").arg(task.number);
            return false;
        }
        return true;
    }
    const auto stars = parseIssueStars(rest, &task.starsAtMost);
    if (!stars) {
        error = Tr::tr("Task %1: unknown difficulty “%2”.").arg(QString::number(task.number), cell);
        return false;
    }
    task.stars = *stars;
    return true;
}

bool Reader::readTitle(QString cell, IssueTask &task, QString &error) const
{
    if (cell.contains(m_p.rfcMarker)) {
        task.rfcRequired = true;
        cell.remove(m_p.rfcMarker);
    }
    QString outside = cell;
    const auto link = m_p.link.match(cell);
    if (link.hasMatch()) {
        QString text = link.captured(1).trimmed();
        if (stripStrike(text))
            task.struck = true;
        task.title = unescapeText(text).trimmed();
        task.url = link.captured(2);
        outside = cell.left(link.capturedStart()) + u' ' + cell.mid(link.capturedEnd());
    }
    if (!task.cashFen) {
        const auto note = m_p.cashNote.match(outside);
        if (note.hasMatch()) {
            task.cashFen = parseYuan(note.captured(1));
            if (!task.cashFen) {
                error = Tr::tr("Task %1: “%2” is not an amount of money.")
                            .arg(QString::number(task.number), note.captured(1));
                return false;
            }
            outside.remove(note.capturedStart(), note.capturedLength());
        }
    }
    outside = outside.simplified();
    if (stripStrike(outside))
        task.struck = true;
    outside = unescapeText(outside);
    if (!outside.isEmpty())
        task.title = task.title.isEmpty() ? outside : task.title + u' ' + outside;
    if (task.title.isEmpty()) {
        error = Tr::tr("Task %1: the title is missing.").arg(task.number);
        return false;
    }
    return true;
}

bool Reader::readClaimant(QStringView entry, IssueTask &task, QString &error) const
{
    QString text = entry.trimmed().toString();
    stripStrike(text);
    if (!text.startsWith(u'@') && readTeamClaimant(text, task, error))
        return true;
    if (!error.isEmpty())
        return false;
    qsizetype i = text.startsWith(u'@') ? 1 : 0;
    const qsizetype start = i;
    while (i < text.size() && (text[i].isLetterOrNumber() || text[i] == u'-') && text[i].unicode() < 128)
        ++i;
    if (QStringView(text).mid(i).startsWith(u"[bot]"))
        i += 5;
    const QString login = text.mid(start, i - start);
    const bool endsWell =
        i >= text.size() || text[i].isSpace() || text[i] == u'<' || text[i] == u'!' || text[i] == u'[';
    if (!endsWell || !isValidLogin(login)) {
        error = Tr::tr("Task %1: “%2” does not start with a GitHub login.").arg(QString::number(task.number), text);
        return false;
    }
    IssueClaimant claimant;
    claimant.login = login;

    const QStringView rest = QStringView(text).mid(i);
    QString badgeUrl;
    int badges = 0;
    for (const QRegularExpression *re : {&m_p.img, &m_p.mdImg}) {
        if (re == &m_p.mdImg && !rest.contains(u"!["))
            continue; // no Markdown image: spare the search
        auto it = re->globalMatch(rest);
        while (it.hasNext()) {
            badgeUrl = it.next().captured(1);
            ++badges;
        }
    }
    if (badges > 1) {
        error = Tr::tr("Task %1: @%2 has more than one status badge.").arg(QString::number(task.number), login);
        return false;
    }
    if (badges == 1) {
        const QString message = badgeMessage(badgeUrl);
        // The event's badge words ("提交PR"), or words of a badge of its own ("submitted", "已提交").
        auto status = claimStatusFromBadge(message);
        if (!status && !message.isEmpty())
            status = statusFromWords(message, &claimant.locking);
        if (!status) {
            error = Tr::tr("Task %1: unknown status badge “%2” for @%3.")
                        .arg(QString::number(task.number), message.isEmpty() ? badgeUrl : message, login);
            return false;
        }
        claimant.status = *status;
    } else if (const auto word = m_p.textBadge.match(rest); word.hasMatch()) {
        // "🟢状态-已提交-": a badge written as text
        const auto status = statusFromWords(word.captured(1), &claimant.locking);
        if (!status) {
            error = Tr::tr("Task %1: unknown status “%2” for @%3.")
                        .arg(QString::number(task.number), word.captured(1), login);
            return false;
        }
        claimant.status = *status;
    }
    auto it = m_p.pr.globalMatch(rest);
    while (it.hasNext()) {
        const auto m = it.next();
        IssuePr pr;
        pr.number = m.captured(1).toInt();
        pr.url = m.captured(2);
        const auto u = m_p.prUrl.match(pr.url);
        if (u.hasMatch())
            pr.repo = u.captured(1);
        claimant.prs.append(pr);
    }
    task.claimants.append(claimant);
    return true;
}

bool Reader::readClaimants(QString cell, IssueTask &task, QString &error) const
{
    if (cell.size() >= 4 && cell.startsWith(u"~~") && cell.endsWith(u"~~"))
        cell = cell.mid(2, cell.size() - 4);
    const auto entries = QStringView(cell).split(m_p.br, Qt::SkipEmptyParts);
    for (QStringView entry : entries) {
        entry = entry.trimmed();
        if (entry.isEmpty() || entry == u"~~")
            continue;
        if (!readClaimant(entry, task, error))
            return false;
    }
    return true;
}

bool Reader::readTeamClaimant(const QString &text, IssueTask &task, QString &error) const
{
    const auto m = m_p.team.match(text);
    if (!m.hasMatch())
        return false;
    IssueClaimant claimant;
    claimant.team = true;
    claimant.login = unescapeText(m.captured(1).trimmed());
    const auto status = statusFromWords(m.capturedView(2), &claimant.locking);
    if (!status) {
        error = Tr::tr("Task %1: unknown status “%2” for the team “%3”.")
                    .arg(QString::number(task.number), m.captured(2), claimant.login);
        return false;
    }
    claimant.status = *status;
    const QString link = m.captured(3).trimmed();
    auto it = m_p.pr.globalMatch(link);
    while (it.hasNext()) {
        const auto pr = it.next();
        IssuePr p{{}, pr.captured(1).toInt(), pr.captured(2)};
        if (const auto u = m_p.prUrl.match(p.url); u.hasMatch())
            p.repo = u.captured(1);
        claimant.prs.append(p);
    }
    if (claimant.prs.isEmpty()) {
        if (const auto u = m_p.prUrl.match(link); u.hasMatch())
            claimant.prs.append({u.captured(1), u.captured(2).toInt(), link});
    }
    task.claimants.append(claimant);
    return true;
}

bool Reader::readFinisher(const QString &cell, IssueTask &task, QString &error) const
{
    QString f = cell;
    f.replace(m_p.br, u" "_s);
    stripStrike(f);
    f = f.trimmed();
    // "锁定 @login": locked for that person, who has claimed it; not a finisher.
    for (QStringView lock : {u"锁定", u"Locked", u"locked"}) {
        if (!f.startsWith(lock))
            continue;
        QString who = f.mid(lock.size()).trimmed();
        while (!who.isEmpty() && (who.front() == u':' || who.front() == u'：'))
            who = who.mid(1).trimmed();
        if (who.startsWith(u'@'))
            who = who.mid(1);
        if (!isValidLogin(who)) {
            error = Tr::tr("Task %1: “%2” is locked for someone who is not a GitHub login.")
                        .arg(QString::number(task.number), cell);
            return false;
        }
        task.lockedFor = who;
        return true;
    }
    const QString name = unescapeText(f);
    for (IssueClaimant &c : task.claimants) {
        if (c.team && c.login.compare(name, Qt::CaseInsensitive) == 0) {
            task.finisherTeam = c.login; // the team finished it
            c.status = ClaimStatus::Completed;
            return true;
        }
    }
    const auto parts = f.split(m_p.finisherSeparators, Qt::SkipEmptyParts);
    // Several finishers each carry their '@' ("@a @b"); "@some one" is a mistake, not two people.
    const bool several = parts.size() > 1;
    for (QString login : parts) {
        if (several && !login.startsWith(u'@') && !f.contains(u'、') && !f.contains(u',') && !f.contains(u'，')) {
            error = Tr::tr("Task %1: the finisher “%2” is not a GitHub login.").arg(QString::number(task.number), cell);
            return false;
        }
        if (login.startsWith(u'@'))
            login = login.mid(1);
        if (login.isEmpty() || login == u"-" || login == u"—" || login == u"/" || login == u"无")
            continue;
        if (!isValidLogin(login)) {
            error = Tr::tr("Task %1: the finisher “%2” is not a GitHub login.").arg(QString::number(task.number), cell);
            return false;
        }
        if (task.finisher.isEmpty())
            task.finisher = login;
        else if (!task.coFinishers.contains(login, Qt::CaseInsensitive) &&
                 task.finisher.compare(login, Qt::CaseInsensitive) != 0)
            task.coFinishers.append(login);
    }
    return true;
}

void Reader::readRow(const QString &text, const QList<QString> &raw, bool lineStruck, int line)
{
    const Columns &c = *m_table;
    IssueTable &table = m_list.tables[c.table];
    QList<QString> cells = raw;
    // GitHub shows missing cells as empty and drops extra ones; extra cells with text are a mistake.
    while (cells.size() > c.count && cells.back().isEmpty())
        cells.removeLast();
    if (cells.size() > c.count) {
        table.unreadableLines.append(line);
        table.unreadableRows.append(text);
        problem(line, Tr::tr("The row has %1 cells; the table header has %2.").arg(raw.size()).arg(c.count));
        return;
    }
    while (cells.size() < c.count)
        cells.append(QString());
    IssueTask task;
    task.line = line;
    task.direction = m_heading;
    task.struck = lineStruck;
    task.source.text = text;
    task.source.cells = cells;
    task.source.table = c.table;
    for (int i = 0; i < cells.size(); ++i)
        if (i != c.claims && stripStrike(cells[i]))
            task.struck = true;

    task.number = readNumberCell(cells[c.number]);
    const auto fail = [&](const QString &reason) {
        table.unreadableLines.append(line);
        table.unreadableRows.append(text);
        problem(line, reason);
    };
    if (task.number == 0) {
        fail(Tr::tr("“%1” is not a task number (1 to %2).").arg(cells[c.number], QString::number(MaxNumber)));
        return;
    }
    QString error;
    bool ok = (c.difficulty < 0 || readDifficulty(cells[c.difficulty], task, error)) &&
              (c.title < 0 || readTitle(cells[c.title], task, error)) && readClaimants(cells[c.claims], task, error);
    if (ok && c.finisher >= 0)
        ok = readFinisher(cells[c.finisher], task, error);
    if (ok && c.seats >= 0) {
        const QString s = cells[c.seats];
        if (s.isEmpty() || s == u"-")
            task.seats = 0;
        else if (allDigits(s) && s.size() <= 4)
            task.seats = s.toInt();
        else {
            error = Tr::tr("Task %1: “%2” is not a number of seats.").arg(QString::number(task.number), s);
            ok = false;
        }
    }
    if (!ok) {
        fail(error);
        return;
    }
    if (c.mentor >= 0)
        task.mentor = cells[c.mentor];
    if (c.leader >= 0)
        task.leader = cells[c.leader];

    const auto seen = m_byNumber.constFind(task.number);
    if (seen != m_byNumber.cend()) {
        fail(Tr::tr("Task %1 is already listed on line %2.").arg(task.number).arg(m_list.tasks[*seen].line));
        return;
    }
    task.source.struck = task.struck;
    for (const IssueClaimant &claimant : task.claimants)
        task.source.claimantOrder.append(claimant.login);
    ++table.rowsRead;
    m_byNumber.insert(task.number, m_list.tasks.size());
    m_list.tasks.append(std::move(task));
}

void Reader::readRfcList(QStringView list, int line)
{
    QString text = list.toString();
    text.remove(u'*').remove(u'`').remove(u'。');
    text = text.trimmed();
    if (text.isEmpty() || !text.front().isDigit())
        return; // "无", a link to the rules: not a list
    text.replace(m_p.rangeDash, u"-"_s);
    const auto items = text.split(m_p.listSeparators, Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const auto m = m_p.listItem.match(item);
        const int from = m.hasMatch() ? readNumber(m.captured(1)) : 0;
        const int to = m.hasMatch() && m.hasCaptured(2) ? readNumber(m.captured(2)) : from;
        if (from == 0 || to < from || to - from >= MaxRange) {
            problem(line, Tr::tr("The RFC list names “%1”, which is not a task number.").arg(item));
            continue;
        }
        for (int n = from; n <= to; ++n)
            m_rfcNumbers.append({n, line});
    }
}

void Reader::applyRfcLists()
{
    for (const auto &[number, line] : m_rfcNumbers) {
        const auto at = m_byNumber.constFind(number);
        if (at == m_byNumber.cend())
            problem(line, Tr::tr("The RFC list names task %1, which is not in the list.").arg(number));
        else
            m_list.tasks[*at].rfcRequired = true;
    }
}

IssueTaskList Reader::read(QStringView markdown)
{
    QList<QStringView> lines = markdown.split(u'\n');
    for (QStringView &l : lines)
        if (l.endsWith(u'\r'))
            l.chop(1);
    const QList<bool> generated = generatedLines(lines);

    // The preamble ends at the heading of the first task table, or at the table itself.
    qsizetype firstTable = lines.size();
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QStringView t = lines[i].trimmed();
        if (!generated[i] && isRowLine(t) && taskColumns(splitCells(t))) {
            firstTable = i;
            break;
        }
    }
    qsizetype preambleEnd = firstTable;
    for (qsizetype i = firstTable - 1; i >= 0 && firstTable < lines.size(); --i) {
        const auto heading = generated[i] ? std::nullopt : headingText(lines[i].trimmed());
        if (heading && !heading->isEmpty()) {
            preambleEnd = i;
            break;
        }
    }

    QString preamble;
    for (qsizetype i = 0; i < preambleEnd; ++i) {
        if (generated[i])
            continue;
        preamble += lines[i];
        preamble += u'\n';
        if (const auto m = m_p.rfcList.match(lines[i]); m.hasMatch())
            readRfcList(m.capturedView(1), int(i + 1));
    }
    while (!preamble.isEmpty() && preamble.back().isSpace())
        preamble.chop(1);
    m_list.preamble = preamble;

    bool foreignTable = false; // inside a table that holds no tasks
    // The alignment row under a header at line i, as written; empty when there is none.
    const auto separatorAfter = [&](qsizetype i) {
        if (i + 1 < lines.size()) {
            const QStringView next = lines[i + 1].trimmed();
            if (isRowLine(next) && isSeparatorRow(splitCells(next)))
                return next.toString();
        }
        return QString();
    };
    const auto noteOtherTable = [&](qsizetype i, const QList<QString> &cells) {
        if (!isDashboardHeader(cells) && !separatorAfter(i).isEmpty())
            m_list.otherHeaders.append(
                Tr::tr("line %1: %2 — %3")
                    .arg(QString::number(i + 1), lines[i].trimmed().toString(), whyNotTaskTable(cells)));
    };
    // Tables in the preamble, which are no task tables.
    for (qsizetype i = 0; i < preambleEnd; ++i) {
        const QStringView t = lines[i].trimmed();
        if (!generated[i] && isRowLine(t) && (i == 0 || !isRowLine(lines[i - 1].trimmed())))
            noteOtherTable(i, splitCells(t));
    }
    const auto begin = [&](const Columns &columns, qsizetype &i) {
        const QString separator = separatorAfter(i);
        startTable(columns, int(i + 1), lines[i].trimmed().toString(), separator, false);
        if (!separator.isEmpty())
            ++i;
    };
    for (qsizetype i = preambleEnd; i < lines.size(); ++i) {
        const int line = int(i + 1);
        QStringView t = lines[i].trimmed();
        if (generated[i] || t.isEmpty()) {
            if (!generated[i])
                keepText(lines[i]);
            m_table.reset();
            foreignTable = false;
            continue;
        }
        if (const auto heading = headingText(t)) {
            m_table.reset();
            foreignTable = false;
            if (heading->isEmpty()) { // "#####": the end of a section
                keepText(lines[i]);
                continue;
            }
            // Text since the last table stays under it; a heading with no task table under it, and its
            // text, go before the next table's heading.
            if (m_headingAfterTable)
                keepOrphanHeading();
            else if (m_last)
                keepAfterLastTable();
            m_text.clear();
            m_heading = *heading;
            m_headingLine = t.toString();
            m_headingSinceTable = true;
            m_headingAfterTable = true;
            continue;
        }
        if (!isRowLine(t)) {
            keepText(lines[i]);
            m_table.reset();
            foreignTable = false;
            m_headingSinceTable = false;
            if (const auto m = m_p.rfcList.match(t); m.hasMatch())
                readRfcList(m.capturedView(1), line);
            continue;
        }
        // A row that wraps onto the next line(s): it lacks its closing pipe and the next line is no row.
        QString joined, asWritten; // the row on one line; its lines as written
        if (m_table && !t.endsWith(u'|')) {
            joined = asWritten = t.toString();
            while (i + 1 < lines.size() && !generated[i + 1]) {
                const QStringView next = lines[i + 1].trimmed();
                if (next.isEmpty() || isRowLine(next) || headingText(next))
                    break;
                joined += u' ' + next.toString();
                asWritten += u'\n' + next.toString();
                ++i;
                if (next.endsWith(u'|'))
                    break;
            }
            t = joined;
        }
        const QString text = asWritten.isEmpty() ? t.toString() : asWritten;
        bool lineStruck = false;
        if (t.startsWith(u"~~")) {
            t = t.mid(2);
            lineStruck = true;
        }
        if (t.endsWith(u"|~~")) {
            t.chop(2);
            lineStruck = true;
        }
        const QList<QString> cells = splitCells(t);
        if (m_table) {
            if (isSeparatorRow(cells) || m_tableUnusable)
                continue;
            if (readNumberCell(cells[std::min<qsizetype>(m_table->number, cells.size() - 1)]) == 0) {
                if (const auto columns = taskColumns(cells)) {
                    begin(*columns, i);
                    continue;
                }
            }
            readRow(text, cells, lineStruck, line);
            continue;
        }
        if (foreignTable) {
            keepText(lines[i]);
            continue;
        }
        if (const auto columns = taskColumns(cells)) {
            begin(*columns, i);
            continue;
        }
        if (isSeparatorRow(cells)) {
            keepText(lines[i]);
            continue;
        }
        // Rows right after a heading that continue the table above it ("a table split by a heading").
        if (m_last && m_headingSinceTable && cells.size() >= m_last->count - 1 && cells.size() <= m_last->count &&
            readNumberCell(cells[std::min<qsizetype>(m_last->number, cells.size() - 1)]) != 0) {
            Columns columns = *m_last;
            startTable(columns, line, m_list.tables[m_last->table].header, m_list.tables[m_last->table].separator,
                       true);
            readRow(text, cells, lineStruck, line);
            continue;
        }
        keepText(text);
        if (readNumberCell(cells.first()) != 0) {
            problem(line, Tr::tr("This row is not under a task table header."));
        } else {
            foreignTable = true;
            noteOtherTable(i, cells);
        }
    }
    if (m_last) {
        if (m_headingAfterTable) {
            keepOrphanHeading();
            m_text = {m_orphans};
            m_orphans.clear();
        }
        keepAfterLastTable();
    }
    applyRfcLists();
    for (IssueTask &task : m_list.tasks) {
        const QList<Role> &roles = m_list.tables[task.source.table].columns;
        task.source.digests.reserve(roles.size());
        for (const Role role : roles)
            task.source.digests.append(issueCellDigest(task, role));
    }
    std::stable_sort(m_list.problems.begin(), m_list.problems.end(),
                     [](const IssueProblem &a, const IssueProblem &b) { return a.line < b.line; });
    return std::move(m_list);
}

bool isStarGlyph(char32_t c)
{
    return c == 0x2B50 || c == 0x1F31F || c == 0x2605; // ⭐ 🌟 ★
}

bool isTimesSign(char32_t c)
{
    return c == 0xD7 || c == U'x' || c == U'X' || c == U'*' || c == 0x2715 || c == 0x2716; // × x X * ✕ ✖
}

bool isDecimalPart(char32_t c)
{
    return (c >= U'0' && c <= U'9') || c == U'.';
}

} // namespace

std::optional<Stars> parseIssueStars(QStringView text, bool *atMost)
{
    // A priority before the stars ("p1 ⭐⭐ ⭐") carries no stars of its own; an upper bound ("最高0.2⭐️":
    // at most 0.2) sets atMost.
    static const QRegularExpression qualifier(
        u"^\\s*(?:[pP][0-9]\\s+)?(最高|至多|≤|<=|up\\s+to\\b|at\\s+most\\b|max\\.?)?\\s*"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (atMost)
        *atMost = false;
    if (const auto q = qualifier.match(text); q.hasMatch()) {
        if (atMost)
            *atMost = q.hasCaptured(1);
        text = text.mid(q.capturedLength());
    }
    QList<char32_t> cs;
    for (const char32_t c : text.toUcs4()) {
        // Variation selectors, zero-width joiners and spaces carry no meaning here.
        if (c == 0xFE0F || c == 0xFE0E || c == 0x200D || c == 0x200B || QChar::isSpace(c))
            continue;
        cs.append(c);
    }
    if (cs.isEmpty())
        return std::nullopt;
    if (std::all_of(cs.begin(), cs.end(), isStarGlyph))
        return Stars::whole(cs.size());
    if (std::all_of(cs.begin(), cs.end(), isDecimalPart)) {
        // A plain number: "2", "0.5"
        QString number;
        for (const char32_t c : cs)
            number += QChar(char16_t(c));
        return Stars::parse(number);
    }

    QString number;
    qsizetype i = 0;
    if (isDecimalPart(cs[0])) {
        // "13×⭐", "0.5⭐"
        while (i < cs.size() && isDecimalPart(cs[i]))
            number += QChar(char16_t(cs[i++]));
        if (i < cs.size() && isTimesSign(cs[i]))
            ++i;
        if (i + 1 != cs.size() || !isStarGlyph(cs[i]))
            return std::nullopt;
    } else if (isStarGlyph(cs[0]) && cs.size() > 2 && isTimesSign(cs[1])) {
        // "⭐×13"
        for (i = 2; i < cs.size(); ++i) {
            if (!isDecimalPart(cs[i]))
                return std::nullopt;
            number += QChar(char16_t(cs[i]));
        }
    } else {
        return std::nullopt;
    }
    return Stars::parse(number);
}

namespace {

// The items of an RFC list ("1、3、5-7") without the tasks of notRequired, in the list's own separator;
// a null string when it names none of them (the line stays as written).
QString rfcListWithout(QStringView list, const QSet<int> &notRequired)
{
    const Patterns &p = patterns();
    QString text = list.toString();
    text.remove(u'*').remove(u'`').remove(u'。');
    text = text.trimmed();
    if (text.isEmpty() || !text.front().isDigit())
        return {};
    text.replace(p.rangeDash, u"-"_s);
    const auto separator = p.listSeparators.match(text);
    const QString joint = separator.hasMatch() ? separator.captured() : u"、"_s;
    QStringList kept;
    bool dropped = false;
    for (const QString &item : text.split(p.listSeparators, Qt::SkipEmptyParts)) {
        const auto m = p.listItem.match(item);
        const int from = m.hasMatch() ? readNumber(m.captured(1)) : 0;
        const int to = m.hasMatch() && m.hasCaptured(2) ? readNumber(m.captured(2)) : from;
        bool any = false;
        for (int n = from; from > 0 && to - from < MaxRange && n <= to && !any; ++n)
            any = notRequired.contains(n);
        if (!any) {
            kept.append(item); // unknown numbers too: the reader reports them
            continue;
        }
        dropped = true;
        for (int n = from; n <= to; ++n) {
            if (notRequired.contains(n))
                continue;
            int last = n;
            while (last + 1 <= to && !notRequired.contains(last + 1))
                ++last;
            kept.append(last == n ? QString::number(n) : u"%1-%2"_s.arg(n).arg(last));
            n = last;
        }
    }
    if (!dropped)
        return {};
    qsizetype lead = 0;
    while (lead < list.size() && list[lead].isSpace())
        ++lead;
    return list.left(lead).toString() + (kept.isEmpty() ? u"无"_s : kept.join(joint));
}

} // namespace

QString issueRfcListsWithout(const QString &text, const QSet<int> &notRequired)
{
    if (notRequired.isEmpty() || !text.contains(u"RFC"_s, Qt::CaseInsensitive))
        return text;
    QStringList lines = text.split(u'\n');
    bool changed = false;
    for (QString &line : lines) {
        const auto m = patterns().rfcList.match(line);
        if (!m.hasMatch())
            continue;
        const QString list = rfcListWithout(m.capturedView(1), notRequired);
        if (list.isNull())
            continue;
        line = line.left(m.capturedStart(1)) + list;
        changed = true;
    }
    return changed ? lines.join(u'\n') : text;
}

QStringList issueRowCells(QStringView rowText, qsizetype columns)
{
    const QString oneLine = rowText.toString().replace(u'\n', u' '); // a row that wrapped
    QStringView t = QStringView(oneLine).trimmed();
    if (t.startsWith(u"~~"))
        t = t.mid(2);
    if (t.endsWith(u"|~~"))
        t.chop(2);
    QStringList cells = splitCells(t);
    while (cells.size() > columns && cells.back().isEmpty())
        cells.removeLast();
    while (cells.size() < columns)
        cells.append(QString());
    return cells;
}

IssueTaskList parseIssueBody(QStringView markdown, TrackKind kind)
{
    return Reader(kind).read(markdown);
}

} // namespace hd
