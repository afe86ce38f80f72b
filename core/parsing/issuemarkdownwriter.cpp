// Writing a track's task list back into the body of its GitHub issue; see issuemarkdown.h.

#include "issuemarkdown.h"

#include "model/participant.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IssueMarkdown)
};

constexpr qint64 MaxWholeStarsRepeated = 5;

// The canonical table of a track: header and alignment lines.
struct Layout
{
    QString header;
    QString separator;
};

Layout layoutFor(TrackKind kind, IssueLanguage language)
{
    if (language == IssueLanguage::English) {
        switch (kind) {
        case TrackKind::Camp:
            return {u"| No. | Project | Mentor | Seats | **Claimed by** |"_s,
                    u"| :---: | :--- | :---: | :---: | :--- |"_s};
        case TrackKind::Fundable:
            return {u"| No. | Difficulty | Project | Leader | **Claimed by** | **Done by** |"_s,
                    u"| :---: | :---: | :--- | :---: | :--- | :---: |"_s};
        case TrackKind::Tasks:
        case TrackKind::Articles:
            break;
        }
        return {u"| No. | Difficulty | Task | **Claimed by** | **Done by** |"_s,
                u"| :---: | :---: | :--- | :--- | :---: |"_s};
    }
    switch (kind) {
    case TrackKind::Camp:
        return {u"| 序号 | 项目名称 | 导师 | 名额 | **队伍名称/状态/PR** |"_s,
                u"| :---: | :--- | :---: | :---: | :--- |"_s};
    case TrackKind::Fundable:
        return {u"| 序号 | 难度 | 项目名称 | 负责人 | **队伍名称/状态/PR** | **完成队伍** |"_s,
                u"| :---: | :---: | :--- | :---: | :--- | :---: |"_s};
    case TrackKind::Tasks:
    case TrackKind::Articles:
        break;
    }
    return {u"| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |"_s,
            u"| :---: | :---: | :--- | :--- | :---: |"_s};
}

// Text fit for one table cell: no line breaks, pipes escaped.
QString cellText(QString text)
{
    text.replace(u'\r', u' ').replace(u'\n', u' ');
    text.replace(u"|"_s, u"\\|"_s);
    return text.trimmed();
}

// A name or title as Markdown that GitHub shows literally: every character Markdown or HTML would read as
// formatting (emphasis, code, links, strike-through, tags, entities, table pipes) gets a backslash.
// The reader undoes any backslash escape.
QString literalText(const QString &text)
{
    static const QString special = u"\\`*_[]<>~|"_s;
    static const QRegularExpression entity(u"^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"_s);
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        // "masked_scatter": an underscore inside a word is never emphasis and stays as it is.
        const bool inWord = c == u'_' && i > 0 && i + 1 < text.size() && text[i - 1].isLetterOrNumber() &&
                            text[i + 1].isLetterOrNumber();
        if ((special.contains(c) && !inWord) || (c == u'&' && entity.match(QStringView(text).mid(i)).hasMatch()))
            out += u'\\';
        out += c;
    }
    return out;
}

// A name or title for one cell: literal, on one line.
QString literalCell(const QString &text)
{
    QString t = text;
    t.replace(u'\r', u' ').replace(u'\n', u' ');
    return literalText(t.trimmed());
}

// The words before an upper bound the writer uses.
QString atMostWord(IssueLanguage language)
{
    return language == IssueLanguage::English ? u"≤"_s : u"最高"_s;
}

// The difficulty cell: stars (their upper bound without its words) and cash.
QString difficultyCell(const IssueTask &task, std::optional<IssueLanguage> boundIn = std::nullopt)
{
    QStringList parts;
    if (!task.stars.isZero() || !task.cashFen)
        parts.append(boundIn ? formatIssueStars(task.stars, task.starsAtMost, *boundIn) : formatIssueStars(task.stars));
    if (task.cashFen)
        parts.append(formatYuan(*task.cashFen));
    return parts.join(u' ');
}

QString titleCell(const IssueTask &task)
{
    QString cell = literalCell(task.title);
    if (!task.url.isEmpty())
        cell = u'[' + cell + u"]("_s + cellText(task.url) + u')';
    if (task.rfcRequired)
        cell += u" 【需 RFC】"_s;
    return cell;
}

QString prLink(const IssuePr &pr)
{
    QString url = pr.url;
    if (url.isEmpty() && !pr.repo.isEmpty())
        url = u"https://github.com/%1/pull/%2"_s.arg(pr.repo, QString::number(pr.number));
    return u"[#%1](%2)"_s.arg(QString::number(pr.number), cellText(url));
}

// One claimant's entry: "@login <img …/> [#1](url)<br>", or for a team "Name(报名&锁定)([#1](url))<br>".
QString claimantEntry(const IssueClaimant &c)
{
    QString entry;
    if (c.team) {
        QString words = claimStatusBadge(c.status);
        if (c.locking)
            words += u"&锁定"_s;
        entry = literalCell(c.login) + u'(' + words + u')';
        QStringList links;
        for (const IssuePr &pr : c.prs)
            links.append(prLink(pr));
        if (!links.isEmpty())
            entry += u'(' + links.join(u' ') + u')';
        return entry + u"<br>"_s;
    }
    entry = u"@%1 <img src=\"https://img.shields.io/badge/状态-%2-%3\" />"_s.arg(c.login, claimStatusBadge(c.status),
                                                                                 claimStatusColour(c.status));
    for (const IssuePr &pr : c.prs)
        entry += u' ' + prLink(pr);
    return entry + u"<br>"_s;
}

// The canonical tables list people: team claims show through the 负责人 column.
QString claimantsCell(const IssueTask &task)
{
    QString cell;
    for (const IssueClaimant &c : task.claimants)
        if (!c.team)
            cell += claimantEntry(c);
    return cell;
}

// A claimants cell in an imported layout: teams too, in the order the cell had, new ones after.
QString claimantsCellInOrder(const IssueTask &task)
{
    QList<const IssueClaimant *> ordered;
    for (const IssueClaimant &c : task.claimants)
        ordered.append(&c);
    QStringList order;
    for (const QString &login : task.source.claimantOrder)
        order.append(login.toLower());
    const auto rank = [&order](const IssueClaimant *c) {
        const qsizetype at = order.indexOf(c->login.toLower());
        return at < 0 ? order.size() : at;
    };
    std::stable_sort(ordered.begin(), ordered.end(),
                     [&](const IssueClaimant *a, const IssueClaimant *b) { return rank(a) < rank(b); });
    QString cell;
    for (const IssueClaimant *c : ordered)
        cell += claimantEntry(*c);
    return cell;
}

QString finisherCell(const IssueTask &task)
{
    if (!task.lockedFor.isEmpty() && task.finisher.isEmpty())
        return u"锁定 @"_s + task.lockedFor;
    if (!task.finisherTeam.isEmpty() && task.finisher.isEmpty())
        return literalCell(task.finisherTeam);
    if (task.finisher.isEmpty())
        return {};
    QString cell = u'@' + task.finisher;
    for (const QString &other : task.coFinishers)
        cell += u" @"_s + other;
    return cell;
}

QString rowFor(const IssueTask &task, TrackKind kind, IssueLanguage language)
{
    QStringList cells{QString::number(task.number)};
    switch (kind) {
    case TrackKind::Camp:
        cells << titleCell(task) << cellText(task.mentor) << (task.seats > 0 ? QString::number(task.seats) : QString())
              << claimantsCell(task);
        break;
    case TrackKind::Fundable:
        cells << difficultyCell(task, language) << titleCell(task) << cellText(task.leader) << claimantsCell(task)
              << finisherCell(task);
        break;
    case TrackKind::Tasks:
    case TrackKind::Articles:
        cells << difficultyCell(task, language) << titleCell(task) << claimantsCell(task) << finisherCell(task);
        break;
    }
    if (task.struck)
        for (QString &cell : cells)
            if (!cell.isEmpty())
                cell = u"~~"_s + cell + u"~~"_s;
    return u"| "_s + cells.join(u" | "_s) + u" |"_s;
}

// The stars in the notation of the cell they replace: its star glyph, a plain number, a priority or
// upper bound before them ("p1 ", "最高"; an upper bound new to the task gets the writer's words).
QString difficultyLike(const IssueTask &task, const QString &original, IssueLanguage language)
{
    static const QRegularExpression qualifier(
        u"^\\s*(?:~~)?\\s*((?:[pP][0-9]\\s+)?)((?:最高|至多|≤|<=|up\\s+to\\b|at\\s+most\\b|max\\.?)\\s*)?"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString cell = difficultyCell(task);
    const QString plain = formatIssueStars(task.stars);
    if (!task.cashFen) {
        static const QRegularExpression number(u"^\\s*(?:~~)?\\s*[0-9.]+\\s*(?:~~)?\\s*$"_s);
        if (number.match(original).hasMatch())
            cell = task.stars.toString();
        else if (original.contains(u"🌟"))
            cell = QString(plain).replace(u"⭐️"_s, u"🌟"_s);
        else if (original.contains(u"⭐") && !original.contains(u"⭐️"))
            cell = QString(plain).replace(u"⭐️"_s, u"⭐"_s);
    }
    const auto q = qualifier.match(original);
    QString bound;
    if (task.starsAtMost && (!task.stars.isZero() || !task.cashFen))
        bound = q.hasMatch() && !q.captured(2).isEmpty() ? q.captured(2) : atMostWord(language);
    return (q.hasMatch() ? q.captured(1) : QString()) + bound + cell;
}

// A cell written afresh for a column of the given role.
QString freshCell(const IssueTask &task, IssueColumn role, const QString &original, IssueLanguage language)
{
    switch (role) {
    case IssueColumn::Number:
        return QString::number(task.number);
    case IssueColumn::Difficulty:
        return difficultyLike(task, original, language);
    case IssueColumn::Title:
        return titleCell(task);
    case IssueColumn::Claims:
        return claimantsCellInOrder(task);
    case IssueColumn::Finisher:
        return finisherCell(task);
    case IssueColumn::Mentor:
        return cellText(task.mentor);
    case IssueColumn::Seats:
        return task.seats > 0 ? QString::number(task.seats) : QString();
    case IssueColumn::Leader:
        return cellText(task.leader);
    case IssueColumn::None:
        break;
    }
    return original;
}

QString struckCell(QString cell, bool struck)
{
    const bool wrapped = cell.size() >= 4 && cell.startsWith(u"~~") && cell.endsWith(u"~~");
    if (wrapped && !struck)
        return cell.mid(2, cell.size() - 4).trimmed();
    if (!wrapped && struck && !cell.isEmpty())
        return u"~~"_s + cell + u"~~"_s;
    return cell;
}

// A task's row in a table read from the issue: the row as written while nothing in it changed, else
// its cells, each as written unless what it says changed.
QString layoutRow(const IssueTask &task, const IssueTable &table, int tableIndex, IssueLanguage language)
{
    const IssueRowSource &src = task.source;
    const qsizetype n = table.columns.size();
    QStringList cells;
    if (src.table == tableIndex && src.digests.size() == n) {
        bool changed = task.struck != src.struck;
        for (qsizetype i = 0; i < n; ++i) {
            if (issueCellDigest(task, table.columns[i]) == src.digests[i])
                continue;
            if (cells.isEmpty()) // split the row only when a cell changed
                cells = src.cells.size() == n ? src.cells : issueRowCells(src.text, n);
            cells[i] = struckCell(freshCell(task, table.columns[i], cells[i], language),
                                  task.struck && table.columns[i] != IssueColumn::Claims);
            changed = true;
        }
        if (!changed)
            return src.text;
        if (cells.isEmpty())
            cells = src.cells.size() == n ? src.cells : issueRowCells(src.text, n);
        if (task.struck != src.struck)
            for (qsizetype i = 0; i < n; ++i)
                if (table.columns[i] != IssueColumn::Claims)
                    cells[i] = struckCell(cells[i], task.struck);
    } else {
        for (qsizetype i = 0; i < n; ++i)
            cells.append(struckCell(freshCell(task, table.columns[i], QString(), language),
                                    task.struck && table.columns[i] != IssueColumn::Claims));
    }
    return u"| "_s + cells.join(u" | "_s) + u" |"_s;
}

// a / b as a whole percent, rounded half up.
QString percent(qint64 a, qint64 b)
{
    return QString::number(b == 0 ? 0 : (200 * a + b) / (2 * b)) + u'%';
}

// The figures of one dashboard row.
struct Tally
{
    qint64 tasks = 0;
    qint64 claimed = 0;
    qint64 submitted = 0;
    qint64 finished = 0;

    void add(const IssueTask &task, TrackKind kind)
    {
        const bool done = !finishersOf(task, kind).isEmpty() || !task.finisherTeam.isEmpty();
        if (task.struck && !done)
            return; // removed
        ++tasks;
        claimed += issueTaskClaimed(task);
        submitted += issueTaskSubmitted(task);
        if (done)
            ++finished;
    }

    QString row(const QString &name) const
    {
        return u"| %1 | %2 | %3 / %4 | %5 | %6 | %7 |"_s.arg(
            cellText(name), QString::number(tasks), QString::number(submitted), QString::number(claimed),
            percent(submitted, claimed), QString::number(finished), percent(finished, tasks));
    }
};

} // namespace

QStringList finishersOf(const IssueTask &task, TrackKind kind)
{
    QStringList finishers;
    if (kind != TrackKind::Camp) {
        if (!task.finisher.isEmpty())
            finishers.append(task.finisher);
        finishers += task.coFinishers;
        return finishers;
    }
    for (const IssueClaimant &c : task.claimants)
        if (c.status == ClaimStatus::Completed && !finishers.contains(c.login, Qt::CaseInsensitive))
            finishers.append(c.login);
    return finishers;
}

bool issueTaskClaimed(const IssueTask &task)
{
    return task.teamClaimed || !task.claimants.isEmpty();
}

bool issueTaskSubmitted(const IssueTask &task)
{
    return task.teamSubmitted || std::any_of(task.claimants.begin(), task.claimants.end(),
                                             [](const IssueClaimant &c) { return !c.prs.isEmpty(); });
}

QString formatIssueStars(Stars stars)
{
    static const QString star = u"⭐️"_s;
    if (stars.milli() % Stars::Scale != 0)
        return stars.toString() + star;
    const qint64 whole = stars.milli() / Stars::Scale;
    if (whole >= 1 && whole <= MaxWholeStarsRepeated)
        return star.repeated(whole);
    if (whole > MaxWholeStarsRepeated)
        return QString::number(whole) + u'×' + star;
    return stars.toString() + star;
}

QString formatIssueStars(Stars stars, bool atMost, IssueLanguage language)
{
    return atMost ? atMostWord(language) + formatIssueStars(stars) : formatIssueStars(stars);
}

IssueLanguage issueLanguageFromSetting(QStringView value)
{
    return value.trimmed().startsWith(u"en", Qt::CaseInsensitive) ? IssueLanguage::English : IssueLanguage::Chinese;
}

QString issueColumnName(IssueColumn column)
{
    switch (column) {
    case IssueColumn::Number:
        return Tr::tr("number");
    case IssueColumn::Difficulty:
        return Tr::tr("difficulty");
    case IssueColumn::Title:
        return Tr::tr("title");
    case IssueColumn::Claims:
        return Tr::tr("claimants");
    case IssueColumn::Finisher:
        return Tr::tr("finisher");
    case IssueColumn::Mentor:
        return Tr::tr("mentor");
    case IssueColumn::Seats:
        return Tr::tr("seats");
    case IssueColumn::Leader:
        return Tr::tr("leader");
    case IssueColumn::None:
        break;
    }
    return Tr::tr("ignored");
}

namespace {

// FNV-1a, 64 bits: a hash that is the same in every run and on every machine.
class Fnv
{
public:
    Fnv &add(QStringView s)
    {
        for (const QChar c : s)
            byte(c.unicode());
        return end();
    }
    // Case-insensitive, as GitHub logins are.
    Fnv &addLogin(QStringView login)
    {
        if (login.startsWith(u'@'))
            login = login.mid(1);
        for (const QChar c : login.trimmed())
            byte(c.toLower().unicode());
        return end();
    }
    Fnv &add(qint64 v)
    {
        for (int i = 0; i < 8; ++i)
            byte(quint16((v >> (8 * i)) & 0xff));
        return end();
    }
    quint64 value() const { return m_h; }

private:
    void byte(quint16 c)
    {
        m_h ^= c;
        m_h *= 1099511628211ULL;
    }
    Fnv &end()
    {
        byte(0xFFFF); // a separator no text holds
        return *this;
    }
    quint64 m_h = 14695981039346656037ULL;
};

} // namespace

quint64 issueCellDigest(const IssueTask &task, IssueColumn column)
{
    Fnv h;
    h.add(qint64(column));
    switch (column) {
    case IssueColumn::Number:
        return h.add(task.number).value();
    case IssueColumn::Difficulty:
        return h.add(task.stars.milli()).add(qint64(task.starsAtMost)).add(task.cashFen ? *task.cashFen : -1).value();
    case IssueColumn::Title:
        return h.add(task.title).add(task.url).add(qint64(task.rfcRequired)).value();
    case IssueColumn::Claims: {
        // The claimants in any order: each one's hash, summed. A team's PRs are not stored with its claim.
        quint64 sum = 0;
        QVarLengthArray<std::pair<QString, int>, 4> prs;
        for (const IssueClaimant &c : task.claimants) {
            Fnv e;
            e.add(qint64(c.team)).addLogin(c.login).add(qint64(c.status));
            prs.clear();
            if (!c.team)
                for (const IssuePr &pr : c.prs)
                    if (!pr.repo.isEmpty())
                        prs.append({pr.repo.toLower(), pr.number});
            std::sort(prs.begin(), prs.end());
            for (qsizetype i = 0; i < prs.size(); ++i)
                if (i == 0 || prs[i] != prs[i - 1])
                    e.add(prs[i].first).add(prs[i].second);
            sum += e.value();
        }
        return h.add(qint64(sum)).value();
    }
    case IssueColumn::Finisher: {
        quint64 others = 0;
        for (const QString &login : task.coFinishers)
            others += Fnv().addLogin(login).value();
        return h.addLogin(task.finisher)
            .add(qint64(others))
            .addLogin(task.lockedFor)
            .add(task.finisherTeam.toLower())
            .value();
    }
    case IssueColumn::Mentor:
        return h.add(task.mentor).value();
    case IssueColumn::Seats:
        return h.add(task.seats).value();
    case IssueColumn::Leader:
        return h.add(task.leader).value();
    case IssueColumn::None:
        break;
    }
    return h.value();
}

QString writeIssueBody(const IssueTaskList &list, TrackKind kind, IssueLanguage language)
{
    const bool english = language == IssueLanguage::English;
    // Directions in their order, any only named by a task after them; the one without a heading first.
    QStringList directions;
    for (const QString &d : list.directions)
        if (!directions.contains(d))
            directions.append(d);
    QHash<QString, QList<const IssueTask *>> byDirection;
    for (const IssueTask &task : list.tasks) {
        if (!directions.contains(task.direction))
            directions.append(task.direction);
        byDirection[task.direction].append(&task);
    }
    if (const qsizetype unnamed = directions.indexOf(QString()); unnamed > 0)
        directions.move(unnamed, 0);

    // RFC lists kept as written name no task whose flag is off (staff may have turned it off by hand).
    QSet<int> notRequired;
    for (const IssueTask &task : list.tasks)
        if (!task.rfcRequired)
            notRequired.insert(task.number);
    const auto withLists = [&notRequired](const QString &text) { return issueRfcListsWithout(text, notRequired); };

    QString out;
    QString preamble = withLists(list.preamble);
    while (!preamble.isEmpty() && preamble.back().isSpace())
        preamble.chop(1);
    if (!preamble.isEmpty())
        out += preamble + u"\n\n"_s;

    // Tables read from the issue, in their order and layout, each with its tasks; tasks of no such table
    // join the last one of their direction or, failing that, the track's canonical table.
    QList<QList<const IssueTask *>> perTable(list.tables.size());
    QHash<QString, QList<const IssueTask *>> canonical;
    QHash<QString, int> lastTableOf; // direction → last task table
    for (int t = 0; t < list.tables.size(); ++t)
        if (list.tables[t].isTaskTable())
            lastTableOf.insert(list.tables[t].direction, t);
    for (const QString &direction : directions) {
        for (const IssueTask *task : byDirection.value(direction)) {
            const int t = task->source.table;
            if (t >= 0 && t < list.tables.size() && list.tables[t].isTaskTable() &&
                list.tables[t].direction == task->direction)
                perTable[t].append(task);
            else if (const auto last = lastTableOf.constFind(task->direction); last != lastTableOf.cend())
                perTable[*last].append(task);
            else
                canonical[direction].append(task);
        }
    }
    QString heading; // the direction whose heading was written last
    bool first = true;
    QSet<QString> written; // directions with a table written in its own layout
    for (int t = 0; t < list.tables.size(); ++t) {
        const IssueTable &table = list.tables[t];
        if (perTable[t].isEmpty() && table.unreadableRows.isEmpty())
            continue;
        written.insert(table.direction);
        if (!table.lead.isEmpty())
            out += withLists(table.lead) + u"\n\n"_s;
        if ((first || table.direction != heading || !table.lead.isEmpty()) && !table.direction.isEmpty())
            out += (table.heading.isEmpty() ? u"### "_s + QString(table.direction).replace(u'\n', u' ').trimmed()
                                            : table.heading) +
                   u"\n\n"_s;
        first = false;
        heading = table.direction;
        if (!table.before.isEmpty())
            out += withLists(table.before) + u"\n\n"_s;
        if (!table.headless) {
            out += table.header + u'\n';
            out += (table.separator.isEmpty() ? u"|"_s + u" --- |"_s.repeated(table.columns.size()) : table.separator) +
                   u'\n';
        }
        // Rows that could not be read stay where they stood, among the tasks.
        qsizetype unread = 0;
        const auto unreadBefore = [&](int line) {
            for (; unread < table.unreadableRows.size() && (line == 0 || table.unreadableLines.value(unread) < line);
                 ++unread)
                out += table.unreadableRows[unread] + u'\n';
        };
        for (const IssueTask *task : perTable[t]) {
            if (task->line > 0)
                unreadBefore(task->line);
            out += layoutRow(*task, table, t, language) + u'\n';
        }
        unreadBefore(0);
        out += u'\n';
        if (!table.after.isEmpty())
            out += withLists(table.after) + u"\n\n"_s;
    }
    const Layout layout = layoutFor(kind, language);
    for (const QString &direction : directions) {
        if (!canonical.contains(direction) && written.contains(direction))
            continue;
        if (!direction.isEmpty())
            out += u"### "_s + QString(direction).replace(u'\n', u' ').trimmed() + u"\n\n"_s;
        out += layout.header + u'\n' + layout.separator + u'\n';
        for (const IssueTask *task : canonical.value(direction))
            out += rowFor(*task, kind, language) + u'\n';
        out += u'\n';
    }

    // 看板信息
    out += english
               ? u"### Dashboard\n\n| Direction | Tasks | Submitted / Claimed | Submit rate | Done | Done rate |\n"_s
               : u"### 看板信息\n\n| 任务方向 | 任务数量 | 提交作品 / 任务认领 | 提交率 | 完成 | 完成率 |\n"_s;
    out += u"| :---: | :---: | :---: | :---: | :---: | :---: |\n"_s;
    Tally total;
    for (const QString &direction : directions) {
        Tally tally;
        for (const IssueTask *task : byDirection.value(direction)) {
            tally.add(*task, kind);
            total.add(*task, kind);
        }
        out += tally.row(direction.isEmpty() ? (english ? u"Other"_s : u"其他"_s) : direction) + u'\n';
    }
    out += total.row(english ? u"Total"_s : u"合计"_s) + u"\n\n#####\n\n"_s;

    // 统计信息
    struct Finisher
    {
        QString login;
        int count = 0;
    };
    QList<Finisher> finishers;
    QHash<QString, qsizetype> index; // normalised login → position in finishers
    for (const IssueTask &task : list.tasks) {
        for (const QString &login : finishersOf(task, kind)) {
            const QString key = normalisedLogin(login);
            qsizetype at = index.value(key, -1);
            if (at < 0) {
                at = finishers.size();
                index.insert(key, at);
                finishers.append({login, 0});
            }
            ++finishers[at].count;
        }
    }
    std::sort(finishers.begin(), finishers.end(), [](const Finisher &a, const Finisher &b) {
        if (a.count != b.count)
            return a.count > b.count;
        if (const int c = a.login.compare(b.login, Qt::CaseInsensitive))
            return c < 0;
        return a.login < b.login;
    });
    out += english ? u"### Leaderboard\n\n> In no particular order"_s : u"### 统计信息\n\n> 排名不分先后"_s;
    for (const Finisher &f : finishers)
        out += u" @%1 (%2)"_s.arg(f.login, QString::number(f.count));
    out += u"\n\n#####\n"_s;
    return out;
}

} // namespace hd
