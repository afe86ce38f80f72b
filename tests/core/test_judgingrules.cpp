#include "judging/judgingrules.h"
#include "testutil.h"

#include <QTimeZone>

#include <cmath>
#include <functional>

using namespace hd;
using namespace Qt::StringLiterals;

namespace {

Criterion judged(qint64 id, const QString &name, int weight, int lowest = 1)
{
    Criterion c;
    c.id = id;
    c.name = name;
    c.weight = weight;
    c.anchors = {{lowest, u"weak"_s}, {lowest + 4, u"solid"_s}, {lowest + 8, u"outstanding"_s}};
    return c;
}

Criterion derived(qint64 id, const QString &name, int weight, Figure figure)
{
    Criterion c;
    c.id = id;
    c.name = name;
    c.weight = weight;
    c.figure = figure;
    return c;
}

// Scale 1-10; Quality 3, Depth 2, Clarity 1.
Rubric threeCriteria()
{
    Rubric r;
    r.trackId = 1;
    r.criteria = {judged(1, u"Quality"_s, 3), judged(2, u"Depth"_s, 2), judged(3, u"Clarity"_s, 1)};
    return r;
}

bool anyContains(const QStringList &list, const QString &needle)
{
    for (const QString &s : list)
        if (s.contains(needle, Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

// ---- Rubrics ---------------------------------------------------------------------------------------------

TEST(JudgingRules, AGoodRubricHasNoProblems)
{
    EXPECT_TRUE(rubricProblems(threeCriteria()).isEmpty()) << rubricProblems(threeCriteria()).join(u'\n').toStdString();
    Rubric r = threeCriteria();
    r.criteria << derived(4, u"Views"_s, 1, Figure::Views) << derived(5, u"Likes"_s, 1, Figure::Likes);
    EXPECT_TRUE(rubricProblems(r).isEmpty()) << "derived criteria come on top of the judges' 3-6";
}

TEST(JudgingRules, RubricProblemsAreNamed)
{
    struct Case
    {
        const char *what;
        std::function<void(Rubric &)> change;
        QString needle;
    };
    const Case cases[] = {
        {"two criteria", [](Rubric &r) { r.criteria.removeLast(); }, u"3 to 6"_s},
        {"seven criteria",
         [](Rubric &r) {
             for (int i = 4; i <= 7; ++i)
                 r.criteria << judged(i, u"C%1"_s.arg(i), 1);
         },
         u"has 7"_s},
        {"only derived besides two",
         [](Rubric &r) {
             r.criteria.removeLast();
             r.criteria << derived(9, u"Views"_s, 1, Figure::Views);
         },
         u"3 to 6"_s},
        {"empty name", [](Rubric &r) { r.criteria[1].name = u"  "_s; }, u"needs a name"_s},
        {"duplicate name", [](Rubric &r) { r.criteria[2].name = u"quality"_s; }, u"Two criteria are called"_s},
        {"zero weight", [](Rubric &r) { r.criteria[0].weight = 0; }, u"weight"_s},
        {"huge weight", [](Rubric &r) { r.criteria[0].weight = 1001; }, u"weight"_s},
        {"no anchor at the minimum", [](Rubric &r) { r.criteria[0].anchors.removeFirst(); }, u"lowest score 1"_s},
        {"anchor outside",
         [](Rubric &r) {
             r.criteria[0].anchors.append({11, u"x"_s});
         },
         u"outside the scale"_s},
        {"anchor twice",
         [](Rubric &r) {
             r.criteria[0].anchors.append({5, u"again"_s});
         },
         u"described twice"_s},
        {"empty anchor", [](Rubric &r) { r.criteria[0].anchors[1].text = u" "_s; }, u"is empty"_s},
        {"upside-down scale",
         [](Rubric &r) {
             r.scaleMin = 10;
             r.scaleMax = 1;
         },
         u"scale"_s},
        {"negative scale", [](Rubric &r) { r.scaleMin = -1; }, u"scale"_s},
        {"scale above 100", [](Rubric &r) { r.scaleMax = 101; }, u"scale"_s},
        {"one figure twice",
         [](Rubric &r) {
             r.criteria << derived(8, u"V1"_s, 1, Figure::Views) << derived(9, u"V2"_s, 1, Figure::Views);
         },
         u"derived from"_s},
    };
    for (const Case &c : cases) {
        Rubric r = threeCriteria();
        c.change(r);
        const QStringList problems = rubricProblems(r);
        EXPECT_TRUE(anyContains(problems, c.needle)) << c.what << ": " << problems.join(u" | "_s).toStdString();
    }
}

TEST(JudgingRules, AnAnchorDescribesItsBand)
{
    const Criterion c = judged(1, u"Q"_s, 1); // anchors at 1, 5, 9
    const std::pair<int, int> cases[] = {{1, 1}, {2, 1}, {4, 1}, {5, 5}, {8, 5}, {9, 9}, {10, 9}};
    for (const auto &[score, anchor] : cases) {
        ASSERT_NE(anchorFor(c, score), nullptr) << score;
        EXPECT_EQ(anchorFor(c, score)->score, anchor) << score;
    }
    EXPECT_EQ(anchorFor(c, 0), nullptr);
}

// ---- Conflicts -------------------------------------------------------------------------------------------

TEST(JudgingRules, ConflictsCoverAuthorsTeamsOrganisationsAndMentors)
{
    SubmissionProfile team;
    team.teamName = u"飞桨小分队"_s;
    team.authors = {{u"lin-yichen"_s, u"浙江大学"_s, {}},
                    {u"zhou-haoran"_s, u"华中科技大学"_s, {u"@Mentor-Wu"_s, u"吴老师"_s}}};
    SubmissionProfile solo;
    solo.authors = {{u"megemini"_s, QString(), {}}};

    struct Case
    {
        const char *what;
        JudgeProfile judge;
        const SubmissionProfile *submission;
        QString needle; // empty: no conflict
    };
    using K = JudgeConflict::Kind;
    const Case cases[] = {
        {"a stranger", {u"zhang-wei"_s, QString(), u"百度"_s, {}}, &team, {}},
        {"an author", {u"@Lin-Yichen"_s, QString(), QString(), {}}, &team, u"one of its authors"_s},
        {"declared participant",
         {u"x"_s, QString(), QString(), {{K::Participant, u"@ZHOU-haoran"_s}}},
         &team,
         u"@zhou-haoran"_s},
        {"declared team",
         {u"x"_s, QString(), QString(), {{K::Team, u" 飞桨小分队 "_s}}},
         &team,
         u"the team 飞桨小分队"_s},
        {"declared team, solo work", {u"x"_s, QString(), QString(), {{K::Team, u"飞桨小分队"_s}}}, &solo, {}},
        {"declared organisation",
         {u"x"_s, QString(), QString(), {{K::Organisation, u"华中科技大学"_s}}},
         &team,
         u"华中科技大学"_s},
        {"same organisation", {u"x"_s, QString(), u"浙江大学"_s, {}}, &team, u"same organisation as @lin-yichen"_s},
        {"empty organisations never match", {u"x"_s, QString(), QString(), {}}, &solo, {}},
        {"their camp mentor", {u"mentor-wu"_s, QString(), QString(), {}}, &team, u"mentors @zhou-haoran"_s},
        {"someone else's mentor", {u"mentor-li"_s, QString(), QString(), {}}, &team, {}},
        {"their camp mentor by name", {u"wu-laoshi"_s, u" 吴老师 "_s, QString(), {}}, &team, u"mentors @zhou-haoran"_s},
        {"a namesake of nobody", {u"li-si"_s, u"李四"_s, QString(), {}}, &team, {}},
    };
    for (const Case &c : cases) {
        const auto reason = conflictReason(c.judge, *c.submission);
        if (c.needle.isEmpty()) {
            EXPECT_FALSE(reason) << c.what << ": " << reason.value_or(QString()).toStdString();
        } else {
            ASSERT_TRUE(reason) << c.what;
            EXPECT_TRUE(reason->contains(c.needle)) << c.what << ": " << reason->toStdString();
        }
    }
}

TEST(JudgingRules, CampMentorsAreReadAsTheEventWritesThem)
{
    const std::pair<QString, QStringList> cases[] = {
        {u"@zhwesky2010"_s, {u"zhwesky2010"_s}},
        {u"@a, @b"_s, {u"a"_s, u"b"_s}},
        {u"@a @b"_s, {u"a"_s, u"b"_s}},
        {u"张三 (@Aurelius84)"_s, {u"Aurelius84"_s, u"张三"_s}},
        {u"张三（@Aurelius84）、李四"_s, {u"Aurelius84"_s, u"张三"_s, u"李四"_s}},
        {u"Li Si; @qili93 / 王五"_s, {u"Li Si"_s, u"qili93"_s, u"王五"_s}},
        {u"@A, @a"_s, {u"A"_s}},
        {u"zhwesky2010"_s, {u"zhwesky2010"_s}},
        {u" , "_s, {}},
        {QString(), {}},
    };
    for (const auto &[written, expected] : cases)
        EXPECT_EQ(campMentors(written), expected) << written.toStdString();
}

TEST(JudgingRules, SubmissionLinksAreKindColonUrlOrBareAddresses)
{
    EXPECT_EQ(parseSubmissionLink(u"pr:https://github.com/x/y/pull/1"_s),
              (SubmissionLink{u"pr"_s, u"https://github.com/x/y/pull/1"_s}));
    EXPECT_EQ(parseSubmissionLink(u" Slides: https://x.org/s.pdf "_s),
              (SubmissionLink{u"slides"_s, u"https://x.org/s.pdf"_s}));
    EXPECT_EQ(parseSubmissionLink(u"https://y.org"_s), (SubmissionLink{u"other"_s, u"https://y.org"_s}));
    QString why;
    EXPECT_FALSE(parseSubmissionLink(u"video:https://x"_s, &why));
    EXPECT_TRUE(why.contains(u"is not kind:url"_s)) << why.toStdString();
    EXPECT_FALSE(parseSubmissionLink(u"pr:not a link"_s, &why));
    EXPECT_TRUE(why.contains(u"is not an http(s) address"_s)) << why.toStdString();
    EXPECT_FALSE(parseSubmissionLink(u"report:ftp://x.org/r.pdf"_s, &why));
}

// ---- Scores ----------------------------------------------------------------------------------------------

TEST(JudgingRules, WeightedScoreIsTheWeightedMean)
{
    const Rubric r = threeCriteria();
    EXPECT_DOUBLE_EQ(*weightedScore(r, {{1, 8}, {2, 6}, {3, 5}}), 41.0 / 6.0);
    EXPECT_DOUBLE_EQ(*weightedScore(r, {{1, 10}, {2, 10}, {3, 10}}), 10.0);
    EXPECT_FALSE(weightedScore(r, {{1, 8}, {2, 6}})) << "a judged criterion without a score";
}

TEST(JudgingRules, DerivedCriteriaAreLogScaledFigures)
{
    EXPECT_DOUBLE_EQ(figureScore(1000, 1000, 1, 10), 10.0);
    EXPECT_DOUBLE_EQ(figureScore(0, 1000, 1, 10), 1.0);
    EXPECT_NEAR(figureScore(99, 1000, 1, 10), 6.999131970638696, 1e-12);
    EXPECT_DOUBLE_EQ(figureScore(5, 0, 1, 10), 1.0) << "nobody reported anything";
    EXPECT_DOUBLE_EQ(figureScore(5000, 1000, 1, 10), 10.0) << "clamped";

    Rubric r = threeCriteria();
    r.criteria << derived(4, u"Views"_s, 4, Figure::Views);
    Submission a, b, c;
    a.id = 1;
    a.figures[size_t(Figure::Views)] = 1000;
    b.id = 2;
    b.figures[size_t(Figure::Views)] = 99;
    c.id = 3; // not reported
    const auto d = derivedScores(r, {a, b, c});
    EXPECT_DOUBLE_EQ(d[1][4], 10.0);
    EXPECT_NEAR(d[2][4], 6.999131970638696, 1e-12);
    EXPECT_DOUBLE_EQ(d[3][4], 1.0);
    // (3·8 + 2·6 + 1·5 + 4·10) / 10
    EXPECT_DOUBLE_EQ(*weightedScore(r, {{1, 8}, {2, 6}, {3, 5}}, d[1]), 8.1);
}

TEST(JudgingRules, SheetProblems)
{
    const Rubric r = threeCriteria();
    EXPECT_TRUE(sheetProblems(r, {{1, 8}}, SheetStatus::Draft).isEmpty()) << "a draft may be partial";
    EXPECT_TRUE(sheetProblems(r, {{1, 8}, {2, 1}, {3, 10}}, SheetStatus::Submitted).isEmpty());
    EXPECT_TRUE(anyContains(sheetProblems(r, {{1, 8}}, SheetStatus::Submitted), u"still empty: Depth, Clarity"_s));
    EXPECT_TRUE(
        anyContains(sheetProblems(r, {{1, 11}}, SheetStatus::Draft), u"Quality: 11 is outside the scale 1-10"_s));
    EXPECT_TRUE(anyContains(sheetProblems(r, {{1, 0}}, SheetStatus::Draft), u"outside"_s));
    EXPECT_TRUE(anyContains(sheetProblems(r, {{7, 5}}, SheetStatus::Draft), u"no criterion #7"_s));
    Rubric withViews = r;
    withViews.criteria << derived(4, u"Views"_s, 1, Figure::Views);
    EXPECT_TRUE(anyContains(sheetProblems(withViews, {{4, 5}}, SheetStatus::Draft), u"judges do not score it"_s));
    EXPECT_TRUE(sheetProblems(withViews, {{1, 8}, {2, 1}, {3, 10}}, SheetStatus::Submitted).isEmpty())
        << "derived criteria need no score";
    EXPECT_TRUE(
        anyContains(sheetProblems(r, {}, SheetStatus::Draft, QString(MaxCommentLength + 1, u'x')), u"too long"_s));
}

TEST(JudgingRules, TheFormSaysWhatIsWrongFieldByField)
{
    const Rubric r = threeCriteria();
    struct Case
    {
        const char *what;
        QMap<qint64, QString> texts;
        SheetStatus target;
        QStringList needles; // empty: valid
        QList<qint64> bad;
        int filled;
    };
    const Case cases[] = {
        {"empty draft", {}, SheetStatus::Draft, {}, {}, 0},
        {"partial draft", {{1, u"7"_s}, {2, u" "_s}}, SheetStatus::Draft, {}, {}, 1},
        {"full submit", {{1, u"7"_s}, {2, u"10"_s}, {3, u" 1 "_s}}, SheetStatus::Submitted, {}, {}, 3},
        {"partial submit", {{1, u"7"_s}}, SheetStatus::Submitted, {u"still empty: Depth, Clarity"_s}, {2, 3}, 1},
        {"not a number",
         {{1, u"seven"_s}},
         SheetStatus::Draft,
         {u"Quality: \"seven\" is not a whole number"_s},
         {1},
         0},
        {"half point", {{1, u"7.5"_s}}, SheetStatus::Draft, {u"not a whole number"_s}, {1}, 0},
        {"too high", {{2, u"11"_s}}, SheetStatus::Draft, {u"Depth: 11 is outside the scale 1-10"_s}, {2}, 0},
        {"too low", {{3, u"0"_s}}, SheetStatus::Draft, {u"Clarity: 0 is outside"_s}, {3}, 0},
        {"both",
         {{1, u"x"_s}, {2, u"5"_s}},
         SheetStatus::Submitted,
         {u"not a whole number"_s, u"still empty: Clarity"_s},
         {1, 3},
         1},
    };
    for (const Case &c : cases) {
        const SheetValidation v = validateSheet(r, c.texts, {}, c.target);
        EXPECT_EQ(v.problems.size(), c.needles.size()) << c.what << ": " << v.problems.join(u" | "_s).toStdString();
        for (const QString &needle : c.needles)
            EXPECT_TRUE(anyContains(v.problems, needle)) << c.what << ": " << v.problems.join(u" | "_s).toStdString();
        EXPECT_EQ(v.badCriteria, c.bad) << c.what;
        EXPECT_EQ(v.filled, c.filled) << c.what;
        EXPECT_EQ(v.total, 3);
    }
}

// ---- Normalisation and ranking ---------------------------------------------------------------------------

TEST(JudgingRules, NormalisationMatchesAHandComputedCase)
{
    // Judge 1 gives 8, 6, 4 (μ 6, σ √(8/3)); judge 2 gives 9, 7 (μ 8, σ 1). All: μ 6.8, σ √2.96.
    const QList<JudgeScore> scores = {{1, 1, 8}, {1, 2, 6}, {1, 3, 4}, {2, 1, 9}, {2, 2, 7}};
    const QList<double> n = normalisedScores(scores);
    const double expected[] = {8.907130750570548, 6.8, 4.692869249429452, 8.520465053408525, 5.079534946591474};
    ASSERT_EQ(n.size(), 5);
    for (int i = 0; i < 5; ++i)
        EXPECT_NEAR(n[i], expected[i], 1e-12) << i;

    const QList<SubmissionResult> r = rankSubmissions(scores, {1, 2, 3, 4});
    ASSERT_EQ(r.size(), 4);
    EXPECT_EQ(r[0].submissionId, 1);
    EXPECT_EQ(r[0].rank, 1);
    EXPECT_EQ(r[0].judges, 2);
    EXPECT_NEAR(r[0].raw, 8.5, 1e-12);
    EXPECT_NEAR(r[0].normalised, 8.713797901989537, 1e-12);
    EXPECT_EQ(r[1].submissionId, 2);
    EXPECT_NEAR(r[1].normalised, 5.939767473295737, 1e-12);
    EXPECT_EQ(r[2].submissionId, 3);
    EXPECT_NEAR(r[2].normalised, 4.692869249429452, 1e-12);
    EXPECT_EQ(r[3].submissionId, 4) << "unscored comes last";
    EXPECT_EQ(r[3].rank, 0);
    EXPECT_EQ(r[3].judges, 0);
}

TEST(JudgingRules, NormalisationCorrectsAStrictJudgeAndTiesFallToTheRawMean)
{
    // A lenient judge (9, 8) and a strict one (5, 3) on different submissions: after normalisation 10 and
    // 30 tie at the top, 20 and 40 at the bottom; the raw mean orders each pair.
    const QList<JudgeScore> scores = {{1, 10, 9}, {1, 20, 8}, {2, 30, 5}, {2, 40, 3}};
    const QList<SubmissionResult> r = rankSubmissions(scores, {10, 20, 30, 40});
    QList<qint64> order;
    for (const auto &x : r)
        order << x.submissionId;
    EXPECT_EQ(order, (QList<qint64>{10, 30, 20, 40}));
    EXPECT_NEAR(r[0].normalised, r[1].normalised, 1e-12);
    EXPECT_NEAR(r[0].normalised, 6.25 + std::sqrt(5.6875), 1e-12);
    EXPECT_EQ((QList<int>{r[0].rank, r[1].rank, r[2].rank, r[3].rank}), (QList<int>{1, 2, 3, 4}));
}

TEST(JudgingRules, AJudgeWhoGivesEveryoneTheSameScoreMapsToTheMean)
{
    // σⱼ = 0 for judge 1 (7, 7, 7, also after rounding noise): n = μ.
    const double seven = 22.0 / 3.0 - 1.0 / 3.0; // 7 with floating-point noise
    const QList<JudgeScore> scores = {{1, 1, seven}, {1, 2, 7}, {1, 3, 7}, {2, 1, 9}, {2, 2, 5}};
    const QList<double> n = normalisedScores(scores);
    const double mu = (seven + 7 + 7 + 9 + 5) / 5;
    for (int i = 0; i < 3; ++i)
        EXPECT_NEAR(n[i], mu, 1e-12) << i;
}

TEST(JudgingRules, TieBreaksAreMoreJudgesThenTheLowerId)
{
    // Every judge gives every submission 7: all results equal.
    const QList<JudgeScore> scores = {{1, 5, 7}, {2, 5, 7}, {1, 3, 7}, {1, 4, 7}, {2, 4, 7}, {3, 4, 7}};
    const QList<SubmissionResult> r = rankSubmissions(scores, {3, 4, 5, 6});
    QList<qint64> order;
    for (const auto &x : r)
        order << x.submissionId;
    EXPECT_EQ(order, (QList<qint64>{4, 5, 3, 6})) << "3 judges, 2 judges, 1 judge, unscored";
}

TEST(JudgingRules, RankingIgnoresInputOrder)
{
    QList<JudgeScore> scores = {{1, 1, 8.2}, {1, 2, 6.1}, {2, 1, 7.3}, {2, 3, 9.9}, {3, 2, 4.4}, {3, 3, 5.5}};
    const QList<SubmissionResult> a = rankSubmissions(scores, {1, 2, 3});
    std::reverse(scores.begin(), scores.end());
    const QList<SubmissionResult> b = rankSubmissions(scores, {3, 2, 1});
    ASSERT_EQ(a.size(), b.size());
    for (qsizetype i = 0; i < a.size(); ++i) {
        EXPECT_EQ(a[i].submissionId, b[i].submissionId);
        EXPECT_EQ(a[i].raw, b[i].raw) << "bit for bit";
        EXPECT_EQ(a[i].normalised, b[i].normalised) << "bit for bit";
    }
}

TEST(JudgingRules, ResultsPrintWithThreeDecimals)
{
    const std::pair<double, const char16_t *> cases[] = {
        {8.713797901989537, u"8.714"}, {7, u"7.000"},  {6.8335, u"6.834"}, {0.0004, u"0.000"},
        {-0.0004, u"0.000"},           {10, u"10.000"}};
    for (const auto &[value, text] : cases)
        EXPECT_EQ(formatResult(value), QString::fromUtf16(text)) << value;
}

// ---- The lock --------------------------------------------------------------------------------------------

TEST(JudgingRules, ALockedTrackSaysWhoLockedItAndHowToUnlock)
{
    EXPECT_TRUE(lockProblem({}, u"Articles"_s).isEmpty());
    const TrackLock lock{true, QDateTime(QDate(2024, 6, 20), QTime(12, 0), QTimeZone::utc()), u"staff-li"_s};
    const QString p = lockProblem(lock, u"Articles"_s);
    EXPECT_TRUE(p.contains(u"\"Articles\" are final"_s)) << p.toStdString();
    EXPECT_TRUE(p.contains(u"staff-li"_s));
    EXPECT_TRUE(p.contains(u"2024-06-20"_s));
    EXPECT_TRUE(p.contains(u"reason"_s));
    EXPECT_FALSE(unlockReasonProblem(u"  "_s).isEmpty());
    EXPECT_FALSE(unlockReasonProblem(QString(501, u'x')).isEmpty());
    EXPECT_TRUE(unlockReasonProblem(u"A judge's sheet was entered for the wrong submission."_s).isEmpty());
}
