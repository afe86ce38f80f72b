#pragma once

#include "commandline.h"

#include <QList>

namespace hd {

// import-csv and export-csv: tasks, participants and claims exchanged with spreadsheets.
QList<Command> csvCommands();

} // namespace hd
