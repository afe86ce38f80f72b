#include "commandline.h"

#include "claimcommands.h"
#include "corecommands.h"
#include "model/error.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Global options that take a value.
bool takesValue(const QString &option)
{
    return option == u"--db" || option == u"--lang" || option == u"--judge-packet";
}
} // namespace

Database &CommandContext::database() const
{
    // Only init (and restore) make a new file: a mistyped --db must not become an empty event.
    if (!opened && !SqlDialect::isPostgresUrl(dbPath) && !QFileInfo::exists(dbPath) && args.value(0) != u"init" &&
        args.value(0) != u"restore")
        throw Error(Tr::tr("no such event database: %1 (\"hackdesk --db %1 init\" sets up a new one).").arg(dbPath));
    if (!opened)
        opened = std::make_shared<Database>(dbPath);
    return *opened;
}

CommandLine::CommandLine()
{
    for (const Command &c : coreCommands())
        add(c);
    for (const Command &c : claimCommands())
        add(c);
}

void CommandLine::add(const Command &command)
{
    m_commands.append(command);
}

bool CommandLine::wantsCommand(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (a == u"--help" || a == u"-h" || a == u"--version" || a == u"-v")
            return true;
        if (takesValue(a)) {
            if (++i == arguments.size())
                return true; // let the command line say the value is missing
            continue;
        }
        if (!a.startsWith(u'-'))
            return true;
    }
    return false;
}

QString CommandLine::help() const
{
    QString h = Tr::tr("Usage: hackdesk [--db FILE|URL] [--lang zh_CN|en] [COMMAND [OPTIONS]]\n"
                       "Without a command, opens the window.\n\n"
                       "Options:\n"
                       "  --db FILE     the event database (default: %1)\n"
                       "  --db postgresql://USER@HOST:PORT/DATABASE\n"
                       "                a shared event on a PostgreSQL server (password from PGPASSWORD or ~/.pgpass);\n"
                       "                a judge's login opens the window in judge mode\n"
                       "  --lang LANG   language of messages and the window\n"
                       "  --judge-packet FILE  open a judge's offline packet in judge mode\n"
                       "  --help        this help; COMMAND --help for a command's options\n"
                       "  --version     the version\n\n"
                       "Commands:\n")
                    .arg(Database::defaultPath());
    for (const Command &c : m_commands)
        h += u"  %1\n      %2\n"_s.arg(c.synopsis, c.summary);
    return h;
}

int CommandLine::run(const QStringList &arguments, QTextStream &out, QTextStream &err) const
{
    QString dbPath = Database::defaultPath();
    QStringList rest;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments[i];
        if (rest.isEmpty() && takesValue(a)) {
            if (i + 1 >= arguments.size()) {
                err << Tr::tr("hackdesk: %1 needs a value.").arg(a) << Qt::endl;
                return 2;
            }
            if (a == u"--db")
                dbPath = arguments[i + 1];
            ++i;
        } else if (rest.isEmpty() && a.startsWith(u"--db=")) {
            dbPath = a.mid(5);
        } else if (rest.isEmpty() && (a == u"--version" || a == u"-v")) {
            out << "hackdesk " << HACKDESK_VERSION << Qt::endl;
            return 0;
        } else if (rest.isEmpty() && (a == u"--help" || a == u"-h")) {
            out << help();
            return 0;
        } else if (rest.isEmpty() && a.startsWith(u'-')) {
            err << Tr::tr("hackdesk: unknown option %1 (see hackdesk --help).").arg(a) << Qt::endl;
            return 2;
        } else {
            rest << a;
        }
    }
    if (rest.isEmpty()) {
        out << help();
        return 0;
    }
    for (const Command &c : m_commands) {
        if (c.name != rest.first())
            continue;
        CommandContext ctx{dbPath, rest, out, err, {}};
        try {
            const int code = c.run(ctx);
            // What was printed must have reached its file or pipe (a full disk says so only here).
            out.flush();
            if (out.status() == QTextStream::WriteFailed) {
                const QString reason = out.device() ? out.device()->errorString() : QString();
                err << Tr::tr("hackdesk %1: cannot write the output: %2").arg(c.name, reason) << Qt::endl;
                return 1;
            }
            return code;
        } catch (const Error &e) {
            out.flush();
            err << u"hackdesk %1: "_s.arg(c.name) << e.message().simplified() << Qt::endl;
            return 1;
        }
    }
    err << Tr::tr("hackdesk: unknown command \"%1\" (see hackdesk --help).").arg(rest.first()) << Qt::endl;
    return 2;
}

} // namespace hd
