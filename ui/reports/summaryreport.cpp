// The summary report: what the sponsor gets. Event header, figures, the 看板 dashboard, the charts and the
// leaderboards.

#include "charts/charts.h"
#include "reportbuilders.h"
#include "reports/chartdata.h"
#include "reports/summary.h"
#include "services/payoutdata.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace hd::reports {

namespace {

// How many people the summary's leaderboard table lists.
constexpr int LeaderboardRows = 20;

QString deadlineName(Milestone::Kind kind)
{
    switch (kind) {
    case Milestone::Launch:
        return ReportDocument::tr("launch");
    case Milestone::RfcDeadline:
        return ReportDocument::tr("RFC deadline");
    case Milestone::PrDeadline:
        return ReportDocument::tr("PR deadline");
    case Milestone::Results:
        return ReportDocument::tr("results");
    }
    return {};
}

QString percent(int value)
{
    return QLocale().toString(value) + u'%';
}

} // namespace

std::unique_ptr<ReportDocument> summary(const Context &ctx)
{
    const QLocale locale;
    const Summary s = Summary::load(ctx.db);
    const PayoutReport payouts = computePayouts(ctx.db);
    const ChartData data = ChartData::load(ctx.db, &payouts, ctx.options.today);
    const EventFigures f = EventFigures::from(s, payouts, ctx.options.generatedAt);

    auto doc = newDocument(ctx, ReportKind::Summary);
    doc->heading(ctx.event.name, 1);
    QStringList who;
    if (!ctx.event.organiser.isEmpty())
        who << ReportDocument::tr("Organiser: %1").arg(ctx.event.organiser);
    if (!ctx.event.sponsor.isEmpty())
        who << ReportDocument::tr("Sponsor: %1").arg(ctx.event.sponsor);
    if (!who.isEmpty())
        doc->paragraph(who.join(u"   "_s), ReportDocument::Tone::Muted);
    doc->paragraph(ReportDocument::tr("Launch %1 · RFC deadline %2 · PR deadline %3 · results %4")
                       .arg(eventDate(ctx, ctx.event.launchAt), eventDate(ctx, ctx.event.rfcDeadline),
                            eventDate(ctx, ctx.event.prDeadline), eventDate(ctx, ctx.event.resultsAt)),
                   ReportDocument::Tone::Muted);

    const QString next = f.nextDeadline ? ReportDocument::tr("%n day(s) to the %1", nullptr, f.daysToNextDeadline)
                                              .arg(deadlineName(f.nextDeadline->kind))
                                        : ReportDocument::tr("none ahead");
    doc->figures(
        {{ReportDocument::tr("tasks"), locale.toString(f.tasks)},
         {ReportDocument::tr("claimed"), locale.toString(f.claimed)},
         {ReportDocument::tr("submitted"), locale.toString(f.submitted)},
         {ReportDocument::tr("completed"), locale.toString(f.completed)},
         {ReportDocument::tr("completion rate"), f.completionPercent < 0 ? u"–"_s : percent(f.completionPercent)},
         {ReportDocument::tr("prize pool"), money(ctx, f.poolFen)},
         {ReportDocument::tr("committed"), money(ctx, f.committedFen)},
         {ReportDocument::tr("remaining"), money(ctx, f.remainingFen())},
         {ReportDocument::tr("participants"), locale.toString(f.participants)},
         {ReportDocument::tr("next deadline"), next}});

    // The 看板信息 dashboard, per track.
    doc->heading(ReportDocument::tr("Dashboard"), 2);
    const QList<ReportDocument::Column> dashboardColumns = {
        {ReportDocument::tr("Direction"), Qt::AlignLeft, 40},
        {ReportDocument::tr("Tasks"), Qt::AlignRight, 10},
        {ReportDocument::tr("Submitted / claimed"), Qt::AlignRight, 16},
        {ReportDocument::tr("Submit rate"), Qt::AlignRight, 11},
        {ReportDocument::tr("Completed"), Qt::AlignRight, 11},
        {ReportDocument::tr("Completion rate"), Qt::AlignRight, 12}};
    auto dashboardRow = [&](const QString &name, const DashboardRow &r) {
        return QStringList{name,
                           locale.toString(r.tasks),
                           u"%1 / %2"_s.arg(locale.toString(r.submitted), locale.toString(r.claimed)),
                           percent(r.submitRatePercent()),
                           locale.toString(r.finished),
                           percent(r.finishRatePercent())};
    };
    if (std::none_of(data.dashboard.begin(), data.dashboard.end(),
                     [](const TrackDashboard &t) { return t.total.tasks > 0; }))
        doc->paragraph(ReportDocument::tr("No tasks yet: the dashboard fills as tasks are added."),
                       ReportDocument::Tone::Muted);
    for (const TrackDashboard &t : data.dashboard) {
        if (t.total.tasks == 0)
            continue;
        doc->heading(t.track.name, 3);
        QList<QStringList> rows;
        for (const DashboardRow &r : t.directions)
            rows << dashboardRow(r.direction.isEmpty() ? ReportDocument::tr("Other") : r.direction, r);
        rows << dashboardRow(ReportDocument::tr("Total"), t.total);
        doc->table(dashboardColumns, rows, {int(rows.size() - 1)});
    }

    // The charts, as vector graphics.
    doc->pageBreak();
    doc->heading(ReportDocument::tr("Charts"), 2);
    const ChartStyle style = ChartStyle::forPrint(ReportDocument::fontFamilies());
    qsizetype directions = 0;
    for (const TrackDashboard &t : data.dashboard)
        directions +=
            std::count_if(t.directions.begin(), t.directions.end(), [](const DashboardRow &r) { return r.tasks > 0; });
    doc->chart(createChart(ChartKind::Progress, data, style), 0.5);
    doc->chart(createChart(ChartKind::Directions, data, style), std::clamp(0.22 + 0.045 * qreal(directions), 0.4, 1.2));
    doc->chart(createChart(ChartKind::PoolSplit, data, style),
               std::clamp(0.22 + 0.05 * qreal(data.pool.tracks.size() + 1), 0.35, 1.0));
    doc->chart(createChart(ChartKind::Leaderboard, data, style), 0.55);

    // The leaderboards.
    doc->heading(ReportDocument::tr("Stars leaderboard"), 2);
    if (data.leaderboard.isEmpty()) {
        doc->paragraph(ReportDocument::tr("Nobody has stars yet."), ReportDocument::Tone::Muted);
    } else {
        QList<QStringList> rows;
        for (const StarsEntry &e : data.leaderboard.mid(0, LeaderboardRows))
            rows << QStringList{locale.toString(e.rank),
                                u"@"_s + e.login,
                                e.name,
                                e.stars.toString(),
                                money(ctx, e.paidFen),
                                e.starOfTheEvent ? ReportDocument::tr("Star of the event") : QString()};
        doc->table({{ReportDocument::tr("Rank"), Qt::AlignRight, 8},
                    {ReportDocument::tr("Login"), Qt::AlignLeft, 24},
                    {ReportDocument::tr("Name"), Qt::AlignLeft, 26},
                    {ReportDocument::tr("Stars"), Qt::AlignRight, 10},
                    {ReportDocument::tr("Paid"), Qt::AlignRight, 16},
                    {ReportDocument::tr("Title"), Qt::AlignLeft, 16}},
                   rows);
        if (data.leaderboard.size() > LeaderboardRows)
            doc->paragraph(ReportDocument::tr("%n more people have stars; the payouts report lists everyone.", nullptr,
                                              int(data.leaderboard.size() - LeaderboardRows)),
                           ReportDocument::Tone::Muted);
    }

    doc->heading(ReportDocument::tr("Finishers"), 2);
    bool anyFinisher = false;
    for (const TrackDashboard &t : data.dashboard) {
        if (t.finishers.isEmpty())
            continue;
        anyFinisher = true;
        QStringList names;
        for (const FinisherCount &c : t.finishers)
            names << u"@%1 (%2)"_s.arg(c.login).arg(c.count);
        doc->paragraph(t.track.name, ReportDocument::Tone::Strong);
        doc->paragraph(names.join(u"  "_s));
    }
    if (!anyFinisher)
        doc->paragraph(ReportDocument::tr("Nobody has finished a task yet."), ReportDocument::Tone::Muted);
    return doc;
}

} // namespace hd::reports
