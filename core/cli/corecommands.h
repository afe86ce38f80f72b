#pragma once

#include "commandline.h"

#include <QCommandLineParser>
#include <optional>

namespace hd {

// The commands that need only the core: init, summary, config, and those added by later features.
QList<Command> coreCommands();

// Parses a command's own options; returns an exit code when the command should stop here
// (after --help, or on wrong usage with the reason on stderr).
std::optional<int> parseCommandArgs(const CommandContext &ctx, QCommandLineParser &parser, const QString &description);

} // namespace hd
