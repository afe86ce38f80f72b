#include "sharedcommands.h"

#include "corecommands.h"
#include "model/error.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/eventcopy.h"
#include "storage/judgeaccess.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

int copyToCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"dest"_s, Tr::tr("an SQLite file or a postgresql:// URL holding no event yet"));
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Copies the whole event, every table and row, into an empty event "
                                            "database: from a file to a PostgreSQL server or back.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        ctx.err << Tr::tr("hackdesk copy-to: give one destination, e.g. \"copy-to "
                          "postgresql://staff@db.example.org/hackathon\" or \"copy-to event.sqlite\".")
                << Qt::endl;
        return 2;
    }
    const QString dest = pos.first();
    Database &from = ctx.database();
    // A new file that the copy fails to fill is removed again.
    const bool newFile = !SqlDialect::isPostgresUrl(dest) && !QFileInfo::exists(dest);
    QList<CopiedTable> copied;
    try {
        Database to(dest);
        copied = copyEvent(from, to);
    } catch (const Error &) {
        if (newFile)
            for (const QString &f : {dest, dest + u"-wal"_s, dest + u"-shm"_s})
                QFile::remove(f);
        throw;
    }
    qint64 rows = 0;
    for (const CopiedTable &t : copied)
        rows += t.rows;
    ctx.out << Tr::tr("Copied %1 rows in %2 tables from %3 to %4.")
                   .arg(rows)
                   .arg(copied.size())
                   .arg(from.path(), SqlDialect::isPostgresUrl(dest) ? PostgresUrl::parse(dest).toString()
                                                                     : QFileInfo(dest).absoluteFilePath())
            << Qt::endl;
    return 0;
}

int watchCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addOption({u"json"_s, Tr::tr("One JSON object a line: {\"key\": {...}, \"op\": ..., \"table\": ...}.")});
    parser.addOption({u"count"_s, Tr::tr("Stop after N changes (default: run until stopped)."), u"N"_s});
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Prints one line for each row change any client commits to the shared "
                                            "event, as it happens, until stopped (Ctrl+C).")))
        return *code;
    bool ok = true;
    const int count = parser.isSet(u"count"_s) ? parser.value(u"count"_s).toInt(&ok) : 0;
    if (!ok || count < 0 || !parser.positionalArguments().isEmpty()) {
        ctx.err << Tr::tr("hackdesk watch: --count takes a whole number of changes, e.g. \"watch --count 10\".")
                << Qt::endl;
        return 2;
    }
    const bool json = parser.isSet(u"json"_s);
    Database &db = ctx.database();
    ChangeFeed feed(db);
    QEventLoop loop;
    int code = 0;
    int seen = 0;
    QObject::connect(&feed, &ChangeFeed::changed, &loop, [&](const Change &c) {
        if (json) {
            ctx.out << c.json << Qt::endl;
        } else {
            QStringList key;
            for (auto it = c.key.begin(); it != c.key.end(); ++it)
                key << it.key() + u'=' + it.value().toVariant().toString();
            ctx.out << c.table << u' ' << c.op << u' ' << key.join(u' ') << Qt::endl;
        }
        if (count > 0 && ++seen >= count)
            loop.quit();
    });
    QObject::connect(&feed, &ChangeFeed::lost, &loop, [&](const QString &reason) {
        ctx.err << u"hackdesk watch: "_s << reason << Qt::endl;
        code = 1;
        loop.quit();
    });
    ctx.err << Tr::tr("Watching %1 for changes (Ctrl+C stops).").arg(db.path()) << Qt::endl;
    loop.exec();
    return code;
}

int grantJudgeCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"login"_s, Tr::tr("the judge's login, as in judges list"));
    parser.addOption({u"role"_s, Tr::tr("The PostgreSQL role to use (default: the judge's login)."), u"NAME"_s});
    if (auto code = parseCommandArgs(
            ctx, parser,
            Tr::tr("Gives a judge of a shared event a PostgreSQL login of their own: connected with it, the judge "
                   "sees only the submissions assigned to them and writes only their own scores, enforced by the "
                   "server (row-level security). The password is set on the server, never here.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        ctx.err << Tr::tr("hackdesk grant-judge: give one judge's login, e.g. \"grant-judge liu-yang\".") << Qt::endl;
        return 2;
    }
    const Database &db = ctx.database();
    const JudgeAccess::Granted g = JudgeAccess::grant(db, pos.first(), parser.value(u"role"_s));
    const PostgresUrl url = PostgresUrl::parse(db.path());
    PostgresUrl theirs = url;
    theirs.user = g.role;
    ctx.out << (g.created ? Tr::tr("Created the role \"%1\" for the judge @%2 and gave it access to %3.")
                          : Tr::tr("Gave the role \"%1\" access to %3 as the judge @%2."))
                   .arg(g.role, g.login, db.path())
            << Qt::endl;
    if (g.created)
        ctx.out << Tr::tr("Set its password on the server (it is never shown or stored by HackDesk), e.g. "
                          "psql -d %1 -c '\\password \"%2\"'.")
                       .arg(url.database, g.role)
                << Qt::endl;
    ctx.out << Tr::tr("The judge connects with: hackdesk --db %1 scores next").arg(theirs.toString()) << Qt::endl;
    return 0;
}

int revokeJudgeCommand(const CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(u"login"_s, Tr::tr("the judge's login"));
    if (auto code = parseCommandArgs(ctx, parser,
                                     Tr::tr("Takes a judge's PostgreSQL role off the shared event: it can no longer "
                                            "read or write anything of it. The role stays on the server.")))
        return *code;
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1) {
        ctx.err << Tr::tr("hackdesk revoke-judge: give one judge's login, e.g. \"revoke-judge liu-yang\".")
                << Qt::endl;
        return 2;
    }
    const Database &db = ctx.database();
    const QString role = JudgeAccess::revoke(db, pos.first());
    if (role.isEmpty())
        ctx.out << Tr::tr("The judge %1 had no role on %2; nothing changed.").arg(pos.first(), db.path()) << Qt::endl;
    else
        ctx.out << Tr::tr("The role \"%1\" has no access to %2 any more. It stays on the server (drop it with "
                          "dropuser when no other event uses it).")
                       .arg(role, db.path())
                << Qt::endl;
    return 0;
}

} // namespace

QList<Command> sharedCommands()
{
    return {
        {u"copy-to"_s, u"copy-to DEST"_s,
         Tr::tr("Copy the event into an empty SQLite file or PostgreSQL database (postgresql://USER@HOST/DATABASE)."),
         copyToCommand},
        {u"watch"_s, u"watch [--json] [--count N]"_s,
         Tr::tr("On a shared event: print one line for each change any client commits, as it happens."), watchCommand},
        {u"grant-judge"_s, u"grant-judge LOGIN [--role NAME]"_s,
         Tr::tr("On a shared event: a PostgreSQL login for a judge, who then sees only their submissions and "
                "writes only their scores."),
         grantJudgeCommand},
        {u"revoke-judge"_s, u"revoke-judge LOGIN"_s,
         Tr::tr("On a shared event: take a judge's PostgreSQL login off the event."), revokeJudgeCommand},
    };
}

} // namespace hd
