#include "payoutdata.h"

#include "programmes/programmerepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/sqlquery.h"

using namespace Qt::StringLiterals;

namespace hd {

namespace {
QDateTime date(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODate);
}
} // namespace

PayoutInput payoutInput(const Database &db)
{
    PayoutInput in;
    EventRepository events(db);
    in.rules = PayoutRules::fromEvent(events.requireEvent());
    for (const Track &t : events.tracks())
        in.tracks.append(PayoutTrack::fromTrack(t, events.tiers(t.id)));
    for (const Participant &p : ParticipantRepository(db).all())
        in.people.append({p.login, p.name});

    // Tasks: the finisher, completed when their first merged PR on the task merged.
    SqlQuery tasks(db, uR"(
        SELECT t.track_id, t.number, t.title, t.stars_milli, t.cash_fen, p.login,
               coalesce((SELECT min(pr.merged_at) FROM pr_task pt JOIN pull_request pr ON pr.id = pt.pr_id
                          WHERE pt.task_id = t.id AND pr.author_login = p.login AND pr.state = 'merged'),
                        (SELECT c.updated_at FROM claim c WHERE c.task_id = t.id AND c.participant_id = p.id))
        FROM task t JOIN track k ON k.id = t.track_id JOIN participant p ON p.id = t.finisher_id
        WHERE k.kind = 'tasks' ORDER BY t.track_id, t.number)"_s);
    tasks.exec();
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
        in.tasks.append(c);
    }

    SqlQuery camp(db, uR"(
        SELECT t.track_id, p.login, t.title, r.grade, r.passed, r.months, r.defended_at, t.number
        FROM camp_result r JOIN task t ON t.id = r.task_id JOIN participant p ON p.id = r.participant_id
        ORDER BY t.track_id, t.number, p.login)"_s);
    camp.exec();
    while (camp.next())
        in.camp.append({camp.value(0).toLongLong(), camp.value(1).toString(), camp.value(2).toString(),
                        camp.value(3).toString(), camp.value(4).toBool(), camp.value(5).toInt(), date(camp.value(6)),
                        camp.value(7).toInt()});

    // Articles: every merged PR on a topic of an articles track is one article.
    SqlQuery articles(db, uR"(
        SELECT t.track_id, t.number, pr.author_login, coalesce(nullif(pr.title, ''), t.title), pr.merged_at,
               coalesce(pr.prize_rank, 0)
        FROM pull_request pr JOIN pr_task pt ON pt.pr_id = pr.id JOIN task t ON t.id = pt.task_id
        JOIN track k ON k.id = t.track_id
        WHERE k.kind = 'articles' AND pr.state = 'merged' ORDER BY pr.merged_at, pr.repo, pr.number)"_s);
    articles.exec();
    while (articles.next())
        in.articles.append({articles.value(0).toLongLong(), articles.value(1).toInt(), articles.value(2).toString(),
                            articles.value(3).toString(), date(articles.value(4)), articles.value(5).toInt()});

    // Fundable projects: the claiming team with its shares, or the single claimants in equal parts.
    SqlQuery fundable(db, uR"(
        SELECT t.id, t.track_id, t.number, t.title, t.stars_milli, t.completion_bp, t.defence,
               (SELECT max(c.updated_at) FROM claim c WHERE c.task_id = t.id)
        FROM task t JOIN track k ON k.id = t.track_id
        WHERE k.kind = 'fundable' AND t.removed = 0 ORDER BY t.track_id, t.number)"_s);
    fundable.exec();
    while (fundable.next()) {
        FundableProject f;
        const qint64 taskId = fundable.value(0).toLongLong();
        f.trackId = fundable.value(1).toLongLong();
        f.number = fundable.value(2).toInt();
        f.title = fundable.value(3).toString();
        f.stars = Stars::fromMilli(fundable.value(4).toLongLong());
        f.completionBp = ProgrammeRepository(db).completionBp(taskId); // the sub-tasks' when there are any
        f.defence = defenceFromKey(fundable.value(6).toString());
        f.completedAt = date(fundable.value(7));
        SqlQuery team(db, uR"(
            SELECT p.login, m.share_bp FROM claim c JOIN team_member m ON m.team_id = c.team_id
            JOIN participant p ON p.id = m.participant_id WHERE c.task_id = ?
            UNION ALL
            SELECT p.login, 0 FROM claim c JOIN participant p ON p.id = c.participant_id
            WHERE c.task_id = ? AND NOT EXISTS (SELECT 1 FROM claim t WHERE t.task_id = c.task_id AND t.team_id IS NOT NULL)
            ORDER BY 1)"_s);
        team.bind(taskId, taskId).exec();
        while (team.next())
            f.team.append({team.value(0).toString(), team.value(1).toInt()});
        in.fundable.append(f);
    }
    return in;
}

PayoutReport computePayouts(const Database &db)
{
    return calculatePayouts(payoutInput(db));
}

} // namespace hd
