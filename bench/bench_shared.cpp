// A shared event on PostgreSQL against the same event in an SQLite file: the summary, the payouts, the
// results of a judged track and opening the window, on the large event (2,000 tasks, 10,000 claims, 6,000
// people, the demo, and 2,000 article submissions with 6,000 submitted score sheets). The SQLite figure is
// the baseline; the target is PostgreSQL within 2× of it. Needs a PostgreSQL server: HACKDESK_BENCH_PG
// (a postgresql:// URL of a role that may create databases), else a throw-away one started with
// tests/support/pgserver.sh; without either it says so and exits 0. See docs/benchmarks.md.

#include "benchcommon.h"
#include "largeevent.h"

#include "demo/demoevent.h"
#include "demo/demojudging.h"
#include "eventsession.h"
#include "judging/judgingpage.h"
#include "mainwindow.h"
#include "models/tablemodel.h"
#include "pages/tablepage.h"
#include "reports/summary.h"
#include "rules/payoutcalculator.h"
#include "services/payoutdata.h"
#include "storage/database.h"
#include "storage/eventcopy.h"
#include "storage/eventrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/rubricrepository.h"
#include "storage/sqlquery.h"

#include <QApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace hd::bench {

namespace {

struct Sizes
{
    LargeEventSizes event;
    int submissions = 2000;
    int judges = 50;
};

// 2,000 article submissions, 50 judges, three judges each, every sheet submitted.
qint64 populateJudging(const Database &db, const Sizes &sizes)
{
    addDemoJudging(db);
    Transaction tx(db);
    const qint64 track = EventRepository(db).resolveTrack(u"articles"_s).id;
    const Rubric rubric = RubricRepository(db).requireRubric(track);
    QSqlQuery person(db.connection()), submission(db.connection()), judge(db.connection()), judgeTrack(db.connection()),
        assignment(db.connection()), sheet(db.connection()), score(db.connection());
    person.prepare(u"INSERT INTO participant (login, name) VALUES (?, ?)"_s);
    submission.prepare(
        u"INSERT INTO submission (track_id, title, participant_id, views, likes) VALUES (?, ?, ?, ?, ?)"_s);
    judge.prepare(u"INSERT INTO judge (login, name) VALUES (?, ?)"_s);
    judgeTrack.prepare(u"INSERT INTO judge_track (judge_id, track_id) VALUES (?, ?)"_s);
    assignment.prepare(u"INSERT INTO assignment (judge_id, submission_id) VALUES (?, ?)"_s);
    sheet.prepare(u"INSERT INTO score_sheet (judge_id, submission_id, status, comment, updated_at, updated_by) "
                  u"VALUES (?, ?, 'submitted', '', '2024-05-01T00:00:00Z', 'bench')"_s);
    score.prepare(u"INSERT INTO score (judge_id, submission_id, criterion_id, value) VALUES (?, ?, ?, ?)"_s);
    QList<qint64> judges;
    for (int j = 0; j < sizes.judges; ++j) {
        judge.bindValue(0, u"bench-judge-%1"_s.arg(j + 1));
        judge.bindValue(1, u"评委 %1"_s.arg(j + 1));
        execOrThrow(judge);
        judges << judge.lastInsertId().toLongLong();
        judgeTrack.bindValue(0, judges.last());
        judgeTrack.bindValue(1, track);
        execOrThrow(judgeTrack);
    }
    for (int i = 0; i < sizes.submissions; ++i) {
        person.bindValue(0, u"author-%1"_s.arg(i + 1));
        person.bindValue(1, u"作者 %1"_s.arg(i + 1));
        execOrThrow(person);
        submission.bindValue(0, track);
        submission.bindValue(1, u"【Hackathon 6th Article No.%1】飞桨稿件"_s.arg(i + 1));
        submission.bindValue(2, person.lastInsertId());
        submission.bindValue(3, 100 + (i * 37) % 5000);
        submission.bindValue(4, (i * 13) % 300);
        execOrThrow(submission);
        const qint64 s = submission.lastInsertId().toLongLong();
        for (int k = 0; k < 3; ++k) {
            const qint64 j = judges[(i * 3 + k) % judges.size()];
            assignment.bindValue(0, j);
            assignment.bindValue(1, s);
            execOrThrow(assignment);
            sheet.bindValue(0, j);
            sheet.bindValue(1, s);
            execOrThrow(sheet);
            int c = 0;
            for (const Criterion &criterion : rubric.judgedCriteria()) {
                score.bindValue(0, j);
                score.bindValue(1, s);
                score.bindValue(2, criterion.id);
                score.bindValue(3,
                                rubric.scaleMin + int((s * 7 + j * 3 + c++) % (rubric.scaleMax - rubric.scaleMin + 1)));
                execOrThrow(score);
            }
        }
    }
    tx.commit();
    return track;
}

// A PostgreSQL server to measure on: its maintenance URL, or empty (with the reason) when there is none.
struct Server
{
    QString url;
    QString reason;
    QString startedIn; // the folder of a throw-away server this program started (stopped at the end)
    ~Server()
    {
        if (!startedIn.isEmpty())
            QProcess::execute(u"" HACKDESK_PGSERVER ""_s, {u"stop"_s, startedIn});
    }
};

void findServer(Server &server)
{
    server.url = qEnvironmentVariable("HACKDESK_BENCH_PG");
    if (!server.url.isEmpty())
        return;
    const QString dir = u"/tmp/hackdesk-bench-pg-%1"_s.arg(QCoreApplication::applicationPid());
    QProcess start;
    start.start(u"" HACKDESK_PGSERVER ""_s, {u"start"_s, dir});
    if (!start.waitForFinished(120'000) || start.exitStatus() != QProcess::NormalExit || start.exitCode() != 0) {
        server.reason = QString::fromUtf8(start.readAllStandardError()).trimmed();
        if (server.reason.isEmpty())
            server.reason = u"pgserver.sh did not start a server"_s;
        QProcess::execute(u"" HACKDESK_PGSERVER ""_s, {u"stop"_s, dir});
        return;
    }
    server.startedIn = dir;
    QProcess url;
    url.start(u"" HACKDESK_PGSERVER ""_s, {u"url"_s, dir});
    url.waitForFinished();
    server.url = QString::fromUtf8(url.readAllStandardOutput()).trimmed();
}

// Runs one maintenance statement on the server as its URL's role; returns the error, or empty.
QString onServer(const PostgresUrl &url, const QString &statement)
{
    const QString connection = u"bench-admin"_s;
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        admin.setHostName(url.host);
        admin.setPort(url.port);
        admin.setUserName(url.user);
        admin.setDatabaseName(url.database);
        admin.setConnectOptions(url.options);
        if (!admin.open())
            error = admin.lastError().text();
        else if (QSqlQuery q(admin); !q.exec(statement))
            error = q.lastError().text();
        admin.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

// The benchmark's own database on the server (C collation, UTF-8), new and empty; dropped again when this
// goes, after every connection to it has closed, so that runs against a staff server leave nothing behind.
struct BenchDatabase
{
    PostgresUrl server;
    QString name = u"hackdesk_bench_%1"_s.arg(QCoreApplication::applicationPid());

    explicit BenchDatabase(const QString &serverUrl)
        : server(PostgresUrl::parse(serverUrl))
    {
        onServer(server, u"DROP DATABASE IF EXISTS %1"_s.arg(name));
        if (const QString error = onServer(
                server,
                u"CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'"_s.arg(name));
            !error.isEmpty())
            throw Error(u"cannot create a database on %1: %2"_s.arg(server.toString(), error));
    }
    ~BenchDatabase() { onServer(server, u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(name)); }
    QString url() const
    {
        PostgresUrl out = server;
        out.database = name;
        return out.toString();
    }
};

QByteArray summaryJson(const Database &db)
{
    return QJsonDocument(Summary::load(db).toJson()).toJson(QJsonDocument::Compact);
}

int run(const Options &options)
{
    Sizes sizes;
    if (options.quick) {
        sizes.event = {200, 600, 1000};
        sizes.submissions = 200;
        sizes.judges = 10;
    }
    Server server;
    findServer(server);
    if (server.url.isEmpty()) {
        QTextStream(stdout) << u"bench_shared: skipped: no PostgreSQL server (set HACKDESK_BENCH_PG, or install "
                               u"Debian's postgresql for tests/support/pgserver.sh): "_s
                            << server.reason << Qt::endl;
        return 0;
    }
    QTemporaryDir dir;
    const QString file = dir.filePath(u"bench.sqlite"_s);
    const BenchDatabase benchDatabase(server.url);
    const QString shared = benchDatabase.url();
    qint64 track = 0;
    {
        Database lite(file);
        addDemoData(lite);
        populateLargeEvent(lite, sizes.event);
        track = populateJudging(lite, sizes);
        Database pg(shared);
        copyEvent(lite, pg);
    }
    Database lite(file);
    Database pg(shared);

    Suite suite(u"A shared event on PostgreSQL against a file (%1 tasks, %2 claims, %3 people, %4 submissions "
                u"with %5 score sheets)"_s.arg(sizes.event.tasks)
                    .arg(sizes.event.claims)
                    .arg(sizes.event.people)
                    .arg(sizes.submissions)
                    .arg(3 * sizes.submissions));
    QByteArray summaries[2], payouts[2];
    QList<SubmissionResult> results[2];
    const Database *dbs[2] = {&lite, &pg};
    const QString labels[2] = {u"SQLite"_s, u"PostgreSQL"_s};
    auto pair = [&](const QString &what, const std::function<void(int)> &op) {
        const int base = suite.baseline(u"%1: %2"_s.arg(what, labels[0]), [&, op] { op(0); });
        suite.add(u"%1: %2"_s.arg(what, labels[1]), base, labels[0], [&, op] { op(1); });
    };
    pair(u"summary"_s, [&](int i) { summaries[i] = summaryJson(*dbs[i]); });
    // The same warm, as a window refreshing it or a script polling would: one summary is about a millisecond,
    // so its single timing above moves with what the round before left in the caches and how soon the
    // server's process wakes; a hundred in a row show what each costs once running.
    pair(u"summary, 100 in a row"_s, [&](int i) {
        for (int k = 0; k < 100; ++k)
            summaries[i] = summaryJson(*dbs[i]);
    });
    pair(u"payouts"_s, [&](int i) { payouts[i] = payoutReportToJson(computePayouts(*dbs[i])); });
    pair(u"results of the articles"_s, [&](int i) { results[i] = JudgingResultRepository(*dbs[i]).results(track); });
    const QString locations[2] = {file, shared};
    qsizetype rows[2] = {0, 0};
    pair(u"opening the window"_s, [&](int i) {
        MainWindow window(locations[i]);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            throw Error(u"the window was not shown"_s);
        QCoreApplication::processEvents();
        rows[i] = window.page(MainWindow::Tasks) ? 1 : 0;
    });
    // The staff window's Judging page alone, on a session opened once (the window opens on the overview, with
    // the Judging page made but not in view: its tables load all the same).
    std::unique_ptr<EventSession> sessions[2] = {std::make_unique<EventSession>(std::make_unique<Database>(file)),
                                                 std::make_unique<EventSession>(std::make_unique<Database>(shared))};
    qint64 judgedRows[2] = {0, 0};
    pair(u"the Judging page"_s, [&](int i) {
        JudgingPage page(sessions[i].get());
        judgedRows[i] = page.table(JudgingPage::SubmissionsTab)->model()->rowCount();
    });
    suite.run(options.runs);
    // What each runs: statements through the repositories, and those of them that read the submission rows.
    QTextStream out(stdout);
    for (int i = 0; i < 2; ++i) {
        qsizetype statements = 0, submissionReads = 0;
        SqlQuery::setObserver([&](const QString &sql) {
            ++statements;
            submissionReads += sql.simplified().contains(u"FROM submission WHERE"_s) ? 1 : 0;
        });
        {
            JudgingPage page(sessions[i].get());
        }
        const qsizetype pageStatements = std::exchange(statements, 0), pageReads = std::exchange(submissionReads, 0);
        {
            MainWindow window(locations[i]);
        }
        SqlQuery::setObserver({});
        out << u"Statements on %1: opening the window %2 (%3 reading the submissions), the Judging page %4 (%5; "
               u"%6 submissions shown)"_s.arg(labels[i])
                   .arg(statements)
                   .arg(submissionReads)
                   .arg(pageStatements)
                   .arg(pageReads)
                   .arg(judgedRows[i])
            << Qt::endl;
    }
    suite.check(judgedRows[0] > 0 && judgedRows[0] == judgedRows[1],
                u"the Judging page shows %1 and %2 submissions"_s.arg(judgedRows[0]).arg(judgedRows[1]));
    suite.check(summaries[0] == summaries[1], u"the summaries differ between the back ends"_s);
    suite.check(payouts[0] == payouts[1], u"the payouts differ between the back ends"_s);
    suite.check(results[0].size() >= sizes.submissions, u"the articles have %1 results"_s.arg(results[0].size()));
    bool same = results[0].size() == results[1].size();
    for (qsizetype i = 0; same && i < results[0].size(); ++i)
        same = results[0][i].submissionId == results[1][i].submissionId && results[0][i].rank == results[1][i].rank &&
               qAbs(results[0][i].normalised - results[1][i].normalised) < 1e-9;
    suite.check(same, u"the results differ between the back ends"_s);
    suite.check(rows[0] == 1 && rows[1] == 1, u"a window had no tasks page"_s);
    return suite.print();
}

} // namespace

} // namespace hd::bench

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return hd::bench::benchMain<QApplication>(
        argc, argv,
        u"Usage: bench_shared [--quick] [--runs N]\n"
        u"Times the summary, the payouts, a judged track's results and opening the window on a shared event on "
        u"PostgreSQL against the same event in an SQLite file (HACKDESK_BENCH_PG: the server; default: a "
        u"throw-away one). --runs: rounds, 21 by default (a single summary takes about a millisecond, and the "
        u"median of fewer rounds moves with the machine)."_s,
        hd::bench::run, 21);
}
