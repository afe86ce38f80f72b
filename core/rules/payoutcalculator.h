#pragma once

#include "model/event.h"
#include "model/money.h"
#include "model/task.h"
#include "model/track.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The payout calculator: who is owed what, per track and in total, under the event's reward rules.
// Pure: plain input structs in, a report out; no database, no I/O. Money in fen, stars exact.
//
// Decisions (see also the comments on the fields):
// - A cash task pays its amount and counts 0 stars.
// - Camp: paid only when the defence passed with a grade from the track's table. With the months rule
//   on and more than three months, stars = floor(grade × months / 3) (= floor(grade + grade × (months
//   − 3) / 3)), whole stars; three months or fewer leave the grade as it is.
// - Articles: only merged articles count. Stage 1 pays the first `quota` by merge time (ties: topic
//   number, then login, then title); later ones are reported as over quota, unpaid. Stage 2 pays by
//   rank to any merged article, whether or not it won a stage-1 slot (it is the judges' call).
// - Fundable: paid when completion ≥ threshold and the defence passed or partly passed. The whole is
//   stars × star value × completion, rounded once to the fen; stars credited are stars × completion,
//   rounded to 0.001. Both are split among the team by shares with the largest-remainder method
//   (members ordered by login, ties to the earlier login), so the parts sum exactly to the whole.
// - The cap: paid = min(gross, cap). A capped person's paid amount is spread back over their lines in
//   proportion to each line's fen (largest remainder, ties to the earlier line), so every line has a
//   paid amount; a track's committed amount is the sum of its lines' paid amounts. Hence
//   Σ track committed = total = Σ person paid, exactly; a track's gross is kept beside it.
// - Budgets and the pool are never clipped: going over is a warning. 0 means "not set" for a budget,
//   the pool and the cap.
// - The report lists only people with at least one line. Items for undefined tracks, of the wrong
//   kind, without a login, with negative amounts or repeated (same task/project number in a track,
//   same camper in a camp track) are left out with a warning. Unknown logins are paid, with a warning.

namespace hd {

// The event-wide money rules.
struct PayoutRules
{
    // Amounts in minor units of `currency`; the defaults are the 6th edition's.
    Fen starFen = 200000;                     // 2,000 per star
    Fen capFen = 3000000;                     // 30,000 per person; 0 = no cap
    Fen poolFen = 50000000;                   // 500,000; 0 = no pool to check against
    QString currency = QStringLiteral("CNY"); // ISO 4217

    static PayoutRules fromEvent(const Event &event)
    {
        return {event.starFen, event.capFen, event.poolFen, event.currency};
    }
};

// A camp grade and the stars it pays.
struct GradeTier
{
    QString name;
    Stars stars;
};

// A track with the parameters of its reward rule; only the ones of its kind matter.
struct PayoutTrack
{
    qint64 id = 0;
    TrackKind kind = TrackKind::Tasks;
    QString name;
    Fen budgetFen = 0; // 0 = no budget to check against
    // articles
    int quota = 20; // stage-1 slots
    Stars quotaStars = Stars::fromMilli(500);
    QList<Fen> rankPrizesFen = {100000, 60000, 40000}; // stage 2, by rank 1, 2, 3 …
    // camp
    QList<GradeTier> grades = defaultGrades();
    bool monthsRule = false;
    // fundable
    int thresholdPercent = 80;

    static QList<GradeTier> defaultGrades();
    // From the stored track and its reward tiers (camp: grades; articles: cash tiers as rank prizes, by
    // position; only tiers with a cash amount). Without such tiers the defaults above stay.
    static PayoutTrack fromTrack(const Track &track, const QList<RewardTier> &tiers = {});
};

// A participant as the report names them.
struct PayoutPerson
{
    QString login;
    QString name;
};

// A completed task of a tasks track and its one finisher.
struct CompletedTask
{
    qint64 trackId = 0;
    int number = 0;
    QString title;
    Stars stars;
    std::optional<Fen> cashFen; // pays this instead of stars; the line counts 0 stars
    QString finisherLogin;
    QDateTime completedAt;
};

// A camper's result in a camp track.
struct CampResult
{
    qint64 trackId = 0;
    QString login;
    QString project;
    QString grade; // a name from the track's grades; empty = not defended or failed
    bool passed = false;
    int months = 3;
    QDateTime defendedAt; // the completion time for tie-breaks
    int number = 0;       // the project's task number (0 = not known)
};

// One article PR of an articles track; several authors may write on one topic.
struct ArticleEntry
{
    qint64 trackId = 0;
    int number = 0; // the topic number
    QString authorLogin;
    QString title;
    QDateTime mergedAt; // invalid = not merged: does not count
    int stage2Rank = 0; // 0 = not ranked
};

// How a fundable project's defence ended (the task's own field).
using Defence = Task::Defence;

// A member of a fundable project's team and their share in basis points (10,000 = all).
struct TeamShare
{
    QString login;
    int shareBp = 0;
};

// A fundable project with its completion and team.
struct FundableProject
{
    qint64 trackId = 0;
    int number = 0;
    QString title;
    Stars stars;
    int completionBp = 0; // basis points: 8,000 = 80 %
    Defence defence = Defence::Pending;
    // Shares should sum to 10,000; all zero = equal split. Other sums are split in proportion, with a
    // warning.
    QList<TeamShare> team;
    QDateTime completedAt;
};

// Everything the calculator reads.
struct PayoutInput
{
    PayoutRules rules;
    QList<PayoutTrack> tracks;
    QList<PayoutPerson> people;
    QList<CompletedTask> tasks;
    QList<CampResult> camp;
    QList<ArticleEntry> articles;
    QList<FundableProject> fundable;
};

// One thing a person is paid for.
struct PayoutLine
{
    qint64 trackId = 0;
    TrackKind kind = TrackKind::Tasks;
    QString item; // "No.8 为 Paddle 新增 FeatureAlphaDropout API"
    Stars stars;
    Fen fen = 0;     // what the line is worth before the cap
    Fen paidFen = 0; // its part of the person's paid amount
    QDateTime at;    // when it was completed
    int number = 0;  // the task, topic or project number in its track (camp: the project's; 0 = not known)
};

// A person's payout.
struct PersonPayout
{
    QString login;
    QString name;
    Stars stars; // all stars, cap or not: these rank
    Fen grossFen = 0;
    Fen paidFen = 0;
    bool capped = false; // the cap bit: gross > cap
    QList<PayoutLine> lines;
    QDateTime lastCompletion; // the latest line time; invalid when none is known
};

// A track's commitment against its budget.
struct TrackPayout
{
    qint64 id = 0;
    TrackKind kind = TrackKind::Tasks;
    QString name;
    Fen budgetFen = 0;
    Fen grossFen = 0;     // its lines before the cap
    Fen committedFen = 0; // its lines after the cap
    bool overBudget = false;
};

// A merged article past the stage-1 quota: listed, not paid.
struct OverQuotaArticle
{
    qint64 trackId = 0;
    int number = 0;
    QString login;
    QString title;
    QDateTime mergedAt;
    int position = 0; // 1-based place in merge order: 21, 22 …
};

// The calculator's answer.
struct PayoutReport
{
    QList<PersonPayout> people; // by stars, most first, then login (case-insensitive)
    QList<TrackPayout> tracks;  // in input order
    Fen totalFen = 0;           // Σ paid = Σ committed
    Fen grossFen = 0;           // Σ gross
    Fen capReductionFen = 0;    // gross − total
    Fen poolFen = 0;
    QString currency; // ISO 4217 code of every amount above
    bool overPool = false;
    // Up to three "开源之星": most stars, then earliest last completion, then login (case-insensitive).
    // Only people with stars.
    QStringList starsOfTheEvent;
    QList<OverQuotaArticle> overQuota;
    QStringList warnings; // translated
};

PayoutReport calculatePayouts(const PayoutInput &input);

// Splits `total` into parts proportional to `weights` (≥ 0) that sum exactly to `total` (≥ 0): floors
// first, then one unit each to the largest remainders, ties to the lower index. All-zero weights split
// equally.
QList<qint64> splitLargestRemainder(qint64 total, const QList<qint64> &weights);

// JSON: {"people": [{"login", "name", "stars", "gross_fen", "paid_fen", "capped", "last_completion",
// "lines": [{"track", "kind", "item", "stars", "fen", "paid_fen"}]}], "tracks": [{"id", "kind", "name",
// "budget_fen", "gross_fen", "committed_fen", "over_budget"}], "currency", "total_fen", "gross_fen",
// "cap_reduction_fen", "pool_fen", "over_pool", "stars_of_the_event", "over_quota": [{"track",
// "number", "login", "title", "merged_at", "position"}], "warnings"}. Stars are exact decimals; amounts
// (…_fen) are minor units of "currency".
QByteArray payoutReportToJson(const PayoutReport &report);
// CSV (RFC 4180, UTF-8, CRLF, no BOM): login,name,track,item,stars,fen,gross_fen,paid_fen,capped; one
// row per person and line.
QByteArray payoutReportToCsv(const PayoutReport &report);

} // namespace hd
