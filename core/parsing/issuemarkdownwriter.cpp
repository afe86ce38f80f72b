// Writing a track's task list back into the body of its GitHub issue; see issuemarkdown.h.

#include "issuemarkdown.h"

#include "model/participant.h"

#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

constexpr qint64 MaxWholeStarsRepeated = 5;

// The canonical table of a track: header and alignment lines.
struct Layout
{
    QString header;
    QString separator;
};

Layout layoutFor(TrackKind kind)
{
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

QString claimantsCell(const IssueTask &task)
{
    QString cell;
    for (const IssueClaimant &c : task.claimants) {
        cell += u"@%1 <img src=\"https://img.shields.io/badge/状态-%2-%3\" />"_s.arg(
            c.login, claimStatusBadge(c.status), claimStatusColour(c.status));
        for (const IssuePr &pr : c.prs)
            cell += u' ' + prLink(pr);
        cell += u"<br>"_s;
    }
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
              << (task.finisher.isEmpty() ? QString() : u'@' + task.finisher);
        break;
    case TrackKind::Tasks:
    case TrackKind::Articles:
        cells << difficultyCell(task) << titleCell(task) << claimantsCell(task)
              << (task.finisher.isEmpty() ? QString() : u'@' + task.finisher);
        break;
    }
    if (task.struck)
        for (QString &cell : cells)
            if (!cell.isEmpty())
                cell = u"~~"_s + cell + u"~~"_s;
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
        const bool done = !finishersOf(task, kind).isEmpty();
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

QString writeIssueBody(const IssueTaskList &list, TrackKind kind)
{
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

    const Layout layout = layoutFor(kind);
    for (const QString &direction : directions) {
        if (!direction.isEmpty())
            out += u"### "_s + QString(direction).replace(u'\n', u' ').trimmed() + u"\n\n"_s;
        out += layout.header + u'\n' + layout.separator + u'\n';
        for (const IssueTask *task : byDirection.value(direction))
            out += rowFor(*task, kind) + u'\n';
        out += u'\n';
    }

    // 看板信息
    out += u"### 看板信息\n\n| 任务方向 | 任务数量 | 提交作品 / 任务认领 | 提交率 | 完成 | 完成率 |\n"
           "| :---: | :---: | :---: | :---: | :---: | :---: |\n"_s;
    Tally total;
    for (const QString &direction : directions) {
        Tally tally;
        for (const IssueTask *task : byDirection.value(direction)) {
            tally.add(*task, kind);
            total.add(*task, kind);
        }
        out += tally.row(direction.isEmpty() ? u"其他"_s : direction) + u'\n';
    }
    out += total.row(u"合计"_s) + u"\n\n#####\n\n"_s;

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
    out += u"### 统计信息\n\n> 排名不分先后"_s;
    for (const Finisher &f : finishers)
        out += u" @%1 (%2)"_s.arg(f.login, QString::number(f.count));
    out += u"\n\n#####\n"_s;
    return out;
}

} // namespace hd
