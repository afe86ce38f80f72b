#include "csvcommands.h"

#include "corecommands.h"
#include "model/error.h"
#include "services/csvexchange.h"
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

QCommandLineOption kindOption()
{
    return {u"kind"_s,
            Tr::tr("What the file holds: tasks, participants, claims, applications, weekly-reports or sub-tasks."),
            u"kind"_s};
}

// The --kind value; nullopt (with the reason on stderr) when it is missing or unknown.
std::optional<CsvKind> kindFrom(const CommandContext &ctx, const QCommandLineParser &parser)
{
    const QString key = parser.value(u"kind"_s);
    if (const auto kind = csvKindFromKey(key))
        return kind;
    ctx.err
        << u"hackdesk %1: "_s.arg(ctx.args.first())
        << (key.isEmpty()
                ? Tr::tr(
                      "--kind is missing: give tasks, participants, claims, applications, weekly-reports or sub-tasks.")
                : Tr::tr("--kind \"%1\" is not one of tasks, participants, claims, applications, weekly-reports, "
                         "sub-tasks.")
                      .arg(key))
        << Qt::endl;
    return std::nullopt;
}

int importCsvCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(kindOption());
    parser.addPositionalArgument(u"file"_s, Tr::tr("the CSV file (UTF-8, with a header row)"));
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Imports tasks, participants, claims, camp applications, weekly reports or "
                                            "sub-tasks from a CSV file: all rows or "
                                            "none; rows already there are updated.")))
        return *code;
    const auto kind = kindFrom(ctx, parser);
    if (!kind)
        return 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        ctx.err << Tr::tr("hackdesk import-csv: give one FILE, e.g. \"import-csv --kind tasks tasks.csv\".")
                << Qt::endl;
        return 2;
    }
    Database &db = ctx.database();
    EventRepository(db).requireEvent();
    const CsvImportResult r = CsvExchange(db).importFile(*kind, pos.first());
    QString line =
        Tr::tr("%1: %2 added, %3 updated, %4 unchanged").arg(pos.first()).arg(r.added).arg(r.updated).arg(r.unchanged);
    if (r.participantsAdded)
        line += Tr::tr("; %n new participant(s)", nullptr, r.participantsAdded);
    if (r.statusesKept)
        line += Tr::tr("; %n claim(s) kept a higher status", nullptr, r.statusesKept);
    if (r.completed)
        line += Tr::tr("; %n task(s) completed", nullptr, r.completed);
    ctx.out << line << u'.' << Qt::endl;
    return 0;
}

int exportCsvCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(kindOption());
    parser.addPositionalArgument(u"file"_s,
                                 Tr::tr("where to write (with a byte-order mark for Excel); "
                                        "standard output without a BOM when left out"),
                                 u"[file]"_s);
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Exports tasks, participants, claims, camp applications, weekly reports or "
                                            "sub-tasks as CSV with the columns "
                                            "import-csv reads.")))
        return *code;
    const auto kind = kindFrom(ctx, parser);
    if (!kind)
        return 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() > 1) {
        ctx.err << Tr::tr("hackdesk export-csv: give at most one FILE.") << Qt::endl;
        return 2;
    }
    Database &db = ctx.database();
    EventRepository(db).requireEvent();
    const CsvExchange exchange(db);
    int skipped = 0;
    if (pos.isEmpty()) {
        ctx.out << QString::fromUtf8(exchange.exportCsv(*kind, CsvBom::Without, &skipped));
        ctx.out.flush();
    } else {
        const int rows = exchange.exportFile(*kind, pos.first(), &skipped);
        ctx.out << Tr::tr("Wrote %n row(s) to %1.", nullptr, rows).arg(pos.first()) << Qt::endl;
    }
    if (skipped)
        ctx.err << Tr::tr("hackdesk export-csv: left out %n team claim(s); the claims file names one login per claim.",
                          nullptr, skipped)
                << Qt::endl;
    return 0;
}

} // namespace

QList<Command> csvCommands()
{
    return {
        {u"import-csv"_s, u"import-csv --kind tasks|participants|claims|applications|weekly-reports|sub-tasks FILE"_s,
         Tr::tr("Import a CSV file (all rows or none; existing rows are updated, so importing twice is safe)."),
         importCsvCommand},
        {u"export-csv"_s, u"export-csv --kind tasks|participants|claims|applications|weekly-reports|sub-tasks [FILE]"_s,
         Tr::tr("Export as CSV with the same columns (standard output when no FILE is given)."), exportCsvCommand},
    };
}

} // namespace hd
