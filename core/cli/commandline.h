#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <functional>

namespace hd {

class Database;

// What a command gets: the database path and its own arguments; it writes to out and err.
struct CommandContext
{
    QString dbPath;
    QStringList args; // the command's arguments, the command name first
    QTextStream &out;
    QTextStream &err;
    Database &database() const; // opened on first use; throws hd::Error
    mutable std::shared_ptr<Database> opened;
};

// A headless command such as `hackdesk init`; returns the process exit code or throws hd::Error.
struct Command
{
    QString name;
    QString synopsis; // "init [--demo]"
    QString summary;  // one translated line for --help
    std::function<int(const CommandContext &)> run;
};

// The `hackdesk` command line: global options, the commands, help and exit codes.
// Exit codes: 0 success, 1 failure (one-line reason on stderr), 2 wrong usage.
class CommandLine
{
public:
    CommandLine(); // knows the core commands
    void add(const Command &command);
    // Whether these arguments ask for a command (or help/version) rather than the window.
    static bool wantsCommand(const QStringList &arguments);
    int run(const QStringList &arguments, QTextStream &out, QTextStream &err) const;
    QString help() const;

private:
    QList<Command> m_commands;
};

} // namespace hd
