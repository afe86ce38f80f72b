#pragma once

#include "rules/payoutcalculator.h"

namespace hd {

class Database;

// Gathers what the payout rules need from the database: finishers of tasks, camp defences, merged
// articles with their ranks, fundable projects with completion, defence and team shares.
PayoutInput payoutInput(const Database &db);
// The event's payouts as they stand.
PayoutReport computePayouts(const Database &db);

} // namespace hd
