#include "programmes/camprules.h"
#include "programmes/fundablerules.h"
#include "testutil.h"

using namespace hd;
using namespace Qt::StringLiterals;

TEST(CampApplication, ReadsRealApplicationShapes)
{
    struct Case
    {
        QString comment;
        int first;
        QList<int> wishes;
        bool reassign;
    };
    const Case cases[] = {
        {u"【报名】：1"_s, 1, {}, true},
        {u"【报名】：1\n【其他意向】：2、4、6"_s, 1, {2, 4, 6}, true},
        {u"【报名】：3\n【其他意向】：2、4、6\n不接受调剂"_s, 3, {2, 4, 6}, false},
        {u"【报名】: 5\n【其他意向】: 无\n"_s, 5, {}, true},
        {u"[报名]：7\r\n[其他意向]：7、8"_s, 7, {8}, true},
        {u"报名 2\n其他意向 1-3"_s, 2, {1, 3}, true},
        {u"【报名】：4、5\n不接受调剂，谢谢"_s, 4, {5}, false},
        {u"大家好！\n【报名】：１２\n简历已发邮箱"_s, 12, {}, true},
    };
    for (const Case &c : cases) {
        QString reason;
        const auto choices = readCampApplication(c.comment, &reason);
        ASSERT_TRUE(choices) << c.comment.toStdString() << " " << reason.toStdString();
        EXPECT_EQ(choices->firstChoice, c.first) << c.comment.toStdString();
        EXPECT_EQ(choices->otherWishes, c.wishes) << c.comment.toStdString();
        EXPECT_EQ(choices->acceptsReassignment, c.reassign) << c.comment.toStdString();
    }
}

TEST(CampApplication, ChatIsIgnoredAndBadApplicationsSayWhy)
{
    QString reason;
    EXPECT_FALSE(readCampApplication(u"请问简历发到哪里？", &reason));
    EXPECT_TRUE(reason.isEmpty());
    EXPECT_FALSE(readCampApplication(u"【报名】：", &reason));
    EXPECT_FALSE(reason.isEmpty());
    EXPECT_FALSE(readCampApplication(u"【提交】：3", &reason));
    EXPECT_TRUE(reason.contains(u"报名"_s));
    EXPECT_FALSE(readCampApplication(u"【其他意向】：2", &reason));
    EXPECT_FALSE(reason.isEmpty());
}

TEST(CampPipeline, OneCamperPerSeatAndReassignmentOnlyWithConsent)
{
    const CampChoices wants1{1, {2, 4}, false};
    EXPECT_TRUE(acceptanceProblem(wants1, 1, 1, 0).isEmpty());
    EXPECT_TRUE(acceptanceProblem(wants1, 4, 1, 0).isEmpty()) << "a wished-for project";
    EXPECT_TRUE(acceptanceProblem(wants1, 3, 1, 0).contains(u"不接受调剂"_s));
    EXPECT_TRUE(acceptanceProblem(wants1, 1, 1, 1).contains(u"no seat left"_s));
    EXPECT_TRUE(acceptanceProblem(wants1, 1, 2, 1).isEmpty()) << "two seats";
    EXPECT_TRUE(acceptanceProblem(wants1, 1, 0, 1).contains(u"no seat left"_s)) << "no seats set means one";
    const CampChoices flexible{1, {}, true};
    EXPECT_TRUE(acceptanceProblem(flexible, 7, 1, 0).isEmpty());
}

TEST(CampPipeline, StagesOnlyMoveForward)
{
    using S = ApplicationStage;
    EXPECT_TRUE(canMoveApplication(S::Applied, S::ResumeReceived));
    EXPECT_TRUE(canMoveApplication(S::Applied, S::InterviewScheduled));
    EXPECT_TRUE(canMoveApplication(S::InterviewScheduled, S::Interviewed));
    EXPECT_TRUE(canMoveApplication(S::Interviewed, S::Accepted));
    EXPECT_TRUE(canMoveApplication(S::Waitlisted, S::Accepted));
    EXPECT_TRUE(canMoveApplication(S::Accepted, S::Withdrawn));
    EXPECT_FALSE(canMoveApplication(S::Applied, S::Accepted)) << "no acceptance without an interview";
    EXPECT_FALSE(canMoveApplication(S::Interviewed, S::Applied));
    EXPECT_FALSE(canMoveApplication(S::Rejected, S::Withdrawn));
    EXPECT_FALSE(canMoveApplication(S::Accepted, S::Rejected));
    for (int i = 0; i < ApplicationStageCount; ++i) {
        const auto s = static_cast<S>(i);
        EXPECT_EQ(applicationStageFromKey(applicationStageKey(s)), s);
        EXPECT_FALSE(canMoveApplication(s, s));
    }
}

TEST(CampWeeks, FlagsMissingAndShortWeeks)
{
    const QDate start(2024, 4, 1);
    EXPECT_EQ(campWeekOf(start, QDate(2024, 3, 31)), 0);
    EXPECT_EQ(campWeekOf(start, start), 1);
    EXPECT_EQ(campWeekOf(start, QDate(2024, 4, 7)), 1);
    EXPECT_EQ(campWeekOf(start, QDate(2024, 4, 8)), 2);
    // Today is in week 4: weeks 1-3 have ended. Week 2 has no report, week 3 too few hours.
    const QList<CampWeek> weeks = campWeeks({{1, 30}, {3, 20}, {4, 10}}, 13, 25, start, QDate(2024, 4, 23));
    ASSERT_EQ(weeks.size(), 13);
    EXPECT_FALSE(weeks[0].missing);
    EXPECT_FALSE(weeks[0].underMinimum);
    EXPECT_TRUE(weeks[1].missing);
    EXPECT_TRUE(weeks[2].underMinimum);
    EXPECT_FALSE(weeks[3].missing) << "the current week has not ended";
    EXPECT_TRUE(weeks[3].underMinimum) << "a reported week counts as reported";
    EXPECT_FALSE(weeks[4].missing) << "future weeks are not missing";
    // Two reports in one week add up.
    EXPECT_FALSE(campWeeks({{1, 15}, {1, 12}}, 1, 25, start, QDate(2024, 4, 9))[0].underMinimum);
}

TEST(FundableCompletion, DoneOverAllByWeightRoundedDown)
{
    EXPECT_EQ(subTaskCompletionBp({}), 0);
    EXPECT_EQ(subTaskCompletionBp({{1, {}, {}, {}, true, 0}, {2, {}, {}, {}, false, 0}}), 5000);
    QList<SubTask> five;
    for (int i = 1; i <= 5; ++i)
        five.append({i, {}, {}, {}, i <= 4, 0});
    EXPECT_EQ(subTaskCompletionBp(five), 8000) << "4 of 5 is exactly the 80 % threshold";
    EXPECT_EQ(subTaskCompletionBp({{1, {}, {}, {}, true, 2}, {2, {}, {}, {}, false, 1}}), 6666) << "2/3 rounds down";
    QList<SubTask> almost;
    for (int i = 1; i <= 10000; ++i)
        almost.append({i, {}, {}, {}, i <= 7999, 0});
    EXPECT_EQ(subTaskCompletionBp(almost), 7999) << "79.99 % stays below 80 %";
}

TEST(FundableSubTaskPrs, APrIsListedOnceWhateverTheSpelling)
{
    const QString repo = u"PaddlePaddle/Paddle"_s;
    EXPECT_FALSE(prListMentions(u"", repo, 64011));
    EXPECT_TRUE(prListMentions(u"https://github.com/PaddlePaddle/Paddle/pull/64011", repo, 64011));
    EXPECT_TRUE(prListMentions(u"https://github.com/paddlepaddle/paddle/pull/64011/files", repo, 64011));
    EXPECT_TRUE(prListMentions(u"#63521 #64011", repo, 64011)) << "a bare number is taken for the PR";
    EXPECT_TRUE(prListMentions(u"PaddlePaddle/Paddle#64011", repo, 64011));
    EXPECT_TRUE(prListMentions(u"#63521,#64011", repo, 64011));
    EXPECT_FALSE(prListMentions(u"#640110 #6401", repo, 64011));
    EXPECT_FALSE(prListMentions(u"PaddlePaddle/docs#64011", repo, 64011)) << "another repo's PR";
    EXPECT_FALSE(prListMentions(u"https://github.com/PaddlePaddle/docs/pull/64011", repo, 64011));
    EXPECT_FALSE(prListMentions(u"abc#64011", repo, 64011));

    EXPECT_EQ(withPrLink(QString(), repo, 64011), u"https://github.com/PaddlePaddle/Paddle/pull/64011"_s);
    EXPECT_EQ(withPrLink(u"#63521 "_s, repo, 64011), u"#63521 https://github.com/PaddlePaddle/Paddle/pull/64011"_s);
    EXPECT_EQ(withPrLink(u"#64011"_s, repo, 64011), u"#64011"_s);
    const QString once = withPrLink(u"#1"_s, repo, 64011);
    EXPECT_EQ(withPrLink(once, repo, 64011), once) << "no duplicates";
}

TEST(FundableSubTaskPrs, SubTaskListsAreCheckedBeforeTheyAreSaved)
{
    EXPECT_TRUE(subTasksProblem({}).isEmpty());
    EXPECT_TRUE(subTasksProblem({{1, u"a"_s, {}, {}, false, 0}, {2, u"b"_s, {}, {}, true, 3}}).isEmpty());
    EXPECT_TRUE(subTasksProblem({{0, u"a"_s, {}, {}, false, 0}}).contains(u"start at 1"_s));
    EXPECT_TRUE(subTasksProblem({{1, u"a"_s, {}, {}, false, 0}, {1, u"b"_s, {}, {}, false, 0}}).contains(u"twice"_s));
    EXPECT_TRUE(subTasksProblem({{2, u"  "_s, {}, {}, false, 0}}).contains(u"title"_s));
    EXPECT_TRUE(subTasksProblem({{2, u"x"_s, {}, {}, false, -1}}).contains(u"negative"_s));
}
