// Judge mode on a shared event: a judge's own login opens the judge window (not the staff one), which
// shows only their assigned submissions, writes drafts and submissions to the server through the
// conflict-checked save, resolves a sheet changed meanwhile, goes to the submission with the fewest
// reviews, follows staff's changes live, and shows a final track read-only.
#include "dialogs/conflictdialog.h"
#include "dialogs/sharedeventdialog.h"
#include "eventsession.h"
#include "judging/judgewindow.h"
#include "judging/judgeworkspace.h"
#include "judging/scoreform.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storage/judgeaccess.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judgingresultrepository.h"
#include "storage/scorerepository.h"
#include "storage/sqldialect.h"
#include "support/judgingevent.h"
#include "support/pgtest.h"
#include "support/opendialog.h"
#include "testutil.h"

#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

class JudgeWindowPg : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QSettings().clear();
        url = freshPostgresDatabase();
        ASSERT_FALSE(url.isEmpty());
        staff = std::make_unique<Database>(url);
        // 4 judges, 8 submissions, 4 each: judge-01 has #1-#4.
        e = buildJudgingEvent(*staff, 4, 8, 4);
        a = e.judges[0];
        JudgeAccess::grant(*staff, u"judge-01"_s, roleFor(url, u"a"_s));
        judgeUrl = urlAs(url, roleFor(url, u"a"_s));
    }

    // The judge window on judge-01's own connection.
    std::unique_ptr<JudgeWindow> openAsJudge() const
    {
        return std::make_unique<JudgeWindow>(std::make_unique<SharedWorkspace>(std::make_unique<Database>(judgeUrl)));
    }

    static qint64 shown(const JudgeWindow &w)
    {
        return w.list()->currentItem() ? w.list()->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    }

    // Types a score into every criterion of the form.
    static void scoreAll(JudgeWindow &w, int value)
    {
        for (const Criterion &c : w.form()->rubric().judgedCriteria())
            w.form()->scoreEdit(c.id)->setText(QString::number(value));
    }

    QString url, judgeUrl;
    std::unique_ptr<Database> staff;
    JudgingEvent e;
    qint64 a = 0;
};

} // namespace

TEST_F(JudgeWindowPg, AJudgesLoginOpensTheJudgeWindowWithOnlyTheirSubmissions)
{
    // From the command line (--db URL): the judge window instead of the staff window.
    MainWindow window(judgeUrl);
    EXPECT_FALSE(window.session()) << "no staff window on a judge's connection";
    JudgeWindow *judge = window.judgeWindow();
    ASSERT_TRUE(judge);
    ASSERT_TRUE(judge->isOpen());
    EXPECT_TRUE(judge->windowTitle().contains(u"@judge-01"_s)) << judge->windowTitle().toStdString();
    QList<qint64> listed;
    for (int row = 0; row < judge->list()->count(); ++row)
        listed << judge->list()->item(row)->data(Qt::UserRole).toLongLong();
    EXPECT_EQ(listed, e.assigned[a]);
    EXPECT_EQ(judge->progressText(), u"0 of 4 done"_s);
    EXPECT_EQ(shown(*judge), e.assigned[a].first());
    EXPECT_TRUE(
        QSettings().value(u"recentDatabases"_s).toStringList().contains(PostgresUrl::parse(judgeUrl).toString()));
    delete judge;

    // A staff window that opens the judge's login (File > Open Shared Event…, Open Recent) hands over.
    MainWindow staffWindow(url);
    ASSERT_TRUE(staffWindow.session());
    EXPECT_FALSE(staffWindow.judgeWindow());
    staffWindow.show();
    EXPECT_TRUE(staffWindow.openDatabase(judgeUrl).isEmpty());
    ASSERT_TRUE(staffWindow.judgeWindow());
    EXPECT_TRUE(staffWindow.judgeWindow()->isVisible());
    EXPECT_FALSE(staffWindow.isVisible()) << "the staff window handed over";
    EXPECT_EQ(staffWindow.judgeWindow()->packet().entries.size(), 4);
    delete staffWindow.judgeWindow();
}

TEST_F(JudgeWindowPg, DraftsAndSubmissionsLandOnTheServerAndUndoFollows)
{
    auto w = openAsJudge();
    ScoreRepository repo(*staff);
    const qint64 first = e.assigned[a].first();
    ASSERT_EQ(shown(*w), first);
    const qint64 c = w->form()->rubric().judgedCriteria().first().id;
    w->form()->scoreEdit(c)->setText(u"7"_s);
    ASSERT_TRUE(w->save(SheetStatus::Draft)) << w->form()->problemText().toStdString();
    ASSERT_TRUE(repo.sheet(a, first));
    EXPECT_EQ(repo.sheet(a, first)->status, SheetStatus::Draft);
    EXPECT_EQ(repo.sheet(a, first)->scores.value(c), 7);
    EXPECT_EQ(repo.sheet(a, first)->updatedBy, u"@judge-01"_s);
    EXPECT_TRUE(w->list()->item(0)->text().startsWith(u"✎"_s));

    scoreAll(*w, 8);
    ASSERT_TRUE(w->save(SheetStatus::Submitted)) << w->form()->problemText().toStdString();
    EXPECT_EQ(repo.sheet(a, first)->status, SheetStatus::Submitted);
    EXPECT_EQ(repo.sheet(a, first)->scores.value(c), 8);
    EXPECT_EQ(w->progressText(), u"1 of 4 done"_s);

    // Undo and redo write to the server too.
    w->undoAction()->trigger();
    EXPECT_EQ(repo.sheet(a, first)->status, SheetStatus::Draft);
    EXPECT_EQ(repo.sheet(a, first)->scores.value(c), 7);
    EXPECT_EQ(w->form()->scoreEdit(c)->text(), u"7"_s);
    w->undoAction()->trigger();
    EXPECT_FALSE(repo.sheet(a, first)) << "no sheet any more";
    w->redoAction()->trigger();
    w->redoAction()->trigger();
    EXPECT_EQ(repo.sheet(a, first)->status, SheetStatus::Submitted);

    // Moving on keeps valid typing, as a draft, on the server.
    w->list()->setCurrentRow(1);
    w->form()->scoreEdit(c)->setText(u"5"_s);
    w->list()->setCurrentRow(2);
    EXPECT_EQ(w->list()->currentRow(), 2);
    EXPECT_EQ(repo.sheet(a, e.assigned[a][1])->scores.value(c), 5);
}

TEST_F(JudgeWindowPg, ASheetChangedMeanwhileIsRefusedAndTheJudgeChooses)
{
    auto w = openAsJudge();
    ScoreRepository repo(*staff);
    const qint64 s = e.assigned[a].first();
    const qint64 c = w->form()->rubric().judgedCriteria().first().id;
    // Staff correct the judge's sheet from paper while the form is open.
    ASSERT_TRUE(repo.saveSheet(roundSheet(e, a, s, 1, false), u"staff"_s));
    const int theirs = roundSheet(e, a, s, 1, false).scores.value(c);
    const int mine = theirs == 9 ? 8 : 9;

    // Take Theirs: nothing is written; the form shows the server's sheet.
    QStringList row;
    QTimer::singleShot(0, [&] {
        ConflictDialog *d = openDialog<ConflictDialog>();
        ASSERT_TRUE(d);
        for (int r = 0; r < d->table()->rowCount(); ++r)
            if (d->table()->item(r, 0)->text() == w->form()->rubric().criteria.first().name)
                for (int col = 0; col < 3; ++col)
                    row << d->table()->item(r, col)->text();
        d->findChild<QPushButton *>(u"takeTheirs"_s)->click();
    });
    w->form()->scoreEdit(c)->setText(QString::number(mine));
    EXPECT_FALSE(w->save(SheetStatus::Draft));
    EXPECT_EQ(row,
              (QStringList{w->form()->rubric().criteria.first().name, QString::number(mine), QString::number(theirs)}));
    EXPECT_EQ(repo.sheet(a, s)->scores.value(c), theirs);
    EXPECT_EQ(repo.sheet(a, s)->updatedBy, u"staff"_s);
    EXPECT_EQ(w->form()->scoreEdit(c)->text(), QString::number(theirs));
    EXPECT_FALSE(w->form()->isModified());

    // Changed again; Keep Mine writes the judge's sheet over it.
    ASSERT_TRUE(repo.saveSheet(roundSheet(e, a, s, 2, false), u"staff"_s));
    QTimer::singleShot(0, [&] {
        ConflictDialog *d = openDialog<ConflictDialog>();
        ASSERT_TRUE(d);
        d->findChild<QPushButton *>(u"keepMine"_s)->click();
    });
    w->form()->scoreEdit(c)->setText(QString::number(mine));
    ASSERT_TRUE(w->save(SheetStatus::Draft)) << w->form()->problemText().toStdString();
    EXPECT_EQ(repo.sheet(a, s)->scores.value(c), mine);
    EXPECT_EQ(repo.sheet(a, s)->updatedBy, u"@judge-01"_s);
    // Undo puts back what staff had saved.
    w->undoAction()->trigger();
    EXPECT_TRUE(repo.sheet(a, s)->sameContent(roundSheet(e, a, s, 2, false)));

    // Cancel: nothing is written, the typing stays and the form says why.
    ASSERT_TRUE(repo.saveSheet(roundSheet(e, a, s, 3, false), u"staff"_s));
    QTimer::singleShot(0, [&] {
        ConflictDialog *d = openDialog<ConflictDialog>();
        ASSERT_TRUE(d);
        d->reject();
    });
    w->form()->scoreEdit(c)->setText(QString::number(mine));
    EXPECT_FALSE(w->save(SheetStatus::Draft));
    EXPECT_TRUE(repo.sheet(a, s)->sameContent(roundSheet(e, a, s, 3, false)));
    EXPECT_TRUE(w->form()->problemText().contains(u"Nothing was saved"_s)) << w->form()->problemText().toStdString();
    EXPECT_EQ(w->form()->scoreEdit(c)->text(), QString::number(mine));
    w->form()->setModified(false);
}

TEST_F(JudgeWindowPg, ASheetStaffSaveWhileTheJudgeTypesIsAConflictEvenAfterTheLiveRefresh)
{
    auto w = openAsJudge();
    w->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    ScoreRepository repo(*staff);
    const qint64 s = e.assigned[a].first();
    const qint64 c = w->form()->rubric().judgedCriteria().first().id;
    w->form()->scoreEdit(c)->setText(u"3"_s);
    ASSERT_TRUE(repo.saveSheet(roundSheet(e, a, s, 1, true), u"staff"_s));
    // The list follows (the sheet is now submitted there); the typing stays.
    QTRY_VERIFY_WITH_TIMEOUT(w->list()->item(0)->text().startsWith(u"✓"_s), 3000);
    EXPECT_EQ(w->form()->scoreEdit(c)->text(), u"3"_s);
    bool asked = false;
    QTimer::singleShot(0, [&] {
        ConflictDialog *d = openDialog<ConflictDialog>();
        ASSERT_TRUE(d);
        asked = true;
        d->findChild<QPushButton *>(u"takeTheirs"_s)->click();
    });
    EXPECT_FALSE(w->save(SheetStatus::Draft));
    EXPECT_TRUE(asked) << "saved over staff's sheet without asking";
    EXPECT_TRUE(repo.sheet(a, s)->sameContent(roundSheet(e, a, s, 1, true)));

    // Undo of the judge's own save is refused, in words, once someone else changed the sheet since.
    scoreAll(*w, 4);
    ASSERT_TRUE(w->save(SheetStatus::Submitted));
    ASSERT_TRUE(repo.saveSheet(roundSheet(e, a, s, 2, true), u"staff"_s));
    QString warned;
    QTimer::singleShot(0, [&] {
        if (auto *box = openDialog<QMessageBox>()) {
            warned = box->text();
            box->accept();
        }
    });
    w->undoAction()->trigger();
    EXPECT_TRUE(warned.contains(u"Nothing was saved"_s)) << warned.toStdString();
    EXPECT_TRUE(repo.sheet(a, s)->sameContent(roundSheet(e, a, s, 2, true)));
    w->close();
}

TEST_F(JudgeWindowPg, NextGoesToTheSubmissionWithTheFewestReviews)
{
    ScoreRepository repo(*staff);
    const QList<qint64> mine = e.assigned[a];
    auto othersOf = [&](qint64 s) { return e.othersOf(a, s); };
    // Other judges' reviews: #3 and #1 reviewed, #2 with another's draft, #4 nothing.
    ASSERT_FALSE(othersOf(mine[2]).isEmpty());
    ASSERT_FALSE(othersOf(mine[1]).isEmpty());
    for (const qint64 j : othersOf(mine[2]))
        repo.saveSheet(roundSheet(e, j, mine[2], 0, true), u"staff"_s);
    repo.saveSheet(roundSheet(e, othersOf(mine[1]).first(), mine[1], 0, false), u"staff"_s);
    if (!othersOf(mine[0]).isEmpty())
        repo.saveSheet(roundSheet(e, othersOf(mine[0]).first(), mine[0], 0, true), u"staff"_s);

    auto w = openAsJudge();
    ASSERT_EQ(shown(*w), mine[0]);
    ASSERT_TRUE(w->goToNext());
    EXPECT_EQ(shown(*w), mine[3]);
    EXPECT_EQ(shown(*w), nextSubmission(*staff, a)->submissionId) << "the same order as `scores next`";
    // A draft started: Next stays with it until it is submitted.
    w->form()->scoreEdit(w->form()->rubric().judgedCriteria().first().id)->setText(u"6"_s);
    w->nextButton()->click();
    EXPECT_EQ(shown(*w), mine[3]);
    EXPECT_EQ(repo.sheet(a, mine[3])->status, SheetStatus::Draft);
    scoreAll(*w, 6);
    ASSERT_TRUE(w->save(SheetStatus::Submitted));
    w->nextButton()->click();
    EXPECT_EQ(shown(*w), mine[1]);
    for (int i = 0; i < 3; ++i) {
        scoreAll(*w, 5);
        ASSERT_TRUE(w->save(SheetStatus::Submitted));
        w->goToNext();
    }
    EXPECT_EQ(w->progressText(), u"4 of 4 done"_s);
    EXPECT_FALSE(w->goToNext()) << "nothing left";
}

TEST_F(JudgeWindowPg, AnAssignmentStaffAddAppearsLive)
{
    auto w = openAsJudge();
    w->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    ASSERT_EQ(w->list()->count(), 4);
    qint64 extra = 0;
    for (const qint64 s : e.submissions)
        if (!e.assigned[a].contains(s))
            extra = s;
    ASSERT_TRUE(extra);
    // The judge is typing: the typing stays while the list follows.
    const qint64 c = w->form()->rubric().judgedCriteria().first().id;
    w->form()->scoreEdit(c)->setText(u"4"_s);
    JudgeAssignmentRepository(*staff).assign(a, extra, true, u"staff"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w->list()->count(), 5, 3000);
    EXPECT_EQ(w->packet().entries.last().id, extra);
    EXPECT_EQ(w->progressText(), u"0 of 5 done"_s);
    EXPECT_EQ(shown(*w), e.assigned[a].first());
    EXPECT_EQ(w->form()->scoreEdit(c)->text(), u"4"_s);
    ASSERT_TRUE(w->select(extra));
    EXPECT_EQ(w->form()->sheet(SheetStatus::Draft).scores.size(), 0);
    ASSERT_TRUE(ScoreRepository(*staff).sheet(a, e.assigned[a].first())) << "the typing was kept on moving on";

    // A sheet staff change while the form is not being edited is shown as the server holds it.
    ScoreRepository(*staff).saveSheet(roundSheet(e, a, extra, 4, false), u"staff"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w->form()->scoreEdit(c)->text(),
                              QString::number(roundSheet(e, a, extra, 4, false).scores.value(c)), 3000);
    w->close();
}

TEST_F(JudgeWindowPg, AFinalTrackIsReadOnly)
{
    auto w = openAsJudge();
    w->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(w.get()));
    EXPECT_TRUE(w->submitButton()->isEnabled());
    // Even while the judge types: the scores could no longer be saved.
    w->form()->scoreEdit(w->form()->rubric().judgedCriteria().first().id)->setText(u"5"_s);
    JudgingResultRepository(*staff).finalise(e.trackId, u"staff"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!w->submitButton()->isEnabled(), 3000);
    EXPECT_FALSE(w->draftButton()->isEnabled());
    EXPECT_TRUE(w->form()->problemText().contains(u"are final"_s)) << w->form()->problemText().toStdString();
    EXPECT_FALSE(w->save(SheetStatus::Draft));
    EXPECT_FALSE(w->goToNext()) << "nothing to score in a final track";
    for (int row = 0; row < w->list()->count(); ++row) // marked in the list, as it happened
        EXPECT_TRUE(w->list()->item(row)->text().contains(u" (final) "_s)) << w->list()->item(row)->text().toStdString();

    // Opened afresh, the same.
    auto again = openAsJudge();
    for (const qint64 s : e.assigned[a]) {
        ASSERT_TRUE(again->select(s));
        EXPECT_FALSE(again->submitButton()->isEnabled());
    }
    w->close();
}

TEST_F(JudgeWindowPg, TheFileMenuOpensAnotherEventInTheWindowItsLoginNeeds)
{
    // As the staff window hands it over: deleted on closing. The windows opened are too: kept in QPointers.
    QPointer<JudgeWindow> w = openAsJudge().release();
    w->setAttribute(Qt::WA_DeleteOnClose);
    w->show();
    EXPECT_FALSE(w->saveCopyAction()->isVisible()) << "the server keeps the judge's work: nothing to send back";
    const auto visibleWindows = [] {
        QList<QMainWindow *> found;
        for (QWidget *top : QApplication::topLevelWidgets())
            if (auto *m = qobject_cast<QMainWindow *>(top); m && m->isVisible())
                found << m;
        return found;
    };
    const auto deleteClosed = [] { QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete); };
    const auto answerSharedDialog = [](const QString &with, QString *filled = nullptr) {
        QTimer::singleShot(0, [with, filled] {
            auto *d = openDialog<SharedEventDialog>();
            ASSERT_TRUE(d);
            if (filled)
                *filled = d->url();
            d->urlEdit()->setText(with);
            emit d->urlEdit()->textEdited(with);
            d->accept();
        });
    };

    // A server that is not there: said, and the judge window stays.
    PostgresUrl nowhere = PostgresUrl::parse(url);
    nowhere.port = 1;
    const QString error = w->open(nowhere.toString());
    EXPECT_TRUE(error.contains(u"Check the server's name"_s)) << error.toStdString();
    EXPECT_EQ(visibleWindows(), QList<QMainWindow *>{w.data()});

    // File > Open Shared Event… with a staff login: the staff window opens, the judge window closes (once
    // the dialog is done: it goes with the window).
    QString filled;
    answerSharedDialog(url, &filled);
    w->openSharedAction()->trigger();
    EXPECT_EQ(PostgresUrl::parse(filled).toString(), PostgresUrl::parse(judgeUrl).toString()) << "the event open";
    deleteClosed();
    EXPECT_FALSE(w) << "closed, and gone";
    QList<QMainWindow *> opened = visibleWindows();
    ASSERT_EQ(opened.size(), 1);
    QPointer<MainWindow> staffWindow = qobject_cast<MainWindow *>(opened.first());
    ASSERT_TRUE(staffWindow);
    ASSERT_TRUE(staffWindow->session());
    EXPECT_EQ(staffWindow->session()->database().path(), PostgresUrl::parse(url).toString());

    // The judge's login from its File > Open Shared Event…: the judge window again, the staff one closes.
    answerSharedDialog(judgeUrl);
    staffWindow->openSharedEvent();
    QPointer<JudgeWindow> judgeWindow = staffWindow->judgeWindow();
    ASSERT_TRUE(judgeWindow);
    deleteClosed();
    EXPECT_FALSE(staffWindow) << "closed, and gone";
    EXPECT_EQ(visibleWindows(), QList<QMainWindow *>{judgeWindow.data()});
    EXPECT_EQ(judgeWindow->packet().entries.size(), 4);

    // Open Recent lists both; the staff login from there opens the staff window.
    emit judgeWindow->recentMenu()->aboutToShow();
    QStringList listed;
    QAction *staffEntry = nullptr;
    for (QAction *entry : judgeWindow->recentMenu()->actions()) {
        listed << entry->text();
        if (entry->text() == PostgresUrl::parse(url).toString())
            staffEntry = entry;
    }
    EXPECT_EQ(listed.value(0), PostgresUrl::parse(judgeUrl).toString()) << listed.join(u", "_s).toStdString();
    ASSERT_NE(staffEntry, nullptr) << listed.join(u", "_s).toStdString();
    staffEntry->trigger();
    deleteClosed();
    EXPECT_FALSE(judgeWindow) << "closed, and gone";
    opened = visibleWindows();
    ASSERT_EQ(opened.size(), 1);
    auto *staffAgain = qobject_cast<MainWindow *>(opened.first());
    ASSERT_TRUE(staffAgain && staffAgain->session());
    staffAgain->close();
    deleteClosed();
}
