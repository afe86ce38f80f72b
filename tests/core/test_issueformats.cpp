// Every edition's task-list layout, notation and claimant shape (issue 13), read and written back.
// The examples are written in the shapes of real PaddlePaddle task lists (4th to 10th Hackathon, the
// Fundable Projects, PaddleMIX / PaddleNLP / PaddleX, code camps), not copied from them.

#include "parsing/issuemarkdown.h"

#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace hd;

namespace {

QString problemsText(const IssueTaskList &list)
{
    QString s;
    for (const IssueProblem &p : list.problems)
        s += QString::number(p.line) + u": "_s + p.reason + u'\n';
    return s;
}

const IssueTask *taskNo(const IssueTaskList &list, int number)
{
    for (const IssueTask &t : list.tasks)
        if (t.number == number)
            return &t;
    return nullptr;
}

// What a layout must give: the tasks' numbers, and per task a few facts.
struct Expected
{
    int number;
    qint64 starsMilli;
    QString title;
    QStringList claimants; // logins (or team names) in cell order
    QString finisher;
    bool struck = false;
};

struct Layout
{
    const char *name;
    TrackKind kind;
    QString body;
    QList<Expected> tasks;
};

const QString badge = u"<img src=\"https://img.shields.io/badge/状态-提交PR-F39C12\" />"_s;

QList<Layout> layouts()
{
    return {
        {"6th edition, 任务 ISSUE",
         TrackKind::Tasks,
         u"### 框架 API 开发\n\n"
         "| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
         "| :---: | :---: | :--- | :--- | :---: |\n"
         "| 1 | ⭐️ | [为 Paddle 新增 A API](https://github.com/PaddlePaddle/Paddle/issues/1) | @alice "_s +
             badge +
             u" [#5](https://github.com/PaddlePaddle/Paddle/pull/5)<br> | |\n"
             "| 2 | 0.5⭐ | [修正文档](https://github.com/PaddlePaddle/docs/issues/2) |  | @bob |\n"_s,
         {{1, 1000, u"为 Paddle 新增 A API"_s, {u"alice"_s}, {}}, {2, 500, u"修正文档"_s, {}, u"bob"_s}}},
        {"7th edition, 任务标题 / 认领人 / 完成人, plain titles, 🌟",
         TrackKind::Tasks,
         u"### 科学计算\n\n"
         "| 序号 | 难度 | 任务标题 | 认领人/状态/PR | 完成人 |\n"
         "|---|---|---|---|---|\n"
         "| 3 | 🌟🌟 | 复现 DrivAerNet 案例 | @carol "_s +
             badge +
             u"<br>@dave<br> | |\n"
             "| 4 | 13×⭐️ | 大任务 | | @carol @dave |\n"_s,
         {{3, 2000, u"复现 DrivAerNet 案例"_s, {u"carol"_s, u"dave"_s}, {}}, {4, 13000, u"大任务"_s, {}, u"carol"_s}}},
        {"4th edition, teams with status words",
         TrackKind::Tasks,
         u"| 序号 | 难度 | 任务名称 | 队伍名称/状态/PR | 完成队伍 |\n"
         "| --- | --- | --- | --- | --- |\n"
         "| 10 | ⭐ | 新增 API | 飞桨小队(报名&锁定)(https://github.com/PaddlePaddle/Paddle/pull/40001) | |\n"
         "| 11 | ⭐⭐ | 新增算子 | Lucky Team(报名&提交作品&技术approve&完成贡献)([#123](https://github.com/PaddlePaddle/Paddle/pull/123)) | Lucky Team |\n"_s,
         {{10, 1000, u"新增 API"_s, {u"飞桨小队"_s}, {}}, {11, 2000, u"新增算子"_s, {u"Lucky Team"_s}, {}}}},
        {"PaddleMIX / PaddleX, claimants in the 7th of seven columns",
         TrackKind::Tasks,
         u"### 多模态理解\n"
         "| 序号 | 任务名称 | 任务类型 | 任务描述 | 难度 | 优先级 | 认领人/状态/PR号 | \n"
         "| -- | -- | -- | -- | -- | -- | -- |\n"
         "| 1 | 多模态应用 | 特色应用 | 1. 构建应用; 2. [教程](https://example.com/a) | 🌟🌟 | P0 | @erin "_s +
             badge +
             u" [#1234](https://github.com/PaddlePaddle/PaddleMIX/pull/1234)<br> | \n"
             "| 2 | 模型推理对齐 | 模型复现 | 推理对齐 | 🌟🌟🌟 | P1 |  | \n"_s,
         {{1, 2000, u"多模态应用"_s, {u"erin"_s}, {}}, {2, 3000, u"模型推理对齐"_s, {}, {}}}},
        {"English event",
         TrackKind::Tasks,
         u"## Tasks\n\n| No. | Difficulty | Task | Claimed by | Done by |\n| --- | --- | --- | --- | --- |\n"
         "| 1 | ⭐⭐ | [Port the tokenizer](https://github.com/o/r/issues/1) | @frank<br> | |\n"
         "| 2 | 1 | Write the guide | | @grace |\n"_s,
         {{1, 2000, u"Port the tokenizer"_s, {u"frank"_s}, {}}, {2, 1000, u"Write the guide"_s, {}, u"grace"_s}}},
        {"empty number header, 算子, 报名情况, upper bounds, priorities, markers, no closing pipe",
         TrackKind::Tasks,
         u"|  | 算子 | 难度 | 报名情况 | 完成人 |\n"
         "|:-:|:-:|:-:|:-:|:-:|\n"
         "| 🚧1 | conv2d | 最高0.2⭐️ | @heidi 🟢状态-已提交- | |\n"
         "| 2✅ | relu | p1 ⭐⭐ ⭐ | | @ivan\n"
         "| ~~40~~ | ~~SDGD~~ | ~~⭐~~ | | |\n"_s,
         {{1, 200, u"conv2d"_s, {u"heidi"_s}, {}},
          {2, 3000, u"relu"_s, {}, u"ivan"_s},
          {40, 1000, u"SDGD"_s, {}, {}, true}}},
        {"Fundable operator list, NO, 项目标题&介绍, lock in the finisher cell",
         TrackKind::Fundable,
         u"| NO | 项目标题&介绍 | 难度 | 认领人 | 完成人 |\n| --- | --- | --- | --- | --- |\n"
         "| 1 | [框架升级](https://github.com/PaddlePaddle/Paddle/issues/9) | ⭐⭐⭐ | @judy | 锁定 @judy |\n"
         "| 2 | 编译器 | ⭐ | | |\n"_s,
         {{1, 3000, u"框架升级"_s, {u"judy"_s}, {}}, {2, 1000, u"编译器"_s, {}, {}}}},
        {"# column, a table split by a heading, a wrapped row",
         TrackKind::Tasks,
         u"| # | Title | Difficulty | Claimed by | Done by |\n| - | - | - | - | - |\n"
         "| 1 | First | ⭐ | @kim | |\n"
         "| 2 | Second | ⭐ | @lee\n"
         "<br>@mia | |\n"
         "### Part two\n"
         "| 3 | Third | ⭐⭐ | | @kim |\n"_s,
         {{1, 1000, u"First"_s, {u"kim"_s}, {}},
          {2, 1000, u"Second"_s, {u"lee"_s, u"mia"_s}, {}},
          {3, 2000, u"Third"_s, {}, u"kim"_s}}},
        {"a task table posted in a comment",
         TrackKind::Tasks,
         u"| 编号 | 题目 | 难度 | 认领人 |\n| --- | --- | --- | --- |\n| 7 | 评论里的任务 | ⭐ | @nick<br> |\n"_s,
         {{7, 1000, u"评论里的任务"_s, {u"nick"_s}, {}}}},
    };
}

class IssueLayouts : public ::testing::TestWithParam<Layout>
{};

} // namespace

TEST_P(IssueLayouts, ReadsEveryRow)
{
    const Layout &l = GetParam();
    const IssueTaskList list = parseIssueBody(l.body, l.kind);
    EXPECT_TRUE(list.problems.isEmpty()) << problemsText(list).toStdString();
    ASSERT_EQ(list.tasks.size(), l.tasks.size());
    for (const Expected &e : l.tasks) {
        SCOPED_TRACE(e.number);
        const IssueTask *t = taskNo(list, e.number);
        ASSERT_TRUE(t);
        EXPECT_EQ(t->stars.milli(), e.starsMilli);
        EXPECT_EQ(t->title, e.title);
        QStringList claimants;
        for (const IssueClaimant &c : t->claimants)
            claimants.append(c.login);
        EXPECT_EQ(claimants, e.claimants);
        EXPECT_EQ(t->finisher, e.finisher);
        EXPECT_EQ(t->struck, e.struck);
    }
}

// Written back, every table keeps its header, columns and notation: each row read comes out as written.
TEST_P(IssueLayouts, WritesEachTableBackInItsLayout)
{
    const Layout &l = GetParam();
    const IssueTaskList list = parseIssueBody(l.body, l.kind);
    const QString written = writeIssueBody(list, l.kind);
    for (const IssueTable &t : list.tables) {
        if (!t.headless) {
            EXPECT_TRUE(written.contains(t.header + u'\n')) << t.header.toStdString() << "\n" << written.toStdString();
        }
    }
    for (const IssueTask &t : list.tasks)
        EXPECT_TRUE(written.contains(t.source.text + u'\n')) << t.source.text.toStdString() << "\n---\n"
                                                             << written.toStdString();
    // A fixed point: reading it again gives the same tasks, and writing them the same text.
    const IssueTaskList again = parseIssueBody(written, l.kind);
    EXPECT_TRUE(again.problems.isEmpty()) << problemsText(again).toStdString();
    ASSERT_EQ(again.tasks.size(), list.tasks.size());
    for (qsizetype i = 0; i < list.tasks.size(); ++i) {
        EXPECT_EQ(again.tasks[i].number, list.tasks[i].number);
        EXPECT_EQ(again.tasks[i].claimants, list.tasks[i].claimants);
        EXPECT_EQ(again.tasks[i].finisher, list.tasks[i].finisher);
        EXPECT_EQ(again.tasks[i].stars, list.tasks[i].stars);
    }
    EXPECT_EQ(writeIssueBody(again, l.kind), written);
}

// A changed claimant cell is the only cell that changes; the claimants keep their order, new ones last.
TEST_P(IssueLayouts, AChangedClaimChangesOnlyItsCell)
{
    const Layout &l = GetParam();
    IssueTaskList list = parseIssueBody(l.body, l.kind);
    ASSERT_FALSE(list.tasks.isEmpty());
    IssueTask &first = list.tasks.first();
    const QStringList before = first.source.cells;
    first.claimants.append(IssueClaimant{u"newcomer"_s, ClaimStatus::Registered, {}, false, false});
    const QString written = writeIssueBody(list, l.kind);
    const IssueTaskList back = parseIssueBody(written, l.kind);
    const IssueTask *t = taskNo(back, first.number);
    ASSERT_TRUE(t);
    ASSERT_EQ(t->source.cells.size(), before.size());
    const IssueTable &table = back.tables[t->source.table];
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (table.columns[i] == IssueColumn::Claims)
            continue;
        EXPECT_EQ(t->source.cells[i], before[i]) << "column " << i;
    }
    ASSERT_FALSE(t->claimants.isEmpty());
    EXPECT_EQ(t->claimants.last().login, u"newcomer"_s);
    for (qsizetype i = 0; i + 1 < t->claimants.size(); ++i)
        EXPECT_EQ(t->claimants[i].login, first.claimants[i].login);
}

INSTANTIATE_TEST_SUITE_P(Editions, IssueLayouts, ::testing::ValuesIn(layouts()),
                         [](const ::testing::TestParamInfo<Layout> &param) {
                             return "Layout" + std::to_string(param.index);
                         });

TEST(IssueFormats, ReadsEveryStarNotation)
{
    const struct
    {
        QString text;
        qint64 milli;
    } cases[] = {{u"最高0.2⭐️"_s, 200},
                 {u"最高 0.4⭐️"_s, 400},
                 {u"p1 ⭐⭐ ⭐"_s, 3000},
                 {u"P0 🌟"_s, 1000},
                 {u"2"_s, 2000},
                 {u"0.5"_s, 500},
                 {u"13×⭐️"_s, 13000},
                 {u"0.5⭐"_s, 500}};
    for (const auto &c : cases) {
        SCOPED_TRACE(c.text.toStdString());
        const auto stars = parseIssueStars(c.text);
        ASSERT_TRUE(stars);
        EXPECT_EQ(stars->milli(), c.milli);
    }
    for (const QString &bad : {u"p1"_s, u"最高"_s, u"难"_s, u"1.2.3"_s})
        EXPECT_FALSE(parseIssueStars(bad)) << bad.toStdString();
}

TEST(IssueFormats, TeamClaimsKeepTheirStatusLockAndPr)
{
    const IssueTaskList list = parseIssueBody(layouts()[2].body, TrackKind::Tasks);
    ASSERT_EQ(list.tasks.size(), 2);
    const IssueClaimant &locked = list.tasks[0].claimants.at(0);
    EXPECT_TRUE(locked.team);
    EXPECT_TRUE(locked.locking);
    EXPECT_EQ(locked.status, ClaimStatus::Registered);
    ASSERT_EQ(locked.prs.size(), 1);
    EXPECT_EQ(locked.prs[0].number, 40001);
    const IssueClaimant &done = list.tasks[1].claimants.at(0);
    EXPECT_TRUE(done.team);
    EXPECT_EQ(done.status, ClaimStatus::Completed);
    ASSERT_EQ(done.prs.size(), 1);
    EXPECT_EQ(done.prs[0].repo, u"PaddlePaddle/Paddle"_s);
}

TEST(IssueFormats, ALockInTheFinisherCellIsAClaimNotAFinisher)
{
    const IssueTaskList list = parseIssueBody(layouts()[6].body, TrackKind::Fundable);
    EXPECT_TRUE(list.problems.isEmpty()) << problemsText(list).toStdString();
    ASSERT_TRUE(taskNo(list, 1));
    EXPECT_EQ(taskNo(list, 1)->lockedFor, u"judy"_s);
    EXPECT_TRUE(taskNo(list, 1)->finisher.isEmpty());
}

TEST(IssueFormats, TwoFinishersInOneCell)
{
    const IssueTaskList list = parseIssueBody(layouts()[1].body, TrackKind::Tasks);
    const IssueTask *t = taskNo(list, 4);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->finisher, u"carol"_s);
    EXPECT_EQ(t->coFinishers, QStringList{u"dave"_s});
    EXPECT_EQ(finishersOf(*t, TrackKind::Tasks), (QStringList{u"carol"_s, u"dave"_s}));
}

TEST(IssueFormats, TextBadgesAndShieldsBadgesGiveTheStatus)
{
    const IssueTaskList list = parseIssueBody(layouts()[5].body, TrackKind::Tasks);
    EXPECT_EQ(taskNo(list, 1)->claimants.at(0).status, ClaimStatus::PrSubmitted);
    const IssueTaskList six = parseIssueBody(layouts()[0].body, TrackKind::Tasks);
    EXPECT_EQ(taskNo(six, 1)->claimants.at(0).status, ClaimStatus::PrSubmitted);
}

TEST(IssueFormats, ReportsTheColumnMappingAndCountsPerTable)
{
    const IssueTaskList list = parseIssueBody(layouts()[3].body + u"| x | 1 |\n"_s, TrackKind::Tasks);
    ASSERT_EQ(list.tables.size(), 1);
    const IssueTable &t = list.tables[0];
    EXPECT_EQ(t.line, 2);
    EXPECT_EQ(t.direction, u"多模态理解"_s);
    EXPECT_EQ(t.columns,
              (QList<IssueColumn>{IssueColumn::Number, IssueColumn::Title, IssueColumn::None, IssueColumn::None,
                                  IssueColumn::Difficulty, IssueColumn::None, IssueColumn::Claims}));
    EXPECT_EQ(t.rowsRead, 2);
    EXPECT_EQ(t.unreadableLines, QList<int>{6});
}

TEST(IssueFormats, TablesThatAreNoTaskTablesSayWhy)
{
    const IssueTaskList list =
        parseIssueBody(u"| 任务名称 | 难度 | 任务描述 |\n| -- | -- | -- |\n| 推理 | 🌟 | 对齐 |\n"_s, TrackKind::Tasks);
    EXPECT_TRUE(list.tasks.isEmpty());
    ASSERT_EQ(list.otherHeaders.size(), 1);
    EXPECT_TRUE(list.otherHeaders[0].contains(u"| 任务名称 | 难度 | 任务描述 |"_s));
    EXPECT_TRUE(list.otherHeaders[0].contains(u"line 1"_s)) << list.otherHeaders[0].toStdString();
}

TEST(IssueFormats, EnglishEventsGetEnglishHeadersAndDashboard)
{
    IssueTaskList list;
    IssueTask t;
    t.number = 1;
    t.stars = Stars::whole(1);
    t.title = u"Port"_s;
    t.finisher = u"amy"_s;
    list.tasks.append(t);
    const QString en = writeIssueBody(list, TrackKind::Tasks, IssueLanguage::English);
    EXPECT_TRUE(en.contains(u"| No. | Difficulty | Task | **Claimed by** | **Done by** |"_s)) << en.toStdString();
    EXPECT_TRUE(en.contains(u"### Dashboard"_s));
    EXPECT_TRUE(en.contains(u"> In no particular order @amy (1)"_s));
    EXPECT_FALSE(en.contains(u"看板信息"_s));
    // Read back, the English generated sections are skipped like the Chinese ones.
    const IssueTaskList back = parseIssueBody(en, TrackKind::Tasks);
    EXPECT_TRUE(back.problems.isEmpty()) << problemsText(back).toStdString();
    ASSERT_EQ(back.tasks.size(), 1);
    EXPECT_EQ(writeIssueBody(back, TrackKind::Tasks, IssueLanguage::English), en);
    EXPECT_EQ(issueLanguageFromSetting(u"en"), IssueLanguage::English);
    EXPECT_EQ(issueLanguageFromSetting(u"zh_CN"), IssueLanguage::Chinese);
}

TEST(IssueFormats, ChangedStarsKeepTheTablesNotation)
{
    IssueTaskList list = parseIssueBody(layouts()[1].body, TrackKind::Tasks);
    list.tasks[0].stars = Stars::whole(3);
    const QString written = writeIssueBody(list, TrackKind::Tasks);
    EXPECT_TRUE(written.contains(u"| 3 | 🌟🌟🌟 | 复现 DrivAerNet 案例 |"_s)) << written.toStdString();
    IssueTaskList upper = parseIssueBody(layouts()[5].body, TrackKind::Tasks);
    upper.tasks[0].stars = Stars::parse(u"0.3").value();
    EXPECT_TRUE(writeIssueBody(upper, TrackKind::Tasks).contains(u"| 最高0.3⭐️ |"_s));
}

// "最高0.2⭐️" is an upper bound: stars 0.2 marked as such, written back with its words; a changed value
// keeps them, a task that becomes an upper bound gets the writer's words, and the canonical table writes
// them too.
TEST(IssueFormats, AnUpperBoundIsKeptAsSuch)
{
    bool atMost = false;
    EXPECT_EQ(parseIssueStars(u"最高0.2⭐️", &atMost)->milli(), 200);
    EXPECT_TRUE(atMost);
    EXPECT_EQ(parseIssueStars(u"≤ 0.5🌟", &atMost)->milli(), 500);
    EXPECT_TRUE(atMost);
    EXPECT_EQ(parseIssueStars(u"up to 2", &atMost)->milli(), 2000);
    EXPECT_TRUE(atMost);
    EXPECT_EQ(parseIssueStars(u"p1 ⭐⭐ ⭐", &atMost)->milli(), 3000);
    EXPECT_FALSE(atMost);

    IssueTaskList list = parseIssueBody(layouts()[5].body, TrackKind::Tasks);
    ASSERT_TRUE(taskNo(list, 1) && taskNo(list, 2));
    EXPECT_TRUE(taskNo(list, 1)->starsAtMost);
    EXPECT_FALSE(taskNo(list, 2)->starsAtMost);
    EXPECT_TRUE(writeIssueBody(list, TrackKind::Tasks).contains(u"| 🚧1 | conv2d | 最高0.2⭐️ |"_s));

    list.tasks[1].starsAtMost = true; // "p1 ⭐⭐ ⭐" becomes at most 3
    const QString written = writeIssueBody(list, TrackKind::Tasks);
    EXPECT_TRUE(written.contains(u"| relu | p1 最高⭐⭐⭐ |"_s)) << written.toStdString();
    const IssueTaskList back = parseIssueBody(written, TrackKind::Tasks);
    EXPECT_TRUE(taskNo(back, 2)->starsAtMost);
    EXPECT_EQ(taskNo(back, 2)->stars.milli(), 3000);

    IssueTaskList fresh;
    IssueTask t;
    t.number = 1;
    t.stars = Stars::parse(u"0.2").value();
    t.starsAtMost = true;
    t.title = u"Bound"_s;
    fresh.tasks.append(t);
    EXPECT_TRUE(writeIssueBody(fresh, TrackKind::Tasks).contains(u"| 1 | 最高0.2⭐️ | Bound |"_s));
    EXPECT_TRUE(
        writeIssueBody(fresh, TrackKind::Tasks, IssueLanguage::English).contains(u"| 1 | ≤0.2⭐️ | Bound |"_s));
    const IssueTaskList again =
        parseIssueBody(writeIssueBody(fresh, TrackKind::Tasks, IssueLanguage::English), TrackKind::Tasks);
    ASSERT_EQ(again.tasks.size(), 1);
    EXPECT_TRUE(again.tasks[0].starsAtMost);
}

// Names and titles print literally in the tables HackDesk writes: Markdown and HTML in them are escaped,
// the row keeps its cells, and reading it back gives the same text.
TEST(IssueFormats, NamesAndTitlesPrintLiterally)
{
    const QString title = u"a | b *c* _d_ `e` <img src=x> ~~f~~ [g](h) \\ &amp; & 1<2"_s;
    const QString escaped =
        u"a \\| b \\*c\\* \\_d\\_ \\`e\\` \\<img src=x\\> \\~\\~f\\~\\~ \\[g\\](h) \\\\ \\&amp; & 1\\<2"_s;
    const QString teamName = u"Team *Star* `x`_y"_s;
    // The 4th edition's layout, with teams: a changed title, team and finisher team are written afresh.
    IssueTaskList list = parseIssueBody(layouts()[2].body, TrackKind::Tasks);
    ASSERT_EQ(list.tasks.size(), 2);
    IssueTask &t = list.tasks[1];
    t.title = title;
    t.claimants[0].login = teamName;
    t.finisherTeam = teamName;
    // A task of no table goes into the canonical one.
    IssueTask plain;
    plain.number = 3;
    plain.stars = Stars::whole(1);
    plain.title = title;
    plain.url = u"https://github.com/o/r/issues/3"_s;
    list.tasks.append(plain);
    const QString written = writeIssueBody(list, TrackKind::Tasks);
    EXPECT_TRUE(written.contains(u"| 11 | ⭐⭐ | "_s + escaped + u" | Team \\*Star\\* \\`x\\`\\_y(完成任务)"_s))
        << written.toStdString();
    EXPECT_TRUE(written.contains(u"| Team \\*Star\\* \\`x\\`\\_y |\n"_s)) << written.toStdString();
    EXPECT_TRUE(written.contains(u"| 3 | ⭐️ | ["_s + escaped + u"](https://github.com/o/r/issues/3) |"_s))
        << written.toStdString();

    const IssueTaskList back = parseIssueBody(written, TrackKind::Tasks);
    EXPECT_TRUE(back.problems.isEmpty()) << problemsText(back).toStdString();
    ASSERT_EQ(back.tasks.size(), 3);
    for (const IssueTask *read : {taskNo(back, 11), taskNo(back, 3)}) {
        ASSERT_TRUE(read);
        EXPECT_EQ(read->title, title);
        EXPECT_FALSE(read->struck);
        EXPECT_EQ(read->source.cells.size(), 5);
    }
    ASSERT_EQ(taskNo(back, 11)->claimants.size(), 1);
    EXPECT_EQ(taskNo(back, 11)->claimants[0].login, teamName);
    EXPECT_EQ(taskNo(back, 11)->finisherTeam, teamName);
}
