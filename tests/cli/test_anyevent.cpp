// The "done when" of issue 12: an event that is not the 6th edition, set up from `blank` with commands only.

#include "support/clirunner.h"
#include "support/fakegithub.h"
#include "support/backend.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>

using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, u"-raw"_s, path, u"-"_s});
    if (!p.waitForFinished(60'000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

TEST(AnyEvent, ABerlinEventFromBlankWithCommandsOnly)
{
    TempDir dir;
    const QString db = eventDb(dir, u"berlin.sqlite"_s);
    auto run = [&](const QStringList &args) {
        const CliRun r = runHackdesk(QStringList{u"--db"_s, db} + args);
        EXPECT_EQ(r.code, 0) << args.join(u' ').toStdString() << ": " << r.err.toStdString();
        return r;
    };
    run({u"init"_s, u"--edition"_s, u"blank"_s});
    const QList<QStringList> settings = {
        {u"event.name"_s, u"Berlin Open Source Week 2026"_s},
        {u"event.organiser"_s, u"Open Source Berlin e.V."_s},
        {u"event.sponsor"_s, u"Kiez Cloud GmbH"_s},
        {u"event.language"_s, u"en"_s},
        {u"event.currency"_s, u"EUR"_s},
        {u"event.time-zone"_s, u"Europe/Berlin"_s},
        {u"event.launch"_s, u"2026-05-04T10:00"_s},
        {u"event.pr-deadline"_s, u"2026-05-29T23:59:59"_s},
        {u"event.results"_s, u"2026-06-05T12:00"_s},
        {u"money.star-value"_s, u"100"_s},
        {u"money.cap"_s, u"250"_s},
        {u"money.pool"_s, u"3000"_s},
        {u"claims.keywords"_s, u"/claim;claim"_s},
        {u"github.pr-titles"_s, u"[OSW #{n}]"_s},
    };
    for (const QStringList &kv : settings)
        run({u"config"_s, u"set"_s, kv[0], kv[1]});
    EXPECT_EQ(run({u"track"_s, u"add"_s, u"--kind"_s, u"tasks"_s, u"--name"_s, u"Tasks"_s, u"--budget"_s, u"2000"_s})
                  .out.trimmed(),
              u"1"_s);

    const QString tasks = dir.path(u"tasks.csv"_s);
    writeAll(tasks, "track,number,title,url,direction,stars,cash,rfc_required,locked,removed\n"
                    "1,1,Port the CLI to Windows,,Tooling,3,,0,0,0\n"
                    "1,2,Write the German docs,,Docs,1,,0,0,0\n"
                    "1,3,Fix the flaky test,,Tooling,,75.50,0,0,0\n"
                    "1,4,Translate the website,,Docs,2,,0,0,0\n");
    run({u"import-csv"_s, u"--kind"_s, u"tasks"_s, tasks});
    const QString claims = dir.path(u"claims.csv"_s);
    writeAll(claims, "track,task,login,status,claimed_at\n"
                     "1,1,anna-dev,completed,2026-05-05T09:00\n"
                     "1,3,anna-dev,completed,2026-05-06T09:00\n"
                     "1,2,jonas,pr,2026-05-06T10:00\n");
    run({u"import-csv"_s, u"--kind"_s, u"claims"_s, claims});
    // One claim by hand: lena finished task 2 although her comment was never read.
    run({u"claim"_s, u"add"_s, u"--track"_s, u"1"_s, u"--task"_s, u"2"_s, u"--login"_s, u"lena"_s, u"--status"_s,
         u"completed"_s});

    // English claim comments and [OSW #N] PR titles, synced from (a fake) GitHub: max claims task 4 with
    // "/claim 4" and finishes it by a merged PR; sam's "Claim 9" names no task and gets an English reply.
    FakeGitHub github;
    const QString repo = u"osberlin/week"_s;
    auto may = [](int day) { return QDateTime(QDate(2026, 5, day), QTime(12, 0), QTimeZone::utc()); };
    github.setIssue(repo, 1, u"Tasks of the Berlin Open Source Week: comment `/claim N` to take task N."_s);
    github.addComment(repo, 1, u"max"_s, u"/claim 4"_s, may(10));
    github.addComment(repo, 1, u"sam"_s, u"Claim 9, please"_s, may(11));
    github.addPr({repo, 17, u"[OSW #4] Translate the website"_s, u"max"_s, false, may(12), may(14)});
    run({u"config"_s, u"set"_s, u"track.1.issue"_s, repo + u"#1"_s});
    run({u"config"_s, u"set"_s, u"github.api-url"_s, github.apiUrl()});
    run({u"config"_s, u"set"_s, u"github.repos"_s, repo});
    QProcessEnvironment token;
    token.insert(u"GITHUB_TOKEN"_s, u"ghp_berlintoken"_s);
    const CliRun synced = runHackdesk({u"--db"_s, db, u"sync"_s, u"--json"_s}, token);
    ASSERT_EQ(synced.code, 0) << synced.err.toStdString();
    const QJsonObject sync = QJsonDocument::fromJson(synced.out.toUtf8()).object();
    EXPECT_EQ(sync.value(u"claims_added"_s).toInt(), 1) << synced.out.toStdString();
    EXPECT_EQ(sync.value(u"completed"_s).toInt(), 1) << synced.out.toStdString();
    const QJsonArray problems = sync.value(u"problems"_s).toArray();
    ASSERT_EQ(problems.size(), 1) << synced.out.toStdString();
    EXPECT_EQ(problems[0].toObject().value(u"author"_s).toString(), u"sam"_s);
    const QString reply = problems[0].toObject().value(u"reply"_s).toString();
    EXPECT_TRUE(reply.contains(u"9"_s)) << reply.toStdString();
    static const QRegularExpression cjk(u"[\\x{3000}-\\x{9fff}\\x{ff00}-\\x{ffef}]"_s);
    EXPECT_FALSE(reply.contains(cjk)) << "the reply of an English event: " << reply.toStdString();

    const QJsonObject summary = QJsonDocument::fromJson(run({u"summary"_s, u"--json"_s}).out.toUtf8()).object();
    EXPECT_EQ(summary.value(u"currency"_s).toString(), u"EUR"_s);
    EXPECT_EQ(summary.value(u"claims"_s).toInt(), 5);
    EXPECT_EQ(summary.value(u"tracks"_s).toArray()[0].toObject().value(u"completed"_s).toInt(), 4);
    EXPECT_EQ(summary.value(u"event"_s).toObject().value(u"time_zone"_s).toString(), u"Europe/Berlin"_s);
    EXPECT_EQ(summary.value(u"event"_s).toObject().value(u"launch_at"_s).toString(), u"2026-05-04T10:00:00+02:00"_s);

    // anna-dev finished 3 stars (€300) and a €75.50 task: €375.50 gross, capped at €250; max 2 stars, €200;
    // lena 1 star, €100.
    const QJsonObject payouts = QJsonDocument::fromJson(run({u"payouts"_s}).out.toUtf8()).object();
    EXPECT_EQ(payouts.value(u"currency"_s).toString(), u"EUR"_s);
    const QJsonArray people = payouts.value(u"people"_s).toArray();
    ASSERT_EQ(people.size(), 3) << run({u"payouts"_s}).out.toStdString();
    EXPECT_EQ(people[0].toObject().value(u"login"_s).toString(), u"anna-dev"_s);
    EXPECT_EQ(people[0].toObject().value(u"gross_fen"_s).toInteger(), 37'550);
    EXPECT_EQ(people[0].toObject().value(u"paid_fen"_s).toInteger(), 25'000);
    EXPECT_TRUE(people[0].toObject().value(u"capped"_s).toBool());
    QMap<QString, qint64> paid;
    for (const QJsonValue &p : people)
        paid.insert(p.toObject().value(u"login"_s).toString(), p.toObject().value(u"paid_fen"_s).toInteger());
    EXPECT_EQ(paid.value(u"max"_s), 20'000);
    EXPECT_EQ(paid.value(u"lena"_s), 10'000);
    EXPECT_EQ(payouts.value(u"total_fen"_s).toInteger(), 55'000);

    for (const QString &kind : {u"summary"_s, u"payouts"_s, u"certificates"_s}) {
        const QString pdf = dir.path(kind + u".pdf"_s);
        run({u"report"_s, u"--kind"_s, kind, u"--pdf"_s, pdf});
        const QString text = pdfText(pdf);
        EXPECT_TRUE(text.simplified().contains(u"Berlin Open Source Week 2026"_s)) << kind.toStdString();
        for (const QString &foreign : {u"PaddlePaddle"_s, u"飞桨"_s, u"Hackathon 6th"_s, u"¥"_s, u"Asia/Shanghai"_s})
            EXPECT_FALSE(text.contains(foreign)) << kind.toStdString() << " holds " << foreign.toStdString();
        EXPECT_FALSE(text.contains(cjk)) << kind.toStdString() << " holds Chinese: " << text.toStdString();
        if (kind == u"payouts") {
            EXPECT_TRUE(text.contains(u"€250"_s)) << text.toStdString();
        }
    }
}

} // namespace
