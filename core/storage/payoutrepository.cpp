#include "payoutrepository.h"

#include "database.h"
#include "programmerepository.h"
#include "sqlquery.h"

using namespace Qt::StringLiterals;

namespace hd {

namespace {
QDateTime date(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}
} // namespace

QList<CompletedTask> PayoutRepository::completedTasks() const
{
    SqlQuery tasks(m_db, uR"(
        SELECT t.track_id, t.number, t.title, t.stars_milli, t.cash_fen, p.login,
               coalesce((SELECT min(pr.merged_at) FROM pr_task pt JOIN pull_request pr ON pr.id = pt.pr_id
                          WHERE pt.task_id = t.id AND pr.author_login = p.login AND pr.state = 'merged'),
                        (SELECT c.updated_at FROM claim c WHERE c.task_id = t.id AND c.participant_id = p.id))
        FROM task t JOIN track k ON k.id = t.track_id JOIN participant p ON p.id = t.finisher_id
        WHERE k.kind = 'tasks' ORDER BY t.track_id, t.number)"_s);
    tasks.exec();
    QList<CompletedTask> out;
    while (tasks.next()) {
        CompletedTask c;
        c.trackId = tasks.value(0).toLongLong();
        c.number = tasks.value(1).toInt();
        c.title = tasks.value(2).toString();
        c.stars = Stars::fromMilli(tasks.value(3).toLongLong());
        if (!tasks.value(4).isNull())
            c.cashFen = tasks.value(4).toLongLong();
        c.finisherLogin = tasks.value(5).toString();
        c.completedAt = date(tasks.value(6));
        out.append(c);
    }
    return out;
}

QList<CampResult> PayoutRepository::campResults() const
{
    SqlQuery camp(m_db, uR"(
        SELECT t.track_id, p.login, t.title, r.grade, r.passed, r.months, r.defended_at, t.number
        FROM camp_result r JOIN task t ON t.id = r.task_id JOIN participant p ON p.id = r.participant_id
        ORDER BY t.track_id, t.number, p.login)"_s);
    camp.exec();
    QList<CampResult> out;
    while (camp.next())
        out.append({camp.value(0).toLongLong(), camp.value(1).toString(), camp.value(2).toString(),
                    camp.value(3).toString(), camp.value(4).toBool(), camp.value(5).toInt(), date(camp.value(6)),
                    camp.value(7).toInt()});
    return out;
}

QList<ArticleEntry> PayoutRepository::articles() const
{
    SqlQuery articles(m_db, uR"(
        SELECT t.track_id, t.number, pr.author_login, coalesce(nullif(pr.title, ''), t.title), pr.merged_at,
               coalesce(pr.prize_rank, 0)
        FROM pull_request pr JOIN pr_task pt ON pt.pr_id = pr.id JOIN task t ON t.id = pt.task_id
        JOIN track k ON k.id = t.track_id
        WHERE k.kind = 'articles' AND pr.state = 'merged' ORDER BY pr.merged_at, pr.repo, pr.number)"_s);
    articles.exec();
    QList<ArticleEntry> out;
    while (articles.next())
        out.append({articles.value(0).toLongLong(), articles.value(1).toInt(), articles.value(2).toString(),
                    articles.value(3).toString(), date(articles.value(4)), articles.value(5).toInt()});
    return out;
}

QList<FundableProject> PayoutRepository::fundableProjects() const
{
    SqlQuery fundable(m_db, uR"(
        SELECT t.id, t.track_id, t.number, t.title, t.stars_milli, t.completion_bp, t.defence,
               (SELECT max(c.updated_at) FROM claim c WHERE c.task_id = t.id)
        FROM task t JOIN track k ON k.id = t.track_id
        WHERE k.kind = 'fundable' AND t.removed = 0 ORDER BY t.track_id, t.number)"_s);
    fundable.exec();
    QList<FundableProject> out;
    while (fundable.next()) {
        FundableProject f;
        const qint64 taskId = fundable.value(0).toLongLong();
        f.trackId = fundable.value(1).toLongLong();
        f.number = fundable.value(2).toInt();
        f.title = fundable.value(3).toString();
        f.stars = Stars::fromMilli(fundable.value(4).toLongLong());
        f.completionBp = ProgrammeRepository(m_db).completionBp(taskId); // the sub-tasks' when there are any
        f.defence = defenceFromKey(fundable.value(6).toString());
        f.completedAt = date(fundable.value(7));
        SqlQuery team(m_db, uR"(
            SELECT p.login, m.share_bp FROM claim c JOIN team_member m ON m.team_id = c.team_id
            JOIN participant p ON p.id = m.participant_id WHERE c.task_id = ?
            UNION ALL
            SELECT p.login, 0 FROM claim c JOIN participant p ON p.id = c.participant_id
            WHERE c.task_id = ? AND NOT EXISTS (SELECT 1 FROM claim t WHERE t.task_id = c.task_id AND t.team_id IS NOT NULL)
            ORDER BY 1)"_s);
        team.bind(taskId, taskId).exec();
        while (team.next())
            f.team.append({team.value(0).toString(), team.value(1).toInt()});
        out.append(f);
    }
    return out;
}

QList<CertificateRow> PayoutRepository::finishers() const
{
    SqlQuery q(m_db, uR"(
        SELECT p.login, p.name, k.name, k.position, t.number, t.title
        FROM task t JOIN track k ON k.id = t.track_id JOIN participant p ON p.id = t.finisher_id
        WHERE t.removed = 0 AND k.kind IN ('tasks', 'fundable')
        ORDER BY p.login COLLATE NOCASE, k.position, k.id, t.number)"_s);
    q.exec();
    QList<CertificateRow> out;
    while (q.next())
        out.append({q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toInt(),
                    q.value(4).toInt(),
                    q.value(5).toString(),
                    {},
                    0});
    return out;
}

QList<CertificateRow> PayoutRepository::passedCampers() const
{
    SqlQuery q(m_db, uR"(
        SELECT p.login, p.name, k.name, k.position, t.title, r.grade
        FROM camp_result r JOIN task t ON t.id = r.task_id JOIN track k ON k.id = t.track_id
        JOIN participant p ON p.id = r.participant_id
        WHERE r.passed = 1 AND t.removed = 0
        ORDER BY p.login COLLATE NOCASE, k.position, t.number)"_s);
    q.exec();
    QList<CertificateRow> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(), 0,
                    q.value(4).toString(), q.value(5).toString(), 0});
    return out;
}

QList<CertificateRow> PayoutRepository::rankedArticles() const
{
    SqlQuery q(m_db, uR"(
        SELECT pr.author_login, coalesce(p.name, ''), k.name, k.position,
               coalesce(nullif(pr.title, ''), t.title), pr.prize_rank
        FROM pull_request pr
        JOIN task t ON t.id = (SELECT min(pt.task_id) FROM pr_task pt JOIN task a ON a.id = pt.task_id
                               JOIN track ak ON ak.id = a.track_id WHERE pt.pr_id = pr.id AND ak.kind = 'articles')
        JOIN track k ON k.id = t.track_id LEFT JOIN participant p ON p.login = pr.author_login
        WHERE pr.state = 'merged' AND pr.prize_rank > 0 AND pr.author_login <> ''
        ORDER BY pr.author_login COLLATE NOCASE, pr.prize_rank)"_s);
    q.exec();
    QList<CertificateRow> out;
    while (q.next())
        out.append({q.value(0).toString(),
                    q.value(1).toString(),
                    q.value(2).toString(),
                    q.value(3).toInt(),
                    0,
                    q.value(4).toString(),
                    {},
                    q.value(5).toInt()});
    return out;
}

} // namespace hd
