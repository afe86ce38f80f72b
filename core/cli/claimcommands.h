#pragma once

#include "commandline.h"

#include <QList>

namespace hd {

// claim add|remove: claims made and corrected by hand, headless (see services/manualclaims.h).
QList<Command> claimCommands();

} // namespace hd
