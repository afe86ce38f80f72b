#include "github/githubclient.h"
#include "github/httptransport.h"
#include "model/error.h"
#include "storage/programmerepository.h"
#include "services/manualclaims.h"
#include "storage/claimrepository.h"
#include "storage/participantrepository.h"
#include "storage/taskrepository.h"
#include "support/syncfixture.h"

#include <QJsonArray>
#include <QSqlError>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

class Sync : public SyncFixture
{
protected:
    void SetUp() override
    {
        SyncFixture::SetUp();
        server.setIssue(TasksIssueRepo, TasksIssue, taskTableBody({1, 2, 3, 4, 5, 6}, {5}));
    }

    std::optional<Claim> claimOf(int task, const QString &login) const
    {
        const auto t = TaskRepository(*db).byNumber(tasksTrack.id, task);
        const auto p = ParticipantRepository(*db).byLogin(login);
        if (!t || !p)
            return std::nullopt;
        return ClaimRepository(*db).find(t->id, p->id, 0);
    }

    QString finisherOf(int task) const
    {
        const auto t = TaskRepository(*db).byNumber(tasksTrack.id, task);
        const auto p = t ? ParticipantRepository(*db).get(t->finisherId) : std::nullopt;
        return p ? p->login : QString();
    }

    void addPr(const QString &repo, int number, const QString &title, const QString &login, int day, int mergedDay = 0)
    {
        FakePr pr{repo, number, title, login, mergedDay == 0, at(day), mergedDay ? at(mergedDay) : QDateTime()};
        server.addPr(pr);
    }

    const SyncProblem *problemFor(const SyncReport &r, const QString &author) const
    {
        for (const SyncProblem &p : r.problems)
            if (p.author == author)
                return &p;
        return nullptr;
    }

    // The fundable track's issue (PaddlePaddle/Paddle#62908) listing these projects, led by @lead.
    void serveFundableProjects(const QList<int> &numbers)
    {
        IssueTaskList projects;
        projects.directions << u"Fundable"_s;
        for (const int n : numbers) {
            IssueTask t;
            t.direction = u"Fundable"_s;
            t.number = n;
            t.stars = Stars::whole(10);
            t.title = u"项目 %1"_s.arg(n);
            t.leader = u"@lead"_s;
            projects.tasks.append(t);
        }
        server.setIssue(TasksIssueRepo, 62908, writeIssueBody(projects, TrackKind::Fundable));
    }

    // Requests that were not answered 304, without the search queries.
    int coreRequestsNot304() const
    {
        int n = 0;
        for (const FakeRequest &r : server.requests())
            if (r.status != 304 && !r.path.startsWith(u"/search/"_s))
                ++n;
        return n;
    }
};

// A listener that cancels the sync when asked to wait.
class CancelOnWait : public SyncListener
{
public:
    explicit CancelOnWait(CancelToken token)
        : m_token(std::move(token))
    {}
    void waiting(qint64, const QString &) override { m_token.cancel(); }

private:
    CancelToken m_token;
};

} // namespace

TEST(GitHubLink, FindsTheNextPageAmongOthers)
{
    EXPECT_EQ(GitHubClient::nextLink(
                  R"(<https://api.github.com/x?page=2>; rel="next", <https://api.github.com/x?page=5>; rel="last")"),
              QUrl(u"https://api.github.com/x?page=2"_s));
    EXPECT_EQ(GitHubClient::nextLink(R"(<https://a/x?page=1>; rel="prev", <https://a/x?page=3>; rel="next")"),
              QUrl(u"https://a/x?page=3"_s));
    EXPECT_TRUE(
        GitHubClient::nextLink(R"(<https://a/x?page=1>; rel="first", <https://a/x?page=1>; rel="prev")").isEmpty());
    EXPECT_TRUE(GitHubClient::nextLink("").isEmpty());
    EXPECT_TRUE(GitHubClient::nextLink("garbage, <>").isEmpty());
}

TEST(GitHubLink, KeepsAnEncodedQueryAsItIs)
{
    const QUrl next = GitHubClient::nextLink(
        R"(<https://api.github.com/search/issues?q=%22Hackathon%206th%22%20repo%3AA%2FB%20created%3A%3E%3D2024-03-21T00%3A00%3A00Z&page=2>; rel="next")");
    EXPECT_EQ(QUrlQuery(next).queryItemValue(u"q"_s, QUrl::FullyDecoded),
              u"\"Hackathon 6th\" repo:A/B created:>=2024-03-21T00:00:00Z"_s);
}

TEST(GitHubCache, ValidatorsRoundTripThroughTheSetting)
{
    CachedResponse c;
    c.etag = "W/\"abc\"";
    c.lastModified = "Thu, 21 Mar 2024 00:00:00 GMT";
    c.next = u"https://api.github.com/x?page=2"_s;
    c.items = 100;
    c.total = 250;
    const CachedResponse back = CachedResponse::fromSetting(c.toSetting());
    EXPECT_EQ(back.etag, c.etag);
    EXPECT_EQ(back.lastModified, c.lastModified);
    EXPECT_EQ(back.next, c.next);
    EXPECT_EQ(back.items, 100);
    EXPECT_EQ(back.total, 250);
    EXPECT_FALSE(CachedResponse::fromSetting(u"{not json"_s).isValid());
}

TEST(SyncSettings, IssueReferencesAndRepoNames)
{
    QString repo;
    int number = 0;
    EXPECT_TRUE(parseIssueRef(u"PaddlePaddle/Paddle#62905", &repo, &number));
    EXPECT_EQ(repo, u"PaddlePaddle/Paddle"_s);
    EXPECT_EQ(number, 62905);
    EXPECT_TRUE(parseIssueRef(u"https://github.com/PaddlePaddle/Paddle/issues/62906", &repo, &number));
    EXPECT_EQ(number, 62906);
    EXPECT_FALSE(parseIssueRef(u"Paddle#1", &repo, &number));
    EXPECT_FALSE(parseIssueRef(u"PaddlePaddle/Paddle#0", &repo, &number));
    EXPECT_FALSE(parseIssueRef(u"PaddlePaddle/Paddle", &repo, &number));
    EXPECT_TRUE(isRepoName(u"openvinotoolkit/openvino"));
    EXPECT_TRUE(isRepoName(u"PaddlePaddle/Paddle2ONNX"));
    EXPECT_FALSE(isRepoName(u"PaddlePaddle"));
    EXPECT_FALSE(isRepoName(u"a/b/c"));
    EXPECT_FALSE(isRepoName(u"-a/b"));
}

TEST_F(Sync, FirstSyncTakesClaimsPrsFinishersAndProblems)
{
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1、2"_s, at(22));
    server.addComment(TasksIssueRepo, TasksIssue, u"bob"_s, u"【报名】：99"_s, at(22));
    server.addComment(TasksIssueRepo, TasksIssue, u"carol"_s, u"报名5"_s, at(23));
    server.addComment(TasksIssueRepo, TasksIssue, u"dave"_s, u"【报名】 我想做 SDGD"_s, at(23));
    server.addComment(TasksIssueRepo, TasksIssue, u"paddle-bot"_s, u"【报名】：3"_s, at(23), true);
    server.addComment(TasksIssueRepo, TasksIssue, u"erin"_s, u"请问报名截止了吗？"_s, at(24));
    addPr(u"PaddlePaddle/Paddle"_s, 64001, u"【Hackathon 6th No.1】Add cartesian_prod API"_s, u"alice"_s, 25, 28);
    addPr(u"PaddlePaddle/Paddle"_s, 64002, u"【Hackathon 6th No.3】Add FeatureAlphaDropout"_s, u"frank"_s, 26);
    addPr(u"PaddlePaddle/docs"_s, 601, u"【Hackathon 6th No.77】docs"_s, u"gina"_s, 26);
    addPr(u"PaddlePaddle/docs"_s, 602, u"【Hackathon 6th】 fix typo"_s, u"hank"_s, 26);
    addPr(u"PaddlePaddle/Paddle"_s, 63000, u"【Hackathon 6th No.2】too early"_s, u"alice"_s, 10, 12);
    addPr(u"PaddlePaddle/Paddle"_s, 64003, u"Fix a bug in No.2"_s, u"alice"_s, 26);

    const SyncReport r = sync();

    EXPECT_EQ(r.tasks, 6);
    EXPECT_EQ(r.tasksAdded, 6);
    // alice: 1 and 2 from her comment, frank: 3 from his PR (flagged Unclaimed).
    EXPECT_EQ(r.claimsAdded, 3);
    EXPECT_EQ(claimOf(1, u"alice"_s)->status, ClaimStatus::Completed);
    EXPECT_EQ(claimOf(2, u"alice"_s)->status, ClaimStatus::Registered);
    EXPECT_EQ(claimOf(3, u"frank"_s)->status, ClaimStatus::PrSubmitted);
    EXPECT_TRUE(claimOf(3, u"frank"_s)->flags & Unclaimed);
    EXPECT_FALSE(claimOf(3, u"paddle-bot"_s)); // bots do not claim
    EXPECT_EQ(finisherOf(1), u"alice"_s);
    EXPECT_TRUE(TaskRepository(*db).byNumber(tasksTrack.id, 1)->locked);
    EXPECT_EQ(r.completed, 1);
    EXPECT_EQ(r.statusChanges, 1);
    // The PR created before github.since is not searched; the one without the tag is not linked.
    EXPECT_EQ(count(u"SELECT count(*) FROM pull_request WHERE number = 63000"_s), 0);
    EXPECT_EQ(
        count(u"SELECT count(*) FROM pr_task pt JOIN pull_request pr ON pr.id = pt.pr_id WHERE pr.number = 64003"_s),
        0);

    ASSERT_TRUE(problemFor(r, u"bob"_s));
    EXPECT_EQ(problemFor(r, u"bob"_s)->kind, u"comment"_s);
    EXPECT_EQ(problemFor(r, u"bob"_s)->reply, u"@bob PR赛题编号【99】不存在"_s);
    ASSERT_TRUE(problemFor(r, u"carol"_s));
    EXPECT_EQ(problemFor(r, u"carol"_s)->reply, u"@carol 抱歉，赛题【5】已删除"_s);
    ASSERT_TRUE(problemFor(r, u"dave"_s));
    EXPECT_EQ(problemFor(r, u"dave"_s)->reply, u"@dave 请检查报名格式，正确的格式为【报名】: 题目编号"_s);
    EXPECT_FALSE(problemFor(r, u"erin"_s));
    ASSERT_TRUE(problemFor(r, u"gina"_s));
    EXPECT_EQ(problemFor(r, u"gina"_s)->kind, u"pr"_s);
    EXPECT_EQ(problemFor(r, u"gina"_s)->url, u"https://github.com/PaddlePaddle/docs/pull/601"_s);
    EXPECT_EQ(problemFor(r, u"gina"_s)->reply, u"@gina PR赛题编号【77】不存在"_s);
    ASSERT_TRUE(problemFor(r, u"hank"_s)); // unreadable title: staff look, the bot says nothing
    EXPECT_TRUE(problemFor(r, u"hank"_s)->reply.isEmpty());
    EXPECT_EQ(r.problems.size(), 5);
    EXPECT_EQ(count(u"SELECT count(*) FROM problem WHERE source = 'sync'"_s), 5);
    EXPECT_TRUE(problemFor(r, u"bob"_s)->url.contains(u"#issuecomment-"_s));

    const QJsonObject json = r.toJson();
    for (const QString &key : {u"requests"_s, u"not_modified"_s, u"rate_limit_remaining"_s, u"tasks"_s,
                               u"claims_added"_s, u"status_changes"_s, u"completed"_s, u"problems"_s})
        EXPECT_TRUE(json.contains(key)) << key.toStdString();
    EXPECT_EQ(json[u"problems"_s].toArray().size(), 5);
    for (const QString &key : {u"kind"_s, u"url"_s, u"author"_s, u"text"_s, u"reason"_s, u"reply"_s})
        EXPECT_TRUE(json[u"problems"_s][0].toObject().contains(key)) << key.toStdString();
    EXPECT_EQ(json[u"rate_limit_remaining"_s].toInt(), r.rateLimitRemaining.value_or(-1));
    EXPECT_FALSE(EventRepository(*db).setting(u"github.sync.last"_s).isEmpty());
}

TEST_F(Sync, RequestsCarryGitHubsHeadersAndTheTokenGoesNowhereElse)
{
    const QString token = u"ghp_secretTOKEN1234567890"_s;
    options.token = token;
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    addPr(u"PaddlePaddle/Paddle"_s, 64001, u"【Hackathon 6th No.9】x"_s, u"alice"_s, 25);
    const SyncReport r = sync();
    const auto requests = server.requests();
    ASSERT_FALSE(requests.isEmpty());
    for (const FakeRequest &req : requests) {
        EXPECT_EQ(req.headers.value("user-agent"), QByteArrayLiteral("HackDesk/" HACKDESK_VERSION));
        EXPECT_EQ(req.headers.value("accept"), "application/vnd.github+json");
        EXPECT_EQ(req.headers.value("x-github-api-version"), "2022-11-28");
        EXPECT_EQ(req.headers.value("authorization"), "Bearer " + token.toUtf8());
    }
    EXPECT_FALSE(QJsonDocument(r.toJson()).toJson().contains(token.toUtf8()));
    EXPECT_FALSE(dumpDatabase(*db).contains(token));
    if (onPostgres())
        return;
    db.reset(); // flush everything to the file
    EXPECT_FALSE(readAll(dir.path(u"e.sqlite"_s)).contains(token.toUtf8()));
    EXPECT_FALSE(readAll(dir.path(u"e.sqlite-wal"_s)).contains(token.toUtf8()));
}

TEST_F(Sync, WithoutATokenItWorksWithAWarningAndSendsNoAuthorization)
{
    const SyncReport r = sync();
    ASSERT_FALSE(r.warnings.isEmpty());
    EXPECT_TRUE(r.warnings.first().contains(u"60 requests an hour"_s));
    for (const FakeRequest &req : server.requests())
        EXPECT_FALSE(req.headers.contains("authorization"));
}

TEST_F(Sync, ASecondSyncWithNothingChangedGetsOnly304sAndCostsNoCoreLimit)
{
    for (int i = 0; i < 250; ++i)
        server.addComment(TasksIssueRepo, TasksIssue, u"user%1"_s.arg(i), u"【报名】：%1"_s.arg(i % 4 + 1), at(22));
    addPr(u"PaddlePaddle/Paddle"_s, 64001, u"【Hackathon 6th No.1】x"_s, u"user0"_s, 25, 27);
    const SyncReport first = sync();
    EXPECT_EQ(first.claimsAdded, 250);
    EXPECT_EQ(first.notModified, 0);
    const QByteArray before = databaseHash(*db);
    server.clearRequests();

    const SyncReport second = sync();
    EXPECT_EQ(second.requests, first.requests);
    EXPECT_EQ(second.notModified, second.requests); // every request was conditional, and nothing changed
    EXPECT_EQ(server.count(304), second.requests);
    EXPECT_EQ(second.claimsAdded, 0);
    EXPECT_EQ(second.statusChanges, 0);
    EXPECT_TRUE(second.changes.isEmpty()) << second.changes.value(0).toStdString();
    EXPECT_TRUE(second.problems.isEmpty());
    EXPECT_EQ(second.rateLimitRemaining, first.rateLimitRemaining); // 304s are free
    // Only the sync's own bookkeeping (its time) differs.
    EventRepository(*db).setSetting(u"github.sync.last"_s, first.syncedAt.toString(Qt::ISODate));
    EXPECT_EQ(databaseHash(*db), before);
}

TEST_F(Sync, PagesFollowLinkAndChangesAreReadIncrementally)
{
    for (int i = 0; i < 250; ++i)
        server.addComment(TasksIssueRepo, TasksIssue, u"user%1"_s.arg(i), u"【报名】：2"_s, at(22));
    const SyncReport first = sync();
    EXPECT_EQ(first.claimsAdded, 250);
    int pages = 0;
    for (const FakeRequest &req : server.requests())
        if (req.path.endsWith(u"/comments"_s)) {
            ++pages;
            EXPECT_TRUE(req.query.contains(u"per_page=100"_s));
            EXPECT_TRUE(req.query.contains(u"since=2024-03-21T00:00:00Z"_s));
        }
    EXPECT_EQ(pages, 3);

    // A new comment lands on the last page, a PR merges: only those pages are read in full.
    server.addComment(TasksIssueRepo, TasksIssue, u"late"_s, u"【报名】：3"_s, at(30));
    addPr(u"PaddlePaddle/Paddle"_s, 64001, u"【Hackathon 6th No.2】x"_s, u"user7"_s, 25, 29);
    server.clearRequests();
    const SyncReport second = sync();
    EXPECT_EQ(second.claimsAdded, 1);
    EXPECT_EQ(second.completed, 1);
    EXPECT_EQ(finisherOf(2), u"user7"_s);
    EXPECT_EQ(claimOf(3, u"late"_s)->status, ClaimStatus::Registered);
    // The last comment page, and the issue (its comment count changed; its body did not, so it is not imported).
    EXPECT_EQ(coreRequestsNot304(), 2);
    EXPECT_EQ(second.notModified, 3); // the first two comment pages and the search of the repo without news
    EXPECT_EQ(second.tasksUpdated, 0);
}

TEST_F(Sync, AFullLastPageFindsItsNewNextPageEvenWhenA304HasNoLink)
{
    server.setLinkOn304(false);
    for (int i = 0; i < 100; ++i)
        server.addComment(TasksIssueRepo, TasksIssue, u"user%1"_s.arg(i), u"【报名】：1"_s, at(22));
    EXPECT_EQ(sync().claimsAdded, 100);
    server.addComment(TasksIssueRepo, TasksIssue, u"late"_s, u"【报名】：2"_s, at(30));
    const SyncReport r = sync();
    EXPECT_EQ(r.claimsAdded, 1);
    EXPECT_TRUE(claimOf(2, u"late"_s));
}

TEST_F(Sync, AnEditedCommentIsReadAgainAndItsProblemFollows)
{
    const qint64 id = server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：九"_s, at(22));
    const SyncReport first = sync();
    ASSERT_EQ(first.problems.size(), 1);
    EXPECT_EQ(count(u"SELECT count(*) FROM problem WHERE author = 'alice'"_s), 1);
    server.editComment(id, u"【报名】：4、6"_s, at(23));
    const SyncReport second = sync();
    EXPECT_EQ(second.claimsAdded, 2);
    EXPECT_TRUE(second.problems.isEmpty());
    EXPECT_EQ(count(u"SELECT count(*) FROM problem WHERE author = 'alice'"_s), 0);
}

TEST_F(Sync, TasksAddedToTheIssueTakeTheirWaitingClaimsInTheSameSync)
{
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：7"_s, at(22));
    const SyncReport first = sync();
    ASSERT_EQ(first.problems.size(), 1);
    EXPECT_TRUE(first.problems[0].reason.contains(u"7"_s));

    server.setIssue(TasksIssueRepo, TasksIssue, taskTableBody({1, 2, 3, 4, 5, 6, 7}, {5}));
    const SyncReport second = sync();
    EXPECT_EQ(second.tasksAdded, 1);
    EXPECT_EQ(second.claimsAdded, 1);
    EXPECT_TRUE(claimOf(7, u"alice"_s));
    EXPECT_EQ(count(u"SELECT count(*) FROM problem WHERE source = 'sync'"_s), 0);
    const SyncReport third = sync();
    EXPECT_EQ(third.notModified, third.requests);
}

TEST_F(Sync, ClaimsOnLockedTasksAreAnsweredButOwnClaimsAreNot)
{
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    addPr(u"PaddlePaddle/Paddle"_s, 64001, u"【Hackathon 6th No.1】x"_s, u"alice"_s, 23, 24);
    sync();
    EXPECT_TRUE(TaskRepository(*db).byNumber(tasksTrack.id, 1)->locked);
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(25)); // again: already hers
    server.addComment(TasksIssueRepo, TasksIssue, u"bob"_s, u"【报名】：1"_s, at(25));
    const SyncReport r = sync();
    ASSERT_EQ(r.problems.size(), 1);
    EXPECT_EQ(r.problems[0].author, u"bob"_s);
    EXPECT_EQ(r.problems[0].reply, u"@bob 抱歉，赛题【1】已完成或已锁定"_s);
    EXPECT_FALSE(claimOf(1, u"bob"_s));
}

// Lists strike done tasks through as they do removed ones: a claim of a struck task someone finished is
// answered "already completed / locked", one of a struck task nobody took "removed", one of a number the
// list lacks "does not exist"; all in the event's language.
TEST_F(Sync, ClaimsOfDoneRemovedAndUnknownTasksGetTheBotsReplyInTheEventsLanguage)
{
    server.setIssue(
        TasksIssueRepo, TasksIssue,
        u"### 框架 API 开发\n\n| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
        "| :---: | :---: | :--- | :--- | :---: |\n"
        "| 1 | ⭐️ | [任务 1](https://github.com/PaddlePaddle/Paddle/issues/70001) |  |  |\n"
        "| ~~2~~ | ~~⭐️~~ | ~~[任务 2](https://github.com/PaddlePaddle/Paddle/issues/70002)~~ |  | ~~@carol~~ |\n"
        "| ~~3~~ | ~~⭐️~~ | ~~[任务 3](https://github.com/PaddlePaddle/Paddle/issues/70003)~~ |  |  |\n"_s);
    server.addComment(TasksIssueRepo, TasksIssue, u"bob"_s, u"【报名】：2"_s, at(22));
    server.addComment(TasksIssueRepo, TasksIssue, u"dan"_s, u"【报名】：3"_s, at(22));
    server.addComment(TasksIssueRepo, TasksIssue, u"eve"_s, u"【报名】：9"_s, at(22));
    const SyncReport zh = sync();
    ASSERT_TRUE(problemFor(zh, u"bob"_s));
    EXPECT_EQ(problemFor(zh, u"bob"_s)->reply, u"@bob 抱歉，赛题【2】已完成或已锁定"_s);
    ASSERT_TRUE(problemFor(zh, u"dan"_s));
    EXPECT_EQ(problemFor(zh, u"dan"_s)->reply, u"@dan 抱歉，赛题【3】已删除"_s);
    ASSERT_TRUE(problemFor(zh, u"eve"_s));
    EXPECT_EQ(problemFor(zh, u"eve"_s)->reply, u"@eve PR赛题编号【9】不存在"_s);
    EXPECT_FALSE(claimOf(2, u"bob"_s));

    EventRepository(*db).setSetting(u"event.language"_s, u"en"_s);
    options.full = true;
    sync();
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT reply FROM problem WHERE author = 'bob'"_s).toString(),
              u"@bob Sorry, task 2 is already completed or locked"_s);
    EXPECT_EQ(SqlQuery::scalar(*db, u"SELECT reply FROM problem WHERE author = 'eve'"_s).toString(),
              u"@eve Task 9 does not exist"_s);
}

TEST_F(Sync, ArticleAndFundablePrsGoToTheirTracksNeverToTrackOneTasks)
{
    EventRepository events(*db);
    const Track articles = events.resolveTrack(u"articles"_s);
    const Track fundable = events.resolveTrack(u"fundable"_s);
    events.setSetting(u"track.%1.issue"_s.arg(articles.id), u"PaddlePaddle/Paddle#62907"_s);
    events.setSetting(u"track.%1.issue"_s.arg(fundable.id), u"PaddlePaddle/Paddle#62908"_s);
    server.setIssue(TasksIssueRepo, 62907, taskTableBody({1, 2, 3}, {}, TrackKind::Articles));
    serveFundableProjects({1, 4});
    server.addComment(TasksIssueRepo, 62907, u"writer"_s, u"【报名】：1"_s, at(22));
    addPr(u"PaddlePaddle/community"_s, 901, u"【Hackathon 6th Article No.1】我的文章"_s, u"writer"_s, 23, 25);
    addPr(u"PaddlePaddle/Paddle"_s, 64010, u"【Hackathon 6th Fundable Projects No.1】项目一"_s, u"lead"_s, 23);
    addPr(u"PaddlePaddle/Paddle"_s, 64011, u"【Hackathon 6th Fundable Projects 4 No.3、5】子任务"_s, u"helper"_s, 23);
    addPr(u"PaddlePaddle/community"_s, 902, u"【Hackathon 6th Article No.9】不存在"_s, u"writer2"_s, 23);

    const SyncReport r = sync();
    const auto trackOfLinks = [this](int prNumber) {
        SqlQuery q(*db, u"SELECT t.track_id, t.number FROM pr_task pt JOIN pull_request pr ON pr.id = pt.pr_id "
                        u"JOIN task t ON t.id = pt.task_id WHERE pr.number = ? ORDER BY t.number"_s);
        q.bind(prNumber).exec();
        QList<std::pair<qint64, int>> out;
        while (q.next())
            out.append({q.value(0).toLongLong(), q.value(1).toInt()});
        return out;
    };
    EXPECT_EQ(trackOfLinks(901), (QList<std::pair<qint64, int>>{{articles.id, 1}}));
    EXPECT_EQ(trackOfLinks(64010), (QList<std::pair<qint64, int>>{{fundable.id, 1}}));
    EXPECT_EQ(trackOfLinks(64011), (QList<std::pair<qint64, int>>{{fundable.id, 4}}));
    EXPECT_TRUE(trackOfLinks(902).isEmpty());
    // The article claim is on the articles track; track 1's task 1 has no claim and no PR.
    const auto topic = TaskRepository(*db).byNumber(articles.id, 1);
    EXPECT_TRUE(ClaimRepository(*db).find(topic->id, ParticipantRepository(*db).byLogin(u"writer")->id, 0));
    EXPECT_FALSE(claimOf(1, u"writer"_s));
    EXPECT_FALSE(claimOf(1, u"lead"_s));
    EXPECT_EQ(count(u"SELECT count(*) FROM claim c JOIN task t ON t.id = c.task_id WHERE t.track_id = %1"_s.arg(
                  tasksTrack.id)),
              0);
    ASSERT_TRUE(problemFor(r, u"writer2"_s));
    EXPECT_EQ(problemFor(r, u"writer2"_s)->reply, u"@writer2 PR赛题编号【9】不存在"_s);
}

TEST_F(Sync, ServerErrorsAreRetriedWithBackoff)
{
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    server.failNext(u"/comments"_s, FakeGitHub::Fault::Status500);
    server.failNext(u"/comments"_s, FakeGitHub::Fault::Status502);
    const SyncReport r = sync();
    EXPECT_EQ(r.claimsAdded, 1);
    EXPECT_EQ(clock.waits(), 2);
    EXPECT_EQ(clock.waitedMsecs(), 1000 + 2000);
}

TEST_F(Sync, TooManyServerErrorsStopCleanlyAndChangeNothing)
{
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    const QByteArray before = databaseHash(*db);
    server.failNext(u"/comments"_s, FakeGitHub::Fault::Status502, 4); // the first try and three retries
    const QString error = syncError();
    EXPECT_TRUE(error.contains(u"/repos/PaddlePaddle/Paddle/issues/62905/comments"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"502"_s));
    EXPECT_EQ(databaseHash(*db), before); // not even the issue body that was read went in
    EXPECT_EQ(sync().claimsAdded, 1);     // and the next sync starts from there
}

TEST_F(Sync, AHangingConnectionTimesOutAndIsRetried)
{
    options.transferTimeoutMs = 300;
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    server.failNext(u"/comments"_s, FakeGitHub::Fault::Hang);
    EXPECT_EQ(sync().claimsAdded, 1);
}

TEST_F(Sync, AConnectionThatAlwaysHangsEndsInAnError)
{
    options.transferTimeoutMs = 200;
    options.maxRetries = 1;
    const QByteArray before = databaseHash(*db);
    server.failNext(u"/search/"_s, FakeGitHub::Fault::Hang, 5);
    const QString error = syncError();
    EXPECT_TRUE(error.contains(u"no answer"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"/search/issues"_s));
    EXPECT_EQ(databaseHash(*db), before);
}

TEST_F(Sync, ACutOffAnswerIsRetried)
{
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    server.failNext(u"/comments"_s, FakeGitHub::Fault::CutOff);
    EXPECT_EQ(sync().claimsAdded, 1);
    EXPECT_EQ(clock.waits(), 1);
}

TEST_F(Sync, TruncatedJsonIsAnErrorNamingTheUrl)
{
    const QByteArray before = databaseHash(*db);
    server.failNext(u"/issues/62905"_s, FakeGitHub::Fault::TruncatedJson);
    const QString error = syncError();
    EXPECT_TRUE(error.contains(u"malformed or truncated JSON"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(u"/repos/PaddlePaddle/Paddle/issues/62905"_s));
    EXPECT_EQ(databaseHash(*db), before);
}

TEST_F(Sync, AWrongContentTypeIsAnError)
{
    const QByteArray before = databaseHash(*db);
    server.failNext(u"/search/"_s, FakeGitHub::Fault::WrongContentType);
    const QString error = syncError();
    EXPECT_TRUE(error.contains(u"text/html"_s)) << error.toStdString();
    EXPECT_EQ(databaseHash(*db), before);
}

TEST_F(Sync, ASecondaryLimitWaitsAsToldByRetryAfter)
{
    server.failNext(u"/comments"_s, FakeGitHub::Fault::SecondaryLimit, 1, 42);
    server.failNext(u"/search/"_s, FakeGitHub::Fault::TooMany, 1, 7);
    sync();
    EXPECT_EQ(clock.waitedMsecs(), 42'000 + 7'000);
}

TEST_F(Sync, ASecondaryLimitWithoutRetryAfterWaitsAMinute)
{
    server.failNext(u"/comments"_s, FakeGitHub::Fault::SecondaryNoRetry);
    sync();
    EXPECT_EQ(clock.waitedMsecs(), 60'000);
}

TEST_F(Sync, AnExhaustedPrimaryLimitWaitsForItsReset)
{
    for (int i = 0; i < 300; ++i)
        server.addComment(TasksIssueRepo, TasksIssue, u"user%1"_s.arg(i), u"【报名】：1"_s, at(22));
    server.setCoreLimit(60, 2, clock.now().addSecs(120)); // two left, reset in two minutes
    const SyncReport r = sync();
    EXPECT_EQ(r.claimsAdded, 300);
    EXPECT_GE(clock.waitedMsecs(), 120'000);
    EXPECT_LE(clock.waitedMsecs(), 122'000);
    EXPECT_EQ(server.count(403), 0); // it waited before asking, having read remaining = 0
}

TEST_F(Sync, APrimaryLimitResetTooFarAwayStopsWithWhenToRetry)
{
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    server.setCoreLimit(60, 0, clock.now().addSecs(3000));
    const QByteArray before = databaseHash(*db);
    const QString error = syncError();
    EXPECT_TRUE(error.contains(u"sync again after"_s)) << error.toStdString();
    EXPECT_TRUE(error.contains(clock.now().addSecs(3000).toLocalTime().toString(u"HH:mm"_s))) << error.toStdString();
    EXPECT_EQ(server.count(403), 1);
    EXPECT_EQ(databaseHash(*db), before);
}

TEST_F(Sync, CancellingDuringAWaitChangesNothing)
{
    CancelOnWait cancelOnWait(cancel);
    listener = &cancelOnWait;
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    server.failNext(u"/search/"_s, FakeGitHub::Fault::SecondaryLimit, 1, 30);
    const QByteArray before = databaseHash(*db);
    EXPECT_THROW(sync(), SyncCancelled);
    EXPECT_EQ(databaseHash(*db), before);
}

TEST_F(Sync, AFailingApplyRollsBackEverything)
{
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    server.addComment(TasksIssueRepo, TasksIssue, u"boom"_s, u"【报名】：2"_s, at(22));
    addPr(u"PaddlePaddle/Paddle"_s, 64001, u"【Hackathon 6th No.3】x"_s, u"frank"_s, 25, 27);
    // The database fails the claim of "boom" as a full disk would, half-way through the sync's writes.
    // (Statements of a kind PostgreSQL cannot prepare, run as they are.)
    auto run = [this](const QString &sql) {
        QSqlQuery q(db->connection());
        ASSERT_TRUE(q.exec(sql)) << q.lastError().text().toStdString();
    };
    if (onPostgres()) {
        run(u"CREATE FUNCTION fail_boom() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            u"IF (SELECT login FROM participant WHERE id = NEW.participant_id) = 'boom' THEN "
            u"RAISE EXCEPTION 'disk full'; END IF; RETURN NEW; END $$"_s);
        run(u"CREATE TRIGGER fail_boom BEFORE INSERT ON claim FOR EACH ROW EXECUTE FUNCTION fail_boom()"_s);
    } else {
        run(u"CREATE TRIGGER fail_boom BEFORE INSERT ON claim WHEN (SELECT login FROM participant "
            u"WHERE id = NEW.participant_id) = 'boom' BEGIN SELECT RAISE(ABORT, 'disk full'); END"_s);
    }
    const QByteArray before = databaseHash(*db);
    EXPECT_FALSE(syncError().isEmpty());
    EXPECT_EQ(databaseHash(*db), before);
    run(onPostgres() ? u"DROP TRIGGER fail_boom ON claim"_s : u"DROP TRIGGER fail_boom"_s);
    const SyncReport r = sync();
    EXPECT_EQ(r.claimsAdded, 3);
    EXPECT_EQ(finisherOf(3), u"frank"_s);
}

TEST_F(Sync, GitHubEnterpriseWithoutRateLimitsOrMergedAtInSearch)
{
    FakeGitHub ghe(u"/api/v3"_s);
    ghe.setRateLimitHeaders(false);
    ghe.setMergedAtInSearch(false);
    ghe.setIssue(TasksIssueRepo, TasksIssue, taskTableBody({1, 2}));
    ghe.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1、2"_s, at(22));
    ghe.addPr({u"PaddlePaddle/Paddle"_s, 64001, u"【Hackathon 6th No.1】x"_s, u"alice"_s, false, at(25), at(26)});
    ghe.addPr({u"PaddlePaddle/Paddle"_s, 64002, u"【Hackathon 6th No.2】y"_s, u"alice"_s, false, at(25), {}});
    ghe.addPr({u"PaddlePaddle/Paddle"_s, 64003, u"【Hackathon 6th No.2】z"_s, u"alice"_s, true, at(25), {}});
    EventRepository(*db).setSetting(u"github.api-url"_s, ghe.apiUrl());
    const SyncReport r = sync();
    EXPECT_FALSE(r.rateLimitRemaining);
    EXPECT_TRUE(r.toJson()[u"rate_limit_remaining"_s].isNull());
    EXPECT_EQ(finisherOf(1), u"alice"_s);
    EXPECT_EQ(claimOf(2, u"alice"_s)->status, ClaimStatus::PrSubmitted);
    int pulls = 0;
    for (const FakeRequest &req : ghe.requests())
        pulls += req.path.contains(u"/pulls/"_s);
    EXPECT_EQ(pulls, 2); // only the closed ones, whose search items cannot tell merged from closed
    const SyncReport again = sync();
    EXPECT_EQ(again.notModified, again.requests);
    EXPECT_TRUE(again.changes.isEmpty());
}

TEST_F(Sync, ManyReposAreSplitIntoQueriesOfAtMost256Characters)
{
    QStringList repos;
    for (int i = 0; i < 20; ++i)
        repos << u"PaddlePaddle/a-rather-long-repository-name-%1"_s.arg(i);
    EventRepository(*db).setSetting(u"github.repos"_s, repos.join(u','));
    for (int i = 0; i < 20; ++i)
        addPr(repos[i], 100 + i, u"【Hackathon 6th No.%1】x"_s.arg(i % 6 + 1), u"user%1"_s.arg(i), 25);
    const SyncReport r = sync();
    EXPECT_EQ(r.prsAdded, 20);
    int queries = 0;
    for (const FakeRequest &req : server.requests()) {
        if (!req.path.startsWith(u"/search/"_s))
            continue;
        ++queries;
        const QString q = QUrlQuery(req.query).queryItemValue(u"q"_s, QUrl::FullyDecoded);
        EXPECT_LE(q.size(), 256) << q.toStdString();
        EXPECT_TRUE(q.contains(u"\"Hackathon 6th\" in:title is:pr"_s));
        EXPECT_TRUE(q.contains(u"created:>=2024-03-21T00:00:00Z"_s));
    }
    EXPECT_GE(queries, 4);
    EXPECT_EQ(server.count(422), 0);
}

TEST_F(Sync, MoreThanAThousandResultsAreSplitByCreationTimeAndTheSplitIsKept)
{
    QDateTime t = at(22);
    for (int i = 0; i < 2500; ++i) {
        server.addPr({u"PaddlePaddle/Paddle"_s,
                      70000 + i,
                      u"【Hackathon 6th No.%1】x"_s.arg(i % 6 + 1),
                      u"user%1"_s.arg(i % 50),
                      true,
                      t,
                      {}});
        t = t.addSecs(600);
    }
    const SyncReport first = sync();
    EXPECT_EQ(count(u"SELECT count(*) FROM pull_request"_s), 2500);
    EXPECT_EQ(server.count(422), 0);
    int searches = 0;
    for (const FakeRequest &req : server.requests())
        searches += req.path.startsWith(u"/search/"_s);
    EXPECT_LE(searches, 25 + 4 + 3); // 25 pages, a few split ranges' first pages, the probes
    server.clearRequests();
    server.addPr({u"PaddlePaddle/Paddle"_s,
                  80000,
                  u"【Hackathon 6th No.1】late"_s,
                  u"late"_s,
                  true,
                  clock.now().addSecs(-60),
                  {}});
    const SyncReport second = sync();
    EXPECT_EQ(second.prsAdded, 1);
    searches = 0;
    for (const FakeRequest &req : server.requests())
        searches += req.path.startsWith(u"/search/"_s);
    EXPECT_LE(searches, 26 + 3); // the stored split: no probing again
    EXPECT_GE(first.requests, 2);
}

namespace {

// The camp issue (track 2) next to the tasks issue.
class CampSync : public Sync
{
protected:
    void SetUp() override
    {
        Sync::SetUp();
        EventRepository events(*db);
        campTrack = events.resolveTrack(u"camp"_s);
        events.setSetting(u"track.%1.issue"_s.arg(campTrack.id), u"%1#%2"_s.arg(TasksIssueRepo).arg(CampIssue));
        server.setIssue(TasksIssueRepo, CampIssue, taskTableBody({1, 2, 3, 4, 5, 6}, {5}, TrackKind::Camp));
    }

    std::optional<CampApplication> applicationOf(const QString &login) const
    {
        for (const CampApplication &a : ProgrammeRepository(*db).applications(campTrack.id))
            if (a.login == login)
                return a;
        return std::nullopt;
    }

    static constexpr int CampIssue = 62906;
    Track campTrack;
};

} // namespace

TEST_F(CampSync, ApplicationsComeFromTheCampIssuesComments)
{
    const qint64 alice = server.addComment(TasksIssueRepo, CampIssue, u"alice"_s,
                                           u"【报名】：1\n【其他意向】：2、4、6\n不接受调剂"_s, at(22));
    server.addComment(TasksIssueRepo, CampIssue, u"bob"_s, u"大家好！\n【报名】：３\n简历已发邮箱"_s, at(22, 13));
    server.addComment(TasksIssueRepo, CampIssue, u"carol"_s, u"【提交】：2"_s, at(22, 14));
    server.addComment(TasksIssueRepo, CampIssue, u"dave"_s, u"【报名】：9"_s, at(22, 15));
    server.addComment(TasksIssueRepo, CampIssue, u"erin"_s, u"【报名】：2\n【其他意向】：5、8、3"_s, at(22, 16));
    server.addComment(TasksIssueRepo, CampIssue, u"frank"_s, u"请问简历发到哪里？"_s, at(22, 17));
    server.addComment(TasksIssueRepo, CampIssue, u"paddle-bot"_s, u"【报名】：1"_s, at(22, 18), true);

    const SyncReport first = sync();
    EXPECT_EQ(first.applicationsAdded, 3);
    EXPECT_EQ(first.programmeSummary(), u"Camp applications: 3 added, 0 updated."_s);
    EXPECT_EQ(count(u"SELECT count(*) FROM camp_application"_s), 3);
    const auto a = applicationOf(u"alice"_s);
    ASSERT_TRUE(a);
    EXPECT_EQ(a->choices.firstChoice, 1);
    EXPECT_EQ(a->choices.otherWishes, (QList<int>{2, 4, 6}));
    EXPECT_FALSE(a->choices.acceptsReassignment);
    EXPECT_EQ(a->stage, ApplicationStage::Applied);
    EXPECT_EQ(a->sourceUrl,
              u"https://github.com/%1/issues/%2#issuecomment-%3"_s.arg(TasksIssueRepo).arg(CampIssue).arg(alice));
    EXPECT_EQ(a->appliedAt, at(22));
    EXPECT_EQ(applicationOf(u"bob"_s)->choices.firstChoice, 3);
    // Removed and unknown other wishes are left out and answered; 【提交】 and unknown projects are problems.
    EXPECT_EQ(applicationOf(u"erin"_s)->choices.otherWishes, QList<int>{3});
    ASSERT_TRUE(problemFor(first, u"erin"_s));
    EXPECT_TRUE(problemFor(first, u"erin"_s)->reply.contains(u"@erin 抱歉，赛题【5】已删除"_s));
    EXPECT_TRUE(problemFor(first, u"erin"_s)->reply.contains(u"@erin PR赛题编号【8】不存在"_s));
    ASSERT_TRUE(problemFor(first, u"carol"_s));
    EXPECT_TRUE(problemFor(first, u"carol"_s)->reason.contains(u"【报名】"_s));
    EXPECT_EQ(problemFor(first, u"carol"_s)->reply, u"@carol 请检查报名格式，正确的格式为【报名】: 题目编号"_s);
    EXPECT_FALSE(applicationOf(u"carol"_s));
    ASSERT_TRUE(problemFor(first, u"dave"_s));
    EXPECT_FALSE(applicationOf(u"dave"_s));
    EXPECT_FALSE(problemFor(first, u"frank"_s));
    EXPECT_FALSE(applicationOf(u"paddle-bot"_s));

    // Nothing changed on GitHub: nothing changes here.
    const SyncReport second = sync();
    EXPECT_EQ(second.applicationsAdded + second.applicationsUpdated, 0);
    EXPECT_EQ(second.programmeSummary(), QString());

    // Staff move alice on; she edits her comment: her wishes follow, her stage stays.
    ProgrammeRepository(*db).moveApplication(a->id, ApplicationStage::InterviewScheduled);
    ProgrammeRepository(*db).setInterview(a->id, at(28), u"mentor"_s, u"notes"_s);
    server.editComment(alice, u"【报名】：1\n【其他意向】：2"_s, at(25));
    const SyncReport third = sync();
    EXPECT_EQ(third.applicationsUpdated, 1);
    const auto edited = applicationOf(u"alice"_s);
    EXPECT_EQ(edited->choices.otherWishes, QList<int>{2});
    EXPECT_TRUE(edited->choices.acceptsReassignment);
    EXPECT_EQ(edited->stage, ApplicationStage::InterviewScheduled);
    EXPECT_EQ(edited->interviewer, u"mentor"_s);
    EXPECT_EQ(edited->appliedAt, at(22));

    // Reading everything again changes nothing.
    const auto rows = [this] {
        QStringList out;
        SqlQuery q(*db, u"SELECT * FROM camp_application ORDER BY id"_s);
        q.exec();
        while (q.next())
            for (int i = 0; i < q.raw().record().count(); ++i)
                out << q.value(i).toString();
        return out;
    };
    const QStringList before = rows();
    options.full = true;
    const SyncReport full = sync();
    EXPECT_EQ(full.applicationsAdded + full.applicationsUpdated, 0);
    EXPECT_EQ(rows(), before);
}

TEST_F(CampSync, ALaterCommentOfTheSameApplicantReplacesTheirWishes)
{
    const qint64 early = server.addComment(TasksIssueRepo, CampIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    server.addComment(TasksIssueRepo, CampIssue, u"alice"_s, u"【报名】：2\n【其他意向】：3"_s, at(23));
    EXPECT_EQ(sync().applicationsAdded, 1);
    EXPECT_EQ(applicationOf(u"alice"_s)->choices.firstChoice, 2);
    server.editComment(early, u"【报名】：4"_s, at(24)); // the older comment edited: it does not take over
    EXPECT_EQ(sync().applicationsUpdated, 0);
    EXPECT_EQ(applicationOf(u"alice"_s)->choices.firstChoice, 2);
}

TEST_F(Sync, SubTaskPrsAreListedAndAMergeCompletesThemOnce)
{
    EventRepository events(*db);
    const Track fundable = events.resolveTrack(u"fundable"_s);
    events.setSetting(u"track.%1.issue"_s.arg(fundable.id), u"PaddlePaddle/Paddle#62908"_s);
    serveFundableProjects({1, 4});
    sync();
    const qint64 project4 = TaskRepository(*db).byNumber(fundable.id, 4)->id;
    ProgrammeRepository programmes(*db);
    QList<SubTask> subs;
    for (int n = 1; n <= 5; ++n)
        subs.append({n, u"子任务 %1"_s.arg(n), {}, n == 5 ? u"#63000"_s : QString(), false, 0});
    programmes.setSubTasks(project4, subs);

    addPr(u"PaddlePaddle/Paddle"_s, 64011, u"【Hackathon 6th Fundable Projects 4 No.3、5】类型提示"_s, u"helper"_s, 23);
    addPr(u"PaddlePaddle/Paddle"_s, 64012, u"【Hackathon 6th Fundable Projects 4 No. 2】first half -part"_s,
          u"helper"_s, 23, 24);
    addPr(u"PaddlePaddle/Paddle"_s, 64013, u"【Hackathon 6th Fundable Projects 4 No.9】x"_s, u"helper"_s, 23);
    FakePr closed{u"PaddlePaddle/Paddle"_s,
                  64014,
                  u"【Hackathon 6th Fundable Projects 4 No.1】x"_s,
                  u"helper"_s,
                  true,
                  at(23),
                  {}};
    server.addPr(closed);
    server.closePr(u"PaddlePaddle/Paddle"_s, 64014);
    const SyncReport first = sync();
    const auto sub = [&](int n) { return programmes.subTasks(project4).at(n - 1); };
    const QString url = u"https://github.com/PaddlePaddle/Paddle/pull/64011"_s;
    EXPECT_EQ(sub(3).prs, url);
    EXPECT_EQ(sub(5).prs, u"#63000 "_s + url);
    EXPECT_EQ(sub(2).prs, u"https://github.com/PaddlePaddle/Paddle/pull/64012"_s);
    EXPECT_TRUE(sub(1).prs.isEmpty()) << "a closed PR is not work on the sub-task";
    EXPECT_FALSE(sub(2).done) << "a merged -part PR does not complete it";
    EXPECT_FALSE(sub(3).done);
    EXPECT_EQ(first.subTasksLinked, 3);
    EXPECT_EQ(first.subTasksDone, 0);
    const SyncProblem *unknown = problemFor(first, u"helper"_s);
    ASSERT_TRUE(unknown);
    EXPECT_TRUE(unknown->reason.contains(u"sub-task No.9"_s)) << unknown->reason.toStdString();

    server.mergePr(u"PaddlePaddle/Paddle"_s, 64011, at(26));
    const SyncReport merged = sync();
    EXPECT_EQ(merged.subTasksDone, 2);
    EXPECT_TRUE(sub(3).done);
    EXPECT_TRUE(sub(5).done);
    EXPECT_EQ(programmes.completionBp(project4), 4000);

    // Staff set sub-task 5 back: a sync, even a full one, leaves it so and lists nothing twice.
    SubTask five = sub(5);
    five.done = false;
    programmes.saveSubTask(project4, five);
    options.full = true;
    const SyncReport again = sync();
    EXPECT_EQ(again.subTasksLinked + again.subTasksDone, 0);
    EXPECT_FALSE(sub(5).done);
    EXPECT_EQ(sub(5).prs, u"#63000 "_s + url);
}

// ---- Proxies ---------------------------------------------------------------------------------------------

TEST(Proxy, ReadFromTheEnvironmentAsCurlReadsIt)
{
    auto env = [](std::initializer_list<std::pair<const char *, const char *>> vars) {
        QProcessEnvironment e;
        for (const auto &[name, value] : vars)
            e.insert(QString::fromLatin1(name), QString::fromUtf8(value));
        return e;
    };
    const QUrl api(u"https://api.github.com/repos/x/y"_s);
    EXPECT_EQ(proxyFor(api, env({})).type(), QNetworkProxy::NoProxy);
    QNetworkProxy p = proxyFor(api, env({{"https_proxy", "http://user:p%40ss@proxy.corp:3128"}}));
    EXPECT_EQ(p.type(), QNetworkProxy::HttpProxy);
    EXPECT_EQ(p.hostName(), u"proxy.corp"_s);
    EXPECT_EQ(p.port(), 3128);
    EXPECT_EQ(p.user(), u"user"_s);
    EXPECT_EQ(p.password(), u"p@ss"_s);
    // Capitals, no scheme, the default port; http_proxy is for http only; all_proxy for both; socks.
    EXPECT_EQ(proxyFor(api, env({{"HTTPS_PROXY", "proxy.corp"}})).port(), 1080);
    EXPECT_EQ(proxyFor(api, env({{"http_proxy", "proxy.corp:8080"}})).type(), QNetworkProxy::NoProxy);
    EXPECT_EQ(proxyFor(QUrl(u"http://ghe.corp/api/v3"_s), env({{"http_proxy", "proxy.corp:8080"}})).port(), 8080);
    EXPECT_EQ(proxyFor(api, env({{"all_proxy", "socks5://proxy.corp:1081"}})).type(), QNetworkProxy::Socks5Proxy);
    // no_proxy: the host, its parent domain (with or without the dot, with a port), or everything.
    for (const char *noProxy : {"github.com", ".github.com", "example.org, api.github.com:443", "*"})
        EXPECT_EQ(proxyFor(api, env({{"https_proxy", "proxy.corp:3128"}, {"no_proxy", noProxy}})).type(),
                  QNetworkProxy::NoProxy)
            << noProxy;
    EXPECT_EQ(proxyFor(api, env({{"https_proxy", "proxy.corp:3128"}, {"no_proxy", "hub.com,notgithub.com"}})).type(),
              QNetworkProxy::HttpProxy);
    // Loopback hosts never go through a proxy.
    for (const char *local : {"http://127.0.0.1:8080/x", "http://localhost/x", "http://[::1]:9/x"})
        EXPECT_EQ(proxyFor(QUrl(QString::fromLatin1(local)), env({{"http_proxy", "proxy.corp:3128"}})).type(),
                  QNetworkProxy::NoProxy)
            << local;
    // A setting that is not a proxy address: an error naming the variable.
    try {
        proxyFor(api, env({{"HTTPS_PROXY", "ftp://proxy.corp"}}));
        ADD_FAILURE() << "no error";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(u"HTTPS_PROXY \"ftp://proxy.corp\" is not a proxy address"_s))
            << e.message().toStdString();
    }
}

TEST_F(Sync, GoesThroughTheProxyOfTheEnvironment)
{
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1"_s, at(22));
    // GitHub on a host that does not resolve: only the proxy (the fake server) can reach it.
    const QUrl fake(server.apiUrl());
    options.apiUrl = u"http://api.github.proxy-test.invalid"_s + fake.path();
    struct Restore
    {
        ~Restore() { qunsetenv("http_proxy"); }
    } restore;
    qputenv("http_proxy", u"127.0.0.1:%1"_s.arg(fake.port()).toUtf8());
    const SyncReport r = sync();
    EXPECT_EQ(r.claimsAdded, 1);
    EXPECT_GT(r.requests, 0);

    // A proxy setting that cannot be read stops the sync before any request, changing nothing.
    const QByteArray before = databaseHash(*db);
    const qsizetype requests = server.requests().size();
    qputenv("http_proxy", "gopher://[bad");
    const QString error = syncError();
    EXPECT_TRUE(error.contains(u"http_proxy"_s) && error.contains(u"is not a proxy address"_s)) << error.toStdString();
    EXPECT_EQ(server.requests().size(), requests);
    EXPECT_EQ(databaseHash(*db), before);
}

// Claims made by hand: a sync only raises them, never lowers or removes them, and keeps their finisher.
TEST_F(Sync, ClaimsMadeByHandAreNeverLoweredOrRemovedBySync)
{
    sync(); // the tasks come from the issue
    const auto handClaim = [&](int task, const QString &login, ClaimStatus status) {
        ClaimEdit e;
        e.taskId = TaskRepository(*db).byNumber(tasksTrack.id, task)->id;
        e.login = login;
        e.status = status;
        ManualClaims(*db).save(e);
    };
    handClaim(1, u"alice"_s, ClaimStatus::Completed);  // no PR on GitHub at all
    handClaim(2, u"bob"_s, ClaimStatus::PartlyDone);   // GitHub has only an open PR
    handClaim(3, u"carol"_s, ClaimStatus::Registered); // GitHub has a merged PR
    ASSERT_EQ(finisherOf(1), u"alice"_s);
    server.addComment(TasksIssueRepo, TasksIssue, u"dave"_s, u"【报名】：2"_s, at(22));
    addPr(u"PaddlePaddle/Paddle"_s, 64101, u"【Hackathon 6th No.2】open"_s, u"bob"_s, 25);
    addPr(u"PaddlePaddle/Paddle"_s, 64102, u"【Hackathon 6th No.3】merged"_s, u"carol"_s, 25, 27);
    addPr(u"PaddlePaddle/Paddle"_s, 64103, u"【Hackathon 6th No.1】merged first"_s, u"erin"_s, 23, 24);

    clock.advance(3'600'000);
    sync();
    EXPECT_EQ(claimOf(1, u"alice"_s)->status, ClaimStatus::Completed);
    EXPECT_TRUE(claimOf(1, u"alice"_s)->manual);
    EXPECT_EQ(finisherOf(1), u"alice"_s); // a merged PR by someone else does not take the finisher away
    EXPECT_EQ(claimOf(1, u"erin"_s)->status, ClaimStatus::Completed);
    EXPECT_EQ(claimOf(2, u"bob"_s)->status, ClaimStatus::PartlyDone); // not lowered to 提交PR
    EXPECT_TRUE(claimOf(2, u"bob"_s)->manual);
    EXPECT_EQ(claimOf(3, u"carol"_s)->status, ClaimStatus::Completed); // raised as any claim
    EXPECT_TRUE(claimOf(3, u"carol"_s)->manual);
    EXPECT_EQ(finisherOf(3), u"carol"_s);
    ASSERT_TRUE(claimOf(2, u"dave"_s));
    EXPECT_FALSE(claimOf(2, u"dave"_s)->manual);
    EXPECT_EQ(count(u"SELECT count(*) FROM claim WHERE manual = 1"_s), 3);

    // A full sync reads everything again and still keeps them.
    options.full = true;
    clock.advance(3'600'000);
    sync();
    EXPECT_EQ(claimOf(2, u"bob"_s)->status, ClaimStatus::PartlyDone);
    EXPECT_EQ(count(u"SELECT count(*) FROM claim WHERE manual = 1"_s), 3);
}
