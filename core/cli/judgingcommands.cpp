#include "judgingcommands.h"

#include "corecommands.h"
#include "io/csv.h"
#include "io/filewriter.h"
#include "judging/judgepacket.h"
#include "judging/judgingservice.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeaccess.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/rubricrepository.h"
#include "storage/submissionrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

QCommandLineOption trackOption()
{
    return {u"track"_s, Tr::tr("The track: an id from summary --json, or tasks, camp, articles, fundable."), u"T"_s};
}

QCommandLineOption outOption()
{
    return {u"out"_s, Tr::tr("Write to this file instead of standard output."), u"FILE"_s};
}

// Wrong usage: the reason on stderr, exit code 2.
int usage(const CommandContext &ctx, const QString &reason)
{
    ctx.err << u"hackdesk %1: "_s.arg(ctx.args.first()) << reason << Qt::endl;
    return 2;
}

void writeBytes(const CommandContext &ctx, const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty() || path == u"-") {
        ctx.out << QString::fromUtf8(bytes);
        ctx.out.flush();
        return;
    }
    writeFileAtomically(path, bytes);
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw Error(Tr::tr("Cannot read %1: %2").arg(path, f.errorString()));
    return f.readAll();
}

Track requireTrack(const CommandContext &ctx, const QCommandLineParser &parser)
{
    EventRepository events(ctx.database());
    events.requireEvent();
    return events.resolveTrack(parser.value(u"track"_s));
}

// ---- judges ----------------------------------------------------------------------------------------------

int judgesList(const CommandContext &ctx, const QCommandLineParser &parser)
{
    const Database &db = ctx.database();
    EventRepository events(db);
    events.requireEvent();
    const qint64 track = parser.isSet(u"track"_s) ? events.resolveTrack(parser.value(u"track"_s)).id : 0;
    QHash<qint64, QString> trackKinds;
    for (const Track &t : events.tracks())
        trackKinds.insert(t.id, trackKindKey(t.kind));
    const QList<JudgeLoad> loads = JudgeAssignmentRepository(db).judgeLoads(track);
    for (const JudgeLoad &l : loads) {
        QStringList tracks, conflicts;
        for (qint64 t : l.judge.trackIds)
            tracks << trackKinds.value(t, QString::number(t));
        for (const JudgeConflict &c : l.judge.conflicts)
            conflicts << u"%1:%2"_s.arg(conflictKindKey(c.kind), c.value);
        QString line = u"@%1\t%2\t%3\t%4\t%5"_s.arg(l.judge.login, l.judge.name, l.judge.organisation,
                                                    tracks.join(u','), progressText(l.submitted, l.assigned));
        if (!conflicts.isEmpty())
            line += u'\t' + Tr::tr("conflicts: %1").arg(conflicts.join(u", "_s));
        ctx.out << line << Qt::endl;
    }
    if (loads.isEmpty())
        ctx.out << Tr::tr("No judges yet.") << Qt::endl;
    return 0;
}

int judgesAdd(const CommandContext &ctx, const QCommandLineParser &parser, const QString &login)
{
    const Database &db = ctx.database();
    EventRepository events(db);
    events.requireEvent();
    Judge j;
    j.login = login;
    j.name = parser.value(u"name"_s);
    j.organisation = parser.value(u"organisation"_s);
    for (const QString &t : parser.values(u"track"_s))
        j.trackIds << events.resolveTrack(t).id;
    for (const QString &c : parser.values(u"conflict"_s)) {
        const qsizetype colon = c.indexOf(u':');
        const auto kind = colon > 0 ? conflictKindFromKey(c.left(colon)) : std::nullopt;
        if (!kind)
            return usage(ctx,
                         Tr::tr("--conflict is participant:LOGIN, team:NAME or organisation:NAME, not \"%1\".").arg(c));
        j.conflicts.append({*kind, c.mid(colon + 1)});
    }
    JudgeAssignmentRepository repo(db);
    if (auto existing = repo.judgeByLogin(login)) {
        j.id = existing->id;
        repo.updateJudge(j);
        ctx.out << Tr::tr("Updated the judge @%1.").arg(existing->login) << Qt::endl;
    } else {
        repo.insertJudge(j);
        ctx.out << Tr::tr("Added the judge @%1.").arg(login) << Qt::endl;
    }
    return 0;
}

int judgesAssign(const CommandContext &ctx, const QCommandLineParser &parser)
{
    if (!parser.isSet(u"track"_s))
        return usage(ctx, Tr::tr("give --track T."));
    bool ok = false;
    const int k = parser.value(u"per-submission"_s).toInt(&ok);
    if (!ok || k < 1)
        return usage(ctx, Tr::tr("--per-submission is a whole number of judges, at least 1."));
    const Track track = requireTrack(ctx, parser);
    const bool dryRun = parser.isSet(u"dry-run"_s);
    const AssignmentResult r = assignTrack(ctx.database(), track.id, k, dryRun, currentActor());
    const int submissions = int(SubmissionRepository(ctx.database()).submissions(track.id).size());
    const QString loads = Tr::tr("%1 submission(s), %2 per submission; loads %3-%4 per judge")
                              .arg(submissions)
                              .arg(k)
                              .arg(r.minLoad())
                              .arg(r.maxLoad());
    if (dryRun)
        ctx.out << Tr::tr("Would assign %n judge(s) in \"%1\" (%2; dry run: nothing saved).", nullptr,
                          int(r.added.size()))
                       .arg(track.name, loads)
                << Qt::endl;
    else
        ctx.out << Tr::tr("Assigned %n judge(s) in \"%1\" (%2).", nullptr, int(r.added.size())).arg(track.name, loads)
                << Qt::endl;
    for (const AssignmentGap &g : r.gaps)
        ctx.out << Tr::tr("impossible: %1").arg(g.reason) << Qt::endl;
    for (const AssignmentConflict &c : assignmentConflicts(ctx.database(), track.id))
        ctx.out << Tr::tr("conflict: @%1 on #%2: %3")
                       .arg(JudgeAssignmentRepository(ctx.database()).judge(c.judgeId)->login)
                       .arg(c.submissionId)
                       .arg(c.reason)
                << Qt::endl;
    if (!r.gaps.isEmpty()) {
        ctx.err << u"hackdesk judges: "_s
                << Tr::tr("%n submission(s) cannot get %1 judges without a conflict (see \"impossible\" above).",
                          nullptr, int(r.gaps.size()))
                       .arg(k)
                << Qt::endl;
        return 1;
    }
    return 0;
}

int judgesCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("list, add LOGIN or assign"));
    parser.addOption(trackOption());
    parser.addOption({u"per-submission"_s, Tr::tr("assign: judges per submission (default 3)."), u"K"_s, u"3"_s});
    parser.addOption({u"dry-run"_s, Tr::tr("assign: print what would be assigned and save nothing.")});
    parser.addOption({u"name"_s, Tr::tr("add: the judge's name."), u"NAME"_s});
    parser.addOption({u"organisation"_s, Tr::tr("add: the judge's organisation."), u"ORG"_s});
    parser.addOption({u"conflict"_s,
                      Tr::tr("add: someone the judge must not judge (participant:LOGIN, team:NAME, organisation:NAME); "
                             "repeat for several."),
                      u"KIND:VALUE"_s});
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Lists, adds and assigns judges: every submission gets K judges of its "
                                            "track, loads balanced, never a conflicted judge.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"list" && pos.size() == 1)
        return judgesList(ctx, parser);
    if (action == u"add" && pos.size() == 2)
        return judgesAdd(ctx, parser, pos[1]);
    if (action == u"assign" && pos.size() == 1)
        return judgesAssign(ctx, parser);
    return usage(ctx, Tr::tr("use \"judges list [--track T]\", \"judges add LOGIN [--name N] [--organisation O] "
                             "[--track T]... [--conflict KIND:VALUE]...\" or \"judges assign --track T\"."));
}

// ---- scores ----------------------------------------------------------------------------------------------

// scores next: the judge's next submission, the one with the fewest reviews.
int scoresNext(const CommandContext &ctx, const QCommandLineParser &parser)
{
    const Database &db = ctx.database();
    JudgeAssignmentRepository judgeRepo(db);
    SubmissionRepository submissionRepo(db);
    const qint64 connected = JudgeAccess::connectedJudge(db);
    qint64 judgeId = connected;
    if (parser.isSet(u"judge"_s)) {
        judgeId = judgeRepo.requireJudgeByLogin(parser.value(u"judge"_s).trimmed()).id;
        if (connected && judgeId != connected)
            throw Error(Tr::tr("This is @%1's connection: it shows only their own next submission.")
                            .arg(judgeRepo.judge(connected)->login));
    }
    if (!judgeId)
        return usage(ctx, Tr::tr("give --judge LOGIN (only a judge's own connection may leave it out)."));
    const qint64 trackId = parser.isSet(u"track"_s) ? requireTrack(ctx, parser).id : 0;
    const QString login = judgeRepo.judge(judgeId)->login;
    const std::optional<NextSubmission> next = nextSubmission(db, judgeId, trackId);
    if (parser.isSet(u"json"_s)) {
        QJsonObject o;
        if (next) {
            const Submission s = *submissionRepo.submission(next->submissionId);
            o = QJsonObject{{u"judge"_s, login},         {u"submission"_s, next->submissionId},
                            {u"title"_s, s.title},       {u"by"_s, submissionRepo.authorLabel(s)},
                            {u"track"_s, next->trackId}, {u"reviews"_s, next->reviews},
                            {u"drafts"_s, next->drafts}, {u"draft"_s, next->ownDraft}};
        }
        ctx.out << (next ? QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) : u"null"_s)
                << Qt::endl;
        return 0;
    }
    if (!next) {
        ctx.out << Tr::tr("Nothing left for @%1 to score.").arg(login) << Qt::endl;
        return 0;
    }
    const Submission s = *submissionRepo.submission(next->submissionId);
    ctx.out << Tr::tr("Next for @%1: %2 (%n review(s) so far", nullptr, next->reviews)
                   .arg(login, submissionRepo.submissionLabel(s))
            << (next->ownDraft ? Tr::tr("; your draft is saved") : QString()) << u")."_s << Qt::endl;
    return 0;
}

int scoresCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("template, export, next, import FILE.csv, lock or unlock"));
    parser.addOption(trackOption());
    parser.addOption(outOption());
    parser.addOption({u"judge"_s, Tr::tr("template, export: only this judge's rows."), u"LOGIN"_s});
    parser.addOption({u"reason"_s, Tr::tr("unlock: why the final results are opened again (logged)."), u"TEXT"_s});
    parser.addOption({u"json"_s, Tr::tr("next: one JSON object (null when nothing is left).")});
    if (auto code = parseCommandArgs(
            ctx, parser,
            Tr::tr("Paper score sheets as CSV (judge,submission,criterion,weight,min,max,score,comment): a blank "
                   "template per track (or judge), the stored scores exported in the same form, and a filled-in "
                   "file imported all or nothing. lock finalises a track's results; unlock opens them again, with "
                   "a reason.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    if (action == u"next" && pos.size() == 1)
        return scoresNext(ctx, parser);
    const Database &db = ctx.database();
    if ((action == u"template" || action == u"export") && pos.size() == 1) {
        if (!parser.isSet(u"track"_s))
            return usage(ctx, Tr::tr("give --track T."));
        const Track track = requireTrack(ctx, parser);
        const qint64 judgeId =
            parser.isSet(u"judge"_s)
                ? JudgeAssignmentRepository(db).requireJudgeByLogin(parser.value(u"judge"_s).trimmed()).id
                : 0;
        const QList<QStringList> records =
            action == u"template" ? scoreTemplateRecords(db, track.id, judgeId) : scoreRecords(db, track.id, judgeId);
        const QString out = parser.value(u"out"_s);
        if (out.isEmpty() || out == u"-") {
            writeBytes(ctx, out, writeCsv(records, CsvBom::Without));
        } else {
            writeCsvFile(out, records);
            ctx.out << Tr::tr("Wrote %n row(s) to %1.", nullptr, int(records.size() - 1)).arg(out) << Qt::endl;
        }
        return 0;
    }
    if (action == u"import" && pos.size() == 2) {
        EventRepository(db).requireEvent();
        const ScoreImportResult r = importScoresCsv(db, readFile(pos[1]), pos[1], currentActor());
        ctx.out << Tr::tr("%1: %2 sheet(s) added, %3 updated, %4 unchanged; %5 saved as draft(s) (not every "
                          "criterion scored).")
                       .arg(pos[1])
                       .arg(r.added)
                       .arg(r.updated)
                       .arg(r.unchanged)
                       .arg(r.drafts)
                << Qt::endl;
        return 0;
    }
    if ((action == u"lock" || action == u"unlock") && pos.size() == 1) {
        if (!parser.isSet(u"track"_s))
            return usage(ctx, Tr::tr("give --track T."));
        const Track track = requireTrack(ctx, parser);
        JudgingResultRepository repo(db);
        if (action == u"lock") {
            repo.finalise(track.id, currentActor());
            ctx.out << Tr::tr("The results of \"%1\" are final: scores, assignments and the rubric are locked.")
                           .arg(track.name)
                    << Qt::endl;
        } else {
            repo.unlock(track.id, parser.value(u"reason"_s), currentActor());
            ctx.out << Tr::tr("The results of \"%1\" are open again.").arg(track.name) << Qt::endl;
        }
        return 0;
    }
    return usage(ctx, Tr::tr("use \"scores template|export --track T [--judge LOGIN] [--out FILE]\", "
                             "\"scores next [--track T] [--judge LOGIN] [--json]\", \"scores import FILE.csv\", "
                             "\"scores lock --track T\" or \"scores unlock --track T --reason TEXT\"."));
}

// ---- judge-packet ----------------------------------------------------------------------------------------

int packetCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("export or import FILE"));
    parser.addOption({u"judge"_s, Tr::tr("export: the judge's login."), u"LOGIN"_s});
    parser.addOption({u"out"_s, Tr::tr("export: the packet file to write."), u"FILE"_s});
    parser.addOption({u"replace"_s, Tr::tr("export: replace a packet that was never imported back (it will be "
                                           "refused from now on).")});
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Offline judging: one authenticated file per judge, scored in "
                                            "\"hackdesk --judge-packet FILE\" and imported back.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const Database &db = ctx.database();
    if (action == u"export" && pos.size() == 1) {
        if (!parser.isSet(u"judge"_s) || !parser.isSet(u"out"_s))
            return usage(ctx, Tr::tr("give --judge LOGIN and --out FILE."));
        const PacketExport e = exportJudgePacket(db, parser.value(u"judge"_s), parser.value(u"out"_s),
                                                 parser.isSet(u"replace"_s), currentActor());
        ctx.out << Tr::tr("Wrote the packet of @%1 (%n submission(s), revision %2) to %3. Send it to the judge "
                          "privately: it carries the key that authenticates it.",
                          nullptr, e.submissions)
                       .arg(parser.value(u"judge"_s).remove(u'@'))
                       .arg(e.revision)
                       .arg(parser.value(u"out"_s))
                << Qt::endl;
        return 0;
    }
    if (action == u"import" && pos.size() == 2) {
        const PacketImport r = importJudgePacket(db, readFile(pos[1]), pos[1], currentActor());
        if (r.nothingNew)
            ctx.out << Tr::tr("%1: nothing new from @%2 (revision %3 holds nothing that is not already imported).")
                           .arg(pos[1], r.judgeLogin)
                           .arg(r.revision)
                    << Qt::endl;
        else
            ctx.out << Tr::tr("%1: imported revision %2 of @%3's packet; %n sheet(s) changed.", nullptr,
                              r.sheetsChanged)
                           .arg(pos[1])
                           .arg(r.revision)
                           .arg(r.judgeLogin)
                    << Qt::endl;
        return 0;
    }
    return usage(ctx, Tr::tr("use \"judge-packet export --judge LOGIN --out FILE [--replace]\" or "
                             "\"judge-packet import FILE\"."));
}

// ---- rubric and submissions -------------------------------------------------------------------------------

int rubricCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("show, or set FILE.json"));
    parser.addOption(trackOption());
    parser.addOption(outOption());
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Prints a track's rubric as JSON, or sets it from such a file: the scale, "
                                            "3-6 weighted criteria with anchored levels, and for articles criteria "
                                            "derived from the reported figures.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    if (!parser.isSet(u"track"_s))
        return usage(ctx, Tr::tr("give --track T."));
    const Database &db = ctx.database();
    if (pos.value(0) == u"show" && pos.size() == 1) {
        const Track track = requireTrack(ctx, parser);
        writeBytes(ctx, parser.value(u"out"_s), rubricJson(db, track.id));
        return 0;
    }
    if (pos.value(0) == u"set" && pos.size() == 2) {
        const Track track = requireTrack(ctx, parser);
        const Rubric saved =
            RubricRepository(db).saveRubric(rubricFromJson(readFile(pos[1]), track.id, pos[1]), currentActor());
        ctx.out << Tr::tr("The rubric of \"%1\" has %n criteria.", nullptr, int(saved.criteria.size())).arg(track.name)
                << Qt::endl;
        return 0;
    }
    return usage(ctx, Tr::tr("use \"rubric show --track T [--out FILE]\" or \"rubric set --track T FILE.json\"."));
}

int submissionsCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("export, or import FILE.csv"));
    parser.addOption(trackOption());
    parser.addOption(outOption());
    if (auto code = parseCommandArgs(
            ctx, parser,
            Tr::tr("Exchanges a track's submissions as CSV (id,title,by,task,links,views,likes,favourites,comments,"
                   "followers); import adds rows without an id and updates the others, all or nothing.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    if (!parser.isSet(u"track"_s))
        return usage(ctx, Tr::tr("give --track T."));
    const Database &db = ctx.database();
    if (pos.value(0) == u"export" && pos.size() == 1) {
        const Track track = requireTrack(ctx, parser);
        const QString out = parser.value(u"out"_s);
        if (out.isEmpty() || out == u"-")
            writeBytes(ctx, out, writeCsv(submissionRecords(db, track.id), CsvBom::Without));
        else
            writeCsvFile(out, submissionRecords(db, track.id));
        return 0;
    }
    if (pos.value(0) == u"import" && pos.size() == 2) {
        const Track track = requireTrack(ctx, parser);
        const auto [added, updated] = importSubmissionsCsv(db, track.id, readFile(pos[1]), pos[1]);
        ctx.out << Tr::tr("%1: %2 submission(s) added, %3 updated.").arg(pos[1]).arg(added).arg(updated) << Qt::endl;
        return 0;
    }
    return usage(ctx, Tr::tr("use \"submissions export --track T [--out FILE]\" or \"submissions import --track T "
                             "FILE.csv\"."));
}

// ---- results ---------------------------------------------------------------------------------------------

int resultsCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption(trackOption());
    parser.addOption({u"format"_s, Tr::tr("csv or json."), u"FORMAT"_s, u"csv"_s});
    parser.addOption(outOption());
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Ranks a track's submissions by their normalised result (ties: raw mean, "
                                            "more judges, lower id); raw and normalised, three decimals.")))
        return *code;
    if (!parser.isSet(u"track"_s))
        return usage(ctx, Tr::tr("give --track T."));
    const QString format = parser.value(u"format"_s);
    if (format != u"csv" && format != u"json")
        return usage(ctx, Tr::tr("--format is csv or json, not \"%1\".").arg(format));
    const Track track = requireTrack(ctx, parser);
    const QString out = parser.value(u"out"_s);
    QByteArray bytes;
    if (format == u"json")
        bytes = resultsJson(ctx.database(), track.id);
    else
        bytes = writeCsv(resultRecords(ctx.database(), track.id),
                         out.isEmpty() || out == u"-" ? CsvBom::Without : CsvBom::With);
    writeBytes(ctx, out, bytes);
    return 0;
}

} // namespace

QList<Command> judgingCommands()
{
    return {
        {u"judges"_s, u"judges list [--track T] | add LOGIN ... | assign --track T [--per-submission K] [--dry-run]"_s,
         Tr::tr("List or add judges; assign them to a track's submissions (K each, balanced, no conflicts)."),
         judgesCommand},
        {u"scores"_s,
         u"scores template|export --track T [--judge LOGIN] [--out FILE] | next [--judge LOGIN] | import FILE.csv | "
         u"lock|unlock --track T"_s,
         Tr::tr("Paper score sheets as CSV: a blank template, the stored scores, the filled-in file; lock or unlock "
                "results."),
         scoresCommand},
        {u"judge-packet"_s, u"judge-packet export --judge LOGIN --out FILE [--replace] | import FILE"_s,
         Tr::tr("Export a judge's authenticated offline packet, or import it back."), packetCommand},
        {u"rubric"_s, u"rubric show|set --track T [FILE.json]"_s,
         Tr::tr("Print or set a track's rubric (scale, weighted criteria, anchored levels) as JSON."), rubricCommand},
        {u"submissions"_s, u"submissions export|import --track T [FILE.csv]"_s,
         Tr::tr("Exchange a track's submissions for judging as CSV."), submissionsCommand},
        {u"results"_s, u"results --track T [--format csv|json] [--out FILE]"_s,
         Tr::tr("A track's ranked results: raw and normalised means, three decimals."), resultsCommand},
    };
}

} // namespace hd
