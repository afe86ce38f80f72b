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

std::unique_ptr<ReportDocument> payouts(const Context &ctx)
{
    using Doc = ReportDocument;
    const QLocale locale;
    const PayoutReport r = computePayouts(ctx.db);
    const ChartData data = ChartData::load(ctx.db, &r, ctx.options.today);

    auto doc = newDocument(ctx, ReportKind::Payouts);
    doc->heading(Doc::tr("Payouts: %1").arg(ctx.event.name), 1);
    QStringList rules{Doc::tr("1 star = %1").arg(formatYuan(ctx.event.starFen))};
    rules << (ctx.event.capFen > 0 ? Doc::tr("cap %1 per person").arg(formatYuan(ctx.event.capFen))
                                   : Doc::tr("no cap per person"));
    rules << (r.poolFen > 0 ? Doc::tr("prize pool %1").arg(formatYuan(r.poolFen)) : Doc::tr("no prize pool set"));
    doc->paragraph(rules.join(u" · "_s), Doc::Tone::Muted);

    int capped = 0;
    for (const PersonPayout &p : r.people)
        capped += p.capped;
    doc->figures({{Doc::tr("people paid"), locale.toString(r.people.size())},
                  {Doc::tr("total paid"), formatYuan(r.totalFen)},
                  {Doc::tr("gross before the cap"), formatYuan(r.grossFen)},
                  {Doc::tr("cap reduction"), formatYuan(r.capReductionFen)},
                  {Doc::tr("people capped"), locale.toString(capped)}});

    // Per track and in all, against the budgets and the pool.
    doc->heading(Doc::tr("Per track"), 2);
    QList<QStringList> trackRows;
    for (const TrackPayout &t : r.tracks)
        trackRows << QStringList{t.name,
                                 t.budgetFen > 0 ? formatYuan(t.budgetFen) : Doc::tr("not set"),
                                 formatYuan(t.grossFen),
                                 formatYuan(t.committedFen),
                                 t.budgetFen > 0 ? formatYuan(t.budgetFen - t.committedFen) : u"–"_s,
                                 t.overBudget ? Doc::tr("over budget") : QString()};
    trackRows << QStringList{Doc::tr("All tracks (prize pool)"),
                             r.poolFen > 0 ? formatYuan(r.poolFen) : Doc::tr("not set"),
                             formatYuan(r.grossFen),
                             formatYuan(r.totalFen),
                             r.poolFen > 0 ? formatYuan(r.poolFen - r.totalFen) : u"–"_s,
                             r.overPool ? Doc::tr("over the pool") : QString()};
    doc->table({{Doc::tr("Track"), Qt::AlignLeft, 30},
                {Doc::tr("Budget"), Qt::AlignRight, 14},
                {Doc::tr("Gross"), Qt::AlignRight, 14},
                {Doc::tr("Committed"), Qt::AlignRight, 14},
                {Doc::tr("Remaining"), Qt::AlignRight, 14},
                {Doc::tr("Status"), Qt::AlignLeft, 14}},
               trackRows, {int(trackRows.size() - 1)});
    doc->paragraph(Doc::tr("Committed is what the track's lines are paid after the cap; gross is before it."),
                   Doc::Tone::Muted);

    QStringList warnings = r.warnings;
    for (const OverQuotaArticle &a : r.overQuota)
        warnings << Doc::tr("Article No.%1 by @%2 is number %3 to merge: over the quota, not paid in stage 1.")
                        .arg(a.number)
                        .arg(a.login)
                        .arg(a.position);
    if (!warnings.isEmpty()) {
        doc->heading(Doc::tr("Warnings"), 2);
        for (const QString &w : warnings)
            doc->paragraph(w, Doc::Tone::Warning);
    }

    const ChartStyle style = ChartStyle::forPrint(ReportDocument::fontFamilies());
    doc->chart(createChart(ChartKind::PoolSplit, data, style),
               std::clamp(0.22 + 0.05 * qreal(data.pool.tracks.size() + 1), 0.35, 1.0));
    doc->chart(createChart(ChartKind::Leaderboard, data, style), 0.5);
    doc->chart(createChart(ChartKind::Progress, data, style), 0.45);

    // One row per person, on pages of their own.
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
                              formatYuan(p.grossFen),
                              formatYuan(p.paidFen),
                              p.capped ? Doc::tr("capped") : QString()};
    }
    people << QStringList{QString(),
                          Doc::tr("Total"),
                          Doc::tr("%n people", nullptr, int(r.people.size())),
                          Doc::tr("%n item(s)", nullptr, int(lines)),
                          allStars.toString(),
                          formatYuan(r.grossFen),
                          formatYuan(r.totalFen),
                          capped ? Doc::tr("%n capped", nullptr, capped) : QString()};
    doc->longTable(Doc::tr("Per person"),
                   {{u"#"_s, Qt::AlignRight, 5},
                    {Doc::tr("Login"), Qt::AlignLeft, 15},
                    {Doc::tr("Name"), Qt::AlignLeft, 12},
                    {Doc::tr("Items"), Qt::AlignLeft, 33},
                    {Doc::tr("Stars"), Qt::AlignRight, 7},
                    {Doc::tr("Gross"), Qt::AlignRight, 10},
                    {Doc::tr("Paid"), Qt::AlignRight, 10},
                    {Doc::tr("Cap"), Qt::AlignLeft, 8}},
                   people, {int(people.size() - 1)});
    if (!r.starsOfTheEvent.isEmpty())
        doc->paragraph(Doc::tr("Stars of the event (开源之星): %1").arg(u"@"_s + r.starsOfTheEvent.join(u", @"_s)));

    doc->heading(Doc::tr("Sign-off"), 2);
    doc->paragraph(Doc::tr("We have checked the amounts above against the event's rules: %1 to %n people.", nullptr,
                           int(r.people.size()))
                       .arg(formatYuan(r.totalFen)));
    doc->signatureLines({Doc::tr("Prepared by (organisers)"), Doc::tr("Checked by (finance office)"),
                         Doc::tr("Approved by (sponsor)")});
    return doc;
}

} // namespace hd::reports
