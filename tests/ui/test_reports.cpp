#include "charts/charts.h"
#include "demo/demoevent.h"
#include "io/csv.h"
#include "judging/judgingservice.h"
#include "mainwindow.h"
#include "model/error.h"
#include "models/eventtables.h"
#include "models/filterproxy.h"
#include "pages/tablepage.h"
#include "reports/certificates.h"
#include "reports/chartdata.h"
#include "reports/pdftext.h"
#include "reports/reportdocument.h"
#include "reports/reports.h"
#include "reports/tablecsv.h"
#include "rules/payoutcalculator.h"
#include "services/editionprofile.h"
#include "services/payoutdata.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/participantrepository.h"
#include "storage/rubricrepository.h"
#include "storage/sqlquery.h"
#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"
#include "support/demoscores.h"
#include "testutil.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QTimeZone>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// The text of a PDF as poppler extracts it (pages from first to last, all when 0).
QString pdfText(const QString &path, int first = 0, int last = 0)
{
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (first > 0)
        args << u"-f"_s << QString::number(first) << u"-l"_s << QString::number(last > 0 ? last : first);
    args << u"-raw"_s << path << u"-"_s;
    QProcess p;
    p.start(u"pdftotext"_s, args);
    if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed (tools/deps installs poppler-utils): "
                      << p.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Text without any white space: pdftotext puts spaces and line breaks where the layout has gaps.
QString squeezed(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

const QDateTime generatedAt(QDate(2024, 6, 20), QTime(12, 30), QTimeZone(8 * 3600));

class Reports : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(dir.path(u"demo.sqlite"_s));
        addDemoData(*db);
    }

    QString write(ReportKind kind, int *pages = nullptr)
    {
        const QString path = dir.path(reportKindKey(kind) + u".pdf"_s);
        const int n = writeReportPdf(*db, kind, path, {generatedAt, QDate(2024, 12, 31)});
        if (pages)
            *pages = n;
        return path;
    }

    TempDir dir;
    std::unique_ptr<Database> db;
};

} // namespace

TEST_F(Reports, TheSummaryHoldsTheHeaderFiguresDashboardChartsAndLeaderboard)
{
    int pages = 0;
    const QString path = write(ReportKind::Summary, &pages);
    EXPECT_TRUE(readAll(path).startsWith("%PDF-"));
    const QString text = pdfText(path);
    const Event event = EventRepository(*db).requireEvent();
    const QString flat = squeezed(text);
    EXPECT_TRUE(flat.contains(squeezed(event.name)));
    EXPECT_TRUE(flat.contains(squeezed(event.organiser)));
    EXPECT_TRUE(text.contains(u"¥500,000"_s));
    EXPECT_TRUE(text.contains(u"2024-06-14"_s));
    const ChartData data = ChartData::load(*db, nullptr, QDate(2024, 12, 31));
    for (const TrackDashboard &t : data.dashboard) {
        EXPECT_TRUE(flat.contains(squeezed(t.track.name))) << t.track.name.toStdString();
        for (const DashboardRow &r : t.directions) {
            if (!r.direction.isEmpty()) {
                EXPECT_TRUE(flat.contains(squeezed(r.direction))) << r.direction.toStdString();
            }
        }
    }
    // The charts are vector graphics: their words are text in the PDF.
    EXPECT_TRUE(text.contains(u"Claim progress"_s));
    EXPECT_TRUE(text.contains(u"Tasks by direction"_s));
    EXPECT_TRUE(text.contains(u"Prize pool by track"_s));
    EXPECT_TRUE(text.contains(u"@"_s + data.leaderboard.first().login));
    // A header and a footer on every page.
    for (int page = 1; page <= pages; ++page) {
        const QString one = pdfText(path, page);
        EXPECT_TRUE(squeezed(one).contains(squeezed(event.name))) << page;
        EXPECT_TRUE(one.contains(u"Page %1 of %2"_s.arg(page).arg(pages))) << page;
        EXPECT_TRUE(one.contains(u"Generated 2024-06-20 12:30 (Asia/Shanghai)"_s)) << page;
    }
}

TEST_F(Reports, ExtractedTextIsExactlyWhatWasWrittenChineseIncluded)
{
    // Characters Noto Sans CJK draws with the glyphs of radicals (⿊ ⻜ ⾦ …), which Qt 6.4 maps back to the
    // radicals, beside plain text.
    const QString written = u"黑客松 飞桨 龍門 長見 言金 青風 齊黃 龜骨 鬼 民 开源之星 ¥2,000 Ω µ <b>&amp;</b>"_s;
    ReportDocument doc(u"黑客马拉松"_s, u"Test"_s, generatedAt, u"Asia/Shanghai"_s);
    doc.heading(u"标题 黑"_s);
    doc.paragraph(written);
    doc.table({{u"名称"_s}, {u"值"_s, Qt::AlignRight}}, {{u"飞桨 黑"_s, u"¥1,500"_s}});
    const QString path = dir.path(u"exact.pdf"_s);
    doc.writePdf(path);
    const QString text = pdfText(path);
    EXPECT_TRUE(squeezed(text).contains(squeezed(written))) << text.toStdString();
    EXPECT_TRUE(squeezed(text).contains(u"飞桨黑¥1,500"_s)) << text.toStdString();
    EXPECT_TRUE(squeezed(text).contains(u"黑客马拉松"_s));
    for (const QChar radical : {QChar(0x2FCA), QChar(0x2EDC), QChar(0x2FA6)})
        EXPECT_FALSE(text.contains(radical)) << text.toStdString();
}

TEST_F(Reports, TheTextFixLeavesOtherFilesAlone)
{
    EXPECT_EQ(fixPdfTextMapping("not a pdf", u"黑"_s), QByteArray("not a pdf"));
    ReportDocument doc(u"Event"_s, u"Test"_s, generatedAt, u"UTC"_s);
    doc.paragraph(u"Plain ASCII only"_s);
    const QByteArray pdf = doc.toPdf();
    EXPECT_EQ(fixPdfTextMapping(pdf, doc.plainText()), pdf);
}

TEST_F(Reports, PayoutTotalsEqualThePayoutsJson)
{
    int pages = 0;
    const QString path = write(ReportKind::Payouts, &pages);
    const QString text = pdfText(path);
    const QJsonObject json = QJsonDocument::fromJson(payoutReportToJson(computePayouts(*db))).object();
    EXPECT_TRUE(text.contains(formatYuan(json[u"total_fen"_s].toInteger()))) << text.toStdString();
    EXPECT_TRUE(text.contains(formatYuan(json[u"gross_fen"_s].toInteger())));
    EXPECT_TRUE(text.contains(formatYuan(json[u"cap_reduction_fen"_s].toInteger())));
    EXPECT_TRUE(text.contains(formatYuan(json[u"pool_fen"_s].toInteger())));
    for (const QJsonValue &t : json[u"tracks"_s].toArray()) {
        EXPECT_TRUE(text.contains(formatYuan(t[u"committed_fen"_s].toInteger())));
        EXPECT_TRUE(squeezed(text).contains(squeezed(t[u"name"_s].toString())));
    }
    const QJsonArray people = json[u"people"_s].toArray();
    ASSERT_FALSE(people.isEmpty());
    for (const QJsonValue &p : people) {
        EXPECT_TRUE(text.contains(u"@"_s + p[u"login"_s].toString())) << p[u"login"_s].toString().toStdString();
        EXPECT_TRUE(text.contains(formatYuan(p[u"paid_fen"_s].toInteger())));
        for (const QJsonValue &line : p[u"lines"_s].toArray())
            EXPECT_TRUE(squeezed(text).contains(squeezed(line[u"item"_s].toString())))
                << line[u"item"_s].toString().toStdString();
    }
    EXPECT_TRUE(text.contains(u"Checked by (finance office)"_s));
}

TEST_F(Reports, LongTablesBreakAcrossPagesWithTheirHeaderRepeated)
{
    // 150 more finishers: the per-person table runs over several pages.
    ParticipantRepository people(*db);
    TaskRepository tasks(*db);
    for (int i = 0; i < 150; ++i) {
        const qint64 who = people.insert({0, u"runner-%1"_s.arg(i), u"跑者 %1"_s.arg(i), {}, {}});
        Task t;
        t.trackId = 1;
        t.number = 1000 + i;
        t.title = u"长任务 %1"_s.arg(i);
        t.stars = Stars::whole(1);
        t.finisherId = who;
        t.locked = true;
        tasks.insert(t);
    }
    int pages = 0;
    const QString path = write(ReportKind::Payouts, &pages);
    int withHeader = 0;
    for (int page = 1; page <= pages; ++page) {
        const QString one = pdfText(path, page);
        if (one.contains(u"runner-"_s)) {
            EXPECT_TRUE(one.contains(u"Items"_s) && one.contains(u"Gross"_s)) << "page " << page;
            ++withHeader;
        }
    }
    EXPECT_GE(withHeader, 3);
}

TEST_F(Reports, OneCertificatePageForEachFinisherCamperAndWinner)
{
    const QList<Certificate> all = loadCertificates(*db);
    ASSERT_FALSE(all.isEmpty());
    const auto count = [&](Certificate::Kind kind) {
        return std::count_if(all.begin(), all.end(), [&](const Certificate &c) { return c.kind == kind; });
    };
    EXPECT_GT(count(Certificate::Finisher), 0);
    EXPECT_EQ(count(Certificate::CampPassed),
              SqlQuery::scalar(*db, u"SELECT count(*) FROM camp_result WHERE passed = 1"_s).toInt());
    EXPECT_EQ(count(Certificate::StarOfTheEvent), computePayouts(*db).starsOfTheEvent.size());
    EXPECT_EQ(count(Certificate::Finisher),
              SqlQuery::scalar(*db, uR"(SELECT count(DISTINCT t.finisher_id || '/' || t.track_id) FROM task t
                                        JOIN track k ON k.id = t.track_id
                                        WHERE t.finisher_id IS NOT NULL AND t.removed = 0
                                          AND k.kind IN ('tasks', 'fundable'))"_s)
                  .toInt());

    int pages = 0;
    const QString path = write(ReportKind::Certificates, &pages);
    EXPECT_EQ(pages, all.size());
    for (int page = 1; page <= pages; page += 7) {
        const QString one = pdfText(path, page);
        EXPECT_TRUE(one.contains(u"@"_s + all[page - 1].login)) << page;
    }
}

TEST_F(Reports, MarkupInNamesAndTitlesPrintsLiterally)
{
    const QString name = u"<b>Bold</b> &amp; <img src=x> 黑"_s;
    const QString title = u"<script>alert('x')</script> <i>斜体</i>"_s;
    const QString direction = u"<h1>方向</h1>"_s;
    ParticipantRepository people(*db);
    const qint64 who = people.insert({0, u"markup-fan"_s, name, {}, {}});
    Task t;
    t.trackId = 1;
    t.number = 777;
    t.title = title;
    t.stars = Stars::whole(3);
    t.finisherId = who;
    t.locked = true;
    t.directionId = EventRepository(*db).ensureDirection(1, direction);
    TaskRepository(*db).insert(t);

    for (const ReportKind kind : {ReportKind::Summary, ReportKind::Payouts, ReportKind::Certificates}) {
        const QString text = squeezed(pdfText(write(kind)));
        if (kind == ReportKind::Summary) {
            EXPECT_TRUE(text.contains(squeezed(direction)));
        } else {
            EXPECT_TRUE(text.contains(squeezed(name))) << reportKindKey(kind).toStdString();
            EXPECT_TRUE(text.contains(squeezed(title))) << reportKindKey(kind).toStdString();
        }
    }
    EXPECT_TRUE(dashboardMarkdown(*db).contains(direction));
}

TEST_F(Reports, TheJudgingReportRanksEachTrackAndGivesEachJudgeAPage)
{
    ASSERT_GT(scoreTrack(*db, u"fundable"_s), 0);
    const JudgeAssignmentRepository judging(*db);
    const Track fundable = EventRepository(*db).resolveTrack(u"fundable"_s);
    const Track articles = EventRepository(*db).resolveTrack(u"articles"_s);
    int pages = 0;
    const QString path = write(ReportKind::Judging, &pages);
    const QString text = pdfText(path);
    const QString flat = squeezed(text);
    EXPECT_TRUE(flat.contains(squeezed(u"Judging results: "_s + fundable.name)));
    EXPECT_TRUE(flat.contains(squeezed(u"Judging results: "_s + articles.name)));
    EXPECT_TRUE(text.contains(u"Provisional"_s));
    EXPECT_TRUE(text.contains(u"Score distributions by judge"_s)); // the chart, as text
    // Every ranked submission with its rank, raw and normalised result as `results --format json` gives them.
    const QJsonArray results = QJsonDocument::fromJson(resultsJson(*db, fundable.id)).array();
    ASSERT_FALSE(results.isEmpty());
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        const QString row = squeezed(
            u"%1 #%2 %3"_s.arg(r[u"rank"_s].toInt()).arg(r[u"submission"_s].toInteger()).arg(r[u"title"_s].toString()));
        EXPECT_TRUE(flat.contains(row)) << row.toStdString();
        EXPECT_TRUE(text.contains(formatResult(r[u"raw"_s].toDouble()))) << r[u"raw"_s].toDouble();
        EXPECT_TRUE(text.contains(formatResult(r[u"normalised"_s].toDouble())));
    }
    // A page for each judge with assignments, opening with their name and holding their comments.
    int judgePages = 0;
    for (const Judge &j : judging.judges(fundable.id)) {
        bool assigned = false;
        for (const Assignment &a : judging.assignments(fundable.id))
            assigned = assigned || a.judgeId == j.id;
        if (!assigned)
            continue;
        ++judgePages;
        EXPECT_TRUE(flat.contains(squeezed(u"(@%1) · %2"_s.arg(j.login, fundable.name)))) << j.login.toStdString();
        EXPECT_TRUE(flat.contains(squeezed(u"Comment of judge %1"_s.arg(j.id))));
    }
    EXPECT_GT(judgePages, 2);
    EXPECT_GE(pages, 2 + judgePages);

    // A final track says since when and by whom.
    JudgingResultRepository(*db).finalise(fundable.id, u"organiser"_s);
    const QString final = buildReport(*db, ReportKind::Judging, {generatedAt, {}, fundable.id, {}})->plainText();
    EXPECT_TRUE(final.contains(u"(finalised by organiser)"_s)) << final.left(400).toStdString();
    EXPECT_FALSE(final.contains(u"Provisional"_s));

    // One track, one judge.
    const Judge first = judging.judges(fundable.id).first();
    ReportOptions options{generatedAt, QDate(2024, 12, 31), fundable.id, first.login};
    const QString only = buildReport(*db, ReportKind::Judging, options)->plainText();
    EXPECT_FALSE(only.contains(articles.name));
    EXPECT_TRUE(only.contains(u"(@%1) · "_s.arg(first.login)));
    for (const Judge &j : judging.judges(fundable.id))
        if (j.id != first.id) {
            EXPECT_FALSE(only.contains(u"(@%1) · "_s.arg(j.login))) << j.login.toStdString();
        }
}

TEST_F(Reports, ScoreSheetsGiveEachJudgeABlankSheetPerAssignedSubmission)
{
    const JudgeAssignmentRepository judgeRepo(*db);
    const SubmissionRepository submissionRepo(*db);
    const RubricRepository rubricRepo(*db);
    const Track fundable = EventRepository(*db).resolveTrack(u"fundable"_s);
    const Rubric rubric = rubricRepo.requireRubric(fundable.id);
    const Judge judge = judgeRepo.judges(fundable.id).first();
    ReportOptions options{generatedAt, QDate(2024, 12, 31), fundable.id, judge.login};
    const QString path = dir.path(u"sheets.pdf"_s);
    const int pages = writeReportPdf(*db, ReportKind::ScoreSheets, path, options);
    QList<qint64> mine;
    for (const Assignment &a : judgeRepo.assignments(fundable.id))
        if (a.judgeId == judge.id)
            mine << a.submissionId;
    ASSERT_FALSE(mine.isEmpty());
    EXPECT_EQ(pages, mine.size()); // one page each
    for (int page = 1; page <= pages; ++page) {
        const QString one = squeezed(pdfText(path, page));
        const Submission s = *submissionRepo.submission(mine[page - 1]);
        EXPECT_TRUE(one.contains(squeezed(u"Submission #%1: %2"_s.arg(s.id).arg(s.title)))) << page;
        EXPECT_TRUE(one.contains(squeezed(u"(@"_s + judge.login + u')'))) << page;
        for (const Criterion &c : rubric.judgedCriteria()) {
            EXPECT_TRUE(one.contains(squeezed(c.name))) << c.name.toStdString();
            for (const Anchor &a : c.anchors)
                EXPECT_TRUE(one.contains(squeezed(a.text))) << a.text.toStdString();
        }
        EXPECT_TRUE(one.contains(u"____(1–10)"_s)) << page;
        EXPECT_TRUE(one.contains(squeezed(u"Judge's signature"_s))) << page;
        EXPECT_TRUE(one.contains(squeezed(u"judge %1, submission %2"_s.arg(judge.login).arg(s.id)))) << page;
    }
    // Every judge of every judged track: as many pages as assignments, nothing scored on them.
    ASSERT_GT(scoreTrack(*db, u"fundable"_s), 0);
    int all = 0;
    writeReportPdf(*db, ReportKind::ScoreSheets, path, {generatedAt, {}, 0, {}});
    for (const Track &t : EventRepository(*db).tracks())
        if (rubricRepo.rubric(t.id))
            all += int(judgeRepo.assignments(t.id).size());
    EXPECT_EQ(buildReport(*db, ReportKind::ScoreSheets)->plainText().count(u"Judge's signature"_s), all);
    EXPECT_FALSE(pdfText(path).contains(u"Comment of judge"_s));

    // A judge who does not exist, a track nobody judges.
    try {
        buildReport(*db, ReportKind::ScoreSheets, {generatedAt, {}, 0, u"nobody-here"_s});
        ADD_FAILURE() << "no error for an unknown judge";
    } catch (const Error &e) {
        EXPECT_TRUE(e.message().contains(u"nobody-here"_s)) << e.message().toStdString();
    }
    const qint64 tasks = EventRepository(*db).resolveTrack(u"tasks"_s).id;
    EXPECT_THROW(buildReport(*db, ReportKind::Judging, {generatedAt, {}, tasks, {}}), Error);
}

TEST_F(Reports, MarkupInJudgesAndSubmissionsPrintsLiterally)
{
    JudgeAssignmentRepository judgeRepo(*db);
    SubmissionRepository submissionRepo(*db);
    const Track fundable = EventRepository(*db).resolveTrack(u"fundable"_s);
    Submission s = submissionRepo.submissions(fundable.id).first();
    s.title = u"<b>粗体</b> & <a href=x>link</a>"_s;
    submissionRepo.updateSubmission(s);
    Judge j = judgeRepo.judges(fundable.id).first();
    j.name = u"<i>评委</i>"_s;
    judgeRepo.updateJudge(j);
    ASSERT_GT(scoreTrack(*db, u"fundable"_s), 0);
    for (const ReportKind kind : {ReportKind::Judging, ReportKind::ScoreSheets}) {
        const QString text = squeezed(pdfText(write(kind)));
        EXPECT_TRUE(text.contains(squeezed(s.title))) << reportKindKey(kind).toStdString();
        EXPECT_TRUE(text.contains(squeezed(j.name))) << reportKindKey(kind).toStdString();
    }
}

TEST_F(Reports, WithoutJudgingDataTheJudgingReportsSaySo)
{
    db.reset();
    const QString path = dir.path(u"plain.sqlite"_s);
    db = std::make_unique<Database>(path);
    initEvent(*db);
    EXPECT_TRUE(buildReport(*db, ReportKind::Judging)->plainText().contains(u"Nothing is judged yet"_s));
    EXPECT_TRUE(buildReport(*db, ReportKind::ScoreSheets)->plainText().contains(u"No score sheets"_s));
    for (const ReportKind kind : AllReportKinds)
        EXPECT_EQ(reportKindFromKey(reportKindKey(kind)), kind);
    EXPECT_FALSE(reportKindFromKey(u"bogus"_s));
}

TEST_F(Reports, TheDashboardMarkdownIsWhatTheIssueExportAppends)
{
    const QString path = dir.path(u"dashboard.md"_s);
    writeDashboardMarkdown(*db, path);
    const QString markdown = QString::fromUtf8(readAll(path));
    EXPECT_EQ(markdown, dashboardMarkdown(*db));
    EXPECT_EQ(markdown.count(u"### 看板信息"_s), EventRepository(*db).tracks().size());
    EXPECT_EQ(markdown.count(u"### 统计信息"_s), EventRepository(*db).tracks().size());
}

TEST_F(Reports, EveryTableOfTheWindowExportsAsCsv)
{
    db.reset();
    MainWindow window(dir.path(u"demo.sqlite"_s));
    for (const MainWindow::Page page : {MainWindow::Tracks, MainWindow::Tasks, MainWindow::People, MainWindow::Claims,
                                        MainWindow::Board, MainWindow::Problems}) {
        TablePage *table = window.page(page);
        ASSERT_TRUE(table);
        const QList<CsvRecord> rows = parseCsv(tableCsv(table->proxy()));
        ASSERT_EQ(rows.size(), table->proxy()->rowCount() + 1) << int(page);
        EXPECT_EQ(rows.first().fields.size(), table->proxy()->columnCount());
        EXPECT_EQ(rows.first().fields.first(), table->proxy()->headerData(0, Qt::Horizontal).toString());
    }
    TablePage *board = window.page(MainWindow::Board);
    board->proxy()->setColumnFilter(EventTables::BoardDirection, u"合作伙伴"_s);
    const QString path = dir.path(u"board.csv"_s);
    EXPECT_EQ(writeTableCsv(board->proxy(), path), board->proxy()->rowCount());
    const QList<CsvRecord> rows = readCsvFile(path);
    ASSERT_EQ(rows.size(), board->proxy()->rowCount() + 1);
    EXPECT_FALSE(rows[1].fields.value(EventTables::BoardClaimants).isEmpty());
}

// Every report of an event set up from the sprint profile names that event only: no trace of the 6th
// edition's name, sponsor or currency.
TEST(EditionReports, ASprintEventsReportsNameOnlyTheSprint)
{
    TempDir dir;
    Database db(dir.path(u"sprint.sqlite"_s));
    EditionProfile::load(u"sprint"_s).apply(db);
    EventRepository events(db);
    const qint64 track = events.tracks().first().id;
    TaskRepository tasks(db);
    ParticipantRepository people(db);
    ClaimRepository claims(db);
    const QDateTime launch = events.requireEvent().launchAt;
    for (int n = 1; n <= 3; ++n) {
        Task t;
        t.trackId = track;
        t.number = n;
        t.title = u"Sprint task %1"_s.arg(n);
        t.stars = Stars::whole(n);
        const qint64 taskId = tasks.insert(t);
        const qint64 who = people.insert({0, u"dev-%1"_s.arg(n), u"Dev %1"_s.arg(n), {}, {}});
        Claim c;
        c.taskId = taskId;
        c.participantId = who;
        c.claimedAt = c.updatedAt = launch.addDays(n);
        c.status = n < 3 ? ClaimStatus::Completed : ClaimStatus::PrSubmitted;
        claims.insert(c);
        if (n < 3) {
            Task done = *tasks.get(taskId);
            done.finisherId = who;
            done.locked = true;
            tasks.update(done);
        }
    }
    for (const ReportKind kind : AllReportKinds) {
        const QString path = dir.path(reportKindKey(kind) + u".pdf"_s);
        writeReportPdf(db, kind, path, {generatedAt, QDate(2025, 10, 1)});
        const QString text = pdfText(path);
        for (const QString &foreign : {u"PaddlePaddle"_s, u"飞桨"_s, u"Hackathon 6th"_s, u"¥"_s})
            EXPECT_FALSE(text.contains(foreign))
                << reportKindKey(kind).toStdString() << " holds " << foreign.toStdString();
        // An English event's reports in the English window hold no Chinese at all (labels included).
        static const QRegularExpression chinese(u"[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]"_s);
        const QRegularExpressionMatch found = chinese.match(text);
        EXPECT_FALSE(found.hasMatch()) << reportKindKey(kind).toStdString() << " holds Chinese: "
                                       << text.mid(qMax(0, int(found.capturedStart()) - 20), 40).toStdString();
        EXPECT_TRUE(squeezed(text).contains(u"OpenSourceSprint2025"_s)) << reportKindKey(kind).toStdString();
    }
    EXPECT_TRUE(pdfText(dir.path(u"payouts.pdf"_s)).contains(u"$100"_s));
}

    // The window's table export keeps a would-be formula text, as the other exports do; numbers stay numbers.
    TEST(TableCsv, WouldBeFormulasStayText)
    {
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({u"Name"_s, u"Fen"_s});
        model.appendRow({new QStandardItem(u"=HYPERLINK(\"http://x\")"_s), new QStandardItem(u"-5"_s)});
        model.appendRow({new QStandardItem(u"@SUM(A1)"_s), new QStandardItem(u"+cmd"_s)});
        model.appendRow({new QStandardItem(u"\t=1"_s), new QStandardItem(u"张三"_s)});
        const QList<CsvRecord> rows = parseCsv(tableCsv(&model));
        ASSERT_EQ(rows.size(), 4);
        EXPECT_EQ(rows[1].fields, (QStringList{u"'=HYPERLINK(\"http://x\")"_s, u"-5"_s}));
        EXPECT_EQ(rows[2].fields, (QStringList{u"'@SUM(A1)"_s, u"'+cmd"_s}));
        EXPECT_EQ(rows[3].fields, (QStringList{u"'\t=1"_s, u"张三"_s}));
    }

TEST(PayoutsReport, AHandfulOfPeopleFitOnOnePage)
{
    TempDir dir;
    Database db(dir.path(u"small.sqlite"_s));
    initEvent(db);
    const qint64 track = EventRepository(db).tracks().first().id;
    ParticipantRepository people(db);
    TaskRepository tasks(db);
    for (int i = 0; i < 2; ++i) {
        Task t;
        t.trackId = track;
        t.number = i + 1;
        t.title = u"任务 %1"_s.arg(i + 1);
        t.stars = Stars::whole(2);
        t.finisherId = people.insert({0, u"finisher-%1"_s.arg(i), u"完成者 %1"_s.arg(i), {}, {}});
        t.locked = true;
        tasks.insert(t);
    }
    const QString path = dir.path(u"payouts.pdf"_s);
    ASSERT_EQ(computePayouts(db).people.size(), 2);
    EXPECT_EQ(writeReportPdf(db, ReportKind::Payouts, path, {generatedAt, QDate(2024, 12, 31)}), 1);
    const QString text = pdfText(path);
    EXPECT_TRUE(text.contains(u"@finisher-0"_s) && text.contains(u"@finisher-1"_s)) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Approved by (sponsor)"_s));
}

// A heading never ends a page: it goes over to the page of what follows it, a paragraph or a table.
TEST(ReportLayout, AHeadingStaysOnThePageOfWhatFollowsIt)
{
    TempDir dir;
    const QString path = dir.path(u"headings.pdf"_s);
    // Lines enough to bring the heading to the foot of the first page, one more each time.
    int checked = 0;
    for (int lines = 40; lines <= 75; ++lines) {
        for (const bool table : {false, true}) {
            ReportDocument doc(u"Event"_s, u"Layout"_s, generatedAt, u"UTC"_s);
            for (int i = 0; i < lines; ++i)
                doc.paragraph(u"Line %1"_s.arg(i));
            doc.heading(u"Kept heading"_s, 2);
            if (table)
                doc.table({{u"Column"_s}}, {{u"First row"_s}});
            else
                doc.paragraph(u"First row"_s);
            const int pages = doc.writePdf(path);
            for (int page = 1; page <= pages; ++page) {
                const QString text = pdfText(path, page);
                if (text.contains(u"Kept heading"_s)) {
                    EXPECT_TRUE(text.contains(u"First row"_s)) << lines << " lines, table " << table << ": page "
                                                               << page << " ends in the heading";
                    ++checked;
                }
            }
        }
    }
    EXPECT_EQ(checked, 72);
}

// An empty sprint event: the dashboard's heading is followed by a word on its page, not left at the foot.
TEST(EditionReports, AnEmptySprintsSummaryKeepsTheDashboardHeadingWithItsText)
{
    TempDir dir;
    Database db(dir.path(u"sprint.sqlite"_s));
    EditionProfile::load(u"sprint"_s).apply(db);
    const QString path = dir.path(u"summary.pdf"_s);
    const int pages = writeReportPdf(db, ReportKind::Summary, path, {generatedAt, QDate(2025, 10, 1)});
    for (int page = 1; page <= pages; ++page) {
        QStringList lines = pdfText(path, page).split(u'\n', Qt::SkipEmptyParts);
        const qsizetype at = lines.indexOf(u"Dashboard"_s);
        if (at < 0)
            continue;
        ASSERT_LT(at + 1, lines.size()) << "page " << page;
        EXPECT_EQ(lines[at + 1], u"No tasks yet: the dashboard fills as tasks are added."_s);
    }
}

// The charts of a report keep the proportions they were given: a chart half as high as wide prints so.
TEST(ReportLayout, ChartsKeepTheirProportions)
{
    TempDir dir;
    Database db(dir.path(u"demo.sqlite"_s));
    addDemoData(db);
    const ChartData data = ChartData::load(db, nullptr, QDate(2024, 12, 31));
    for (const qreal ratio : {0.5, 0.9}) {
        ReportDocument doc(u"Event"_s, u"Charts"_s, generatedAt, u"UTC"_s);
        doc.chart(createChart(ChartKind::Directions, data, ChartStyle::forPrint(ReportDocument::fontFamilies())),
                  ratio);
        const QString pdf = dir.path(u"chart.pdf"_s);
        doc.writePdf(pdf);
        QProcess render;
        render.start(u"pdftoppm"_s, {u"-r"_s, u"50"_s, u"-png"_s, u"-singlefile"_s, pdf, dir.path(u"chart"_s)});
        ASSERT_TRUE(render.waitForFinished(60'000) && render.exitCode() == 0);
        const QImage page(dir.path(u"chart.png"_s));
        ASSERT_FALSE(page.isNull());
        // What is drawn between the header's rule and the footer's: the chart's frame and insides.
        const int top = int(page.height() * 24.0 / 297), bottom = int(page.height() * (297 - 17.0) / 297);
        QRect drawn;
        for (int y = top; y < bottom; ++y)
            for (int x = 0; x < page.width(); ++x)
                if (qGray(page.pixel(x, y)) < 235)
                    drawn |= QRect(x, y, 1, 1);
        ASSERT_FALSE(drawn.isEmpty());
        EXPECT_NEAR(qreal(drawn.height()) / drawn.width(), ratio, 0.04) << drawn.width() << "x" << drawn.height();
    }
}
