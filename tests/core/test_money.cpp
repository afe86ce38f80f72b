#include "model/money.h"
#include "testutil.h"

using namespace hd;
using namespace Qt::StringLiterals;

TEST(Stars, ParsesExactDecimals)
{
    struct Case
    {
        QString text;
        std::optional<qint64> milli;
    };
    const Case cases[] = {
        {u"3"_s, 3000},   {u"0.5"_s, 500},   {u"0.025"_s, 25}, {u"1.50"_s, 1500}, {u" 2 "_s, 2000},
        {u"13"_s, 13000}, {u"0.0250"_s, 25}, {u"0"_s, 0},      {u"-1"_s, {}},     {u"0.0001"_s, {}},
        {u"abc"_s, {}},   {u""_s, {}},       {u"1e3"_s, {}},   {u".5"_s, {}},     {u"1.2.3"_s, {}},
    };
    for (const Case &c : cases) {
        const auto s = Stars::parse(c.text);
        ASSERT_EQ(s.has_value(), c.milli.has_value()) << c.text.toStdString();
        if (s) {
            EXPECT_EQ(s->milli(), *c.milli) << c.text.toStdString();
        }
    }
}

TEST(Stars, PrintsShortestExactDecimal)
{
    EXPECT_EQ(Stars::fromMilli(500).toString(), u"0.5"_s);
    EXPECT_EQ(Stars::fromMilli(25).toString(), u"0.025"_s);
    EXPECT_EQ(Stars::whole(13).toString(), u"13"_s);
    EXPECT_EQ(Stars::fromMilli(1250).toString(), u"1.25"_s);
    EXPECT_EQ(Stars::fromMilli(0).toString(), u"0"_s);
}

TEST(Stars, ConvertsToFenExactly)
{
    EXPECT_EQ(Stars::fromMilli(25).toFen(200'000), 5'000); // 0.025 star = ¥50
    EXPECT_EQ(Stars::fromMilli(500).toFen(200'000), 100'000);
    EXPECT_EQ(Stars::whole(15).toFen(200'000), 3'000'000);
    EXPECT_EQ(Stars::fromMilli(1).toFen(333), 0); // 0.333 fen rounds down
    EXPECT_EQ(Stars::fromMilli(3).toFen(500), 2); // 1.5 fen rounds half away from zero
}

TEST(Money, MulDivRoundsHalfAwayFromZero)
{
    EXPECT_EQ(mulDivRound(5, 1, 2), 3);
    EXPECT_EQ(mulDivRound(-5, 1, 2), -3);
    EXPECT_EQ(mulDivRound(7, 3, 4), 5);
    EXPECT_EQ(mulDivRound(std::numeric_limits<qint64>::max() / 2, 2, 2), std::numeric_limits<qint64>::max() / 2);
}

TEST(Money, FormatsAndParsesYuan)
{
    EXPECT_EQ(formatYuan(50'000'000), u"¥500,000"_s);
    EXPECT_EQ(formatYuan(123'450), u"¥1,234.50"_s);
    EXPECT_EQ(formatYuan(-200'000), u"-¥2,000"_s);
    EXPECT_EQ(formatYuan(5), u"¥0.05"_s);
    EXPECT_EQ(parseYuan(u"2,000"), 200'000);
    EXPECT_EQ(parseYuan(u"¥1,234.5"), 123'450);
    EXPECT_EQ(parseYuan(u"1500"), 150'000);
    EXPECT_FALSE(parseYuan(u"1.234"));
    EXPECT_FALSE(parseYuan(u"-5"));
    EXPECT_FALSE(parseYuan(u"five"));
}
