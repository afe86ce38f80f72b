#include "parsing/issuemarkdown.h"

#include "testutil.h"

#include <QFile>
#include <QRandomGenerator>

#include <limits>

using namespace Qt::StringLiterals;
using namespace hd;

namespace {

QString fixture(const QString &name)
{
    QFile file(QStringLiteral(HACKDESK_TEST_DATA "/issues/") + name);
    if (!file.open(QIODevice::ReadOnly))
        ADD_FAILURE() << "cannot open fixture " << name.toStdString();
    return QString::fromUtf8(file.readAll());
}

const IssueTask *taskNo(const IssueTaskList &list, int number)
{
    for (const IssueTask &t : list.tasks)
        if (t.number == number)
            return &t;
    return nullptr;
}

QString lineOf(const QString &text, const QString &prefix)
{
    for (const QString &l : text.split(u'\n'))
        if (l.startsWith(prefix))
            return l;
    return {};
}

QString problemsText(const IssueTaskList &list)
{
    QString s;
    for (const IssueProblem &p : list.problems)
        s += QString::number(p.line) + u": "_s + p.reason + u'\n';
    return s;
}

// The same tasks, ignoring where they stood.
void expectSameTasks(const IssueTaskList &a, const IssueTaskList &b)
{
    EXPECT_EQ(a.preamble, b.preamble);
    EXPECT_EQ(a.directions, b.directions);
    ASSERT_EQ(a.tasks.size(), b.tasks.size());
    for (qsizetype i = 0; i < a.tasks.size(); ++i) {
        const IssueTask &x = a.tasks[i];
        const IssueTask &y = b.tasks[i];
        SCOPED_TRACE(x.number);
        EXPECT_EQ(x.direction, y.direction);
        EXPECT_EQ(x.number, y.number);
        EXPECT_EQ(x.stars, y.stars);
        EXPECT_EQ(x.cashFen, y.cashFen);
        EXPECT_EQ(x.title, y.title);
        EXPECT_EQ(x.url, y.url);
        EXPECT_EQ(x.rfcRequired, y.rfcRequired);
        EXPECT_EQ(x.finisher, y.finisher);
        EXPECT_EQ(x.struck, y.struck);
        EXPECT_EQ(x.mentor, y.mentor);
        EXPECT_EQ(x.seats, y.seats);
        EXPECT_EQ(x.leader, y.leader);
        ASSERT_EQ(x.claimants.size(), y.claimants.size());
        for (qsizetype j = 0; j < x.claimants.size(); ++j) {
            EXPECT_EQ(x.claimants[j].login, y.claimants[j].login);
            EXPECT_EQ(x.claimants[j].status, y.claimants[j].status);
            ASSERT_EQ(x.claimants[j].prs.size(), y.claimants[j].prs.size());
            for (qsizetype k = 0; k < x.claimants[j].prs.size(); ++k) {
                EXPECT_EQ(x.claimants[j].prs[k].repo, y.claimants[j].prs[k].repo);
                EXPECT_EQ(x.claimants[j].prs[k].number, y.claimants[j].prs[k].number);
                EXPECT_EQ(x.claimants[j].prs[k].url, y.claimants[j].prs[k].url);
            }
        }
    }
}

// The track's canonical tables, whatever layout the list was read in.
QString writeCanonical(IssueTaskList list, TrackKind kind)
{
    list.tables.clear();
    return writeIssueBody(list, kind);
}

} // namespace

TEST(IssueStars, ReadsEveryNotation)
{
    const struct
    {
        QString text;
        qint64 milli;
    } cases[] = {
        {u"⭐"_s, 1000},       {u"⭐️"_s, 1000},   {u"⭐️⭐️️"_s, 2000}, {u"⭐ ⭐ ⭐"_s, 3000},
        {u"🌟🌟"_s, 2000},      {u"⭐🌟"_s, 2000},       {u"13×⭐️"_s, 13000},     {u"13x⭐"_s, 13000},
        {u"13 × 🌟"_s, 13000}, {u"13X⭐"_s, 13000},    {u"⭐×15"_s, 15000},           {u"0.5⭐"_s, 500},
        {u"0.025🌟"_s, 25},    {u"0.5⭐️"_s, 500}, {u"2.5 × ⭐️"_s, 2500},   {u"12🌟"_s, 12000},
        {u"★★"_s, 2000},      {u"0⭐️"_s, 0},     {u"1.50⭐"_s, 1500},
    };
    for (const auto &c : cases) {
        SCOPED_TRACE(c.text.toStdString());
        const auto s = parseIssueStars(c.text);
        ASSERT_TRUE(s.has_value());
        EXPECT_EQ(s->milli(), c.milli);
    }
    for (const QString &bad : {u""_s, u"3x"_s, u"困难"_s, u"0.0005⭐"_s, u"⭐3"_s, u"13××⭐"_s, u"x⭐"_s, u"1.2.3⭐"_s,
                               u"⭐⭐x"_s, u"-1⭐"_s, u".5⭐"_s, u"13×"_s}) {
        SCOPED_TRACE(bad.toStdString());
        EXPECT_FALSE(parseIssueStars(bad).has_value());
    }
}

TEST(IssueStars, WritesOneCanonicalForm)
{
    EXPECT_EQ(formatIssueStars(Stars::whole(1)), u"⭐️"_s);
    EXPECT_EQ(formatIssueStars(Stars::whole(3)), u"⭐️⭐️⭐️"_s);
    EXPECT_EQ(formatIssueStars(Stars::whole(5)), u"⭐️⭐️⭐️⭐️⭐️"_s);
    EXPECT_EQ(formatIssueStars(Stars::whole(6)), u"6×⭐️"_s);
    EXPECT_EQ(formatIssueStars(Stars::whole(13)), u"13×⭐️"_s);
    EXPECT_EQ(formatIssueStars(Stars::fromMilli(500)), u"0.5⭐️"_s);
    EXPECT_EQ(formatIssueStars(Stars::fromMilli(25)), u"0.025⭐️"_s);
    EXPECT_EQ(formatIssueStars(Stars::fromMilli(2500)), u"2.5⭐️"_s);
    EXPECT_EQ(formatIssueStars(Stars()), u"0⭐️"_s);
    for (qint64 m : {0, 25, 50, 500, 1000, 1500, 2000, 5000, 6000, 15000, 123456})
        EXPECT_EQ(parseIssueStars(formatIssueStars(Stars::fromMilli(m))), Stars::fromMilli(m)) << m;
}

TEST(IssueMarkdown, ReadsTrackOneBody)
{
    const IssueTaskList list = parseIssueBody(fixture(u"tasks_6th.md"_s), TrackKind::Tasks);
    EXPECT_TRUE(list.problems.isEmpty()) << problemsText(list).toStdString();
    EXPECT_EQ(list.directions, (QStringList{u"框架 API 开发"_s, u"科学计算"_s, u"合作伙伴"_s}));
    ASSERT_EQ(list.tasks.size(), 13);
    EXPECT_TRUE(list.preamble.startsWith(u"此 ISSUE 为 PaddlePaddle Hackathon 第六期活动的任务 ISSUE"_s));
    EXPECT_TRUE(list.preamble.endsWith(u"直接以现金奖励。"_s));
    EXPECT_FALSE(list.preamble.contains(u"### 框架 API 开发"_s));

    const QList<int> numbers{1, 8, 9, 10, 11, 20, 21, 22, 23, 24, 43, 50, 51};
    const QList<qint64> stars{1000, 1000, 2000, 2000, 1000, 2000, 3000, 2000, 500, 25, 2000, 0, 3000};
    const QList<int> lines{14, 15, 16, 17, 18, 26, 27, 28, 29, 30, 36, 37, 38};
    for (qsizetype i = 0; i < list.tasks.size(); ++i) {
        EXPECT_EQ(list.tasks[i].number, numbers[i]);
        EXPECT_EQ(list.tasks[i].stars.milli(), stars[i]) << numbers[i];
        EXPECT_EQ(list.tasks[i].line, lines[i]) << numbers[i];
    }
    EXPECT_EQ(taskNo(list, 1)->direction, u"框架 API 开发"_s);
    EXPECT_EQ(taskNo(list, 24)->direction, u"科学计算"_s);
    EXPECT_EQ(taskNo(list, 50)->direction, u"合作伙伴"_s);

    // Several claimants, several PRs each.
    const IssueTask *t9 = taskNo(list, 9);
    ASSERT_EQ(t9->claimants.size(), 3);
    EXPECT_EQ(t9->claimants[0].login, u"zbt78"_s);
    EXPECT_EQ(t9->claimants[0].status, ClaimStatus::DesignDone);
    EXPECT_EQ(t9->claimants[1].login, u"NKNaN"_s);
    EXPECT_EQ(t9->claimants[1].status, ClaimStatus::Registered);
    EXPECT_TRUE(t9->claimants[1].prs.isEmpty());
    EXPECT_EQ(t9->claimants[2].status, ClaimStatus::PrSubmitted);
    ASSERT_EQ(t9->claimants[2].prs.size(), 2);
    EXPECT_EQ(t9->claimants[2].prs[1].number, 64110);
    EXPECT_EQ(t9->claimants[2].prs[1].repo, u"PaddlePaddle/Paddle"_s);
    EXPECT_EQ(t9->title, u"为 Paddle 新增 cartesian_prod API"_s);

    // RFC: a marker on 9, the list line names 1 and 8.
    for (int n : {1, 8, 9})
        EXPECT_TRUE(taskNo(list, n)->rfcRequired) << n;
    for (int n : {10, 20, 43, 50})
        EXPECT_FALSE(taskNo(list, n)->rfcRequired) << n;

    // Struck: the title only (removed) or every cell (finished and locked).
    EXPECT_TRUE(taskNo(list, 10)->struck);
    EXPECT_EQ(taskNo(list, 10)->title, u"为 Paddle 新增 Tensor.masked_scatter API"_s);
    EXPECT_TRUE(taskNo(list, 11)->struck);
    EXPECT_EQ(taskNo(list, 11)->finisher, u"zrr1999"_s);
    ASSERT_EQ(taskNo(list, 11)->claimants.size(), 1);
    EXPECT_EQ(taskNo(list, 11)->claimants[0].status, ClaimStatus::Completed);
    EXPECT_FALSE(taskNo(list, 9)->struck);

    // Cash: alone in the difficulty cell, or a note after the title.
    EXPECT_EQ(taskNo(list, 50)->cashFen, Fen(150000));
    EXPECT_TRUE(taskNo(list, 50)->stars.isZero());
    EXPECT_EQ(taskNo(list, 51)->cashFen, Fen(200000));
    EXPECT_EQ(taskNo(list, 51)->title, u"Paddle2ONNX 支持 PaddleOCR v4 模型"_s);
    EXPECT_FALSE(taskNo(list, 43)->cashFen.has_value());

    EXPECT_EQ(taskNo(list, 20)->claimants[0].status, ClaimStatus::PartlyDone);
    EXPECT_EQ(taskNo(list, 1)->finisher, QString());
}

TEST(IssueMarkdown, ReadsTheRealRowsExactly)
{
    const IssueTaskList list = parseIssueBody(fixture(u"tasks_6th.md"_s), TrackKind::Tasks);
    const IssueTask *t8 = taskNo(list, 8);
    ASSERT_NE(t8, nullptr);
    EXPECT_EQ(t8->title, u"为 Paddle 新增 FeatureAlphaDropout API"_s);
    EXPECT_EQ(t8->url, u"https://github.com/PaddlePaddle/Paddle/issues/62256"_s);
    EXPECT_EQ(t8->stars, Stars::whole(1));
    ASSERT_EQ(t8->claimants.size(), 2);
    EXPECT_EQ(t8->claimants[0].login, u"MagnetoWang"_s);
    EXPECT_EQ(t8->claimants[0].status, ClaimStatus::RfcSubmitted);
    ASSERT_EQ(t8->claimants[0].prs.size(), 1);
    EXPECT_EQ(t8->claimants[0].prs[0].number, 890);
    EXPECT_EQ(t8->claimants[0].prs[0].repo, u"PaddlePaddle/community"_s);
    EXPECT_EQ(t8->claimants[0].prs[0].url, u"https://github.com/PaddlePaddle/community/pull/890"_s);
    EXPECT_EQ(t8->claimants[1].login, u"megemini"_s);
    EXPECT_EQ(t8->claimants[1].status, ClaimStatus::Completed);
    ASSERT_EQ(t8->claimants[1].prs.size(), 1);
    EXPECT_EQ(t8->claimants[1].prs[0].number, 64881);
    EXPECT_EQ(t8->claimants[1].prs[0].repo, u"PaddlePaddle/Paddle"_s);
    EXPECT_EQ(t8->finisher, u"megemini"_s);
    EXPECT_FALSE(t8->struck);

    const IssueTask *t43 = taskNo(list, 43);
    ASSERT_NE(t43, nullptr);
    EXPECT_EQ(t43->stars, Stars::whole(2)); // "⭐️⭐️️" with a stray variation selector
    EXPECT_EQ(t43->title, u"为 OpenVINO 实现 Paddle 算子 tril/triu 转换"_s);
    ASSERT_EQ(t43->claimants.size(), 1);
    EXPECT_EQ(t43->claimants[0].login, u"Asthestarsfalll"_s);
    EXPECT_EQ(t43->claimants[0].status, ClaimStatus::Completed);
    ASSERT_EQ(t43->claimants[0].prs.size(), 1);
    EXPECT_EQ(t43->claimants[0].prs[0].repo, u"openvinotoolkit/openvino"_s);
    EXPECT_EQ(t43->claimants[0].prs[0].number, 23982);
    EXPECT_EQ(t43->claimants[0].prs[0].url, u"https://github.com/openvinotoolkit/openvino/pull/23982"_s);
    EXPECT_EQ(t43->finisher, u"Asthestarsfalll"_s);
}

TEST(IssueMarkdown, ReadsCampBody)
{
    const IssueTaskList list = parseIssueBody(fixture(u"camp_6th.md"_s), TrackKind::Camp);
    EXPECT_TRUE(list.problems.isEmpty()) << problemsText(list).toStdString();
    EXPECT_EQ(list.directions, (QStringList{u"框架开发"_s, u"科学计算与硬件"_s}));
    ASSERT_EQ(list.tasks.size(), 6);
    const IssueTask *p1 = taskNo(list, 1);
    EXPECT_EQ(p1->title, u"框架 API 易用性提升"_s);
    EXPECT_EQ(p1->mentor, u"@zhwesky2010"_s);
    EXPECT_EQ(p1->seats, 2);
    ASSERT_EQ(p1->claimants.size(), 2);
    EXPECT_EQ(p1->claimants[0].status, ClaimStatus::Completed);
    EXPECT_EQ(p1->claimants[1].status, ClaimStatus::PrSubmitted);
    EXPECT_TRUE(p1->stars.isZero());
    const IssueTask *p3 = taskNo(list, 3);
    EXPECT_EQ(p3->title, u"飞桨 CINN 编译器算子支持"_s);
    EXPECT_TRUE(p3->url.isEmpty());
    EXPECT_EQ(p3->mentor, u"张三 (@Aurelius84)"_s);
    EXPECT_TRUE(taskNo(list, 5)->struck);
    EXPECT_EQ(taskNo(list, 5)->mentor, u"@qili93"_s);
    EXPECT_EQ(taskNo(list, 5)->seats, 1);
    EXPECT_EQ(taskNo(list, 6)->seats, 0);
    EXPECT_EQ(taskNo(list, 2)->claimants[0].prs.size(), 2);

    const QString written = writeCanonical(list, TrackKind::Camp);
    EXPECT_TRUE(written.contains(u"| 序号 | 项目名称 | 导师 | 名额 | **队伍名称/状态/PR** |\n"_s));
    // Finished campers, counted per camper: projects 1, 2 and 6.
    EXPECT_EQ(lineOf(written, u"| 合计"_s), u"| 合计 | 5 | 3 / 4 | 75% | 3 | 60% |"_s);
    EXPECT_EQ(lineOf(written, u"> 排名不分先后"_s),
              u"> 排名不分先后 @Asthestarsfalll (1) @gouzil (1) @Liyulingyue (1)"_s);
}

TEST(IssueMarkdown, ReadsFundableBody)
{
    const IssueTaskList list = parseIssueBody(fixture(u"fundable_6th.md"_s), TrackKind::Fundable);
    EXPECT_TRUE(list.problems.isEmpty()) << problemsText(list).toStdString();
    EXPECT_EQ(list.directions, (QStringList{u"框架与工具"_s, u"生态合作"_s}));
    EXPECT_TRUE(list.preamble.startsWith(u"# Fundable Projects\n"_s));
    ASSERT_EQ(list.tasks.size(), 5);
    EXPECT_EQ(taskNo(list, 1)->stars, Stars::whole(13));
    EXPECT_EQ(taskNo(list, 2)->stars, Stars::whole(10));
    EXPECT_EQ(taskNo(list, 3)->stars, Stars::whole(15));
    EXPECT_EQ(taskNo(list, 4)->stars, Stars::whole(5));
    EXPECT_EQ(taskNo(list, 5)->stars, Stars::whole(12));
    EXPECT_EQ(taskNo(list, 5)->cashFen, Fen(2400000));
    EXPECT_EQ(taskNo(list, 1)->leader, u"@megemini"_s);
    EXPECT_EQ(taskNo(list, 1)->finisher, u"megemini"_s);
    EXPECT_EQ(taskNo(list, 1)->title, u"将 xdoctest 引入到飞桨框架工作流中"_s);
    // 【需RFC】 on 1; "需要先提交 RFC 的项目：2-3" in the preamble.
    for (int n : {1, 2, 3})
        EXPECT_TRUE(taskNo(list, n)->rfcRequired) << n;
    EXPECT_FALSE(taskNo(list, 4)->rfcRequired);
    EXPECT_EQ(taskNo(list, 4)->claimants[0].status, ClaimStatus::PartlyDone);
    EXPECT_EQ(taskNo(list, 4)->claimants[0].prs[1].repo, u"PaddlePaddle/PaConvert"_s);

    const QString written = writeCanonical(list, TrackKind::Fundable);
    EXPECT_TRUE(written.contains(u"| 1 | 13×⭐️ | [将 xdoctest 引入到飞桨框架工作流中]"
                                 "(https://github.com/PaddlePaddle/Paddle/issues/54705) 【需 RFC】 | @megemini | "_s));
    EXPECT_TRUE(written.contains(u"| 5 | 12×⭐️ ¥24,000 | "_s));
}

TEST(IssueMarkdown, ReportsBadRowsAndKeepsGoodOnes)
{
    const IssueTaskList list = parseIssueBody(fixture(u"bad_rows.md"_s), TrackKind::Tasks);
    QList<int> numbers;
    for (const IssueTask &t : list.tasks)
        numbers.append(t.number);
    EXPECT_EQ(numbers, (QList<int>{1, 8, 43}));
    EXPECT_EQ(taskNo(list, 1)->line, 7);
    EXPECT_EQ(taskNo(list, 8)->line, 15);
    EXPECT_EQ(taskNo(list, 43)->line, 42);
    EXPECT_TRUE(taskNo(list, 8)->rfcRequired);
    EXPECT_EQ(taskNo(list, 8)->stars, Stars::whole(2));
    EXPECT_EQ(list.directions, (QStringList{u"框架 API 开发"_s, u"科学计算"_s, u"合作伙伴"_s}));

    const QList<int> expectedLines{8, 9, 10, 11, 12, 13, 14, 17, 19, 19, 31, 39, 40, 41};
    QList<int> lines;
    for (const IssueProblem &p : list.problems) {
        lines.append(p.line);
        EXPECT_FALSE(p.reason.isEmpty());
    }
    EXPECT_EQ(lines, expectedLines) << problemsText(list).toStdString();
    if (lines != expectedLines)
        return;
    EXPECT_TRUE(list.problems[0].reason.contains(u"6 cells"_s));
    EXPECT_TRUE(list.problems[1].reason.contains(u"“八”"_s));
    EXPECT_TRUE(list.problems[2].reason.contains(u"困难"_s));
    EXPECT_TRUE(list.problems[3].reason.contains(u"line 7"_s));
    EXPECT_TRUE(list.problems[4].reason.contains(u"提交PRR"_s));
    EXPECT_TRUE(list.problems[5].reason.contains(u"login"_s));
    EXPECT_TRUE(list.problems[6].reason.contains(u"@some one"_s));
    EXPECT_TRUE(list.problems[8].reason.contains(u"1-x"_s));
    EXPECT_TRUE(list.problems[9].reason.contains(u"99"_s));
    EXPECT_TRUE(list.problems[10].reason.contains(u"难度"_s));
    EXPECT_TRUE(list.problems[11].reason.contains(u"1,500.555"_s));
    EXPECT_TRUE(list.problems[12].reason.contains(u"0.0005"_s));
    EXPECT_TRUE(list.problems[13].reason.contains(u"title"_s));
}

TEST(IssueMarkdown, WritesTheCanonicalForm)
{
    IssueTaskList list;
    list.preamble = u"此 ISSUE 为第六期任务 ISSUE。\n\n"_s;
    list.directions = {u"框架 API 开发"_s};
    IssueTask t;
    t.direction = u"框架 API 开发"_s;
    t.number = 8;
    t.stars = Stars::whole(1);
    t.title = u"为 Paddle 新增 FeatureAlphaDropout API"_s;
    t.url = u"https://github.com/PaddlePaddle/Paddle/issues/62256"_s;
    t.rfcRequired = true;
    t.claimants = {{u"MagnetoWang"_s, ClaimStatus::RfcSubmitted, {{u"PaddlePaddle/community"_s, 890, {}}}},
                   {u"megemini"_s,
                    ClaimStatus::Completed,
                    {{u"PaddlePaddle/Paddle"_s, 64881, u"https://github.com/PaddlePaddle/Paddle/pull/64881"_s}}}};
    t.finisher = u"megemini"_s;
    list.tasks.append(t);
    IssueTask cash;
    cash.direction = u"Paddle2ONNX"_s; // not in directions: appended after them
    cash.number = 50;
    cash.cashFen = 150000;
    cash.title = u"a | b"_s;
    cash.struck = true;
    list.tasks.append(cash);

    const QString expected =
        u"此 ISSUE 为第六期任务 ISSUE。\n"
        "\n"
        "### 框架 API 开发\n"
        "\n"
        "| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
        "| :---: | :---: | :--- | :--- | :---: |\n"
        "| 8 | ⭐️ | [为 Paddle 新增 FeatureAlphaDropout "
        "API](https://github.com/PaddlePaddle/Paddle/issues/62256) "
        "【需 RFC】 | @MagnetoWang <img src=\"https://img.shields.io/badge/状态-提交RFC-F1C40F\" /> "
        "[#890](https://github.com/PaddlePaddle/community/pull/890)<br>@megemini "
        "<img src=\"https://img.shields.io/badge/状态-完成任务-9B59B6\" /> "
        "[#64881](https://github.com/PaddlePaddle/Paddle/pull/64881)<br> | @megemini |\n"
        "\n"
        "### Paddle2ONNX\n"
        "\n"
        "| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
        "| :---: | :---: | :--- | :--- | :---: |\n"
        "| ~~50~~ | ~~¥1,500~~ | ~~a \\| b~~ |  |  |\n"
        "\n"
        "### 看板信息\n"
        "\n"
        "| 任务方向 | 任务数量 | 提交作品 / 任务认领 | 提交率 | 完成 | 完成率 |\n"
        "| :---: | :---: | :---: | :---: | :---: | :---: |\n"
        "| 框架 API 开发 | 1 | 1 / 1 | 100% | 1 | 100% |\n"
        "| Paddle2ONNX | 0 | 0 / 0 | 0% | 0 | 0% |\n"
        "| 合计 | 1 | 1 / 1 | 100% | 1 | 100% |\n"
        "\n"
        "#####\n"
        "\n"
        "### 统计信息\n"
        "\n"
        "> 排名不分先后 @megemini (1)\n"
        "\n"
        "#####\n"_s;
    const QString written = writeCanonical(list, TrackKind::Tasks);
    EXPECT_EQ(written, expected);

    const IssueTaskList back = parseIssueBody(written, TrackKind::Tasks);
    EXPECT_TRUE(back.problems.isEmpty()) << problemsText(back).toStdString();
    ASSERT_EQ(back.tasks.size(), 2);
    EXPECT_EQ(back.tasks[1].title, u"a | b"_s);
    EXPECT_EQ(back.tasks[1].cashFen, Fen(150000));
    EXPECT_TRUE(back.tasks[1].struck);
    EXPECT_EQ(back.tasks[0].claimants[0].prs[0].url, u"https://github.com/PaddlePaddle/community/pull/890"_s);
}

TEST(IssueMarkdown, WritesDashboardAndLeaderboard)
{
    const QString written =
        writeCanonical(parseIssueBody(fixture(u"tasks_6th.md"_s), TrackKind::Tasks), TrackKind::Tasks);
    // 10 is struck and unfinished (removed): not counted; 11 is struck but finished: counted.
    EXPECT_EQ(lineOf(written, u"| 框架 API 开发 |"_s), u"| 框架 API 开发 | 4 | 4 / 4 | 100% | 2 | 50% |"_s);
    EXPECT_EQ(lineOf(written, u"| 科学计算 |"_s), u"| 科学计算 | 5 | 3 / 4 | 75% | 2 | 40% |"_s);
    EXPECT_EQ(lineOf(written, u"| 合作伙伴 |"_s), u"| 合作伙伴 | 3 | 2 / 2 | 100% | 1 | 33% |"_s);
    EXPECT_EQ(lineOf(written, u"| 合计 |"_s), u"| 合计 | 12 | 9 / 10 | 90% | 5 | 42% |"_s);
    EXPECT_EQ(lineOf(written, u"> "_s),
              u"> 排名不分先后 @megemini (2) @Asthestarsfalll (1) @Turingg (1) @zrr1999 (1)"_s);
    EXPECT_EQ(written.count(u"### 看板信息"_s), 1);
    EXPECT_EQ(written.count(u"### 统计信息"_s), 1);
    EXPECT_EQ(written.count(u"\n#####\n"_s), 2);
    EXPECT_TRUE(written.endsWith(u"#####\n"_s));
    // Canonical stars, cash and RFC markers.
    EXPECT_TRUE(written.contains(u"| 43 | ⭐️⭐️ | "_s));
    EXPECT_TRUE(written.contains(u"| 22 | ⭐️⭐️ | "_s));
    EXPECT_TRUE(written.contains(u"| 24 | 0.025⭐️ | "_s));
    EXPECT_TRUE(written.contains(u"| 50 | ¥1,500 | "_s));
    EXPECT_TRUE(written.contains(u"| 51 | ⭐️⭐️⭐️ ¥2,000 | "_s));
    EXPECT_TRUE(written.contains(u"(https://github.com/PaddlePaddle/Paddle/issues/62249) 【需 RFC】 |"_s));
    EXPECT_TRUE(written.contains(u"| ~~10~~ | ~~⭐️⭐️~~ | ~~[为 Paddle 新增 Tensor.masked_scatter API]"_s));
    EXPECT_FALSE(written.contains(u"需要先提交 RFC 的任务"_s));
}

TEST(IssueMarkdown, WritingIsAFixedPoint)
{
    const struct
    {
        QString file;
        TrackKind kind;
    } cases[] = {{u"tasks_6th.md"_s, TrackKind::Tasks},       {u"camp_6th.md"_s, TrackKind::Camp},
                 {u"fundable_6th.md"_s, TrackKind::Fundable}, {u"bad_rows.md"_s, TrackKind::Tasks},
                 {u"tasks_6th.md"_s, TrackKind::Articles},    {u"tasks_6th.md"_s, TrackKind::Fundable},
                 {u"camp_6th.md"_s, TrackKind::Tasks}};
    for (const auto &c : cases) {
        SCOPED_TRACE(c.file.toStdString() + " as " + trackKindKey(c.kind).toStdString());
        const IssueTaskList first = parseIssueBody(fixture(c.file), c.kind);
        const QString once = writeCanonical(first, c.kind);
        const IssueTaskList second = parseIssueBody(once, c.kind);
        EXPECT_TRUE(second.problems.isEmpty()) << problemsText(second).toStdString();
        const QString twice = writeCanonical(second, c.kind);
        EXPECT_EQ(twice, once);
        if (c.kind == TrackKind::Tasks && c.file != u"camp_6th.md")
            expectSameTasks(first, second);
    }
}

TEST(IssueMarkdown, EscapesTitles)
{
    IssueTaskList list;
    const QStringList titles{u"[Paddle] 新增 a|b API"_s, u"C:\\path\\[x]"_s, u"[链接](https://example.com)"_s,
                             u"以 ] 结尾]"_s};
    int number = 0;
    for (const QString &title : titles) {
        IssueTask t;
        t.number = ++number;
        t.stars = Stars::whole(1);
        t.title = title;
        t.url = number % 2 ? u"https://github.com/PaddlePaddle/Paddle/issues/1"_s : QString();
        list.tasks.append(t);
    }
    const QString written = writeCanonical(list, TrackKind::Tasks);
    EXPECT_TRUE(written.contains(
        u"| 1 | ⭐️ | [\\[Paddle\\] 新增 a\\|b API](https://github.com/PaddlePaddle/Paddle/issues/1) |"_s))
        << written.toStdString();
    const IssueTaskList back = parseIssueBody(written, TrackKind::Tasks);
    EXPECT_TRUE(back.problems.isEmpty()) << problemsText(back).toStdString();
    ASSERT_EQ(back.tasks.size(), titles.size());
    for (qsizetype i = 0; i < titles.size(); ++i) {
        EXPECT_EQ(back.tasks[i].title, titles[i]);
        EXPECT_EQ(back.tasks[i].url, list.tasks[i].url);
    }
    EXPECT_EQ(writeCanonical(back, TrackKind::Tasks), written);
}

TEST(IssueMarkdown, FindsColumnsByName)
{
    const QString body =
        u"### 方向\n"
        "|  **完成队伍**  | 备注 | ** 队伍名称 / 状态 / PR ** |任务名称| 难度 |序号|\n"
        "|---|---|---|---|---|---|\n"
        "| @a-b | 随便写 | @a-b <img "
        "src=\"https://img.shields.io/badge/%E7%8A%B6%E6%80%81-%E5%AE%8C%E6%88%90%E4%BB%BB%E5%8A%A1-9B59B6\" /> "
        "[#7](https://github.com/o/r/pull/7)<br/> | [题目](https://x/y) | 🌟 | 3 |\n"
        "| | | @c ![状态](https://img.shields.io/badge/状态-提交PR-F39C12) [#8](https://example.com/8)<BR> | 纯文字标题 | ⭐x2 | 4 |\n"_s;
    const IssueTaskList list = parseIssueBody(body, TrackKind::Tasks);
    EXPECT_TRUE(list.problems.isEmpty()) << problemsText(list).toStdString();
    ASSERT_EQ(list.tasks.size(), 2);
    EXPECT_EQ(list.tasks[0].number, 3);
    EXPECT_EQ(list.tasks[0].finisher, u"a-b"_s);
    EXPECT_EQ(list.tasks[0].claimants[0].status, ClaimStatus::Completed); // percent-encoded badge
    EXPECT_EQ(list.tasks[0].claimants[0].prs[0].repo, u"o/r"_s);
    EXPECT_EQ(list.tasks[1].claimants[0].status, ClaimStatus::PrSubmitted); // Markdown image badge
    EXPECT_TRUE(list.tasks[1].claimants[0].prs[0].repo.isEmpty());
    EXPECT_EQ(list.tasks[1].title, u"纯文字标题"_s);
    EXPECT_EQ(list.tasks[1].stars, Stars::whole(2));
    EXPECT_TRUE(list.preamble.isEmpty());
}

TEST(IssueMarkdown, SkipsGeneratedSectionsWhereverTheyAre)
{
    const QString body = u"### 看板信息\r\n"
                         "| 任务方向 | 任务数量 | 提交作品 / 任务认领 | 提交率 | 完成 | 完成率 |\r\n"
                         "| :---: | :---: | :---: | :---: | :---: | :---: |\r\n"
                         "| 合计 | 1 | 1 / 1 | 100% | 1 | 100% |\r\n"
                         "#####\r\n"
                         "前言\r\n"
                         "> 排名不分先后 @x (3)\r\n"
                         "| 序号 | 难度 | 任务 ISSUE | 队伍名称/状态/PR | 完成队伍 |\r\n"
                         "| --- | --- | --- | --- | --- |\r\n"
                         "| 1 | ⭐ | 标题 | @x <img src=\"https://img.shields.io/badge/状态-报名-2ECC71\"/> | |\r\n"
                         "\r\n"
                         "~~| 2 | ⭐ | 已删除 | | |~~\r\n"_s;
    const IssueTaskList list = parseIssueBody(body, TrackKind::Tasks);
    EXPECT_EQ(list.preamble, u"前言"_s);
    EXPECT_EQ(list.directions, QStringList{QString()});
    // The second row stands after a blank line: outside a table.
    ASSERT_EQ(list.problems.size(), 1);
    EXPECT_EQ(list.problems[0].line, 12);
    ASSERT_EQ(list.tasks.size(), 1);
    EXPECT_EQ(list.tasks[0].line, 10);
    EXPECT_EQ(list.tasks[0].claimants[0].login, u"x"_s);

    const QString twice = body.left(body.lastIndexOf(u"\r\n\r\n"_s)) + u"\r\n~~| 2 | ⭐ | 已删除 | | |~~\r\n"_s;
    const IssueTaskList both = parseIssueBody(twice, TrackKind::Tasks);
    ASSERT_EQ(both.tasks.size(), 2);
    EXPECT_TRUE(both.tasks[1].struck);
    const QString written = writeCanonical(both, TrackKind::Tasks);
    EXPECT_TRUE(written.startsWith(u"前言\n\n| 序号 |"_s));
    EXPECT_EQ(writeCanonical(parseIssueBody(written, TrackKind::Tasks), TrackKind::Tasks), written);
}

TEST(IssueMarkdown, EmptyAndTablelessBodies)
{
    const IssueTaskList empty = parseIssueBody(u""_s, TrackKind::Tasks);
    EXPECT_TRUE(empty.tasks.isEmpty());
    EXPECT_TRUE(empty.problems.isEmpty());
    const QString written = writeCanonical(empty, TrackKind::Tasks);
    EXPECT_TRUE(written.startsWith(u"### 看板信息\n"_s));
    EXPECT_TRUE(written.contains(u"| 合计 | 0 | 0 / 0 | 0% | 0 | 0% |"_s));
    EXPECT_EQ(writeCanonical(parseIssueBody(written, TrackKind::Tasks), TrackKind::Tasks), written);

    const IssueTaskList text =
        parseIssueBody(u"只有说明。\n\n| 日期 | 事项 |\n|--|--|\n| 3 月 20 日 | 发布 |\n"_s, TrackKind::Tasks);
    EXPECT_TRUE(text.tasks.isEmpty());
    EXPECT_TRUE(text.problems.isEmpty());
    EXPECT_EQ(text.preamble, u"只有说明。\n\n| 日期 | 事项 |\n|--|--|\n| 3 月 20 日 | 发布 |"_s);
}

TEST(IssueMarkdown, RandomMutationsNeverCrashOrHang)
{
    QStringList seeds;
    for (const QString &f : {u"tasks_6th.md"_s, u"camp_6th.md"_s, u"fundable_6th.md"_s, u"bad_rows.md"_s})
        seeds.append(fixture(f));
    seeds.append(writeCanonical(parseIssueBody(seeds[0], TrackKind::Tasks), TrackKind::Tasks));

    const QList<char32_t> alphabet{U'|',    U'|',   U'|',   U'~', U'*',   U'#',    U'\n',    U'\r',
                                   U'<',    U'>',   U'[',   U']', U'(',   U')',    U'@',     U'-',
                                   U'\\',   U'0',   U'9',   U' ', U'、',  U'：',   U'¥',     0x2B50,
                                   0x1F31F, 0xFE0F, 0x200D, 0xD7, 0x3000, 0x1F600, 0x10FFFF, 0xFFFD};
    QRandomGenerator rng(20240320);
    const TrackKind kinds[] = {TrackKind::Tasks, TrackKind::Camp, TrackKind::Articles, TrackKind::Fundable};
    qint64 tasksSeen = 0;
    int fixedPoints = 0;
    constexpr int Rounds = 4000;
    for (int round = 0; round < Rounds; ++round) {
        QString body = seeds[rng.bounded(int(seeds.size()))];
        const int mutations = 1 + rng.bounded(8);
        for (int m = 0; m < mutations && !body.isEmpty(); ++m) {
            const qsizetype at = rng.bounded(int(body.size()));
            switch (rng.bounded(8)) {
            case 0: { // delete a pipe
                const qsizetype pipe = body.indexOf(u'|', at);
                if (pipe >= 0)
                    body.remove(pipe, 1);
                break;
            }
            case 1: { // duplicate a pipe
                const qsizetype pipe = body.indexOf(u'|', at);
                if (pipe >= 0)
                    body.insert(pipe, u'|');
                break;
            }
            case 2: { // a random character, from anywhere in Unicode or from the Markdown alphabet
                char32_t c =
                    rng.bounded(2) ? alphabet[rng.bounded(int(alphabet.size()))] : char32_t(rng.bounded(0x110000));
                if (c >= 0xD800 && c <= 0xDFFF && rng.bounded(2)) {
                    body.insert(at, QChar(char16_t(c))); // a lone surrogate
                    break;
                }
                if (c >= 0xD800 && c <= 0xDFFF)
                    c = 0xFFFD;
                body.insert(at, QString::fromUcs4(&c, 1));
                break;
            }
            case 3: { // truncate a line
                const qsizetype eol = body.indexOf(u'\n', at);
                body.remove(at, (eol < 0 ? body.size() : eol) - at);
                break;
            }
            case 4: { // delete a line
                const qsizetype start = body.lastIndexOf(u'\n', at) + 1;
                const qsizetype eol = body.indexOf(u'\n', at);
                body.remove(start, (eol < 0 ? body.size() : eol + 1) - start);
                break;
            }
            case 5: { // duplicate a line
                const qsizetype start = body.lastIndexOf(u'\n', at) + 1;
                const qsizetype eol = body.indexOf(u'\n', at);
                const QString l = body.mid(start, (eol < 0 ? body.size() : eol + 1) - start);
                body.insert(start, l);
                break;
            }
            case 6: // cut the body short
                body.truncate(at);
                break;
            default: // a run of the same character
                body.insert(at, QString(rng.bounded(1, 200), rng.bounded(2) ? u'|' : u'⭐'));
                break;
            }
        }
        const TrackKind kind = kinds[rng.bounded(4)];
        const IssueTaskList list = parseIssueBody(body, kind);
        const int lines = int(body.count(u'\n')) + 1;
        for (const IssueProblem &p : list.problems) {
            ASSERT_GE(p.line, 1);
            ASSERT_LE(p.line, lines);
            ASSERT_FALSE(p.reason.isEmpty());
        }
        for (const IssueTask &t : list.tasks) {
            ASSERT_GE(t.line, 1);
            ASSERT_LE(t.line, lines);
            ASSERT_GE(t.number, 1);
        }
        tasksSeen += list.tasks.size();
        const QString once = writeCanonical(list, kind);
        const QString twice = writeCanonical(parseIssueBody(once, kind), kind);
        if (twice == once)
            ++fixedPoints;
    }
    EXPECT_GT(tasksSeen, Rounds); // the mutations leave most rows readable
    EXPECT_GE(fixedPoints, Rounds * 99 / 100) << fixedPoints;
}

namespace {

// A body of `tasks` tasks in 20 directions, five claimants each.
QString bigBody(int tasks)
{
    QString body = u"第十期任务列表。\n\n"_s;
    body.reserve(tasks * 900);
    for (int n = 1; n <= tasks; ++n) {
        if ((n - 1) % (tasks / 20) == 0)
            body += u"### 方向 %1\n\n| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
                    "| :---: | :---: | :--- | :--- | :---: |\n"_s.arg(n);
        body += u"| %1 | ⭐️⭐️ | [任务 %1](https://github.com/PaddlePaddle/Paddle/issues/%1) | "_s.arg(n);
        for (int c = 0; c < 5; ++c)
            body += u"@user-%1 <img src=\"https://img.shields.io/badge/状态-提交PR-F39C12\" /> "
                    "[#%2](https://github.com/PaddlePaddle/Paddle/pull/%2)<br>"_s.arg(n * 5 + c)
                        .arg(n * 10 + c);
        body += u" | @user-%1 |\n"_s.arg(n * 5);
        if (n % (tasks / 20) == 0)
            body += u'\n';
    }
    return body;
}

} // namespace

// Its time, and that four times the text takes about four times as long, is bench_import's business.
TEST(IssueMarkdown, ReadsALargeBody)
{
    const QString body = bigBody(2000);
    const IssueTaskList list = parseIssueBody(body, TrackKind::Tasks);
    EXPECT_TRUE(list.problems.isEmpty()) << problemsText(list).toStdString();
    ASSERT_EQ(list.tasks.size(), 2000);
    EXPECT_EQ(list.directions.size(), 20);
    qsizetype claimants = 0;
    for (const IssueTask &t : list.tasks)
        claimants += t.claimants.size();
    EXPECT_EQ(claimants, 10000);

    const QString written = writeCanonical(list, TrackKind::Tasks);
    EXPECT_TRUE(written.contains(u"| 合计 | 2000 | 2000 / 2000 | 100% | 2000 | 100% |"_s));
}
