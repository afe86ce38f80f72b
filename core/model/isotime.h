#pragma once

#include <QDateTime>
#include <QString>

namespace hd {

// ISO 8601 text of t that reads back as the same instant: with t's own offset, or in UTC ("Z") when that
// offset has seconds, which ISO 8601 cannot write (local mean time before time zones, such as +08:05:43
// in Asia/Shanghai before 1901: written as +08:05 it read back 43 s later at every round trip).
QString isoDateTimeText(const QDateTime &t);

} // namespace hd
