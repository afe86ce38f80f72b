// The window on an event ten times the 6th edition (2,000 tasks, 10,000 claims, 6,000 people): what an
// edit costs. Every page's tables and the overview follow the session's changes; with the window shown,
// only the page in view reloads at once (ReloadGate) and the others when they are shown. Baseline: the
// same change with the window hidden, which reloads every page, in the same run. See docs/benchmarks.md.

#include "benchcommon.h"

#include "demo/demoevent.h"
#include "eventsession.h"
#include "mainwindow.h"
#include "models/tablemodel.h"
#include "pages/tablepage.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hd::bench {

namespace {

struct Sizes
{
    int tasks = 2000;
    int people = 6000;
    int claims = 10000;
};

void exec(QSqlQuery &q)
{
    if (!q.exec())
        throw Error(u"%1: %2"_s.arg(q.lastQuery(), q.lastError().text()));
}

// Track-1 tasks in ten directions, people, and claims spread over them in every status.
void populate(const Database &db, const Sizes &sizes)
{
    QRandomGenerator rng(20240320);
    Transaction tx(db);
    EventRepository events(db);
    const qint64 track = events.resolveTrack(u"tasks"_s).id;
    QList<qint64> directions;
    for (int d = 0; d < 10; ++d)
        directions << events.ensureDirection(track, u"方向 %1"_s.arg(d + 1));
    QSqlQuery task(db.connection()), person(db.connection()), claim(db.connection());
    task.prepare(u"INSERT INTO task (track_id, number, title, direction_id, stars_milli) VALUES (?, ?, ?, ?, ?)"_s);
    person.prepare(u"INSERT INTO participant (login, name) VALUES (?, ?)"_s);
    claim.prepare(u"INSERT OR IGNORE INTO claim (task_id, participant_id, status, claimed_at, updated_at) "
                  u"VALUES (?, ?, ?, '2024-03-25T00:00:00Z', '2024-04-25T00:00:00Z')"_s);
    QList<qint64> tasks, people;
    for (int i = 0; i < sizes.tasks; ++i) {
        task.bindValue(0, track);
        task.bindValue(1, 1000 + i);
        task.bindValue(2, u"为 Paddle 新增 api_%1 API"_s.arg(i + 1));
        task.bindValue(3, directions[i % directions.size()]);
        task.bindValue(4, 1000 * (1 + i % 3));
        exec(task);
        tasks << task.lastInsertId().toLongLong();
    }
    for (int i = 0; i < sizes.people; ++i) {
        person.bindValue(0, u"dev-%1"_s.arg(i + 1));
        person.bindValue(1, u"开发者 %1"_s.arg(i + 1));
        exec(person);
        people << person.lastInsertId().toLongLong();
    }
    for (int i = 0; i < sizes.claims; ++i) {
        claim.bindValue(0, tasks[rng.bounded(int(tasks.size()))]);
        claim.bindValue(1, people[rng.bounded(int(people.size()))]);
        claim.bindValue(2, int(rng.bounded(6)));
        exec(claim);
    }
    tx.commit();
}

int run(const Options &options)
{
    Sizes sizes;
    if (options.quick)
        sizes = {200, 600, 1000};
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    {
        Database db(path);
        addDemoData(db);
        populate(db, sizes);
    }
    MainWindow window(path);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        throw Error(u"the window was not shown"_s);
    const int tasksShown = int(window.page(MainWindow::Tasks)->model()->rowCount());

    Suite suite(u"An edit in the window (%1 tasks, %2 claims, %3 people, plus the demo)"_s.arg(sizes.tasks)
                    .arg(sizes.claims)
                    .arg(sizes.people));
    const auto change = [&] { emit window.session()->changed(); };
    const int base =
        suite.baseline(u"baseline: every page reloads (the window hidden)"_s, change, [&] { window.hide(); });
    for (const auto &[page, name] :
         {std::pair{MainWindow::Overview, u"Overview"_s}, std::pair{MainWindow::Tasks, u"Tasks"_s},
          std::pair{MainWindow::Claims, u"Claims"_s}})
        suite.add(u"the window shown on %1: that page reloads"_s.arg(name), base, u"every page"_s, change, [&, page] {
            window.show();
            window.showPage(page);
            QCoreApplication::processEvents();
        });
    suite.run(options.runs);
    suite.check(tasksShown >= sizes.tasks, u"the tasks page shows %1 tasks"_s.arg(tasksShown));
    window.showPage(MainWindow::Tasks);
    suite.check(window.page(MainWindow::Tasks)->model()->rowCount() == tasksShown,
                u"the tasks page lost rows on the way"_s);
    return suite.print();
}

} // namespace

} // namespace hd::bench

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return hd::bench::benchMain<QApplication>(
        argc, argv,
        u"Usage: bench_window [--quick] [--runs N]\n"
        u"Times what an edit costs in the window on an event of 2,000 tasks and 10,000 claims (--quick: 200 and "
        u"1,000): the page in view against every page, in the same run."_s,
        hd::bench::run);
}
