#pragma once

#include "commandline.h"

#include <QList>

namespace hd {

// judges, scores, judge-packet and results: judging from the command line.
QList<Command> judgingCommands();

} // namespace hd
