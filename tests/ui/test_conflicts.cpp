// Two staff saving the same row: each editable row carries a version; a save over fields someone else
// saved meanwhile is refused with both values shown (keep mine / take theirs), never silently overwritten.
#include "demo/demoevent.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/taskdialog.h"
#include "eventeditor.h"
#include "eventsession.h"
#include "judging/judgingeditor.h"
#include "mainwindow.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/participantrepository.h"
#include "storage/rowversion.h"
#include "storage/submissionrepository.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"
#include "support/opendialog.h"
#include "testutil.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QTimer>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

QString makeDemo(const TempDir &dir)
{
    const QString path = dir.path(u"demo.sqlite"_s);
    Database db(path);
    addDemoData(db);
    return path;
}

} // namespace

TEST(RowVersions, EveryWriteFromAnyConnectionRaisesTheRowsVersion)
{
    TempDir dir;
    const QString path = makeDemo(dir);
    Database mine(path), theirs(path); // two programs on one file
    const Task task = TaskRepository(mine).all().first();
    const qint64 v0 = RowVersion::of(mine, u"task"_s, task.id);
    EXPECT_GE(v0, 1);
    Task t = task;
    t.title = u"Edited here"_s;
    TaskRepository(mine).update(t);
    EXPECT_EQ(RowVersion::of(theirs, u"task"_s, task.id), v0 + 1);
    t.title = u"Edited there"_s;
    TaskRepository(theirs).update(t);
    EXPECT_EQ(RowVersion::of(mine, u"task"_s, task.id), v0 + 2);
    EXPECT_EQ(RowVersion::of(mine, u"task"_s, 999999), 0) << "no such row";

    // A team's save writes its row: a change of members alone raises it too.
    const Team team = TeamRepository(mine).all().first();
    const qint64 tv = RowVersion::of(mine, u"team"_s, team.id);
    Team fewer = team;
    fewer.memberIds.removeLast();
    TeamRepository(theirs).update(fewer);
    EXPECT_GT(RowVersion::of(mine, u"team"_s, team.id), tv);

    const Participant p = ParticipantRepository(mine).all().first();
    const qint64 pv = RowVersion::of(mine, u"participant"_s, p.id);
    Participant renamed = p;
    renamed.name = u"Renamed"_s;
    ParticipantRepository(theirs).update(renamed);
    EXPECT_EQ(RowVersion::of(mine, u"participant"_s, p.id), pv + 1);

    JudgeAssignmentRepository judgeRepo(theirs);
    SubmissionRepository submissionRepo(theirs);
    const Judge judge = judgeRepo.judges().first();
    const qint64 jv = RowVersion::of(mine, u"judge"_s, judge.id);
    Judge j = judge;
    j.name = u"Judge renamed"_s;
    judgeRepo.updateJudge(j, u"test"_s);
    EXPECT_EQ(RowVersion::of(mine, u"judge"_s, judge.id), jv + 1);
    const Submission submission = submissionRepo.submissions().first();
    const qint64 sv = RowVersion::of(mine, u"submission"_s, submission.id);
    Submission s = submission;
    s.title = u"Retitled"_s;
    submissionRepo.updateSubmission(s, u"test"_s);
    EXPECT_EQ(RowVersion::of(mine, u"submission"_s, submission.id), sv + 1);
}

TEST(RowVersions, ASaveOverAFieldSomeoneElseSavedIsRefusedWithBothValuesThenKeepMineOrTakeTheirs)
{
    TempDir dir;
    const QString path = makeDemo(dir);
    EventSession session(std::make_unique<Database>(path));
    EventEditor editor(&session);
    Database other(path); // another staff member's program
    const Task loaded = TaskRepository(session.database()).all().first();
    const qint64 version = RowVersion::of(session.database(), u"task"_s, loaded.id);
    {
        Task t = loaded;
        t.title = u"Their title"_s;
        t.url = u"https://github.com/their/link"_s;
        TaskRepository(other).update(t);
    }
    Task edited = loaded;
    edited.title = u"My title"_s;
    edited.stars = Stars::fromMilli(loaded.stars.milli() + 500);
    const QString refused = editor.updateTask(loaded, edited, QString(), version);
    EXPECT_TRUE(refused.contains(u"Someone else saved task No.%1"_s.arg(loaded.number))) << refused.toStdString();
    ASSERT_EQ(editor.conflict().fields.size(), 1) << "only the field both edited: their link is no conflict";
    EXPECT_EQ(editor.conflict().fields[0].field, u"Title"_s);
    EXPECT_EQ(editor.conflict().fields[0].mine, u"My title"_s);
    EXPECT_EQ(editor.conflict().fields[0].theirs, u"Their title"_s);
    Task now = *TaskRepository(session.database()).get(loaded.id);
    EXPECT_EQ(now.title, u"Their title"_s) << "nothing was saved";
    EXPECT_EQ(now.stars, loaded.stars);
    EXPECT_EQ(session.undoStack()->count(), 0);

    // Take theirs: their title stays, my other edit is saved, their link too.
    ASSERT_TRUE(editor.updateTask(loaded, edited, QString(), version, OnConflict::TakeTheirs).isEmpty());
    now = *TaskRepository(session.database()).get(loaded.id);
    EXPECT_EQ(now.title, u"Their title"_s);
    EXPECT_EQ(now.stars, edited.stars);
    EXPECT_EQ(now.url, u"https://github.com/their/link"_s);
    session.undoStack()->undo();
    EXPECT_EQ(TaskRepository(session.database()).get(loaded.id)->stars, loaded.stars);

    // Keep mine: my title over theirs (they saw it coming: the dialog showed both).
    ASSERT_TRUE(editor.updateTask(loaded, edited, QString(), version, OnConflict::KeepMine).isEmpty());
    now = *TaskRepository(session.database()).get(loaded.id);
    EXPECT_EQ(now.title, u"My title"_s);
    EXPECT_EQ(now.stars, edited.stars);
    EXPECT_EQ(now.url, u"https://github.com/their/link"_s) << "a field I did not edit keeps theirs";

    // Nobody saved since the form read it: saved at once, whatever it holds.
    const Task fresh = *TaskRepository(session.database()).get(loaded.id);
    Task again = fresh;
    again.title = u"Mine again"_s;
    ASSERT_TRUE(
        editor.updateTask(fresh, again, QString(), RowVersion::of(session.database(), u"task"_s, fresh.id)).isEmpty());
    EXPECT_TRUE(editor.conflict().isEmpty());
    EXPECT_TRUE(editor.notice().isEmpty());
}

TEST(RowVersions, ParticipantTeamJudgeAndSubmissionFormsRefuseAStaleSaveToo)
{
    TempDir dir;
    const QString path = makeDemo(dir);
    EventSession session(std::make_unique<Database>(path));
    EventEditor editor(&session);
    JudgingEditor judging(&session);
    Database other(path);
    const Database &db = session.database();

    const Participant person = ParticipantRepository(db).all().first();
    const qint64 pv = RowVersion::of(db, u"participant"_s, person.id);
    const Team team = TeamRepository(db).all().first();
    const qint64 tv = RowVersion::of(db, u"team"_s, team.id);
    const Judge judge = JudgeAssignmentRepository(db).judges().first();
    const qint64 jv = RowVersion::of(db, u"judge"_s, judge.id);
    const Submission submission = SubmissionRepository(db).submissions().first();
    const qint64 sv = RowVersion::of(db, u"submission"_s, submission.id);
    {
        Participant p = person;
        p.email = u"theirs@example.org"_s;
        ParticipantRepository(other).update(p);
        Team t = team;
        t.name = u"Their team name"_s;
        TeamRepository(other).update(t);
        JudgeAssignmentRepository judgeRepo(other);
        SubmissionRepository submissionRepo(other);
        Judge j = judge;
        j.organisation = u"Their organisation"_s;
        judgeRepo.updateJudge(j, u"other"_s);
        Submission s = submission;
        s.title = u"Their title"_s;
        submissionRepo.updateSubmission(s, u"other"_s);
    }
    Participant p = person;
    p.email = u"mine@example.org"_s;
    EXPECT_FALSE(editor.updateParticipant(person, p, pv).isEmpty());
    ASSERT_EQ(editor.conflict().fields.size(), 1);
    EXPECT_EQ(editor.conflict().fields[0].mine, u"mine@example.org"_s);
    EXPECT_EQ(editor.conflict().fields[0].theirs, u"theirs@example.org"_s);

    Team t = team;
    t.name = u"My team name"_s;
    EXPECT_FALSE(editor.updateTeam(team, t, tv).isEmpty());
    ASSERT_EQ(editor.conflict().fields.size(), 1);
    EXPECT_EQ(editor.conflict().fields[0].theirs, u"Their team name"_s);

    Judge j = judge;
    j.organisation = u"My organisation"_s;
    EXPECT_FALSE(judging.updateJudge(judge, j, jv).isEmpty());
    ASSERT_EQ(judging.conflict().fields.size(), 1);
    EXPECT_EQ(judging.conflict().fields[0].mine, u"My organisation"_s);
    EXPECT_EQ(judging.conflict().fields[0].theirs, u"Their organisation"_s);

    Submission s = submission;
    s.title = u"My title"_s;
    EXPECT_FALSE(judging.updateSubmission(submission, s, sv).isEmpty());
    ASSERT_EQ(judging.conflict().fields.size(), 1);
    EXPECT_EQ(judging.conflict().fields[0].theirs, u"Their title"_s);

    // Nothing was written by the refused saves.
    EXPECT_EQ(ParticipantRepository(db).get(person.id)->email, u"theirs@example.org"_s);
    EXPECT_EQ(TeamRepository(db).get(team.id)->name, u"Their team name"_s);
    EXPECT_EQ(JudgeAssignmentRepository(db).judge(judge.id)->organisation, u"Their organisation"_s);
    EXPECT_EQ(SubmissionRepository(db).submission(submission.id)->title, u"Their title"_s);
    EXPECT_EQ(session.undoStack()->count(), 0);

    ASSERT_TRUE(judging.updateSubmission(submission, s, sv, OnConflict::KeepMine).isEmpty());
    EXPECT_EQ(SubmissionRepository(db).submission(submission.id)->title, u"My title"_s);
}

// The whole way a user meets it: the task form, someone else's save while it is open, the dialog with
// both values, Keep Mine.
TEST(RowVersions, TheTaskFormShowsTheConflictDialogAndKeepsMine)
{
    QSettings().clear();
    TempDir dir;
    const QString path = makeDemo(dir);
    MainWindow window(path);
    const Task task = TaskRepository(window.session()->database()).all().first();
    QStringList shown;
    bool cancelled = false;
    QTimer::singleShot(0, [&] {
        TaskDialog *form = openDialog<TaskDialog>();
        ASSERT_TRUE(form);
        form->titleEdit()->setText(u"Title from my form"_s);
        {
            Database other(path);
            Task t = *TaskRepository(other).get(task.id);
            t.title = u"Title from their form"_s;
            TaskRepository(other).update(t);
        }
        // First Cancel: nothing saved, the form stays open and says why.
        QTimer::singleShot(0, [&] {
            ConflictDialog *d = openDialog<ConflictDialog>();
            ASSERT_TRUE(d);
            d->reject();
            cancelled = true;
        });
        form->accept();
        EXPECT_TRUE(form->isVisible());
        EXPECT_TRUE(form->problem().contains(u"Not saved"_s)) << form->problem().toStdString();
        QTimer::singleShot(0, [&] {
            ConflictDialog *d = openDialog<ConflictDialog>();
            ASSERT_TRUE(d);
            for (int c = 0; c < 3; ++c)
                shown << d->table()->item(0, c)->text();
            d->findChild<QPushButton *>(u"keepMine"_s)->click();
        });
        form->accept();
    });
    window.editTask(task.id);
    EXPECT_TRUE(cancelled);
    EXPECT_EQ(shown, (QStringList{u"Title"_s, u"Title from my form"_s, u"Title from their form"_s}));
    EXPECT_EQ(TaskRepository(window.session()->database()).get(task.id)->title, u"Title from my form"_s);
}
