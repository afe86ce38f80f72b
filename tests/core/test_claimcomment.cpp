#include "parsing/claimcomment.h"
#include "testutil.h"

#include <QStringList>

#include <algorithm>
#include <random>

using namespace Qt::StringLiterals;
using hd::ClaimComment;
using Kind = hd::ClaimComment::Kind;

namespace {

const char *kindName(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return "None";
    case Kind::Claim:
        return "Claim";
    case Kind::Submit:
        return "Submit";
    case Kind::Unreadable:
        return "Unreadable";
    }
    return "?";
}

QList<int> range(int from, int to)
{
    QList<int> r;
    for (int i = from; i <= to; ++i)
        r += i;
    return r;
}

// One comment and what it must read as.
struct ReadCase
{
    QString body;
    Kind kind = Kind::None;
    QList<int> numbers = {};
    QList<int> otherWishes = {};
    bool noReassignment = false;
};

void PrintTo(const ReadCase &c, std::ostream *os)
{
    *os << kindName(c.kind) << " <- \"" << c.body.toStdString() << '"';
}

class ClaimCommentRead : public testing::TestWithParam<ReadCase>
{};

TEST_P(ClaimCommentRead, ReadsAsExpected)
{
    const ReadCase &c = GetParam();
    const ClaimComment r = hd::parseClaimComment(c.body);
    EXPECT_EQ(kindName(r.kind), std::string(kindName(c.kind))) << r.reason.toStdString();
    EXPECT_EQ(r.numbers, c.numbers);
    EXPECT_EQ(r.otherWishes, c.otherWishes);
    EXPECT_EQ(r.noReassignment, c.noReassignment);
    EXPECT_TRUE(r.reason.isEmpty()) << r.reason.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Claims, ClaimCommentRead,
    testing::Values(
        // the event's own format and its real misspellings
        ReadCase{u"【报名】：2、3"_s, Kind::Claim, {2, 3}}, ReadCase{u"【报名】：9-11"_s, Kind::Claim, {9, 10, 11}},
        ReadCase{u"【报名】：2-5"_s, Kind::Claim, {2, 3, 4, 5}},
        ReadCase{u"【报名】：26-29"_s, Kind::Claim, {26, 27, 28, 29}},
        ReadCase{u"【报名】：62，101"_s, Kind::Claim, {62, 101}}, ReadCase{u"报名36"_s, Kind::Claim, {36}},
        ReadCase{u"【报名】37、38、39"_s, Kind::Claim, {37, 38, 39}},
        ReadCase{u"【报名】：40      SDGD优化器"_s, Kind::Claim, {40}}, ReadCase{u"〖报名〗6"_s, Kind::Claim, {6}},
        ReadCase{u"【报名】: 3-5"_s, Kind::Claim, {3, 4, 5}},
        ReadCase{u"[报名]: 5"_s, Kind::Claim, {5}},
        // ranges with other dashes
        ReadCase{u"【报名】：2－5"_s, Kind::Claim, {2, 3, 4, 5}},
        ReadCase{u"【报名】：2—5"_s, Kind::Claim, {2, 3, 4, 5}},
        ReadCase{u"【报名】：2–5"_s, Kind::Claim, {2, 3, 4, 5}},
        ReadCase{u"【报名】：2~5"_s, Kind::Claim, {2, 3, 4, 5}},
        ReadCase{u"【报名】：2～5"_s, Kind::Claim, {2, 3, 4, 5}},
        ReadCase{u"【报名】：2 - 5"_s, Kind::Claim, {2, 3, 4, 5}},
        ReadCase{u"【报名】：2到5"_s, Kind::Claim, {2, 3, 4, 5}},
        ReadCase{u"【报名】：9 - 11"_s, Kind::Claim, {9, 10, 11}},
        ReadCase{u"【报名】：1-100"_s, Kind::Claim, range(1, 100)},
        // punctuation, digits and spaces
        ReadCase{u"【报名】:7,8"_s, Kind::Claim, {7, 8}}, ReadCase{u"[报名]:5,6"_s, Kind::Claim, {5, 6}},
        ReadCase{u"【报名】：１２、１３"_s, Kind::Claim, {12, 13}},
        ReadCase{u"【报名】：１－３"_s, Kind::Claim, {1, 2, 3}},
        ReadCase{u"  【 报名 】 ： 3 、 4  "_s, Kind::Claim, {3, 4}},
        ReadCase{u"【报名】：\u30003"_s, Kind::Claim, {3}}, ReadCase{u"【报名】: 1 2 3"_s, Kind::Claim, {1, 2, 3}},
        ReadCase{u"【报名】：2,3；4"_s, Kind::Claim, {2, 3, 4}}, ReadCase{u"【报名】：5 和 6"_s, Kind::Claim, {5, 6}},
        ReadCase{u"【报名】：2、4-6、9"_s, Kind::Claim, {2, 4, 5, 6, 9}},
        ReadCase{u"【报名】：5、5、3"_s, Kind::Claim, {3, 5}},
        ReadCase{u"【报名】：5（和队友一起）"_s, Kind::Claim, {5}},
        ReadCase{u"【报名】：5 6月完成"_s, Kind::Claim, {5}}, ReadCase{u"【报名】：5、6个人一起"_s, Kind::Claim, {5}},
        ReadCase{u"【报名】：40SDGD优化器"_s, Kind::Claim, {40}}, ReadCase{u"【报名】：No.9"_s, Kind::Claim, {9}},
        ReadCase{u"【报名】：NO.12"_s, Kind::Claim, {12}}, ReadCase{u"【报名】：#9、#10"_s, Kind::Claim, {9, 10}},
        ReadCase{u"【报名】：第5题"_s, Kind::Claim, {5}}, ReadCase{u"【报名】：\u200b7"_s, Kind::Claim, {7}},
        ReadCase{u"报名：12"_s, Kind::Claim, {12}}, ReadCase{u"报名: 12"_s, Kind::Claim, {12}},
        ReadCase{u"报名 12"_s, Kind::Claim, {12}}, ReadCase{u"（报名）：5"_s, Kind::Claim, {5}},
        ReadCase{u"我要【报名】：5"_s, Kind::Claim, {5}}, ReadCase{u"@luotao1 【报名】：8"_s, Kind::Claim, {8}},
        ReadCase{u"- 【报名】：5"_s, Kind::Claim, {5}}, ReadCase{u"**【报名】：8**"_s, Kind::Claim, {8}},
        ReadCase{u"`【报名】：8`"_s, Kind::Claim, {8}},
        // several lines
        ReadCase{u"大家好，我想参加这次活动。\n【报名】：15\n谢谢！"_s, Kind::Claim, {15}},
        ReadCase{u"【报名】：5\n【报名】：3"_s, Kind::Claim, {3, 5}}, ReadCase{u"【报名】\n7"_s, Kind::Claim, {7}},
        ReadCase{u"【报名】：\n7、8"_s, Kind::Claim, {7, 8}}, ReadCase{u"【报名】：1\r\n谢谢"_s, Kind::Claim, {1}},
        ReadCase{u"> 【报名】：5\n【报名】：6"_s, Kind::Claim, {6}},
        ReadCase{u"~~【报名】：5~~\n【报名】：6"_s, Kind::Claim, {6}},
        ReadCase{u"队伍名：飞桨小分队\n【报名】：1、2"_s, Kind::Claim, {1, 2}},
        // submissions
        ReadCase{u"【提交】：24"_s, Kind::Submit, {24}}, ReadCase{u"【提交】：24-25"_s, Kind::Submit, {24, 25}},
        ReadCase{u"[提交]: 7、9"_s, Kind::Submit, {7, 9}}, ReadCase{u"提交：3"_s, Kind::Submit, {3}},
        // code camp
        ReadCase{u"【报名】：1\n【其他意向】：2、4、6\n不接受调剂"_s, Kind::Claim, {1}, {2, 4, 6}, true},
        ReadCase{u"【报名】：3\n【其他意向】：5"_s, Kind::Claim, {3}, {5}, false},
        ReadCase{u"【报名】：3\n【其他意向】：无"_s, Kind::Claim, {3}, {}, false},
        ReadCase{u"【报名】：3\n【其他意向】：无\n接受调剂"_s, Kind::Claim, {3}, {}, false},
        ReadCase{u"【报名】：1\r\n【其他意向】：2-3\r\n（不接受调剂）"_s, Kind::Claim, {1}, {2, 3}, true},
        ReadCase{u"【其他意向】：4\n【报名】：2"_s, Kind::Claim, {2}, {4}, false},
        ReadCase{u"【报名】：1 【其他意向】：2"_s, Kind::Claim, {1}, {}, false}));

INSTANTIATE_TEST_SUITE_P(
    Chat, ClaimCommentRead,
    testing::Values(ReadCase{u"请问这个任务还有人做吗？"_s}, ReadCase{u"LGTM"_s}, ReadCase{u"感谢！"_s},
                    ReadCase{u""_s}, ReadCase{u"   \n\n  "_s}, ReadCase{u"+1"_s}, ReadCase{u"报名截止了吗？"_s},
                    ReadCase{u"报名一下"_s}, ReadCase{u"请问【报名】格式是什么"_s},
                    ReadCase{u"我已经提交了PR，麻烦review"_s}, ReadCase{u"提交了 #64881"_s},
                    ReadCase{u"大家好，我是小王，报名参加第一期"_s}, ReadCase{u"#123"_s}, ReadCase{u"v2.6 发布了"_s},
                    ReadCase{u"see https://github.com/PaddlePaddle/Paddle/pull/64881"_s},
                    ReadCase{u"2024-03-20 的会议"_s}, ReadCase{u"2024-03-20"_s}, ReadCase{u"0"_s}, ReadCase{u"1.5"_s},
                    ReadCase{u"99999"_s}, ReadCase{u"不接受调剂"_s}, ReadCase{u"> 【报名】：5\n\n好的，已更新"_s},
                    ReadCase{u"```\n【报名】：5\n```\nLGTM"_s}, ReadCase{u"> 【报名】\n> 5\n收到"_s},
                    ReadCase{u"~~【报名】：5~~\n不做了，抱歉"_s}, ReadCase{u"@luotao1 请 review"_s},
                    ReadCase{u"40 SDGD优化器"_s}));

// A comment that tries to claim and cannot be read, and a word its reason must name.
struct BadCase
{
    QString body;
    QString reasonMentions;
};

void PrintTo(const BadCase &c, std::ostream *os)
{
    *os << '"' << c.body.toStdString() << '"';
}

class ClaimCommentUnreadable : public testing::TestWithParam<BadCase>
{};

TEST_P(ClaimCommentUnreadable, SaysWhy)
{
    const BadCase &c = GetParam();
    const ClaimComment r = hd::parseClaimComment(c.body);
    EXPECT_EQ(kindName(r.kind), std::string("Unreadable"));
    EXPECT_TRUE(r.numbers.isEmpty());
    EXPECT_FALSE(r.reason.isEmpty());
    EXPECT_TRUE(r.reason.contains(c.reasonMentions)) << r.reason.toStdString();
}

INSTANTIATE_TEST_SUITE_P(
    Bad, ClaimCommentUnreadable,
    testing::Values(BadCase{u"【报名】："_s, u"【报名】"_s}, BadCase{u"【报名】"_s, u"【报名】"_s},
                    // numbers without the keyword: maybe meant as a claim, so listed, but not taken as one
                    BadCase{u"1、2"_s, u"【报名】"_s}, BadCase{u"１、２"_s, u"【报名】"_s}, BadCase{u"36"_s, u"【报名】"_s},
                    BadCase{u"  2-4  "_s, u"【报名】"_s}, BadCase{u"队伍名：飞桨小分队\n1、2"_s, u"【报名】"_s},
                    BadCase{u"报名"_s, u"【报名】"_s}, BadCase{u"【提交】"_s, u"【提交】"_s},
                    BadCase{u"【报名】：SDGD优化器"_s, u"【报名】"_s}, BadCase{u"报名：abc"_s, u"【报名】"_s},
                    BadCase{u"【报名】: 题目编号"_s, u"【报名】"_s}, BadCase{u"【报名】：第五题"_s, u"【报名】"_s},
                    BadCase{u"【报名】：0"_s, u"0"_s}, BadCase{u"【报名】：5-3"_s, u"5-3"_s},
                    BadCase{u"【报名】：1-200"_s, u"1-200"_s}, BadCase{u"【报名】：1-101"_s, u"100"_s},
                    BadCase{u"【报名】：1-60、61-120"_s, u"100"_s}, BadCase{u"【报名】：99999"_s, u"99999"_s},
                    BadCase{u"【报名】：12345678901234567890"_s, u"9999"_s}, BadCase{u"【报名】：1.5"_s, u"1.5"_s},
                    BadCase{u"【报名】：2-3-4"_s, u"2-3-4"_s}, BadCase{u"【报名】：1\n【提交】：2"_s, u"报名"_s},
                    BadCase{u"【其他意向】：2"_s, u"【其他意向】"_s},
                    BadCase{u"【报名】：1\n【其他意向】：3-2"_s, u"3-2"_s},
                    BadCase{u"【报名】：5\n【报名】：abc"_s, u"【报名】"_s},
                    BadCase{u"大家好\n【报名】：\n请问格式对吗"_s, u"【报名】"_s}));

TEST(ClaimComment, BotRepliesUseTheEventsWords)
{
    EXPECT_EQ(hd::botReplyBadFormat(u"alice"), u"@alice 请检查报名格式，正确的格式为【报名】: 题目编号"_s);
    EXPECT_EQ(hd::botReplyBadFormat(u"@alice"), u"@alice 请检查报名格式，正确的格式为【报名】: 题目编号"_s);
    EXPECT_EQ(hd::botReplyUnknownTask(u"Bob-1", 33), u"@Bob-1 PR赛题编号【33】不存在"_s);
    EXPECT_EQ(hd::botReplyRemovedTask(u"megemini", 12), u"@megemini 抱歉，赛题【12】已删除"_s);
}

// The event's own claim keywords (claims.keywords): an English event's "/claim" and "claim".
TEST(ClaimComment, ReadsTheEventsKeywords)
{
    const auto english = hd::ClaimKeywords::fromSetting(u"/claim;claim");
    EXPECT_EQ(english.words, (QStringList{u"/claim"_s, u"claim"_s}));
    const struct
    {
        QString body;
        Kind kind;
        QList<int> numbers;
    } cases[] = {
        {u"/claim 3"_s, Kind::Claim, {3}},
        {u"/claim: 3-5"_s, Kind::Claim, {3, 4, 5}},
        {u"Claim 1, 2"_s, Kind::Claim, {1, 2}},
        {u"@bot /claim #7"_s, Kind::Claim, {7}},
        {u"claimed 3 yesterday"_s, Kind::None, {}},
        {u"I'd like to claim 3"_s, Kind::None, {}},
        {u"【报名】：3"_s, Kind::None, {}}, // not this event's keyword
        {u"/claim"_s, Kind::Unreadable, {}},
        {u"3, 4"_s, Kind::Unreadable, {}},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.body.toStdString());
        const ClaimComment r = hd::parseClaimComment(c.body, english);
        EXPECT_EQ(kindName(r.kind), std::string(kindName(c.kind))) << r.reason.toStdString();
        EXPECT_EQ(r.numbers, c.numbers);
    }
    EXPECT_TRUE(hd::parseClaimComment(u"3, 4", english).reason.contains(u"/claim"_s));
    // Unset, the 6th edition's 【报名】 family; 【报名】 named alone keeps it too.
    const auto chinese = hd::ClaimKeywords::fromSetting(u"【报名】");
    EXPECT_EQ(hd::parseClaimComment(u"[报名]: 5", chinese).numbers, QList<int>{5});
    EXPECT_EQ(hd::ClaimKeywords{}.first(), u"【报名】"_s);
}

TEST(ClaimComment, BotRepliesInTheEventsLanguage)
{
    using hd::ReplyLanguage;
    EXPECT_EQ(hd::botReplyTakenTask(u"alice", 12), u"@alice 抱歉，赛题【12】已完成或已锁定"_s);
    EXPECT_EQ(hd::botReplyTakenTask(u"alice", 12, ReplyLanguage::English),
              u"@alice Sorry, task 12 is already completed or locked"_s);
    EXPECT_EQ(hd::botReplyUnknownTask(u"bob", 33, ReplyLanguage::English), u"@bob Task 33 does not exist"_s);
    EXPECT_EQ(hd::botReplyBadFormat(u"bob", u"/claim"_s, ReplyLanguage::English),
              u"@bob Please check the format of your claim; it is: /claim task number"_s);
    EXPECT_EQ(hd::botReplyBadFormat(u"bob", u"[报名]"_s), u"@bob 请检查报名格式，正确的格式为[报名]: 题目编号"_s);
    EXPECT_EQ(hd::replyLanguageFromSetting(u"en"), ReplyLanguage::English);
    EXPECT_EQ(hd::replyLanguageFromSetting(u"zh_CN"), ReplyLanguage::Chinese);
}

TEST(ClaimComment, ReadsNumberListsAtTheStartOfAText)
{
    const auto list = hd::readTaskNumbers(hd::normaliseClaimText(u"24、26-28、30】Add API"));
    EXPECT_EQ(list.numbers, (QList<int>{24, 26, 27, 28, 30}));
    EXPECT_EQ(list.length, 11);
    EXPECT_TRUE(list.reason.isEmpty());

    const auto none = hd::readTaskNumbers(u"abc 12");
    EXPECT_TRUE(none.numbers.isEmpty());
    EXPECT_EQ(none.length, 0);
    EXPECT_TRUE(none.reason.isEmpty());

    EXPECT_TRUE(hd::looksLikeMoreNumbers(u".5"));
    EXPECT_TRUE(hd::looksLikeMoreNumbers(u"-4"));
    EXPECT_FALSE(hd::looksLikeMoreNumbers(u"-part"));
    EXPECT_FALSE(hd::looksLikeMoreNumbers(u"】Add"));
}

TEST(ClaimComment, NormalisesFullWidthForms)
{
    EXPECT_EQ(hd::normaliseClaimText(u"【报名】：１２、１３，１４－１６～１８（Ａ）"), u"【报名】:12,13,14-16~18(A)"_s);
}

// Random text from the claim alphabet: the parser always ends, and always gives a result or a reason.
TEST(ClaimComment, RandomTextNeverBreaksIt)
{
    const QStringList alphabet = {
        u"0"_s,  u"1"_s,  u"2"_s,    u"5"_s,    u"9"_s,           u"12"_s,         u"１"_s,   u"【"_s,  u"】"_s,
        u"："_s, u":"_s,  u"、"_s,   u","_s,    u"，"_s,          u"-"_s,          u"－"_s,   u"~"_s,   u"～"_s,
        u"["_s,  u"]"_s,  u"报名"_s, u"提交"_s, u"其他意向"_s,    u"不接受调剂"_s, u"No."_s,  u"#"_s,   u"第"_s,
        u"题"_s, u" "_s,  u"\n"_s,   u"> "_s,   u"@bot "_s,       u"a"_s,          u"SDGD"_s, u"```"_s, u"*"_s,
        u"到"_s, u"（"_s, u"）"_s,   u"."_s,    u"99999999999"_s, u"\u200b"_s,     u"\r"_s};
    std::mt19937 rng(20240320);
    std::uniform_int_distribution<qsizetype> pick(0, alphabet.size() - 1);
    std::uniform_int_distribution<int> length(0, 30);
    int claims = 0;
    int unreadable = 0;
    for (int i = 0; i < 20000; ++i) {
        QString body;
        for (int n = length(rng); n > 0; --n)
            body += alphabet.at(pick(rng));
        const ClaimComment r = hd::parseClaimComment(body);
        SCOPED_TRACE(body.toStdString());
        switch (r.kind) {
        case Kind::None:
            ASSERT_TRUE(r.numbers.isEmpty());
            ASSERT_TRUE(r.reason.isEmpty());
            break;
        case Kind::Claim:
        case Kind::Submit:
            ++claims;
            ASSERT_FALSE(r.numbers.isEmpty());
            ASSERT_TRUE(r.reason.isEmpty());
            break;
        case Kind::Unreadable:
            ++unreadable;
            ASSERT_TRUE(r.numbers.isEmpty());
            ASSERT_FALSE(r.reason.isEmpty());
            break;
        }
        for (const QList<int> &list : {r.numbers, r.otherWishes}) {
            ASSERT_TRUE(std::is_sorted(list.begin(), list.end()));
            ASSERT_TRUE(std::adjacent_find(list.begin(), list.end()) == list.end());
            ASSERT_LE(list.size(), hd::MaxNumbersPerClaim);
            for (const int n : list) {
                ASSERT_GE(n, 1);
                ASSERT_LE(n, hd::MaxTaskNumber);
            }
        }
    }
    EXPECT_GT(claims, 100);     // the alphabet does produce claims …
    EXPECT_GT(unreadable, 100); // … and unreadable ones
}

// Random well-formed claims in every spelling read back as the numbers they were made from.
TEST(ClaimComment, RandomSpellingsOfValidClaimsReadBack)
{
    const QStringList heads = {u"【报名】："_s,     u"【报名】:"_s,       u"[报名]: "_s,
                               u"报名"_s,           u"【报名】 "_s,       u"报名："_s,
                               u"【 报名 】 ： "_s, u"@bot 【报名】："_s, u"（报名）："_s};
    const QStringList seps = {u"、"_s, u","_s, u"，"_s, u" , "_s, u"、 "_s, u" "_s, u"；"_s};
    const QStringList dashes = {u"-"_s, u"－"_s, u"~"_s, u"～"_s, u"—"_s, u" - "_s, u"到"_s};
    const QStringList tails = {QString(), u" SDGD优化器"_s, u"（队伍：飞桨）"_s, u"  谢谢"_s};
    const QStringList before = {QString(), u"大家好\n"_s, u"> 【报名】：77\n"_s};
    std::mt19937 rng(42);
    const auto any = [&rng](const QStringList &list) {
        return list.at(std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(rng));
    };
    const auto spell = [&rng](int n) {
        QString s = QString::number(n);
        if (rng() % 3 == 0)
            for (QChar &c : s)
                c = QChar(c.unicode() - u'0' + 0xFF10);
        return s;
    };
    for (int i = 0; i < 5000; ++i) {
        QList<int> expected;
        QString list;
        const int items = 1 + static_cast<int>(rng() % 5);
        for (int k = 0; k < items; ++k) {
            if (k > 0)
                list += any(seps);
            const int from = 1 + static_cast<int>(rng() % 300);
            if (rng() % 3 == 0) {
                const int to = from + static_cast<int>(rng() % 6);
                list += spell(from) + any(dashes) + spell(to);
                for (int n = from; n <= to; ++n)
                    expected += n;
            } else {
                list += spell(from);
                expected += from;
            }
        }
        std::sort(expected.begin(), expected.end());
        expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
        const QString body = any(before) + any(heads) + list + any(tails);
        const ClaimComment r = hd::parseClaimComment(body);
        ASSERT_EQ(kindName(r.kind), std::string("Claim")) << body.toStdString() << r.reason.toStdString();
        ASSERT_EQ(r.numbers, expected) << body.toStdString();
    }
}

} // namespace
