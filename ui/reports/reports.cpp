#include "reports.h"

#include "io/filewriter.h"
#include "model/currency.h"
#include "model/error.h"
#include "reportbuilders.h"
#include "reports/chartdata.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reports)
};
} // namespace

QString reportKindKey(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Summary:
        return u"summary"_s;
    case ReportKind::Payouts:
        return u"payouts"_s;
    case ReportKind::Judging:
        return u"judging"_s;
    case ReportKind::Certificates:
        return u"certificates"_s;
    case ReportKind::ScoreSheets:
        return u"score-sheets"_s;
    }
    return {};
}

std::optional<ReportKind> reportKindFromKey(QStringView key)
{
    for (const ReportKind kind : AllReportKinds)
        if (key.compare(reportKindKey(kind), Qt::CaseInsensitive) == 0)
            return kind;
    return std::nullopt;
}

QString reportKindName(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Summary:
        return Tr::tr("Summary");
    case ReportKind::Payouts:
        return Tr::tr("Payouts");
    case ReportKind::Judging:
        return Tr::tr("Judging results");
    case ReportKind::Certificates:
        return Tr::tr("Certificates");
    case ReportKind::ScoreSheets:
        return Tr::tr("Score sheets");
    }
    return {};
}

namespace reports {

std::unique_ptr<ReportDocument> newDocument(const Context &ctx, ReportKind kind)
{
    return std::make_unique<ReportDocument>(ctx.event.name, reportKindName(kind), ctx.options.generatedAt,
                                            ctx.event.timeZone);
}

QString money(const Context &ctx, Fen amount)
{
    return formatMoney(amount, Currency::of(ctx.event.currency));
}

QString eventDate(const Context &ctx, const QDateTime &at)
{
    if (!at.isValid())
        return u"–"_s;
    const QTimeZone zone(ctx.event.timeZone.toUtf8());
    return (zone.isValid() ? at.toTimeZone(zone) : at).date().toString(Qt::ISODate);
}

} // namespace reports

std::unique_ptr<ReportDocument> buildReport(const Database &db, ReportKind kind, const ReportOptions &options)
{
    reports::Context ctx{db, EventRepository(db).requireEvent(), options};
    if (!ctx.options.generatedAt.isValid())
        ctx.options.generatedAt = QDateTime::currentDateTimeUtc();
    switch (kind) {
    case ReportKind::Summary:
        return reports::summary(ctx);
    case ReportKind::Payouts:
        return reports::payouts(ctx);
    case ReportKind::Certificates:
        return reports::certificates(ctx);
    case ReportKind::Judging:
        return reports::judging(ctx);
    case ReportKind::ScoreSheets:
        return reports::scoreSheets(ctx);
    }
    throw Error(Tr::tr("Unknown report kind %1.").arg(int(kind)));
}

int writeReportPdf(const Database &db, ReportKind kind, const QString &path, const ReportOptions &options)
{
    return buildReport(db, kind, options)->writePdf(path);
}

void writeDashboardMarkdown(const Database &db, const QString &path)
{
    const QByteArray bytes = dashboardMarkdown(db).toUtf8();
    writeFileAtomically(path, bytes);
}

} // namespace hd
