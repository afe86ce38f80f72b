#pragma once

#include "cli/commandline.h"

#include <QStringList>

namespace hd {

// Commands that need the ui library (report rendering); added to the core's command line.
QList<Command> uiCommands();

// Whether these arguments run a command that draws (report): it needs a QApplication, which main()
// creates on the offscreen platform so that no display is needed.
bool commandNeedsWidgets(const QStringList &arguments);
// Before that QApplication is made: the offscreen platform, and Qt's notice that a cron job has no
// XDG_RUNTIME_DIR kept off stderr.
void prepareHeadlessWidgets();

} // namespace hd
