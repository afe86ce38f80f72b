#pragma once

#include "commandline.h"

namespace hd {

// import-issue, export-issue and payouts: the event's GitHub tables and the money.
QList<Command> issueCommands();

} // namespace hd
