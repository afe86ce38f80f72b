#include "issueimport.h"

#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"

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
    RowImporter(const Database &db, const Track &track, IssueImportReport &report)
        : m_db(db)
        , m_track(track)
        , m_report(report)
        , m_events(db)
        , m_tasks(db)
        , m_people(db)
        , m_claims(db)
    {
        // What the rows are checked against, read once: a 2,000-task body has 10,000 claimant lines.
        for (const Participant &p : m_people.all())
            m_participantIds.insert(normalisedLogin(p.login), p.id);
        SqlQuery claims(db, u"SELECT c.id, c.task_id, c.participant_id, c.status FROM claim c JOIN task t ON "
                            u"t.id = c.task_id WHERE t.track_id = ? AND c.participant_id IS NOT NULL"_s);
        claims.bind(track.id).exec();
        while (claims.next())
            m_claimIds.insert({claims.value(1).toLongLong(), claims.value(2).toLongLong()},
                              {claims.value(0).toLongLong(), claims.value(3).toInt()});
        SqlQuery links(db, u"SELECT pr.repo, pr.number, pt.task_id FROM pull_request pr JOIN pr_task pt ON "
                           u"pt.pr_id = pr.id JOIN task t ON t.id = pt.task_id WHERE t.track_id = ?"_s);
        links.bind(track.id).exec();
        while (links.next())
            m_links.insert(linkKey(links.value(0).toString(), links.value(1).toInt(), links.value(2).toLongLong()));
    }

    void import(const IssueTask &row)
    {
        const auto existing = m_tasks.byNumber(m_track.id, row.number);
        Task task = existing.value_or(Task{});
        task.trackId = m_track.id;
        task.number = row.number;
        task.title = row.title;
        task.url = row.url;
        task.stars = row.stars;
        task.cashFen = row.cashFen;
        task.rfcRequired = row.rfcRequired;
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
        if (!existing) {
            task.id = m_tasks.insert(task);
            ++m_report.tasksAdded;
            m_report.changes << Tr::tr("No.%1: new task \"%2\"").arg(row.number).arg(row.title);
        } else if (differs(*existing, task)) {
            m_tasks.update(task);
            ++m_report.tasksUpdated;
            m_report.changes << Tr::tr("No.%1: updated").arg(row.number);
        }
        for (const IssueClaimant &c : row.claimants)
            importClaimant(task, c);
    }

private:
    static bool differs(const Task &a, const Task &b)
    {
        return a.title != b.title || a.url != b.url || a.stars != b.stars || a.cashFen != b.cashFen ||
               a.rfcRequired != b.rfcRequired || a.removed != b.removed || a.directionId != b.directionId ||
               a.lead != b.lead || a.seats != b.seats || a.finisherId != b.finisherId || a.locked != b.locked;
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

    void importClaimant(const Task &task, const IssueClaimant &c)
    {
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

    const Database &m_db;
    const Track &m_track;
    IssueImportReport &m_report;
    EventRepository m_events;
    TaskRepository m_tasks;
    ParticipantRepository m_people;
    ClaimRepository m_claims;
    QHash<QString, qint64> m_participantIds;                             // normalised login → id
    QHash<std::pair<qint64, qint64>, std::pair<qint64, int>> m_claimIds; // (task, participant) → (claim, status)
    QSet<QString> m_links;                                               // "repo#number@task" PR links already stored
};

} // namespace

QJsonObject IssueImportReport::toJson() const
{
    QJsonArray problemArray;
    for (const IssueProblem &p : problems)
        problemArray.append(QJsonObject{{u"line"_s, p.line}, {u"reason"_s, p.reason}});
    return {{u"dry_run"_s, dryRun},
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
    RowImporter importer(db, track, report);
    for (const IssueTask &row : list.tasks)
        importer.import(row);

    // The rows it could not read go to the problems list, replacing those of the last import.
    const QString where = events.setting(u"track.%1.issue"_s.arg(track.id), track.name);
    SqlQuery(db, u"DELETE FROM problem WHERE source = 'import' AND url = ?"_s).bind(where).exec();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    for (const IssueProblem &p : list.problems)
        SqlQuery(db, u"INSERT OR IGNORE INTO problem (source, kind, url, author, text, reason, reply, created_at) "
                     u"VALUES ('import', 'row', ?, '', ?, ?, '', ?)"_s)
            .bind(where, Tr::tr("line %1").arg(p.line), p.reason, now)
            .exec();
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
    SqlQuery q(db, uR"(
        SELECT c.task_id, p.login, c.status,
               (SELECT group_concat(pr.repo || '#' || pr.number, ' ') FROM pr_task pt
                  JOIN pull_request pr ON pr.id = pt.pr_id
                 WHERE pt.task_id = c.task_id AND pr.author_login = p.login)
        FROM claim c JOIN task t ON t.id = c.task_id JOIN participant p ON p.id = c.participant_id
        WHERE t.track_id = ?
        ORDER BY c.claimed_at, c.id)"_s);
    q.bind(track.id).exec();
    while (q.next()) {
        IssueClaimant c;
        c.login = q.value(1).toString();
        c.status = static_cast<ClaimStatus>(q.value(2).toInt());
        const QStringList prs = q.value(3).toString().split(u' ', Qt::SkipEmptyParts);
        for (const QString &ref : prs) {
            const qsizetype hash = ref.lastIndexOf(u'#');
            IssuePr pr{ref.left(hash), ref.mid(hash + 1).toInt(), {}};
            pr.url = u"https://github.com/%1/pull/%2"_s.arg(pr.repo).arg(pr.number);
            c.prs.append(pr);
        }
        std::sort(c.prs.begin(), c.prs.end(), [](const IssuePr &a, const IssuePr &b) {
            return std::tie(a.repo, a.number) < std::tie(b.repo, b.number);
        });
        claimants[q.value(0).toLongLong()].append(c);
    }

    // Team claims, and whether a member of the team has a PR linked to the task.
    QHash<qint64, bool> teamClaims; // task id -> submitted
    SqlQuery teams(db, uR"(
        SELECT c.task_id,
               EXISTS (SELECT 1 FROM pr_task pt JOIN pull_request pr ON pr.id = pt.pr_id
                         JOIN team_member m ON m.team_id = c.team_id
                         JOIN participant p ON p.id = m.participant_id
                        WHERE pt.task_id = c.task_id AND pr.author_login = p.login)
        FROM claim c JOIN task t ON t.id = c.task_id
        WHERE t.track_id = ? AND c.team_id IS NOT NULL)"_s);
    teams.bind(track.id).exec();
    while (teams.next())
        teamClaims[teams.value(0).toLongLong()] |= teams.value(1).toBool();

    QList<Task> tasks = TaskRepository(db).all(track.id);
    std::stable_sort(tasks.begin(), tasks.end(), [&](const Task &a, const Task &b) {
        const int da = directionOrder.value(a.directionId, -1), dbo = directionOrder.value(b.directionId, -1);
        return da != dbo ? da < dbo : a.number < b.number;
    });
    for (const Task &t : tasks) {
        IssueTask row;
        row.direction = directionNames.value(t.directionId);
        row.number = t.number;
        row.stars = t.stars;
        row.cashFen = t.cashFen;
        row.title = t.title;
        row.url = t.url;
        row.rfcRequired = t.rfcRequired;
        row.claimants = claimants.value(t.id);
        row.teamClaimed = teamClaims.contains(t.id);
        row.teamSubmitted = teamClaims.value(t.id);
        row.finisher = logins.value(t.finisherId);
        row.struck = t.removed;
        (track.kind == TrackKind::Camp ? row.mentor : row.leader) = t.lead;
        row.seats = t.seats;
        if (!list.directions.contains(row.direction))
            list.directions.append(row.direction);
        list.tasks.append(row);
    }
    return list;
}

QString exportIssueBody(const Database &db, const Track &track)
{
    return writeIssueBody(issueTaskList(db, track), track.kind);
}

} // namespace hd
