#include "chartdata.h"

#include "model/participant.h"
#include "services/issueimport.h"
#include "services/payoutdata.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/progressrepository.h"
#include "storage/rubricrepository.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

// a / b as a whole percent, rounded half up, as the issue export writes rates.
int percent(qint64 a, qint64 b)
{
    return b == 0 ? 0 : int((200 * a + b) / (2 * b));
}

// Days of a task's life; invalid = not reached (or not known).
struct TaskDates
{
    QDate claimed;
    QDate opened; // first linked PR opened
    QDate merged; // first linked PR merged
    QDate finisherMerged;
    QDate finisherClaimUpdated;
    bool claimedAny = false;
    bool submittedAny = false;
    bool finished = false;
};

void keepEarliest(QDate &slot, const QDate &d)
{
    if (d.isValid() && (!slot.isValid() || d < slot))
        slot = d;
}

} // namespace

int DashboardRow::submitRatePercent() const
{
    return percent(submitted, claimed);
}

int DashboardRow::finishRatePercent() const
{
    return percent(finished, tasks);
}

EventFigures EventFigures::from(const Summary &summary, const PayoutReport &payouts, const QDateTime &now)
{
    EventFigures f;
    for (const Summary::TrackFigures &t : summary.tracks) {
        f.tasks += t.tasks;
        f.claimed += t.claimed;
        f.submitted += t.submitted;
        f.completed += t.completed;
    }
    f.completionPercent = f.tasks ? f.completed * 100 / f.tasks : -1;
    f.poolFen = summary.event.poolFen;
    f.committedFen = payouts.totalFen;
    f.participants = summary.participants;
    const std::pair<Milestone::Kind, QDateTime> deadlines[] = {{Milestone::RfcDeadline, summary.event.rfcDeadline},
                                                               {Milestone::PrDeadline, summary.event.prDeadline},
                                                               {Milestone::Results, summary.event.resultsAt}};
    for (const auto &[kind, when] : deadlines) {
        if (when.isValid() && when > now) {
            f.nextDeadline = Milestone{kind, when.date()};
            f.daysToNextDeadline = int(now.daysTo(when));
            break;
        }
    }
    return f;
}

ProgressSeries loadProgress(const Database &db, QDate today)
{
    const Event event = EventRepository(db).requireEvent();
    QTimeZone zone(event.timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    auto dayOf = [&](const QString &stored) {
        const QDateTime at = QDateTime::fromString(stored, Qt::ISODate);
        return at.isValid() ? at.toTimeZone(zone).date() : QDate();
    };
    auto eventDay = [&](const QDateTime &at) { return at.isValid() ? at.toTimeZone(zone).date() : QDate(); };

    const ProgressFacts facts = ProgressRepository(db).progressFacts();
    QHash<qint64, TaskDates> tasks;
    for (auto it = facts.finished.cbegin(); it != facts.finished.cend(); ++it)
        tasks[it.key()].finished = it.value();
    for (const ProgressFacts::Claimed &c : facts.claims) {
        TaskDates &t = tasks[c.taskId];
        t.claimedAny = true;
        keepEarliest(t.claimed, dayOf(c.claimedAt));
    }
    for (const ProgressFacts::Pr &pr : facts.prs) {
        TaskDates &t = tasks[pr.taskId];
        t.submittedAny = true;
        const QDate opened = dayOf(pr.createdAt);
        const QDate merged = pr.merged ? dayOf(pr.mergedAt) : QDate();
        keepEarliest(t.opened, opened.isValid() ? opened : merged);
        keepEarliest(t.merged, merged);
        if (pr.byFinisher)
            keepEarliest(t.finisherMerged, merged);
    }
    for (const ProgressFacts::FinisherClaim &c : facts.finisherClaims)
        keepEarliest(tasks[c.taskId].finisherClaimUpdated, dayOf(c.updatedAt));

    ProgressSeries s;
    const std::pair<Milestone::Kind, QDateTime> dates[] = {{Milestone::Launch, event.launchAt},
                                                           {Milestone::RfcDeadline, event.rfcDeadline},
                                                           {Milestone::PrDeadline, event.prDeadline},
                                                           {Milestone::Results, event.resultsAt}};
    for (const auto &[kind, at] : dates)
        if (at.isValid())
            s.milestones.append({kind, eventDay(at)});

    // The dated steps of every task.
    struct Step
    {
        QDate claimed, submitted, completed;
        bool hasClaimed = false, hasSubmitted = false, hasCompleted = false;
    };
    QList<Step> steps;
    steps.reserve(tasks.size());
    QDate firstData, lastData;
    auto seen = [&](const QDate &d) {
        if (!d.isValid())
            return;
        keepEarliest(firstData, d);
        if (!lastData.isValid() || d > lastData)
            lastData = d;
    };
    for (const TaskDates &t : std::as_const(tasks)) {
        Step st;
        st.hasClaimed = t.claimedAny;
        st.claimed = t.claimed;
        st.hasSubmitted = t.submittedAny;
        st.submitted = t.opened.isValid() ? t.opened : t.claimed;
        st.hasCompleted = t.finished;
        st.completed = t.finisherMerged.isValid()         ? t.finisherMerged
                       : t.finisherClaimUpdated.isValid() ? t.finisherClaimUpdated
                       : t.merged.isValid()               ? t.merged
                                                          : t.claimed;
        if (st.hasClaimed)
            seen(st.claimed);
        if (st.hasSubmitted)
            seen(st.submitted);
        if (st.hasCompleted)
            seen(st.completed);
        steps.append(st);
    }

    if (!today.isValid())
        today = QDateTime::currentDateTime().toTimeZone(zone).date();
    const QDate launch = eventDay(event.launchAt);
    const QDate results = eventDay(event.resultsAt);
    s.first = launch.isValid() ? launch : firstData.isValid() ? firstData : today;
    // Through the results day, or today when earlier; always through the last day anything happened.
    QDate last = results.isValid() ? std::min(results, today) : today;
    last = std::max(last, s.first);
    if (lastData.isValid() && lastData > last)
        last = lastData;
    s.axisEnd = results.isValid() ? std::max(last, results) : last;

    const qsizetype n = s.first.daysTo(last) + 1;
    QList<int> claimed(n, 0), submitted(n, 0), completed(n, 0);
    auto slot = [&](const QDate &d) -> qsizetype {
        if (!d.isValid())
            return 0;
        return std::clamp<qsizetype>(s.first.daysTo(d), 0, n - 1);
    };
    for (const Step &st : std::as_const(steps)) {
        if (st.hasClaimed)
            ++claimed[slot(st.claimed)];
        if (st.hasSubmitted)
            ++submitted[slot(st.submitted)];
        if (st.hasCompleted)
            ++completed[slot(st.completed)];
        if ((st.hasClaimed && !st.claimed.isValid()) || (st.hasSubmitted && !st.submitted.isValid()) ||
            (st.hasCompleted && !st.completed.isValid()))
            ++s.undated;
    }
    for (qsizetype i = 1; i < n; ++i) {
        claimed[i] += claimed[i - 1];
        submitted[i] += submitted[i - 1];
        completed[i] += completed[i - 1];
    }
    s.claimed = std::move(claimed);
    s.submitted = std::move(submitted);
    s.completed = std::move(completed);
    return s;
}

namespace {

void tally(DashboardRow &row, const IssueTask &task, bool done)
{
    ++row.tasks;
    const bool claimed = issueTaskClaimed(task);
    const bool submitted = issueTaskSubmitted(task);
    row.claimed += claimed;
    row.submitted += submitted;
    row.finished += done;
    if (done)
        ++row.finishedPart;
    else if (submitted)
        ++row.submittedPart;
    else if (claimed)
        ++row.claimedPart;
    else
        ++row.openPart;
}

} // namespace

QList<TrackDashboard> loadDashboard(const Database &db)
{
    QList<TrackDashboard> out;
    for (const Track &track : EventRepository(db).tracks()) {
        const IssueTaskList list = issueTaskList(db, track);
        TrackDashboard d;
        d.track = track;
        // Directions in the writer's order: as listed, any only named by a task after them, the unnamed first.
        QStringList directions;
        for (const QString &name : list.directions)
            if (!directions.contains(name))
                directions.append(name);
        for (const IssueTask &task : list.tasks)
            if (!directions.contains(task.direction))
                directions.append(task.direction);
        if (const qsizetype unnamed = directions.indexOf(QString()); unnamed > 0)
            directions.move(unnamed, 0);
        QHash<QString, qsizetype> rowOf;
        for (const QString &name : directions) {
            rowOf.insert(name, d.directions.size());
            DashboardRow row;
            row.direction = name;
            d.directions.append(row);
        }
        QHash<QString, qsizetype> finisherAt;
        for (const IssueTask &task : list.tasks) {
            const QStringList finishers = finishersOf(task, track.kind);
            for (const QString &login : finishers) {
                const QString key = normalisedLogin(login);
                qsizetype at = finisherAt.value(key, -1);
                if (at < 0) {
                    at = d.finishers.size();
                    finisherAt.insert(key, at);
                    d.finishers.append({login, 0});
                }
                ++d.finishers[at].count;
            }
            const bool done = !finishers.isEmpty();
            if (task.struck && !done)
                continue; // removed
            tally(d.directions[rowOf.value(task.direction)], task, done);
            tally(d.total, task, done);
        }
        std::sort(d.finishers.begin(), d.finishers.end(), [](const FinisherCount &a, const FinisherCount &b) {
            if (a.count != b.count)
                return a.count > b.count;
            if (const int c = a.login.compare(b.login, Qt::CaseInsensitive))
                return c < 0;
            return a.login < b.login;
        });
        out.append(d);
    }
    return out;
}

PoolSplit poolSplit(const PayoutReport &payouts)
{
    PoolSplit p;
    for (const TrackPayout &t : payouts.tracks)
        p.tracks.append({t.id, t.name, t.budgetFen, t.committedFen, t.grossFen, t.overBudget});
    p.poolFen = payouts.poolFen;
    p.committedFen = payouts.totalFen;
    p.overPool = payouts.overPool;
    return p;
}

QList<StarsEntry> starsLeaderboard(const PayoutReport &payouts)
{
    QList<PersonPayout> people;
    for (const PersonPayout &p : payouts.people)
        if (!p.stars.isZero())
            people.append(p);
    // The report lists people by stars already; keep that order and make sure of it.
    std::stable_sort(people.begin(), people.end(),
                     [](const PersonPayout &a, const PersonPayout &b) { return a.stars > b.stars; });
    QList<StarsEntry> out;
    for (qsizetype i = 0; i < people.size(); ++i) {
        const PersonPayout &p = people[i];
        StarsEntry e;
        e.rank = i > 0 && people[i - 1].stars == p.stars ? out.last().rank : int(i + 1);
        e.login = p.login;
        e.name = p.name;
        e.stars = p.stars;
        e.paidFen = p.paidFen;
        e.starOfTheEvent = payouts.starsOfTheEvent.contains(p.login, Qt::CaseInsensitive);
        out.append(e);
    }
    return out;
}

ChartData ChartData::load(const Database &db, const PayoutReport *payouts, QDate today)
{
    ChartData d;
    PayoutReport computed;
    if (!payouts) {
        computed = computePayouts(db);
        payouts = &computed;
    }
    d.progress = loadProgress(db, today);
    d.dashboard = loadDashboard(db);
    d.pool = poolSplit(*payouts);
    d.leaderboard = starsLeaderboard(*payouts);
    d.scores = loadScoreDistributions(db);
    d.currency = EventRepository(db).requireEvent().currency;
    return d;
}

BoxStats BoxStats::of(QList<double> values)
{
    BoxStats b;
    b.count = int(values.size());
    if (values.isEmpty())
        return b;
    std::sort(values.begin(), values.end());
    auto median = [&](qsizetype from, qsizetype to) { // of values[from, to)
        const qsizetype n = to - from, mid = from + n / 2;
        return n % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    };
    const qsizetype n = values.size();
    b.min = values.first();
    b.max = values.last();
    b.median = median(0, n);
    b.lowerQuartile = n == 1 ? values[0] : median(0, n / 2);
    b.upperQuartile = n == 1 ? values[0] : median((n + 1) / 2, n);
    double sum = 0;
    for (double v : std::as_const(values))
        sum += v;
    b.mean = sum / double(n);
    return b;
}

QList<TrackScores> loadScoreDistributions(const Database &db, qint64 trackId)
{
    const JudgeAssignmentRepository judgeRepo(db);
    const RubricRepository rubricRepo(db);
    const JudgingResultRepository resultRepo(db);
    QList<TrackScores> out;
    for (const Track &track : EventRepository(db).tracks()) {
        if (trackId != 0 && track.id != trackId)
            continue;
        QList<JudgeScore> scores = resultRepo.judgeScores(track.id);
        if (scores.isEmpty())
            continue;
        std::stable_sort(scores.begin(), scores.end(),
                         [](const JudgeScore &a, const JudgeScore &b) { return a.submissionId < b.submissionId; });
        const QList<double> normalised = normalisedScores(scores);
        TrackScores t;
        t.trackId = track.id;
        t.trackName = track.name;
        if (const auto rubric = rubricRepo.rubric(track.id)) {
            t.scaleMin = rubric->scaleMin;
            t.scaleMax = rubric->scaleMax;
        }
        QHash<qint64, qsizetype> index; // judge id -> position in t.judges
        for (const Judge &j : judgeRepo.judges()) {
            index.insert(j.id, t.judges.size());
            t.judges.append({j.id, j.login, j.name, {}, {}});
        }
        for (qsizetype i = 0; i < scores.size(); ++i) {
            const qsizetype at = index.value(scores[i].judgeId, -1);
            if (at < 0)
                continue;
            t.judges[at].raw.append(scores[i].weighted);
            t.judges[at].normalised.append(normalised[i]);
        }
        t.judges.removeIf([](const JudgeDistribution &j) { return j.raw.isEmpty(); });
        out.append(t);
    }
    return out;
}

QString dashboardMarkdown(const Database &db)
{
    QString out;
    for (const Track &track : EventRepository(db).tracks()) {
        const QString body = exportIssueBody(db, track);
        qsizetype at = body.lastIndexOf(u"### 看板信息"_s);
        if (at < 0)
            at = body.lastIndexOf(u"### Dashboard"_s); // an English event's (event.language en)
        if (at < 0)
            continue;
        if (!out.isEmpty())
            out += u'\n';
        out += u"## "_s + QString(track.name).replace(u'\n', u' ').trimmed() + u"\n\n"_s + body.mid(at);
    }
    return out;
}

} // namespace hd
