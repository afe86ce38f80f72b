#pragma once

#include "money.h"

#include <QDateTime>
#include <QString>

namespace hd {

// The hackathon itself: one per database.
struct Event
{
    QString uid; // random id, tells this event's files (judge packets, exports) from another's
    QString name;
    QString organiser;
    QString sponsor;
    QString timeZone = QStringLiteral("Asia/Shanghai"); // IANA id the dates are shown in
    QDateTime launchAt;
    QDateTime rfcDeadline;
    QDateTime prDeadline;
    QDateTime resultsAt;
    QString currency = QStringLiteral("CNY");
    Fen starFen = 0; // the value of one star
    Fen capFen = 0;  // per-person cap on cash; 0 = no cap
    Fen poolFen = 0; // total prize pool
};

} // namespace hd
