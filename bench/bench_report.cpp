// The payouts report as a PDF for 2,000 people (with its three charts, header and footer on every page and
// the text-mapping fix), against printing a plain 2,000-row QTextDocument table of the same cells in the
// same run. The issue's aim: no more than 1.5× the plain table. Then the blank score sheets (a page per
// judge and submission) for five times the submissions against one time: writing them should grow with the
// pages, about 5×. See docs/benchmarks.md.

#include "benchcommon.h"

#include "demo/demoevent.h"
#include "model/claim.h"
#include "model/error.h"
#include "reports/reportdocument.h"
#include "reports/reports.h"
#include "rules/payoutcalculator.h"
#include "services/payoutdata.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/rubricrepository.h"
#include "storage/submissionrepository.h"

#include <QApplication>
#include <QBuffer>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;

namespace hd::bench {

namespace {

struct Sizes
{
    int people = 2000;
};

void exec(QSqlQuery &q)
{
    if (!q.exec())
        throw Error(u"%1: %2"_s.arg(q.lastQuery(), q.lastError().text()));
}

// People who each finished one to three tasks of track 1, with their claims and merged PRs spread over the
// event: the payouts report has one row per person, items on several lines, and the progress chart has data.
void populate(const Database &db, const Sizes &sizes)
{
    QRandomGenerator rng(20240320);
    Transaction tx(db);
    QSqlDatabase c = db.connection();
    const Event event = EventRepository(db).requireEvent();
    const qint64 track = EventRepository(db).tracks().first().id;
    const QDateTime launch = event.launchAt.toUTC();
    QSqlQuery person(c), task(c), claim(c), pr(c), link(c);
    person.prepare(u"INSERT INTO participant (login, name) VALUES (?, ?)"_s);
    task.prepare(
        u"INSERT INTO task (track_id, number, title, stars_milli, finisher_id, locked) VALUES (?, ?, ?, ?, ?, 1)"_s);
    claim.prepare(
        u"INSERT INTO claim (task_id, participant_id, status, claimed_at, updated_at) VALUES (?, ?, ?, ?, ?)"_s);
    pr.prepare(u"INSERT INTO pull_request (repo, number, title, author_login, state, created_at, merged_at) "
               u"VALUES ('PaddlePaddle/Paddle', ?, ?, ?, 'merged', ?, ?)"_s);
    link.prepare(u"INSERT INTO pr_task (pr_id, task_id) VALUES (?, ?)"_s);
    const qint64 stars[] = {500, 1000, 2000, 3000};
    int number = 0;
    for (int i = 0; i < sizes.people; ++i) {
        const QString login = u"dev-%1"_s.arg(i + 1);
        person.bindValue(0, login);
        person.bindValue(1, u"参赛者 %1"_s.arg(i + 1));
        exec(person);
        const qint64 who = person.lastInsertId().toLongLong();
        const int done = 1 + int(rng.bounded(3));
        for (int k = 0; k < done; ++k) {
            ++number;
            const QString title = u"为 Paddle 新增 api_%1 API"_s.arg(number);
            task.bindValue(0, track);
            task.bindValue(1, number);
            task.bindValue(2, title);
            task.bindValue(3, stars[rng.bounded(4)]);
            task.bindValue(4, who);
            exec(task);
            const qint64 taskId = task.lastInsertId().toLongLong();
            const QDateTime claimed = launch.addSecs(qint64(rng.bounded(40 * 86400)));
            const QDateTime merged = claimed.addSecs(qint64(5 * 86400 + rng.bounded(40 * 86400)));
            claim.bindValue(0, taskId);
            claim.bindValue(1, who);
            claim.bindValue(2, int(ClaimStatus::Completed));
            claim.bindValue(3, claimed.toString(Qt::ISODate));
            claim.bindValue(4, merged.toString(Qt::ISODate));
            exec(claim);
            pr.bindValue(0, 100000 + number);
            pr.bindValue(1, u"【Hackathon 6th No.%1】%2"_s.arg(number).arg(title));
            pr.bindValue(2, login);
            pr.bindValue(3, claimed.addDays(3).toString(Qt::ISODate));
            pr.bindValue(4, merged.toString(Qt::ISODate));
            exec(pr);
            link.bindValue(0, pr.lastInsertId());
            link.bindValue(1, taskId);
            exec(link);
        }
    }
    tx.commit();
}

// The cells of the per-person table, as the payouts report fills them.
QList<QStringList> personRows(const PayoutReport &r)
{
    QList<QStringList> rows;
    for (qsizetype i = 0; i < r.people.size(); ++i) {
        const PersonPayout &p = r.people[i];
        QStringList items;
        for (const PayoutLine &l : p.lines)
            items << l.item;
        rows << QStringList{QString::number(i + 1),
                            u"@"_s + p.login,
                            p.name,
                            items.join(u'\n'),
                            p.stars.toString(),
                            formatYuan(p.grossFen),
                            formatYuan(p.paidFen),
                            p.capped ? u"capped"_s : QString()};
    }
    return rows;
}

// The baseline: the same cells as a plain QTextDocument table (one header row), printed to a PDF with
// QTextDocument::print. No charts, no header or footer, no text fix, nothing read from the database.
QByteArray plainTable(const QList<QStringList> &rows, int *pages)
{
    QTextDocument doc;
    QTextCursor cursor(&doc);
    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setBorder(0.5);
    format.setCellPadding(3);
    format.setCellSpacing(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QTextTable *table = cursor.insertTable(int(rows.size()) + 1, 8, format);
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    for (const QString &h : {u"#"_s, u"Login"_s, u"Name"_s, u"Items"_s, u"Stars"_s, u"Gross"_s, u"Paid"_s, u"Cap"_s}) {
        cell.insertText(h);
        cell.movePosition(QTextCursor::NextCell);
    }
    for (const QStringList &row : rows)
        for (const QString &text : row) {
            cell.insertText(QString(text).replace(u'\n', QChar::LineSeparator));
            cell.movePosition(QTextCursor::NextCell);
        }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        doc.print(&writer); // lays out a copy of the document for the printer
    }
    *pages = int(buffer.data().count("/Type /Page\n"));
    return buffer.data();
}

// A judged track: a rubric of four criteria with four levels each, five judges and `submissions` article
// submissions by different people, each assigned to three judges.
void populateJudging(const Database &db, int submissions)
{
    Transaction tx(db);
    JudgeAssignmentRepository judgeRepo(db);
    SubmissionRepository submissionRepo(db);
    RubricRepository rubricRepo(db);
    const qint64 track = EventRepository(db).resolveTrack(u"articles"_s).id;
    Rubric rubric;
    rubric.trackId = track;
    for (int c = 0; c < 4; ++c) {
        Criterion criterion;
        criterion.name = u"评分项 %1"_s.arg(c + 1);
        criterion.description = u"这一项看作品的第 %1 个方面"_s.arg(c + 1);
        criterion.weight = 10 * (c + 1);
        for (const int level : {1, 4, 7, 9})
            criterion.anchors.append({level, u"%1 分以上的作品：说明文字"_s.arg(level)});
        rubric.criteria.append(criterion);
    }
    rubricRepo.saveRubric(rubric, u"bench"_s);
    QList<qint64> judges;
    for (int j = 0; j < 5; ++j) {
        Judge judge;
        judge.login = u"judge-%1"_s.arg(j + 1);
        judge.name = u"评委 %1"_s.arg(j + 1);
        judge.trackIds = {track};
        judges << judgeRepo.insertJudge(judge, u"bench"_s);
    }
    QSqlQuery person(db.connection());
    person.prepare(u"INSERT INTO participant (login, name) VALUES (?, ?)"_s);
    for (int i = 0; i < submissions; ++i) {
        person.bindValue(0, u"author-%1"_s.arg(i + 1));
        person.bindValue(1, u"作者 %1"_s.arg(i + 1));
        exec(person);
        Submission s;
        s.trackId = track;
        s.title = u"【Hackathon 6th Article No.%1】飞桨稿件 %1"_s.arg(i + 1);
        s.participantId = person.lastInsertId().toLongLong();
        s.links = {{u"article"_s, u"https://aistudio.baidu.com/projectdetail/%1"_s.arg(7000000 + i)}};
        s.figures[0] = 100 * i;
        const qint64 id = submissionRepo.insertSubmission(s, u"bench"_s);
        for (int k = 0; k < 3; ++k)
            judgeRepo.assign(judges[(i + k) % judges.size()], id, false, u"bench"_s);
    }
    tx.commit();
}

int run(const Options &options)
{
    Sizes sizes;
    if (options.quick)
        sizes.people = 200;

    QTemporaryDir dir;
    Database db(dir.filePath(u"bench.sqlite"_s));
    initEvent(db);
    populate(db, sizes);
    const PayoutReport payouts = computePayouts(db);
    const QList<QStringList> rows = personRows(payouts);

    Suite suite(u"Payouts report (%1 people)"_s.arg(sizes.people));
    QByteArray plain, report, summary;
    int plainPages = 0, reportPages = 0, summaryPages = 0;
    QString reportText;
    const ReportOptions fixed{QDateTime(QDate(2024, 6, 20), QTime(12, 0), QTimeZone(8 * 3600)), QDate(2024, 6, 20)};

    const int base = suite.baseline(u"baseline: plain %1-row QTextDocument table printed to PDF"_s.arg(sizes.people),
                                    [&] { plain = plainTable(rows, &plainPages); });
    suite.add(u"payouts report: database → PDF (3 charts, header/footer, text fix)"_s, base, u"plain table"_s, [&] {
        const auto doc = buildReport(db, ReportKind::Payouts, fixed);
        report = doc->toPdf(&reportPages);
        reportText = doc->plainText();
    });
    suite.add(u"(for scale) summary report: database → PDF (4 charts)"_s, base, u"plain table"_s,
              [&] { summary = buildReport(db, ReportKind::Summary, fixed)->toPdf(&summaryPages); });
    suite.run(options.runs);

    suite.check(payouts.people.size() == sizes.people,
                u"%1 people paid, not %2"_s.arg(payouts.people.size()).arg(sizes.people));
    suite.check(plain.startsWith("%PDF") && plainPages > 1, u"the plain table is not a PDF of several pages"_s);
    suite.check(report.startsWith("%PDF") && reportPages > plainPages / 2,
                u"the report has %1 pages, the plain table %2"_s.arg(reportPages).arg(plainPages));
    suite.check(summary.startsWith("%PDF") && summaryPages >= 1, u"the summary is not a PDF"_s);
    suite.check(reportText.contains(formatYuan(payouts.totalFen)),
                u"the report does not show the total %1"_s.arg(formatYuan(payouts.totalFen)));
    for (const PersonPayout &p : payouts.people)
        if (!reportText.contains(u"@"_s + p.login + u'\n')) {
            suite.fail(u"the report leaves out @%1"_s.arg(p.login));
            break;
        }
    QTextStream(stdout) << u"Pages: plain table %1, payouts report %2, summary %3. PDF sizes: %4 KB, %5 KB, %6 KB."_s
                               .arg(plainPages)
                               .arg(reportPages)
                               .arg(summaryPages)
                               .arg(plain.size() / 1024)
                               .arg(report.size() / 1024)
                               .arg(summary.size() / 1024)
                        << Qt::endl;
    int failed = suite.print();

    // Score sheets: one time and five times the submissions, each in a database of its own.
    const int few = options.quick ? 20 : 80;
    Database small(dir.filePath(u"sheets-small.sqlite"_s)), large(dir.filePath(u"sheets-large.sqlite"_s));
    for (const Database *d : {&small, &large})
        initEvent(*d);
    populateJudging(small, few);
    populateJudging(large, 5 * few);
    Suite sheets(u"Score sheets (%1 and %2 pages)"_s.arg(3 * few).arg(15 * few));
    int smallPages = 0, largePages = 0;
    const int one = sheets.baseline(u"baseline: score sheets, %1 submissions × 3 judges"_s.arg(few),
                                    [&] { buildReport(small, ReportKind::ScoreSheets, fixed)->toPdf(&smallPages); });
    sheets.add(u"score sheets, %1 submissions × 3 judges (5× the pages)"_s.arg(5 * few), one, u"1× the pages"_s,
               [&] { buildReport(large, ReportKind::ScoreSheets, fixed)->toPdf(&largePages); });
    sheets.run(options.runs);
    sheets.check(smallPages == 3 * few && largePages == 15 * few,
                 u"%1 and %2 pages, not a page per sheet (%3 and %4)"_s.arg(smallPages)
                     .arg(largePages)
                     .arg(3 * few)
                     .arg(15 * few));
    failed |= sheets.print();
    return failed;
}

} // namespace

} // namespace hd::bench

int main(int argc, char *argv[])
{
    // Charts and PDFs need a QApplication; no display is needed.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    return hd::bench::benchMain<QApplication>(
        argc, argv, u"bench_report [--quick] [--runs N]: the payouts PDF for 2,000 people against a plain table."_s,
        hd::bench::run);
}
