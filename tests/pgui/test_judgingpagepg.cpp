// The staff window's Judging page on a shared event: opening it reads each table once however many
// submissions there are (one load feeds the tabs and the status line), and a change another client commits
// reloads what is in view, again with one read.
#include "eventsession.h"
#include "judging/judgingpage.h"
#include "models/tablemodel.h"
#include "pages/tablepage.h"
#include "storage/database.h"
#include "storage/scorerepository.h"
#include "storage/submissionrepository.h"
#include "support/judgingevent.h"
#include "support/pgtest.h"
#include "support/statementlog.h"
#include "testutil.h"

#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

TEST(JudgingPagePg, OpensWithOneReadOfEachTableAndFollowsAnotherClientLive)
{
    QSettings().clear();
    const QString url = freshPostgresDatabase();
    ASSERT_FALSE(url.isEmpty());
    JudgingEvent e;
    {
        Database db(url);
        e = buildJudgingEvent(db, 6, 60, 30);
        // Judge 1 has submitted all 30 sheets.
        for (const qint64 submission : e.assigned[e.judges.first()])
            ScoreRepository(db).saveSheet(roundSheet(e, e.judges.first(), submission, 1, true), u"setup"_s);
    }
    EventSession session(std::make_unique<Database>(url));
    StatementLog log;
    JudgingPage page(&session);
    ASSERT_EQ(page.trackId(), e.trackId);
    EXPECT_EQ(page.table(JudgingPage::SubmissionsTab)->model()->rowCount(), 60);
    EXPECT_EQ(page.table(JudgingPage::AssignmentsTab)->model()->rowCount(), 180);
    EXPECT_TRUE(page.statusText().contains(u"30 of 180 sheets submitted"_s)) << page.statusText().toStdString();
    // The old page read the submissions seven times and each author once per submission (over 150 here).
    EXPECT_EQ(log.submissionReads(), 1) << log.summary().toStdString();
    EXPECT_LE(log.count(), 30) << log.summary().toStdString();

    // Another staff member adds a submission: the tab in view and the status line reload, reading it once.
    page.resize(1000, 700);
    page.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&page));
    Database other(url);
    Submission s;
    s.trackId = e.trackId;
    s.title = u"From another client"_s;
    s.participantId = SubmissionRepository(other).submission(e.submissions.first())->participantId;
    const qint64 id = SubmissionRepository(other).insertSubmission(s, u"other"_s);
    log.clear(); // the page hears of it through the server, in the event loop
    QTRY_COMPARE_WITH_TIMEOUT(page.table(JudgingPage::SubmissionsTab)->model()->rowCount(), 61, 2000);
    EXPECT_GE(page.table(JudgingPage::SubmissionsTab)->model()->rowOfId(id), 0);
    EXPECT_TRUE(page.statusText().contains(u"16 coverage gap"_s)) << page.statusText().toStdString();
    EXPECT_EQ(log.submissionReads(), 1) << log.summary().toStdString();
    // The tabs out of view follow when shown.
    page.tabs()->setCurrentIndex(JudgingPage::ResultsTab);
    EXPECT_EQ(page.table(JudgingPage::ResultsTab)->model()->rowCount(), 61);
}
