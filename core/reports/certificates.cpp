#include "certificates.h"

#include "services/payoutdata.h"
#include "storage/database.h"
#include "storage/sqlquery.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Certificates)
};
} // namespace

QList<Certificate> loadCertificates(const Database &db, const PayoutReport *payouts)
{
    QList<Certificate> out;
    QHash<QString, int> trackPosition;

    // Finishers of tasks and fundable projects: one certificate per person and track.
    {
        SqlQuery q(db, uR"(
            SELECT p.login, p.name, k.name, k.position, t.number, t.title
            FROM task t JOIN track k ON k.id = t.track_id JOIN participant p ON p.id = t.finisher_id
            WHERE t.removed = 0 AND k.kind IN ('tasks', 'fundable')
            ORDER BY p.login COLLATE NOCASE, k.position, k.id, t.number)"_s);
        q.exec();
        while (q.next()) {
            const QString login = q.value(0).toString(), track = q.value(2).toString();
            trackPosition.insert(track, q.value(3).toInt());
            const QString item = Tr::tr("No.%1 %2").arg(q.value(4).toString(), q.value(5).toString()).trimmed();
            if (!out.isEmpty() && out.last().kind == Certificate::Finisher && out.last().login == login &&
                out.last().trackName == track) {
                out.last().items << item;
                continue;
            }
            Certificate c;
            c.kind = Certificate::Finisher;
            c.login = login;
            c.name = q.value(1).toString();
            c.trackName = track;
            c.items << item;
            out.append(c);
        }
    }
    // Campers who passed their defence.
    {
        SqlQuery q(db, uR"(
            SELECT p.login, p.name, k.name, k.position, t.title, r.grade
            FROM camp_result r JOIN task t ON t.id = r.task_id JOIN track k ON k.id = t.track_id
            JOIN participant p ON p.id = r.participant_id
            WHERE r.passed = 1 AND t.removed = 0
            ORDER BY p.login COLLATE NOCASE, k.position, t.number)"_s);
        q.exec();
        while (q.next()) {
            Certificate c;
            c.kind = Certificate::CampPassed;
            c.login = q.value(0).toString();
            c.name = q.value(1).toString();
            c.trackName = q.value(2).toString();
            trackPosition.insert(c.trackName, q.value(3).toInt());
            c.items << q.value(4).toString();
            c.grade = q.value(5).toString();
            out.append(c);
        }
    }
    // Ranked articles (stage 2 prizes).
    {
        SqlQuery q(db, uR"(
            SELECT pr.author_login, coalesce(p.name, ''), k.name, k.position,
                   coalesce(nullif(pr.title, ''), t.title), pr.prize_rank
            FROM pull_request pr JOIN pr_task pt ON pt.pr_id = pr.id JOIN task t ON t.id = pt.task_id
            JOIN track k ON k.id = t.track_id LEFT JOIN participant p ON p.login = pr.author_login
            WHERE k.kind = 'articles' AND pr.state = 'merged' AND pr.prize_rank > 0 AND pr.author_login <> ''
            GROUP BY pr.id ORDER BY pr.author_login COLLATE NOCASE, pr.prize_rank)"_s);
        q.exec();
        while (q.next()) {
            Certificate c;
            c.kind = Certificate::ArticlePrize;
            c.login = q.value(0).toString();
            c.name = q.value(1).toString();
            c.trackName = q.value(2).toString();
            trackPosition.insert(c.trackName, q.value(3).toInt());
            c.items << q.value(4).toString();
            c.rank = q.value(5).toInt();
            out.append(c);
        }
    }
    // The stars of the event.
    PayoutReport computed;
    if (!payouts) {
        computed = computePayouts(db);
        payouts = &computed;
    }
    for (const QString &login : payouts->starsOfTheEvent) {
        const auto person = std::find_if(payouts->people.begin(), payouts->people.end(),
                                         [&](const PersonPayout &p) { return p.login == login; });
        Certificate c;
        c.kind = Certificate::StarOfTheEvent;
        c.login = login;
        if (person != payouts->people.end()) {
            c.name = person->name;
            c.stars = person->stars;
        }
        out.append(c);
    }

    std::stable_sort(out.begin(), out.end(), [&](const Certificate &a, const Certificate &b) {
        if (const int c = a.login.compare(b.login, Qt::CaseInsensitive))
            return c < 0;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return trackPosition.value(a.trackName) < trackPosition.value(b.trackName);
    });
    return out;
}

} // namespace hd
