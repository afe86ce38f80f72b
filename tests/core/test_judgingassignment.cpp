#include "judging/assignment.h"
#include "testutil.h"

#include <QSet>

#include <algorithm>
#include <functional>
#include <random>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

using Pair = QPair<qint64, qint64>; // (submission, judge)

// A random track: judges, submissions, conflicts and a few existing assignments.
AssignmentInput randomInput(std::mt19937 &rng)
{
    auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    AssignmentInput in;
    in.perSubmission = uniform(1, 4);
    const int judges = uniform(0, 12);
    const int subs = uniform(0, 40);
    for (int j = 0; j < judges; ++j) {
        in.judges << 100 + 7 * j; // ids with gaps
        in.judgeLabels.insert(100 + 7 * j, u"@j%1"_s.arg(j));
    }
    for (int s = 0; s < subs; ++s)
        in.submissions << 1 + 3 * s;
    const double conflictRate = std::uniform_real_distribution<double>(0, 0.5)(rng);
    const double existingRate = uniform(0, 2) == 0 ? 0.15 : 0.0;
    for (qint64 s : in.submissions)
        for (qint64 j : in.judges) {
            const double roll = std::uniform_real_distribution<double>(0, 1)(rng);
            if (roll < conflictRate)
                in.conflicts.insert({s, j}, u"same organisation"_s);
            else if (roll < conflictRate + existingRate)
                in.existing.append({s, j});
        }
    return in;
}

// Whether a judge with load L can pass one of this run's assignments, along a chain of eligible moves,
// to a judge with load L - 2 or less: then the loads were not as balanced as they could be.
bool hasImprovingPath(const AssignmentInput &in, const AssignmentResult &r)
{
    QSet<Pair> taken(r.added.cbegin(), r.added.cend());
    for (const auto &e : in.existing)
        taken.insert(e);
    QHash<qint64, QList<qint64>> addedTo; // judge -> submissions added to it
    for (const auto &[s, j] : r.added)
        addedTo[j].append(s);
    for (qint64 from : in.judges) {
        // Breadth-first: judge -> a submission added to it -> another eligible judge not on it.
        QSet<qint64> seen{from};
        QList<qint64> queue{from};
        for (qsizetype head = 0; head < queue.size(); ++head) {
            for (qint64 s : addedTo.value(queue[head]))
                for (qint64 j : in.judges) {
                    if (seen.contains(j) || taken.contains({s, j}) || in.conflicts.contains({s, j}))
                        continue;
                    if (r.loads[j] <= r.loads[from] - 2)
                        return true;
                    seen.insert(j);
                    queue.append(j);
                }
        }
    }
    return false;
}

void checkResult(const AssignmentInput &in, const AssignmentResult &r, const std::string &trace)
{
    SCOPED_TRACE(trace);
    const QSet<Pair> existing(in.existing.cbegin(), in.existing.cend());
    QSet<Pair> added;
    for (const Pair &p : r.added) {
        EXPECT_FALSE(in.conflicts.contains(p)) << "a conflicted judge was assigned";
        EXPECT_FALSE(existing.contains(p)) << "an existing assignment was added again";
        EXPECT_FALSE(added.contains(p)) << "added twice";
        EXPECT_TRUE(in.judges.contains(p.second));
        added.insert(p);
    }
    QHash<qint64, int> have, eligible, got;
    for (const Pair &p : existing)
        ++have[p.first];
    for (qint64 s : in.submissions)
        for (qint64 j : in.judges)
            if (!existing.contains({s, j}) && !in.conflicts.contains({s, j}))
                ++eligible[s];
    for (const Pair &p : r.added)
        ++got[p.first];
    QSet<qint64> gaps;
    for (const AssignmentGap &g : r.gaps) {
        gaps.insert(g.submissionId);
        EXPECT_FALSE(g.reason.isEmpty());
        EXPECT_TRUE(g.reason.contains(u"of the %1 judges"_s.arg(in.perSubmission))) << g.reason.toStdString();
    }
    for (qint64 s : in.submissions) {
        const int need = std::max(0, in.perSubmission - have[s]);
        EXPECT_EQ(got[s], std::min(need, eligible[s])) << "submission " << s;
        EXPECT_EQ(gaps.contains(s), have[s] + got[s] < in.perSubmission) << "submission " << s;
    }
    // Loads are recounted right.
    QMap<qint64, int> loads;
    for (qint64 j : in.judges)
        loads[j] = 0;
    for (const Pair &p : existing)
        if (loads.contains(p.second))
            ++loads[p.second];
    for (const Pair &p : r.added)
        ++loads[p.second];
    EXPECT_EQ(r.loads, loads);
    EXPECT_FALSE(hasImprovingPath(in, r)) << "loads could be more balanced";
    if (in.conflicts.isEmpty() && in.existing.isEmpty() && !in.judges.isEmpty()) {
        EXPECT_LE(r.maxLoad() - r.minLoad(), 1);
    }
}

// Every way of giving each submission its judges, for tiny instances: the smallest sum of squared loads
// and the smallest max - min.
std::pair<qint64, int> bruteForce(const AssignmentInput &in)
{
    const QSet<Pair> existing(in.existing.cbegin(), in.existing.cend());
    QList<QList<QList<qint64>>> options; // per submission: the judge sets it could get
    for (qint64 s : in.submissions) {
        QList<qint64> free;
        int have = 0;
        for (qint64 j : in.judges) {
            if (existing.contains({s, j}))
                ++have;
            else if (!in.conflicts.contains({s, j}))
                free << j;
        }
        const int need = std::min<int>(std::max(0, in.perSubmission - have), int(free.size()));
        QList<QList<qint64>> sets;
        std::function<void(int, QList<qint64>)> choose = [&](int from, QList<qint64> chosen) {
            if (chosen.size() == need) {
                sets << chosen;
                return;
            }
            for (int i = from; i < free.size(); ++i)
                choose(i + 1, chosen + QList<qint64>{free[i]});
        };
        choose(0, {});
        options << sets;
    }
    QHash<qint64, int> base;
    for (qint64 j : in.judges)
        base[j] = 0;
    for (const Pair &p : existing)
        ++base[p.second];
    qint64 bestSquares = std::numeric_limits<qint64>::max();
    int bestSpread = std::numeric_limits<int>::max();
    std::function<void(int, QHash<qint64, int>)> walk = [&](int s, QHash<qint64, int> loads) {
        if (s == options.size()) {
            qint64 squares = 0;
            int lo = std::numeric_limits<int>::max(), hi = 0;
            for (int l : loads) {
                squares += qint64(l) * l;
                lo = std::min(lo, l);
                hi = std::max(hi, l);
            }
            bestSquares = std::min(bestSquares, squares);
            bestSpread = std::min(bestSpread, loads.isEmpty() ? 0 : hi - lo);
            return;
        }
        for (const QList<qint64> &set : options[s]) {
            QHash<qint64, int> next = loads;
            for (qint64 j : set)
                ++next[j];
            walk(s + 1, next);
        }
    };
    walk(0, base);
    return {bestSquares, bestSpread};
}

} // namespace

TEST(JudgeAssignment, ThreeJudgesEachWithBalancedLoads)
{
    AssignmentInput in;
    in.judges = {1, 2, 3, 4, 5, 6, 7};
    for (qint64 s = 1; s <= 20; ++s)
        in.submissions << s;
    const AssignmentResult r = assignJudges(in);
    EXPECT_TRUE(r.complete());
    EXPECT_EQ(r.added.size(), 60);
    EXPECT_EQ(r.minLoad(), 8); // 60 over 7 judges: 8 or 9
    EXPECT_EQ(r.maxLoad(), 9);
    checkResult(in, r, "fixed");
}

TEST(JudgeAssignment, ManyRandomTracksAreCoveredBalancedAndConflictFree)
{
    std::mt19937 rng(20240320);
    for (int i = 0; i < 400; ++i) {
        const AssignmentInput in = randomInput(rng);
        checkResult(in, assignJudges(in), "instance " + std::to_string(i));
    }
}

TEST(JudgeAssignment, TinyTracksMatchAnExhaustiveSearch)
{
    std::mt19937 rng(62905);
    for (int i = 0; i < 300; ++i) {
        auto uniform = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
        AssignmentInput in;
        in.perSubmission = uniform(1, 3);
        const int judges = uniform(1, 5);
        for (int j = 1; j <= judges; ++j)
            in.judges << j;
        const int subs = uniform(1, 4);
        for (int s = 1; s <= subs; ++s) {
            in.submissions << 10 * s;
            for (int j = 1; j <= judges; ++j) {
                const int roll = uniform(0, 9);
                if (roll < 3)
                    in.conflicts.insert({10 * s, j}, u"declared"_s);
                else if (roll == 3)
                    in.existing.append({10 * s, j});
            }
        }
        const AssignmentResult r = assignJudges(in);
        qint64 squares = 0;
        for (int l : r.loads)
            squares += qint64(l) * l;
        const auto [bestSquares, bestSpread] = bruteForce(in);
        EXPECT_EQ(squares, bestSquares) << "instance " << i;
        EXPECT_EQ(r.maxLoad() - r.minLoad(), bestSpread) << "instance " << i;
    }
}

TEST(JudgeAssignment, TheSameInputInAnotherOrderGivesTheSameAssignment)
{
    std::mt19937 rng(7);
    for (int i = 0; i < 50; ++i) {
        AssignmentInput in = randomInput(rng);
        const AssignmentResult a = assignJudges(in);
        std::shuffle(in.judges.begin(), in.judges.end(), rng);
        std::shuffle(in.submissions.begin(), in.submissions.end(), rng);
        std::shuffle(in.existing.begin(), in.existing.end(), rng);
        const AssignmentResult b = assignJudges(in);
        EXPECT_EQ(a.added, b.added) << i;
        EXPECT_EQ(a.loads, b.loads) << i;
    }
}

TEST(JudgeAssignment, ExistingAssignmentsAreKeptAndCounted)
{
    AssignmentInput in;
    in.judges = {1, 2, 3, 4};
    in.submissions = {10, 20};
    in.existing = {{10, 1}, {10, 2}, {10, 3}, {20, 1}};
    const AssignmentResult r = assignJudges(in);
    EXPECT_EQ(r.added.size(), 2) << "submission 10 already has its three";
    for (const Pair &p : r.added)
        EXPECT_EQ(p.first, 20);
    EXPECT_TRUE(r.added.contains(Pair{20, 4})) << "judge 4 had no load";
    EXPECT_FALSE(r.added.contains(Pair{20, 1}));
    checkResult(in, r, "existing");
}

TEST(JudgeAssignment, AnImpossibleTrackNamesWhy)
{
    AssignmentInput in;
    in.judges = {1, 2, 3};
    in.submissions = {5, 6};
    in.judgeLabels = {{1, u"@zhang-wei"_s}, {2, u"@liu-yang"_s}, {3, u"@zhao-lei"_s}};
    in.submissionLabels = {{5, u"#5 \"飞桨小分队\""_s}};
    in.conflicts.insert({5, 2}, u"same organisation as @lin-yichen (浙江大学)"_s);
    const AssignmentResult r = assignJudges(in);
    ASSERT_EQ(r.gaps.size(), 1);
    const AssignmentGap &g = r.gaps.first();
    EXPECT_EQ(g.submissionId, 5);
    EXPECT_EQ(g.judges, 2);
    EXPECT_TRUE(g.reason.contains(u"#5 \"飞桨小分队\" can have only 2 of the 3 judges"_s)) << g.reason.toStdString();
    EXPECT_TRUE(g.reason.contains(u"the track has 3 judge"_s)) << g.reason.toStdString();
    EXPECT_TRUE(g.reason.contains(u"@liu-yang (same organisation as @lin-yichen (浙江大学))"_s))
        << g.reason.toStdString();
    EXPECT_EQ(r.added.size(), 5) << "everything possible is still assigned";

    AssignmentInput few;
    few.judges = {1};
    few.submissions = {1};
    const AssignmentResult one = assignJudges(few);
    ASSERT_EQ(one.gaps.size(), 1);
    EXPECT_TRUE(one.gaps.first().reason.contains(u"the track has 1 judge"_s)) << one.gaps.first().reason.toStdString();

    AssignmentInput none;
    none.submissions = {1, 2};
    EXPECT_EQ(assignJudges(none).gaps.size(), 2);
}

TEST(JudgeAssignment, ScalesToALargeTrack)
{
    // 2,000 submissions, 50 judges, K = 3, a tenth of the pairs conflicted.
    std::mt19937 rng(50);
    AssignmentInput in;
    for (int j = 1; j <= 50; ++j)
        in.judges << j;
    for (int s = 1; s <= 2000; ++s) {
        in.submissions << s;
        for (int j = 1; j <= 50; ++j)
            if (std::uniform_int_distribution<int>(0, 9)(rng) == 0)
                in.conflicts.insert({s, j}, u"x"_s);
    }
    const AssignmentResult r = assignJudges(in);
    EXPECT_TRUE(r.complete());
    EXPECT_EQ(r.added.size(), 6000);
    EXPECT_LE(r.maxLoad() - r.minLoad(), 1);
}
