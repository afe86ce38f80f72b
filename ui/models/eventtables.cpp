#include "eventtables.h"

#include "eventsession.h"
#include "model/currency.h"
#include "storage/programmerepository.h"
#include "services/payoutdata.h"
#include "storage/claimrepository.h"
#include "storage/eventrepository.h"
#include "storage/participantrepository.h"
#include "storage/problemrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
QHash<qint64, QString> trackNames(const Database &db)
{
    QHash<qint64, QString> names;
    for (const Track &t : EventRepository(db).tracks())
        names.insert(t.id, t.name);
    return names;
}

QHash<qint64, QString> logins(const Database &db)
{
    QHash<qint64, QString> out;
    for (const Participant &p : ParticipantRepository(db).all())
        out.insert(p.id, p.login);
    return out;
}

TableCell number(qint64 n)
{
    return {QLocale().toString(n), n};
}

TableCell money(const Currency &currency, Fen amount)
{
    return {formatMoney(amount, currency), amount};
}

Currency currencyOf(const Database &db)
{
    return Currency::of(EventRepository(db).event().value_or(Event()).currency);
}
} // namespace

TableModel *EventTables::tracks(EventSession *session, QObject *parent)
{
    return new TableModel(
        session, {tr("Track"), tr("Kind"), tr("Budget"), tr("Tasks"), tr("Reward rule")},
        [](const Database &db) {
            const Currency cur = currencyOf(db);
            const QHash<qint64, int> counts = TaskRepository(db).countsByTrack();
            const EventRepository events(db);
            QList<TableRow> rows;
            for (const Track &t : events.tracks()) {
                QString rule;
                switch (t.kind) {
                case TrackKind::Tasks:
                    rule = tr("The finisher earns the task's stars or cash amount.");
                    break;
                case TrackKind::Camp: {
                    QStringList tiers;
                    for (const RewardTier &tier : events.tiers(t.id))
                        tiers << u"%1 %2 ★"_s.arg(tier.name, tier.stars.toString());
                    rule = tr("After a passed defence: %1").arg(tiers.join(u", "_s));
                    break;
                }
                case TrackKind::Articles:
                    rule = tr("First %1 merged articles: %2 ★ each; prizes by rank")
                               .arg(t.quota)
                               .arg(t.quotaStars.toString());
                    break;
                case TrackKind::Fundable:
                    rule = tr("Paid from %1% completion, in proportion").arg(t.thresholdPercent);
                    break;
                }
                rows.append(
                    {t.id,
                     {{t.name}, {trackKindName(t.kind)}, money(cur, t.budgetFen), number(counts.value(t.id)), {rule}}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::tasks(EventSession *session, QObject *parent)
{
    return new TableModel(
        session,
        {tr("Track"), tr("No."), tr("Direction"), tr("Title"), tr("Reward"), tr("Claims"), tr("Finisher"), tr("State")},
        [](const Database &db) {
            const Currency cur = currencyOf(db);
            const auto tracksById = trackNames(db);
            const auto loginsById = logins(db);
            QHash<qint64, QString> directions;
            for (const Direction &d : EventRepository(db).directions())
                directions.insert(d.id, d.name);
            const QHash<qint64, int> claimCounts = ClaimRepository(db).countsByTask();
            QList<TableRow> rows;
            for (const Task &t : TaskRepository(db).all()) {
                const TableCell reward =
                    t.cashFen ? money(cur, *t.cashFen)
                              : TableCell{u"%1%2 ★"_s.arg(t.starsAtMost ? u"≤ "_s : QString(), t.stars.toString()),
                                          t.stars.milli() * 100};
                QString state = t.removed ? tr("Removed") : t.locked ? tr("Locked") : tr("Open");
                if (t.rfcRequired)
                    state += tr(", RFC required");
                rows.append({t.id,
                             {{tracksById.value(t.trackId)},
                              number(t.number),
                              {directions.value(t.directionId)},
                              {t.title, {}, {}, t.url},
                              reward,
                              number(claimCounts.value(t.id)),
                              {loginsById.value(t.finisherId)},
                              {state}}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::participants(EventSession *session, QObject *parent)
{
    return new TableModel(
        session, {tr("Login"), tr("Name"), tr("E-mail"), tr("Organisation"), tr("Claims"), tr("Completed")},
        [](const Database &db) {
            const QHash<qint64, int> claimCounts = ClaimRepository(db).countsByParticipant();
            const QHash<qint64, int> completed = TaskRepository(db).finishedCounts();
            QList<TableRow> rows;
            for (const Participant &p : ParticipantRepository(db).all())
                rows.append({p.id,
                             {{u"@"_s + p.login, p.login.toLower()},
                              {p.name},
                              {p.email},
                              {p.organisation},
                              number(claimCounts.value(p.id)),
                              number(completed.value(p.id))}});
            return rows;
        },
        parent);
}

TableModel *EventTables::teams(EventSession *session, QObject *parent)
{
    return new TableModel(
        session, {tr("Team"), tr("Leader"), tr("Members"), tr("Claims")},
        [](const Database &db) {
            const auto loginsById = logins(db);
            TeamRepository teams(db);
            QList<TableRow> rows;
            for (const Team &t : teams.all()) {
                QStringList members;
                for (qint64 m : t.memberIds)
                    members << u"@"_s + loginsById.value(m);
                rows.append({t.id,
                             {{t.name},
                              {t.leaderId ? u"@"_s + loginsById.value(t.leaderId) : QString()},
                              {members.join(u", "_s), int(members.size())},
                              number(teams.claimCount(t.id))}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::claims(EventSession *session, QObject *parent)
{
    return new TableModel(
        session,
        {tr("Track"), tr("Task"), tr("Title"), tr("Claimant"), tr("Status"), tr("PRs"), tr("Flags"), tr("Claimed at")},
        [](const Database &db) {
            const auto tracksById = trackNames(db);
            QList<TableRow> rows;
            for (const ClaimRow &r : ClaimRepository(db).rows()) {
                QStringList flags;
                if (r.claim.flags & Unclaimed)
                    flags << tr("PR without a claim");
                if (r.claim.flags & CodeBeforeRfc)
                    flags << tr("code before RFC");
                if (r.claim.manual)
                    flags << tr("by hand");
                const QString badge = claimStatusBadge(r.claim.status);
                rows.append(
                    {r.claim.id,
                     {{tracksById.value(r.trackId)},
                      number(r.taskNumber),
                      {r.taskTitle},
                      {r.claimant},
                      {claimStatusName(r.claim.status), static_cast<int>(r.claim.status),
                       QColor(u"#"_s + claimStatusColour(r.claim.status)), badge},
                      {r.prs},
                      {flags.join(u", "_s)},
                      {QLocale().toString(r.claim.claimedAt.toLocalTime(), QLocale::ShortFormat), r.claim.claimedAt}}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::board(EventSession *session, QObject *parent)
{
    return new TableModel(
        session, {tr("Track"), tr("No."), tr("Direction"), tr("Title"), tr("Claimants"), tr("PRs"), tr("Finisher")},
        [](const Database &db) {
            const auto tracksById = trackNames(db);
            const auto loginsById = logins(db);
            QHash<qint64, QString> directions;
            for (const Direction &d : EventRepository(db).directions())
                directions.insert(d.id, d.name);
            QHash<qint64, QList<ClaimRow>> claimsByTask;
            for (const ClaimRow &r : ClaimRepository(db).rows())
                claimsByTask[r.claim.taskId].append(r);
            QList<TableRow> rows;
            for (const Task &t : TaskRepository(db).all()) {
                if (t.removed)
                    continue;
                QVariantList chips;
                QStringList names, keys, prs, tips;
                for (const ClaimRow &c : claimsByTask.value(t.id)) {
                    chips.append(QVariantMap{{u"text"_s, c.claimant},
                                             {u"colour"_s, u"#"_s + claimStatusColour(c.claim.status)}});
                    names << c.claimant;
                    keys << claimStatusName(c.claim.status);
                    tips << u"%1: %2"_s.arg(c.claimant, claimStatusName(c.claim.status));
                    if (!c.prs.isEmpty())
                        prs << c.prs;
                }
                rows.append({t.id,
                             {{tracksById.value(t.trackId)},
                              number(t.number),
                              {directions.value(t.directionId)},
                              {t.title, {}, {}, t.url},
                              {names.join(u' '), int(names.size()), {}, tips.join(u'\n'), keys, chips},
                              {prs.join(u' ')},
                              {loginsById.value(t.finisherId)}}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::payoutPeople(EventSession *session, QObject *parent)
{
    return new TableModel(
        session, {tr("Login"), tr("Name"), tr("Stars"), tr("Gross"), tr("Paid"), tr("Capped"), tr("Items")},
        [](const Database &db) {
            const Currency cur = currencyOf(db);
            const PayoutReport report = computePayouts(db);
            QList<TableRow> rows;
            qint64 id = 0;
            for (const PersonPayout &p : report.people) {
                QStringList items;
                for (const PayoutLine &l : p.lines)
                    items << u"%1 (%2)"_s.arg(l.item, formatMoney(l.fen, cur));
                const bool star = report.starsOfTheEvent.contains(p.login);
                rows.append({++id,
                             {{u"@"_s + p.login, p.login.toLower(), star ? QColor(u"#F1C40F"_s) : QColor(),
                               star ? tr("Star of the event (开源之星): one of the three people with the most stars")
                                    : QString()},
                              {p.name},
                              {p.stars.toString(), p.stars.milli()},
                              money(cur, p.grossFen),
                              money(cur, p.paidFen),
                              {p.capped ? tr("capped") : QString(),
                               int(p.capped),
                               p.capped ? QColor(u"#FFC0CB"_s) : QColor(),
                               {},
                               {p.capped ? tr("capped") : tr("not capped")}},
                              {items.join(u"; "_s), int(items.size()), {}, items.join(u'\n')}}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::payoutTracks(EventSession *session, QObject *parent)
{
    return new TableModel(
        session, {tr("Track"), tr("Budget"), tr("Committed"), tr("Remaining")},
        [](const Database &db) {
            const Currency cur = currencyOf(db);
            const PayoutReport report = computePayouts(db);
            QList<TableRow> rows;
            Fen budgets = 0;
            for (const TrackPayout &t : report.tracks) {
                budgets += t.budgetFen;
                const QColor warn = t.overBudget ? QColor(u"#E74C3C"_s) : QColor();
                rows.append({t.id,
                             {{t.name},
                              money(cur, t.budgetFen),
                              {formatMoney(t.committedFen, cur), t.committedFen, warn,
                               t.overBudget ? tr("Over budget") : QString()},
                              {formatMoney(t.budgetFen - t.committedFen, cur), t.budgetFen - t.committedFen, warn}}});
            }
            const QColor warn = report.overPool ? QColor(u"#E74C3C"_s) : QColor();
            rows.append(
                {0,
                 {{tr("All tracks, against the pool")},
                  money(cur, report.poolFen),
                  {formatMoney(report.totalFen, cur), report.totalFen, warn,
                   report.overPool ? tr("Over the pool") : QString()},
                  {formatMoney(report.poolFen - report.totalFen, cur), report.poolFen - report.totalFen, warn}}});
            return rows;
        },
        parent);
}

TableModel *EventTables::problems(EventSession *session, QObject *parent)
{
    return new TableModel(
        session, {tr("Source"), tr("Kind"), tr("Where"), tr("Author"), tr("Reason"), tr("Reply to post")},
        [](const Database &db) {
            QList<TableRow> rows;
            for (const ProblemRow &p : ProblemRepository(db).all())
                rows.append({p.id, {{p.source}, {p.kind}, {p.url, {}, {}, p.text}, {p.author}, {p.reason}, {p.reply}}});
            return rows;
        },
        parent);
}

QString EventTables::replyOf(const Database &db, qint64 problemId)
{
    return ProblemRepository(db).reply(problemId);
}

namespace {
qint64 firstTrackOf(const Database &db, TrackKind kind)
{
    for (const Track &t : EventRepository(db).tracks())
        if (t.kind == kind)
            return t.id;
    return 0;
}
} // namespace

TableModel *EventTables::campBoard(EventSession *session, QObject *parent)
{
    return new TableModel(
        session,
        {tr("No."), tr("Project"), tr("Mentors"), tr("Seats"), tr("Campers"), tr("Applicants"), tr("Hours"),
         tr("Stage")},
        [](const Database &db) {
            QList<TableRow> rows;
            for (const CampProject &p : ProgrammeRepository(db).campProjects(firstTrackOf(db, TrackKind::Camp))) {
                QStringList campers;
                for (const QString &c : p.campers)
                    campers << u"@"_s + c;
                rows.append({p.taskId,
                             {number(p.number),
                              {p.title, {}, {}, p.description},
                              {p.mentors},
                              number(p.seats),
                              {campers.join(u", "_s), int(campers.size())},
                              number(p.applicants),
                              number(p.reportedHours),
                              {campProjectStageName(p.stage), static_cast<int>(p.stage)}}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::applications(EventSession *session, QObject *parent)
{
    return new TableModel(
        session,
        {tr("Applicant"), tr("First choice"), tr("Other wishes"), tr("Reassignment"), tr("Stage"), tr("Project"),
         tr("Weeks")},
        [](const Database &db) {
            const EventRepository events(db);
            const QDate start = QDate::fromString(events.setting(u"camp.start"_s), Qt::ISODate);
            ProgrammeRepository programmes(db);
            const int weeks = programmes.campWeeks();
            const int minimum = programmes.campMinHours();
            QList<TableRow> rows;
            for (const CampApplication &a : programmes.applications(firstTrackOf(db, TrackKind::Camp))) {
                QStringList wishes;
                for (int w : a.choices.otherWishes)
                    wishes << QString::number(w);
                QVariantList chips;
                QStringList tips;
                int flagged = 0;
                if (a.stage == ApplicationStage::Accepted) {
                    for (const CampWeek &w :
                         campWeeks(programmes.weeklyHours(a.id), weeks, minimum, start, QDate::currentDate())) {
                        const QString colour = w.missing        ? u"#E74C3C"_s
                                               : w.underMinimum ? u"#F39C12"_s
                                               : w.reported     ? u"#2ECC71"_s
                                                                : u"#D5D8DC"_s;
                        chips.append(QVariantMap{{u"text"_s, QString::number(w.week)}, {u"colour"_s, colour}});
                        tips << (w.missing    ? tr("Week %1: no report").arg(w.week)
                                 : w.reported ? tr("Week %1: %2 h").arg(w.week).arg(w.hours)
                                              : tr("Week %1: to come").arg(w.week));
                        flagged += w.missing || w.underMinimum;
                    }
                }
                rows.append({a.id,
                             {{u"@"_s + a.login, a.login.toLower()},
                              number(a.choices.firstChoice),
                              {wishes.join(u", "_s)},
                              {a.choices.acceptsReassignment ? tr("accepts") : tr("不接受调剂 (refuses)")},
                              {applicationStageName(a.stage), static_cast<int>(a.stage)},
                              {a.project > 0 ? QVariant(a.project) : QVariant(), a.project},
                              {flagged ? tr("%n week(s) flagged", nullptr, flagged) : QString(),
                               flagged,
                               {},
                               tips.join(u'\n'),
                               {},
                               chips}}});
            }
            return rows;
        },
        parent);
}

TableModel *EventTables::fundable(EventSession *session, QObject *parent)
{
    return new TableModel(
        session,
        {tr("No."), tr("Project"), tr("Leader"), tr("Team"), tr("Stars"), tr("Completion"), tr("Sub-tasks"),
         tr("Defence")},
        [](const Database &db) {
            QList<TableRow> rows;
            for (const FundableProjectView &f :
                 ProgrammeRepository(db).fundableProjects(firstTrackOf(db, TrackKind::Fundable))) {
                int done = 0;
                QStringList tips;
                for (const SubTask &s : f.subTasks) {
                    done += s.done;
                    tips << u"%1 %2. %3 (@%4) %5"_s.arg(s.done ? u"✓"_s : u"·"_s)
                                .arg(s.number)
                                .arg(s.title, s.assignee, s.prs);
                }
                const QString percent = QLocale().toString(f.completionBp / 100.0, 'f', 1) + u" %"_s;
                const QString defence = f.defence == u"passed"_s   ? tr("passed")
                                        : f.defence == u"partly"_s ? tr("partly passed")
                                        : f.defence == u"failed"_s ? tr("failed")
                                                                   : tr("pending");
                rows.append({f.taskId,
                             {number(f.number),
                              {f.title},
                              {f.leader},
                              {f.team},
                              {f.stars, Stars::parse(f.stars).value_or(Stars()).milli()},
                              {percent, f.completionBp},
                              {u"%1 / %2"_s.arg(done).arg(f.subTasks.size()), done, {}, tips.join(u'\n')},
                              {defence}}});
            }
            return rows;
        },
        parent);
}

} // namespace hd
