// The payouts report: what the finance office gets. One row per person with their items, stars, gross, paid
// and the cap flag; totals per track and in all against the pool, the same numbers as `payouts --format
// json`; the event's warnings; lines to sign on.

#include "charts/charts.h"
#include "reportbuilders.h"
#include "reports/chartdata.h"
#include "services/payoutdata.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace hd::reports {

namespace {
// Up to this many people, the payouts fit on one page.
constexpr qsizetype HandfulOfPeople = 5;
} // namespace

std::unique_ptr<ReportDocument> payouts(const Context &ctx)
{
    const QLocale locale;
    const PayoutReport r = computePayouts(ctx.db);
    const ChartData data = ChartData::load(ctx.db, &r, ctx.options.today);

    auto doc = newDocument(ctx, ReportKind::Payouts);
    doc->heading(ReportDocument::tr("Payouts: %1").arg(ctx.event.name), 1);
    QStringList rules{ReportDocument::tr("1 star = %1").arg(money(ctx, ctx.event.starFen))};
    rules << (ctx.event.capFen > 0 ? ReportDocument::tr("cap %1 per person").arg(money(ctx, ctx.event.capFen))
                                   : ReportDocument::tr("no cap per person"));
    rules << (r.poolFen > 0 ? ReportDocument::tr("prize pool %1").arg(money(ctx, r.poolFen))
                            : ReportDocument::tr("no prize pool set"));
    doc->paragraph(rules.join(u" · "_s), ReportDocument::Tone::Muted);

    int capped = 0;
    for (const PersonPayout &p : r.people)
        capped += p.capped;
    doc->figures({{ReportDocument::tr("people paid"), locale.toString(r.people.size())},
                  {ReportDocument::tr("total paid"), money(ctx, r.totalFen)},
                  {ReportDocument::tr("gross before the cap"), money(ctx, r.grossFen)},
                  {ReportDocument::tr("cap reduction"), money(ctx, r.capReductionFen)},
                  {ReportDocument::tr("people capped"), locale.toString(capped)}});

    // Per track and in all, against the budgets and the pool.
    doc->heading(ReportDocument::tr("Per track"), 2);
    QList<QStringList> trackRows;
    for (const TrackPayout &t : r.tracks)
        trackRows << QStringList{t.name,
                                 t.budgetFen > 0 ? money(ctx, t.budgetFen) : ReportDocument::tr("not set"),
                                 money(ctx, t.grossFen),
                                 money(ctx, t.committedFen),
                                 t.budgetFen > 0 ? money(ctx, t.budgetFen - t.committedFen) : u"–"_s,
                                 t.overBudget ? ReportDocument::tr("over budget") : QString()};
    trackRows << QStringList{ReportDocument::tr("All tracks (prize pool)"),
                             r.poolFen > 0 ? money(ctx, r.poolFen) : ReportDocument::tr("not set"),
                             money(ctx, r.grossFen),
                             money(ctx, r.totalFen),
                             r.poolFen > 0 ? money(ctx, r.poolFen - r.totalFen) : u"–"_s,
                             r.overPool ? ReportDocument::tr("over the pool") : QString()};
    doc->table({{ReportDocument::tr("Track"), Qt::AlignLeft, 30},
                {ReportDocument::tr("Budget"), Qt::AlignRight, 14},
                {ReportDocument::tr("Gross"), Qt::AlignRight, 14},
                {ReportDocument::tr("Committed"), Qt::AlignRight, 14},
                {ReportDocument::tr("Remaining"), Qt::AlignRight, 14},
                {ReportDocument::tr("Status"), Qt::AlignLeft, 14}},
               trackRows, {int(trackRows.size() - 1)});
    doc->paragraph(
        ReportDocument::tr("Committed is what the track's lines are paid after the cap; gross is before it."),
        ReportDocument::Tone::Muted);

    QStringList warnings = r.warnings;
    for (const OverQuotaArticle &a : r.overQuota)
        warnings << ReportDocument::tr(
                        "Article No.%1 by @%2 is number %3 to merge: over the quota, not paid in stage 1.")
                        .arg(a.number)
                        .arg(a.login)
                        .arg(a.position);
    if (!warnings.isEmpty()) {
        doc->heading(ReportDocument::tr("Warnings"), 2);
        for (const QString &w : warnings)
            doc->paragraph(w, ReportDocument::Tone::Warning);
    }

    // A handful of people fit on the first page, after the pool's chart; more get the leaderboard and the
    // progress charts and a table on pages of their own.
    const bool handful = r.people.size() <= HandfulOfPeople;
    const ChartStyle style = ChartStyle::forPrint(ReportDocument::fontFamilies());
    doc->chart(createChart(ChartKind::PoolSplit, data, style),
               std::clamp(0.22 + 0.05 * qreal(data.pool.tracks.size() + 1), 0.35, 1.0) * (handful ? 0.7 : 1.0));
    if (!handful) {
        doc->chart(createChart(ChartKind::Leaderboard, data, style), 0.5);
        doc->chart(createChart(ChartKind::Progress, data, style), 0.45);
    }

    // One row per person.
    QHash<qint64, QString> trackNames;
    for (const TrackPayout &t : r.tracks)
        trackNames.insert(t.id, t.name);
    QList<QStringList> people;
    people.reserve(r.people.size() + 1);
    Stars allStars;
    qsizetype lines = 0;
    for (qsizetype i = 0; i < r.people.size(); ++i) {
        const PersonPayout &p = r.people[i];
        QStringList items;
        for (const PayoutLine &l : p.lines)
            items << (p.lines.size() > 1 ? u"• "_s + l.item : l.item); // a bullet tells items from wrapped lines
        allStars += p.stars;
        lines += p.lines.size();
        people << QStringList{locale.toString(i + 1),
                              u"@"_s + p.login,
                              p.name,
                              items.join(u'\n'),
                              p.stars.toString(),
                              money(ctx, p.grossFen),
                              money(ctx, p.paidFen),
                              p.capped ? ReportDocument::tr("capped") : QString()};
    }
    people << QStringList{QString(),
                          ReportDocument::tr("Total"),
                          ReportDocument::tr("%n people", nullptr, int(r.people.size())),
                          ReportDocument::tr("%n item(s)", nullptr, int(lines)),
                          allStars.toString(),
                          money(ctx, r.grossFen),
                          money(ctx, r.totalFen),
                          capped ? ReportDocument::tr("%n capped", nullptr, capped) : QString()};
    const QList<ReportDocument::Column> columns = {{u"#"_s, Qt::AlignRight, 5},
                                                   {ReportDocument::tr("Login"), Qt::AlignLeft, 15},
                                                   {ReportDocument::tr("Name"), Qt::AlignLeft, 12},
                                                   {ReportDocument::tr("Items"), Qt::AlignLeft, 33},
                                                   {ReportDocument::tr("Stars"), Qt::AlignRight, 7},
                                                   {ReportDocument::tr("Gross"), Qt::AlignRight, 10},
                                                   {ReportDocument::tr("Paid"), Qt::AlignRight, 10},
                                                   {ReportDocument::tr("Cap"), Qt::AlignLeft, 8}};
    if (handful) {
        doc->heading(ReportDocument::tr("Per person"), 2);
        doc->table(columns, people, {int(people.size() - 1)});
    } else {
        doc->longTable(ReportDocument::tr("Per person"), columns, people, {int(people.size() - 1)});
    }
    if (!r.starsOfTheEvent.isEmpty())
        doc->paragraph(ReportDocument::tr("Stars of the event: %1").arg(u"@"_s + r.starsOfTheEvent.join(u", @"_s)));

    doc->heading(ReportDocument::tr("Sign-off"), 2);
    doc->paragraph(ReportDocument::tr("We have checked the amounts above against the event's rules: %1 to %n people.",
                                      nullptr, int(r.people.size()))
                       .arg(money(ctx, r.totalFen)));
    doc->signatureLines({ReportDocument::tr("Prepared by (organisers)"),
                         ReportDocument::tr("Checked by (finance office)"),
                         ReportDocument::tr("Approved by (sponsor)")});
    return doc;
}

} // namespace hd::reports
