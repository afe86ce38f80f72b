#pragma once

#include "commandline.h"

namespace hd {

// sync: claims and PR status from GitHub into the event database.
QList<Command> syncCommands();

} // namespace hd
