#include "parsing/claimcomment.h"
#include "parsing/prtitle.h"
#include "testutil.h"

#include <QStringList>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using hd::PrTitleRef;
using Kind = hd::PrTitleRef::Kind;

namespace {

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "None";
    case Kind::Task:
        return "Task";
    case Kind::Article:
        return "Article";
    case Kind::Fundable:
        return "Fundable";
    case Kind::FundableSubtask:
        return "FundableSubtask";
    case Kind::Malformed:
        return "Malformed";
    }
    return "?";
}

// A title, the edition it is read for, and what it must read as.
struct TitleCase
{
    QString title;
    Kind kind = Kind::None;
    QList<int> numbers = {};
    bool partial = false;
    int project = 0;
    QString prefix = u"Hackathon 6th"_s;
};

void PrintTo(const TitleCase &c, std::ostream *os)
{
    *os << kindName(c.kind) << " <- \"" << c.title.toStdString() << "\" (" << c.prefix.toStdString() << ')';
}

class PrTitleRead : public testing::TestWithParam<TitleCase>
{};

TEST_P(PrTitleRead, ReadsAsExpected)
{
    const TitleCase &c = GetParam();
    const PrTitleRef r = hd::parsePrTitle(c.title, c.prefix);
    EXPECT_EQ(kindName(r.kind), std::string(kindName(c.kind))) << r.reason.toStdString();
    EXPECT_EQ(r.numbers, c.numbers);
    EXPECT_EQ(r.partial, c.partial);
    EXPECT_EQ(r.project, c.project);
    EXPECT_TRUE(r.reason.isEmpty()) << r.reason.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Titles, PrTitleRead,
    testing::Values(
        // real shapes
        TitleCase{u"【Hackathon 6th No.9】Add cartesian_prod API to Paddle"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th No. 41】为 Paddle 新增 FeatureAlphaDropout API"_s, Kind::Task, {41}},
        TitleCase{u"【Hackathon 6th No.24、26-28、30】Fix docs of several APIs"_s, Kind::Task, {24, 26, 27, 28, 30}},
        TitleCase{u"【Hackathon 6th No.35】support kwargs for recompute -part"_s, Kind::Task, {35}, true},
        TitleCase{u"【Hackathon 6th Article No.3】飞桨新 API 开发经验分享"_s, Kind::Article, {3}},
        TitleCase{u"【Hackathon 6th Fundable Projects No.1】Unify the type hints"_s, Kind::Fundable, {1}},
        TitleCase{
            u"【Hackathon 6th Fundable Projects 4 No.3、5】Fix type hints"_s, Kind::FundableSubtask, {3, 5}, false, 4},
        // -part in its spellings, and words that are not it
        TitleCase{u"【Hackathon 6th No.2】Add API-part"_s, Kind::Task, {2}, true},
        TitleCase{u"【Hackathon 6th No.2】Add API - part"_s, Kind::Task, {2}, true},
        TitleCase{u"【Hackathon 6th No.2】Add API -Part"_s, Kind::Task, {2}, true},
        TitleCase{u"【Hackathon 6th No.2】Add API -PART "_s, Kind::Task, {2}, true},
        TitleCase{u"【Hackathon 6th No.2】Add API -part2"_s, Kind::Task, {2}, true},
        TitleCase{u"【Hackathon 6th No.2】Add API －part"_s, Kind::Task, {2}, true},
        TitleCase{u"【Hackathon 6th No.9-part】Add API"_s, Kind::Task, {9}, true},
        TitleCase{u"【Hackathon 6th No.9】Support multi-part upload"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th No.9】part of the fix"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th No.9】fix -partial"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th No.9】-part of the API"_s, Kind::Task, {9}},
        // tolerated spellings
        TitleCase{u"[Hackathon 6th No.9] Add cartesian_prod API"_s, Kind::Task, {9}},
        TitleCase{u"【 Hackathon  6th  No.9 】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th NO.9】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th no.9】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【hackathon 6TH No.9】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon6th No.9】Add API"_s, Kind::Task, {9}},
        TitleCase{u"（Hackathon 6th No.9）Add API"_s, Kind::Task, {9}},
        TitleCase{u"(Hackathon 6th No.9) Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th No．９】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Ｈａｃｋａｔｈｏｎ ６ｔｈ Ｎｏ．９】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th No.9,10】Add APIs"_s, Kind::Task, {9, 10}},
        TitleCase{u"【Hackathon 6th No.9，10】Add APIs"_s, Kind::Task, {9, 10}},
        TitleCase{u"【Hackathon 6th No.2-4】Add APIs"_s, Kind::Task, {2, 3, 4}},
        TitleCase{u"【Hackathon 6th No.2～4】Add APIs"_s, Kind::Task, {2, 3, 4}},
        TitleCase{u"【Hackathon 6th No.9、No.10】Add APIs"_s, Kind::Task, {9, 10}},
        TitleCase{u"【Hackathon 6th No:9】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th No 9】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th #9】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th 9】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th】No.9 Add API"_s, Kind::Task, {9}},
        TitleCase{u"Hackathon 6th No.9 Add API"_s, Kind::Task, {9}},
        TitleCase{u"【PaddlePaddle Hackathon 6th No.9】Add API"_s, Kind::Task, {9}},
        TitleCase{u"[CINN]【Hackathon 6th No.9】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th No.9】【Hackathon 6th No.10】Add API"_s, Kind::Task, {9}},
        TitleCase{u"【Hackathon 6th Articles No.3】文章"_s, Kind::Article, {3}},
        TitleCase{u"【Hackathon 6th article no.3】文章"_s, Kind::Article, {3}},
        TitleCase{u"【Hackathon 6th Fundable Project No.2】x"_s, Kind::Fundable, {2}},
        TitleCase{u"【Hackathon 6th Fundable No.2】x"_s, Kind::Fundable, {2}},
        TitleCase{u"【Hackathon 6th Fundable Projects 4】x"_s, Kind::Fundable, {4}},
        TitleCase{u"【Hackathon 6th Fundable Project 2 No.14】x"_s, Kind::FundableSubtask, {14}, false, 2},
        TitleCase{u"【Hackathon 6th Fundable Projects 2 #14-16】x"_s, Kind::FundableSubtask, {14, 15, 16}, false, 2},
        TitleCase{
            u"【Hackathon 6th Fundable Projects 2 No.14、15 】fix -part"_s, Kind::FundableSubtask, {14, 15}, true, 2},
        TitleCase{u"【Hackathon 6th Fundable Projects 4 No.3,5】x"_s, Kind::FundableSubtask, {3, 5}, false, 4},
        TitleCase{u"【Hackathon 6th Fundable Projects 4 No. 3】x"_s, Kind::FundableSubtask, {3}, false, 4},
        TitleCase{u"【Hackathon 6th Fundable Projects 4 No.3，5】x"_s, Kind::FundableSubtask, {3, 5}, false, 4},
        TitleCase{u"【Hackathon 6th Fundable Projects 4 No.5、3】x"_s, Kind::FundableSubtask, {3, 5}, false, 4},
        TitleCase{u"[Hackathon 6th Fundable Projects 4 No.3-5] x"_s, Kind::FundableSubtask, {3, 4, 5}, false, 4},
        // not this edition
        TitleCase{u"Add cartesian_prod API"_s}, TitleCase{u"【Hackathon 5th No.9】Add API"_s},
        TitleCase{u"【Hackathon 7th No.9】Add API"_s}, TitleCase{u"【Hackathon 16th No.9】Add API"_s},
        TitleCase{u"【Hackathon 60th No.9】Add API"_s}, TitleCase{u"【Hackathon 6thx No.9】Add API"_s},
        TitleCase{u"【Hackathon No.9】Add API"_s}, TitleCase{u"[CINN] fix shape inference"_s}, TitleCase{u""_s},
        TitleCase{u"Hackathon 6"_s},
        // other editions: the prefix is a setting
        TitleCase{u"【Hackathon 7th No.12】Add API"_s, Kind::Task, {12}, false, 0, u"Hackathon 7th"_s},
        TitleCase{u"【Hackathon 7th No.12】Add API -part"_s, Kind::Task, {12}, true, 0, u"Hackathon 7th"_s},
        TitleCase{u"【Hackathon 6th No.9】Add API"_s, Kind::None, {}, false, 0, u"Hackathon 7th"_s},
        TitleCase{u"【Hackathon 5th No.38】为 Paddle 新增 FractionalMaxPool2d API -part"_s,
                  Kind::Task,
                  {38},
                  true,
                  0,
                  u"Hackathon 5th"_s},
        TitleCase{u"【Hackathon 5th No.1】x"_s, Kind::Task, {1}, false, 0, u"  Hackathon   5th "_s},
        TitleCase{u"【PaddlePaddle Hackathon 4 No.5】x"_s, Kind::Task, {5}, false, 0, u"PaddlePaddle Hackathon 4"_s},
        TitleCase{u"【Hackathon 6th No.9】x"_s, Kind::None, {}, false, 0, u""_s}));

// A title that names the edition but cannot be read, and a word its reason must name.
struct BadTitle
{
    QString title;
    QString reasonMentions;
};

void PrintTo(const BadTitle &c, std::ostream *os)
{
    *os << '"' << c.title.toStdString() << '"';
}

class PrTitleMalformed : public testing::TestWithParam<BadTitle>
{};

TEST_P(PrTitleMalformed, SaysWhy)
{
    const BadTitle &c = GetParam();
    const PrTitleRef r = hd::parsePrTitle(c.title, u"Hackathon 6th");
    EXPECT_EQ(kindName(r.kind), std::string("Malformed"));
    EXPECT_TRUE(r.numbers.isEmpty());
    EXPECT_FALSE(r.reason.isEmpty());
    EXPECT_TRUE(r.reason.contains(c.reasonMentions)) << r.reason.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Bad, PrTitleMalformed,
    testing::Values(BadTitle{u"【Hackathon 6th】fix typo"_s, u"Hackathon 6th"_s},
                    BadTitle{u"Hackathon 6th No.abc"_s, u"Hackathon 6th"_s},
                    BadTitle{u"【Hackathon 6th No.】x"_s, u"Hackathon 6th"_s},
                    BadTitle{u"【Hackathon 6th Article】文章"_s, u"Hackathon 6th"_s},
                    BadTitle{u"【Hackathon 6th Fundable Projects】x"_s, u"Hackathon 6th"_s},
                    BadTitle{u"Follow-up for Hackathon 6th"_s, u"Hackathon 6th"_s},
                    BadTitle{u"【Hackathon 6th No.0】x"_s, u"0"_s}, BadTitle{u"【Hackathon 6th No.5-3】x"_s, u"5-3"_s},
                    BadTitle{u"【Hackathon 6th No.1-200】x"_s, u"1-200"_s},
                    BadTitle{u"【Hackathon 6th No.9.5】x"_s, u"9.5"_s},
                    BadTitle{u"【Hackathon 6th No.99999】x"_s, u"99999"_s},
                    BadTitle{u"【Hackathon 6th Fundable Projects 0 No.1】x"_s, u"0"_s},
                    BadTitle{u"Revert \"【Hackathon 6th No.9】Add cartesian_prod API to Paddle\""_s, u"revert"_s}));

TEST(PrTitle, ParserObjectMatchesTheFunction)
{
    const hd::PrTitleParser parser(u"Hackathon 6th");
    EXPECT_EQ(parser.editionPrefix(), u"Hackathon 6th"_s);
    const PrTitleRef r = parser.parse(u"【Hackathon 6th Fundable Projects 4 No.3、5】Fix");
    EXPECT_EQ(r.kind, Kind::FundableSubtask);
    EXPECT_EQ(r.project, 4);
    EXPECT_EQ(r.numbers, (QList<int>{3, 5}));
    // the function's cached parser follows a change of prefix
    EXPECT_EQ(hd::parsePrTitle(u"【Hackathon 7th No.1】x", u"Hackathon 7th").kind, Kind::Task);
    EXPECT_EQ(hd::parsePrTitle(u"【Hackathon 7th No.1】x", u"Hackathon 6th").kind, Kind::None);
    EXPECT_EQ(hd::parsePrTitle(u"【Hackathon 7th No.1】x", u"Hackathon 7th").kind, Kind::Task);
}

// Random text from the title alphabet: the parser always ends, and always gives a result or a reason.
TEST(PrTitle, RandomTextNeverBreaksIt)
{
    const QStringList alphabet = {u"Hackathon 6th"_s,
                                  u"Hackathon"_s,
                                  u" "_s,
                                  u"6th"_s,
                                  u"7th"_s,
                                  u"No."_s,
                                  u"NO"_s,
                                  u"no"_s,
                                  u"#"_s,
                                  u"【"_s,
                                  u"】"_s,
                                  u"["_s,
                                  u"]"_s,
                                  u"（"_s,
                                  u"）"_s,
                                  u"0"_s,
                                  u"1"_s,
                                  u"3"_s,
                                  u"9"_s,
                                  u"１"_s,
                                  u"、"_s,
                                  u","_s,
                                  u"-"_s,
                                  u"~"_s,
                                  u"part"_s,
                                  u"multi"_s,
                                  u"Article"_s,
                                  u"Fundable"_s,
                                  u"Projects"_s,
                                  u"Revert"_s,
                                  u"\""_s,
                                  u"abc"_s,
                                  u"."_s,
                                  u"："_s,
                                  u"99999999999"_s,
                                  u"为 Paddle 新增"_s,
                                  u"【Hackathon 6th No."_s,
                                  u"[Hackathon 6th Fundable Projects "_s};
    std::mt19937 rng(20240614);
    std::uniform_int_distribution<qsizetype> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 25);
    const hd::PrTitleParser parser(u"Hackathon 6th");
    // the edition as a whole word, after folding: what must never be None
    const QRegularExpression edition(u"(?<![A-Za-z0-9])Hackathon *6th(?![A-Za-z0-9])"_s,
                                     QRegularExpression::CaseInsensitiveOption);
    int read = 0;
    int malformed = 0;
    for (int i = 0; i < 20000; ++i) {
        QString title;
        for (int n = length(rng); n > 0; --n)
            title += alphabet.at(pick(rng));
        const PrTitleRef r = parser.parse(title);
        SCOPED_TRACE(title.toStdString());
        switch (r.kind) {
        case Kind::None:
            ASSERT_TRUE(r.numbers.isEmpty());
            ASSERT_TRUE(r.reason.isEmpty());
            ASSERT_FALSE(edition.match(hd::normaliseClaimText(title)).hasMatch());
            break;
        case Kind::Malformed:
            ++malformed;
            ASSERT_TRUE(r.numbers.isEmpty());
            ASSERT_FALSE(r.reason.isEmpty());
            break;
        case Kind::Task:
        case Kind::Article:
        case Kind::Fundable:
        case Kind::FundableSubtask:
            ++read;
            ASSERT_FALSE(r.numbers.isEmpty());
            ASSERT_TRUE(r.reason.isEmpty());
            ASSERT_TRUE(std::is_sorted(r.numbers.begin(), r.numbers.end()));
            ASSERT_TRUE(std::adjacent_find(r.numbers.begin(), r.numbers.end()) == r.numbers.end());
            ASSERT_GE(r.numbers.front(), 1);
            ASSERT_LE(r.numbers.back(), hd::MaxTaskNumber);
            ASSERT_EQ(r.kind == Kind::FundableSubtask, r.project > 0);
            break;
        }
        ASSERT_EQ(r, hd::parsePrTitle(title, u"Hackathon 6th"));
    }
    EXPECT_GT(read, 100);
    EXPECT_GT(malformed, 100);
}

// Random well-formed titles of three editions read back, and only for their own edition.
TEST(PrTitle, RandomSpellingsOfValidTitlesReadBack)
{
    const QStringList editions = {u"Hackathon 5th"_s, u"Hackathon 6th"_s, u"Hackathon 7th"_s};
    const QStringList opens = {u"【"_s, u"["_s, u"（"_s, u"("_s, u"【 "_s};
    const QStringList closes = {u"】"_s, u"]"_s, u"）"_s, u")"_s, u" 】 "_s};
    const QStringList nos = {u"No."_s, u"No. "_s, u"NO."_s, u"no."_s, u"No:"_s, u"#"_s, u"No．"_s};
    const QStringList seps = {u"、"_s, u","_s, u"，"_s, u", "_s};
    const QStringList parts = {u"-part"_s, u" -part"_s, u"- part"_s, u"-Part"_s, u" －PART"_s};
    std::mt19937 rng(7);
    const auto any = [&rng](const QStringList &list) {
        return list.at(std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(rng));
    };
    for (int i = 0; i < 5000; ++i) {
        const QString edition = any(editions);
        QList<int> expected;
        QString list;
        for (int k = 1 + static_cast<int>(rng() % 4); k > 0; --k) {
            if (!list.isEmpty())
                list += any(seps);
            const int from = 1 + static_cast<int>(rng() % 150);
            if (rng() % 4 == 0) {
                const int to = from + static_cast<int>(rng() % 4);
                list += u"%1-%2"_s.arg(from).arg(to);
                for (int n = from; n <= to; ++n)
                    expected += n;
            } else {
                list += QString::number(from);
                expected += from;
            }
        }
        std::sort(expected.begin(), expected.end());
        expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
        Kind kind = Kind::Task;
        QString kindWord;
        int project = 0;
        switch (rng() % 4) {
        case 1:
            kind = Kind::Article;
            kindWord = u"Article "_s;
            break;
        case 2:
            kind = Kind::Fundable;
            kindWord = u"Fundable Projects "_s;
            break;
        case 3:
            kind = Kind::FundableSubtask;
            project = 1 + static_cast<int>(rng() % 9);
            kindWord = u"Fundable Projects %1 "_s.arg(project);
            break;
        default:
            break;
        }
        const bool partial = rng() % 3 == 0;
        const QString title = any(opens) + edition + u' ' + kindWord + any(nos) + list + any(closes) +
                              u"为 Paddle 新增 API"_s + (partial ? any(parts) : QString());
        SCOPED_TRACE(title.toStdString());
        for (const QString &prefix : editions) {
            const PrTitleRef r = hd::parsePrTitle(title, prefix);
            if (prefix != edition) {
                ASSERT_EQ(r.kind, Kind::None);
                continue;
            }
            ASSERT_EQ(kindName(r.kind), std::string(kindName(kind))) << r.reason.toStdString();
            ASSERT_EQ(r.numbers, expected);
            ASSERT_EQ(r.project, project);
            ASSERT_EQ(r.partial, partial);
        }
    }
}

} // namespace

// Several patterns per event (github.pr-titles): the first that is followed by numbers wins.
TEST(PrTitle, ReadsTheEventsPatterns)
{
    const QStringList seventh = hd::prTitlePatterns(u"【Hackathon 7th PPSCI No.{n}】; 【Hackathon 7th No.{n}】;;"_s);
    ASSERT_EQ(seventh.size(), 2);
    const hd::PrTitleParser parser(seventh, u"Hackathon 7th");
    const struct
    {
        QString title;
        Kind kind;
        QList<int> numbers;
        int pattern;
    } cases[] = {
        {u"【Hackathon 7th PPSCI No.3】Add Allen-Cahn"_s, Kind::Task, {3}, 0},
        {u"【Hackathon 7th No.3】Add an API"_s, Kind::Task, {3}, 1},
        {u"[Hackathon 7th No. 12、13] fix"_s, Kind::Task, {12, 13}, 1},
        {u"（hackathon 7th ppsci no.5）"_s, Kind::Task, {5}, 0},
        {u"【Hackathon 4th No.10】old edition"_s, Kind::None, {}, -1},
        {u"【Hackathon 17th No.10】"_s, Kind::None, {}, -1},
        {u"【Hackathon 7th No.】forgot"_s, Kind::Malformed, {}, -1},
        {u"Update 【Hackathon 7th】任务合集.md"_s, Kind::None, {}, -1},
        {u"Fix typo"_s, Kind::None, {}, -1},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.title.toStdString());
        const PrTitleRef ref = parser.parse(c.title);
        EXPECT_EQ(kindName(ref.kind), std::string(kindName(c.kind))) << ref.reason.toStdString();
        EXPECT_EQ(ref.numbers, c.numbers);
        EXPECT_EQ(ref.pattern, c.pattern);
    }
    const hd::PrTitleParser sprint(hd::prTitlePatterns(u"【Hackathon 9th Sprint No.{n}】;[Sprint #{n}]"), u"");
    EXPECT_EQ(sprint.parse(u"【Hackathon 9th Sprint No.2】 docs").numbers, QList<int>{2});
    EXPECT_EQ(sprint.parse(u"[Sprint #4] docs").numbers, QList<int>{4});
    EXPECT_EQ(sprint.parse(u"【Hackathon 9th No.2】 docs").kind, Kind::None);
    const hd::PrTitleParser articles(hd::prTitlePatterns(u"【Hackathon 6th Article No.{n}】"), u"");
    EXPECT_EQ(articles.parse(u"【Hackathon 6th Article No.3】").kind, Kind::Article);
}

TEST(PrTitle, PatternsGiveTheirSearchWordsAndProblems)
{
    EXPECT_EQ(hd::prTitleSearchWords(u"【Hackathon 7th PPSCI No.{n}】"), u"Hackathon 7th PPSCI"_s);
    EXPECT_EQ(hd::prTitleSearchWords(u"[Sprint #{n}]"), u"Sprint"_s);
    EXPECT_TRUE(hd::prTitlePatternProblem(u"【Hackathon 7th】").contains(u"{n}"_s));
    EXPECT_FALSE(hd::prTitlePatternProblem(u"【No.{n}】").isEmpty());
    EXPECT_TRUE(hd::prTitlePatternProblem(u"[Sprint #{n}]").isEmpty());
    // Without patterns the prefix works as before; an organiser's edit of the event's pages is no problem.
    EXPECT_EQ(hd::parsePrTitle(u"Update 【Hackathon 6th】Fundable Projects.md", u"Hackathon 6th").kind, Kind::None);
    EXPECT_EQ(hd::parsePrTitle(u"【Hackathon 6th No.9】Add API", u"Hackathon 6th").numbers, QList<int>{9});
}
