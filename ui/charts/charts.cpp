#include "charts.h"

#include "judging/judgingrules.h"
#include "model/currency.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QHorizontalStackedBarSeries>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPainter>
#include <QSet>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Charts)
};

// The event's badge colours: claimed (报名) blue-green, submitted orange, completed purple.
const QColor claimedColour(0x34, 0x98, 0xDB);
const QColor submittedColour(0xF3, 0x9C, 0x12);
const QColor completedColour(0x9B, 0x59, 0xB6);
const QColor openColour(0xBD, 0xC3, 0xC7);
const QColor committedColour(0x27, 0xAE, 0x60);
const QColor remainingColour(0xD5, 0xDB, 0xDB);
const QColor warningColour(0xC0, 0x39, 0x2B);
const QColor starColour(0xF1, 0xC4, 0x0F);

QString money(const ChartData &data, Fen fen)
{
    return formatMoney(fen, Currency::of(data.currency));
}

QString stars(Stars s)
{
    return Tr::tr("%1 stars").arg(s.toString());
}

// A category label safe for Qt Charts' rich-text labels, unique on its axis.
QString uniqueLabel(QString label, QSet<QString> &used)
{
    label = label.simplified().toHtmlEscaped();
    QString candidate = label;
    for (int n = 2; used.contains(candidate); ++n)
        candidate = u"%1 (%2)"_s.arg(label).arg(n);
    used.insert(candidate);
    return candidate;
}

// The directions the chart shows: every dashboard row with tasks, across the tracks.
struct DirectionBar
{
    QString label; // plain
    QString trackName;
    const DashboardRow *row = nullptr;
};

QList<DirectionBar> directionBars(const ChartData &data)
{
    QList<DirectionBar> bars;
    for (const TrackDashboard &t : data.dashboard)
        for (const DashboardRow &row : t.directions)
            if (row.tasks > 0)
                bars.append({row.direction.isEmpty() ? t.track.name : row.direction, t.track.name, &row});
    return bars;
}

QList<StarsEntry> leaderboardShown(const ChartData &data)
{
    return data.leaderboard.mid(0, LeaderboardChartSize);
}

QFont chartFont(const ChartStyle &style, qreal pixelSize, bool bold = false)
{
    QFont f;
    if (!style.fontFamilies.isEmpty())
        f.setFamilies(style.fontFamilies);
    if (pixelSize > 0)
        f.setPixelSize(int(pixelSize));
    f.setBold(bold);
    if (!style.fontFamilies.isEmpty())
        f.setLetterSpacing(QFont::AbsoluteSpacing, 0.02); // print: no ligatures, so text extracts letter by letter
    return f;
}

void styleAxis(QAbstractAxis *axis, const ChartStyle &style)
{
    const QPalette &p = style.palette;
    axis->setLabelsColor(p.color(QPalette::Text));
    axis->setTitleBrush(p.color(QPalette::Text));
    axis->setLinePenColor(p.color(QPalette::Mid));
    axis->setGridLineColor(p.color(QPalette::Midlight));
    axis->setShadesVisible(false);
    if (!style.fontFamilies.isEmpty()) {
        axis->setLabelsFont(chartFont(style, 11));
        axis->setTitleFont(chartFont(style, 11));
    }
}

QChart *newChart(ChartKind kind, const ChartStyle &style)
{
    auto *chart = new QChart;
    const QPalette &p = style.palette;
    chart->setTheme(QChart::ChartThemeLight);
    chart->setBackgroundBrush(p.color(QPalette::Base));
    chart->setBackgroundPen(QPen(p.color(QPalette::Mid), 0.5));
    chart->setBackgroundRoundness(4);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitle(chartTitle(kind).toHtmlEscaped());
    chart->setProperty("hd.kind", int(kind));
    chart->setTitleBrush(p.color(QPalette::Text));
    chart->setTitleFont(style.fontFamilies.isEmpty() ? [] {
        QFont f;
        f.setBold(true);
        f.setPointSizeF(f.pointSizeF() * 1.1);
        return f;
    }()
                                                     : chartFont(style, 14, true));
    chart->legend()->setLabelColor(p.color(QPalette::Text));
    chart->legend()->setAlignment(Qt::AlignBottom);
    if (!style.fontFamilies.isEmpty())
        chart->legend()->setFont(chartFont(style, 11));
    chart->setMargins(QMargins(6, 6, 6, 6));
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true);
    return chart;
}

QBarSet *barSet(const QString &name, const QColor &colour)
{
    auto *set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(115));
    return set;
}

// Tooltips over the bars of a series, from the chart's "hd.tooltips".
void connectBarTooltips(QChart *chart, QAbstractBarSeries *series, bool reversed)
{
    QObject::connect(series, &QAbstractBarSeries::hovered, chart, [chart, reversed](bool on, int index, QBarSet *) {
        const QStringList tips = chart->property("hd.tooltips").toStringList();
        const qsizetype i = reversed ? tips.size() - 1 - index : index;
        if (on && i >= 0 && i < tips.size())
            QToolTip::showText(QCursor::pos(), tooltipHtml(tips[i]));
        else
            QToolTip::hideText();
    });
}

// A value axis from 0 to a round number at or above `top`, ticks on whole numbers only, at most about six
// of them (1, 2 or 5 times a power of ten apart): never "0 1 1 2".
void countAxis(QValueAxis *axis, qreal top)
{
    const qreal highest = std::max<qreal>(std::ceil(top), 1);
    qreal step = 1;
    for (qreal power = 1;; power *= 10) {
        const qreal candidates[] = {power, 2 * power, 5 * power};
        const auto fits = std::find_if(std::begin(candidates), std::end(candidates),
                                       [&](qreal c) { return std::ceil(highest / c) <= 5; });
        if (fits != std::end(candidates)) {
            step = *fits;
            break;
        }
    }
    const qreal max = std::ceil(highest / step) * step;
    axis->setLabelFormat(u"%.0f"_s);
    axis->setRange(0, max);
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(max / step) + 1);
    axis->setMinorTickCount(0);
}

// Says on the chart that there is nothing to show yet.
void markEmpty(QChart *chart, ChartKind kind)
{
    chart->setTitle(Tr::tr("%1: no data yet").arg(chartTitle(kind)).toHtmlEscaped());
}

// The value axis of bars from 0 to a round number above the longest bar (at least 1), on whole ticks.
void fitValues(QValueAxis *axis, QAbstractBarSeries *series)
{
    QList<qreal> totals;
    for (QBarSet *set : series->barSets())
        for (int i = 0; i < set->count(); ++i) {
            if (totals.size() <= i)
                totals.resize(i + 1, 0);
            totals[i] += set->at(i);
        }
    const qreal top = totals.isEmpty() ? 0 : *std::max_element(totals.begin(), totals.end());
    countAxis(axis, top);
}

qint64 dayX(const QDate &day)
{
    return QDateTime(day, QTime(12, 0)).toMSecsSinceEpoch();
}

QString milestoneName(Milestone::Kind kind)
{
    switch (kind) {
    case Milestone::Launch:
        return Tr::tr("Launch");
    case Milestone::RfcDeadline:
        return Tr::tr("RFC due");
    case Milestone::PrDeadline:
        return Tr::tr("PR due");
    case Milestone::Results:
        return Tr::tr("Results");
    }
    return {};
}

QChart *progressChart(const ChartData &data, const ChartStyle &style)
{
    const ProgressSeries &p = data.progress;
    QChart *chart = newChart(ChartKind::Progress, style);
    auto *x = new QDateTimeAxis;
    x->setFormat(u"MM-dd"_s);
    x->setTitleText(Tr::tr("day (event time)"));
    auto *y = new QValueAxis;
    y->setLabelFormat(u"%.0f"_s);
    y->setTitleText(Tr::tr("tasks"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    styleAxis(x, style);
    styleAxis(y, style);

    const std::tuple<QString, const QList<int> *, QColor> lines[] = {
        {Tr::tr("Claimed"), &p.claimed, claimedColour},
        {Tr::tr("Submitted"), &p.submitted, submittedColour},
        {Tr::tr("Completed"), &p.completed, completedColour}};
    int top = 1;
    for (const auto &[name, values, colour] : lines) {
        auto *series = new QLineSeries;
        series->setName(name);
        series->setPen(QPen(colour, 2.5));
        QList<QPointF> points;
        points.reserve(values->size());
        for (qsizetype i = 0; i < values->size(); ++i) {
            points.append(QPointF(qreal(dayX(p.day(i))), values->at(i)));
            top = std::max(top, values->at(i));
        }
        series->replace(points);
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    countAxis(y, top);
    const qreal yTop = y->max();
    if (p.days() == 0 || p.claimed.value(p.days() - 1) == 0)
        markEmpty(chart, ChartKind::Progress);
    // A single day is a point, not a line: show it.
    for (QAbstractSeries *series : chart->series())
        if (auto *line = qobject_cast<QLineSeries *>(series); line && p.days() == 1)
            line->setPointsVisible(true);

    const Qt::PenStyle dashes[] = {Qt::DotLine, Qt::DashLine, Qt::DashDotLine, Qt::SolidLine};
    for (const Milestone &m : p.milestones) {
        if (m.kind == Milestone::Launch || !m.date.isValid() || m.date < p.first || m.date > p.axisEnd)
            continue;
        auto *marker = new QLineSeries;
        marker->setName(milestoneName(m.kind));
        QPen pen(m.kind == Milestone::Results ? warningColour : style.palette.color(QPalette::Text));
        pen.setStyle(dashes[int(m.kind)]);
        pen.setWidthF(1.2);
        marker->setPen(pen);
        marker->append(qreal(dayX(m.date)), 0);
        marker->append(qreal(dayX(m.date)), yTop);
        chart->addSeries(marker);
        marker->attachAxis(x);
        marker->attachAxis(y);
    }
    for (QLegendMarker *m : chart->legend()->markers())
        m->setShape(QLegend::MarkerShapeFromSeries); // lines as lines, dashed ones dashed
    const QDate first = p.first.isValid() ? p.first : QDate::currentDate();
    const QDate last = p.axisEnd.isValid() ? p.axisEnd : first;
    x->setRange(QDateTime(first, QTime(0, 0)), QDateTime(last.addDays(1), QTime(0, 0)));
    x->setTickCount(std::clamp(int(first.daysTo(last) / 7) + 2, 2, 10));
    return chart;
}

// The horizontal stacked bars every bar chart here shares: categories on the left (first on top),
// values along the bottom, styled, fitted and with tooltips.
QChart *finishBarChart(QChart *chart, const QList<QBarSet *> &sets, const QStringList &categories,
                       const QString &valueTitle, qreal barWidth, const ChartStyle &style)
{
    auto *series = new QHorizontalStackedBarSeries;
    series->append(sets);
    // A bar is as thick as it would be among four: one or two bars do not fill the whole chart.
    series->setBarWidth(barWidth * std::min<qreal>(1, qreal(std::max<qsizetype>(categories.size(), 1)) / 4));
    chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    auto *values = new QValueAxis;
    values->setLabelFormat(u"%.0f"_s);
    values->setTitleText(valueTitle);
    chart->addAxis(axis, Qt::AlignLeft);
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(axis);
    series->attachAxis(values);
    styleAxis(axis, style);
    styleAxis(values, style);
    fitValues(values, series);
    if (categories.isEmpty())
        markEmpty(chart, ChartKind(chart->property("hd.kind").toInt()));
    if (style.interactive)
        connectBarTooltips(chart, series, true);
    return chart;
}

QChart *directionsChart(const ChartData &data, const ChartStyle &style)
{
    QChart *chart = newChart(ChartKind::Directions, style);
    const QList<DirectionBar> bars = directionBars(data);
    QSet<QString> used;
    QStringList categories;
    const QList<QBarSet *> sets = {barSet(Tr::tr("Completed"), completedColour),
                                   barSet(Tr::tr("Submitted"), submittedColour),
                                   barSet(Tr::tr("Claimed"), claimedColour), barSet(Tr::tr("Not claimed"), openColour)};
    // Horizontal bars run bottom to top: add them last first, so that the first is on top.
    for (auto b = bars.crbegin(); b != bars.crend(); ++b) {
        categories << uniqueLabel(b->label, used);
        *sets[0] << b->row->finishedPart;
        *sets[1] << b->row->submittedPart;
        *sets[2] << b->row->claimedPart;
        *sets[3] << b->row->openPart;
    }
    return finishBarChart(chart, sets, categories, Tr::tr("tasks"), 0.7, style);
}

QChart *poolChart(const ChartData &data, const ChartStyle &style)
{
    QChart *chart = newChart(ChartKind::PoolSplit, style);
    const PoolSplit &pool = data.pool;
    QSet<QString> used;
    QStringList categories;
    QBarSet *committed = barSet(Tr::tr("Committed"), committedColour);
    QBarSet *remaining = barSet(Tr::tr("Remaining"), remainingColour);
    QBarSet *over = barSet(Tr::tr("Over budget"), warningColour);
    auto add = [&](const QString &label, Fen budget, Fen done) {
        categories << uniqueLabel(label, used);
        const Fen within = budget > 0 ? std::min(done, budget) : done;
        *committed << qreal(within) / 100.0;
        *remaining << (budget > done ? qreal(budget - done) / 100.0 : 0.0);
        *over << (budget > 0 && done > budget ? qreal(done - budget) / 100.0 : 0.0);
    };
    // Bottom to top: the pool last, the first track on top.
    add(Tr::tr("Prize pool (all tracks)"), pool.poolFen, pool.committedFen);
    for (auto t = pool.tracks.crbegin(); t != pool.tracks.crend(); ++t)
        add(t->name, t->budgetFen, t->committedFen);
    return finishBarChart(chart, {committed, remaining, over}, categories, Tr::tr("yuan"), 0.6, style);
}

QChart *leaderboardChart(const ChartData &data, const ChartStyle &style)
{
    QChart *chart = newChart(ChartKind::Leaderboard, style);
    QSet<QString> used;
    QStringList categories;
    QBarSet *starred = barSet(Tr::tr("Star of the event"), starColour);
    QBarSet *others = barSet(Tr::tr("Stars"), claimedColour);
    const QList<StarsEntry> shown = leaderboardShown(data);
    for (auto it = shown.crbegin(); it != shown.crend(); ++it) { // bottom to top: the first on top
        const StarsEntry &e = *it;
        categories << uniqueLabel(u"%1. @%2"_s.arg(e.rank).arg(e.login), used);
        const qreal value = qreal(e.stars.milli()) / Stars::Scale;
        *starred << (e.starOfTheEvent ? value : 0.0);
        *others << (e.starOfTheEvent ? 0.0 : value);
    }
    return finishBarChart(chart, {starred, others}, categories, Tr::tr("stars"), 0.7, style);
}

// One box per judge (and judged track), first track first, judges by login.
struct JudgeBox
{
    QString label; // rich text: "@login", with the track on a second line when several are judged
    const TrackScores *track = nullptr;
    const JudgeDistribution *judge = nullptr;
};

QList<JudgeBox> judgeBoxes(const ChartData &data)
{
    QList<JudgeBox> boxes;
    for (const TrackScores &t : data.scores)
        for (const JudgeDistribution &j : t.judges) {
            // Unique without numbering: a login is unique, and a judge appears once per track.
            QString label = (u"@"_s + j.login).toHtmlEscaped();
            if (data.scores.size() > 1)
                label += u"<br>"_s + t.trackName.simplified().toHtmlEscaped();
            boxes.append({label, &t, &j});
        }
    return boxes;
}

QBoxPlotSeries *boxSeries(const QString &name, const QColor &colour)
{
    auto *series = new QBoxPlotSeries;
    series->setName(name);
    series->setBrush(colour.lighter(130));
    series->setPen(QPen(colour.darker(130), 1.2));
    series->setBoxWidth(0.6);
    return series;
}

QBoxSet *boxSet(const QList<double> &values)
{
    const BoxStats b = BoxStats::of(values);
    return new QBoxSet(b.min, b.lowerQuartile, b.median, b.upperQuartile, b.max);
}

QChart *scoresChart(const ChartData &data, const ChartStyle &style)
{
    QChart *chart = newChart(ChartKind::ScoreDistribution, style);
    const QList<JudgeBox> boxes = judgeBoxes(data);
    if (boxes.isEmpty())
        chart->setTitle(
            Tr::tr("%1: no submitted scores yet").arg(chartTitle(ChartKind::ScoreDistribution)).toHtmlEscaped());
    QBoxPlotSeries *raw = boxSeries(Tr::tr("Raw"), claimedColour);
    QBoxPlotSeries *normalised = boxSeries(Tr::tr("Normalised"), completedColour);
    QStringList categories;
    double low = 0, high = 0;
    bool first = true;
    for (const JudgeBox &b : boxes) {
        categories << b.label;
        raw->append(boxSet(b.judge->raw));
        normalised->append(boxSet(b.judge->normalised));
        for (const QList<double> *values : {&b.judge->raw, &b.judge->normalised})
            for (double v : *values) {
                low = first ? v : std::min(low, v);
                high = first ? v : std::max(high, v);
                first = false;
            }
    }
    for (QBoxPlotSeries *series : {raw, normalised})
        chart->addSeries(series);
    auto *axis = new QBarCategoryAxis;
    axis->append(categories);
    auto *values = new QValueAxis;
    values->setTitleText(Tr::tr("weighted score"));
    chart->addAxis(axis, Qt::AlignBottom);
    chart->addAxis(values, Qt::AlignLeft);
    for (QBoxPlotSeries *series : {raw, normalised}) {
        series->attachAxis(axis);
        series->attachAxis(values);
    }
    styleAxis(axis, style);
    styleAxis(values, style);
    // The scale of the rubrics, widened to what normalisation gave.
    for (const TrackScores &t : data.scores)
        if (t.scaleMax > t.scaleMin) {
            low = first ? t.scaleMin : std::min(low, double(t.scaleMin));
            high = first ? t.scaleMax : std::max(high, double(t.scaleMax));
            first = false;
        }
    values->setRange(std::floor(low), std::max(std::ceil(high), std::floor(low) + 1));
    values->applyNiceNumbers();
    if (style.interactive)
        for (QBoxPlotSeries *series : {raw, normalised})
            QObject::connect(series, &QBoxPlotSeries::hovered, chart, [chart, series](bool on, QBoxSet *set) {
                const QStringList tips = chart->property("hd.tooltips").toStringList();
                const qsizetype i = series->boxSets().indexOf(set);
                if (on && i >= 0 && i < tips.size())
                    QToolTip::showText(QCursor::pos(), tooltipHtml(tips[i]));
                else
                    QToolTip::hideText();
            });
    return chart;
}

} // namespace

QString chartKindKey(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Progress:
        return u"progress"_s;
    case ChartKind::Directions:
        return u"directions"_s;
    case ChartKind::PoolSplit:
        return u"pool"_s;
    case ChartKind::Leaderboard:
        return u"leaderboard"_s;
    case ChartKind::ScoreDistribution:
        return u"scores"_s;
    }
    return {};
}

QString chartTitle(ChartKind kind)
{
    switch (kind) {
    case ChartKind::Progress:
        return Tr::tr("Claim progress");
    case ChartKind::Directions:
        return Tr::tr("Tasks by direction");
    case ChartKind::PoolSplit:
        return Tr::tr("Prize pool by track");
    case ChartKind::Leaderboard:
        return Tr::tr("Stars leaderboard");
    case ChartKind::ScoreDistribution:
        return Tr::tr("Score distributions by judge");
    }
    return {};
}

ChartStyle ChartStyle::forScreen(const QPalette &palette)
{
    ChartStyle s;
    s.palette = palette;
    return s;
}

ChartStyle ChartStyle::forPrint(const QStringList &fontFamilies)
{
    ChartStyle s;
    QPalette p;
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, QColor(0x22, 0x22, 0x22));
    p.setColor(QPalette::Mid, QColor(0x99, 0x99, 0x99));
    p.setColor(QPalette::Midlight, QColor(0xE0, 0xE0, 0xE0));
    s.palette = p;
    s.interactive = false;
    s.fontFamilies = fontFamilies;
    return s;
}

QStringList chartTooltips(ChartKind kind, const ChartData &data)
{
    QStringList tips;
    const QLocale locale;
    switch (kind) {
    case ChartKind::Progress: {
        const ProgressSeries &p = data.progress;
        for (qsizetype i = 0; i < p.days(); ++i)
            tips << Tr::tr("%1 (day %2)\nClaimed: %3\nSubmitted: %4\nCompleted: %5")
                        .arg(locale.toString(p.day(i), QLocale::ShortFormat))
                        .arg(i + 1)
                        .arg(p.claimed[i])
                        .arg(p.submitted[i])
                        .arg(p.completed[i]);
        break;
    }
    case ChartKind::Directions:
        for (const DirectionBar &b : directionBars(data)) {
            const DashboardRow &r = *b.row;
            tips << Tr::tr("%1 · %2\nTasks: %3\nSubmitted / claimed: %4 / %5 (%6%)\nCompleted: %7 (%8%)")
                        .arg(b.label, b.trackName)
                        .arg(r.tasks)
                        .arg(r.submitted)
                        .arg(r.claimed)
                        .arg(r.submitRatePercent())
                        .arg(r.finished)
                        .arg(r.finishRatePercent());
        }
        break;
    case ChartKind::PoolSplit: {
        auto tip = [&](const QString &name, Fen budget, Fen committed) {
            if (budget <= 0)
                return Tr::tr("%1\nCommitted: %2\nNo budget set").arg(name, money(data, committed));
            if (committed > budget)
                return Tr::tr("%1\nCommitted: %2 of %3\nOver budget by %4")
                    .arg(name, money(data, committed), money(data, budget), money(data, committed - budget));
            return Tr::tr("%1\nCommitted: %2 of %3\nRemaining: %4")
                .arg(name, money(data, committed), money(data, budget), money(data, budget - committed));
        };
        for (const PoolSplit::Row &t : data.pool.tracks)
            tips << tip(t.name, t.budgetFen, t.committedFen);
        tips << tip(Tr::tr("Prize pool (all tracks)"), data.pool.poolFen, data.pool.committedFen);
        break;
    }
    case ChartKind::Leaderboard:
        for (const StarsEntry &e : leaderboardShown(data)) {
            QString tip = Tr::tr("%1. @%2 %3\n%4, paid %5")
                              .arg(e.rank)
                              .arg(e.login, e.name, stars(e.stars), money(data, e.paidFen))
                              .trimmed();
            if (e.starOfTheEvent)
                tip += u'\n' + Tr::tr("Star of the event");
            tips << tip;
        }
        break;
    case ChartKind::ScoreDistribution:
        for (const JudgeBox &b : judgeBoxes(data)) {
            const BoxStats raw = BoxStats::of(b.judge->raw), normalised = BoxStats::of(b.judge->normalised);
            auto line = [](const QString &name, const BoxStats &s) {
                return Tr::tr("%1: mean %2, median %3, %4 to %5")
                    .arg(name, formatResult(s.mean), formatResult(s.median), formatResult(s.min), formatResult(s.max));
            };
            const QString who =
                b.judge->name.isEmpty() ? u"@"_s + b.judge->login : u"%1 (@%2)"_s.arg(b.judge->name, b.judge->login);
            tips << Tr::tr("%1 · %2\n%n sheet(s) submitted", nullptr, raw.count).arg(who, b.track->trackName) + u'\n' +
                        line(Tr::tr("Raw"), raw) + u'\n' + line(Tr::tr("Normalised"), normalised);
        }
        break;
    }
    return tips;
}

QChart *createChart(ChartKind kind, const ChartData &data, const ChartStyle &style)
{
    QChart *chart = nullptr;
    switch (kind) {
    case ChartKind::Progress:
        chart = progressChart(data, style);
        break;
    case ChartKind::Directions:
        chart = directionsChart(data, style);
        break;
    case ChartKind::PoolSplit:
        chart = poolChart(data, style);
        break;
    case ChartKind::Leaderboard:
        chart = leaderboardChart(data, style);
        break;
    case ChartKind::ScoreDistribution:
        chart = scoresChart(data, style);
        break;
    }
    chart->setProperty("hd.tooltips", chartTooltips(kind, data));
    return chart;
}

void renderChart(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &sceneSize)
{
    if (QGraphicsScene *shown = chart->scene()) {
        shown->render(painter, target, chart->sceneBoundingRect(), Qt::IgnoreAspectRatio);
        return;
    }
    QGraphicsScene scene;
    scene.addItem(chart);
    chart->setPos(0, 0);
    chart->resize(sceneSize);
    if (QGraphicsLayout *layout = chart->layout())
        layout->activate();
    scene.render(painter, target, QRectF(QPointF(0, 0), sceneSize), Qt::IgnoreAspectRatio);
    scene.removeItem(chart);
}

QString tooltipHtml(const QString &plain)
{
    return u"<p style=\"white-space:pre\">"_s + plain.toHtmlEscaped() + u"</p>"_s;
}

} // namespace hd
