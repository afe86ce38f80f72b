#include "issueimport.h"

#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/issuelayoutrepository.h"
#include "storage/participantrepository.h"
#include "storage/problemrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSet>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(IssueImport)
};

// The state a PR must at least be in for a claimant to show this badge.
PullRequest::State stateForBadge(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::DesignDone:
    case ClaimStatus::PartlyDone:
    case ClaimStatus::Completed:
        return PullRequest::State::Merged;
    default:
        return PullRequest::State::Open;
    }
}

// Applies one parsed row to the database and records what changed.
class RowImporter
{
public:
    // lastTitleCells: per task id, what its title cell said at the last import (issueCellDigest).
    RowImporter(const Database &db, const Track &track, IssueImportReport &report,
                QHash<qint64, quint64> lastTitleCells)
        : m_track(track)
        , m_report(report)
        , m_events(db)
        , m_tasks(db)
        , m_people(db)
        , m_claims(db)
        , m_teams(db)
        , m_lastTitleCells(std::move(lastTitleCells))
    {
        for (const Team &t : m_teams.all())
            m_teamIds.insert(t.name.trimmed().toLower(), t.id);
        // What the rows are checked against, read once: a 2,000-task body has 10,000 claimant lines.
        for (const Participant &p : m_people.all())
            m_participantIds.insert(normalisedLogin(p.login), p.id);
        for (const Task &t : m_tasks.all(track.id))
            m_taskByNumber.insert(t.number, t);
        for (const Claim &c : m_claims.participantClaims(track.id))
            m_claimIds.insert({c.taskId, c.participantId}, {c.id, int(c.status)});
        for (const PrLink &l : m_claims.prLinks(track.id))
            m_links.insert(linkKey(l.repo, l.number, l.taskId));
    }

    // The task's id, once imported.
    qint64 import(const IssueTask &row)
    {
        const auto known = m_taskByNumber.constFind(row.number);
        const std::optional<Task> existing =
            known != m_taskByNumber.cend() ? std::optional<Task>(*known) : std::nullopt;
        Task task = existing.value_or(Task{});
        task.trackId = m_track.id;
        task.number = row.number;
        task.title = row.title;
        task.url = row.url;
        task.stars = row.stars;
        task.starsAtMost = row.starsAtMost;
        task.cashFen = row.cashFen;
        task.rfcRequired = row.rfcRequired;
        // The RFC flag (marker or list) is the issue's only when the issue changed it: while the title cell
        // says what it said at the last import, a flag staff set or cleared by hand since stays.
        if (existing) {
            const auto last = m_lastTitleCells.constFind(existing->id);
            if (last != m_lastTitleCells.cend() && *last == issueCellDigest(row, IssueColumn::Title))
                task.rfcRequired = existing->rfcRequired;
        }
        task.removed = row.struck;
        task.directionId = m_events.ensureDirection(m_track.id, row.direction);
        task.lead = m_track.kind == TrackKind::Camp ? row.mentor : row.leader;
        task.seats = row.seats;
        if (!row.finisher.isEmpty()) {
            const qint64 finisher = participant(row.finisher);
            if (task.finisherId != finisher) {
                task.finisherId = finisher;
                task.locked = true;
                ++m_report.finishersSet;
                m_report.changes << Tr::tr("No.%1: finished by @%2").arg(row.number).arg(row.finisher);
            }
        }
        // "锁定 @login" and "Team(…&锁定)": locked for that claimant.
        const bool lockedForClaimant =
            !row.lockedFor.isEmpty() || !row.finisherTeam.isEmpty() ||
            std::any_of(row.claimants.begin(), row.claimants.end(), [](const IssueClaimant &c) { return c.locking; });
        if (lockedForClaimant && !task.locked) {
            task.locked = true;
            m_report.changes << Tr::tr("No.%1: locked for its claimant").arg(row.number);
        }
        if (!existing) {
            task.id = m_tasks.insert(task);
            ++m_report.tasksAdded;
            m_report.changes << Tr::tr("No.%1: new task \"%2\"").arg(row.number).arg(row.title);
        } else if (differs(*existing, task)) {
            m_tasks.update(task);
            ++m_report.tasksUpdated;
            m_report.changes << Tr::tr("No.%1: updated").arg(row.number);
        }
        m_taskByNumber.insert(task.number, task);
        for (IssueClaimant c : row.claimants) {
            // "Lucky Team" in 完成队伍: that team finished it.
            if (c.team && c.login.compare(row.finisherTeam, Qt::CaseInsensitive) == 0)
                c.status = ClaimStatus::Completed;
            importClaimant(task, c);
        }
        if (!row.lockedFor.isEmpty())
            importClaimant(task, IssueClaimant{row.lockedFor, ClaimStatus::Registered, {}, false, true});
        for (const QString &other : row.coFinishers)
            importClaimant(task, IssueClaimant{other, ClaimStatus::Completed, {}, false, false});
        return task.id;
    }

private:
    static bool differs(const Task &a, const Task &b)
    {
        return a.title != b.title || a.url != b.url || a.stars != b.stars || a.starsAtMost != b.starsAtMost ||
               a.cashFen != b.cashFen || a.rfcRequired != b.rfcRequired || a.removed != b.removed ||
               a.directionId != b.directionId || a.lead != b.lead || a.seats != b.seats ||
               a.finisherId != b.finisherId || a.locked != b.locked;
    }

    static QString linkKey(const QString &repo, int number, qint64 taskId)
    {
        return u"%1#%2@%3"_s.arg(repo).arg(number).arg(taskId);
    }

    qint64 participant(const QString &login)
    {
        const QString key = normalisedLogin(login);
        if (const qint64 id = m_participantIds.value(key))
            return id;
        ++m_report.participantsAdded;
        m_report.changes << Tr::tr("@%1: new participant").arg(login);
        const qint64 id = m_people.ensure(login);
        m_participantIds.insert(key, id);
        return id;
    }

    qint64 team(const QString &name)
    {
        const QString key = name.trimmed().toLower();
        if (const qint64 id = m_teamIds.value(key))
            return id;
        Team t;
        t.name = name.trimmed();
        const qint64 id = m_teams.insert(t);
        m_teamIds.insert(key, id);
        m_report.changes << Tr::tr("Team “%1”: new team").arg(t.name);
        return id;
    }

    void importTeamClaim(const Task &task, const IssueClaimant &c)
    {
        const qint64 teamId = team(c.login);
        if (auto claim = m_claims.find(task.id, 0, teamId)) {
            if (c.status > claim->status) {
                m_report.changes << Tr::tr("No.%1: team “%2” %3 → %4")
                                        .arg(task.number)
                                        .arg(c.login, claimStatusBadge(claim->status), claimStatusBadge(c.status));
                claim->status = c.status;
                m_claims.update(*claim);
                ++m_report.statusChanges;
            }
            return;
        }
        Claim fresh;
        fresh.taskId = task.id;
        fresh.teamId = teamId;
        fresh.status = c.status;
        m_claims.insert(fresh);
        ++m_report.claimsAdded;
        m_report.changes
            << Tr::tr("No.%1: claimed by team “%2” (%3)").arg(task.number).arg(c.login, claimStatusBadge(c.status));
    }

    void importClaimant(const Task &task, const IssueClaimant &c)
    {
        if (c.team) {
            importTeamClaim(task, c);
            return;
        }
        const qint64 who = participant(c.login);
        const auto known = m_claimIds.constFind({task.id, who});
        if (known != m_claimIds.cend()) {
            const auto [claimId, status] = *known;
            if (static_cast<int>(c.status) > status) {
                Claim claim = *m_claims.get(claimId);
                m_report.changes << Tr::tr("No.%1: @%2 %3 → %4")
                                        .arg(task.number)
                                        .arg(c.login, claimStatusBadge(claim.status), claimStatusBadge(c.status));
                claim.status = c.status;
                m_claims.update(claim);
                m_claimIds.insert({task.id, who}, {claimId, static_cast<int>(c.status)});
                ++m_report.statusChanges;
            }
        } else {
            Claim fresh;
            fresh.taskId = task.id;
            fresh.participantId = who;
            fresh.status = c.status;
            m_claimIds.insert({task.id, who}, {m_claims.insert(fresh), static_cast<int>(c.status)});
            ++m_report.claimsAdded;
            m_report.changes
                << Tr::tr("No.%1: claimed by @%2 (%3)").arg(task.number).arg(c.login, claimStatusBadge(c.status));
        }
        for (const IssuePr &link : c.prs) {
            if (link.repo.isEmpty() || link.number <= 0)
                continue;
            const QString key = linkKey(link.repo, link.number, task.id);
            if (m_links.contains(key))
                continue;
            m_links.insert(key);
            PullRequest pr;
            pr.repo = link.repo;
            pr.number = link.number;
            pr.authorLogin = c.login;
            pr.state = stateForBadge(c.status);
            pr.taskIds = {task.id};
            if (m_claims.ensurePullRequest(pr)) {
                ++m_report.prsAdded;
                m_report.changes
                    << Tr::tr("No.%1: PR %2#%3 by @%4").arg(task.number).arg(pr.repo).arg(pr.number).arg(c.login);
            }
        }
    }

    const Track &m_track;
    IssueImportReport &m_report;
    EventRepository m_events;
    TaskRepository m_tasks;
    ParticipantRepository m_people;
    ClaimRepository m_claims;
    TeamRepository m_teams;
    QHash<QString, qint64> m_teamIds;                                    // lower-case team name → id
    QHash<QString, qint64> m_participantIds;                             // normalised login → id
    QHash<int, Task> m_taskByNumber;                                     // the track's tasks
    QHash<qint64, quint64> m_lastTitleCells;                             // task id → title cell at the last import
    QHash<std::pair<qint64, qint64>, std::pair<qint64, int>> m_claimIds; // (task, participant) → (claim, status)
    QSet<QString> m_links;                                               // "repo#number@task" PR links already stored
};

// Why a body yielded no task: the tables it saw and what was wrong with each.
QString noTaskReason(const IssueTaskList &list)
{
    QStringList seen;
    for (const IssueTable &t : list.tables) {
        const QString why = !t.unusable.isEmpty() ? t.unusable
                            : t.unreadableLines.isEmpty()
                                ? Tr::tr("it has no rows")
                                : Tr::tr("none of its %1 rows could be read").arg(t.unreadableLines.size());
        seen << Tr::tr("line %1: %2 — %3").arg(QString::number(t.line), t.header, why);
    }
    seen += list.otherHeaders;
    if (seen.isEmpty())
        return Tr::tr("No task was read: the text has no table. A task table has a header row with a number column "
                      "(序号, 编号, No., #) and a claimants column (认领人, 队伍名称/状态/PR, 报名情况, Claimed by).");
    return Tr::tr("No task was read. Tables seen:\n%1").arg(seen.join(u'\n'));
}

} // namespace

QJsonObject IssueImportReport::toJson() const
{
    QJsonArray problemArray;
    for (const IssueProblem &p : problems)
        problemArray.append(QJsonObject{{u"line"_s, p.line}, {u"reason"_s, p.reason}});
    QJsonArray tableArray;
    for (const IssueTable &t : tables) {
        QJsonArray columns;
        for (qsizetype i = 0; i < t.columns.size(); ++i)
            columns.append(QJsonObject{
                {u"header"_s, t.headerCells.value(i)},
                {u"role"_s, t.columns[i] == IssueColumn::None ? QString() : issueColumnName(t.columns[i])}});
        QJsonArray unreadable;
        for (int line : t.unreadableLines)
            unreadable.append(line);
        tableArray.append(QJsonObject{{u"line"_s, t.line},
                                      {u"direction"_s, t.direction},
                                      {u"header"_s, t.header},
                                      {u"columns"_s, columns},
                                      {u"rows_read"_s, t.rowsRead},
                                      {u"unreadable_lines"_s, unreadable},
                                      {u"unusable"_s, t.unusable}});
    }
    return {{u"dry_run"_s, dryRun},
            {u"tables"_s, tableArray},
            {u"no_tasks"_s, noTasks},
            {u"tasks_added"_s, tasksAdded},
            {u"tasks_updated"_s, tasksUpdated},
            {u"participants_added"_s, participantsAdded},
            {u"claims_added"_s, claimsAdded},
            {u"status_changes"_s, statusChanges},
            {u"prs_added"_s, prsAdded},
            {u"finishers_set"_s, finishersSet},
            {u"changes"_s, QJsonArray::fromStringList(changes)},
            {u"problems"_s, problemArray}};
}

IssueImportReport importIssueBody(const Database &db, const Track &track, QStringView markdown, bool dryRun)
{
    const IssueTaskList list = parseIssueBody(markdown, track.kind);
    IssueImportReport report;
    report.dryRun = dryRun;
    report.problems = list.problems;
    report.tables = list.tables;
    report.otherHeaders = list.otherHeaders;
    if (list.tasks.isEmpty()) {
        report.noTasks = noTaskReason(list);
        return report;
    }

    // Rows already there may be replaced: keep a copy first (not inside a caller's transaction).
    if (!dryRun && !db.inTransaction())
        db.autoBackup(u"import-issue"_s);
    Transaction tx(db);
    EventRepository events(db);
    if (events.issuePreamble(track.id) != list.preamble) {
        events.setIssuePreamble(track.id, list.preamble);
        report.changes << Tr::tr("The text above the tables changed.");
    }
    for (const QString &direction : list.directions)
        events.ensureDirection(track.id, direction);
    IssueLayoutRepository layouts(db);
    QHash<qint64, quint64> lastTitleCells;
    {
        const IssueLayoutRepository::Layout last = layouts.layout(track.id);
        for (auto it = last.rows.cbegin(); it != last.rows.cend(); ++it) {
            const IssueRowSource &src = it->source;
            const qsizetype title = src.table >= 0 && src.table < last.tables.size()
                                        ? last.tables[src.table].columns.indexOf(IssueColumn::Title)
                                        : -1;
            if (title >= 0 && title < src.digests.size())
                lastTitleCells.insert(it.key(), src.digests[title]);
        }
    }
    RowImporter importer(db, track, report, std::move(lastTitleCells));
    QList<std::pair<qint64, IssueLayoutRepository::Row>> layoutRows;
    layoutRows.reserve(list.tasks.size());
    for (const IssueTask &row : list.tasks) {
        const qint64 taskId = importer.import(row);
        layoutRows.append({taskId, {row.source, row.coFinishers, row.lockedFor, row.line}});
    }
    layouts.replace(track.id, list.tables, layoutRows);

    // The rows it could not read go to the problems list, replacing those of the last import.
    const QString where = events.setting(u"track.%1.issue"_s.arg(track.id), track.name);
    ProblemRepository problems(db);
    problems.removeAt(u"import"_s, where);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const IssueProblem &p : list.problems)
        problems.add({0, u"import"_s, u"row"_s, where, {}, Tr::tr("line %1").arg(p.line), p.reason, {}, now});
    if (!dryRun)
        tx.commit();
    return report;
}

IssueTaskList issueTaskList(const Database &db, const Track &track)
{
    IssueTaskList list;
    EventRepository events(db);
    list.preamble = events.issuePreamble(track.id);
    QHash<qint64, QString> directionNames;
    QHash<qint64, int> directionOrder;
    for (const Direction &d : events.directions(track.id)) {
        directionNames.insert(d.id, d.name);
        directionOrder.insert(d.id, int(directionOrder.size()));
    }
    QHash<qint64, QString> logins;
    for (const Participant &p : ParticipantRepository(db).all())
        logins.insert(p.id, p.login);

    // Claimants per task in claim order, with the PRs each wrote for it. The issue lists people: team
    // claims (fundable projects) show through the 负责人 column instead.
    QHash<qint64, QList<IssueClaimant>> claimants;
    const ClaimRepository claims(db);
    for (const IssueClaimRow &row : claims.issueClaims(track.id)) {
        IssueClaimant c;
        c.login = row.claimant;
        c.status = row.status;
        for (const QString &ref : row.prs) {
            const qsizetype hash = ref.lastIndexOf(u'#');
            IssuePr pr{ref.left(hash), ref.mid(hash + 1).toInt(), {}};
            pr.url = u"https://github.com/%1/pull/%2"_s.arg(pr.repo).arg(pr.number);
            c.prs.append(pr);
        }
        std::sort(c.prs.begin(), c.prs.end(), [](const IssuePr &a, const IssuePr &b) {
            return std::tie(a.repo, a.number) < std::tie(b.repo, b.number);
        });
        claimants[row.taskId].append(c);
    }

    // Team claims, and whether a member of the team has a PR linked to the task.
    QHash<qint64, QList<IssueClaimant>> teamClaimants;
    QHash<qint64, bool> teamClaims; // task id -> submitted
    for (const IssueClaimRow &row : claims.issueTeamClaims(track.id)) {
        IssueClaimant c;
        c.team = true;
        c.login = row.claimant;
        c.status = row.status;
        teamClaimants[row.taskId].append(c);
        teamClaims[row.taskId] |= row.teamHasPr;
    }

    // The layout the issue was imported in: rows keep the order they had there.
    IssueLayoutRepository::Layout layout = IssueLayoutRepository(db).layout(track.id);
    list.tables = std::move(layout.tables);
    const QHash<qint64, IssueLayoutRepository::Row> sources = std::move(layout.rows);

    QHash<qint64, int> lineOf; // task id → its row's line in the issue
    for (auto it = sources.cbegin(); it != sources.cend(); ++it)
        lineOf.insert(it.key(), it->line);
    QList<Task> tasks = TaskRepository(db).all(track.id);
    std::stable_sort(tasks.begin(), tasks.end(), [&](const Task &a, const Task &b) {
        const int da = directionOrder.value(a.directionId, -1), dbo = directionOrder.value(b.directionId, -1);
        if (da != dbo)
            return da < dbo;
        const int la = lineOf.value(a.id), lb = lineOf.value(b.id);
        if ((la > 0) != (lb > 0))
            return la > 0;
        return la != lb ? la < lb : a.number < b.number;
    });
    for (const Task &t : tasks) {
        IssueTask row;
        row.direction = directionNames.value(t.directionId);
        row.number = t.number;
        row.stars = t.stars;
        row.starsAtMost = t.starsAtMost;
        row.cashFen = t.cashFen;
        row.title = t.title;
        row.url = t.url;
        row.rfcRequired = t.rfcRequired;
        row.claimants = claimants.value(t.id);
        for (IssueClaimant c : teamClaimants.value(t.id)) {
            c.locking = t.locked && !t.finisherId;
            row.claimants.append(c);
        }
        row.teamClaimed = teamClaims.contains(t.id);
        row.teamSubmitted = teamClaims.value(t.id);
        row.finisher = logins.value(t.finisherId);
        row.struck = t.removed;
        (track.kind == TrackKind::Camp ? row.mentor : row.leader) = t.lead;
        row.seats = t.seats;
        if (const auto source = sources.constFind(t.id); source != sources.cend()) {
            row.source = source->source;
            row.line = source->line;
            for (const IssueClaimant &c : row.claimants)
                if (c.team && c.status == ClaimStatus::Completed && row.finisher.isEmpty())
                    row.finisherTeam = c.login;
            // What the database has no place for: a second finisher while the first is still the finisher,
            // the person a locked task is locked for.
            if (!row.finisher.isEmpty())
                row.coFinishers = source->coFinishers;
            if (t.locked && row.finisher.isEmpty())
                row.lockedFor = source->lockedFor;
        }
        if (!list.directions.contains(row.direction))
            list.directions.append(row.direction);
        list.tasks.append(row);
    }
    return list;
}

QString exportIssueBody(const Database &db, const Track &track)
{
    const QString language = EventRepository(db).setting(u"event.language"_s, u"zh_CN"_s);
    return writeIssueBody(issueTaskList(db, track), track.kind, issueLanguageFromSetting(language));
}

} // namespace hd
