#pragma once

#include "commandline.h"

#include <QList>

namespace hd {

// copy-to: moves an event between an SQLite file and a PostgreSQL server (a shared event).
QList<Command> sharedCommands();

} // namespace hd
