#include "rules/payoutcalculator.h"

#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace hd;

namespace {

constexpr qint64 TasksId = 1;
constexpr qint64 CampId = 2;
constexpr qint64 ArticlesId = 3;
constexpr qint64 FundableId = 4;

Stars stars(const char *text)
{
    return *Stars::parse(QString::fromUtf8(text));
}

QDateTime at(int day, int hour = 12, int minute = 0)
{
    return QDateTime(QDate(2024, 4, day), QTime(hour, minute), QTimeZone(8 * 3600));
}

PayoutTrack track(qint64 id, TrackKind kind, const QString &name, Fen budget = 0)
{
    PayoutTrack t;
    t.id = id;
    t.kind = kind;
    t.name = name;
    t.budgetFen = budget;
    return t;
}

// The four tracks of the 6th edition with the default rules and no budgets.
PayoutInput baseInput()
{
    PayoutInput in;
    in.tracks = {track(TasksId, TrackKind::Tasks, u"开源贡献个人挑战赛"_s),
                 track(CampId, TrackKind::Camp, u"飞桨护航计划集训营"_s),
                 track(ArticlesId, TrackKind::Articles, u"优秀稿件征集与传播"_s),
                 track(FundableId, TrackKind::Fundable, u"Fundable Projects"_s)};
    return in;
}

CompletedTask task(int number, const char *starText, const QString &login, const QDateTime &when = at(1),
                   const QString &title = {})
{
    CompletedTask t;
    t.trackId = TasksId;
    t.number = number;
    t.title = title.isEmpty() ? u"Task %1"_s.arg(number) : title;
    t.stars = stars(starText);
    t.finisherLogin = login;
    t.completedAt = when;
    return t;
}

const PersonPayout *person(const PayoutReport &r, const QString &login)
{
    for (const PersonPayout &p : r.people)
        if (p.login.compare(login, Qt::CaseInsensitive) == 0)
            return &p;
    return nullptr;
}

const TrackPayout *trackOf(const PayoutReport &r, qint64 id)
{
    for (const TrackPayout &t : r.tracks)
        if (t.id == id)
            return &t;
    return nullptr;
}

bool hasWarning(const PayoutReport &r, const QString &part)
{
    return std::any_of(r.warnings.cbegin(), r.warnings.cend(), [&](const QString &w) { return w.contains(part); });
}

// The report's sums agree with each other.
void expectConsistent(const PayoutReport &r)
{
    Fen paid = 0, gross = 0, committed = 0, trackGross = 0;
    for (const PersonPayout &p : r.people) {
        Fen linesFen = 0, linesPaid = 0;
        Stars s;
        for (const PayoutLine &l : p.lines) {
            linesFen += l.fen;
            linesPaid += l.paidFen;
            s += l.stars;
        }
        EXPECT_EQ(linesFen, p.grossFen) << p.login.toStdString();
        EXPECT_EQ(linesPaid, p.paidFen) << p.login.toStdString();
        EXPECT_EQ(s, p.stars) << p.login.toStdString();
        paid += p.paidFen;
        gross += p.grossFen;
    }
    for (const TrackPayout &t : r.tracks) {
        committed += t.committedFen;
        trackGross += t.grossFen;
    }
    EXPECT_EQ(paid, r.totalFen);
    EXPECT_EQ(committed, r.totalFen);
    EXPECT_EQ(gross, r.grossFen);
    EXPECT_EQ(trackGross, r.grossFen);
    EXPECT_EQ(r.grossFen - r.totalFen, r.capReductionFen);
}

} // namespace

TEST(PayoutCalculator, SimpleTaskFinisher)
{
    PayoutInput in = baseInput();
    in.people = {{u"megemini"_s, u"Mege Mini"_s}, {u"MagnetoWang"_s, u"Wang"_s}};
    in.tasks = {task(8, "1", u"@MegEmini"_s, at(10), u"为 Paddle 新增 FeatureAlphaDropout API"_s)};
    const PayoutReport r = calculatePayouts(in);
    ASSERT_EQ(r.people.size(), 1);
    const PersonPayout &p = r.people.at(0);
    EXPECT_EQ(p.login, u"megemini"_s);
    EXPECT_EQ(p.name, u"Mege Mini"_s);
    EXPECT_EQ(p.stars, Stars::whole(1));
    EXPECT_EQ(p.grossFen, 200000);
    EXPECT_EQ(p.paidFen, 200000);
    EXPECT_FALSE(p.capped);
    EXPECT_EQ(p.lastCompletion, at(10));
    ASSERT_EQ(p.lines.size(), 1);
    EXPECT_EQ(p.lines.at(0).item, u"No.8 为 Paddle 新增 FeatureAlphaDropout API"_s);
    EXPECT_EQ(p.lines.at(0).trackId, TasksId);
    EXPECT_EQ(p.lines.at(0).kind, TrackKind::Tasks);
    EXPECT_EQ(r.starsOfTheEvent, QStringList{u"megemini"_s});
    EXPECT_TRUE(r.warnings.isEmpty()) << r.warnings.join(u'\n').toStdString();
    expectConsistent(r);
}

TEST(PayoutCalculator, CashTaskPaysItsAmountAndNoStars)
{
    PayoutInput in = baseInput();
    in.people = {{u"a"_s, {}}};
    CompletedTask t = task(50, "2", u"a"_s);
    t.cashFen = 150000;
    in.tasks = {t};
    const PayoutReport r = calculatePayouts(in);
    ASSERT_EQ(r.people.size(), 1);
    EXPECT_EQ(r.people.at(0).stars, Stars());
    EXPECT_EQ(r.people.at(0).paidFen, 150000);
    EXPECT_EQ(r.people.at(0).lines.at(0).stars, Stars());
    EXPECT_EQ(r.people.at(0).lines.at(0).fen, 150000);
    EXPECT_TRUE(r.starsOfTheEvent.isEmpty()); // no stars, no title
}

TEST(PayoutCalculator, CapBitesButStarsStillRank)
{
    PayoutInput in = baseInput();
    in.people = {{u"big"_s, {}}, {u"even"_s, {}}, {u"small"_s, {}}};
    in.tasks = {task(1, "13", u"big"_s), task(2, "5", u"big"_s), task(3, "15", u"even"_s), task(4, "1", u"small"_s)};
    const PayoutReport r = calculatePayouts(in);
    const PersonPayout *big = person(r, u"big"_s);
    ASSERT_TRUE(big);
    EXPECT_EQ(big->stars, Stars::whole(18));
    EXPECT_EQ(big->grossFen, 3600000);
    EXPECT_EQ(big->paidFen, 3000000);
    EXPECT_TRUE(big->capped);
    // The cap is spread over the lines by their worth, largest remainder first.
    EXPECT_EQ(big->lines.at(0).paidFen, 2166667);
    EXPECT_EQ(big->lines.at(1).paidFen, 833333);
    const PersonPayout *even = person(r, u"even"_s);
    EXPECT_EQ(even->paidFen, 3000000);
    EXPECT_FALSE(even->capped); // exactly at the cap: it did not bite
    EXPECT_EQ(r.people.at(0).login, u"big"_s);
    EXPECT_EQ(r.starsOfTheEvent, (QStringList{u"big"_s, u"even"_s, u"small"_s}));
    EXPECT_EQ(r.totalFen, 3000000 + 3000000 + 200000);
    EXPECT_EQ(r.capReductionFen, 600000);
    EXPECT_EQ(trackOf(r, TasksId)->grossFen, 3600000 + 3000000 + 200000);
    EXPECT_EQ(trackOf(r, TasksId)->committedFen, r.totalFen);
    expectConsistent(r);
}

TEST(PayoutCalculator, NoCapWhenZero)
{
    PayoutInput in = baseInput();
    in.rules.capFen = 0;
    in.tasks = {task(1, "20", u"big"_s)};
    const PayoutReport r = calculatePayouts(in);
    EXPECT_EQ(r.people.at(0).paidFen, 4000000);
    EXPECT_FALSE(r.people.at(0).capped);
}

TEST(PayoutCalculator, ArticleQuotaFirstMergedFirstServed)
{
    PayoutInput in = baseInput();
    // 22 merged articles given out of order; author wNN merged at minute NN. One unmerged.
    QList<int> minutes(22);
    std::iota(minutes.begin(), minutes.end(), 1);
    std::reverse(minutes.begin(), minutes.end());
    std::rotate(minutes.begin(), minutes.begin() + 7, minutes.end());
    for (int m : minutes) {
        ArticleEntry a;
        a.trackId = ArticlesId;
        a.number = 1 + m % 4; // several people write on one topic
        a.authorLogin = u"w%1"_s.arg(m, 2, 10, QChar(u'0'));
        a.title = u"Article by w%1"_s.arg(m);
        a.mergedAt = at(5, 10, m);
        in.articles.append(a);
    }
    ArticleEntry open;
    open.trackId = ArticlesId;
    open.number = 1;
    open.authorLogin = u"w00"_s;
    open.title = u"Not merged"_s;
    in.articles.append(open);
    const PayoutReport r = calculatePayouts(in);
    ASSERT_EQ(r.people.size(), 20);
    for (const PersonPayout &p : r.people) {
        EXPECT_EQ(p.stars, stars("0.5"));
        EXPECT_EQ(p.paidFen, 100000);
        EXPECT_TRUE(p.lines.at(0).item.startsWith(u"Article No."_s));
    }
    EXPECT_FALSE(person(r, u"w21"_s));
    EXPECT_FALSE(person(r, u"w00"_s));
    ASSERT_EQ(r.overQuota.size(), 2);
    EXPECT_EQ(r.overQuota.at(0).login, u"w21"_s);
    EXPECT_EQ(r.overQuota.at(0).position, 21);
    EXPECT_EQ(r.overQuota.at(1).login, u"w22"_s);
    EXPECT_EQ(r.overQuota.at(1).position, 22);
    EXPECT_EQ(trackOf(r, ArticlesId)->committedFen, 20 * 100000);
    expectConsistent(r);
}

TEST(PayoutCalculator, ArticleTiesByNumberThenLogin)
{
    PayoutInput in = baseInput();
    in.tracks[2].quota = 2;
    const auto article = [](int number, const QString &login) {
        ArticleEntry a;
        a.trackId = ArticlesId;
        a.number = number;
        a.authorLogin = login;
        a.mergedAt = at(6);
        return a;
    };
    in.articles = {article(2, u"aa"_s), article(1, u"zz"_s), article(1, u"Bb"_s)};
    const PayoutReport r = calculatePayouts(in);
    EXPECT_TRUE(person(r, u"Bb"_s));
    EXPECT_TRUE(person(r, u"zz"_s));
    ASSERT_EQ(r.overQuota.size(), 1);
    EXPECT_EQ(r.overQuota.at(0).login, u"aa"_s);
}

TEST(PayoutCalculator, ArticleStageTwoRanks)
{
    PayoutInput in = baseInput();
    in.tracks[2].quota = 1;
    struct Row
    {
        const char *login;
        int rank;
        bool merged;
        Fen expectedFen; // stage 1 + stage 2
    };
    const QList<Row> rows = {
        {"first", 2, true, 100000 + 60000}, // the one stage-1 slot and rank 2
        {"second", 1, true, 100000},        // over quota, still wins rank 1
        {"third", 3, true, 40000},
        {"fourth", 4, true, 0}, // no prize for rank 4
        {"open", 1, false, 0},  // not merged: warned, unpaid
    };
    int minute = 0;
    for (const Row &row : rows) {
        ArticleEntry a;
        a.trackId = ArticlesId;
        a.number = 1;
        a.authorLogin = QString::fromUtf8(row.login);
        a.title = u"On topic one"_s;
        a.stage2Rank = row.rank;
        if (row.merged)
            a.mergedAt = at(7, 9, ++minute);
        in.articles.append(a);
    }
    const PayoutReport r = calculatePayouts(in);
    for (const Row &row : rows) {
        const PersonPayout *p = person(r, QString::fromUtf8(row.login));
        SCOPED_TRACE(row.login);
        if (row.expectedFen == 0) {
            EXPECT_FALSE(p);
            continue;
        }
        ASSERT_TRUE(p);
        EXPECT_EQ(p->paidFen, row.expectedFen);
    }
    const PersonPayout *second = person(r, u"second"_s);
    ASSERT_EQ(second->lines.size(), 1);
    EXPECT_EQ(second->lines.at(0).stars, Stars()); // stage-2 prizes are cash
    EXPECT_EQ(second->lines.at(0).item, u"Article No.1 On topic one: stage 2, rank 1"_s);
    EXPECT_EQ(person(r, u"first"_s)->stars, stars("0.5"));
    EXPECT_TRUE(hasWarning(r, u"not merged"_s));
    EXPECT_FALSE(hasWarning(r, u"Stage-2 rank"_s)); // the unmerged rank 1 does not make a duplicate
    expectConsistent(r);
}

TEST(PayoutCalculator, CampGradesAndMonthsRule)
{
    struct Row
    {
        const char *grade;
        int months;
        bool monthsRule;
        bool passed;
        const char *expected; // nullptr = not paid
    };
    const QList<Row> rows = {
        {"及格", 3, false, true, "3"},      {"良好", 3, false, true, "4"},     {"优秀", 3, false, true, "5"},
        {"特别优秀", 3, false, true, "6"},  {"优秀", 6, false, true, "5"}, // rule off: months ignored
        {"及格", 3, true, true, "3"},       {"及格", 4, true, true, "4"},      {"及格", 5, true, true, "5"},
        {"及格", 6, true, true, "6"},       {"良好", 4, true, true, "5"},      {"良好", 5, true, true, "6"},
        {"良好", 6, true, true, "8"},       {"优秀", 4, true, true, "6"},      {"优秀", 5, true, true, "8"},
        {"优秀", 6, true, true, "10"},      {"特别优秀", 5, true, true, "10"}, {"特别优秀", 6, true, true, "12"},
        {"良好", 2, true, true, "4"},       // fewer months: the grade as it is
        {"优秀", 3, false, false, nullptr}, // failed defence
        {"", 3, false, false, nullptr},     // not defended
    };
    for (const Row &row : rows) {
        SCOPED_TRACE(std::string(row.grade) + " months " + std::to_string(row.months));
        PayoutInput in = baseInput();
        in.tracks[1].monthsRule = row.monthsRule;
        CampResult c;
        c.trackId = CampId;
        c.login = u"camper"_s;
        c.project = u"PaddleMIX 模型复现"_s;
        c.grade = QString::fromUtf8(row.grade);
        c.passed = row.passed;
        c.months = row.months;
        c.defendedAt = at(20);
        in.camp = {c};
        const PayoutReport r = calculatePayouts(in);
        if (!row.expected) {
            EXPECT_TRUE(r.people.isEmpty());
            EXPECT_TRUE(r.warnings.isEmpty());
            continue;
        }
        ASSERT_EQ(r.people.size(), 1);
        EXPECT_EQ(r.people.at(0).stars, stars(row.expected));
        EXPECT_EQ(r.people.at(0).grossFen, stars(row.expected).toFen(200000));
        EXPECT_EQ(r.people.at(0).lastCompletion, at(20));
    }
}

TEST(PayoutCalculator, CampEditableTiersAndBadGrades)
{
    PayoutInput in = baseInput();
    in.tracks[1].grades = {{u"A"_s, stars("4.5")}};
    in.tracks[1].monthsRule = true;
    const auto camper = [](const QString &login, const QString &grade, bool passed, int months = 3) {
        CampResult c;
        c.trackId = CampId;
        c.login = login;
        c.project = u"P"_s;
        c.grade = grade;
        c.passed = passed;
        c.months = months;
        return c;
    };
    in.camp = {camper(u"a"_s, u"A"_s, true), camper(u"b"_s, u"A"_s, true, 4), camper(u"c"_s, u"优秀"_s, true),
               camper(u"d"_s, {}, true), camper(u"a"_s, u"A"_s, true)};
    const PayoutReport r = calculatePayouts(in);
    EXPECT_EQ(person(r, u"a"_s)->stars, stars("4.5"));    // three months: as it is
    EXPECT_EQ(person(r, u"b"_s)->stars, Stars::whole(6)); // floor(4.5 × 4 / 3) = 6
    EXPECT_EQ(person(r, u"a"_s)->lines.size(), 1);        // the repeat is left out
    EXPECT_FALSE(person(r, u"c"_s));                      // grade not in the table
    EXPECT_FALSE(person(r, u"d"_s));                      // passed without a grade
    EXPECT_TRUE(hasWarning(r, u"does not define"_s));
    EXPECT_TRUE(hasWarning(r, u"without a grade"_s));
    EXPECT_TRUE(hasWarning(r, u"listed twice"_s));
}

TEST(PayoutCalculator, FundableThresholdAndDefence)
{
    struct Row
    {
        const char *name;
        int completionBp;
        Defence defence;
        const char *expectedStars; // nullptr = not paid
        Fen expectedFen;
    };
    const QList<Row> rows = {
        {"below threshold", 7999, Defence::Passed, nullptr, 0}, {"exactly 80 %", 8000, Defence::Passed, "8", 1600000},
        {"partly passed", 9000, Defence::Partly, "9", 1800000}, {"complete", 10000, Defence::Passed, "10", 2000000},
        {"over 100 %", 12000, Defence::Passed, "10", 2000000},  {"failed defence", 10000, Defence::Failed, nullptr, 0},
        {"not defended", 10000, Defence::Pending, nullptr, 0},  {"fractional", 8333, Defence::Passed, "8.333", 1666600},
    };
    for (const Row &row : rows) {
        SCOPED_TRACE(row.name);
        PayoutInput in = baseInput();
        in.rules.capFen = 0;
        FundableProject f;
        f.trackId = FundableId;
        f.number = 1;
        f.title = u"Paddle 框架旧动态图机制退场"_s;
        f.stars = Stars::whole(10);
        f.completionBp = row.completionBp;
        f.defence = row.defence;
        f.team = {{u"leader"_s, 0}};
        f.completedAt = at(25);
        in.fundable = {f};
        const PayoutReport r = calculatePayouts(in);
        if (!row.expectedStars) {
            EXPECT_TRUE(r.people.isEmpty());
            continue;
        }
        ASSERT_EQ(r.people.size(), 1);
        EXPECT_EQ(r.people.at(0).stars, stars(row.expectedStars));
        EXPECT_EQ(r.people.at(0).paidFen, row.expectedFen);
        EXPECT_EQ(r.people.at(0).lines.at(0).kind, TrackKind::Fundable);
    }
}

TEST(PayoutCalculator, FundableTeamSplitSumsExactly)
{
    struct Row
    {
        const char *name;
        const char *projectStars;
        int completionBp;
        QList<TeamShare> team;
        QList<Fen> expectedFen;      // by login
        QList<qint64> expectedMilli; // by login
        bool warns;
    };
    const QList<Row> rows = {
        {"equal, one fen over",
         "1",
         10000,
         {{u"c"_s, 0}, {u"A"_s, 0}, {u"b"_s, 0}},
         {66667, 66667, 66666},
         {334, 333, 333},
         false},
        {"equal, odd whole",
         "7",
         8333,
         {{u"x"_s, 0}, {u"y"_s, 0}, {u"z"_s, 0}},
         {388874, 388873, 388873},
         {1945, 1944, 1944},
         false},
        {"custom shares",
         "10",
         10000,
         {{u"lead"_s, 6000}, {u"m1"_s, 3000}, {u"m2"_s, 1000}},
         {1200000, 600000, 200000},
         {6000, 3000, 1000},
         false},
        {"shares not summing to 100 %",
         "3",
         10000,
         {{u"p"_s, 1000}, {u"q"_s, 2000}},
         {200000, 400000},
         {1000, 2000},
         true},
        {"thirds by shares",
         "1",
         10000,
         {{u"r"_s, 3333}, {u"s"_s, 3333}, {u"t"_s, 3334}},
         {66660, 66660, 66680},
         {333, 333, 334},
         false},
    };
    for (const Row &row : rows) {
        SCOPED_TRACE(row.name);
        PayoutInput in = baseInput();
        FundableProject f;
        f.trackId = FundableId;
        f.number = 3;
        f.title = u"Team project"_s;
        f.stars = stars(row.projectStars);
        f.completionBp = row.completionBp;
        f.defence = Defence::Passed;
        f.team = row.team;
        in.fundable = {f};
        const PayoutReport r = calculatePayouts(in);
        QList<TeamShare> members = row.team;
        std::sort(members.begin(), members.end(), [](const TeamShare &a, const TeamShare &b) {
            return a.login.compare(b.login, Qt::CaseInsensitive) < 0;
        });
        Fen sum = 0;
        for (int i = 0; i < members.size(); ++i) {
            const PersonPayout *p = person(r, members.at(i).login);
            ASSERT_TRUE(p) << members.at(i).login.toStdString();
            EXPECT_EQ(p->paidFen, row.expectedFen.at(i)) << members.at(i).login.toStdString();
            EXPECT_EQ(p->stars.milli(), row.expectedMilli.at(i)) << members.at(i).login.toStdString();
            sum += p->paidFen;
        }
        const Fen whole = mulDivRound(f.stars.milli() * row.completionBp, 200000, 1000 * 10000);
        EXPECT_EQ(sum, whole);
        EXPECT_EQ(hasWarning(r, u"not 100 %"_s), row.warns);
        expectConsistent(r);
    }
}

TEST(PayoutCalculator, StarsOfTheEventTieBreaks)
{
    PayoutInput in = baseInput();
    // All on 2 stars: later last completion loses; equal times go by login, case-insensitively.
    in.tasks = {task(1, "2", u"late"_s, at(9)),  task(2, "2", u"Bob"_s, at(3)),   task(3, "2", u"alice"_s, at(3)),
                task(4, "1", u"early"_s, at(1)), task(5, "1", u"early"_s, at(2)), task(6, "1", u"zed"_s, at(1)),
                task(7, "0.5", u"zed"_s, at(30))};
    const PayoutReport r = calculatePayouts(in);
    // early: 2 stars, last completion day 2 — the earliest.
    EXPECT_EQ(r.starsOfTheEvent, (QStringList{u"early"_s, u"alice"_s, u"Bob"_s}));
    // The people list itself goes by stars, then login.
    QStringList order;
    for (const PersonPayout &p : r.people)
        order << p.login;
    EXPECT_EQ(order, (QStringList{u"alice"_s, u"Bob"_s, u"early"_s, u"late"_s, u"zed"_s}));
}

TEST(PayoutCalculator, OverBudgetAndOverPoolAreWarningsNotClips)
{
    PayoutInput in = baseInput();
    in.tracks[0].budgetFen = 300000;
    in.tracks[2].budgetFen = 1000000;
    in.rules.poolFen = 350000;
    in.people = {{u"a"_s, {}}, {u"b"_s, {}}};
    in.tasks = {task(1, "1", u"a"_s), task(2, "1", u"b"_s)};
    const PayoutReport r = calculatePayouts(in);
    EXPECT_EQ(trackOf(r, TasksId)->committedFen, 400000);
    EXPECT_TRUE(trackOf(r, TasksId)->overBudget);
    EXPECT_FALSE(trackOf(r, ArticlesId)->overBudget);
    EXPECT_FALSE(trackOf(r, CampId)->overBudget); // no budget set
    EXPECT_EQ(r.totalFen, 400000);
    EXPECT_TRUE(r.overPool);
    ASSERT_EQ(r.warnings.size(), 2);
    EXPECT_EQ(r.warnings.at(0), u"“开源贡献个人挑战赛” commits ¥4,000, over its budget of ¥3,000."_s);
    EXPECT_EQ(r.warnings.at(1), u"The payouts total ¥4,000, over the prize pool of ¥3,500."_s);
}

TEST(PayoutCalculator, TotalsConsistentAcrossTracksWithCap)
{
    PayoutInput in = baseInput();
    in.tasks = {task(1, "3", u"star"_s), task(2, "2.025", u"star"_s), task(3, "1", u"other"_s)};
    CampResult c;
    c.trackId = CampId;
    c.login = u"star"_s;
    c.grade = u"特别优秀"_s;
    c.passed = true;
    in.camp = {c};
    ArticleEntry a;
    a.trackId = ArticlesId;
    a.number = 1;
    a.authorLogin = u"star"_s;
    a.mergedAt = at(3);
    a.stage2Rank = 1;
    in.articles = {a};
    FundableProject f;
    f.trackId = FundableId;
    f.number = 1;
    f.stars = Stars::whole(5);
    f.completionBp = 8500;
    f.defence = Defence::Passed;
    f.team = {{u"star"_s, 5000}, {u"other"_s, 5000}};
    in.fundable = {f};
    const PayoutReport r = calculatePayouts(in);
    const PersonPayout *s = person(r, u"star"_s);
    ASSERT_TRUE(s);
    // 3 + 2.025 + 6 + 0.5 + 2.125 = 13.65 stars; 2,730,000 + ¥1,000 stage 2 = 2,830,000 fen.
    EXPECT_EQ(s->stars, stars("13.65"));
    EXPECT_EQ(s->grossFen, 2830000);
    EXPECT_FALSE(s->capped);
    in.rules.capFen = 2000000;
    const PayoutReport capped = calculatePayouts(in);
    EXPECT_TRUE(person(capped, u"star"_s)->capped);
    EXPECT_EQ(person(capped, u"star"_s)->paidFen, 2000000);
    EXPECT_EQ(capped.capReductionFen, 830000);
    expectConsistent(r);
    expectConsistent(capped);
    // Each track's part of the cap is in proportion to its lines.
    for (const TrackPayout &t : capped.tracks)
        EXPECT_LE(t.committedFen, t.grossFen);
}

TEST(PayoutCalculator, BadInputIsWarnedAndLeftOut)
{
    PayoutInput in = baseInput();
    in.people = {{u"known"_s, u"Known"_s}};
    CompletedTask wrongTrack = task(1, "1", u"known"_s);
    wrongTrack.trackId = 99;
    CompletedTask wrongKind = task(2, "1", u"known"_s);
    wrongKind.trackId = CampId;
    in.tasks = {wrongTrack, wrongKind, task(3, "1", u"stranger"_s), task(3, "1", u"known"_s), task(4, "1", u""_s)};
    const PayoutReport r = calculatePayouts(in);
    ASSERT_EQ(r.people.size(), 1);
    EXPECT_EQ(r.people.at(0).login, u"stranger"_s);
    EXPECT_EQ(r.people.at(0).name, QString());
    EXPECT_TRUE(hasWarning(r, u"Track 99 is not defined: 1 item(s) left out."_s));
    EXPECT_TRUE(hasWarning(r, u"is not a Tasks track"_s));
    EXPECT_TRUE(hasWarning(r, u"“stranger” is not among the participants"_s));
    EXPECT_TRUE(hasWarning(r, u"listed twice"_s));
    EXPECT_TRUE(hasWarning(r, u"has no login"_s));
}

TEST(PayoutCalculator, SplitLargestRemainder)
{
    struct Row
    {
        qint64 total;
        QList<qint64> weights;
        QList<qint64> expected;
    };
    const QList<Row> rows = {
        {100, {1, 1, 1}, {34, 33, 33}},
        {100, {0, 0, 0}, {34, 33, 33}},
        {2, {1, 1, 1}, {1, 1, 0}},
        {10, {1, 2, 3, 4}, {1, 2, 3, 4}},
        {7, {5000, 5000}, {4, 3}},
        {3000000, {2600000, 1000000}, {2166667, 833333}},
        {0, {1, 2}, {0, 0}},
        {5, {}, {}},
        {1, {0, 3, 0}, {0, 1, 0}},
    };
    for (const Row &row : rows) {
        const QList<qint64> parts = splitLargestRemainder(row.total, row.weights);
        EXPECT_EQ(parts, row.expected) << row.total;
    }
}

TEST(PayoutCalculator, JsonContract)
{
    PayoutInput in = baseInput();
    in.people = {{u"tiny"_s, u"Tiny \"T\" 小"_s}};
    in.tasks = {task(8, "0.025", u"tiny"_s, at(2), u"为 Paddle 新增 FeatureAlphaDropout API"_s),
                task(9, "13", u"big"_s)};
    const QByteArray json = payoutReportToJson(calculatePayouts(in));
    EXPECT_TRUE(json.contains("\"stars\":0.025,")) << json.toStdString();
    EXPECT_TRUE(json.contains("\"stars\":13,"));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject root = doc.object();
    for (const char *key :
         {"people", "tracks", "total_fen", "pool_fen", "stars_of_the_event", "warnings", "over_quota"})
        EXPECT_TRUE(root.contains(QString::fromUtf8(key))) << key;
    EXPECT_EQ(root.value(u"total_fen"_s).toInteger(), 2600000 + 5000);
    EXPECT_EQ(root.value(u"pool_fen"_s).toInteger(), 50000000);
    EXPECT_EQ(root.value(u"stars_of_the_event"_s).toArray(), (QJsonArray{u"big"_s, u"tiny"_s}));
    const QJsonArray people = root.value(u"people"_s).toArray();
    ASSERT_EQ(people.size(), 2);
    const QJsonObject tiny = people.at(1).toObject();
    for (const char *key : {"login", "name", "stars", "gross_fen", "paid_fen", "capped", "lines"})
        EXPECT_TRUE(tiny.contains(QString::fromUtf8(key))) << key;
    EXPECT_EQ(tiny.value(u"login"_s).toString(), u"tiny"_s);
    EXPECT_EQ(tiny.value(u"name"_s).toString(), u"Tiny \"T\" 小"_s);
    EXPECT_EQ(tiny.value(u"stars"_s).toDouble(), 0.025);
    EXPECT_EQ(tiny.value(u"gross_fen"_s).toInteger(), 5000);
    EXPECT_EQ(tiny.value(u"paid_fen"_s).toInteger(), 5000);
    EXPECT_EQ(tiny.value(u"capped"_s), QJsonValue(false));
    const QJsonObject line = tiny.value(u"lines"_s).toArray().at(0).toObject();
    for (const char *key : {"track", "item", "stars", "fen"})
        EXPECT_TRUE(line.contains(QString::fromUtf8(key))) << key;
    EXPECT_EQ(line.value(u"track"_s).toInteger(), TasksId);
    EXPECT_EQ(line.value(u"item"_s).toString(), u"No.8 为 Paddle 新增 FeatureAlphaDropout API"_s);
    EXPECT_EQ(line.value(u"fen"_s).toInteger(), 5000);
    const QJsonArray tracks = root.value(u"tracks"_s).toArray();
    ASSERT_EQ(tracks.size(), 4);
    const QJsonObject t0 = tracks.at(0).toObject();
    for (const char *key : {"id", "kind", "budget_fen", "committed_fen", "over_budget"})
        EXPECT_TRUE(t0.contains(QString::fromUtf8(key))) << key;
    EXPECT_EQ(t0.value(u"kind"_s).toString(), u"tasks"_s);
    EXPECT_EQ(t0.value(u"committed_fen"_s).toInteger(), 2605000);
    EXPECT_EQ(tracks.at(2).toObject().value(u"kind"_s).toString(), u"articles"_s);
}

TEST(PayoutCalculator, JsonEscapesControlCharacters)
{
    PayoutReport r;
    r.warnings = {u"a\tb"_s + QChar(1) + u"c\\d\ne"_s};
    const QByteArray json = payoutReportToJson(r);
    EXPECT_TRUE(json.contains(R"("a\tb\u0001c\\d\ne")")) << json.toStdString();
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    EXPECT_EQ(doc.object().value(u"warnings"_s).toArray().at(0).toString(), r.warnings.at(0));
}

TEST(PayoutCalculator, CsvQuoting)
{
    PayoutInput in = baseInput();
    in.people = {{u"quoted"_s, u"Li, \"Lucky\"\nLine"_s}};
    in.tasks = {task(12, "1.5", u"quoted"_s, at(1), u"Add a, b and \"c\""_s)};
    const QByteArray csv = payoutReportToCsv(calculatePayouts(in));
    const QByteArray expected = "login,name,track,item,stars,fen,gross_fen,paid_fen,capped\r\n"
                                "quoted,\"Li, \"\"Lucky\"\"\nLine\",1,\"No.12 Add a, b and \"\"c\"\"\",1.5,300000,"
                                "300000,300000,false\r\n";
    EXPECT_EQ(csv, expected);
}

TEST(PayoutCalculator, CsvOneRowPerLineUtf8)
{
    PayoutInput in = baseInput();
    in.rules.capFen = 300000;
    in.tasks = {task(1, "1", u"a"_s, at(1), u"新增 API"_s), task(2, "1", u"a"_s)};
    const QByteArray csv = payoutReportToCsv(calculatePayouts(in));
    const QList<QByteArray> rows = csv.split('\n');
    ASSERT_EQ(rows.size(), 4); // header, two lines, the empty tail
    EXPECT_EQ(rows.at(1), QByteArray("a,,1,No.1 新增 API,1,200000,400000,300000,true\r"));
    EXPECT_EQ(rows.at(2), QByteArray("a,,1,No.2 Task 2,1,200000,400000,300000,true\r"));
}

TEST(PayoutCalculator, FromTrackAndEvent)
{
    Track camp;
    camp.id = 7;
    camp.kind = TrackKind::Camp;
    camp.name = u"营"_s;
    camp.budgetFen = 123;
    camp.monthsRule = true;
    RewardTier low{1, 7, 1, u"及格"_s, Stars::whole(3), std::nullopt};
    RewardTier high{2, 7, 0, u"卓越"_s, Stars::whole(7), std::nullopt};
    const PayoutTrack t = PayoutTrack::fromTrack(camp, {low, high});
    EXPECT_EQ(t.id, 7);
    EXPECT_TRUE(t.monthsRule);
    ASSERT_EQ(t.grades.size(), 2);
    EXPECT_EQ(t.grades.at(0).name, u"卓越"_s);
    EXPECT_EQ(t.grades.at(1).stars, Stars::whole(3));
    EXPECT_EQ(PayoutTrack::fromTrack(camp).grades.size(), 4); // defaults stay

    Track articles;
    articles.id = 8;
    articles.kind = TrackKind::Articles;
    articles.quota = 20;
    articles.quotaStars = stars("0.5");
    const PayoutTrack a = PayoutTrack::fromTrack(
        articles, {{1, 8, 0, u"1st"_s, {}, 120000}, {2, 8, 1, u"2nd"_s, {}, 70000}, {3, 9, 2, u"x"_s, {}, 5}});
    EXPECT_EQ(a.rankPrizesFen, (QList<Fen>{120000, 70000}));
    EXPECT_EQ(a.quotaStars, stars("0.5"));

    Event e;
    e.starFen = 5000;
    e.capFen = 0;
    e.poolFen = 9;
    const PayoutRules rules = PayoutRules::fromEvent(e);
    EXPECT_EQ(rules.starFen, 5000);
    EXPECT_EQ(rules.capFen, 0);
    EXPECT_EQ(rules.poolFen, 9);
}

TEST(PayoutCalculator, TenThousandPeopleTwentyThousandLines)
{
    PayoutInput in = baseInput();
    in.rules.poolFen = 0;
    in.people.reserve(10000);
    for (int i = 0; i < 10000; ++i)
        in.people.append({u"user%1"_s.arg(i), u"User %1"_s.arg(i)});
    in.tasks.reserve(20000);
    for (int i = 0; i < 20000; ++i) {
        CompletedTask t;
        t.trackId = TasksId;
        t.number = i + 1;
        t.title = u"Task %1"_s.arg(i + 1);
        t.stars = Stars::fromMilli(25 * (1 + i % 120));
        t.finisherLogin = u"user%1"_s.arg((i * 7919) % 10000);
        t.completedAt = at(1 + i % 28, i % 24, i % 60);
        in.tasks.append(t);
    }
    const PayoutReport r = calculatePayouts(in);
    EXPECT_EQ(r.people.size(), 10000);
    EXPECT_EQ(r.starsOfTheEvent.size(), 3);
    EXPECT_TRUE(r.warnings.isEmpty());
    expectConsistent(r);
    EXPECT_FALSE(payoutReportToJson(r).isEmpty());
    EXPECT_FALSE(payoutReportToCsv(r).isEmpty());
}

// A name or a task title cannot become a formula in the spreadsheet the payouts CSV is opened in.
TEST(PayoutCalculator, CsvKeepsWouldBeFormulasText)
{
    PayoutInput in = baseInput();
    in.people = {{u"evil"_s, u"=HYPERLINK(\"http://x\")"_s}};
    in.tasks = {task(12, "1", u"evil"_s, at(1), u"@SUM(1)"_s)};
    const QByteArray csv = payoutReportToCsv(calculatePayouts(in));
    EXPECT_TRUE(csv.contains("evil,\"'=HYPERLINK(\"\"http://x\"\")\",1,No.12 @SUM(1),")) << csv.toStdString();
    in.people = {{u"evil"_s, u"-1+2"_s}};
    EXPECT_TRUE(payoutReportToCsv(calculatePayouts(in)).contains("evil,'-1+2,"));
}
