#include "support/clirunner.h"
#include "support/backend.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-raw"_s, path, u"-"_s});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed (tools/deps installs poppler-utils)";
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The yuan text the reports print for an amount in fen: "¥191,900", "¥1,234.50".
QString yuan(qint64 fen)
{
    QString whole = QString::number(fen / 100);
    for (qsizetype i = whole.size() - 3; i > 0; i -= 3)
        whole.insert(i, u',');
    return u"¥"_s + whole + (fen % 100 ? u".%1"_s.arg(fen % 100, 2, 10, QChar(u'0')) : QString());
}

class ReportCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = eventDb(dir, u"demo.sqlite"_s);
        ASSERT_EQ(runHackdesk({u"--db"_s, db, u"init"_s, u"--demo"_s}).code, 0);
    }

    TempDir dir;
    QString db;
};

} // namespace

TEST_F(ReportCli, WritesTheSummaryWithoutADisplay)
{
    const QString pdf = dir.path(u"summary.pdf"_s);
    const CliRun r = runHackdesk({u"--db"_s, db, u"report"_s, u"--kind"_s, u"summary"_s, u"--pdf"_s, pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.isEmpty()) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(pdf));
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF-"));
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(u"PaddlePaddle Hackathon 6th"_s));
    EXPECT_TRUE(text.contains(u"开源贡献个人挑战赛"_s));
    EXPECT_TRUE(text.contains(u"Claim progress"_s));
}

TEST_F(ReportCli, PayoutTotalsMatchPayoutsJson)
{
    const CliRun json = runHackdesk({u"--db"_s, db, u"payouts"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.code, 0) << json.err.toStdString();
    const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
    const QString pdf = dir.path(u"payouts.pdf"_s);
    const CliRun r = runHackdesk({u"--db"_s, db, u"report"_s, u"--kind"_s, u"payouts"_s, u"--pdf"_s, pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = pdfText(pdf);
    EXPECT_TRUE(text.contains(yuan(report[u"total_fen"_s].toInteger())))
        << yuan(report[u"total_fen"_s].toInteger()).toStdString();
    EXPECT_TRUE(text.contains(yuan(report[u"gross_fen"_s].toInteger())));
    for (const QJsonValue &t : report[u"tracks"_s].toArray())
        EXPECT_TRUE(text.contains(yuan(t[u"committed_fen"_s].toInteger())));
    for (const QJsonValue &p : report[u"people"_s].toArray())
        EXPECT_TRUE(text.contains(u"@"_s + p[u"login"_s].toString()));
}

TEST_F(ReportCli, CertificatesInChinese)
{
    const QString pdf = dir.path(u"certificates.pdf"_s);
    const CliRun r = runHackdesk(
        {u"--db"_s, db, u"--lang"_s, u"zh_CN"_s, u"report"_s, u"--kind"_s, u"certificates"_s, u"--pdf"_s, pdf});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(pdfText(pdf).contains(u"飞桨黑客马拉松第六期"_s));
}

TEST_F(ReportCli, JudgingResultsAndScoreSheetsForATrackAndAJudge)
{
    const QString judging = dir.path(u"judging.pdf"_s);
    CliRun r = runHackdesk({u"--db"_s, db, u"report"_s, u"--kind"_s, u"judging"_s, u"--pdf"_s, judging});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(pdfText(judging).contains(u"Judging results"_s));

    const QString sheets = dir.path(u"sheets.pdf"_s);
    r = runHackdesk({u"--db"_s, db, u"report"_s, u"--kind"_s, u"score-sheets"_s, u"--track"_s, u"fundable"_s,
                     u"--judge"_s, u"@liu-yang"_s, u"--pdf"_s, sheets});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString text = pdfText(sheets);
    EXPECT_TRUE(text.contains(u"(@liu-yang)"_s));
    EXPECT_FALSE(text.contains(u"(@zhang-wei)"_s));
    EXPECT_TRUE(text.contains(u"Score sheet"_s));

    // A judge who does not exist: one line, exit 1, no file.
    const QString none = dir.path(u"none.pdf"_s);
    r = runHackdesk(
        {u"--db"_s, db, u"report"_s, u"--kind"_s, u"score-sheets"_s, u"--judge"_s, u"nobody-here"_s, u"--pdf"_s, none});
    EXPECT_EQ(r.code, 1);
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"nobody-here"_s)) << r.err.toStdString();
    EXPECT_FALSE(QFile::exists(none));
    // --judge and --track belong to the judging reports.
    EXPECT_EQ(runHackdesk({u"--db"_s, db, u"report"_s, u"--kind"_s, u"summary"_s, u"--track"_s, u"fundable"_s,
                           u"--pdf"_s, none})
                  .code,
              2);
}

TEST_F(ReportCli, WrongUsageExitsWithTwo)
{
    const QString pdf = dir.path(u"x.pdf"_s);
    EXPECT_EQ(runHackdesk({u"--db"_s, db, u"report"_s, u"--pdf"_s, pdf}).code, 2);
    EXPECT_EQ(runHackdesk({u"--db"_s, db, u"report"_s, u"--kind"_s, u"bogus"_s, u"--pdf"_s, pdf}).code, 2);
    EXPECT_EQ(runHackdesk({u"--db"_s, db, u"report"_s, u"--kind"_s, u"summary"_s}).code, 2);
    EXPECT_EQ(runHackdesk({u"--db"_s, db, u"report"_s, u"--kind"_s, u"payouts"_s, u"--markdown"_s, pdf}).code, 2);
    const CliRun help = runHackdesk({u"report"_s, u"--help"_s});
    EXPECT_EQ(help.code, 0);
    EXPECT_TRUE(help.out.contains(u"--kind"_s));
    EXPECT_TRUE(runHackdesk({u"--help"_s}).out.contains(u"  report"_s));
    EXPECT_FALSE(QFile::exists(pdf));
}

TEST_F(ReportCli, TheDashboardAsMarkdownIsTheIssueExportsTail)
{
    const QString md = dir.path(u"dashboard.md"_s);
    const CliRun r = runHackdesk({u"--db"_s, db, u"report"_s, u"--kind"_s, u"summary"_s, u"--markdown"_s, md});
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    const QString markdown = QString::fromUtf8(readAll(md));
    const CliRun issue = runHackdesk({u"--db"_s, db, u"export-issue"_s, u"--track"_s, u"tasks"_s});
    ASSERT_EQ(issue.code, 0) << issue.err.toStdString();
    const QString tail = issue.out.mid(issue.out.lastIndexOf(u"### 看板信息"_s));
    ASSERT_FALSE(tail.isEmpty());
    EXPECT_TRUE(markdown.contains(tail.trimmed())) << markdown.toStdString();
}
