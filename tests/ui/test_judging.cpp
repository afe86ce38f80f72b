#include "demo/demoevent.h"
#include "eventsession.h"
#include "judging/judgepacket.h"
#include "judging/judgewindow.h"
#include "judging/judgingeditor.h"
#include "judging/judgingpage.h"
#include "judging/judgingrepository.h"
#include "judging/scoreform.h"
#include "judging/scoreformdialog.h"
#include "models/tablemodel.h"
#include "pages/tablepage.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

class Judging : public ::testing::Test
{
protected:
    void SetUp() override
    {
        path = dir.path(u"demo.sqlite"_s);
        auto db = std::make_unique<Database>(path);
        addDemoData(*db);
        session = std::make_unique<EventSession>(std::move(db));
        fundable = EventRepository(database()).resolveTrack(u"fundable"_s).id;
        articles = EventRepository(database()).resolveTrack(u"articles"_s).id;
        const Assignment a = JudgingRepository(database()).assignments(fundable).first();
        judge = a.judgeId;
        submission = a.submissionId;
        rubric = *JudgingRepository(database()).rubric(fundable);
    }
    const Database &database() const { return session->database(); }
    QList<qint64> judgedIds() const
    {
        QList<qint64> ids;
        for (const Criterion &c : rubric.criteria)
            if (c.judged())
                ids << c.id;
        return ids;
    }

    TempDir dir;
    QString path;
    std::unique_ptr<EventSession> session;
    qint64 fundable = 0, articles = 0, judge = 0, submission = 0;
    Rubric rubric;
};

} // namespace

TEST_F(Judging, TheFormSaysWhatIsWrongAndSavesUndoably)
{
    ScoreFormDialog dialog(session.get(), judge, submission);
    ScoreForm *form = dialog.form();
    const QList<qint64> ids = judgedIds();
    ASSERT_EQ(ids.size(), 4);
    for (qint64 id : ids)
        ASSERT_NE(form->scoreEdit(id), nullptr);
    // Every criterion's anchors are in view; the typed level is marked.
    QTest::keyClicks(form->scoreEdit(ids[0]), u"11"_s);
    EXPECT_TRUE(form->problemText().contains(u"11 is outside the scale 1-10"_s)) << form->problemText().toStdString();
    EXPECT_FALSE(form->scoreEdit(ids[0])->styleSheet().isEmpty()) << "the bad field is marked";
    form->scoreEdit(ids[0])->clear();
    QTest::keyClicks(form->scoreEdit(ids[0]), u"8"_s);
    EXPECT_TRUE(form->problemText().isEmpty());
    auto anchorsShown = form->findChildren<QLabel *>();
    bool marked = false;
    for (QLabel *l : anchorsShown)
        marked = marked || l->text().contains(u"<b>▶ 7–8: 完成八成以上，主要目标达成</b>"_s);
    EXPECT_TRUE(marked) << "the level of 8 is shown in bold";

    // Submitting with empty criteria is refused, naming them; nothing is saved.
    EXPECT_FALSE(dialog.save(SheetStatus::Submitted));
    EXPECT_TRUE(form->problemText().contains(u"still empty: 技术质量, 社区影响, 答辩表现"_s))
        << form->problemText().toStdString();
    EXPECT_FALSE(JudgingRepository(database()).sheet(judge, submission));

    // Keyboard: Up and Down step through the scale.
    form->scoreEdit(ids[1])->setFocus();
    QTest::keyClick(form->scoreEdit(ids[1]), Qt::Key_Up);
    EXPECT_EQ(form->scoreEdit(ids[1])->text(), u"1"_s);
    QTest::keyClick(form->scoreEdit(ids[1]), Qt::Key_Up);
    EXPECT_EQ(form->scoreEdit(ids[1])->text(), u"2"_s);
    QTest::keyClick(form->scoreEdit(ids[1]), Qt::Key_Down);
    EXPECT_EQ(form->scoreEdit(ids[1])->text(), u"1"_s);
    form->scoreEdit(ids[1])->setText(u"6"_s);
    form->scoreEdit(ids[2])->setText(u"7"_s);
    form->scoreEdit(ids[3])->setText(u"9"_s);
    form->commentEdit()->setPlainText(u"Convincing defence."_s);
    EXPECT_TRUE(dialog.save(SheetStatus::Submitted)) << form->problemText().toStdString();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    JudgingRepository repo(database());
    const auto saved = repo.sheet(judge, submission);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->status, SheetStatus::Submitted);
    EXPECT_EQ(saved->scores.value(ids[0]), 8);
    EXPECT_EQ(saved->scores.value(ids[3]), 9);
    EXPECT_EQ(saved->comment, u"Convincing defence."_s);

    // Undo removes it (and says so in the log); redo brings it back.
    session->undoStack()->undo();
    EXPECT_FALSE(repo.sheet(judge, submission));
    EXPECT_EQ(repo.log(fundable).first().note, u"undo"_s);
    session->undoStack()->redo();
    EXPECT_EQ(repo.sheet(judge, submission)->scores, saved->scores);
}

TEST_F(Judging, AFinalTrackOpensReadOnly)
{
    JudgingRepository(database()).finalise(fundable, u"staff"_s);
    ScoreFormDialog dialog(session.get(), judge, submission);
    EXPECT_FALSE(dialog.submitButton()->isEnabled());
    EXPECT_TRUE(dialog.form()->scoreEdit(judgedIds().first())->isReadOnly());
    EXPECT_TRUE(dialog.form()->problemText().contains(u"are final"_s));
    EXPECT_FALSE(dialog.save(SheetStatus::Draft));
}

TEST_F(Judging, ThePageShowsAssignmentsAndResultsRawAndNormalisedSideBySide)
{
    JudgingPage page(session.get());
    page.setTrack(fundable);
    for (auto tab : {JudgingPage::SubmissionsTab, JudgingPage::AssignmentsTab, JudgingPage::JudgesTab,
                     JudgingPage::ResultsTab, JudgingPage::LogTab}) {
        QAbstractItemModelTester tester(page.table(tab)->model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        EXPECT_GT(page.table(tab)->model()->rowCount(), 0) << tab;
    }
    TableModel *subs = page.table(JudgingPage::SubmissionsTab)->model();
    EXPECT_EQ(subs->rowCount(), 3);
    for (int r = 0; r < subs->rowCount(); ++r)
        EXPECT_EQ(subs->index(r, JudgingPage::SubCoverage).data().toString(), u"3 of 3"_s);
    TableModel *as = page.table(JudgingPage::AssignmentsTab)->model();
    EXPECT_EQ(as->rowCount(), JudgingRepository(database()).assignments(fundable).size());
    EXPECT_TRUE(page.statusText().contains(u"0 of 9 sheets submitted"_s)) << page.statusText().toStdString();

    // Every judge scores everything: strict chen-jie one point lower.
    JudgingRepository repo(database());
    for (const Assignment &a : repo.assignments(fundable)) {
        ScoreSheet s;
        s.judgeId = a.judgeId;
        s.submissionId = a.submissionId;
        s.status = SheetStatus::Submitted;
        const int base = 5 + int(a.submissionId % 3) - (repo.judge(a.judgeId)->login == u"chen-jie" ? 1 : 0);
        for (qint64 id : judgedIds())
            s.scores.insert(id, base);
        ASSERT_TRUE(JudgingEditor(session.get()).saveSheet(s).isEmpty());
    }
    TableModel *results = page.table(JudgingPage::ResultsTab)->model();
    ASSERT_EQ(results->rowCount(), 3);
    const QList<SubmissionResult> expected = repo.results(fundable);
    for (const SubmissionResult &r : expected) {
        const int row = results->rowOfId(r.submissionId);
        EXPECT_EQ(results->index(row, JudgingPage::ResRank).data().toInt(), r.rank);
        EXPECT_EQ(results->index(row, JudgingPage::ResRaw).data().toString(), formatResult(r.raw));
        EXPECT_EQ(results->index(row, JudgingPage::ResNormalised).data().toString(), formatResult(r.normalised));
    }
    EXPECT_EQ(results->headerData(JudgingPage::ResRaw, Qt::Horizontal).toString(), u"Raw"_s);
    EXPECT_EQ(results->headerData(JudgingPage::ResNormalised, Qt::Horizontal).toString(), u"Normalised"_s);
    TableModel *judges = page.table(JudgingPage::JudgesTab)->model();
    for (int r = 0; r < judges->rowCount(); ++r)
        EXPECT_TRUE(judges->index(r, JudgingPage::JudgeProgress).data().toString().contains(u" done"_s));
    EXPECT_TRUE(page.statusText().contains(u"9 of 9 sheets submitted"_s)) << page.statusText().toStdString();
    // The weighted score of each sheet shows with three decimals.
    EXPECT_TRUE(as->index(0, JudgingPage::AsWeighted).data().toString().contains(u'.'));

    // Finalising shows in the bar; unlocking needs a reason.
    JudgingEditor editor(session.get());
    EXPECT_TRUE(editor.finalise(fundable).isEmpty());
    EXPECT_TRUE(page.statusText().startsWith(u"Final since"_s)) << page.statusText().toStdString();
    EXPECT_FALSE(editor.unlock(fundable, QString()).isEmpty());
    EXPECT_TRUE(editor.unlock(fundable, u"A sheet was typed in twice."_s).isEmpty());
    EXPECT_TRUE(page.statusText().startsWith(u"Open"_s));
    // The log tab shows the unlock with its reason.
    TableModel *log = page.table(JudgingPage::LogTab)->model();
    bool found = false;
    for (int r = 0; r < log->rowCount(); ++r)
        found = found || log->index(r, JudgingPage::LogNote).data().toString() == u"A sheet was typed in twice."_s;
    EXPECT_TRUE(found);
}

TEST_F(Judging, ManualAssignmentsAreUndoableAndConflictsRefused)
{
    JudgingPage page(session.get());
    page.setTrack(fundable);
    JudgingRepository repo(database());
    JudgingEditor editor(session.get());
    // chen-jie declared a conflict with 飞桨小分队.
    const Judge chen = *repo.judgeByLogin(u"chen-jie"_s);
    qint64 teamWork = 0;
    for (const Submission &s : repo.submissions(fundable))
        if (repo.authorLabel(s) == u"飞桨小分队"_s)
            teamWork = s.id;
    const QString refused = editor.assign(chen.id, teamWork);
    EXPECT_TRUE(refused.contains(u"declared a conflict with the team 飞桨小分队"_s)) << refused.toStdString();

    const Judge huang = *repo.judgeByLogin(u"huang-min"_s);
    qint64 free = 0;
    for (const Submission &s : repo.submissions(fundable))
        if (!repo.isAssigned(huang.id, s.id) && !repo.conflict(huang, s))
            free = s.id;
    ASSERT_TRUE(free);
    const int rows = page.table(JudgingPage::AssignmentsTab)->model()->rowCount();
    EXPECT_TRUE(editor.assign(huang.id, free).isEmpty());
    EXPECT_EQ(page.table(JudgingPage::AssignmentsTab)->model()->rowCount(), rows + 1);
    session->undoStack()->undo();
    EXPECT_FALSE(repo.isAssigned(huang.id, free));
    EXPECT_EQ(page.table(JudgingPage::AssignmentsTab)->model()->rowCount(), rows);
    // The automatic assignment has nothing to add, and says so.
    EXPECT_TRUE(page.autoAssign().contains(u"Assigned 0 judge"_s)) << page.autoAssign().toStdString();
}

TEST_F(Judging, PacketsGoOutFromThePageAndComeBackFromJudgeMode)
{
    JudgingPage page(session.get());
    const QString packet = dir.path(u"sun-li.hdpacket"_s);
    ASSERT_TRUE(page.exportPacketTo(u"sun-li"_s, packet, false).isEmpty());

    {
        JudgeWindow window(packet);
        ASSERT_TRUE(window.isOpen()) << window.problem().toStdString();
        EXPECT_TRUE(window.windowTitle().contains(u"@sun-li"_s));
        const int count = window.list()->count();
        EXPECT_EQ(count, window.packet().entries.size());
        EXPECT_EQ(window.progressText(), u"0 of %1 done"_s.arg(count));
        ScoreForm *form = window.form();
        // A partial submit is refused; a draft is fine and is written into the packet.
        const QList<qint64> ids = [&] {
            QList<qint64> out;
            for (const Criterion &c : form->rubric().criteria)
                if (c.judged())
                    out << c.id;
            return out;
        }();
        form->scoreEdit(ids[0])->setText(u"7"_s);
        EXPECT_FALSE(window.save(SheetStatus::Submitted));
        EXPECT_TRUE(form->problemText().contains(u"still empty"_s));
        EXPECT_TRUE(window.save(SheetStatus::Draft));
        EXPECT_EQ(JudgePacket::fromFile(packet).revision, 2);
        // Moving on keeps valid changes; every submission is then submitted.
        for (int row = 0; row < count; ++row) {
            window.list()->setCurrentRow(row);
            for (const Criterion &c : window.form()->rubric().criteria)
                if (c.judged())
                    window.form()->scoreEdit(c.id)->setText(u"8"_s);
            ASSERT_TRUE(window.save(SheetStatus::Submitted)) << window.form()->problemText().toStdString();
        }
        EXPECT_EQ(window.progressText(), u"%1 of %1 done"_s.arg(count));
    }
    const JudgePacket saved = JudgePacket::fromFile(packet);
    EXPECT_EQ(saved.submittedCount(), int(saved.entries.size()));

    QString summary;
    ASSERT_TRUE(page.importPacketFrom(packet, &summary).isEmpty());
    EXPECT_TRUE(summary.contains(u"Imported revision"_s)) << summary.toStdString();
    const Judge sun = *JudgingRepository(database()).judgeByLogin(u"sun-li"_s);
    for (const JudgePacket::Entry &e : saved.entries)
        EXPECT_EQ(JudgingRepository(database()).sheet(sun.id, e.id)->status, SheetStatus::Submitted);
    // Imported again: nothing new, and the file is refused once a byte changes.
    ASSERT_TRUE(page.importPacketFrom(packet, &summary).isEmpty());
    EXPECT_TRUE(summary.contains(u"Nothing new"_s));
    QByteArray bytes = readAll(packet);
    bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x01);
    writeAll(packet, bytes);
    EXPECT_FALSE(page.importPacketFrom(packet).isEmpty());
    JudgeWindow broken(packet);
    EXPECT_FALSE(broken.isOpen());
    auto *label = broken.findChild<QLabel *>(u"problem"_s);
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(u"cannot be opened"_s));
}

TEST_F(Judging, JudgeModeShowsAFinalTrackReadOnly)
{
    JudgingRepository(database()).finalise(fundable, u"staff"_s);
    const QString packet = dir.path(u"zhang-wei.hdpacket"_s);
    JudgingPage page(session.get());
    ASSERT_TRUE(page.exportPacketTo(u"zhang-wei"_s, packet, false).isEmpty());
    JudgeWindow window(packet);
    ASSERT_TRUE(window.isOpen());
    for (const JudgePacket::Entry &e : window.packet().entries) {
        ASSERT_TRUE(window.select(e.id));
        const bool final = e.trackId == fundable;
        EXPECT_EQ(window.submitButton()->isEnabled(), !final) << e.id;
        if (final) {
            EXPECT_TRUE(window.form()->problemText().contains(u"are final"_s));
            EXPECT_FALSE(window.save(SheetStatus::Draft));
        }
    }
}

TEST_F(Judging, ResultsExportAsCsvAndJson)
{
    JudgingPage page(session.get());
    page.setTrack(articles);
    ASSERT_TRUE(page.exportResultsTo(dir.path(u"r.csv"_s)).isEmpty());
    ASSERT_TRUE(page.exportResultsTo(dir.path(u"r.json"_s)).isEmpty());
    EXPECT_TRUE(readAll(dir.path(u"r.csv"_s)).contains("rank,submission,title,judges,raw,normalised"));
    EXPECT_TRUE(readAll(dir.path(u"r.json"_s)).startsWith("[\n    {\"submission\": "));
}

TEST(JudgeMode, TheGlobalOptionNamesThePacket)
{
    EXPECT_EQ(JudgeWindow::packetFromArguments({u"hackdesk"_s, u"--judge-packet"_s, u"p.hdpacket"_s}), u"p.hdpacket"_s);
    EXPECT_EQ(JudgeWindow::packetFromArguments({u"hackdesk"_s, u"--lang"_s, u"en"_s, u"--judge-packet=x y"_s}),
              u"x y"_s);
    EXPECT_TRUE(JudgeWindow::packetFromArguments({u"hackdesk"_s, u"--db"_s, u"e.sqlite"_s}).isEmpty());
    EXPECT_TRUE(JudgeWindow::packetFromArguments({u"hackdesk"_s, u"--judge-packet"_s}).isEmpty());
}

TEST(JudgingEmpty, ThePageOpensOnAnEventWithoutJudging)
{
    TempDir dir;
    auto db = std::make_unique<Database>(dir.path(u"new.sqlite"_s));
    initEvent(*db);
    EventSession session(std::move(db));
    JudgingPage page(&session);
    EXPECT_EQ(page.trackBox()->count(), 4) << "nothing judged yet: every track is offered";
    EXPECT_TRUE(page.statusText().contains(u"no rubric yet"_s)) << page.statusText().toStdString();
    for (auto tab : {JudgingPage::SubmissionsTab, JudgingPage::AssignmentsTab, JudgingPage::ResultsTab})
        EXPECT_EQ(page.table(tab)->model()->rowCount(), 0);
    EXPECT_TRUE(page.autoAssign().contains(u"Assigned 0 judge"_s));
}

TEST_F(Judging, JudgeModeKeepsValidChangesWhenMovingOnAndStaysOnAProblem)
{
    const QString packet = dir.path(u"gao-jing.hdpacket"_s);
    JudgingPage page(session.get());
    ASSERT_TRUE(page.exportPacketTo(u"gao-jing"_s, packet, false).isEmpty());
    JudgeWindow window(packet);
    ASSERT_TRUE(window.isOpen());
    ASSERT_GE(window.list()->count(), 2);
    window.list()->setCurrentRow(0);
    const qint64 first = window.packet().entries[0].id;
    const qint64 criterion = window.form()->rubric().judgedCriteria().first().id;
    window.form()->scoreEdit(criterion)->setText(u"6"_s);
    window.list()->setCurrentRow(1); // moving on keeps the change as a draft
    EXPECT_EQ(window.list()->currentRow(), 1);
    EXPECT_EQ(window.packet().sheet(first)->scores.value(criterion), 6);
    EXPECT_EQ(window.packet().sheet(first)->status, SheetStatus::Draft);
    EXPECT_EQ(JudgePacket::fromFile(packet).revision, 2);
    window.form()->scoreEdit(window.form()->rubric().judgedCriteria().first().id)->setText(u"eleven"_s);
    window.list()->setCurrentRow(0); // a bad score keeps the judge where it is
    EXPECT_EQ(window.list()->currentRow(), 1);
    EXPECT_TRUE(window.form()->problemText().contains(u"not a whole number"_s));
    EXPECT_EQ(JudgePacket::fromFile(packet).revision, 2);
    window.form()->setModified(false); // discard, so that closing asks nothing
}
