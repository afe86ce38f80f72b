#include "uicommands.h"

namespace hd {

QList<Command> uiCommands()
{
    return {};
}

} // namespace hd
