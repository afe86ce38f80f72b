#pragma once

#include "model/money.h"
#include "rules/payoutcalculator.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace hd {

class Database;

// Who gets a certificate, and for what: one per person and track for finishers of tasks and fundable
// projects, one per camper who passed the defence, one per ranked article (stage 2), and one for each
// "开源之星" (star of the event). Sorted by login (case-insensitive), then by kind and track position.
struct Certificate
{
    enum Kind { Finisher, CampPassed, ArticlePrize, StarOfTheEvent };
    Kind kind = Finisher;
    QString login;
    QString name;      // empty when unknown
    QString trackName; // empty for StarOfTheEvent
    // Finisher: "No.8 title" per task; CampPassed: the project; ArticlePrize: the article's title.
    QStringList items;
    QString grade; // CampPassed: the grade
    int rank = 0;  // ArticlePrize: the stage-2 rank
    Stars stars;   // StarOfTheEvent: all the person's stars
};

// `payouts` names the stars of the event (computed when not given).
QList<Certificate> loadCertificates(const Database &db, const PayoutReport *payouts = nullptr);

} // namespace hd
