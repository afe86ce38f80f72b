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
    // "zh_CN" or "en": the language of what HackDesk writes for GitHub (tables, bot replies).
    QString language = QStringLiteral("zh_CN");
    QString timeZone = QStringLiteral("UTC"); // IANA id the dates are shown in
    QDateTime launchAt;
    QDateTime rfcDeadline;
    QDateTime prDeadline;
    QDateTime resultsAt;
    QString currency = QStringLiteral("CNY");
    // Amounts below are in the currency's minor units (fen, cents), see Currency.
    Fen starFen = 0; // the value of one star
    Fen capFen = 0;  // per-person cap on cash; 0 = no cap
    Fen poolFen = 0; // total prize pool
};

} // namespace hd
