// Computing the payouts of an event ten times the 6th edition: 10,000 people, 20,000 completed tasks, and
// camp results, articles and fundable projects beside them; first from plain input, then from a database
// holding the same. Each operation is reported against a baseline measured in the same run. See
// docs/benchmarks.md.

#include "benchcommon.h"

#include "demo/demoevent.h"
#include "model/claim.h"
#include "model/error.h"
#include "rules/payoutcalculator.h"
#include "services/payoutdata.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <iterator>
#include <memory>

using namespace Qt::StringLiterals;

namespace hd::bench {

namespace {

struct Sizes
{
    int people = 10000;
    int tasks = 20000; // completed tasks of track 1, each with its finisher and merged PR
    int campers = 300;
    int articles = 200; // merged article PRs on 20 topics
    int fundable = 30;
};

// A fresh HackDesk database with the 6th edition's event, tracks and reward tiers.
struct FreshDb
{
    QTemporaryDir dir;
    std::unique_ptr<Database> db;

    FreshDb()
    {
        db = std::make_unique<Database>(dir.filePath(u"bench.sqlite"_s));
        initEvent(*db);
    }
};

qint64 trackOf(const PayoutInput &in, TrackKind kind)
{
    for (const PayoutTrack &t : in.tracks)
        if (t.kind == kind)
            return t.id;
    throw Error(u"initEvent made no %1 track"_s.arg(trackKindKey(kind)));
}

// The people and what they did, deterministically; rules and tracks as the database has them.
PayoutInput makeInput(const Database &db, const Sizes &sizes, quint32 seed)
{
    QRandomGenerator rng(seed);
    PayoutInput in;
    EventRepository events(db);
    const Event event = events.requireEvent();
    in.rules = PayoutRules::fromEvent(event);
    for (const Track &t : events.tracks())
        in.tracks.append(PayoutTrack::fromTrack(t, events.tiers(t.id)));
    const qint64 tasksTrack = trackOf(in, TrackKind::Tasks), campTrack = trackOf(in, TrackKind::Camp),
                 articleTrack = trackOf(in, TrackKind::Articles), fundableTrack = trackOf(in, TrackKind::Fundable);
    const QDateTime launch = event.launchAt.toUTC();
    auto someTimeAfterLaunch = [&](int days) { return launch.addSecs(qint64(rng.bounded(days * 86400))); };

    const char16_t *const syllables[] = {u"zhang", u"wang", u"li", u"zhao", u"chen", u"Liu", u"yang", u"Huang",
                                         u"wu",    u"zhou", u"xu", u"sun",  u"ma",   u"hu",  u"Dev",  u"code"};
    for (int i = 0; i < sizes.people; ++i) {
        const QString login = QString::fromUtf16(syllables[rng.bounded(int(std::size(syllables)))]) + u'-' +
                              QString::fromUtf16(syllables[rng.bounded(int(std::size(syllables)))]) +
                              QString::number(i + 1);
        in.people.append({login, u"参赛者 %1"_s.arg(i + 1)});
    }

    // Every person finishes at least one task; the rest go mostly to a few prolific people, so that some
    // reach the cap and have their lines spread back.
    const Stars stars[] = {Stars::fromMilli(500), Stars::whole(1), Stars::whole(1),
                           Stars::whole(2),       Stars::whole(2), Stars::whole(3)};
    for (int i = 0; i < sizes.tasks; ++i) {
        CompletedTask t;
        t.trackId = tasksTrack;
        t.number = i + 1;
        t.title = u"为 Paddle 新增 api_%1 API"_s.arg(i + 1);
        if (rng.bounded(100) < 2)
            t.cashFen = Fen(100000 + 50000 * rng.bounded(3));
        else
            t.stars = stars[rng.bounded(int(std::size(stars)))];
        const double u = rng.generateDouble();
        const int who = i < sizes.people ? i : std::min(sizes.people - 1, int(sizes.people * u * u * u));
        t.finisherLogin = in.people.at(who).login;
        t.completedAt = someTimeAfterLaunch(80);
        in.tasks.append(t);
    }

    const QString grades[] = {u"及格"_s, u"良好"_s, u"优秀"_s, u"特别优秀"_s, QString()};
    for (int i = 0; i < sizes.campers; ++i) {
        const QString grade = grades[rng.bounded(int(std::size(grades)))];
        in.camp.append({campTrack, in.people.at((i * 37) % sizes.people).login, u"集训营项目 %1"_s.arg(i + 1), grade,
                        !grade.isEmpty() && rng.bounded(10) != 0, 3, someTimeAfterLaunch(100)});
    }

    for (int i = 0; i < sizes.articles; ++i) {
        ArticleEntry a;
        a.trackId = articleTrack;
        a.number = 1 + i % 20;
        a.authorLogin = in.people.at(int(rng.bounded(sizes.people))).login;
        a.title = u"稿件 %1：参加黑客松的心得"_s.arg(i + 1);
        a.mergedAt = someTimeAfterLaunch(80);
        a.stage2Rank = i < 3 ? i + 1 : 0;
        in.articles.append(a);
    }

    const Task::Defence defences[] = {Task::Defence::Passed, Task::Defence::Passed, Task::Defence::Partly,
                                      Task::Defence::Failed, Task::Defence::Pending};
    for (int i = 0; i < sizes.fundable; ++i) {
        FundableProject f;
        f.trackId = fundableTrack;
        f.number = i + 1;
        f.title = u"Fundable 项目 %1"_s.arg(i + 1);
        f.stars = Stars::whole(5 + rng.bounded(11));
        f.completionBp = 7000 + 500 * int(rng.bounded(7));
        f.defence = defences[rng.bounded(int(std::size(defences)))];
        const int members = 2 + int(rng.bounded(4));
        const bool equal = rng.bounded(3) == 0;
        int left = 10000;
        for (int m = 0; m < members; ++m) {
            // Distinct people per team: consecutive indices from a random start.
            const QString &login = in.people.at((i * 101 + m) % sizes.people).login;
            const int share = equal ? 0 : m == members - 1 ? left : 1000 * (1 + int(rng.bounded(3)));
            left -= share;
            f.team.append({login, share});
        }
        f.completedAt = someTimeAfterLaunch(100);
        in.fundable.append(f);
    }
    return in;
}

void exec(QSqlQuery &q)
{
    if (!q.exec())
        throw Error(u"%1: %2"_s.arg(q.lastQuery(), q.lastError().text()));
}

QVariant iso(const QDateTime &at)
{
    return at.toString(Qt::ISODate);
}

// Stores the input as the application would hold it: participants, tasks with finishers, their claims and
// merged PRs, camp results, merged article PRs with ranks, fundable projects with claiming teams. One
// transaction, plain prepared statements.
void populate(const Database &db, const PayoutInput &in)
{
    Transaction tx(db);
    QSqlDatabase c = db.connection();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    QHash<QString, qint64> ids;
    QSqlQuery person(c);
    person.prepare(u"INSERT INTO participant (login, name) VALUES (?, ?)"_s);
    for (const PayoutPerson &p : in.people) {
        person.bindValue(0, p.login);
        person.bindValue(1, p.name);
        exec(person);
        ids.insert(p.login, person.lastInsertId().toLongLong());
    }

    QSqlQuery task(c), claim(c), pr(c), link(c);
    task.prepare(u"INSERT INTO task (track_id, number, title, stars_milli, cash_fen, finisher_id, locked, "
                 u"completion_bp, defence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    claim.prepare(u"INSERT INTO claim (task_id, participant_id, team_id, status, claimed_at, updated_at) "
                  u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    pr.prepare(
        u"INSERT INTO pull_request (repo, number, title, author_login, state, created_at, merged_at, prize_rank) "
        u"VALUES (?, ?, ?, ?, 'merged', ?, ?, ?)"_s);
    link.prepare(u"INSERT INTO pr_task (pr_id, task_id) VALUES (?, ?)"_s);
    auto addTask = [&](qint64 track, int number, const QString &title, Stars stars, const QVariant &cash,
                       const QVariant &finisher, int completionBp = 0, const QString &defence = u"pending"_s) {
        task.bindValue(0, track);
        task.bindValue(1, number);
        task.bindValue(2, title);
        task.bindValue(3, stars.milli());
        task.bindValue(4, cash);
        task.bindValue(5, finisher);
        task.bindValue(6, finisher.isNull() ? 0 : 1);
        task.bindValue(7, completionBp);
        task.bindValue(8, defence);
        exec(task);
        return task.lastInsertId().toLongLong();
    };
    auto addClaim = [&](qint64 taskId, const QVariant &participant, const QVariant &team, const QDateTime &at) {
        claim.bindValue(0, taskId);
        claim.bindValue(1, participant);
        claim.bindValue(2, team);
        claim.bindValue(3, int(ClaimStatus::Completed));
        claim.bindValue(4, now);
        claim.bindValue(5, iso(at));
        exec(claim);
    };
    int prNumber = 100000;
    auto addPr = [&](qint64 taskId, const QString &repo, const QString &title, const QString &author,
                     const QDateTime &mergedAt, const QVariant &rank) {
        pr.bindValue(0, repo);
        pr.bindValue(1, ++prNumber);
        pr.bindValue(2, title);
        pr.bindValue(3, author);
        pr.bindValue(4, iso(mergedAt.addDays(-2)));
        pr.bindValue(5, iso(mergedAt));
        pr.bindValue(6, rank);
        exec(pr);
        link.bindValue(0, pr.lastInsertId());
        link.bindValue(1, taskId);
        exec(link);
    };
    const QVariant none(QMetaType::fromType<qint64>());

    for (const CompletedTask &t : in.tasks) {
        const qint64 who = ids.value(t.finisherLogin);
        const qint64 id = addTask(t.trackId, t.number, t.title, t.stars, t.cashFen ? QVariant(*t.cashFen) : none, who);
        addClaim(id, who, none, t.completedAt);
        addPr(id, u"PaddlePaddle/Paddle"_s, u"【Hackathon 6th No.%1】%2"_s.arg(t.number).arg(t.title), t.finisherLogin,
              t.completedAt, none);
    }

    QSqlQuery camp(c);
    camp.prepare(u"INSERT INTO camp_result (task_id, participant_id, grade, passed, months, defended_at) "
                 u"VALUES (?, ?, ?, ?, ?, ?)"_s);
    int number = 0;
    for (const CampResult &r : in.camp) {
        const qint64 id = addTask(r.trackId, ++number, r.project, Stars(), none, none);
        camp.bindValue(0, id);
        camp.bindValue(1, ids.value(r.login));
        camp.bindValue(2, r.grade.isNull() ? QVariant(u""_s) : QVariant(r.grade)); // '' is not NULL
        camp.bindValue(3, r.passed ? 1 : 0);
        camp.bindValue(4, r.months);
        camp.bindValue(5, iso(r.defendedAt));
        exec(camp);
    }

    QHash<int, qint64> topics;
    for (const ArticleEntry &a : in.articles) {
        if (!topics.contains(a.number))
            topics.insert(a.number, addTask(a.trackId, a.number, u"稿件主题 %1"_s.arg(a.number), Stars::fromMilli(500),
                                            none, none));
        addPr(topics.value(a.number), u"PaddlePaddle/community"_s, a.title, a.authorLogin, a.mergedAt,
              a.stage2Rank > 0 ? QVariant(a.stage2Rank) : none);
    }

    QSqlQuery team(c), member(c);
    team.prepare(u"INSERT INTO team (name, leader_id) VALUES (?, ?)"_s);
    member.prepare(u"INSERT INTO team_member (team_id, participant_id, share_bp) VALUES (?, ?, ?)"_s);
    for (const FundableProject &f : in.fundable) {
        const qint64 id =
            addTask(f.trackId, f.number, f.title, f.stars, none, none, f.completionBp, defenceKey(f.defence));
        team.bindValue(0, u"Fundable 团队 %1"_s.arg(f.number));
        team.bindValue(1, ids.value(f.team.first().login));
        exec(team);
        const qint64 teamId = team.lastInsertId().toLongLong();
        for (const TeamShare &s : f.team) {
            member.bindValue(0, teamId);
            member.bindValue(1, ids.value(s.login));
            member.bindValue(2, s.shareBp);
            exec(member);
        }
        addClaim(id, none, teamId, f.completedAt);
    }
    tx.commit();
}

// The baseline: the least any payout computation must do. Every task line with its login, time and
// amount, sorted by (login, time), summed per person.
QHash<QString, Fen> sortAndSum(const PayoutInput &in)
{
    struct Line
    {
        QString login;
        QDateTime at;
        Fen fen = 0;
    };
    QList<Line> lines;
    lines.reserve(in.tasks.size());
    for (const CompletedTask &t : in.tasks)
        lines.append({t.finisherLogin, t.completedAt, t.cashFen ? *t.cashFen : t.stars.toFen(in.rules.starFen)});
    std::sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) {
        const int c = a.login.compare(b.login);
        return c != 0 ? c < 0 : a.at < b.at;
    });
    QHash<QString, Fen> sums;
    sums.reserve(in.people.size());
    for (const Line &l : lines)
        sums[l.login] += l.fen;
    return sums;
}

// The least reading the database must do: every finished task with its finisher's login.
int bareRead(const Database &db)
{
    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    q.exec(u"SELECT t.track_id, t.number, t.title, t.stars_milli, t.cash_fen, p.login FROM task t "
           u"JOIN participant p ON p.id = t.finisher_id"_s);
    QList<CompletedTask> rows;
    while (q.next()) {
        CompletedTask c;
        c.trackId = q.value(0).toLongLong();
        c.number = q.value(1).toInt();
        c.title = q.value(2).toString();
        c.stars = Stars::fromMilli(q.value(3).toLongLong());
        if (!q.value(4).isNull())
            c.cashFen = q.value(4).toLongLong();
        c.finisherLogin = q.value(5).toString();
        rows.append(c);
    }
    return int(rows.size());
}

// The report is whole: every person paid, sums that add up, the cap kept, task lines as the baseline sums.
void checkReport(Suite &r, const QString &what, const PayoutReport &p, const PayoutInput &in,
                 const QHash<QString, Fen> &taskSums)
{
    r.check(p.people.size() == in.people.size(),
            u"%1: %2 people paid, not %3"_s.arg(what).arg(p.people.size()).arg(in.people.size()));
    Fen paid = 0, gross = 0, committed = 0;
    int capped = 0;
    for (const PersonPayout &person : p.people) {
        paid += person.paidFen;
        gross += person.grossFen;
        capped += person.capped ? 1 : 0;
        Fen linesPaid = 0, taskFen = 0;
        for (const PayoutLine &l : person.lines) {
            linesPaid += l.paidFen;
            if (l.kind == TrackKind::Tasks)
                taskFen += l.fen;
        }
        if (linesPaid != person.paidFen)
            r.fail(u"%1: @%2's lines pay %3, not %4"_s.arg(what, person.login).arg(linesPaid).arg(person.paidFen));
        if (in.rules.capFen > 0 && person.paidFen > in.rules.capFen)
            r.fail(u"%1: @%2 is paid %3, over the cap"_s.arg(what, person.login).arg(person.paidFen));
        if (taskFen != taskSums.value(person.login))
            r.fail(u"%1: @%2's tasks are worth %3, the baseline says %4"_s.arg(what, person.login)
                       .arg(taskFen)
                       .arg(taskSums.value(person.login)));
    }
    for (const TrackPayout &t : p.tracks)
        committed += t.committedFen;
    r.check(paid == p.totalFen, u"%1: the total %2 is not the sum paid %3"_s.arg(what).arg(p.totalFen).arg(paid));
    r.check(committed == p.totalFen,
            u"%1: the tracks commit %2, the total is %3"_s.arg(what).arg(committed).arg(p.totalFen));
    r.check(gross == p.grossFen, u"%1: the gross %2 is not the sum of gross %3"_s.arg(what).arg(p.grossFen).arg(gross));
    r.check(p.grossFen - p.totalFen == p.capReductionFen, u"%1: the cap reduction does not add up"_s.arg(what));
    r.check(capped > 0, u"%1: nobody reached the cap; the input should make some"_s.arg(what));
}

int run(const Options &options)
{
    Sizes sizes;
    if (options.quick)
        sizes = {1000, 2000, 30, 40, 6};
    QTextStream out(stdout);

    FreshDb fresh;
    const Database &db = *fresh.db;
    const PayoutInput input = makeInput(db, sizes, 20240320);
    populate(db, input);

    Suite suite(u"Payouts"_s);
    QHash<QString, Fen> sums;
    PayoutReport payouts, dbPayouts;
    QByteArray json, csv;
    int read = 0;
    PayoutInput fromDb;

    const int sortSum = suite.baseline(u"baseline: sort task lines by (login, time) + sum per person (QHash)"_s,
                                       [&] { sums = sortAndSum(input); });
    suite.add(u"calculatePayouts"_s, sortSum, u"sort + sum"_s, [&] { payouts = calculatePayouts(input); });
    suite.add(u"payoutReportToJson"_s, sortSum, u"sort + sum"_s, [&] { json = payoutReportToJson(payouts); });
    suite.add(u"payoutReportToCsv"_s, sortSum, u"sort + sum"_s, [&] { csv = payoutReportToCsv(payouts); });
    const int bare =
        suite.baseline(u"baseline: bare SQL read of finished tasks + finisher logins"_s, [&] { read = bareRead(db); });
    suite.add(u"payoutInput (database → input)"_s, bare, u"bare read"_s, [&] { fromDb = payoutInput(db); });
    suite.add(u"computePayouts (database → report)"_s, sortSum, u"sort + sum"_s,
              [&] { dbPayouts = computePayouts(db); });
    suite.run(options.runs);

    checkReport(suite, u"calculatePayouts"_s, payouts, input, sums);
    qsizetype lineCount = 0;
    int capped = 0;
    for (const PersonPayout &p : payouts.people) {
        lineCount += p.lines.size();
        capped += p.capped ? 1 : 0;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    suite.check(doc.isObject() && doc.object().value(u"people"_s).toArray().size() == payouts.people.size() &&
                    doc.object().value(u"total_fen"_s).toInteger() == payouts.totalFen,
                u"the JSON does not read back as the report"_s);
    suite.check(csv.count("\r\n") == lineCount + 1,
                u"the CSV has %1 rows, not %2"_s.arg(csv.count("\r\n")).arg(lineCount + 1));

    suite.check(read == sizes.tasks, u"the bare read found %1 finished tasks, not %2"_s.arg(read).arg(sizes.tasks));
    suite.check(fromDb.tasks.size() == input.tasks.size() && fromDb.people.size() == input.people.size() &&
                    fromDb.camp.size() == input.camp.size() && fromDb.articles.size() == input.articles.size() &&
                    fromDb.fundable.size() == input.fundable.size(),
                u"the database gives back %1 tasks, %2 people, %3 campers, %4 articles, %5 fundable projects"_s
                    .arg(fromDb.tasks.size())
                    .arg(fromDb.people.size())
                    .arg(fromDb.camp.size())
                    .arg(fromDb.articles.size())
                    .arg(fromDb.fundable.size()));
    checkReport(suite, u"computePayouts"_s, dbPayouts, input, sums);
    suite.check(dbPayouts.totalFen == payouts.totalFen && dbPayouts.grossFen == payouts.grossFen,
                u"from the database the total is %1 (gross %2), from the input %3 (gross %4)"_s.arg(dbPayouts.totalFen)
                    .arg(dbPayouts.grossFen)
                    .arg(payouts.totalFen)
                    .arg(payouts.grossFen));
    for (qsizetype i = 0; i < qMin(dbPayouts.people.size(), payouts.people.size()); ++i) {
        const PersonPayout &a = dbPayouts.people.at(i), &b = payouts.people.at(i);
        if (a.login != b.login || a.paidFen != b.paidFen || a.stars != b.stars) {
            suite.fail(u"person %1 differs: @%2 paid %3 from the database, @%4 paid %5 from the input"_s.arg(i + 1)
                           .arg(a.login)
                           .arg(a.paidFen)
                           .arg(b.login)
                           .arg(b.paidFen));
            break;
        }
    }

    out << u"Event: %1 people, %2 completed tasks, %3 campers, %4 articles, %5 fundable projects; %6 payout lines, "
           u"%7 people capped, total %8 of gross %9; JSON %10 bytes, CSV %11 bytes. %12 rounds."_s.arg(sizes.people)
               .arg(sizes.tasks)
               .arg(sizes.campers)
               .arg(sizes.articles)
               .arg(sizes.fundable)
               .arg(lineCount)
               .arg(capped)
               .arg(formatYuan(payouts.totalFen), formatYuan(payouts.grossFen))
               .arg(json.size())
               .arg(csv.size())
               .arg(options.runs)
        << Qt::endl;
    return suite.print();
}

} // namespace

} // namespace hd::bench

int main(int argc, char *argv[])
{
    return hd::bench::benchMain<QCoreApplication>(
        argc, argv,
        u"Usage: bench_payouts [--quick] [--runs N]\n"
        u"Times the payouts of 10,000 people with 20,000 completed tasks (--quick: 1,000 and 2,000), "
        u"from plain input and from a database, against baselines measured in the same run."_s,
        hd::bench::run);
}
