#pragma once

#include "commandline.h"

#include <QList>

namespace hd {

// editions, export-edition, track and tier: an event's set-up from the command line.
QList<Command> editionCommands();

} // namespace hd
