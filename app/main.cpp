#include "cli/commandline.h"
#include "judging/judgewindow.h"
#include "mainwindow.h"
#include "translations.h"
#include "uicommands.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {
void setIdentity()
{
    QCoreApplication::setOrganizationName(u"HackDesk"_s);
    QCoreApplication::setApplicationName(u"hackdesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(HACKDESK_VERSION));
}
} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    setIdentity();
    if (hd::CommandLine::wantsCommand(arguments)) {
        // Headless: no display needed, for scripts and cron. Reports draw charts and PDFs: they get a
        // QApplication on the offscreen platform.
        std::unique_ptr<QCoreApplication> app;
        if (hd::commandNeedsWidgets(arguments)) {
            hd::prepareHeadlessWidgets();
            app = std::make_unique<QApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        hd::installTranslations(hd::commandLanguage(arguments));
        QTextStream out(stdout);
        QTextStream err(stderr);
        hd::CommandLine cli;
        for (const hd::Command &c : hd::uiCommands())
            cli.add(c);
        return cli.run(arguments, out, err);
    }
    QApplication app(argc, argv);
    app.setWindowIcon(QIcon(u":/icons/hackdesk.svg"_s));
    hd::installTranslations(hd::languageFromArguments(arguments));
    // A judge's offline packet opens in judge mode: only the score forms, saved into the packet.
    if (const QString packet = hd::JudgeWindow::packetFromArguments(arguments); !packet.isEmpty())
        return hd::JudgeWindow::run(packet);
    hd::MainWindow window(hd::databaseFromArguments(arguments));
    // A judge's own login on a shared event opened the judge window instead.
    if (!window.judgeWindow())
        window.show();
    return app.exec();
}
