// The window on a shared event (PostgreSQL): File > Open Shared Event…, changes of other clients reaching
// the view within a second, a reload after a reconnect, conflicts between two clients saving one row.
#include "demo/demoevent.h"
#include "dialogs/sharedeventdialog.h"
#include "eventeditor.h"
#include "eventsession.h"
#include "mainwindow.h"
#include "models/tablemodel.h"
#include "pages/tablepage.h"
#include "services/csvexchange.h"
#include "storage/participantrepository.h"
#include "storage/rowversion.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "support/opendialog.h"
#include "support/pgtest.h"
#include "testutil.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// A shared event with the demo in it; empty, with a failure, when the server is not there.
QString sharedDemo()
{
    const QString url = freshPostgresDatabase();
    if (!url.isEmpty()) {
        Database db(url);
        addDemoData(db);
    }
    return url;
}

SharedEventDialog *openSharedDialog()
{
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *d = qobject_cast<SharedEventDialog *>(w); d && d->isVisible())
            return d;
    return nullptr;
}

} // namespace

TEST(SharedWindow, OpensASharedEventFromItsDialogAndKeepsItsUrlWithoutThePasswordInRecent)
{
    QSettings().clear();
    const QString url = sharedDemo();
    ASSERT_FALSE(url.isEmpty());
    TempDir dir;
    const QString file = dir.path(u"local.sqlite"_s);
    {
        Database db(file);
        addDemoData(db);
    }
    MainWindow window(file);
    ASSERT_TRUE(window.session());

    // A URL with a password is refused as it is typed, in words; the parts follow a URL pasted.
    QString refused, parsedDatabase;
    QTimer::singleShot(0, [&] {
        SharedEventDialog *d = openSharedDialog();
        ASSERT_TRUE(d);
        d->urlEdit()->setText(u"postgresql://staff:s3cret@db.example.org/hackathon"_s);
        emit d->urlEdit()->textEdited(d->urlEdit()->text());
        refused = d->problem();
        d->urlEdit()->setText(url);
        emit d->urlEdit()->textEdited(url);
        parsedDatabase = d->databaseEdit()->text();
        d->passwordEdit()->setText(u"typed-password"_s); // the test server trusts its socket: not needed
        d->accept();
    });
    window.openSharedEvent();
    EXPECT_TRUE(refused.contains(u"carries a password"_s)) << refused.toStdString();
    EXPECT_EQ(parsedDatabase, url.section(u'/', -1));
    ASSERT_TRUE(window.session()->database().isShared());
    EXPECT_EQ(window.session()->database().path(), PostgresUrl::parse(url).toString());
    EXPECT_TRUE(window.windowTitle().contains(PostgresUrl::parse(url).toString()))
        << window.windowTitle().toStdString();
    EXPECT_GT(window.page(MainWindow::Tasks)->model()->rowCount(), 0) << "the window works on it like on a file";

    const QStringList recent = QSettings().value(u"recentDatabases"_s).toStringList();
    EXPECT_EQ(recent.value(0), PostgresUrl::parse(url).toString());
    QSettings().sync();
    QFile settings(QSettings().fileName());
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly));
    EXPECT_FALSE(settings.readAll().contains("typed-password")) << "never in the settings";

    // A server that is not there: said in words, with what to check; the window keeps its event.
    PostgresUrl nowhere = PostgresUrl::parse(url);
    nowhere.port = 1;
    const QString error = window.openDatabase(nowhere.toString());
    EXPECT_TRUE(error.contains(u"Check the server's name"_s)) << error.toStdString();
    EXPECT_EQ(window.session()->database().path(), PostgresUrl::parse(url).toString());
}

TEST(SharedWindow, AChangeAnotherClientCommitsReachesTheViewWithinASecond)
{
    QSettings().clear();
    const QString url = sharedDemo();
    ASSERT_FALSE(url.isEmpty());
    MainWindow window(url);
    window.show();
    window.showPage(MainWindow::People);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TableModel *people = window.page(MainWindow::People)->model();
    const int before = people->rowCount();
    QSignalSpy outside(window.session(), &EventSession::changedOutside);

    Database other(url); // another staff member
    Participant p;
    p.login = u"from-another-client"_s;
    ParticipantRepository(other).insert(p);
    QElapsedTimer clock;
    clock.start();
    QTRY_COMPARE_WITH_TIMEOUT(people->rowCount(), before + 1, 1000);
    EXPECT_LT(clock.elapsed(), 1000);
    EXPECT_EQ(outside.count(), 1);

    // Its own edits are not another client's; a burst of changes is one reload.
    Participant mine;
    mine.login = u"mine"_s;
    ASSERT_TRUE(window.editor()->addParticipant(mine).isEmpty());
    TempDir dir;
    const QString csv = dir.path(u"people.csv"_s);
    writeAll(csv, "login,name,email,organisation\na1,,,\na2,,,\na3,,,\na4,,,\n");
    CsvExchange(other).importFile(CsvKind::Participants, csv);
    QTRY_COMPARE_WITH_TIMEOUT(people->rowCount(), before + 6, 1000);
    QTest::qWait(300);
    EXPECT_EQ(outside.count(), 2);
}

TEST(SharedWindow, AfterTheConnectionIsLostItConnectsAgainAndReloadsWhatIsInView)
{
    QSettings().clear();
    const QString url = sharedDemo();
    ASSERT_FALSE(url.isEmpty());
    MainWindow window(url);
    window.show();
    window.showPage(MainWindow::People);
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    TableModel *people = window.page(MainWindow::People)->model();
    const int before = people->rowCount();
    QSignalSpy lost(window.session(), &EventSession::connectionLost);
    QSignalSpy back(window.session(), &EventSession::reconnected);

    Database other(url);
    const qint64 pid = SqlQuery::scalar(window.session()->database(), u"SELECT pg_backend_pid()"_s).toLongLong();
    SqlQuery::scalar(other, u"SELECT pg_terminate_backend(?)"_s, {pid});
    Participant p;
    p.login = u"while-it-was-away"_s; // announced to nobody listening
    ParticipantRepository(other).insert(p);

    QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 10'000);
    QTRY_COMPARE_WITH_TIMEOUT(back.count(), 1, 10'000);
    EXPECT_EQ(people->rowCount(), before + 1) << "reloaded after the reconnect";
    // And it listens again.
    Participant q;
    q.login = u"after-it-came-back"_s;
    ParticipantRepository(other).insert(q);
    QTRY_COMPARE_WITH_TIMEOUT(people->rowCount(), before + 2, 1000);
}

TEST(SharedWindow, TwoClientsSavingOneTaskTheSecondIsRefusedWithBothValues)
{
    const QString url = sharedDemo();
    ASSERT_FALSE(url.isEmpty());
    EventSession first(std::make_unique<Database>(url));
    EventSession second(std::make_unique<Database>(url));
    EventEditor a(&first), b(&second);
    const Task loaded = TaskRepository(first.database()).all().first();
    const qint64 version = RowVersion::of(first.database(), u"task"_s, loaded.id);
    ASSERT_EQ(RowVersion::of(second.database(), u"task"_s, loaded.id), version);

    Task theirs = loaded;
    theirs.title = u"Second client's title"_s;
    ASSERT_TRUE(b.updateTask(loaded, theirs, QString(), version).isEmpty());
    EXPECT_EQ(RowVersion::of(first.database(), u"task"_s, loaded.id), version + 1);

    Task mine = loaded;
    mine.title = u"First client's title"_s;
    EXPECT_FALSE(a.updateTask(loaded, mine, QString(), version).isEmpty());
    ASSERT_EQ(a.conflict().fields.size(), 1);
    EXPECT_EQ(a.conflict().fields[0].mine, u"First client's title"_s);
    EXPECT_EQ(a.conflict().fields[0].theirs, u"Second client's title"_s);
    EXPECT_EQ(TaskRepository(first.database()).get(loaded.id)->title, u"Second client's title"_s);
    ASSERT_TRUE(a.updateTask(loaded, mine, QString(), version, OnConflict::TakeTheirs).isEmpty());
    EXPECT_EQ(TaskRepository(first.database()).get(loaded.id)->title, u"Second client's title"_s);
    ASSERT_TRUE(a.updateTask(loaded, mine, QString(), version, OnConflict::KeepMine).isEmpty());
    EXPECT_EQ(TaskRepository(second.database()).get(loaded.id)->title, u"First client's title"_s);
}

TEST(SharedWindow, AnImportIntoASharedEventIsBackedUpFirstInTheUsersDataFolder)
{
    const QString url = sharedDemo();
    ASSERT_FALSE(url.isEmpty());
    Database db(url);
    const QString folder = db.backupFolder();
    EXPECT_TRUE(folder.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)))
        << folder.toStdString();
    const int tasks = TaskRepository(db).all().size();
    TempDir dir;
    const QString csv = dir.path(u"people.csv"_s);
    writeAll(csv, "login,name,email,organisation\nimported,,,\n");
    CsvExchange(db).importFile(CsvKind::Participants, csv);
    const QStringList backups = QDir(folder).entryList({u"*-import-csv.sqlite"_s}, QDir::Files);
    ASSERT_EQ(backups.size(), 1) << folder.toStdString();
    const DatabaseSummary before = Database::inspect(QDir(folder).filePath(backups.first()));
    EXPECT_EQ(before.tasks, tasks);
    EXPECT_EQ(before.participants, ParticipantRepository(db).all().size() - 1) << "as it was before the import";
}

// File > Restore… on a shared event: the backup's rows replace the event's on the server, the window shows
// them, and the event as it was is backed up first in the user's data folder.
TEST(SharedWindow, RestoringABackupReplacesTheSharedEventInView)
{
    const QString url = sharedDemo();
    ASSERT_FALSE(url.isEmpty());
    TempDir dir;
    const QString backup = dir.path(u"backup.sqlite"_s);
    QString folder;
    {
        Database db(url);
        db.backupTo(backup);
        folder = db.backupFolder();
    }
    MainWindow window(url);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showPage(MainWindow::People);
    const int people = window.page(MainWindow::People)->model()->rowCount();
    Participant p;
    p.login = u"after-the-backup"_s;
    ASSERT_TRUE(window.editor()->addParticipant(p).isEmpty());
    ASSERT_EQ(window.page(MainWindow::People)->model()->rowCount(), people + 1);

    QString asked;
    answerNextQuestion(QMessageBox::No, &asked);
    EXPECT_FALSE(window.restoreFrom(backup));
    EXPECT_TRUE(asked.contains(u"%1 participants"_s.arg(people))) << asked.toStdString();
    EXPECT_EQ(window.page(MainWindow::People)->model()->rowCount(), people + 1);

    answerNextQuestion(QMessageBox::Yes);
    ASSERT_TRUE(window.restoreFrom(backup));
    ASSERT_TRUE(window.session());
    EXPECT_EQ(window.session()->database().path(), url);
    window.showPage(MainWindow::People);
    EXPECT_EQ(window.page(MainWindow::People)->model()->rowCount(), people);
    Database other(url); // what every other client now reads
    EXPECT_EQ(ParticipantRepository(other).all().size(), people);
    const QStringList kept = QDir(folder).entryList({u"*-before-restore.sqlite"_s}, QDir::Files);
    ASSERT_EQ(kept.size(), 1) << folder.toStdString();
    EXPECT_EQ(Database::inspect(QDir(folder).filePath(kept.first())).participants, people + 1);
}
