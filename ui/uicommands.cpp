#include "uicommands.h"

#include "cli/corecommands.h"
#include "model/error.h"
#include "reports/reportdocument.h"
#include "reports/reports.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString kindKeys()
{
    QStringList keys;
    for (const ReportKind kind : AllReportKinds)
        keys << reportKindKey(kind);
    return keys.join(u", "_s);
}

int reportCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"kind"_s, Tr::tr("The report: %1.").arg(kindKeys()), u"kind"_s});
    parser.addOption({u"pdf"_s, Tr::tr("Write the report as a PDF (A4) to this file."), u"file"_s});
    parser.addOption({u"markdown"_s,
                      Tr::tr("summary only: write the dashboard (看板信息) and leaderboard (统计信息) of every track "
                             "as Markdown to this file."),
                      u"file"_s});
    parser.addOption({u"track"_s,
                      Tr::tr("judging, score-sheets: only this track (an id from summary --json, or tasks, camp, "
                             "articles, fundable)."),
                      u"T"_s});
    parser.addOption({u"judge"_s, Tr::tr("judging, score-sheets: only this judge's pages."), u"login"_s});
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Writes a report: the summary for the sponsor, the payouts for the "
                                            "finance office, certificates for the winners, the judging results, "
                                            "blank score sheets for paper judging.")))
        return *code;
    const QString key = parser.value(u"kind"_s);
    const auto kind = reportKindFromKey(key);
    if (!kind) {
        ctx.err << u"hackdesk report: "_s
                << (key.isEmpty() ? Tr::tr("--kind is missing: give one of %1.").arg(kindKeys())
                                  : Tr::tr("--kind \"%1\" is not one of %2.").arg(key, kindKeys()))
                << Qt::endl;
        return 2;
    }
    const QString pdf = parser.value(u"pdf"_s), markdown = parser.value(u"markdown"_s);
    if (pdf.isEmpty() && markdown.isEmpty()) {
        ctx.err << Tr::tr("hackdesk report: say where to write it: --pdf FILE.") << Qt::endl;
        return 2;
    }
    if (!markdown.isEmpty() && *kind != ReportKind::Summary) {
        ctx.err << Tr::tr("hackdesk report: --markdown goes with --kind summary.") << Qt::endl;
        return 2;
    }
    const bool judging = *kind == ReportKind::Judging || *kind == ReportKind::ScoreSheets;
    if (!judging && (parser.isSet(u"track"_s) || parser.isSet(u"judge"_s))) {
        ctx.err << Tr::tr("hackdesk report: --track and --judge go with --kind judging or score-sheets.") << Qt::endl;
        return 2;
    }
    Database &db = ctx.database();
    EventRepository events(db);
    events.requireEvent();
    ReportOptions options;
    if (parser.isSet(u"track"_s))
        options.trackId = events.resolveTrack(parser.value(u"track"_s)).id;
    options.judgeLogin = parser.value(u"judge"_s);
    if (!markdown.isEmpty()) {
        writeDashboardMarkdown(db, markdown);
        ctx.out << Tr::tr("Wrote the dashboard and leaderboard to %1.").arg(markdown) << Qt::endl;
    }
    if (!pdf.isEmpty()) {
        const int pages = writeReportPdf(db, *kind, pdf, options);
        ctx.out << Tr::tr("Wrote the %1 report (%n page(s)) to %2.", nullptr, pages).arg(reportKindKey(*kind), pdf)
                << Qt::endl;
    }
    return 0;
}

// Global options that take a value, as the command line reads them.
bool takesValue(const QString &option)
{
    return option == u"--db" || option == u"--lang" || option == u"--judge-packet";
}
} // namespace

QList<Command> uiCommands()
{
    return {
        {u"report"_s,
         u"report --kind summary|payouts|judging|certificates|score-sheets --pdf FILE [--track T] [--judge LOGIN]"_s,
         Tr::tr("Write a PDF report: summary, payouts, judging results, certificates, blank score sheets."),
         reportCommand},
    };
}

namespace {
QtMessageHandler previousHandler = nullptr;

void headlessMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR not set"))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

void prepareHeadlessWidgets()
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    previousHandler = qInstallMessageHandler(headlessMessage);
}

bool commandNeedsWidgets(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (takesValue(a)) {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-'))
            return a == u"report";
    }
    return false;
}

} // namespace hd
