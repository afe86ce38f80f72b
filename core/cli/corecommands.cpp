#include "corecommands.h"

#include "csvcommands.h"
#include "demo/demoevent.h"
#include "editioncommands.h"
#include "io/filewriter.h"
#include "issuecommands.h"
#include "judgingcommands.h"
#include "model/currency.h"
#include "model/error.h"
#include "programmecommands.h"
#include "reports/summary.h"
#include "services/editionprofile.h"
#include "services/eventsettings.h"
#include "sharedcommands.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "synccommands.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int initCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"demo"_s, Tr::tr("Also add demo data: tasks, people, teams and claims.")});
    parser.addOption({u"edition"_s,
                      Tr::tr("Set up the event from this profile: a built-in name (see \"hackdesk editions\") or a "
                             "profile file (.json). Default: paddle-6th."),
                      u"NAME|FILE"_s});
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Sets up a new event from an edition profile (the PaddlePaddle Hackathon "
                                            "6th by default).")))
        return *code;
    const QString edition = parser.isSet(u"edition"_s) ? parser.value(u"edition"_s) : u"paddle-6th"_s;
    // Read and check the profile before the database is opened: a bad profile creates nothing.
    const EditionProfile profile = EditionProfile::load(edition);
    const bool demo = parser.isSet(u"demo"_s);
    if (demo && edition != u"paddle-6th")
        throw Error(Tr::tr("--demo adds the 6th edition's demo data and goes only with the paddle-6th profile."));
    Database &db = ctx.database();
    Transaction tx(db);
    const bool created = !EventRepository(db).event();
    if (created)
        profile.apply(db);
    else if (parser.isSet(u"edition"_s))
        throw Error(Tr::tr("%1 already holds the event \"%2\"; init --edition sets up a new database.")
                        .arg(db.path(), EventRepository(db).requireEvent().name));
    const bool demoAdded = demo && addDemoData(db);
    tx.commit();
    if (created || demoAdded)
        ctx.out << Tr::tr("Set up %1%2 in %3.")
                       .arg(EventRepository(db).requireEvent().name, demoAdded ? Tr::tr(" with demo data") : QString(),
                            db.path())
                << Qt::endl;
    else
        ctx.out << Tr::tr("Nothing to do: %1 is already set up.").arg(db.path()) << Qt::endl;
    return 0;
}

int summaryCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Tr::tr("Print one JSON object.")});
    if (auto code = parseCommandArgs(ctx, parser, Tr::tr("Prints the event's figures.")))
        return *code;
    const Summary s = Summary::load(ctx.database());
    if (parser.isSet(u"json"_s)) {
        ctx.out << QString::fromUtf8(QJsonDocument(s.toJson()).toJson(QJsonDocument::Indented));
        return 0;
    }
    const Currency currency = Currency::of(s.event.currency);
    ctx.out << s.event.name << Qt::endl;
    ctx.out << Tr::tr("Pool %1, 1 star = %2, cap %3 per person")
                   .arg(formatMoney(s.event.poolFen, currency), formatMoney(s.event.starFen, currency),
                        formatMoney(s.event.capFen, currency))
            << Qt::endl;
    for (const auto &t : s.tracks)
        ctx.out << Tr::tr("  [%1] %2 (%3): %4 tasks, %5 claimed, %6 submitted, %7 completed")
                       .arg(t.track.id)
                       .arg(t.track.name, trackKindKey(t.track.kind))
                       .arg(t.tasks)
                       .arg(t.claimed)
                       .arg(t.submitted)
                       .arg(t.completed)
                << Qt::endl;
    ctx.out << Tr::tr("%1 participants, %2 teams, %3 claims").arg(s.participants).arg(s.teams).arg(s.claims)
            << Qt::endl;
    return 0;
}

int configCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"action"_s, Tr::tr("get, set or list"));
    parser.addPositionalArgument(u"key"_s, Tr::tr("the setting, e.g. github.prefix"));
    parser.addPositionalArgument(u"value"_s, Tr::tr("the new value (set only)"));
    if (auto code = parseCommandArgs(ctx, parser, Tr::tr("Reads and changes the event's settings.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    EventSettings settings(ctx.database());
    EventRepository(ctx.database()).requireEvent();
    if (action == u"list" && pos.size() == 1) {
        for (const QString &key : settings.keys())
            ctx.out << key << " = " << settings.value(key) << Qt::endl;
        return 0;
    }
    if (action == u"get" && pos.size() == 2) {
        ctx.out << settings.value(pos[1]) << Qt::endl;
        return 0;
    }
    if (action == u"set" && pos.size() == 3) {
        Transaction tx(ctx.database());
        settings.set(pos[1], pos[2]);
        tx.commit();
        return 0;
    }
    ctx.err << Tr::tr("hackdesk config: use \"config list\", \"config get KEY\" or \"config set KEY VALUE\".")
            << Qt::endl;
    return 2;
}

QString describe(const DatabaseSummary &s)
{
    return Tr::tr("%1: event \"%2\", written %3, %4 tasks, %5 participants, %6 claims (schema %7)")
        .arg(s.path, s.eventName.isEmpty() ? Tr::tr("none set up") : s.eventName,
             s.modified.toString(u"yyyy-MM-dd HH:mm"_s))
        .arg(s.tasks)
        .arg(s.participants)
        .arg(s.claims)
        .arg(s.schemaVersion);
}

int backupCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"out"_s, Tr::tr("The backup file to write (replaced only once complete)."), u"FILE"_s});
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Writes a consistent copy of the event database, also while other programs "
                                            "use it.")))
        return *code;
    if (parser.value(u"out"_s).isEmpty() || !parser.positionalArguments().isEmpty()) {
        ctx.err << Tr::tr("hackdesk backup: give --out FILE, e.g. \"backup --out event-backup.sqlite\".") << Qt::endl;
        return 2;
    }
    const QString out = parser.value(u"out"_s);
    ctx.database().backupTo(out);
    // A pipe or device (--out /dev/stdout) cannot be read back, and standard output may be the backup.
    if (resolveWriteTarget(out).special) {
        ctx.err << Tr::tr("Backed up the event into %1.").arg(out) << Qt::endl;
        return 0;
    }
    ctx.out << Tr::tr("Backed up %1").arg(describe(Database::inspect(out))) << Qt::endl;
    return 0;
}

int restoreCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"yes"_s, Tr::tr("Replace the event with the backup (without it, only show what it holds).")});
    parser.addPositionalArgument(u"file"_s, Tr::tr("the backup file"));
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Shows what a backup holds and, with --yes, replaces the event database's "
                                            "content with it. The event as it was is backed up first.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        ctx.err << Tr::tr("hackdesk restore: give one backup FILE, e.g. \"restore --yes event-backup.sqlite\".")
                << Qt::endl;
        return 2;
    }
    const DatabaseSummary backup = Database::inspect(pos.first());
    ctx.out << Tr::tr("Backup %1").arg(describe(backup)) << Qt::endl;
    const bool shared = SqlDialect::isPostgresUrl(ctx.dbPath);
    const QFileInfo target(ctx.dbPath);
    if (!shared && target.exists() && target.canonicalFilePath() == QFileInfo(backup.path).canonicalFilePath()) {
        ctx.err << Tr::tr("hackdesk restore: %1 is the event database itself.").arg(backup.path) << Qt::endl;
        return 2;
    }
    if (!parser.isSet(u"yes"_s)) {
        ctx.err << Tr::tr("hackdesk restore: nothing restored; run again with --yes to replace the event in %1 "
                          "with this backup.")
                       .arg(shared ? ctx.dbPath : target.absoluteFilePath())
                << Qt::endl;
        return 1;
    }
    const bool existed = shared || target.exists();
    Database &db = ctx.database();
    const QString before = existed ? db.autoBackup(u"before-restore"_s) : QString();
    const QStringList rolesRevoked = db.restoreFrom(backup.path);
    // Reopened, so that a backup from an older HackDesk is upgraded the usual way.
    ctx.opened.reset();
    ctx.database();
    ctx.out << Tr::tr("Restored %1 into %2.").arg(backup.path, ctx.database().path()) << Qt::endl;
    if (!before.isEmpty())
        ctx.out << Tr::tr("The event as it was before is in %1.").arg(before) << Qt::endl;
    if (!rolesRevoked.isEmpty())
        ctx.out << Tr::tr("The backup holds no judge for the roles %1: they no longer have access to the event "
                          "(grant-judge gives it back).")
                       .arg(rolesRevoked.join(u", "_s))
                << Qt::endl;
    return 0;
}

} // namespace

std::optional<int> parseCommandArgs(const CommandContext &ctx, QCommandLineParser &parser, const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help(QStringList{u"h"_s, u"help"_s}, Tr::tr("Show this command's options."));
    parser.addOption(help);
    // A negative number as a value ("config set money.cap -5") is a value to refuse with its reason, not an
    // unknown option: the arguments from there on are positional. After an option it is that option's value.
    QStringList args = ctx.args;
    static const QRegularExpression negativeNumber(u"^-[0-9.]"_s);
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args[i] == u"--"_s)
            break;
        if (negativeNumber.match(args[i]).hasMatch() && !args[i - 1].startsWith(u'-')) {
            args.insert(i, u"--"_s);
            break;
        }
    }
    if (!parser.parse(args)) {
        ctx.err << u"hackdesk %1: "_s.arg(ctx.args.first()) << parser.errorText() << Qt::endl;
        return 2;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // The parser names the program after argv[0]; show the command instead.
        const qsizetype eol = text.indexOf(u'\n');
        ctx.out << u"Usage: hackdesk [--db FILE] %1 [options]"_s.arg(ctx.args.first()) << text.mid(eol);
        return 0;
    }
    return std::nullopt;
}

QList<Command> coreCommands()
{
    QList<Command> all = {
        {u"init"_s, u"init [--edition NAME|FILE.json] [--demo]"_s,
         Tr::tr("Set up a new event from an edition profile (the PaddlePaddle Hackathon 6th by default); --demo adds "
                "demo data."),
         initCommand},
        {u"summary"_s, u"summary [--json]"_s, Tr::tr("Print the event's figures per track."), summaryCommand},
        {u"config"_s, u"config list | get KEY | set KEY VALUE"_s,
         Tr::tr("Read or change the event's settings (github.prefix, github.repos, track.<id>.issue ...)."),
         configCommand},
        {u"backup"_s, u"backup --out FILE"_s,
         Tr::tr("Write a consistent copy of the event database (also while it is in use)."), backupCommand},
        {u"restore"_s, u"restore FILE [--yes]"_s,
         Tr::tr("Show what a backup holds; with --yes, bring it back (the event as it was is backed up first)."),
         restoreCommand},
    };
    all += editionCommands();
    all += issueCommands();
    all += judgingCommands();
    all += programmeCommands();
    all += csvCommands();
    all += syncCommands();
    all += sharedCommands();
    return all;
}

} // namespace hd
