// A sync with GitHub (the fake one of the tests) into a shared event on PostgreSQL writes what the same
// sync writes into an SQLite file, and a second sync finds nothing changed.

#include "github/httptransport.h"
#include "storage/database.h"
#include "storage/sqlquery.h"
#include "support/pgtest.h"
#include "support/syncfixture.h"

#include <QSqlRecord>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

class PgSync : public SyncFixture
{
protected:
    QString databaseLocation() override { return freshPostgresDatabase(); }
    void SetUp() override
    {
        SyncFixture::SetUp();
        server.setIssue(TasksIssueRepo, TasksIssue, taskTableBody({1, 2, 3, 4, 5, 6}, {5}));
        // The same event in a file, synced from the same GitHub.
        lite = std::make_unique<Database>(dir.path(u"lite.sqlite"_s));
        initEvent(*lite);
        EventRepository events(*lite);
        events.setSetting(u"github.api-url"_s, server.apiUrl());
        for (const Track &t : events.tracks())
            events.setSetting(u"track.%1.issue"_s.arg(t.id), QString());
        events.setSetting(u"track.%1.issue"_s.arg(tasksTrack.id), u"%1#%2"_s.arg(TasksIssueRepo).arg(TasksIssue));
    }
    SyncReport syncFile()
    {
        NetworkTransport transport;
        return runSync(*lite, options, transport, clock, cancel, listener);
    }
    void addPr(int number, const QString &title, const QString &login, int day, int mergedDay = 0)
    {
        server.addPr({u"PaddlePaddle/Paddle"_s, number, title, login, mergedDay == 0, at(day),
                      mergedDay ? at(mergedDay) : QDateTime()});
    }

    std::unique_ptr<Database> lite;
};

// Every row a sync writes, but for the times it stamps with the wall clock.
QStringList rows(const Database &db)
{
    QStringList out;
    for (const QString &table :
         {u"task"_s, u"participant"_s, u"claim"_s, u"pull_request"_s, u"pr_task"_s, u"problem"_s}) {
        SqlQuery q(db, u"SELECT * FROM %1 ORDER BY 1, 2"_s.arg(table));
        q.exec();
        while (q.next()) {
            const QSqlRecord r = q.raw().record();
            QStringList values{table};
            for (int i = 0; i < r.count(); ++i)
                if (r.fieldName(i) != u"updated_at" && !(table == u"problem" && r.fieldName(i) == u"created_at"))
                    values << r.fieldName(i) + u'=' + (q.raw().isNull(i) ? u"NULL"_s : q.value(i).toString());
            out << values.join(u' ');
        }
    }
    return out;
}

} // namespace

TEST_F(PgSync, ClaimsPrsAndProblemsAreWrittenAsInAFileAndASecondSyncChangesNothing)
{
    ASSERT_EQ(db->backend(), Backend::Postgres);
    server.addComment(TasksIssueRepo, TasksIssue, u"alice"_s, u"【报名】：1、2"_s, at(22));
    server.addComment(TasksIssueRepo, TasksIssue, u"bob"_s, u"【报名】：99"_s, at(22));
    server.addComment(TasksIssueRepo, TasksIssue, u"carol"_s, u"报名5"_s, at(23));
    const qint64 edited = server.addComment(TasksIssueRepo, TasksIssue, u"dave"_s, u"【报名】：九"_s, at(23));
    addPr(64001, u"【Hackathon 6th No.1】Add cartesian_prod API"_s, u"alice"_s, 25, 28);
    addPr(64002, u"【Hackathon 6th No.3】Add FeatureAlphaDropout"_s, u"frank"_s, 26);

    const SyncReport first = sync();
    syncFile();
    EXPECT_EQ(first.tasksAdded, 6);
    EXPECT_EQ(first.claimsAdded, 3);
    EXPECT_EQ(first.problems.size(), 3);
    EXPECT_EQ(rows(*db), rows(*lite));

    // Changes on GitHub: an edited comment, a merge, a new claim.
    server.editComment(edited, u"【报名】：4、6"_s, at(24));
    server.mergePr(u"PaddlePaddle/Paddle"_s, 64002, at(29));
    server.addComment(TasksIssueRepo, TasksIssue, u"erin"_s, u"【报名】：2"_s, at(29));
    const SyncReport second = sync();
    syncFile();
    EXPECT_EQ(second.claimsAdded, 3);
    EXPECT_EQ(rows(*db), rows(*lite));

    const QStringList before = rows(*db);
    const SyncReport third = sync();
    EXPECT_EQ(third.notModified, third.requests);
    EXPECT_EQ(rows(*db), before);
}
