#include "model/participant.h"
#include "rules/statusladder.h"
#include "testutil.h"

#include <QHash>
#include <QSet>
#include <QStringList>
#include <QTimeZone>

#include <algorithm>
#include <iostream>
#include <random>

using namespace Qt::StringLiterals;
using hd::ClaimStatus;
using hd::LadderClaim;
using hd::LadderInput;
using hd::LadderPr;
using hd::LadderResult;
using hd::LadderTask;
using State = hd::PullRequest::State;

namespace {

const QString DesignRepo = u"PaddlePaddle/community"_s;

QDateTime at(const QString &monthDayTime) // "04-01 10:00", 2024, UTC
{
    QDateTime t = QDateTime::fromString(u"2024-"_s + monthDayTime, u"yyyy-MM-dd HH:mm"_s);
    t.setTimeZone(QTimeZone::utc());
    return t;
}

LadderTask task(int number, bool rfcRequired = false)
{
    LadderTask t;
    t.number = number;
    t.rfcRequired = rfcRequired;
    return t;
}

LadderTask removedTask(int number)
{
    LadderTask t = task(number);
    t.removed = true;
    return t;
}

LadderTask lockedTask(int number, const QString &finisher = {})
{
    LadderTask t = task(number);
    t.locked = true;
    t.finisherLogin = finisher;
    return t;
}

LadderClaim claim(int taskNumber, const QString &login, ClaimStatus status = ClaimStatus::Registered,
                  int flags = hd::NoFlag)
{
    return {taskNumber, login, status, flags};
}

// A PR into PaddlePaddle/<repo> ("Paddle", "community") or into owner/name, its title read for the 6th.
LadderPr pr(State state, const QString &repo, int number, const QString &author, const QString &title,
            const QString &created, const QString &merged = {})
{
    LadderPr p;
    p.repo = repo.contains(u'/') ? repo : u"PaddlePaddle/"_s + repo;
    p.number = number;
    p.authorLogin = author;
    p.state = state;
    p.createdAt = at(created);
    if (!merged.isEmpty())
        p.mergedAt = at(merged);
    p.title = hd::parsePrTitle(title, u"Hackathon 6th");
    return p;
}

LadderPr open(const QString &repo, int number, const QString &author, const QString &title,
              const QString &created = u"04-01 10:00"_s)
{
    return pr(State::Open, repo, number, author, title, created);
}

LadderPr merged(const QString &repo, int number, const QString &author, const QString &title, const QString &created,
                const QString &mergedAt)
{
    return pr(State::Merged, repo, number, author, title, created, mergedAt);
}

LadderPr closed(const QString &repo, int number, const QString &author, const QString &title)
{
    return pr(State::Closed, repo, number, author, title, u"04-01 10:00"_s);
}

QString repoName(const QString &repo)
{
    return repo.mid(repo.indexOf(u'/') + 1);
}

// "1 alice 提交PR (was 报名) new unclaimed rfc-late Paddle#100"
QStringList dumpClaims(const LadderResult &r)
{
    QStringList out;
    for (const auto &c : r.claims) {
        QString s =
            u"%1 %2 %3"_s.arg(QString::number(c.claim.taskNumber), c.claim.login, hd::claimStatusBadge(c.claim.status));
        if (c.claim.status != c.previousStatus)
            s += u" (was "_s + hd::claimStatusBadge(c.previousStatus) + u')';
        if (c.created)
            s += u" new"_s;
        if (c.claim.flags & hd::Unclaimed)
            s += u" unclaimed"_s;
        if (c.claim.flags & hd::CodeBeforeRfc)
            s += u" rfc-late"_s;
        if (c.prNumber)
            s += u" %1#%2"_s.arg(repoName(c.prRepo), QString::number(c.prNumber));
        out += s;
    }
    return out;
}

// "1 alice Paddle#100"
QStringList dumpFinishes(const LadderResult &r)
{
    QStringList out;
    for (const auto &f : r.finishes)
        out += u"%1 %2 %3#%4"_s.arg(QString::number(f.taskNumber), f.finisherLogin, repoName(f.prRepo),
                                    QString::number(f.prNumber));
    return out;
}

// "unknown 99 Paddle#100: @alice PR赛题编号【99】不存在"
QStringList dumpProblems(const LadderResult &r)
{
    QStringList out;
    for (const auto &p : r.problems) {
        const char *kind = p.kind == hd::LadderProblem::Kind::UnknownTask   ? "unknown"
                           : p.kind == hd::LadderProblem::Kind::RemovedTask ? "removed"
                                                                            : "malformed";
        QString s = u"%1 %2 %3#%4"_s.arg(QString::fromLatin1(kind), QString::number(p.taskNumber), repoName(p.prRepo),
                                         QString::number(p.prNumber));
        if (!p.botReply.isEmpty())
            s += u": "_s + p.botReply;
        out += s;
    }
    return out;
}

// One rule at work: the input and the whole outcome.
struct Scenario
{
    std::string name;
    QList<LadderTask> tasks;
    QList<LadderClaim> claims;
    QList<LadderPr> prs;
    QStringList claimsAfter;
    QStringList finishes = {};
    QStringList problems = {};
    QDateTime launchAt = {};
};

void PrintTo(const Scenario &s, std::ostream *os)
{
    *os << s.name;
}

class StatusLadder : public testing::TestWithParam<Scenario>
{};

TEST_P(StatusLadder, AppliesTheRuleInAnyInputOrder)
{
    const Scenario &s = GetParam();
    LadderInput input{s.tasks, s.claims, s.prs, DesignRepo, s.launchAt};
    std::mt19937 rng(1);
    for (int round = 0; round < 8; ++round) {
        SCOPED_TRACE(round);
        const LadderResult r = hd::applyStatusLadder(input);
        EXPECT_EQ(dumpClaims(r), s.claimsAfter);
        EXPECT_EQ(dumpFinishes(r), s.finishes);
        EXPECT_EQ(dumpProblems(r), s.problems);
        if (round == 0) {
            std::reverse(input.tasks.begin(), input.tasks.end());
            std::reverse(input.claims.begin(), input.claims.end());
            std::reverse(input.prs.begin(), input.prs.end());
        } else {
            std::shuffle(input.tasks.begin(), input.tasks.end(), rng);
            std::shuffle(input.claims.begin(), input.claims.end(), rng);
            std::shuffle(input.prs.begin(), input.prs.end(), rng);
        }
    }
}

const QString T1 = u"【Hackathon 6th No.1】Add cartesian_prod API to Paddle"_s;
const QString T1Part = u"【Hackathon 6th No.1】Add cartesian_prod API to Paddle -part"_s;
const QString T1Rfc = u"【Hackathon 6th No.1】Add RFC for cartesian_prod"_s;

INSTANTIATE_TEST_SUITE_P(
    Rules, StatusLadder,
    testing::Values(
        Scenario{"OpenPrRaisesClaimToPrSubmitted",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {open(u"Paddle"_s, 100, u"alice"_s, T1)},
                 {u"1 alice 提交PR (was 报名) Paddle#100"_s}},
        Scenario{"MergedPrCompletesTheClaimAndFinishesTheTask",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {merged(u"Paddle"_s, 100, u"alice"_s, T1, u"04-01 10:00"_s, u"04-05 10:00"_s)},
                 {u"1 alice 完成任务 (was 报名) Paddle#100"_s},
                 {u"1 alice Paddle#100"_s}},
        Scenario{"StatusNeverFalls",
                 {task(1), task(2)},
                 {claim(1, u"alice"_s, ClaimStatus::Completed), claim(2, u"alice"_s, ClaimStatus::PartlyDone)},
                 {open(u"Paddle"_s, 100, u"alice"_s, T1),
                  open(u"Paddle"_s, 101, u"alice"_s, u"【Hackathon 6th No.2】x"_s),
                  open(u"community"_s, 7, u"alice"_s, u"【Hackathon 6th No.2】RFC"_s)},
                 {u"1 alice 完成任务 Paddle#100"_s, u"2 alice 部分完成 Paddle#101"_s}},
        Scenario{"DesignDocMergedAfterCodePrDoesNotLower",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {open(u"Paddle"_s, 101, u"alice"_s, T1),
                  merged(u"community"_s, 50, u"alice"_s, T1Rfc, u"03-25 10:00"_s, u"04-10 10:00"_s)},
                 {u"1 alice 提交PR (was 报名) Paddle#101"_s}},
        Scenario{"OpenDesignDocIsRfcSubmitted",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {open(u"community"_s, 50, u"alice"_s, T1Rfc)},
                 {u"1 alice 提交RFC (was 报名) community#50"_s}},
        Scenario{"MergedDesignDocIsDesignDoneAndFinishesNothing",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {merged(u"community"_s, 50, u"alice"_s, T1Rfc, u"03-25 10:00"_s, u"04-10 10:00"_s)},
                 {u"1 alice 完成设计文档 (was 报名) community#50"_s}},
        Scenario{"DesignRepoNameIgnoresCase",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {merged(u"paddlepaddle/COMMUNITY"_s, 50, u"alice"_s, T1Rfc, u"03-25 10:00"_s, u"04-10 10:00"_s)},
                 {u"1 alice 完成设计文档 (was 报名) COMMUNITY#50"_s}},
        Scenario{"OtherReposAreCode",
                 {task(43)},
                 {claim(43, u"Asthestarsfalll"_s)},
                 {merged(u"openvinotoolkit/openvino"_s, 23982, u"Asthestarsfalll"_s,
                         u"【Hackathon 6th No.43】Add tril/triu converters"_s, u"04-01 10:00"_s, u"04-20 10:00"_s)},
                 {u"43 Asthestarsfalll 完成任务 (was 报名) openvino#23982"_s},
                 {u"43 Asthestarsfalll openvino#23982"_s}},
        Scenario{"PartialMergeIsPartlyDoneAndFinishesNothing",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {merged(u"Paddle"_s, 100, u"alice"_s, T1Part, u"04-01 10:00"_s, u"04-05 10:00"_s)},
                 {u"1 alice 部分完成 (was 报名) Paddle#100"_s}},
        Scenario{"PartialThenFullMerge",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {merged(u"Paddle"_s, 100, u"alice"_s, T1Part, u"04-01 10:00"_s, u"04-05 10:00"_s),
                  merged(u"Paddle"_s, 101, u"alice"_s, T1, u"04-06 10:00"_s, u"04-20 10:00"_s)},
                 {u"1 alice 完成任务 (was 报名) Paddle#101"_s},
                 {u"1 alice Paddle#101"_s}},
        Scenario{"OpenPrAfterPartialMergeKeepsPartlyDone",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {merged(u"Paddle"_s, 100, u"alice"_s, T1Part, u"04-01 10:00"_s, u"04-05 10:00"_s),
                  open(u"Paddle"_s, 101, u"alice"_s, T1, u"04-06 10:00"_s)},
                 {u"1 alice 部分完成 (was 报名) Paddle#100"_s}},
        Scenario{"ClosedPrsChangeNothing",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {closed(u"Paddle"_s, 100, u"alice"_s, T1), closed(u"Paddle"_s, 101, u"dave"_s, T1),
                  closed(u"Paddle"_s, 102, u"alice"_s, u"【Hackathon 6th No.99】x"_s),
                  closed(u"Paddle"_s, 103, u"alice"_s, u"【Hackathon 6th】fix typo"_s)},
                 {u"1 alice 报名"_s}},
        Scenario{"FirstMergedWinsWhateverTheInputOrder",
                 {task(1)},
                 {claim(1, u"bob"_s), claim(1, u"alice"_s)},
                 {merged(u"Paddle"_s, 200, u"bob"_s, T1, u"04-01 10:00"_s, u"05-01 10:00"_s),
                  merged(u"Paddle"_s, 300, u"alice"_s, T1, u"04-10 10:00"_s, u"04-20 10:00"_s)},
                 {u"1 alice 完成任务 (was 报名) Paddle#300"_s, u"1 bob 完成任务 (was 报名) Paddle#200"_s},
                 {u"1 alice Paddle#300"_s}},
        Scenario{"SameMergeTimeGoesToTheLowerPrNumber",
                 {task(1)},
                 {claim(1, u"alice"_s), claim(1, u"bob"_s)},
                 {merged(u"Paddle"_s, 301, u"alice"_s, T1, u"04-01 10:00"_s, u"04-20 10:00"_s),
                  merged(u"Paddle"_s, 300, u"bob"_s, T1, u"04-01 10:00"_s, u"04-20 10:00"_s)},
                 {u"1 alice 完成任务 (was 报名) Paddle#301"_s, u"1 bob 完成任务 (was 报名) Paddle#300"_s},
                 {u"1 bob Paddle#300"_s}},
        Scenario{"MergedWithoutMergeTimeComesLast",
                 {task(1)},
                 {claim(1, u"alice"_s), claim(1, u"bob"_s)},
                 {pr(State::Merged, u"Paddle"_s, 100, u"alice"_s, T1, u"04-01 10:00"_s),
                  merged(u"Paddle"_s, 200, u"bob"_s, T1, u"04-01 10:00"_s, u"06-01 10:00"_s)},
                 {u"1 alice 完成任务 (was 报名) Paddle#100"_s, u"1 bob 完成任务 (was 报名) Paddle#200"_s},
                 {u"1 bob Paddle#200"_s}},
        Scenario{"ExistingFinisherStays",
                 {lockedTask(1, u"carol"_s)},
                 {claim(1, u"carol"_s, ClaimStatus::Completed), claim(1, u"alice"_s)},
                 {merged(u"Paddle"_s, 100, u"alice"_s, T1, u"04-01 10:00"_s, u"04-05 10:00"_s)},
                 {u"1 alice 完成任务 (was 报名) Paddle#100"_s, u"1 carol 完成任务"_s}},
        Scenario{"TaskLockedWithoutFinisherGetsOne",
                 {lockedTask(1)},
                 {claim(1, u"alice"_s)},
                 {merged(u"Paddle"_s, 100, u"alice"_s, T1, u"04-01 10:00"_s, u"04-05 10:00"_s)},
                 {u"1 alice 完成任务 (was 报名) Paddle#100"_s},
                 {u"1 alice Paddle#100"_s}},
        Scenario{"PrWithoutClaimCreatesAFlaggedClaim",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {open(u"Paddle"_s, 100, u"dave"_s, T1)},
                 {u"1 alice 报名"_s, u"1 dave 提交PR (was 报名) new unclaimed Paddle#100"_s}},
        Scenario{"UnclaimedAuthorCanFinish",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {merged(u"Paddle"_s, 100, u"dave"_s, T1, u"04-01 10:00"_s, u"04-05 10:00"_s)},
                 {u"1 alice 报名"_s, u"1 dave 完成任务 (was 报名) new unclaimed Paddle#100"_s},
                 {u"1 dave Paddle#100"_s}},
        Scenario{
            "CodeBeforeRfcIsPerAuthor",
            {task(1, true)},
            {claim(1, u"alice"_s), claim(1, u"bob"_s), claim(1, u"carol"_s), claim(1, u"dan"_s), claim(1, u"erin"_s)},
            {merged(u"community"_s, 10, u"alice"_s, T1Rfc, u"04-01 10:00"_s, u"04-10 10:00"_s),
             open(u"Paddle"_s, 100, u"alice"_s, T1, u"04-05 10:00"_s),
             merged(u"community"_s, 11, u"bob"_s, T1Rfc, u"04-01 10:00"_s, u"04-12 10:00"_s),
             open(u"Paddle"_s, 101, u"bob"_s, T1, u"04-15 10:00"_s),
             open(u"Paddle"_s, 102, u"carol"_s, T1, u"04-20 10:00"_s),
             open(u"Paddle"_s, 103, u"dan"_s, T1, u"04-20 10:00"_s), closed(u"Paddle"_s, 104, u"erin"_s, T1)},
            {u"1 alice 提交PR (was 报名) rfc-late Paddle#100"_s, u"1 bob 提交PR (was 报名) Paddle#101"_s,
             u"1 carol 提交PR (was 报名) rfc-late Paddle#102"_s, u"1 dan 提交PR (was 报名) rfc-late Paddle#103"_s,
             u"1 erin 报名"_s}},
        Scenario{"CodeAfterOwnRfcMergedIsFineAndFinishes",
                 {task(1, true)},
                 {claim(1, u"alice"_s)},
                 {merged(u"community"_s, 10, u"alice"_s, T1Rfc, u"04-01 10:00"_s, u"04-10 10:00"_s),
                  merged(u"Paddle"_s, 100, u"alice"_s, T1, u"04-10 10:00"_s, u"04-30 10:00"_s)},
                 {u"1 alice 完成任务 (was 报名) Paddle#100"_s},
                 {u"1 alice Paddle#100"_s}},
        Scenario{"CodeBeforeRfcOnlyOnRfcTasks",
                 {task(2)},
                 {claim(2, u"alice"_s)},
                 {open(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th No.2】x"_s)},
                 {u"2 alice 提交PR (was 报名) Paddle#100"_s}},
        Scenario{"UnknownTaskIsAProblem",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {open(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th No.33】x"_s)},
                 {u"1 alice 报名"_s},
                 {},
                 {u"unknown 33 Paddle#100: @alice PR赛题编号【33】不存在"_s}},
        Scenario{
            "RemovedTaskIsAProblem",
            {removedTask(12)},
            {claim(12, u"alice"_s)},
            {merged(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th No.12】x"_s, u"04-01 10:00"_s, u"04-05 10:00"_s)},
            {u"12 alice 报名"_s},
            {},
            {u"removed 12 Paddle#100: @alice 抱歉，赛题【12】已删除"_s}},
        Scenario{"LoginsIgnoreCase",
                 {task(8)},
                 {claim(8, u"MegEmini"_s)},
                 {merged(u"Paddle"_s, 64881, u"megemini"_s, u"【Hackathon 6th No.8】Add FeatureAlphaDropout"_s,
                         u"04-01 10:00"_s, u"05-05 10:00"_s)},
                 {u"8 MegEmini 完成任务 (was 报名) Paddle#64881"_s},
                 {u"8 MegEmini Paddle#64881"_s}},
        Scenario{"PrForSeveralTasks",
                 {task(2), task(3), task(4)},
                 {claim(2, u"alice"_s)},
                 {open(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th No.2-4、99】x"_s)},
                 {u"2 alice 提交PR (was 报名) Paddle#100"_s, u"3 alice 提交PR (was 报名) new unclaimed Paddle#100"_s,
                  u"4 alice 提交PR (was 报名) new unclaimed Paddle#100"_s},
                 {},
                 {u"unknown 99 Paddle#100: @alice PR赛题编号【99】不存在"_s}},
        Scenario{"PrsCreatedBeforeLaunchDoNotCount",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {merged(u"Paddle"_s, 100, u"alice"_s, T1, u"03-10 10:00"_s, u"03-25 10:00"_s),
                  open(u"Paddle"_s, 101, u"alice"_s, u"【Hackathon 6th No.99】x"_s, u"03-10 10:00"_s)},
                 {u"1 alice 报名"_s},
                 {},
                 {},
                 at(u"03-20 11:00"_s)},
        Scenario{"OnlyTaskTitlesMoveClaims",
                 {task(1), task(3)},
                 {claim(1, u"alice"_s)},
                 {open(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th】fix typo"_s),
                  open(u"Paddle"_s, 101, u"alice"_s, u"【Hackathon 6th Article No.1】文章"_s),
                  open(u"Paddle"_s, 102, u"alice"_s, u"【Hackathon 6th Fundable Projects 3 No.1】x"_s),
                  open(u"Paddle"_s, 103, u"alice"_s, u"【Hackathon 5th No.1】x"_s)},
                 {u"1 alice 报名"_s},
                 {},
                 {u"malformed 0 Paddle#100"_s}},
        Scenario{"DuplicateClaimsAreMerged",
                 {task(1)},
                 {claim(1, u"alice"_s), claim(1, u"Alice"_s, ClaimStatus::PrSubmitted, hd::Unclaimed)},
                 {},
                 {u"1 Alice 提交PR unclaimed"_s}},
        Scenario{"FlagsAreKept",
                 {task(1)},
                 {claim(1, u"alice"_s, ClaimStatus::Registered, hd::CodeBeforeRfc)},
                 {open(u"Paddle"_s, 100, u"alice"_s, T1)},
                 {u"1 alice 提交PR (was 报名) rfc-late Paddle#100"_s}},
        Scenario{"BadgeLinksTheMostAdvancedPr",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {open(u"Paddle"_s, 100, u"alice"_s, T1, u"04-01 10:00"_s),
                  merged(u"Paddle"_s, 101, u"alice"_s, T1, u"04-02 10:00"_s, u"04-10 10:00"_s),
                  open(u"Paddle"_s, 102, u"alice"_s, T1, u"04-20 10:00"_s),
                  merged(u"community"_s, 9, u"alice"_s, T1Rfc, u"04-21 10:00"_s, u"04-22 10:00"_s)},
                 {u"1 alice 完成任务 (was 报名) Paddle#101"_s},
                 {u"1 alice Paddle#101"_s}},
        Scenario{"SamePrTwiceCountsOnce",
                 {task(1)},
                 {claim(1, u"alice"_s)},
                 {open(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th No.1、77】x"_s),
                  open(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th No.1、77】x"_s)},
                 {u"1 alice 提交PR (was 报名) Paddle#100"_s},
                 {},
                 {u"unknown 77 Paddle#100: @alice PR赛题编号【77】不存在"_s}}),
    [](const testing::TestParamInfo<Scenario> &param) { return param.param.name; });

TEST(StatusLadder, ReportsWhatChangedAndFromWhat)
{
    LadderInput input;
    input.designRepo = DesignRepo;
    input.tasks = {task(1), task(2, true), task(3)};
    input.claims = {claim(1, u"alice"_s), claim(2, u"alice"_s, ClaimStatus::RfcSubmitted),
                    claim(3, u"alice"_s, ClaimStatus::Completed)};
    input.prs = {open(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th No.1、2】x"_s)};
    const LadderResult r = hd::applyStatusLadder(input);
    ASSERT_EQ(r.claims.size(), 3);

    EXPECT_TRUE(r.claims[0].changed());
    EXPECT_EQ(r.claims[0].previousStatus, ClaimStatus::Registered);
    EXPECT_EQ(r.claims[0].claim.status, ClaimStatus::PrSubmitted);
    EXPECT_EQ(r.claims[0].prRepo, u"PaddlePaddle/Paddle"_s);
    EXPECT_EQ(r.claims[0].prNumber, 100);

    EXPECT_TRUE(r.claims[1].changed());
    EXPECT_EQ(r.claims[1].previousStatus, ClaimStatus::RfcSubmitted);
    EXPECT_EQ(r.claims[1].previousFlags, hd::NoFlag);
    EXPECT_EQ(r.claims[1].claim.flags, hd::CodeBeforeRfc);

    EXPECT_FALSE(r.claims[2].changed());
    EXPECT_FALSE(r.claims[2].created);
    EXPECT_EQ(r.claims[2].prNumber, 0);
    EXPECT_TRUE(r.finishes.isEmpty());
    EXPECT_TRUE(r.problems.isEmpty());
}

TEST(StatusLadder, ProblemsCarryATranslatedMessageAndTheBotsReply)
{
    LadderInput input;
    input.tasks = {removedTask(12)};
    input.prs = {open(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th No.12、33】x"_s),
                 open(u"Paddle"_s, 101, u"bob"_s, u"【Hackathon 6th No.abc】x"_s)};
    const LadderResult r = hd::applyStatusLadder(input);
    ASSERT_EQ(r.problems.size(), 3);
    for (const auto &p : r.problems) {
        EXPECT_FALSE(p.message.isEmpty());
        EXPECT_TRUE(p.message.contains(u"PaddlePaddle/Paddle#10"_s)) << p.message.toStdString();
    }
    EXPECT_EQ(r.problems[0].login, u"alice"_s);
    EXPECT_EQ(r.problems[0].botReply, u"@alice 抱歉，赛题【12】已删除"_s);
    EXPECT_EQ(r.problems[1].botReply, u"@alice PR赛题编号【33】不存在"_s);
    EXPECT_EQ(r.problems[2].kind, hd::LadderProblem::Kind::MalformedTitle);
    EXPECT_TRUE(r.problems[2].botReply.isEmpty());
    EXPECT_TRUE(r.claims.isEmpty());
}

// The bot answers in the event's language (event.language).
TEST(StatusLadder, RepliesAreInTheEventsLanguage)
{
    LadderInput input;
    input.tasks = {removedTask(12)};
    input.replyLanguage = hd::ReplyLanguage::English;
    input.prs = {open(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th No.12、33】x"_s)};
    const LadderResult r = hd::applyStatusLadder(input);
    ASSERT_EQ(r.problems.size(), 2);
    EXPECT_EQ(r.problems[0].botReply, u"@alice Sorry, task 12 was removed"_s);
    EXPECT_EQ(r.problems[1].botReply, u"@alice Task 33 does not exist"_s);
}

// Lists strike done tasks through as they do removed ones: a struck task with a finisher was not removed,
// and its finisher's PR is no problem.
TEST(StatusLadder, AStruckTaskThatWasDoneIsNotRemoved)
{
    LadderInput input;
    LadderTask done = lockedTask(12, u"alice"_s);
    done.removed = true;
    input.tasks = {done};
    input.claims = {claim(12, u"alice"_s, ClaimStatus::PrSubmitted)};
    input.prs = {
        merged(u"Paddle"_s, 100, u"alice"_s, u"【Hackathon 6th No.12】x"_s, u"04-01 10:00"_s, u"04-02 10:00"_s)};
    const LadderResult r = hd::applyStatusLadder(input);
    EXPECT_EQ(dumpProblems(r), QStringList{});
}

TEST(StatusLadder, WithoutDesignRepoEveryPrIsCode)
{
    LadderInput input;
    input.tasks = {task(1)};
    input.prs = {merged(u"community"_s, 5, u"alice"_s, T1, u"04-01 10:00"_s, u"04-02 10:00"_s)};
    const LadderResult r = hd::applyStatusLadder(input);
    EXPECT_EQ(dumpClaims(r), QStringList{u"1 alice 完成任务 (was 报名) new unclaimed community#5"_s});
}

// A random event: random tasks, claims and PRs.
LadderInput randomEvent(std::mt19937 &rng, int tasks, int people, int claims, int prs)
{
    const auto below = [&rng](int n) { return static_cast<int>(rng() % static_cast<unsigned>(n)); };
    const auto login = [&below, people] {
        const int i = below(people);
        return i % 7 == 0 ? u"User%1"_s.arg(i) : u"user%1"_s.arg(i); // some logins differ only in case
    };
    LadderInput input;
    input.designRepo = DesignRepo;
    input.launchAt = at(u"03-20 11:00"_s);
    for (int n = 1; n <= tasks; ++n) {
        LadderTask t = task(n, below(3) == 0);
        t.removed = below(40) == 0;
        if (below(10) == 0) {
            t.locked = true;
            t.finisherLogin = login();
        }
        input.tasks += t;
    }
    for (int i = 0; i < claims; ++i)
        input.claims += claim(1 + below(tasks), login(), static_cast<ClaimStatus>(below(hd::ClaimStatusCount)),
                              below(5) == 0 ? hd::CodeBeforeRfc : hd::NoFlag);
    const QStringList repos = {u"Paddle"_s, u"community"_s, u"PaddleScience"_s, u"openvinotoolkit/openvino"_s};
    for (int i = 0; i < prs; ++i) {
        const int n = 1 + below(tasks + tasks / 20); // a few unknown numbers
        QString title = u"【Hackathon 6th No.%1】x"_s.arg(n);
        if (below(8) == 0)
            title = u"【Hackathon 6th No.%1-%2】x"_s.arg(n).arg(n + below(3));
        if (below(6) == 0)
            title += u" -part"_s;
        if (below(30) == 0)
            title = u"【Hackathon 6th】fix"_s;
        const QChar zero = u'0';
        const QString created =
            u"%1-%2 %3:00"_s.arg(3 + below(3), 2, 10, zero).arg(1 + below(28), 2, 10, zero).arg(below(24), 2, 10, zero);
        const QString mergedAt = u"06-%1 %2:00"_s.arg(1 + below(5), 2, 10, zero).arg(below(3), 2, 10, zero);
        const State state = static_cast<State>(below(3));
        input.prs += pr(state, repos.at(below(repos.size())), 1000 + below(prs * 2), login(), title, created,
                        state == State::Merged ? mergedAt : QString());
    }
    return input;
}

// Random events: the result never depends on the input's order, statuses only rise, one finisher a task.
TEST(StatusLadder, RandomEventsKeepTheInvariants)
{
    std::mt19937 rng(614);
    for (int round = 0; round < 200; ++round) {
        LadderInput input = randomEvent(rng, 30, 25, 60, 120);
        const LadderResult r = hd::applyStatusLadder(input);
        SCOPED_TRACE(round);

        QHash<std::pair<int, QString>, ClaimStatus> before;
        for (const auto &c : input.claims) {
            auto &s = before[{c.taskNumber, hd::normalisedLogin(c.login)}];
            s = std::max(s, c.status);
        }
        QSet<std::pair<int, QString>> seen;
        for (const auto &c : r.claims) {
            const std::pair<int, QString> key{c.claim.taskNumber, hd::normalisedLogin(c.claim.login)};
            ASSERT_FALSE(seen.contains(key)); // one claim per task and login
            seen.insert(key);
            ASSERT_GE(c.claim.status, c.previousStatus);
            ASSERT_EQ(c.created, !before.contains(key));
            if (c.created)
                ASSERT_TRUE(c.claim.flags & hd::Unclaimed);
            else
                ASSERT_EQ(c.previousStatus, before.value(key));
            ASSERT_EQ(c.claim.flags & c.previousFlags, c.previousFlags); // flags are only added
        }
        QSet<int> finished;
        for (const auto &f : r.finishes) {
            ASSERT_FALSE(finished.contains(f.taskNumber));
            finished.insert(f.taskNumber);
            const auto t = std::find_if(input.tasks.begin(), input.tasks.end(),
                                        [&f](const LadderTask &x) { return x.number == f.taskNumber; });
            ASSERT_NE(t, input.tasks.end());
            ASSERT_TRUE(t->finisherLogin.isEmpty());
            ASSERT_FALSE(t->removed);
            const auto c = std::find_if(r.claims.begin(), r.claims.end(), [&f](const auto &x) {
                return x.claim.taskNumber == f.taskNumber && x.claim.login == f.finisherLogin;
            });
            ASSERT_NE(c, r.claims.end());
            ASSERT_EQ(c->claim.status, ClaimStatus::Completed);
        }

        std::shuffle(input.tasks.begin(), input.tasks.end(), rng);
        std::shuffle(input.claims.begin(), input.claims.end(), rng);
        std::shuffle(input.prs.begin(), input.prs.end(), rng);
        const LadderResult again = hd::applyStatusLadder(input);
        ASSERT_EQ(dumpClaims(again), dumpClaims(r));
        ASSERT_EQ(dumpFinishes(again), dumpFinishes(r));
        ASSERT_EQ(dumpProblems(again), dumpProblems(r));
    }
}

// Ten times the 5th edition: 2,000 tasks, 10,000 participants, 20,000 PRs. (Its time is bench_payouts'
// business: a test that fails on time alone fails under the sanitizers and on a busy machine.)
TEST(StatusLadder, TenTimesTheLargestEditionIsRead)
{
    std::mt19937 rng(5);
    const LadderInput input = randomEvent(rng, 2000, 10000, 10000, 20000);
    const LadderResult r = hd::applyStatusLadder(input);
    EXPECT_GE(r.claims.size(), 10000);
}

} // namespace
