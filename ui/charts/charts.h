#pragma once

#include "reports/chartdata.h"

#include <QCoreApplication>
#include <QPalette>
#include <QSizeF>
#include <QStringList>

class QChart;
class QPainter;
class QRectF;

// The event's charts, built from the numbers of core/reports/chartdata.h. The same QChart objects are
// shown on the overview and drawn into PDF reports as vector graphics.
//
// Text from GitHub (directions, logins, names) is escaped before it reaches a chart: Qt Charts shows
// axis labels as rich text.

namespace hd {

// The charts there are. ScoreDistribution: each judge's weighted scores as a box plot, raw and normalised
// side by side, one category per judge and judged track.
enum class ChartKind { Progress, Directions, PoolSplit, Leaderboard, ScoreDistribution };
inline constexpr ChartKind AllChartKinds[] = {ChartKind::Progress, ChartKind::Directions, ChartKind::PoolSplit,
                                              ChartKind::Leaderboard, ChartKind::ScoreDistribution};

QString chartKindKey(ChartKind kind); // "progress", "directions", "pool", "leaderboard", "scores": file names
QString chartTitle(ChartKind kind);   // translated

// How a chart looks: the screen's palette (dark themes included) or paper.
struct ChartStyle
{
    QPalette palette;
    bool interactive = true;  // hover tooltips
    QStringList fontFamilies; // empty = the application font

    static ChartStyle forScreen(const QPalette &palette);
    static ChartStyle forPrint(const QStringList &fontFamilies);
};

// A new chart of that kind (the caller owns it). Its property "hd.tooltips" (QStringList) holds the
// plain-text tooltip of each category, day or place, in the order ChartData lists them.
QChart *createChart(ChartKind kind, const ChartData &data, const ChartStyle &style);

// The tooltip texts, one per category (day, direction, track then the pool, leaderboard place, judge).
QStringList chartTooltips(ChartKind kind, const ChartData &data);

// How many people the leaderboard chart shows.
inline constexpr int LeaderboardChartSize = 10;

// Draws a chart into `target` as vector graphics: on a PDF page, into an SVG or an image. A chart in no
// scene is laid out at `sceneSize` (logical pixels, so fonts keep their size); a chart on screen is drawn
// as it is shown.
void renderChart(QChart *chart, QPainter *painter, const QRectF &target, const QSizeF &sceneSize);

// Text for a tooltip shown as rich text, with the plain text kept literally.
QString tooltipHtml(const QString &plain);

} // namespace hd
