#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace hd {

class Database;
class ReportDocument;

// The PDF reports `hackdesk report` and File > Export write.
//   summary       event header, figures, the 看板 dashboard, the charts, the leaderboards
//   payouts       one row per person with their items, stars, gross, paid and cap flag; totals per track
//                 and in all against the pool (equal to `payouts --format json`); sign-off lines
//   certificates  one page per finisher, camper who passed and prize winner
//   judging       per judged track the ranking (raw, normalised, judges), the judges' score distributions, then
//                 a page per judge with their scores
//   score-sheets  a blank sheet per judge and assigned submission, for paper judging
enum class ReportKind { Summary, Payouts, Judging, Certificates, ScoreSheets };
inline constexpr ReportKind AllReportKinds[] = {ReportKind::Summary, ReportKind::Payouts, ReportKind::Judging,
                                                ReportKind::Certificates, ReportKind::ScoreSheets};

QString reportKindKey(ReportKind kind); // "summary", "payouts", "judging", "certificates", "score-sheets"
std::optional<ReportKind> reportKindFromKey(QStringView key);
QString reportKindName(ReportKind kind); // translated title: "Summary", "Payouts" …

// What a report is generated with; the defaults are "now".
struct ReportOptions
{
    QDateTime generatedAt; // shown in every footer; invalid = now
    QDate today;           // cuts the progress chart; invalid = today in the event's time zone
    qint64 trackId = 0;    // judging, score sheets: only this track (0 = every judged track)
    QString judgeLogin;    // judging, score sheets: only this judge's pages (empty = every judge)
};

// The report as a document, ready to write. Throws hd::Error.
std::unique_ptr<ReportDocument> buildReport(const Database &db, ReportKind kind, const ReportOptions &options = {});
// Builds the report and writes it as a PDF, all or nothing; returns the number of pages. Throws hd::Error.
int writeReportPdf(const Database &db, ReportKind kind, const QString &path, const ReportOptions &options = {});
// Writes the 看板信息 dashboard and 统计信息 leaderboard of every track as Markdown (see
// dashboardMarkdown). Throws hd::Error.
void writeDashboardMarkdown(const Database &db, const QString &path);

} // namespace hd
