#include "programmecommands.h"

#include "corecommands.h"
#include "model/error.h"
#include "storage/programmerepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// "camp list [--json] [--track T]" and "fundable list [--json] [--track T]" share their shape.
int boardCommand(const CommandContext &ctx, TrackKind kind)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"list"_s, Tr::tr("Print the board."));
    parser.addOption({u"json"_s, Tr::tr("Print JSON.")});
    parser.addOption({u"track"_s, Tr::tr("The track (default: the first of its kind)."), u"T"_s});
    if (auto code =
            parseCommandArgs(ctx, parser, Tr::tr("Prints the board of the code camp or the fundable projects.")))
        return *code;
    if (parser.positionalArguments() != QStringList{u"list"_s}) {
        ctx.err << Tr::tr("hackdesk %1: use \"%1 list [--json]\".").arg(ctx.args.first()) << Qt::endl;
        return 2;
    }
    const Database &db = ctx.database();
    const Track track = EventRepository(db).resolveTrack(parser.value(u"track"_s).isEmpty() ? trackKindKey(kind)
                                                                                            : parser.value(u"track"_s));
    if (track.kind != kind)
        throw Error(Tr::tr("Track %1 is not a %2 track.").arg(track.name, trackKindName(kind)));
    ProgrammeRepository programmes(db);
    if (kind == TrackKind::Camp) {
        const QList<CampProject> projects = programmes.campProjects(track.id);
        if (parser.isSet(u"json"_s)) {
            ctx.out << QString::fromUtf8(
                QJsonDocument(
                    QJsonObject{{u"track"_s, track.id}, {u"projects"_s, ProgrammeRepository::campJson(projects)}})
                    .toJson(QJsonDocument::Indented));
            return 0;
        }
        for (const CampProject &p : projects)
            ctx.out << Tr::tr("%1. %2 [%3] campers: %4 of %5; %6 h reported")
                           .arg(p.number)
                           .arg(p.title, campProjectStageName(p.stage),
                                p.campers.isEmpty() ? u"-"_s : u"@"_s + p.campers.join(u", @"_s))
                           .arg(p.seats)
                           .arg(p.reportedHours)
                    << Qt::endl;
        return 0;
    }
    const QList<FundableProjectView> projects = programmes.fundableProjects(track.id);
    if (parser.isSet(u"json"_s)) {
        ctx.out << QString::fromUtf8(
            QJsonDocument(
                QJsonObject{{u"track"_s, track.id}, {u"projects"_s, ProgrammeRepository::fundableJson(projects)}})
                .toJson(QJsonDocument::Indented));
        return 0;
    }
    for (const FundableProjectView &f : projects)
        ctx.out << Tr::tr("%1. %2 (%3 stars) %4 % complete, defence %5")
                       .arg(f.number)
                       .arg(f.title, f.stars)
                       .arg(QString::number(f.completionBp / 100.0, 'f', 1), f.defence)
                << Qt::endl;
    return 0;
}

} // namespace

QList<Command> programmeCommands()
{
    return {
        {u"camp"_s, u"camp list [--json] [--track T]"_s,
         Tr::tr("The code-camp board: projects, seats, campers and where each stands."),
         [](const CommandContext &ctx) { return boardCommand(ctx, TrackKind::Camp); }},
        {u"fundable"_s, u"fundable list [--json] [--track T]"_s,
         Tr::tr("The fundable projects: sub-tasks, completion, deliverables and defence."),
         [](const CommandContext &ctx) { return boardCommand(ctx, TrackKind::Fundable); }},
    };
}

} // namespace hd
