#include "issuecommands.h"

#include "corecommands.h"
#include "io/filewriter.h"
#include "model/error.h"
#include "services/issueimport.h"
#include "services/payoutdata.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QString readUtf8File(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    QStringDecoder decode(QStringDecoder::Utf8);
    QString text = decode(bytes);
    if (decode.hasError())
        throw Error(Tr::tr("%1 is not UTF-8 text.").arg(path));
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

void writeOutput(const CommandContext &ctx, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        ctx.out << QString::fromUtf8(bytes);
        return;
    }
    writeFileAtomically(path, bytes); // the old file stays whole until the new one is
}

// What import-issue's exit status means beyond 0 (all read) and 2 (usage).
constexpr int ExitNoTasks = 1;    // nothing could be read: nothing was imported
constexpr int ExitUnreadable = 3; // imported, but some rows could not be read (see stderr)

int importIssueCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(
        {u"track"_s, Tr::tr("The track: an id from summary --json, or tasks, camp, articles, fundable."), u"T"_s});
    parser.addOption({u"file"_s, Tr::tr("The issue body (or a comment holding task tables) as Markdown."), u"BODY.md"_s});
    parser.addOption({u"dry-run"_s, Tr::tr("Print what would change and the column mapping chosen; change nothing.")});
    parser.addOption({u"json"_s, Tr::tr("Print the report as JSON.")});
    parser.addOption({u"accept-unreadable"_s,
                      Tr::tr("Exit 0 even when some rows could not be read (they are still listed on stderr).")});
    if (auto code = parseCommandArgs(
            ctx, parser,
            Tr::tr("Reads a track's task list from its GitHub issue body.\n"
                   "Exit status: 0 all rows read; 1 no task could be read (nothing imported); 2 wrong usage; "
                   "3 imported, but some rows could not be read (listed on stderr with their lines; "
                   "--accept-unreadable makes this 0).")))
        return *code;
    if (!parser.isSet(u"track"_s) || !parser.isSet(u"file"_s)) {
        ctx.err << Tr::tr("hackdesk import-issue: give --track T and --file BODY.md.") << Qt::endl;
        return 2;
    }
    const QString file = parser.value(u"file"_s);
    const QString markdown = readUtf8File(file);
    const Database &db = ctx.database();
    const Track track = EventRepository(db).resolveTrack(parser.value(u"track"_s));
    const IssueImportReport report = importIssueBody(db, track, markdown, parser.isSet(u"dry-run"_s));
    for (const IssueProblem &p : report.problems)
        ctx.err << Tr::tr("%1:%2: %3").arg(file).arg(p.line).arg(p.reason) << Qt::endl;
    if (!report.noTasks.isEmpty())
        ctx.err << Tr::tr("hackdesk import-issue: %1: %2").arg(file, report.noTasks) << Qt::endl;
    const int status = !report.noTasks.isEmpty()                                          ? ExitNoTasks
                       : report.problems.isEmpty() || parser.isSet(u"accept-unreadable"_s) ? 0
                                                                                          : ExitUnreadable;
    if (parser.isSet(u"json"_s)) {
        ctx.out << QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented));
        return status;
    }
    for (const IssueTable &t : report.tables) {
        if (!t.isTaskTable())
            continue;
        QStringList lines;
        for (int line : t.unreadableLines)
            lines << QString::number(line);
        ctx.out << (lines.isEmpty()
                        ? Tr::tr("table at line %1 (%2): %3 rows read")
                              .arg(QString::number(t.line), t.direction.isEmpty() ? u"-"_s : t.direction)
                              .arg(t.rowsRead)
                        : Tr::tr("table at line %1 (%2): %3 rows read, %4 could not be read (lines %5)")
                              .arg(QString::number(t.line), t.direction.isEmpty() ? u"-"_s : t.direction)
                              .arg(t.rowsRead)
                              .arg(lines.size())
                              .arg(lines.join(u", "_s)))
                << Qt::endl;
        if (report.dryRun) {
            QStringList mapping;
            for (qsizetype i = 0; i < t.columns.size(); ++i)
                mapping << u"%1 → %2"_s.arg(t.headerCells.value(i).isEmpty() ? u"(empty)"_s : t.headerCells.value(i),
                                            issueColumnName(t.columns[i]));
            ctx.out << Tr::tr("  columns: %1").arg(mapping.join(u"; "_s)) << Qt::endl;
        }
    }
    if (!report.noTasks.isEmpty())
        return status;
    for (const QString &change : report.changes)
        ctx.out << (report.dryRun ? Tr::tr("would change: %1") : Tr::tr("changed: %1")).arg(change) << Qt::endl;
    ctx.out << Tr::tr("%1 tasks added, %2 updated, %3 claims added, %4 status changes, %5 problems%6")
                   .arg(report.tasksAdded)
                   .arg(report.tasksUpdated)
                   .arg(report.claimsAdded)
                   .arg(report.statusChanges)
                   .arg(report.problems.size())
                   .arg(report.dryRun ? Tr::tr(" (dry run: nothing saved)") : QString())
            << Qt::endl;
    return status;
}

int exportIssueCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(
        {u"track"_s, Tr::tr("The track: an id from summary --json, or tasks, camp, articles, fundable."), u"T"_s});
    parser.addOption({u"out"_s, Tr::tr("Write to this file instead of standard output."), u"FILE"_s});
    if (auto code = parseCommandArgs(ctx, parser, Tr::tr("Writes a track's task list as its GitHub issue body.")))
        return *code;
    if (!parser.isSet(u"track"_s)) {
        ctx.err << Tr::tr("hackdesk export-issue: give --track T.") << Qt::endl;
        return 2;
    }
    const Database &db = ctx.database();
    const Track track = EventRepository(db).resolveTrack(parser.value(u"track"_s));
    writeOutput(ctx, parser.value(u"out"_s), exportIssueBody(db, track).toUtf8());
    return 0;
}

int payoutsCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"format"_s, Tr::tr("csv or json."), u"FORMAT"_s, u"json"_s});
    parser.addOption({u"out"_s, Tr::tr("Write to this file instead of standard output."), u"FILE"_s});
    if (auto code = parseCommandArgs(ctx, parser, Tr::tr("Computes who gets paid what under each track's rules.")))
        return *code;
    const QString format = parser.value(u"format"_s);
    if (format != u"csv" && format != u"json") {
        ctx.err << Tr::tr("hackdesk payouts: --format is csv or json, not \"%1\".").arg(format) << Qt::endl;
        return 2;
    }
    const PayoutReport report = computePayouts(ctx.database());
    writeOutput(ctx, parser.value(u"out"_s), format == u"csv" ? payoutReportToCsv(report) : payoutReportToJson(report));
    return 0;
}

} // namespace

QList<Command> issueCommands()
{
    return {
        {u"import-issue"_s, u"import-issue --track T --file BODY.md [--dry-run] [--json] [--accept-unreadable]"_s,
         Tr::tr("Read a track's task list (tables, claimants, PRs, finishers) from its GitHub issue body."),
         importIssueCommand},
        {u"export-issue"_s, u"export-issue --track T [--out FILE]"_s,
         Tr::tr("Write a track's task list, dashboard and leaderboard as Markdown for its GitHub issue."),
         exportIssueCommand},
        {u"payouts"_s, u"payouts [--format csv|json] [--out FILE]"_s,
         Tr::tr("Compute every person's stars and money under the tracks' rules, the cap and the pool."),
         payoutsCommand},
    };
}

} // namespace hd
