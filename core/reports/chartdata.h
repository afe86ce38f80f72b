#pragma once

#include "model/money.h"
#include "model/track.h"
#include "reports/summary.h"
#include "rules/payoutcalculator.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// The numbers behind the overview's charts and the reports: pure figures from the database, no widgets.
//
// Decisions:
// - Tasks count as Summary counts them: removed tasks are left out; claimed = has a claim, submitted =
//   has a linked PR, completed = has a finisher. The progress series thus ends on Summary's totals.
// - Dates are days in the event's time zone. A task is claimed on its first claim's day, submitted on
//   the day its first linked PR was opened (merged, if no opening time is known, else its first
//   claim), completed when the finisher's first merged PR on it merged (as payouts date it; else the
//   finisher's claim's last update, else any merged PR, else its first claim). Days before the launch
//   count on the launch day; a task with no date at all counts on the first day.
// - The dashboard (看板信息) and the finishers' leaderboard (统计信息) count exactly as the issue
//   export writes them (core/parsing/issuemarkdown.h): submitted = a claimant has a PR, finished = the
//   完成队伍 (camp: every camper whose badge says 完成任务), struck tasks nobody finished are left out.

namespace hd {

class Database;

// A date the progress chart marks.
struct Milestone
{
    enum Kind { Launch, RfcDeadline, PrDeadline, Results };
    Kind kind = Launch;
    QDate date;
};

// Claim progress per day: cumulative numbers of tasks claimed, submitted and completed by each day's end.
struct ProgressSeries
{
    QDate first;   // the launch day (or the first dated day when the launch is not set)
    QDate axisEnd; // the results day, or the last day with a point when that is later or not set
    // One value per day from `first`, through the results day or today, whichever comes first (at least
    // through the last day anything happened).
    QList<int> claimed;
    QList<int> submitted;
    QList<int> completed;
    QList<Milestone> milestones; // the event's dates that are set, in order
    int undated = 0;             // tasks counted on the first day for want of any date

    qsizetype days() const { return claimed.size(); }
    QDate day(qsizetype index) const { return first.addDays(index); }
};

// One row of the 看板信息 dashboard: a direction of a track, or the track's total.
struct DashboardRow
{
    QString direction; // as the issue names it; empty = tasks without a direction (其他)
    int tasks = 0;
    int claimed = 0;   // with at least one claimant
    int submitted = 0; // a claimant has a PR
    int finished = 0;
    // The same tasks split so that the parts add up to `tasks`, for stacked bars.
    int finishedPart = 0;  // finished
    int submittedPart = 0; // submitted, not finished
    int claimedPart = 0;   // claimed, neither submitted nor finished
    int openPart = 0;      // nobody claimed it, not finished

    int submitRatePercent() const; // submitted / claimed, rounded half up, as the issue writes it
    int finishRatePercent() const; // finished / tasks
};

// A finisher and how many tasks they finished in a track (统计信息).
struct FinisherCount
{
    QString login;
    int count = 0;
};

// A track's dashboard: its directions in the order, the total and the finishers' leaderboard.
struct TrackDashboard
{
    Track track;
    QList<DashboardRow> directions;
    DashboardRow total;
    QList<FinisherCount> finishers; // most first, then by login
};

// A track's commitment against its budget, and the pool as a whole.
struct PoolSplit
{
    struct Row
    {
        qint64 trackId = 0;
        QString name;
        Fen budgetFen = 0; // 0 = no budget set
        Fen committedFen = 0;
        Fen grossFen = 0;
        bool overBudget = false;
        Fen remainingFen() const { return budgetFen - committedFen; } // negative when over
    };
    QList<Row> tracks;
    Fen poolFen = 0; // 0 = no pool set
    Fen committedFen = 0;
    bool overPool = false;
    Fen remainingFen() const { return poolFen - committedFen; }
};

// A place on the stars leaderboard.
struct StarsEntry
{
    int rank = 0; // 1-based; equal stars share a rank (1, 2, 2, 4)
    QString login;
    QString name;
    Stars stars;
    Fen paidFen = 0;
    bool starOfTheEvent = false; // one of the three "开源之星"
};

// The figures at a glance the overview and the summary report show.
struct EventFigures
{
    int tasks = 0;
    int claimed = 0;
    int submitted = 0;
    int completed = 0;
    int completionPercent = -1; // completed / tasks, rounded down; -1 without tasks
    Fen poolFen = 0;
    Fen committedFen = 0;
    int participants = 0;
    std::optional<Milestone> nextDeadline; // the next of the RFC and PR deadlines and the results
    int daysToNextDeadline = 0;

    Fen remainingFen() const { return poolFen - committedFen; }
    static EventFigures from(const Summary &summary, const PayoutReport &payouts, const QDateTime &now);
};

// One judge's weighted scores w of the submitted sheets in a track, and the same scores normalised (n, see
// core/judging/judgingrules.h): the judges' score distributions.
struct JudgeDistribution
{
    qint64 judgeId = 0;
    QString login;
    QString name;
    QList<double> raw;        // w of each submitted sheet, by submission id
    QList<double> normalised; // n of the same sheets, in the same order
};

// The judges of a track who submitted at least one sheet, by login.
struct TrackScores
{
    qint64 trackId = 0;
    QString trackName;
    int scaleMin = 0;
    int scaleMax = 0;
    QList<JudgeDistribution> judges;
};

// Five numbers of a box plot: the smallest and largest value, the quartiles and the median. Quartiles are
// the medians of the lower and upper half (the median itself left out when the count is odd, as in
// Moore & McCabe); one value gives five equal numbers.
struct BoxStats
{
    double min = 0, lowerQuartile = 0, median = 0, upperQuartile = 0, max = 0, mean = 0;
    int count = 0;
    static BoxStats of(QList<double> values);
};

// Everything the overview's charts show.
struct ChartData
{
    ProgressSeries progress;
    QList<TrackDashboard> dashboard;
    PoolSplit pool;
    QList<StarsEntry> leaderboard; // everyone with stars, best first
    QList<TrackScores> scores;     // the judged tracks with submitted sheets, in track order
    QString currency = QStringLiteral("CNY"); // the event's, for the amounts above

    // From the database; `payouts` as computePayouts gives them (computed when not given), `today` cuts
    // the progress series (the current date when not given).
    static ChartData load(const Database &db, const PayoutReport *payouts = nullptr, QDate today = {});
};

ProgressSeries loadProgress(const Database &db, QDate today = {});
QList<TrackDashboard> loadDashboard(const Database &db);
PoolSplit poolSplit(const PayoutReport &payouts);
QList<StarsEntry> starsLeaderboard(const PayoutReport &payouts);
// The judges' score distributions of every track with submitted sheets (only `trackId`'s when set).
QList<TrackScores> loadScoreDistributions(const Database &db, qint64 trackId = 0);

// The 看板信息 dashboard and 统计信息 leaderboard of every track as Markdown, each track under a "## name"
// heading, in exactly the form export-issue appends to the issue body.
QString dashboardMarkdown(const Database &db);

} // namespace hd
