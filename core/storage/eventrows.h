#pragma once

#include "model/event.h"
#include "model/track.h"

#include <QString>

namespace hd {

class SqlQuery;

// How the event and its tracks are read: their columns (of the table named `table`, if given, for a
// statement that joins), and a row of them from column `first` on. For the statements that read them
// alone (EventRepository) or with more (the summary). Only for core/storage/.
namespace eventrows {

QString eventColumns(const QString &table = {}); // with the event's language setting last
Event event(const SqlQuery &q, int first = 0);
inline constexpr int eventColumnCount = 14;

QString trackColumns(const QString &table = {});
Track track(const SqlQuery &q, int first = 0);

} // namespace eventrows

} // namespace hd
