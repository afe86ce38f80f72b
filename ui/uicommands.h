#pragma once

#include "cli/commandline.h"

namespace hd {

// Commands that need the ui library (report rendering); added to the core's command line.
QList<Command> uiCommands();

} // namespace hd
