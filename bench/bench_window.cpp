// The window on an event ten times the 6th edition (2,000 tasks, 10,000 claims, 6,000 people): what an
// edit costs. Every page's tables and the overview follow the session's changes; with the window shown,
// only the page in view reloads at once (ReloadGate) and the others when they are shown. Baseline: the
// same change with the window hidden, which reloads every page, in the same run. See docs/benchmarks.md.

#include "benchcommon.h"
#include "largeevent.h"

#include "demo/demoevent.h"
#include "eventsession.h"
#include "mainwindow.h"
#include "models/tablemodel.h"
#include "pages/tablepage.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace hd::bench {

namespace {

int run(const Options &options)
{
    LargeEventSizes sizes;
    if (options.quick)
        sizes = {200, 600, 1000};
    QTemporaryDir dir;
    const QString path = dir.filePath(u"bench.sqlite"_s);
    {
        Database db(path);
        addDemoData(db);
        populateLargeEvent(db, sizes);
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
