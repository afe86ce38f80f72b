// Writing a track's task list back into the body of its GitHub issue; see issuemarkdown.h.

#include "issuemarkdown.h"

#include "model/participant.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

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
            return {u"| No. | Project | Mentor | Seats | **Claimed by** |"_s, u"| :---: | :--- | :---: | :---: | :--- |"_s};
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

QString difficultyCell(const IssueTask &task)
{
    QStringList parts;
    if (!task.stars.isZero() || !task.cashFen)
        parts.append(formatIssueStars(task.stars));
    if (task.cashFen)
        parts.append(formatYuan(*task.cashFen));
    return parts.join(u' ');
}

QString titleCell(const IssueTask &task)
{
    QString title = task.title;
    title.replace(u"\\"_s, u"\\\\"_s).replace(u"["_s, u"\\["_s).replace(u"]"_s, u"\\]"_s);
    QString cell = cellText(title);
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
        entry = cellText(c.login) + u'(' + words + u')';
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
        return cellText(task.finisherTeam);
    if (task.finisher.isEmpty())
        return {};
    QString cell = u'@' + task.finisher;
    for (const QString &other : task.coFinishers)
        cell += u" @"_s + other;
    return cell;
}

QString rowFor(const IssueTask &task, TrackKind kind)
{
    QStringList cells{QString::number(task.number)};
    switch (kind) {
    case TrackKind::Camp:
        cells << titleCell(task) << cellText(task.mentor) << (task.seats > 0 ? QString::number(task.seats) : QString())
              << claimantsCell(task);
        break;
    case TrackKind::Fundable:
        cells << difficultyCell(task) << titleCell(task) << cellText(task.leader) << claimantsCell(task)
              << finisherCell(task);
        break;
    case TrackKind::Tasks:
    case TrackKind::Articles:
        cells << difficultyCell(task) << titleCell(task) << claimantsCell(task) << finisherCell(task);
        break;
    }
    if (task.struck)
        for (QString &cell : cells)
            if (!cell.isEmpty())
                cell = u"~~"_s + cell + u"~~"_s;
    return u"| "_s + cells.join(u" | "_s) + u" |"_s;
}

// The stars in the notation of the cell they replace: its star glyph, a plain number, a priority or
// upper bound before them ("p1 ", "最高").
QString difficultyLike(const IssueTask &task, const QString &original)
{
    static const QRegularExpression qualifier(u"^\\s*(?:~~)?\\s*((?:[pP][0-9]\\s+|最高|至多|≤)\\s*)"_s);
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
    if (const auto q = qualifier.match(original); q.hasMatch())
        cell = q.captured(1) + cell;
    return cell;
}

// A cell written afresh for a column of the given role.
QString freshCell(const IssueTask &task, IssueColumn role, const QString &original)
{
    switch (role) {
    case IssueColumn::Number:
        return QString::number(task.number);
    case IssueColumn::Difficulty:
        return difficultyLike(task, original);
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
QString layoutRow(const IssueTask &task, const IssueTable &table, int tableIndex)
{
    const IssueRowSource &src = task.source;
    const qsizetype n = table.columns.size();
    QStringList cells;
    if (src.table == tableIndex && src.cells.size() == n && src.digests.size() == n) {
        bool changed = task.struck != src.struck;
        cells = src.cells;
        for (qsizetype i = 0; i < n; ++i) {
            if (issueCellDigest(task, table.columns[i]) == src.digests[i])
                continue;
            cells[i] = struckCell(freshCell(task, table.columns[i], src.cells[i]),
                                  task.struck && table.columns[i] != IssueColumn::Claims);
            changed = true;
        }
        if (!changed)
            return src.text;
        if (task.struck != src.struck)
            for (qsizetype i = 0; i < n; ++i)
                if (table.columns[i] != IssueColumn::Claims)
                    cells[i] = struckCell(cells[i], task.struck);
    } else {
        for (qsizetype i = 0; i < n; ++i)
            cells.append(struckCell(freshCell(task, table.columns[i], QString()),
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

QString issueCellDigest(const IssueTask &task, IssueColumn column)
{
    switch (column) {
    case IssueColumn::Number:
        return QString::number(task.number);
    case IssueColumn::Difficulty:
        return QString::number(task.stars.milli()) + u'|' +
               (task.cashFen ? QString::number(*task.cashFen) : QString());
    case IssueColumn::Title:
        return task.title + u'\n' + task.url + u'\n' + (task.rfcRequired ? u'1' : u'0');
    case IssueColumn::Claims: {
        QStringList entries;
        for (const IssueClaimant &c : task.claimants) {
            QStringList prs; // a team's PRs are not stored with its claim
            for (const IssuePr &pr : c.prs)
                if (!pr.repo.isEmpty() && !c.team)
                    prs.append(pr.repo.toLower() + u'#' + QString::number(pr.number));
            prs.sort();
            prs.removeDuplicates();
            entries.append((c.team ? u"team:"_s : QString()) + normalisedLogin(c.login) + u':' +
                           QString::number(int(c.status)) + u':' + prs.join(u','));
        }
        entries.sort();
        return entries.join(u';');
    }
    case IssueColumn::Finisher: {
        QStringList others;
        for (const QString &login : task.coFinishers)
            others.append(normalisedLogin(login));
        others.sort();
        return normalisedLogin(task.finisher) + u'|' + others.join(u',') + u'|' + normalisedLogin(task.lockedFor) +
               u'|' + task.finisherTeam.toLower();
    }
    case IssueColumn::Mentor:
        return task.mentor;
    case IssueColumn::Seats:
        return QString::number(task.seats);
    case IssueColumn::Leader:
        return task.leader;
    case IssueColumn::None:
        break;
    }
    return {};
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

    QString out;
    QString preamble = list.preamble;
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
    for (int t = 0; t < list.tables.size(); ++t) {
        const IssueTable &table = list.tables[t];
        if (perTable[t].isEmpty())
            continue;
        if ((first || table.direction != heading) && !table.direction.isEmpty())
            out += u"### "_s + QString(table.direction).replace(u'\n', u' ').trimmed() + u"\n\n"_s;
        first = false;
        heading = table.direction;
        if (!table.headless) {
            out += table.header + u'\n';
            out += (table.separator.isEmpty() ? u"|"_s + u" --- |"_s.repeated(table.columns.size())
                                              : table.separator) +
                   u'\n';
        }
        for (const IssueTask *task : perTable[t])
            out += layoutRow(*task, table, t) + u'\n';
        out += u'\n';
    }
    const Layout layout = layoutFor(kind, language);
    for (const QString &direction : directions) {
        if (!canonical.contains(direction))
            continue;
        if (!direction.isEmpty())
            out += u"### "_s + QString(direction).replace(u'\n', u' ').trimmed() + u"\n\n"_s;
        out += layout.header + u'\n' + layout.separator + u'\n';
        for (const IssueTask *task : canonical.value(direction))
            out += rowFor(*task, kind) + u'\n';
        out += u'\n';
    }

    // 看板信息
    out += english ? u"### Dashboard\n\n| Direction | Tasks | Submitted / Claimed | Submit rate | Done | Done rate |\n"_s
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
