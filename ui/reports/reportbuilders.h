#pragma once

#include "model/event.h"
#include "reportdocument.h"
#include "reports.h"

#include <memory>

// The builders of the report kinds; reports.cpp picks one. A new kind adds a file with its builder and a
// line in buildReport.

namespace hd::reports {

// What every builder gets.
struct Context
{
    const Database &db;
    Event event;
    ReportOptions options; // generatedAt and today filled in
};

// A new document with the report's header and footer.
std::unique_ptr<ReportDocument> newDocument(const Context &ctx, ReportKind kind);
// "2024-06-14" in the event's time zone; "–" when not set.
QString eventDate(const Context &ctx, const QDateTime &at);
// "€1,234.50": an amount in the event's currency.
QString money(const Context &ctx, Fen amount);

std::unique_ptr<ReportDocument> summary(const Context &ctx);
std::unique_ptr<ReportDocument> payouts(const Context &ctx);
std::unique_ptr<ReportDocument> certificates(const Context &ctx);
std::unique_ptr<ReportDocument> judging(const Context &ctx);
std::unique_ptr<ReportDocument> scoreSheets(const Context &ctx);

} // namespace hd::reports
