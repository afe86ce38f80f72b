#include "sharedcommands.h"

#include "corecommands.h"
#include "model/error.h"
#include "storage/database.h"
#include "storage/eventcopy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
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

} // namespace

QList<Command> sharedCommands()
{
    return {
        {u"copy-to"_s, u"copy-to DEST"_s,
         Tr::tr("Copy the event into an empty SQLite file or PostgreSQL database (postgresql://USER@HOST/DATABASE)."),
         copyToCommand},
    };
}

} // namespace hd
