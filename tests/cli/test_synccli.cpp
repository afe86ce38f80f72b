#include "support/fakegithub.h"
#include "support/backend.h"
#include "support/dbdump.h"
#include "testutil.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QThread>
#include <QTimeZone>

using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

struct SyncRun
{
    int code = -1;
    QString out;
    QString err;
};

QProcessEnvironment environment(const QString &token)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"GITHUB_TOKEN"_s);
    env.remove(u"GH_TOKEN"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    if (!token.isEmpty())
        env.insert(u"GITHUB_TOKEN"_s, token);
    return env;
}

// Runs the real binary the way cron runs it.
SyncRun hackdesk(const QStringList &args, const QString &token = {})
{
    QProcess p;
    p.setProcessEnvironment(environment(token));
    p.start(QStringLiteral(HACKDESK_BINARY), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(120'000))
        return {};
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

QDateTime march(int day)
{
    return QDateTime(QDate(2024, 3, day), QTime(12, 0), QTimeZone::utc());
}

// An event whose only track issue is the tasks track's, on a fake GitHub.
class SyncCli : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = eventDb(dir, u"e.sqlite"_s);
        ASSERT_EQ(hackdesk({u"--db"_s, db, u"init"_s}).code, 0);
        const QJsonObject summary =
            QJsonDocument::fromJson(hackdesk({u"--db"_s, db, u"summary"_s, u"--json"_s}).out.toUtf8()).object();
        for (const QJsonValue &t : summary[u"tracks"_s].toArray()) {
            const QString id = QString::number(t[u"id"_s].toInteger());
            const bool tasks = t[u"kind"_s].toString() == u"tasks";
            ASSERT_EQ(hackdesk({u"--db"_s, db, u"config"_s, u"set"_s, u"track.%1.issue"_s.arg(id),
                                tasks ? u"PaddlePaddle/Paddle#62905"_s : QString()})
                          .code,
                      0);
        }
        ASSERT_EQ(hackdesk({u"--db"_s, db, u"config"_s, u"set"_s, u"github.api-url"_s, server.apiUrl()}).code, 0);
        server.setIssue(u"PaddlePaddle/Paddle"_s, 62905,
                        u"| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
                        u"| :---: | :---: | :--- | :--- | :---: |\n"
                        u"| 1 | ⭐️ | [任务一](https://github.com/PaddlePaddle/Paddle/issues/1) |  |  |\n"
                        u"| 2 | ⭐️ | [任务二](https://github.com/PaddlePaddle/Paddle/issues/2) |  |  |\n"_s);
        server.addComment(u"PaddlePaddle/Paddle"_s, 62905, u"alice"_s, u"【报名】：1"_s, march(22));
        server.addComment(u"PaddlePaddle/Paddle"_s, 62905, u"bob"_s, u"【报名】：33"_s, march(22));
        server.addPr({u"PaddlePaddle/Paddle"_s, 64001, u"【Hackathon 6th No.1】Add x"_s, u"alice"_s, false, march(23),
                      march(25)});
    }

    QStringList syncArgs(const QStringList &more = {}) const { return QStringList{u"--db"_s, db, u"sync"_s} + more; }

    TempDir dir;
    QString db;
    FakeGitHub server;
};

} // namespace

TEST_F(SyncCli, JsonReportAndASecondRunOfOnly304s)
{
    const SyncRun first = hackdesk(syncArgs({u"--json"_s}), u"ghp_clitoken"_s);
    ASSERT_EQ(first.code, 0) << first.err.toStdString();
    EXPECT_TRUE(first.err.isEmpty()) << first.err.toStdString();
    const QJsonObject json = QJsonDocument::fromJson(first.out.toUtf8()).object();
    for (const QString &key : {u"requests"_s, u"not_modified"_s, u"rate_limit_remaining"_s, u"tasks"_s,
                               u"claims_added"_s, u"status_changes"_s, u"completed"_s, u"problems"_s})
        EXPECT_TRUE(json.contains(key)) << key.toStdString();
    EXPECT_EQ(json[u"tasks"_s].toInt(), 2);
    EXPECT_EQ(json[u"claims_added"_s].toInt(), 1);
    EXPECT_EQ(json[u"completed"_s].toInt(), 1);
    EXPECT_EQ(json[u"not_modified"_s].toInt(), 0);
    EXPECT_GT(json[u"rate_limit_remaining"_s].toInt(), 0);
    const QJsonArray problems = json[u"problems"_s].toArray();
    ASSERT_EQ(problems.size(), 1);
    EXPECT_EQ(problems[0][u"author"_s].toString(), u"bob"_s);
    EXPECT_EQ(problems[0][u"reply"_s].toString(), u"@bob PR赛题编号【33】不存在"_s);
    EXPECT_FALSE(first.out.contains(u"ghp_clitoken"_s));

    const SyncRun second = hackdesk(syncArgs({u"--json"_s}), u"ghp_clitoken"_s);
    ASSERT_EQ(second.code, 0) << second.err.toStdString();
    const QJsonObject again = QJsonDocument::fromJson(second.out.toUtf8()).object();
    EXPECT_EQ(again[u"not_modified"_s].toInt(), again[u"requests"_s].toInt());
    EXPECT_EQ(again[u"claims_added"_s].toInt(), 0);
    EXPECT_TRUE(again[u"problems"_s].toArray().isEmpty());
    EXPECT_FALSE(readAll(db).contains("ghp_clitoken"));
}

TEST_F(SyncCli, WithoutATokenItWarnsOnStderrAndStillSyncs)
{
    const SyncRun r = hackdesk(syncArgs());
    ASSERT_EQ(r.code, 0) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"60 requests an hour"_s)) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"claimed by @alice"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"@bob PR赛题编号【33】不存在"_s)) << r.out.toStdString();
}

TEST_F(SyncCli, AFailureIsExitOneWithOneLineNamingTheUrlAndNothingSaved)
{
    server.failNext(u"/comments"_s, FakeGitHub::Fault::TruncatedJson);
    const SyncRun r = hackdesk(syncArgs({u"--json"_s}), u"t"_s);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(u"/issues/62905/comments"_s)) << r.err.toStdString();
    const QJsonObject summary =
        QJsonDocument::fromJson(hackdesk({u"--db"_s, db, u"summary"_s, u"--json"_s}).out.toUtf8()).object();
    EXPECT_EQ(summary[u"claims"_s].toInt(), 0);
}

TEST_F(SyncCli, ARateLimitBeyondMaxWaitSaysWhenToRetry)
{
    server.setCoreLimit(60, 0, QDateTime::currentDateTimeUtc().addSecs(1800));
    const SyncRun r = hackdesk(syncArgs({u"--max-wait"_s, u"10"_s}), u"t"_s);
    EXPECT_EQ(r.code, 1);
    EXPECT_TRUE(r.err.contains(u"sync again after"_s)) << r.err.toStdString();
    EXPECT_EQ(r.err.count(u'\n'), 1) << r.err.toStdString();
}

TEST_F(SyncCli, BadSettingsAndOptionsAreRefused)
{
    EXPECT_EQ(hackdesk(syncArgs({u"--max-wait"_s, u"soon"_s})).code, 2);
    const SyncRun bad = hackdesk(syncArgs({u"--api-url"_s, u"ftp://example.com"_s}));
    EXPECT_EQ(bad.code, 1);
    EXPECT_TRUE(bad.err.contains(u"github.api-url"_s)) << bad.err.toStdString();
    const SyncRun plain = hackdesk(syncArgs({u"--api-url"_s, u"http://example.com"_s}), u"secret"_s);
    EXPECT_EQ(plain.code, 1);
    EXPECT_TRUE(plain.err.contains(u"plain HTTP"_s)) << plain.err.toStdString();
}

TEST_F(SyncCli, KilledMidSyncLeavesAWorkingDatabaseAndTheNextSyncCompletes)
{
    server.failNext(u"/search/"_s, FakeGitHub::Fault::Hang);
    QProcess p;
    p.setProcessEnvironment(environment(u"t"_s));
    p.start(QStringLiteral(HACKDESK_BINARY), syncArgs({u"--timeout"_s, u"60"_s}));
    ASSERT_TRUE(p.waitForStarted());
    QDeadlineTimer deadline(30'000);
    const auto hung = [this] {
        for (const FakeRequest &r : server.requests())
            if (r.path.startsWith(u"/search/"_s))
                return true;
        return false;
    };
    while (!hung() && !deadline.hasExpired())
        QThread::msleep(20);
    ASSERT_TRUE(hung());
    p.kill();
    p.waitForFinished();

    const SyncRun summary = hackdesk({u"--db"_s, db, u"summary"_s, u"--json"_s});
    ASSERT_EQ(summary.code, 0) << summary.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(summary.out.toUtf8()).object()[u"claims"_s].toInt(), 0);
    const SyncRun again = hackdesk(syncArgs({u"--json"_s}), u"t"_s);
    ASSERT_EQ(again.code, 0) << again.err.toStdString();
    EXPECT_EQ(QJsonDocument::fromJson(again.out.toUtf8()).object()[u"claims_added"_s].toInt(), 1);
}

// The token is sent to GitHub and goes nowhere else: not into the database (or its journal), the settings,
// any file under the home folder, nor what the runs print, on success, on failure and in --json.
TEST_F(SyncCli, TheTokenNeverReachesDiskOrOutput)
{
    const QString token = u"ghp_SecretTokenForTheLeakTest0123456789"_s;
    const QString home = dir.path(u"home"_s);
    ASSERT_TRUE(QDir().mkpath(home));
    QProcessEnvironment env = environment(token);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    auto run = [&](const QStringList &args) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(HACKDESK_BINARY), args);
        p.closeWriteChannel();
        EXPECT_TRUE(p.waitForFinished(120'000));
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    };
    QString printed = run(syncArgs());
    printed += run(syncArgs({u"--json"_s, u"--full"_s}));
    server.failNext(u"/comments"_s, FakeGitHub::Fault::TruncatedJson);
    printed += run(syncArgs({u"--full"_s}));
    server.failNext(u"/issues/62905"_s, FakeGitHub::Fault::Status500);
    printed += run(syncArgs({u"--full"_s}));
    printed += run({u"--db"_s, db, u"config"_s, u"list"_s});
    printed += run({u"--db"_s, db, u"summary"_s, u"--json"_s});

    bool sent = false;
    for (const FakeRequest &r : server.requests())
        sent = sent || r.headers.value("authorization").contains(token.toUtf8());
    EXPECT_TRUE(sent) << "the token was never used: the test would prove nothing";
    EXPECT_FALSE(printed.contains(token)) << printed.toStdString();
    EXPECT_FALSE(printed.contains(u"SecretToken"_s));
    int files = 0;
    QDirIterator it(dir.path(QString()), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        ++files;
        EXPECT_FALSE(readAll(path).contains("SecretToken")) << path.toStdString();
    }
    // The event itself, in a file here or on a server.
    EXPECT_GE(files, onPostgres() ? 0 : 1);
    ensureCoreApplication();
    EXPECT_FALSE(dumpDatabase(hd::Database(db)).contains(u"SecretToken"_s));
}
