#pragma once

#include "commandline.h"

namespace hd {

// camp and fundable: the boards of the code camp and the fundable projects.
QList<Command> programmeCommands();

} // namespace hd
