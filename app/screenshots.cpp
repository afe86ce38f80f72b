// hackdesk-screenshots: the window on an event at 1024×640, every page in one language, saved as PNGs for
// docs/screenshots (tools/screenshots runs it for both languages), then judge mode on a judge's packet
// (judge-mode.png), with one of the judge's tracks made final so that its submissions show as such: this
// changes the event, so give it a copy. Not installed.
//   hackdesk-screenshots --db FILE --lang en|zh_CN --out FOLDER
#include "judging/judgepacket.h"
#include "judging/judgewindow.h"
#include "mainwindow.h"
#include "model/error.h"
#include "pages/tablepage.h"
#include "storage/database.h"
#include "storage/judgingresultrepository.h"
#include "translations.h"

#include <QListWidget>

#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// Judge mode on the packet of a judge of the demo with two tracks, the last one final, showing their first
// submission.
bool shootJudgeMode(const QString &db, const QString &folder, const QString &out)
{
    const QString packetPath = folder + u"/zhang-wei.hdpacket"_s;
    try {
        const hd::Database event(db);
        hd::exportJudgePacket(event, u"zhang-wei"_s, packetPath, true, u"screenshots"_s);
        const hd::JudgePacket packet = hd::JudgePacket::fromFile(packetPath);
        if (packet.entries.isEmpty())
            throw hd::Error(u"zhang-wei has nothing to score"_s);
        const qint64 last = packet.entries.last().trackId;
        if (last != packet.entries.first().trackId && !packet.track(last)->finalised) {
            hd::JudgingResultRepository(event).finalise(last, u"screenshots"_s);
            hd::exportJudgePacket(event, u"zhang-wei"_s, packetPath, true, u"screenshots"_s);
        }
    } catch (const hd::Error &e) {
        std::fprintf(stderr, "cannot export a judge packet: %s\n", qPrintable(e.message()));
        return false;
    }
    hd::JudgeWindow judge(packetPath);
    judge.resize(1024, 640);
    judge.show();
    judge.list()->setCurrentRow(0);
    for (int pass = 0; pass < 5; ++pass)
        QApplication::processEvents();
    const QString path = out + u"/judge-mode.png"_s;
    if (judge.grab().save(path))
        return true;
    std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"HackDeskScreenshots"_s);
    QTemporaryDir settings; // fresh window settings, never the user's
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    const QStringList args = QCoreApplication::arguments();
    const auto value = [&](const QString &option) {
        const qsizetype at = args.indexOf(option);
        return at < 0 ? QString() : args.value(at + 1);
    };
    const QString db = value(u"--db"_s), lang = value(u"--lang"_s), out = value(u"--out"_s);
    if (db.isEmpty() || lang.isEmpty() || out.isEmpty() || !QDir().mkpath(out)) {
        std::fputs("usage: hackdesk-screenshots --db FILE --lang en|zh_CN --out FOLDER\n", stderr);
        return 2;
    }
    hd::installTranslations(lang);
    hd::MainWindow window(db);
    window.resize(1024, 640);
    window.show();
    const auto shoot = [&](const QString &name) {
        for (int pass = 0; pass < 5; ++pass) // pages reload and lay out on being shown
            QApplication::processEvents();
        const QString path = u"%1/%2.png"_s.arg(out, name);
        if (window.grab().save(path))
            return true;
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return false;
    };
    // The tables with a detail pane show their first row in it.
    for (const auto page : {hd::MainWindow::Tasks, hd::MainWindow::People})
        window.page(page)->view()->selectRow(0);
    for (int i = 0; i <= hd::MainWindow::Judging; ++i) {
        const auto page = hd::MainWindow::Page(i);
        window.showPage(page);
        if (!shoot(hd::MainWindow::helpSection(page)))
            return 1;
    }
    // The detail pane of a task, larger.
    window.resize(1280, 800);
    window.showPage(hd::MainWindow::Tasks);
    if (!shoot(u"detail-pane"_s))
        return 1;
    window.close();
    return shootJudgeMode(db, settings.path(), out) ? 0 : 1;
}
