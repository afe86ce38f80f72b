#include "charts/chartpanel.h"
#include "charts/charts.h"
#include "demo/demoevent.h"
#include "eventeditor.h"
#include "eventsession.h"
#include "judging/judgingeditor.h"
#include "mainwindow.h"
#include "pages/overviewpage.h"
#include "reports/chartdata.h"
#include "reports/summary.h"
#include "services/issueimport.h"
#include "services/payoutdata.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/participantrepository.h"
#include "storage/rubricrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "support/demoscores.h"
#include "testutil.h"

#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QLineSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <cmath>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

class Charts : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.path(u"demo.sqlite"_s);
        db = std::make_unique<Database>(path);
        addDemoData(*db);
    }

    // The bars of a chart's (one) bar series: set label → values, in the order on the axis.
    static QMap<QString, QList<qreal>> bars(QChart *chart)
    {
        QMap<QString, QList<qreal>> out;
        for (QAbstractSeries *s : chart->series())
            if (auto *series = qobject_cast<QAbstractBarSeries *>(s))
                for (QBarSet *set : series->barSets())
                    for (int i = 0; i < set->count(); ++i)
                        out[set->label()].append(set->at(i));
        return out;
    }

    static QStringList categories(QChart *chart)
    {
        for (QAbstractAxis *axis : chart->axes())
            if (auto *c = qobject_cast<QBarCategoryAxis *>(axis))
                return c->categories();
        return {};
    }

    TempDir dir;
    QString path;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Charts, ProgressEndsOnTheDatabaseFiguresAndRunsFromLaunchToResults)
{
    const ProgressSeries p = loadProgress(*db, QDate(2024, 12, 31));
    const Summary s = Summary::load(*db);
    int claimed = 0, submitted = 0, completed = 0;
    for (const auto &t : s.tracks) {
        claimed += t.claimed;
        submitted += t.submitted;
        completed += t.completed;
    }
    ASSERT_GT(p.days(), 0);
    EXPECT_EQ(p.first, QDate(2024, 3, 20));
    EXPECT_EQ(p.axisEnd, QDate(2024, 6, 20));
    EXPECT_EQ(p.claimed.last(), claimed);
    EXPECT_EQ(p.submitted.last(), submitted);
    EXPECT_EQ(p.completed.last(), completed);
    EXPECT_EQ(p.submitted.size(), p.days());
    EXPECT_EQ(p.completed.size(), p.days());
    for (qsizetype i = 1; i < p.days(); ++i) {
        EXPECT_GE(p.claimed[i], p.claimed[i - 1]);
        EXPECT_GE(p.submitted[i], p.submitted[i - 1]);
        EXPECT_GE(p.completed[i], p.completed[i - 1]);
    }
    EXPECT_EQ(p.milestones.size(), 4);
}

TEST_F(Charts, ProgressCountsEachTaskOnTheDayOfItsFirstClaimInTheEventTimeZone)
{
    // Late in the evening in Beijing is still the same day there, whatever UTC says.
    const QDate launch(2024, 3, 20);
    const int onDay3 = SqlQuery::scalar(*db, uR"(
        SELECT count(*) FROM task t WHERE t.removed = 0 AND
               (SELECT min(date(datetime(c.claimed_at, '+8 hours'))) FROM claim c WHERE c.task_id = t.id) <= '2024-03-22')"_s)
                           .toInt();
    const ProgressSeries p = loadProgress(*db, QDate(2024, 12, 31));
    EXPECT_EQ(p.day(2), launch.addDays(2));
    EXPECT_EQ(p.claimed[2], onDay3);
}

TEST_F(Charts, ProgressStopsTodayWhenTheEventIsStillRunning)
{
    TempDir other;
    Database fresh(other.path(u"fresh.sqlite"_s));
    initEvent(fresh);
    EventRepository events(fresh);
    Event e = events.requireEvent();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    e.launchAt = now.addDays(-5);
    e.rfcDeadline = now.addDays(10);
    e.prDeadline = now.addDays(20);
    e.resultsAt = now.addDays(30);
    events.saveEvent(e);
    const QDate today = now.toTimeZone(QTimeZone(e.timeZone.toUtf8())).date();
    const ProgressSeries p = loadProgress(fresh, today);
    EXPECT_EQ(p.days(), 6);
    EXPECT_EQ(p.axisEnd, p.first.addDays(35));
    EXPECT_EQ(p.claimed.last(), 0);
}

TEST_F(Charts, TheDashboardCountsAsTheIssueExportWritesIt)
{
    const QString markdown = dashboardMarkdown(*db);
    for (const TrackDashboard &t : loadDashboard(*db)) {
        auto row = [](const QString &name, const DashboardRow &r) {
            return u"| %1 | %2 | %3 / %4 | %5% | %6 | %7% |"_s.arg(name)
                .arg(r.tasks)
                .arg(r.submitted)
                .arg(r.claimed)
                .arg(r.submitRatePercent())
                .arg(r.finished)
                .arg(r.finishRatePercent());
        };
        // Exactly what export-issue appends to this track's issue.
        const QString body = exportIssueBody(*db, t.track);
        EXPECT_TRUE(body.contains(row(u"合计"_s, t.total))) << t.track.name.toStdString();
        EXPECT_TRUE(markdown.contains(row(u"合计"_s, t.total)));
        int tasks = 0;
        for (const DashboardRow &r : t.directions) {
            EXPECT_TRUE(body.contains(row(r.direction.isEmpty() ? u"其他"_s : r.direction, r)))
                << r.direction.toStdString();
            EXPECT_EQ(r.finishedPart + r.submittedPart + r.claimedPart + r.openPart, r.tasks);
            tasks += r.tasks;
        }
        EXPECT_EQ(tasks, t.total.tasks);
        QString board = u"> 排名不分先后"_s;
        for (const FinisherCount &f : t.finishers)
            board += u" @%1 (%2)"_s.arg(f.login).arg(f.count);
        EXPECT_TRUE(body.contains(board + u'\n'));
        EXPECT_TRUE(markdown.contains(u"## "_s + t.track.name));
        EXPECT_TRUE(markdown.contains(board + u'\n'));
    }
}

TEST_F(Charts, ProjectsClaimedByTeamsCountAsClaimed)
{
    // Every claimed task of every track counts as claimed, whether a person or a team claimed it (the
    // fundable projects are claimed by teams); a task with a linked PR of a claimant or their team as
    // submitted.
    for (const TrackDashboard &t : loadDashboard(*db)) {
        const int claimed = SqlQuery::scalar(*db,
                                             u"SELECT count(DISTINCT c.task_id) FROM claim c JOIN task t ON t.id = "
                                             u"c.task_id WHERE t.track_id = ? AND t.removed = 0"_s,
                                             {t.track.id})
                                .toInt();
        EXPECT_EQ(t.total.claimed, claimed) << t.track.name.toStdString();
    }
    const qint64 fundable = EventRepository(*db).resolveTrack(u"fundable"_s).id;
    const int teamClaims = SqlQuery::scalar(*db,
                                            u"SELECT count(*) FROM claim c JOIN task t ON t.id = c.task_id "
                                            u"WHERE t.track_id = ? AND c.team_id IS NOT NULL"_s,
                                            {fundable})
                               .toInt();
    EXPECT_GE(teamClaims, 2) << "the demo's fundable projects are claimed by teams";
}

TEST_F(Charts, ThePoolSplitAndLeaderboardAreThePayouts)
{
    const PayoutReport r = computePayouts(*db);
    const PoolSplit pool = poolSplit(r);
    Fen committed = 0;
    ASSERT_EQ(pool.tracks.size(), r.tracks.size());
    for (qsizetype i = 0; i < pool.tracks.size(); ++i) {
        EXPECT_EQ(pool.tracks[i].committedFen, r.tracks[i].committedFen);
        EXPECT_EQ(pool.tracks[i].budgetFen, r.tracks[i].budgetFen);
        committed += pool.tracks[i].committedFen;
    }
    EXPECT_EQ(committed, r.totalFen);
    EXPECT_EQ(pool.committedFen, r.totalFen);
    EXPECT_EQ(pool.poolFen, 50'000'000);

    const QList<StarsEntry> board = starsLeaderboard(r);
    ASSERT_FALSE(board.isEmpty());
    EXPECT_EQ(board.first().rank, 1);
    int stars = 0;
    for (qsizetype i = 0; i < board.size(); ++i) {
        stars += board[i].starOfTheEvent;
        if (i > 0) {
            EXPECT_LE(board[i].stars, board[i - 1].stars);
            EXPECT_EQ(board[i].rank == board[i - 1].rank, board[i].stars == board[i - 1].stars);
        }
    }
    EXPECT_EQ(stars, r.starsOfTheEvent.size());
}

TEST_F(Charts, TheChartsShowTheNumbers)
{
    const ChartData data = ChartData::load(*db, nullptr, QDate(2024, 12, 31));
    const ChartStyle style = ChartStyle::forPrint({});

    std::unique_ptr<QChart> progress(createChart(ChartKind::Progress, data, style));
    auto *claimed = qobject_cast<QLineSeries *>(progress->series().value(0));
    ASSERT_TRUE(claimed);
    EXPECT_EQ(claimed->count(), data.progress.days());
    EXPECT_EQ(int(claimed->points().last().y()), data.progress.claimed.last());

    std::unique_ptr<QChart> directions(createChart(ChartKind::Directions, data, style));
    const auto dirBars = bars(directions.get());
    int tasks = 0, shown = 0;
    for (const TrackDashboard &t : data.dashboard)
        tasks += t.total.tasks;
    qreal sum = 0;
    for (const QList<qreal> &values : dirBars)
        for (const qreal v : values)
            sum += v;
    EXPECT_EQ(int(sum), tasks);
    for (const TrackDashboard &t : data.dashboard)
        for (const DashboardRow &r : t.directions)
            shown += r.tasks > 0;
    EXPECT_EQ(categories(directions.get()).size(), shown);
    EXPECT_EQ(chartTooltips(ChartKind::Directions, data).size(), shown);

    std::unique_ptr<QChart> pool(createChart(ChartKind::PoolSplit, data, style));
    const auto poolBars = bars(pool.get());
    // Bottom to top: the pool first, then the tracks from the last.
    const QList<qreal> committed = poolBars.value(u"Committed"_s);
    ASSERT_EQ(committed.size(), data.pool.tracks.size() + 1);
    EXPECT_EQ(qRound64(committed.first() * 100), std::min(data.pool.committedFen, data.pool.poolFen));
    EXPECT_EQ(qRound64(committed.last() * 100),
              std::min(data.pool.tracks.first().committedFen, data.pool.tracks.first().budgetFen));

    std::unique_ptr<QChart> leaderboard(createChart(ChartKind::Leaderboard, data, style));
    const QStringList names = categories(leaderboard.get());
    ASSERT_EQ(names.size(), std::min<qsizetype>(LeaderboardChartSize, data.leaderboard.size()));
    EXPECT_EQ(names.last(), u"1. @"_s + data.leaderboard.first().login);
    EXPECT_EQ(chartTooltips(ChartKind::Leaderboard, data).first().section(u'\n', 0, 0).section(u' ', 0, 1),
              u"1. @"_s + data.leaderboard.first().login);
}

TEST(BoxStats, FiveNumbersAsHandComputed)
{
    const BoxStats odd = BoxStats::of({7, 1, 3, 9, 5}); // 1 3 5 7 9: halves 1 3 and 7 9
    EXPECT_DOUBLE_EQ(odd.min, 1);
    EXPECT_DOUBLE_EQ(odd.lowerQuartile, 2);
    EXPECT_DOUBLE_EQ(odd.median, 5);
    EXPECT_DOUBLE_EQ(odd.upperQuartile, 8);
    EXPECT_DOUBLE_EQ(odd.max, 9);
    EXPECT_DOUBLE_EQ(odd.mean, 5);
    EXPECT_EQ(odd.count, 5);
    const BoxStats even = BoxStats::of({4, 1, 2, 3}); // halves 1 2 and 3 4
    EXPECT_DOUBLE_EQ(even.lowerQuartile, 1.5);
    EXPECT_DOUBLE_EQ(even.median, 2.5);
    EXPECT_DOUBLE_EQ(even.upperQuartile, 3.5);
    const BoxStats one = BoxStats::of({6.5});
    EXPECT_DOUBLE_EQ(one.min, 6.5);
    EXPECT_DOUBLE_EQ(one.lowerQuartile, 6.5);
    EXPECT_DOUBLE_EQ(one.upperQuartile, 6.5);
    EXPECT_EQ(BoxStats::of({}).count, 0);
}

TEST_F(Charts, TheScoreDistributionsAreEachJudgesWeightedScores)
{
    // The demo has judges and assignments but no scores: an empty chart that says so.
    ChartData data = ChartData::load(*db);
    EXPECT_TRUE(data.scores.isEmpty());
    const ChartStyle style = ChartStyle::forPrint({});
    std::unique_ptr<QChart> empty(createChart(ChartKind::ScoreDistribution, data, style));
    EXPECT_TRUE(empty->title().contains(u"no submitted scores yet"_s)) << empty->title().toStdString();

    ASSERT_GT(scoreTrack(*db, u"fundable"_s), 0);
    const qint64 fundable = EventRepository(*db).resolveTrack(u"fundable"_s).id;
    const JudgingResultRepository judging(*db);
    data = ChartData::load(*db);
    ASSERT_EQ(data.scores.size(), 1);
    const TrackScores &t = data.scores.first();
    EXPECT_EQ(t.trackId, fundable);
    // Each judge's raw scores are their weighted scores as the results read them, normalised alike.
    const QList<JudgeScore> scores = judging.judgeScores(fundable);
    const QList<double> normalised = normalisedScores(scores);
    qsizetype total = 0;
    for (const JudgeDistribution &j : t.judges) {
        QList<double> raw, norm;
        for (qsizetype i = 0; i < scores.size(); ++i)
            if (scores[i].judgeId == j.judgeId) {
                raw << scores[i].weighted;
                norm << normalised[i];
            }
        EXPECT_EQ(j.raw, raw) << j.login.toStdString();
        EXPECT_EQ(j.normalised, norm) << j.login.toStdString();
        total += j.raw.size();
    }
    EXPECT_EQ(total, scores.size());

    std::unique_ptr<QChart> chart(createChart(ChartKind::ScoreDistribution, data, style));
    QList<QBoxPlotSeries *> series;
    for (QAbstractSeries *s : chart->series())
        if (auto *box = qobject_cast<QBoxPlotSeries *>(s))
            series << box;
    ASSERT_EQ(series.size(), 2); // raw, normalised
    EXPECT_EQ(series[0]->name(), u"Raw"_s);
    ASSERT_EQ(series[0]->count(), t.judges.size());
    ASSERT_EQ(series[1]->count(), t.judges.size());
    for (qsizetype i = 0; i < t.judges.size(); ++i) {
        EXPECT_DOUBLE_EQ(series[0]->boxSets()[i]->at(QBoxSet::Median), BoxStats::of(t.judges[i].raw).median);
        EXPECT_DOUBLE_EQ(series[1]->boxSets()[i]->at(QBoxSet::UpperExtreme), BoxStats::of(t.judges[i].normalised).max);
    }
    EXPECT_EQ(categories(chart.get()).first(), u"@"_s + t.judges.first().login);
    const QStringList tips = chartTooltips(ChartKind::ScoreDistribution, data);
    ASSERT_EQ(tips.size(), t.judges.size());
    EXPECT_TRUE(tips.first().contains(u"@"_s + t.judges.first().login));
    EXPECT_TRUE(tips.first().contains(formatResult(BoxStats::of(t.judges.first().raw).mean)));
}

TEST_F(Charts, TheOverviewChartsFollowEditsWithoutARestart)
{
    db.reset();
    MainWindow window(path);
    OverviewPage *overview = window.overview();
    ChartPanel *directions = overview->chart(ChartKind::Directions);
    ASSERT_TRUE(directions);
    auto total = [&] {
        qreal sum = 0;
        for (const QList<qreal> &values : bars(directions->chart()))
            for (const qreal v : values)
                sum += v;
        return int(sum);
    };
    const int before = total();
    EXPECT_EQ(overview->figure(u"tasks"_s), QString::number(before));

    Task t;
    t.trackId = 1;
    t.number = 999;
    t.title = u"新任务"_s;
    t.stars = Stars::whole(1);
    ASSERT_EQ(window.editor()->addTask(t, u"框架 API 开发"_s), QString());
    EXPECT_EQ(total(), before + 1);
    EXPECT_EQ(overview->figure(u"tasks"_s), QString::number(before + 1));
    window.session()->undoStack()->undo();
    EXPECT_EQ(total(), before);
}

TEST_F(Charts, TheScoreDistributionsFollowScoresWithoutARestart)
{
    db.reset();
    MainWindow window(path);
    ChartPanel *scores = window.overview()->chart(ChartKind::ScoreDistribution);
    ASSERT_TRUE(scores);
    EXPECT_TRUE(scores->tooltip(0).isEmpty()) << "no scores in the demo";
    const Database &d = window.session()->database();
    const JudgeAssignmentRepository judgeRepo(d);
    const RubricRepository rubricRepo(d);
    const qint64 fundable = EventRepository(d).resolveTrack(u"fundable"_s).id;
    const Rubric rubric = rubricRepo.requireRubric(fundable);
    const Assignment a = judgeRepo.assignments(fundable).first();
    ScoreSheet sheet;
    sheet.judgeId = a.judgeId;
    sheet.submissionId = a.submissionId;
    sheet.status = SheetStatus::Submitted;
    for (const Criterion &c : rubric.judgedCriteria())
        sheet.scores.insert(c.id, 7);
    ASSERT_EQ(JudgingEditor(window.session()).saveSheet(sheet), QString());
    EXPECT_TRUE(scores->tooltip(0).contains(u"@"_s + judgeRepo.judge(a.judgeId)->login))
        << scores->tooltip(0).toStdString();
    EXPECT_TRUE(scores->tooltip(0).contains(u"mean 7.000"_s)) << scores->tooltip(0).toStdString();
    window.session()->undoStack()->undo();
    EXPECT_TRUE(scores->tooltip(0).isEmpty());
}

TEST_F(Charts, EachChartSavesAsPngAndSvg)
{
    const ChartData data = ChartData::load(*db);
    for (const ChartKind kind : AllChartKinds) {
        ChartPanel panel(kind);
        panel.setData(data);
        const QString png = dir.path(chartKindKey(kind) + u".png"_s);
        const QString svg = dir.path(chartKindKey(kind) + u".svg"_s);
        EXPECT_EQ(panel.saveImage(png), QString());
        EXPECT_EQ(panel.saveImage(svg), QString());
        const QImage image(png);
        EXPECT_FALSE(image.isNull()) << png.toStdString();
        EXPECT_GE(image.width(), 900);
        const QByteArray svgText = readAll(svg);
        EXPECT_TRUE(svgText.contains("<svg"));
        EXPECT_TRUE(QString::fromUtf8(svgText).contains(chartTitle(kind)));
        EXPECT_FALSE(panel.saveImage(dir.path(u"chart.bmp"_s)).isEmpty());
    }
}

TEST_F(Charts, MarkupInNamesIsShownLiterally)
{
    const QString markup = u"<b>粗体</b> & <i>x</i>"_s;
    EventRepository events(*db);
    Task t;
    t.trackId = 1;
    t.number = 900;
    t.title = u"<script>alert(1)</script>"_s;
    t.directionId = events.ensureDirection(1, markup);
    TaskRepository(*db).insert(t);

    ChartPanel panel(ChartKind::Directions);
    panel.setData(ChartData::load(*db));
    EXPECT_TRUE(categories(panel.chart()).contains(markup.toHtmlEscaped()));
    bool shown = false;
    panel.resize(900, 700);
    panel.show();
    QApplication::processEvents();
    for (QGraphicsItem *item : panel.chart()->scene()->items())
        if (auto *text = dynamic_cast<QGraphicsTextItem *>(item))
            shown = shown || text->toPlainText() == markup;
    EXPECT_TRUE(shown);
    const QStringList tips = chartTooltips(ChartKind::Directions, ChartData::load(*db));
    const auto tip = std::find_if(tips.begin(), tips.end(), [&](const QString &s) { return s.startsWith(markup); });
    ASSERT_NE(tip, tips.end());
    EXPECT_TRUE(tooltipHtml(*tip).contains(markup.toHtmlEscaped()));
}

TEST_F(Charts, ChartsTakeTheColoursOfTheSystemPalette)
{
    ChartPanel panel(ChartKind::PoolSplit);
    panel.setData(ChartData::load(*db));
    QPalette dark = panel.palette();
    dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
    dark.setColor(QPalette::Text, QColor(0xEE, 0xEE, 0xEE));
    panel.setPalette(dark);
    EXPECT_EQ(panel.chart()->backgroundBrush().color(), QColor(0x20, 0x20, 0x20));
    EXPECT_EQ(panel.chart()->titleBrush().color(), QColor(0xEE, 0xEE, 0xEE));
    for (QAbstractAxis *axis : panel.chart()->axes())
        EXPECT_EQ(axis->labelsColor(), QColor(0xEE, 0xEE, 0xEE));
}

namespace {
// A chart's value axis.
QValueAxis *valueAxis(QChart *chart)
{
    for (QAbstractAxis *axis : chart->axes())
        if (auto *v = qobject_cast<QValueAxis *>(axis))
            return v;
    return nullptr;
}

// One track whose directions have these numbers of tasks, none claimed.
ChartData directionsOf(const QList<int> &tasks)
{
    ChartData data;
    TrackDashboard t;
    t.track.name = u"Tasks"_s;
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        DashboardRow row;
        row.direction = u"Direction %1"_s.arg(i + 1);
        row.tasks = row.openPart = tasks[i];
        t.directions << row;
        t.total.tasks += tasks[i];
    }
    data.dashboard << t;
    return data;
}
} // namespace

TEST(ChartAxes, CountAxesTickOnWholeNumbersWithoutRepeatedLabels)
{
    for (int top : {1, 2, 3, 4, 7, 13, 72, 125, 5000}) {
        std::unique_ptr<QChart> chart(
            createChart(ChartKind::Directions, directionsOf({top}), ChartStyle::forPrint({})));
        QValueAxis *axis = valueAxis(chart.get());
        ASSERT_NE(axis, nullptr);
        EXPECT_GE(axis->max(), top);
        EXPECT_LE(axis->tickCount(), 7) << top;
        QStringList labels;
        for (int i = 0; i < axis->tickCount(); ++i) {
            const qreal value = axis->min() + i * (axis->max() - axis->min()) / (axis->tickCount() - 1);
            EXPECT_EQ(value, std::round(value)) << "top " << top << ": tick " << value;
            labels << QString::number(value, 'f', 0);
        }
        EXPECT_EQ(labels.removeDuplicates(), 0) << top << ": " << labels.join(u' ').toStdString();
    }
}

TEST(ChartAxes, OneBarIsNoThickerThanAmongFour)
{
    std::unique_ptr<QChart> one(createChart(ChartKind::Directions, directionsOf({3}), ChartStyle::forPrint({})));
    std::unique_ptr<QChart> four(
        createChart(ChartKind::Directions, directionsOf({3, 1, 2, 5}), ChartStyle::forPrint({})));
    const auto width = [](QChart *chart) {
        return qobject_cast<QAbstractBarSeries *>(chart->series().first())->barWidth();
    };
    EXPECT_LE(width(one.get()), width(four.get()) / 4 + 1e-9);
    EXPECT_GT(width(one.get()), 0);
}

TEST(ChartAxes, EmptyChartsSayNoDataYet)
{
    const ChartData nothing;
    for (ChartKind kind : {ChartKind::Progress, ChartKind::Directions, ChartKind::Leaderboard}) {
        std::unique_ptr<QChart> chart(createChart(kind, nothing, ChartStyle::forPrint({})));
        EXPECT_TRUE(chart->title().contains(u"no data yet"_s)) << chart->title().toStdString();
    }
    std::unique_ptr<QChart> some(createChart(ChartKind::Directions, directionsOf({2}), ChartStyle::forPrint({})));
    EXPECT_FALSE(some->title().contains(u"no data yet"_s));
}
