#include "demo/demoevent.h"
#include "dialogs/syncdialog.h"
#include "eventsession.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"
#include "support/fakegithub.h"
#include "testutil.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {
QDateTime march(int day)
{
    return QDateTime(QDate(2024, 3, day), QTime(12, 0), QTimeZone::utc());
}
} // namespace

// The window's Sync: it runs off the UI thread against a local GitHub, logs what changed, and the
// window's tables see the result.
TEST(SyncDialogTest, SyncsFromALocalGitHubAndLogsWhatChanged)
{
    TempDir dir;
    FakeGitHub server;
    auto db = std::make_unique<Database>(dir.path(u"s.sqlite"_s));
    initEvent(*db);
    EventRepository events(*db);
    for (const Track &t : events.tracks())
        events.setSetting(u"track.%1.issue"_s.arg(t.id),
                          t.kind == TrackKind::Tasks ? u"PaddlePaddle/Paddle#62905"_s : QString());
    events.setSetting(u"github.api-url"_s, server.apiUrl());
    server.setIssue(u"PaddlePaddle/Paddle"_s, 62905,
                    u"| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
                    u"| :---: | :---: | :--- | :--- | :---: |\n"
                    u"| 1 | ⭐️ | [任务一](https://github.com/PaddlePaddle/Paddle/issues/1) |  |  |\n"_s);
    server.addComment(u"PaddlePaddle/Paddle"_s, 62905, u"alice"_s, u"【报名】：1"_s, march(22));
    server.addComment(u"PaddlePaddle/Paddle"_s, 62905, u"bob"_s, u"【报名】：33"_s, march(22));

    EventSession session(std::move(db));
    QSignalSpy changed(&session, &EventSession::changed);
    SyncDialog dialog(&session);
    QSignalSpy finished(&dialog, &SyncDialog::syncFinished);
    dialog.startSync();
    EXPECT_TRUE(dialog.isSyncing());
    ASSERT_TRUE(finished.wait(60'000));
    EXPECT_TRUE(finished.first().at(0).toBool()) << finished.first().at(1).toString().toStdString();
    EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog.isSyncing(); }, 10000));
    EXPECT_GT(dialog.logView()->count(), 0);
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(SqlQuery::scalar(session.database(), u"SELECT count(*) FROM claim"_s).toInt(), 1);
    EXPECT_EQ(SqlQuery::scalar(session.database(), u"SELECT reply FROM problem WHERE author = 'bob'"_s).toString(),
              u"@bob PR赛题编号【33】不存在"_s);
}

// The window's sync with a token from the environment: the token goes to GitHub and nowhere else (the
// database and its journal, the settings file, the dialog's log).
TEST(SyncDialogTest, TheTokenReachesGitHubOnly)
{
    const QByteArray token = "ghp_WindowSecretForTheLeakTest42";
    const QByteArray before = qgetenv("GITHUB_TOKEN");
    qputenv("GITHUB_TOKEN", token);
    TempDir dir;
    FakeGitHub server;
    const QString path = dir.path(u"s.sqlite"_s);
    auto db = std::make_unique<Database>(path);
    initEvent(*db);
    EventRepository events(*db);
    for (const Track &t : events.tracks())
        events.setSetting(u"track.%1.issue"_s.arg(t.id),
                          t.kind == TrackKind::Tasks ? u"PaddlePaddle/Paddle#62905"_s : QString());
    events.setSetting(u"github.api-url"_s, server.apiUrl());
    server.setIssue(u"PaddlePaddle/Paddle"_s, 62905,
                    u"| 序号 | 难度 | 任务 ISSUE | **队伍名称/状态/PR** | **完成队伍** |\n"
                    u"| :---: | :---: | :--- | :--- | :---: |\n"
                    u"| 1 | ⭐️ | [任务一](https://github.com/PaddlePaddle/Paddle/issues/1) |  |  |\n"_s);
    server.addComment(u"PaddlePaddle/Paddle"_s, 62905, u"alice"_s, u"【报名】：1"_s, march(22));
    {
        EventSession session(std::move(db));
        SyncDialog dialog(&session);
        QSignalSpy finished(&dialog, &SyncDialog::syncFinished);
        dialog.startSync();
        ASSERT_TRUE(finished.wait(60'000));
        EXPECT_TRUE(QTest::qWaitFor([&] { return !dialog.isSyncing(); }, 10000));
        QString log;
        for (int i = 0; i < dialog.logView()->count(); ++i)
            log += dialog.logView()->item(i)->text();
        for (QLabel *label : dialog.findChildren<QLabel *>())
            log += label->text();
        EXPECT_FALSE(log.contains(QString::fromLatin1(token)));
    }
    if (before.isNull())
        qunsetenv("GITHUB_TOKEN");
    else
        qputenv("GITHUB_TOKEN", before);

    bool sent = false;
    for (const FakeRequest &r : server.requests())
        sent = sent || r.headers.value("authorization").contains(token);
    EXPECT_TRUE(sent) << "the token was never used: the test would prove nothing";
    QSettings().sync();
    for (const QString &file : {path, path + u"-wal"_s, path + u"-journal"_s, QSettings().fileName()})
        EXPECT_FALSE(readAll(file).contains(token)) << file.toStdString();
}

// The log wraps long lines and copies the selected lines (Ctrl+C) or all of them.
TEST(SyncDialogTest, TheLogWrapsLongLinesAndCopies)
{
    TempDir dir;
    auto db = std::make_unique<Database>(dir.path(u"s.sqlite"_s));
    initEvent(*db);
    EventSession session(std::move(db));
    SyncDialog dialog(&session);
    dialog.show();
    dialog.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    QListWidget *log = dialog.logView();
    const QString longLine = u"@bob PR赛题编号【33】不存在 "_s.repeated(20);
    for (const QString &text : {u"first"_s, longLine, u"third"_s})
        new QListWidgetItem(text, log);
    EXPECT_TRUE(log->wordWrap());
    // (Laid out in batches, after the event loop has run.)
    EXPECT_TRUE(QTest::qWaitFor(
        [&] { return log->visualItemRect(log->item(1)).height() > 2 * log->visualItemRect(log->item(0)).height(); },
        5000));
    // The long line takes several lines of the view's width instead of running off to the right.
    const QRect shortRect = log->visualItemRect(log->item(0));
    const QRect longRect = log->visualItemRect(log->item(1));
    EXPECT_GT(longRect.height(), 2 * shortRect.height());
    EXPECT_LE(longRect.width(), log->viewport()->width());

    log->item(0)->setSelected(true);
    log->item(2)->setSelected(true);
    log->setFocus();
    QTest::keyClick(log, Qt::Key_C, Qt::ControlModifier);
    EXPECT_EQ(QGuiApplication::clipboard()->text(), u"first\nthird"_s);
    EXPECT_EQ(dialog.logText(false), u"first\n"_s + longLine + u"\nthird"_s);
}
