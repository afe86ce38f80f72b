// The window and the event database: a missing or foreign file, backups, another program's changes,
// and an undo stack that never drifts from what is stored.
#include "demo/demoevent.h"
#include "eventeditor.h"
#include "eventsession.h"
#include "judging/judgingeditor.h"
#include "mainwindow.h"
#include "models/tablemodel.h"
#include "pages/tablepage.h"
#include "programmeeditor.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/programmerepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/sqlquery.h"
#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"
#include "support/dbdump.h"
#include "support/opendialog.h"
#include "testutil.h"

#include <algorithm>

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>
#include <QUndoStack>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QAction *menuAction(MainWindow &window, const QString &text)
{
    for (QAction *a : window.menuBar()->findChildren<QAction *>())
        if (a->text() == text)
            return a;
    return nullptr;
}

QString makeDemo(const TempDir &dir)
{
    const QString path = dir.path(u"demo.sqlite"_s);
    Database db(path);
    addDemoData(db);
    return path;
}

// Another program holding the write lock, for as long as it lives.
class WriteLock
{
public:
    explicit WriteLock(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-program"_s);
        m_db.setDatabaseName(path);
        EXPECT_TRUE(m_db.open());
        EXPECT_TRUE(QSqlQuery(m_db).exec(u"BEGIN IMMEDIATE"_s));
    }
    ~WriteLock()
    {
        QSqlQuery(m_db).exec(u"ROLLBACK"_s);
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"other-program"_s);
    }

private:
    QSqlDatabase m_db;
};

} // namespace

TEST(StorageWindow, AMissingDatabaseIsCreatedOnlyAfterAsking)
{
    QSettings().clear();
    TempDir dir;
    const QString missing = dir.path(u"typo.sqlite"_s);
    QString asked;
    answerNextQuestion(QMessageBox::No, &asked);
    {
        MainWindow window(missing);
        EXPECT_TRUE(asked.contains(missing)) << asked.toStdString();
        EXPECT_FALSE(window.session());
        EXPECT_FALSE(QFileInfo::exists(missing));
        // Nothing that needs an event stays enabled.
        for (const QString &text : {u"&Sync with GitHub…"_s, u"&Back Up…"_s, u"&Restore…"_s,
                                    u"&Import Task List from Issue…"_s, u"Export Current &Table as CSV…"_s}) {
            QAction *a = menuAction(window, text);
            ASSERT_TRUE(a) << text.toStdString();
            EXPECT_FALSE(a->isEnabled()) << text.toStdString();
        }
    }
    answerNextQuestion(QMessageBox::Yes);
    MainWindow window(missing);
    ASSERT_TRUE(window.session());
    EXPECT_TRUE(QFileInfo::exists(missing));
    EXPECT_TRUE(menuAction(window, u"&Back Up…"_s)->isEnabled());
}

TEST(StorageWindow, AFileThatIsNotADatabaseIsRefusedInWordsAndTheWindowStaysAsItWas)
{
    QSettings().clear();
    TempDir dir;
    const QString demo = makeDemo(dir);
    const QString junk = dir.path(u"notes.sqlite"_s);
    writeAll(junk, QByteArray("plain text, not a database\n").repeated(100));
    MainWindow window(demo);
    ASSERT_TRUE(window.session());
    const QString error = window.openDatabase(junk);
    EXPECT_TRUE(error.contains(u"is not a HackDesk database"_s)) << error.toStdString();
    EXPECT_EQ(window.session()->database().path(), QFileInfo(demo).absoluteFilePath());
    EXPECT_TRUE(menuAction(window, u"&Sync with GitHub…"_s)->isEnabled());
    EXPECT_FALSE(QFileInfo::exists(junk + u"-wal"_s));
    EXPECT_FALSE(QFileInfo::exists(junk + u"-shm"_s));
}

TEST(StorageWindow, RestoreShowsWhatTheBackupHoldsAndBringsItBack)
{
    QSettings().clear();
    TempDir dir;
    const QString demo = makeDemo(dir);
    MainWindow window(demo);
    const QString backup = dir.path(u"backup.sqlite"_s);
    window.session()->database().backupTo(backup);
    const int people = window.page(MainWindow::People)->model()->rowCount();
    Participant p;
    p.login = u"after-the-backup"_s;
    ASSERT_TRUE(window.editor()->addParticipant(p).isEmpty());
    window.showPage(MainWindow::People);
    ASSERT_EQ(window.page(MainWindow::People)->model()->rowCount(), people + 1);

    QString shown;
    answerNextQuestion(QMessageBox::No, &shown);
    EXPECT_FALSE(window.restoreFrom(backup));
    EXPECT_TRUE(shown.contains(u"%1 participants"_s.arg(people))) << shown.toStdString();
    EXPECT_EQ(window.page(MainWindow::People)->model()->rowCount(), people + 1);

    answerNextQuestion(QMessageBox::Yes);
    ASSERT_TRUE(window.restoreFrom(backup));
    window.showPage(MainWindow::People);
    EXPECT_EQ(window.page(MainWindow::People)->model()->rowCount(), people);
    EXPECT_EQ(QDir(demo + u".backups"_s).entryList({u"*-before-restore.sqlite"_s}, QDir::Files).size(), 1);
}

TEST(StorageWindow, AnotherProgramsChangeIsReloadedIntoView)
{
    QSettings().clear();
    TempDir dir;
    const QString demo = makeDemo(dir);
    MainWindow window(demo);
    window.showPage(MainWindow::People);
    const int people = window.page(MainWindow::People)->model()->rowCount();
    QSignalSpy outside(window.session(), &EventSession::changedOutside);
    {
        Database other(demo); // another program
        Participant p;
        p.login = u"from-another-program"_s;
        ParticipantRepository(other).insert(p);
    }
    window.session()->checkOutsideChanges(); // the timer's work, without waiting for it
    EXPECT_EQ(outside.count(), 1);
    EXPECT_EQ(window.page(MainWindow::People)->model()->rowCount(), people + 1);
    window.session()->checkOutsideChanges();
    EXPECT_EQ(outside.count(), 1) << "nothing new: no reload";
    // The window's own edits are not another program's.
    Participant mine;
    mine.login = u"mine"_s;
    ASSERT_TRUE(window.editor()->addParticipant(mine).isEmpty());
    window.session()->checkOutsideChanges();
    EXPECT_EQ(outside.count(), 1);
}

TEST(StorageWindow, TheTaskFormWritesOnlyTheFieldsEditedAndSaysWhenTheRowChangedUnderneath)
{
    QSettings().clear();
    TempDir dir;
    const QString demo = makeDemo(dir);
    auto db = std::make_unique<Database>(demo);
    EventSession session(std::move(db));
    EventEditor editor(&session);
    const Task loaded = TaskRepository(session.database()).all().first();
    {
        Database other(demo); // an import in another program while the form is open
        Task t = *TaskRepository(other).get(loaded.id);
        t.title = u"Title from the issue"_s;
        TaskRepository(other).update(t);
    }
    Task edited = loaded;
    edited.stars = Stars::fromMilli(loaded.stars.milli() + 1000);
    ASSERT_TRUE(editor.updateTask(loaded, edited, QString()).isEmpty());
    Task now = *TaskRepository(session.database()).get(loaded.id);
    EXPECT_EQ(now.title, u"Title from the issue"_s) << "the other program's change is kept";
    EXPECT_EQ(now.stars, edited.stars);
    EXPECT_TRUE(editor.notice().contains(u"Another program changed task No.%1"_s.arg(loaded.number)))
        << editor.notice().toStdString();

    session.undoStack()->undo();
    now = *TaskRepository(session.database()).get(loaded.id);
    EXPECT_EQ(now.stars, loaded.stars);
    EXPECT_EQ(now.title, u"Title from the issue"_s) << "undo puts back only the edited field";

    // Without a change underneath there is nothing to tell.
    const Participant person = ParticipantRepository(session.database()).all().first();
    Participant renamed = person;
    renamed.name = u"New Name"_s;
    ASSERT_TRUE(editor.updateParticipant(person, renamed).isEmpty());
    EXPECT_TRUE(editor.notice().isEmpty());
    EXPECT_EQ(ParticipantRepository(session.database()).get(person.id)->name, u"New Name"_s);
}

TEST(StorageWindow, TheTeamFormWritesOnlyWhatWasEditedAndSaysWhenTheRowChangedUnderneath)
{
    TempDir dir;
    const QString demo = makeDemo(dir);
    auto db = std::make_unique<Database>(demo);
    EventSession session(std::move(db));
    EventEditor editor(&session);
    const QList<Participant> people = ParticipantRepository(session.database()).all();
    ASSERT_GE(people.size(), 4);
    const qint64 p1 = people[0].id, p2 = people[1].id, p3 = people[2].id, p4 = people[3].id;
    const auto ids = [](QList<qint64> list) { // as the repository gives members: by id
        std::sort(list.begin(), list.end());
        return list;
    };
    ASSERT_TRUE(editor.addTeam({0, u"Tigers"_s, p1, {p1, p2}}).isEmpty());
    const qint64 id = editor.lastInsertedId();
    const Team loaded = *TeamRepository(session.database()).get(id);
    {
        Database other(demo); // another program renames the team and adds a member while the form is open
        Team t = *TeamRepository(other).get(id);
        t.name = u"Tigers (renamed)"_s;
        t.memberIds.append(p3);
        TeamRepository(other).update(t);
    }
    Team edited = loaded; // the form takes p2 out and puts p4 in; the name is left alone
    edited.memberIds = {p1, p4};
    ASSERT_TRUE(editor.updateTeam(loaded, edited).isEmpty());
    Team now = *TeamRepository(session.database()).get(id);
    EXPECT_EQ(now.name, u"Tigers (renamed)"_s) << "the other program's name is kept";
    EXPECT_EQ(now.memberIds, ids({p1, p3, p4})) << "its member kept, the form's edits made";
    EXPECT_EQ(now.leaderId, p1);
    EXPECT_TRUE(editor.notice().contains(u"Another program changed the team"_s)) << editor.notice().toStdString();

    session.undoStack()->undo(); // takes back only the form's edits
    now = *TeamRepository(session.database()).get(id);
    EXPECT_EQ(now.name, u"Tigers (renamed)"_s);
    EXPECT_EQ(now.memberIds, ids({p1, p2, p3}));
    session.undoStack()->redo();
    EXPECT_EQ(TeamRepository(session.database()).get(id)->memberIds, ids({p1, p3, p4}));

    // A rename with nothing changed underneath: saved, nothing to tell.
    const Team current = *TeamRepository(session.database()).get(id);
    Team renamed = current;
    renamed.name = u"Lions"_s;
    ASSERT_TRUE(editor.updateTeam(current, renamed).isEmpty());
    EXPECT_TRUE(editor.notice().isEmpty()) << editor.notice().toStdString();
    EXPECT_EQ(TeamRepository(session.database()).get(id)->name, u"Lions"_s);
}

TEST(StorageWindow, TheJudgeAndSubmissionFormsWriteOnlyWhatWasEdited)
{
    TempDir dir;
    const QString demo = makeDemo(dir);
    auto db = std::make_unique<Database>(demo);
    EventSession session(std::move(db));
    JudgingEditor editor(&session);
    JudgeAssignmentRepository judgeRepo(session.database());
    SubmissionRepository submissionRepo(session.database());
    const Judge judge = judgeRepo.judges().first();
    const Submission submission = submissionRepo.submissions().first();
    {
        Database other(demo); // another program changes both while their forms are open
        JudgeAssignmentRepository otherJudges(other);
        SubmissionRepository otherSubmissions(other);
        Judge j = *otherJudges.judge(judge.id);
        j.organisation = u"Changed elsewhere"_s;
        otherJudges.updateJudge(j, u"other"_s);
        Submission sub = *otherSubmissions.submission(submission.id);
        sub.title = u"Title changed elsewhere"_s;
        otherSubmissions.updateSubmission(sub, u"other"_s);
    }
    Judge editedJudge = judge;
    editedJudge.name = u"Name from the form"_s;
    ASSERT_TRUE(editor.updateJudge(judge, editedJudge).isEmpty());
    EXPECT_TRUE(editor.notice().contains(u"Another program changed the judge"_s)) << editor.notice().toStdString();
    Submission editedSubmission = submission;
    editedSubmission.links.append({u"slides"_s, u"https://example.com/slides"_s});
    ASSERT_TRUE(editor.updateSubmission(submission, editedSubmission).isEmpty());
    EXPECT_TRUE(editor.notice().contains(u"Another program changed the submission"_s)) << editor.notice().toStdString();

    EXPECT_EQ(judgeRepo.judge(judge.id)->name, u"Name from the form"_s);
    EXPECT_EQ(judgeRepo.judge(judge.id)->organisation, u"Changed elsewhere"_s);
    EXPECT_EQ(submissionRepo.submission(submission.id)->links, editedSubmission.links);
    EXPECT_EQ(submissionRepo.submission(submission.id)->title, u"Title changed elsewhere"_s);

    session.undoStack()->undo();
    session.undoStack()->undo();
    EXPECT_EQ(judgeRepo.judge(judge.id)->name, judge.name);
    EXPECT_EQ(judgeRepo.judge(judge.id)->organisation, u"Changed elsewhere"_s)
        << "undo puts back only the edited field";
    EXPECT_EQ(submissionRepo.submission(submission.id)->links, submission.links);
    EXPECT_EQ(submissionRepo.submission(submission.id)->title, u"Title changed elsewhere"_s);
}

TEST(StorageWindow, UndoOfAScoreOnAFinalTrackLeavesTheStackAsItWas)
{
    TempDir dir;
    auto db = std::make_unique<Database>(makeDemo(dir));
    EventSession session(std::move(db));
    const qint64 fundable = EventRepository(session.database()).resolveTrack(u"fundable"_s).id;
    JudgeAssignmentRepository judgeRepo(session.database());
    RubricRepository rubricRepo(session.database());
    ScoreRepository scoreRepo(session.database());
    const Assignment a = judgeRepo.assignments(fundable).first();
    ScoreSheet sheet;
    sheet.judgeId = a.judgeId;
    sheet.submissionId = a.submissionId;
    const auto rubric = rubricRepo.rubric(fundable);
    for (const Criterion &c : rubric->criteria)
        if (c.judged())
            sheet.scores.insert(c.id, 6);
    JudgingEditor editor(&session);
    ASSERT_TRUE(editor.saveSheet(sheet).isEmpty());
    ASSERT_TRUE(editor.finalise(fundable).isEmpty());
    QUndoStack *undo = session.undoStack();
    const int index = undo->index();
    QSignalSpy failed(&session, &EventSession::failed);
    undo->undo();
    QCoreApplication::processEvents();
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(undo->index(), index);
    EXPECT_TRUE(undo->canUndo());
    EXPECT_FALSE(undo->canRedo()) << "Redo offered while the sheet is still stored";
    EXPECT_TRUE(scoreRepo.sheet(a.judgeId, a.submissionId));
}

// Finalising and unlocking are not undoable; around them an undo or redo of a score is refused while the
// track is final and works again once it is unlocked, with the stack, the sheet and the log in step.
TEST(StorageWindow, UndoAndRedoAroundFinaliseAndUnlockStayInStep)
{
    TempDir dir;
    auto db = std::make_unique<Database>(makeDemo(dir));
    EventSession session(std::move(db));
    const Database &d = session.database();
    const qint64 fundable = EventRepository(d).resolveTrack(u"fundable"_s).id;
    JudgeAssignmentRepository judgeRepo(d);
    RubricRepository rubricRepo(d);
    ScoreRepository scoreRepo(d);
    Assignment a;
    for (const Assignment &x : judgeRepo.assignments(fundable))
        if (!scoreRepo.sheet(x.judgeId, x.submissionId))
            a = x;
    ASSERT_NE(a.judgeId, 0);
    ScoreSheet sheet;
    sheet.judgeId = a.judgeId;
    sheet.submissionId = a.submissionId;
    const Rubric rubric = *rubricRepo.rubric(fundable); // kept: the loop reads its criteria
    for (const Criterion &c : rubric.criteria)
        if (c.judged())
            sheet.scores.insert(c.id, 7);
    JudgingEditor editor(&session);
    QUndoStack *undo = session.undoStack();
    QSignalSpy failed(&session, &EventSession::failed);
    const auto logSize = [&] { return SqlQuery::scalar(d, u"SELECT count(*) FROM judging_log"_s).toInt(); };
    const auto step = [&](void (QUndoStack::*move)()) {
        (undo->*move)();
        QCoreApplication::processEvents();
    };

    ASSERT_TRUE(editor.saveSheet(sheet).isEmpty());
    const int index = undo->index();
    ASSERT_TRUE(editor.finalise(fundable).isEmpty());
    int log = logSize();
    step(&QUndoStack::undo); // refused: the track is final
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(undo->index(), index);
    EXPECT_FALSE(undo->canRedo());
    EXPECT_TRUE(scoreRepo.sheet(a.judgeId, a.submissionId));
    EXPECT_EQ(logSize(), log) << "a refused undo is not logged";

    EXPECT_FALSE(editor.unlock(fundable, QString()).isEmpty()) << "unlocking needs a reason";
    EXPECT_EQ(undo->index(), index);
    ASSERT_TRUE(editor.unlock(fundable, u"a score was entered twice"_s).isEmpty());
    EXPECT_EQ(undo->index(), index);
    step(&QUndoStack::undo); // works once unlocked
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(undo->index(), index - 1);
    EXPECT_TRUE(undo->canRedo());
    EXPECT_FALSE(scoreRepo.sheet(a.judgeId, a.submissionId));

    ASSERT_TRUE(editor.finalise(fundable).isEmpty());
    log = logSize();
    step(&QUndoStack::redo); // refused again
    EXPECT_EQ(failed.count(), 2);
    EXPECT_EQ(undo->index(), index - 1);
    EXPECT_TRUE(undo->canRedo());
    EXPECT_FALSE(scoreRepo.sheet(a.judgeId, a.submissionId));
    EXPECT_EQ(logSize(), log);
    ASSERT_TRUE(editor.unlock(fundable, u"one more correction"_s).isEmpty());
    step(&QUndoStack::redo);
    EXPECT_EQ(failed.count(), 2);
    EXPECT_EQ(undo->index(), index);
    EXPECT_FALSE(undo->canRedo());
    ASSERT_TRUE(scoreRepo.sheet(a.judgeId, a.submissionId));
    EXPECT_TRUE(scoreRepo.sheet(a.judgeId, a.submissionId)->sameContent(sheet));
}

TEST(StorageWindow, EveryUndoableEditThatFailsLeavesTheStackAndTheDatabaseAsTheyWere)
{
    QSettings().clear();
    TempDir dir;
    const QString demo = makeDemo(dir);
    auto db = std::make_unique<Database>(demo);
    EventSession session(std::move(db));
    EventEditor editor(&session);
    JudgingEditor judging(&session);
    const Database &d = session.database();
    const qint64 fundable = EventRepository(d).resolveTrack(u"fundable"_s).id;
    const QList<Assignment> assignments = JudgeAssignmentRepository(d).assignments(fundable);
    ASSERT_GE(assignments.size(), 2);
    const Assignment a = assignments.first();
    Assignment unscored = assignments.last(); // one without a sheet, which unassign accepts
    for (const Assignment &x : assignments)
        if (!ScoreRepository(d).sheet(x.judgeId, x.submissionId) && x.submissionId != a.submissionId)
            unscored = x;

    ProgrammeEditor programmes(&session);
    const qint64 camp = EventRepository(d).resolveTrack(u"camp"_s).id;
    const auto fundableTrack = [&] { return fundable; };
    const auto teamId = [&] {
        return SqlQuery::scalar(d, u"SELECT id FROM team WHERE name LIKE 'Drifters%'"_s).toLongLong();
    };
    const auto judgeId = [&] {
        return SqlQuery::scalar(d, u"SELECT id FROM judge WHERE login = 'drift-judge'"_s).toLongLong();
    };
    const auto submissionId = [&] {
        return SqlQuery::scalar(d, u"SELECT id FROM submission WHERE title LIKE 'Drift submission%'"_s).toLongLong();
    };

    // One of each kind of edit the window makes through the undo stack.
    Task task = TaskRepository(d).all().first();
    task.number = 900;
    task.id = 0;
    Participant person;
    person.login = u"undo-drift"_s;
    Team team;
    team.name = u"Drifters"_s;
    Judge judge;
    judge.login = u"drift-judge"_s;
    judge.trackIds = {fundable};
    ScoreSheet sheet;
    sheet.judgeId = a.judgeId;
    sheet.submissionId = a.submissionId;
    const auto rubric = RubricRepository(d).rubric(fundable);
    for (const Criterion &c : rubric->criteria)
        if (c.judged())
            sheet.scores.insert(c.id, 5);
    const QList<std::function<QString()>> edits = {
        [&] { return editor.addTask(task, QString()); },
        [&] {
            Task t = TaskRepository(d).all().first();
            t.title += u" (edited)"_s;
            return editor.updateTask(t, QString());
        },
        [&] {
            return editor.removeTask(SqlQuery::scalar(d, u"SELECT id FROM task WHERE number = 900"_s).toLongLong());
        },
        [&] { return editor.addParticipant(person); },
        [&] {
            Participant p = ParticipantRepository(d).all().first();
            p.name = u"Edited"_s;
            return editor.updateParticipant(p);
        },
        [&] { // the one added above: it has no claim, so its removal is not refused
            return editor.removeParticipant(
                SqlQuery::scalar(d, u"SELECT id FROM participant WHERE login = 'undo-drift'"_s).toLongLong());
        },
        [&] { return editor.addTeam(team); },
        [&] {
            const Team loaded = *TeamRepository(d).get(teamId());
            Team edited = loaded;
            edited.name = u"Drifters (edited)"_s;
            edited.memberIds = {ParticipantRepository(d).all().first().id};
            return editor.updateTeam(loaded, edited);
        },
        [&] { return editor.removeTeam(teamId()); },
        [&] {
            ClaimEdit claim;
            claim.taskId = TaskRepository(d).all().first().id;
            claim.login = u"drift-claimant"_s;
            return editor.saveClaim(claim);
        },
        [&] {
            return editor.removeClaim(SqlQuery::scalar(d, u"SELECT c.id FROM claim c JOIN participant p ON "
                                                          "p.id = c.participant_id WHERE p.login = 'drift-claimant'"_s)
                                          .toLongLong());
        },
        [&] { return judging.addJudge(judge); },
        [&] {
            Judge j = *JudgeAssignmentRepository(d).judge(judgeId());
            j.name = u"Edited Judge"_s;
            return judging.updateJudge(j);
        },
        [&] { return judging.assign(judgeId(), unscored.submissionId); },
        [&] { return judging.removeJudge(judgeId()); },
        [&] { return judging.saveSheet(sheet); },
        [&] { return judging.removeSheet(sheet.judgeId, sheet.submissionId); },
        [&] { return judging.unassign(unscored.judgeId, unscored.submissionId); },
        [&] { return judging.assign(unscored.judgeId, unscored.submissionId); },
        [&] {
            Submission sub = SubmissionRepository(d).submission(unscored.submissionId).value();
            sub.id = 0;
            sub.title = u"Drift submission"_s;
            return judging.addSubmission(sub);
        },
        [&] {
            Submission sub = SubmissionRepository(d).submission(submissionId()).value();
            sub.title = u"Drift submission (edited)"_s;
            return judging.updateSubmission(sub);
        },
        [&] { return judging.autoAssign(fundable, 3); },
        [&] { return judging.removeSubmission(submissionId()); },
        [&] {
            Rubric r = *RubricRepository(d).rubric(fundable);
            r.criteria.first().weight += 1;
            return judging.saveRubric(r);
        },
        [&] {
            const CampApplication app = ProgrammeRepository(d).applications(camp).first();
            ProgrammeEditor::ApplicationEdit edit;
            edit.id = app.id;
            edit.stage = app.stage;
            edit.project = app.project;
            edit.interviewAt = app.interviewAt;
            edit.interviewer = app.interviewer;
            edit.notes = app.notes + u" (edited)"_s;
            return programmes.editApplication(edit);
        },
        [&] {
            return programmes.addApplication(camp, u"drift-camper"_s, CampChoices{1, {2}, true});
        },
        [&] {
            const CampApplication app = ProgrammeRepository(d).applications(camp).first();
            return programmes.setWeeklyReport(app.id, 1, 17, u"https://example.com/week1"_s);
        },
        [&] {
            const CampApplication app = ProgrammeRepository(d).applications(camp).first();
            const qint64 project = TaskRepository(d).all(camp).first().id;
            CampDefence defence{project, app.participantId, u"良好"_s, 3, QDate(2024, 7, 1), {u"drift-judge"_s}};
            return programmes.setCampDefence(project, app.participantId, defence);
        },
        [&] {
            const qint64 project = TaskRepository(d).all(fundableTrack()).first().id;
            QList<SubTask> subTasks = ProgrammeRepository(d).subTasks(project);
            subTasks.append({int(subTasks.size()) + 1, u"Drift sub-task"_s, u"someone"_s, {}, false, 0});
            return programmes.editFundable(project, Task::Defence::Pending, subTasks);
        },
    };
    QUndoStack *undo = session.undoStack();
    SqlQuery(d, u"PRAGMA busy_timeout = 50"_s).exec();
    for (qsizetype i = 0; i < edits.size(); ++i) {
        const int pushed = undo->index() + 1;
        const QString error = edits[i]();
        ASSERT_TRUE(error.isEmpty()) << "edit " << i << ": " << error.toStdString();
        ASSERT_EQ(undo->index(), pushed) << "edit " << i << " changed nothing: it would test the one before";
        const QString stored = dumpDatabase(d);
        const int index = undo->index();
        {
            WriteLock other(demo); // the undo cannot be written
            undo->undo();
            QCoreApplication::processEvents();
        }
        EXPECT_EQ(undo->index(), index) << "edit " << i;
        EXPECT_FALSE(undo->canRedo()) << "edit " << i;
        EXPECT_EQ(dumpDatabase(d), stored) << "edit " << i;
        // Undone for real, then a redo that fails leaves it undone.
        undo->undo();
        ASSERT_EQ(undo->index(), index - 1);
        {
            WriteLock other(demo);
            undo->redo();
            QCoreApplication::processEvents();
        }
        EXPECT_EQ(undo->index(), index - 1) << "edit " << i;
        EXPECT_TRUE(undo->canRedo()) << "edit " << i;
        undo->redo();
        ASSERT_EQ(undo->index(), index) << "edit " << i;
    }
}
