#include "support/syncfixture.h"

#include <QElapsedTimer>

#include <cstdio>

// The sync against the fake GitHub at scale: requests, 304s and time of a first sync, a second one with
// nothing changed and a third after a few changes, next to what a client asking once per PR would need.
// The 10× event of the brief (2,000 tasks, 10,000 comments, 5,000 PRs) runs with HACKDESK_SYNC_BENCH=1;
// by default a tenth of it runs, with the same bounds on the requests. Figures go to docs/sync.md.

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

class SyncBench : public SyncFixture
{
protected:
    struct Figures
    {
        int requests = 0;
        int notModified = 0;
        qint64 ms = 0;
        qint64 waitedMs = 0;
    };

    Figures timedSync()
    {
        const qint64 waitedBefore = clock.waitedMsecs();
        QElapsedTimer timer;
        timer.start();
        const SyncReport r = sync();
        return {r.requests, r.notModified, timer.elapsed(), clock.waitedMsecs() - waitedBefore};
    }
};

} // namespace

TEST_F(SyncBench, NearTheMinimumOfRequestsAndOnlySearchesAnd304sWhenNothingChanged)
{
    const bool full = qEnvironmentVariableIntValue("HACKDESK_SYNC_BENCH") == 1;
    const int tasks = full ? 2000 : 200;
    const int comments = full ? 10'000 : 1'000;
    const int prs = full ? 5'000 : 500;
    const QStringList repos = EventRepository(*db).setting(u"github.repos"_s).split(u',');

    QList<int> numbers;
    for (int n = 1; n <= tasks; ++n)
        numbers << n;
    server.setIssue(TasksIssueRepo, TasksIssue, taskTableBody(numbers));
    const QDateTime start = at(21, 1);
    for (int i = 0; i < comments; ++i)
        server.addComment(TasksIssueRepo, TasksIssue, u"dev%1"_s.arg(i % 3000), u"【报名】：%1"_s.arg(i % tasks + 1),
                          start.addSecs(i * 60));
    const qint64 span = start.secsTo(clock.now().addDays(-1));
    for (int i = 0; i < prs; ++i) {
        const QDateTime created = start.addSecs(span * i / prs);
        const bool merged = i % 3 == 0;
        server.addPr({repos[i % repos.size()], 60000 + i, u"【Hackathon 6th No.%1】Add something"_s.arg(i % tasks + 1),
                      u"dev%1"_s.arg(i % 3000), !merged, created, merged ? created.addDays(1) : QDateTime()});
    }

    // Syncs two hours apart, the event bot's cadence.
    const Figures first = timedSync();
    clock.advance(2 * 3600 * 1000);
    const Figures second = timedSync();
    clock.advance(2 * 3600 * 1000);
    for (int i = 0; i < 10; ++i)
        server.addComment(TasksIssueRepo, TasksIssue, u"late%1"_s.arg(i), u"【报名】：%1"_s.arg(i + 1),
                          clock.now().addSecs(-600 + i));
    for (int i = 0; i < 20; ++i)
        server.mergePr(repos[(3 * i + 1) % repos.size()], 60000 + 3 * i + 1, clock.now().addSecs(-300));
    const Figures third = timedSync();

    const int commentPages = (comments + 99) / 100;
    const int searchPages = (prs + 99) / 100;
    const int minimum = 1 + commentPages + searchPages;
    const int perPrClient = 1 + commentPages + searchPages + prs;
    std::printf("sync bench: %d tasks, %d comments, %d PRs in %d repos\n", tasks, comments, prs, int(repos.size()));
    std::printf("  minimum (1 issue + %d comment pages + %d search pages): %d requests\n", commentPages, searchPages,
                minimum);
    std::printf("  one request per PR: %d requests, every sync\n", perPrClient);
    std::printf(
        "  first sync:  %d requests, %d not modified, %lld ms (+ %lld s of rate-limit waits on the fake clock)\n",
        first.requests, first.notModified, first.ms, first.waitedMs / 1000);
    std::printf("  second sync: %d requests, %d not modified, %lld ms (+ %lld s)\n", second.requests,
                second.notModified, second.ms, second.waitedMs / 1000);
    std::printf("  third sync (10 comments, 20 merges): %d requests, %d not modified, %lld ms (+ %lld s)\n",
                third.requests, third.notModified, third.ms, third.waitedMs / 1000);

    // A few more than the minimum: queries split by repo and by creation time, each with a partial last page.
    EXPECT_LE(first.requests, minimum + 12);
    EXPECT_EQ(second.notModified, second.requests);
    EXPECT_LE(second.requests, first.requests);           // the stored split: no probing again
    EXPECT_LE(third.requests - third.notModified, 2 + 7); // issue, last comment page, changed search pages
    EXPECT_EQ(count(u"SELECT count(*) FROM pull_request"_s), prs);
    EXPECT_EQ(count(u"SELECT count(*) FROM task"_s), tasks);
}
