#include "claimrepository.h"

#include "database.h"
#include "model/error.h"
#include "model/isotime.h"
#include "model/participant.h"
#include "sqlquery.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClaimRepository)
};

const QString columns = u"id, task_id, participant_id, team_id, status, flags, claimed_at, updated_at, manual"_s;

Claim claimFrom(SqlQuery &q, int offset = 0)
{
    Claim c;
    c.id = q.value(offset + 0).toLongLong();
    c.taskId = q.value(offset + 1).toLongLong();
    c.participantId = q.value(offset + 2).toLongLong();
    c.teamId = q.value(offset + 3).toLongLong();
    c.status = static_cast<ClaimStatus>(qBound(0, q.value(offset + 4).toInt(), ClaimStatusCount - 1));
    c.flags = q.value(offset + 5).toInt();
    c.claimedAt = QDateTime::fromString(q.value(offset + 6).toString(), Qt::ISODate);
    c.updatedAt = QDateTime::fromString(q.value(offset + 7).toString(), Qt::ISODate);
    c.manual = q.value(offset + 8).toBool();
    return c;
}

QVariant dateValue(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(isoDateTimeText(dt)) : QVariant(QMetaType::fromType<QString>());
}
} // namespace

QList<ClaimRow> ClaimRepository::rows(qint64 trackId) const
{
    return rowsWhere(u"? = 0 OR t.track_id = ?"_s, u"t.track_id, t.number, c.claimed_at, c.id"_s, {trackId, trackId});
}

QList<ClaimRow> ClaimRepository::rowsOfTask(qint64 taskId) const
{
    return rowsWhere(u"c.task_id = ?"_s, u"c.claimed_at, c.id"_s, {taskId});
}

QList<ClaimRow> ClaimRepository::rowsOfParticipant(qint64 participantId) const
{
    return rowsWhere(
        u"c.participant_id = ? OR c.team_id IN (SELECT team_id FROM team_member WHERE participant_id = ?)"_s,
        u"c.claimed_at, c.id"_s, {participantId, participantId});
}

QList<ClaimRow> ClaimRepository::rowsWhere(const QString &condition, const QString &order,
                                           const QVariantList &args) const
{
    // The claimant's PRs on the task: by the participant, or by any member of the team. Looked for only on
    // tasks with a PR (one hashed lookup): PostgreSQL would otherwise scan the PR links once per claim.
    SqlQuery q(m_db, uR"(
        SELECT c.id, c.task_id, c.participant_id, c.team_id, c.status, c.flags, c.claimed_at, c.updated_at, c.manual,
               t.track_id, t.number, t.title, coalesce(p.login, tm.name),
               CASE WHEN c.task_id IN (SELECT task_id FROM pr_task) THEN
                 (SELECT group_concat('#' || pr.number, ' ') FROM pr_task pt JOIN pull_request pr ON pr.id = pt.pr_id
                   WHERE pt.task_id = c.task_id AND (pr.author_login = p.login OR pr.author_login IN
                     (SELECT mp.login FROM team_member m JOIN participant mp ON mp.id = m.participant_id
                       WHERE m.team_id = c.team_id))) END,
               t.url
        FROM claim c JOIN task t ON t.id = c.task_id
        LEFT JOIN participant p ON p.id = c.participant_id LEFT JOIN team tm ON tm.id = c.team_id
        WHERE %1
        ORDER BY %2)"_s.arg(condition, order));
    for (const QVariant &v : args)
        q.bindValue(v);
    q.exec();
    QList<ClaimRow> out;
    while (q.next()) {
        ClaimRow r;
        r.claim = claimFrom(q);
        r.trackId = q.value(9).toLongLong();
        r.taskNumber = q.value(10).toInt();
        r.taskTitle = q.value(11).toString();
        r.claimant = q.value(12).toString();
        r.prs = q.value(13).toString();
        r.taskUrl = q.value(14).toString();
        out.append(r);
    }
    return out;
}

QList<Claim> ClaimRepository::ofParticipant(qint64 participantId) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM claim WHERE participant_id = ? ORDER BY id"_s.arg(columns));
    q.bind(participantId).exec();
    QList<Claim> out;
    while (q.next())
        out.append(claimFrom(q));
    return out;
}

QList<Claim> ClaimRepository::participantClaims(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT c.id, c.task_id, c.participant_id, c.team_id, c.status, c.flags, c.claimed_at, "
                     u"c.updated_at, c.manual FROM claim c JOIN task t ON t.id = c.task_id "
                     u"WHERE t.track_id = ? AND c.participant_id IS NOT NULL"_s);
    q.bind(trackId).exec();
    QList<Claim> out;
    while (q.next())
        out.append(claimFrom(q));
    return out;
}

QList<IssueClaimRow> ClaimRepository::issueClaims(qint64 trackId) const
{
    // The PRs are looked for only on tasks with one, as in rowsWhere().
    SqlQuery q(m_db, uR"(
        SELECT c.task_id, p.login, c.status,
               CASE WHEN c.task_id IN (SELECT task_id FROM pr_task) THEN
                 (SELECT group_concat(pr.repo || '#' || pr.number, ' ') FROM pr_task pt
                    JOIN pull_request pr ON pr.id = pt.pr_id
                   WHERE pt.task_id = c.task_id AND pr.author_login = p.login) END
        FROM claim c JOIN task t ON t.id = c.task_id JOIN participant p ON p.id = c.participant_id
        WHERE t.track_id = ?
        ORDER BY c.claimed_at, c.id)"_s);
    q.bind(trackId).exec();
    QList<IssueClaimRow> out;
    while (q.next())
        out.append({q.value(0).toLongLong(), q.value(1).toString(), static_cast<ClaimStatus>(q.value(2).toInt()),
                    q.value(3).toString().split(u' ', Qt::SkipEmptyParts), false});
    return out;
}

QList<IssueClaimRow> ClaimRepository::issueTeamClaims(qint64 trackId) const
{
    SqlQuery q(m_db, uR"(
        SELECT c.task_id, tm.name, c.status,
               EXISTS (SELECT 1 FROM pr_task pt JOIN pull_request pr ON pr.id = pt.pr_id
                         JOIN team_member m ON m.team_id = c.team_id
                         JOIN participant p ON p.id = m.participant_id
                        WHERE pt.task_id = c.task_id AND pr.author_login = p.login)
        FROM claim c JOIN task t ON t.id = c.task_id JOIN team tm ON tm.id = c.team_id
        WHERE t.track_id = ? ORDER BY c.claimed_at, c.id)"_s);
    q.bind(trackId).exec();
    QList<IssueClaimRow> out;
    while (q.next())
        out.append({q.value(0).toLongLong(),
                    q.value(1).toString(),
                    static_cast<ClaimStatus>(q.value(2).toInt()),
                    {},
                    q.value(3).toBool()});
    return out;
}

QHash<qint64, int> ClaimRepository::countsByTask() const
{
    return SqlQuery::counts(m_db, u"SELECT task_id, count(*) FROM claim GROUP BY task_id"_s);
}

QHash<qint64, int> ClaimRepository::countsByParticipant() const
{
    return SqlQuery::counts(
        m_db, u"SELECT participant_id, count(*) FROM claim WHERE participant_id IS NOT NULL GROUP BY 1"_s);
}

std::optional<Claim> ClaimRepository::get(qint64 id) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM claim WHERE id = ?"_s.arg(columns));
    q.bind(id).exec();
    if (!q.next())
        return std::nullopt;
    return claimFrom(q);
}

std::optional<Claim> ClaimRepository::find(qint64 taskId, qint64 participantId, qint64 teamId) const
{
    SqlQuery q(m_db, u"SELECT %1 FROM claim WHERE task_id = ? AND coalesce(participant_id, 0) = ? AND "
                     u"coalesce(team_id, 0) = ?"_s.arg(columns));
    q.bind(taskId, participantId, teamId).exec();
    if (!q.next())
        return std::nullopt;
    return claimFrom(q);
}

void ClaimRepository::validate(const Claim &c) const
{
    const QVariant task = SqlQuery::scalar(m_db, u"SELECT number FROM task WHERE id = ?"_s, {c.taskId});
    if (!task.isValid())
        throw Error(Tr::tr("A claim names task %1, which does not exist.").arg(c.taskId));
    if ((c.participantId == 0) == (c.teamId == 0))
        throw Error(Tr::tr("A claim on task No.%1 needs either a participant or a team.").arg(task.toString()));
    if (c.participantId &&
        !SqlQuery::scalar(m_db, u"SELECT 1 FROM participant WHERE id = ?"_s, {c.participantId}).isValid())
        throw Error(Tr::tr("A claim on task No.%1 names a participant who does not exist.").arg(task.toString()));
    if (c.teamId && !SqlQuery::scalar(m_db, u"SELECT 1 FROM team WHERE id = ?"_s, {c.teamId}).isValid())
        throw Error(Tr::tr("A claim on task No.%1 names a team that does not exist.").arg(task.toString()));
    if (const auto other = find(c.taskId, c.participantId, c.teamId); other && other->id != c.id)
        throw Error(Tr::tr("That claimant has already claimed task No.%1.").arg(task.toString()));
}

qint64 ClaimRepository::insert(const Claim &c)
{
    validate(c);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    SqlQuery q(m_db, u"INSERT INTO claim (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s.arg(columns));
    q.bindValue(nullIfZero(c.id))
        .bind(c.taskId)
        .bindValue(nullIfZero(c.participantId))
        .bindValue(nullIfZero(c.teamId))
        .bind(static_cast<int>(c.status), c.flags)
        .bindValue(dateValue(c.claimedAt.isValid() ? c.claimedAt : now))
        .bindValue(dateValue(c.updatedAt.isValid() ? c.updatedAt : now))
        .bind(c.manual ? 1 : 0)
        .exec();
    return q.lastInsertId();
}

void ClaimRepository::update(const Claim &c)
{
    if (!get(c.id))
        throw Error(Tr::tr("That claim no longer exists."));
    validate(c);
    SqlQuery(m_db, u"UPDATE claim SET task_id = ?, participant_id = ?, team_id = ?, status = ?, flags = ?, "
                   u"claimed_at = ?, updated_at = ?, manual = ? WHERE id = ?"_s)
        .bind(c.taskId)
        .bindValue(nullIfZero(c.participantId))
        .bindValue(nullIfZero(c.teamId))
        .bind(static_cast<int>(c.status), c.flags)
        .bindValue(dateValue(c.claimedAt))
        .bindValue(dateValue(c.updatedAt.isValid() ? c.updatedAt : QDateTime::currentDateTimeUtc()))
        .bind(c.manual ? 1 : 0, c.id)
        .exec();
}

RowSnapshot ClaimRepository::remove(qint64 id)
{
    Transaction tx(m_db);
    RowSnapshot snapshot;
    snapshot.take(m_db, u"claim"_s, u"id = ?"_s, {id});
    SqlQuery(m_db, u"DELETE FROM claim WHERE id = ?"_s).bind(id).exec();
    tx.commit();
    return snapshot;
}

qint64 ClaimRepository::upsertPullRequest(const PullRequest &pr)
{
    Transaction tx(m_db);
    SqlQuery q(m_db, u"INSERT INTO pull_request (repo, number, title, author_login, state, created_at, merged_at) "
                     u"VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (repo, number) DO UPDATE SET "
                     u"title = excluded.title, author_login = excluded.author_login, state = excluded.state, "
                     u"created_at = coalesce(excluded.created_at, pull_request.created_at), "
                     u"merged_at = coalesce(excluded.merged_at, pull_request.merged_at) RETURNING id"_s);
    q.bind(pr.repo, pr.number, pr.title, pr.authorLogin, prStateKey(pr.state))
        .bindValue(dateValue(pr.createdAt))
        .bindValue(dateValue(pr.mergedAt))
        .exec();
    if (!q.next())
        throw Error(Tr::tr("Could not store PR %1#%2.").arg(pr.repo).arg(pr.number));
    const qint64 id = q.value(0).toLongLong();
    q.raw().finish();
    SqlQuery(m_db, u"DELETE FROM pr_task WHERE pr_id = ?"_s).bind(id).exec();
    for (qint64 taskId : pr.taskIds)
        SqlQuery(m_db, u"INSERT OR IGNORE INTO pr_task (pr_id, task_id) VALUES (?, ?)"_s).bind(id, taskId).exec();
    tx.commit();
    return id;
}

bool ClaimRepository::ensurePullRequest(const PullRequest &pr)
{
    Transaction tx(m_db);
    SqlQuery insert(m_db, u"INSERT OR IGNORE INTO pull_request (repo, number, title, author_login, state, created_at, "
                          u"merged_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    insert.bind(pr.repo, pr.number, pr.title, pr.authorLogin, prStateKey(pr.state))
        .bindValue(dateValue(pr.createdAt))
        .bindValue(dateValue(pr.mergedAt))
        .exec();
    const bool added = insert.rowsAffected() > 0;
    const QVariant id =
        SqlQuery::scalar(m_db, u"SELECT id FROM pull_request WHERE repo = ? AND number = ?"_s, {pr.repo, pr.number});
    for (qint64 taskId : pr.taskIds)
        SqlQuery(m_db, u"INSERT OR IGNORE INTO pr_task (pr_id, task_id) VALUES (?, ?)"_s)
            .bind(id.toLongLong(), taskId)
            .exec();
    tx.commit();
    return added;
}

QList<PullRequest> ClaimRepository::pullRequests() const
{
    return pullRequestsWhere(u"1 = 1"_s, u"repo, number"_s, {});
}

QList<PullRequest> ClaimRepository::pullRequestsOfTask(qint64 taskId) const
{
    return pullRequestsWhere(u"id IN (SELECT pr_id FROM pr_task WHERE task_id = ?)"_s, u"created_at, repo, number"_s,
                             {taskId});
}

QList<PullRequest> ClaimRepository::pullRequestsBy(QStringView login) const
{
    return pullRequestsWhere(u"lower(author_login) = ?"_s, u"created_at, repo, number"_s, {normalisedLogin(login)});
}

QList<PullRequest> ClaimRepository::pullRequestsWhere(const QString &condition, const QString &order,
                                                      const QVariantList &args) const
{
    QHash<qint64, QList<qint64>> links;
    SqlQuery l(m_db, u"SELECT pr_id, task_id FROM pr_task ORDER BY pr_id, task_id"_s);
    l.exec();
    while (l.next())
        links[l.value(0).toLongLong()].append(l.value(1).toLongLong());
    SqlQuery q(m_db, u"SELECT id, repo, number, title, author_login, state, created_at, merged_at FROM pull_request "
                     u"WHERE %1 ORDER BY %2"_s.arg(condition, order));
    for (const QVariant &v : args)
        q.bindValue(v);
    q.exec();
    QList<PullRequest> out;
    while (q.next()) {
        PullRequest pr;
        pr.id = q.value(0).toLongLong();
        pr.repo = q.value(1).toString();
        pr.number = q.value(2).toInt();
        pr.title = q.value(3).toString();
        pr.authorLogin = q.value(4).toString();
        pr.state = prStateFromKey(q.value(5).toString());
        pr.createdAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
        pr.mergedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
        pr.taskIds = links.value(pr.id);
        out.append(pr);
    }
    return out;
}

QList<PrLink> ClaimRepository::prLinks(qint64 trackId) const
{
    SqlQuery q(m_db, u"SELECT pr.repo, pr.number, pt.task_id FROM pull_request pr JOIN pr_task pt ON "
                     u"pt.pr_id = pr.id JOIN task t ON t.id = pt.task_id WHERE t.track_id = ?"_s);
    q.bind(trackId).exec();
    QList<PrLink> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toLongLong()});
    return out;
}

void ClaimRepository::setPrizeRank(qint64 prId, int rank)
{
    SqlQuery(m_db, u"UPDATE pull_request SET prize_rank = ? WHERE id = ?"_s).bind(rank, prId).exec();
}

} // namespace hd
