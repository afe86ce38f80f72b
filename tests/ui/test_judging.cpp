#include "demo/demoevent.h"
#include "eventsession.h"
#include "io/csv.h"
#include "judging/judgedialog.h"
#include "judging/judgepacket.h"
#include "judging/judgewindow.h"
#include "judging/judgingeditor.h"
#include "judging/judgingpage.h"
#include "judging/judgingservice.h"
#include "judging/rubricdialog.h"
#include "judging/scoreform.h"
#include "judging/scoreformdialog.h"
#include "judging/submissiondialog.h"
#include "mainwindow.h"
#include "models/tablemodel.h"
#include "pages/tablepage.h"
#include "reports/reportdocument.h"
#include "reports/reports.h"
#include "storage/eventrepository.h"
#include "storage/judgeassignmentrepository.h"
#include "storage/judginglog.h"
#include "storage/judgingresultrepository.h"
#include "storage/participantrepository.h"
#include "storage/rubricrepository.h"
#include "storage/scorerepository.h"
#include "storage/sqlquery.h"
#include "storage/submissionrepository.h"
#include "support/opendialog.h"
#include "support/judgingevent.h"
#include "support/statementlog.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
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
        const Assignment a = JudgeAssignmentRepository(database()).assignments(fundable).first();
        judge = a.judgeId;
        submission = a.submissionId;
        rubric = *RubricRepository(database()).rubric(fundable);
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
    EXPECT_FALSE(ScoreRepository(database()).sheet(judge, submission));

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

    ScoreRepository scoreRepo(database());
    JudgingLogRepository logRepo(database());
    const auto saved = scoreRepo.sheet(judge, submission);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->status, SheetStatus::Submitted);
    EXPECT_EQ(saved->scores.value(ids[0]), 8);
    EXPECT_EQ(saved->scores.value(ids[3]), 9);
    EXPECT_EQ(saved->comment, u"Convincing defence."_s);

    // Undo removes it (and says so in the log); redo brings it back.
    session->undoStack()->undo();
    EXPECT_FALSE(scoreRepo.sheet(judge, submission));
    EXPECT_EQ(logRepo.log(fundable).first().note, u"undo"_s);
    session->undoStack()->redo();
    EXPECT_EQ(scoreRepo.sheet(judge, submission)->scores, saved->scores);
}

TEST_F(Judging, AFinalTrackOpensReadOnly)
{
    JudgingResultRepository(database()).finalise(fundable, u"staff"_s);
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
    EXPECT_EQ(as->rowCount(), JudgeAssignmentRepository(database()).assignments(fundable).size());
    EXPECT_TRUE(page.statusText().contains(u"0 of 9 sheets submitted"_s)) << page.statusText().toStdString();

    // Every judge scores everything: strict chen-jie one point lower.
    JudgeAssignmentRepository judgeRepo(database());
    JudgingResultRepository resultRepo(database());
    for (const Assignment &a : judgeRepo.assignments(fundable)) {
        ScoreSheet s;
        s.judgeId = a.judgeId;
        s.submissionId = a.submissionId;
        s.status = SheetStatus::Submitted;
        const int base = 5 + int(a.submissionId % 3) - (judgeRepo.judge(a.judgeId)->login == u"chen-jie" ? 1 : 0);
        for (qint64 id : judgedIds())
            s.scores.insert(id, base);
        ASSERT_TRUE(JudgingEditor(session.get()).saveSheet(s).isEmpty());
    }
    TableModel *results = page.table(JudgingPage::ResultsTab)->model();
    ASSERT_EQ(results->rowCount(), 3);
    const QList<SubmissionResult> expected = resultRepo.results(fundable);
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
    JudgeAssignmentRepository judgeRepo(database());
    SubmissionRepository submissionRepo(database());
    JudgingEditor editor(session.get());
    // chen-jie declared a conflict with 飞桨小分队.
    const Judge chen = *judgeRepo.judgeByLogin(u"chen-jie"_s);
    qint64 teamWork = 0;
    for (const Submission &s : submissionRepo.submissions(fundable))
        if (submissionRepo.authorLabel(s) == u"飞桨小分队"_s)
            teamWork = s.id;
    const QString refused = editor.assign(chen.id, teamWork);
    EXPECT_TRUE(refused.contains(u"declared a conflict with the team 飞桨小分队"_s)) << refused.toStdString();

    const Judge huang = *judgeRepo.judgeByLogin(u"huang-min"_s);
    qint64 free = 0;
    for (const Submission &s : submissionRepo.submissions(fundable))
        if (!judgeRepo.isAssigned(huang.id, s.id) && !judgeRepo.conflict(huang, s))
            free = s.id;
    ASSERT_TRUE(free);
    const int rows = page.table(JudgingPage::AssignmentsTab)->model()->rowCount();
    EXPECT_TRUE(editor.assign(huang.id, free).isEmpty());
    EXPECT_EQ(page.table(JudgingPage::AssignmentsTab)->model()->rowCount(), rows + 1);
    session->undoStack()->undo();
    EXPECT_FALSE(judgeRepo.isAssigned(huang.id, free));
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
    const Judge sun = *JudgeAssignmentRepository(database()).judgeByLogin(u"sun-li"_s);
    for (const JudgePacket::Entry &e : saved.entries)
        EXPECT_EQ(ScoreRepository(database()).sheet(sun.id, e.id)->status, SheetStatus::Submitted);
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
    JudgingResultRepository(database()).finalise(fundable, u"staff"_s);
    const QString packet = dir.path(u"zhang-wei.hdpacket"_s);
    JudgingPage page(session.get());
    ASSERT_TRUE(page.exportPacketTo(u"zhang-wei"_s, packet, false).isEmpty());
    JudgeWindow window(packet);
    ASSERT_TRUE(window.isOpen());
    for (const JudgePacket::Entry &e : window.packet().entries) {
        ASSERT_TRUE(window.select(e.id));
        const bool final = e.trackId == fundable;
        EXPECT_EQ(window.submitButton()->isEnabled(), !final) << e.id;
        // Marked in the list too, not only in its tooltip.
        const QListWidgetItem *item = window.list()->currentItem();
        ASSERT_NE(item, nullptr);
        EXPECT_EQ(item->text().mid(2).startsWith(u"#%1 (final) "_s.arg(e.id)), final) << item->text().toStdString();
        EXPECT_EQ(item->text().contains(u"final"_s), final) << item->text().toStdString();
        EXPECT_EQ(item->toolTip().contains(u"are final"_s), final) << item->toolTip().toStdString();
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

TEST_F(Judging, ScoresExportInTheTemplatesColumns)
{
    JudgingPage page(session.get());
    page.setTrack(articles);
    const QString csv = dir.path(u"scores.csv"_s);
    ASSERT_EQ(page.exportScoresTo(csv), QString());
    const QList<CsvRecord> rows = parseCsv(readAll(csv));
    ASSERT_FALSE(rows.isEmpty());
    EXPECT_EQ(rows.first().fields.join(u','), u"judge,submission,criterion,weight,min,max,score,comment"_s);
    EXPECT_EQ(rows.size(), scoreRecords(session->database(), articles).size());
    page.setTrack(0);
    EXPECT_FALSE(page.exportScoresTo(dir.path(u"none.csv"_s)).isEmpty()) << "no track, no rubric";
}

TEST_F(Judging, ScoreSheetsOfOneJudgeExportAsPdf)
{
    JudgingPage page(session.get());
    page.setTrack(articles);
    const JudgeAssignmentRepository repo(session->database());
    const Judge j = repo.judges(articles).first();
    const QString pdf = dir.path(u"sheets.pdf"_s);
    ASSERT_EQ(page.exportScoreSheetsTo(j.id, pdf), QString());
    EXPECT_TRUE(readAll(pdf).startsWith("%PDF-"));
    ReportOptions options;
    options.trackId = articles;
    options.judgeLogin = j.login;
    int mine = 0;
    for (const Assignment &a : repo.assignments(articles))
        mine += a.judgeId == j.id;
    EXPECT_EQ(buildReport(session->database(), ReportKind::ScoreSheets, options)
                  ->plainText()
                  .count(u"Judge: %1 (@%2)"_s.arg(j.name, j.login)),
              mine);
    EXPECT_FALSE(page.exportScoreSheetsTo(999'999, pdf).isEmpty()) << "no such judge";
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

// ---- Editing judges, rubrics and submissions in the window -----------------------------------------------

TEST_F(Judging, TheJudgeDialogSaysWhatIsWrongNamingTheFieldAndSavesUndoably)
{
    JudgeAssignmentRepository judgeRepo(database());
    JudgingLogRepository logRepo(database());
    const qsizetype judges = judgeRepo.judges().size();
    Judge fresh;
    fresh.trackIds = {fundable};
    JudgeDialog dialog(session.get(), fresh);
    EXPECT_TRUE(dialog.problem().startsWith(u"Login: give"_s)) << dialog.problem().toStdString();
    dialog.loginEdit()->setText(u"not a login"_s);
    EXPECT_TRUE(dialog.problem().startsWith(u"Login: \"not a login\" is not a GitHub login"_s));
    dialog.loginEdit()->setText(u"@Zhang-Wei"_s);
    EXPECT_EQ(dialog.problem(), u"Login: there is already a judge @zhang-wei."_s);
    dialog.loginEdit()->setText(u"@ma-lin"_s);
    EXPECT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    dialog.setTracks({});
    EXPECT_TRUE(dialog.problem().startsWith(u"Tracks:"_s));
    dialog.setTracks({fundable, articles});
    dialog.participantConflictsEdit()->setText(u"@megemini, lin-yichen not!"_s);
    EXPECT_EQ(dialog.problem(), u"Conflicts with participants: \"not!\" is not a GitHub login."_s);
    // A bad form saves nothing.
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(judgeRepo.judges().size(), judges);

    dialog.participantConflictsEdit()->setText(u"@megemini lin-yichen"_s);
    dialog.nameEdit()->setText(u"马琳"_s);
    dialog.organisationEdit()->setText(u"北京大学"_s);
    dialog.teamConflictsEdit()->setText(u"飞桨小分队，Paddle Pirates"_s);
    dialog.organisationConflictsEdit()->setText(u"百度"_s);
    ASSERT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem().toStdString();
    const auto saved = judgeRepo.judgeByLogin(u"ma-lin"_s);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->name, u"马琳"_s);
    EXPECT_EQ(saved->organisation, u"北京大学"_s);
    EXPECT_EQ(saved->trackIds.size(), 2);
    using K = JudgeConflict::Kind;
    EXPECT_EQ(saved->conflicts, (QList<JudgeConflict>{{K::Organisation, u"百度"_s},
                                                      {K::Participant, u"lin-yichen"_s},
                                                      {K::Participant, u"megemini"_s},
                                                      {K::Team, u"Paddle Pirates"_s},
                                                      {K::Team, u"飞桨小分队"_s}}));
    EXPECT_EQ(dialog.judge().id, saved->id);
    EXPECT_EQ(logRepo.log().first().action, u"judge"_s);

    // Edit: the same dialog over the stored judge; unchanged, it compares equal and changes nothing.
    JudgeDialog same(session.get(), *saved);
    EXPECT_EQ(same.judge(), *saved);
    const int steps = session->undoStack()->count();
    same.accept();
    EXPECT_EQ(session->undoStack()->count(), steps);
    JudgeDialog edit(session.get(), *saved);
    edit.nameEdit()->setText(u"马 琳"_s);
    edit.accept();
    EXPECT_EQ(judgeRepo.judge(saved->id)->name, u"马 琳"_s);
    session->undoStack()->undo();
    EXPECT_EQ(judgeRepo.judge(saved->id)->name, u"马琳"_s);
    session->undoStack()->undo();
    EXPECT_FALSE(judgeRepo.judgeByLogin(u"ma-lin"_s));
    EXPECT_EQ(judgeRepo.judges().size(), judges);
    session->undoStack()->redo();
    EXPECT_EQ(judgeRepo.judgeByLogin(u"ma-lin"_s), saved) << "redo brings the same judge back, same id";
}

TEST_F(Judging, DeletingAJudgeOrSubmissionWithScoresAsksFirstAndUndoBringsThemBack)
{
    JudgeAssignmentRepository judgeRepo(database());
    SubmissionRepository submissionRepo(database());
    ScoreRepository scoreRepo(database());
    JudgingLogRepository logRepo(database());
    JudgingEditor editor(session.get());
    ScoreSheet sheet;
    sheet.judgeId = judge;
    sheet.submissionId = submission;
    sheet.status = SheetStatus::Submitted;
    for (qint64 id : judgedIds())
        sheet.scores.insert(id, 7);
    sheet.comment = u"Solid."_s;
    ASSERT_TRUE(editor.saveSheet(sheet).isEmpty());
    const QList<Assignment> assignments = judgeRepo.assignments();
    const QList<ScoreSheet> sheets = scoreRepo.sheets();
    const Judge before = *judgeRepo.judge(judge);
    const QString login = before.login;

    const QString question = editor.judgeRemovalQuestion(judge);
    EXPECT_TRUE(question.contains(u"@%1 together with 1 score sheet"_s.arg(login))) << question.toStdString();
    EXPECT_TRUE(question.contains(u"Undo brings everything back"_s));
    ASSERT_TRUE(editor.removeJudge(judge).isEmpty());
    EXPECT_FALSE(judgeRepo.judge(judge));
    EXPECT_FALSE(scoreRepo.sheet(judge, submission));
    for (const Assignment &a : judgeRepo.assignments())
        EXPECT_NE(a.judgeId, judge);
    EXPECT_EQ(logRepo.log().first().action, u"judge"_s);
    EXPECT_EQ(logRepo.log().first().oldValue.left(login.size() + 1), u"@"_s + login);

    session->undoStack()->undo();
    EXPECT_EQ(judgeRepo.judge(judge), before);
    EXPECT_EQ(judgeRepo.assignments(), assignments);
    ASSERT_TRUE(scoreRepo.sheet(judge, submission));
    EXPECT_EQ(scoreRepo.sheet(judge, submission)->scores, sheet.scores);
    EXPECT_EQ(scoreRepo.sheet(judge, submission)->comment, u"Solid."_s);
    EXPECT_EQ(scoreRepo.sheets().size(), sheets.size());
    EXPECT_EQ(logRepo.log().first().note, u"undo"_s);
    session->undoStack()->redo();
    EXPECT_FALSE(judgeRepo.judge(judge));
    session->undoStack()->undo();
    EXPECT_TRUE(judgeRepo.judge(judge));

    // The submission the same way; a judge without assignments only asks.
    const QString subQuestion = editor.submissionRemovalQuestion(submission);
    EXPECT_TRUE(subQuestion.contains(u"together with 1 score sheet"_s)) << subQuestion.toStdString();
    ASSERT_TRUE(editor.removeSubmission(submission).isEmpty());
    EXPECT_FALSE(submissionRepo.submission(submission));
    EXPECT_LT(judgeRepo.assignments().size(), assignments.size());
    session->undoStack()->undo();
    EXPECT_TRUE(submissionRepo.submission(submission));
    EXPECT_EQ(judgeRepo.assignments(), assignments);
    EXPECT_EQ(scoreRepo.sheet(judge, submission)->scores, sheet.scores);

    Judge idle;
    idle.login = u"idle-judge"_s;
    idle.trackIds = {fundable};
    ASSERT_TRUE(editor.addJudge(idle).isEmpty());
    EXPECT_EQ(editor.judgeRemovalQuestion(editor.lastInsertedId()), u"Delete the judge @idle-judge?"_s);

    // A final track keeps its scores: the delete is refused and changes nothing.
    ASSERT_TRUE(editor.finalise(fundable).isEmpty());
    const QString refused = editor.removeJudge(judge);
    EXPECT_TRUE(refused.contains(u"are final"_s)) << refused.toStdString();
    EXPECT_TRUE(judgeRepo.judge(judge));
    EXPECT_TRUE(scoreRepo.sheet(judge, submission));
}

TEST_F(Judging, TheRubricDialogEditsCriteriaLevelsAndFigureWeightsUndoably)
{
    RubricRepository rubricRepo(database());
    JudgingLogRepository logRepo(database());
    const Rubric stored = *rubricRepo.rubric(articles);
    RubricDialog dialog(session.get(), articles);
    ASSERT_EQ(dialog.criteriaList()->count(), stored.criteria.size());
    EXPECT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    EXPECT_EQ(dialog.rubric(), stored) << "opened and unchanged, it is the stored rubric";
    // A figure-derived criterion: its weight is edited like any other; it has no levels.
    int views = -1;
    for (int i = 0; i < stored.criteria.size(); ++i)
        if (stored.criteria[i].figure == Figure::Views)
            views = i;
    ASSERT_GE(views, 0);
    dialog.criteriaList()->setCurrentRow(views);
    EXPECT_FALSE(dialog.levelsEdit()->isEnabled());
    dialog.weightBox()->setValue(20);
    EXPECT_TRUE(dialog.criteriaList()->item(views)->text().contains(u"weight 20"_s));
    // A new judges' criterion: named, its levels one per line; a bad line is named.
    dialog.addCriterion();
    EXPECT_TRUE(dialog.problem().contains(u"Criterion %1 needs a name."_s.arg(stored.criteria.size() + 1)))
        << dialog.problem().toStdString();
    dialog.nameEdit()->setText(u"原创性"_s);
    dialog.descriptionEdit()->setText(u"是否有自己的见解"_s);
    dialog.weightBox()->setValue(15);
    dialog.levelsEdit()->setPlainText(u"1: 照搬已有资料\n5 有新意\n8: 独到见解"_s);
    EXPECT_TRUE(dialog.problem().contains(u"原创性, levels line 2: write \"score: description\""_s))
        << dialog.problem().toStdString();
    dialog.levelsEdit()->setPlainText(u"5: 有新意\n8: 独到见解"_s);
    EXPECT_TRUE(dialog.problem().contains(u"原创性: describe the lowest score 1"_s)) << dialog.problem().toStdString();
    dialog.scaleMaxBox()->setValue(6);
    EXPECT_TRUE(dialog.problem().contains(u"the description of 8 is outside the scale 1-6"_s))
        << dialog.problem().toStdString();
    dialog.accept();
    EXPECT_EQ(*rubricRepo.rubric(articles), stored) << "a bad rubric changes nothing";
    dialog.scaleMaxBox()->setValue(10);
    dialog.levelsEdit()->setPlainText(u"1-4: 照搬已有资料\n5: 有新意\n8: 独到见解"_s);
    ASSERT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    dialog.moveCriterion(-1);
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem().toStdString();

    const Rubric saved = *rubricRepo.rubric(articles);
    ASSERT_EQ(saved.criteria.size(), stored.criteria.size() + 1);
    EXPECT_EQ(saved.judgedCriteria().size(), 4);
    const Criterion &added = saved.criteria[saved.criteria.size() - 2]; // moved up one
    EXPECT_EQ(added.name, u"原创性"_s);
    EXPECT_EQ(added.weight, 15);
    EXPECT_EQ(added.anchors, (QList<Anchor>{{1, u"照搬已有资料"_s}, {5, u"有新意"_s}, {8, u"独到见解"_s}}));
    EXPECT_EQ(saved.criteria[views].weight, 20);
    EXPECT_EQ(logRepo.log(articles).first().action, u"rubric"_s);

    session->undoStack()->undo();
    EXPECT_EQ(*rubricRepo.rubric(articles), stored);
    session->undoStack()->redo();
    EXPECT_EQ(*rubricRepo.rubric(articles), saved) << "redo re-creates the new criterion under the same id";
}

TEST_F(Judging, TheRubricDialogRefusesWhatWouldLoseScoresAndFewerThanThreeCriteria)
{
    RubricRepository repo(database());
    ScoreSheet sheet;
    sheet.judgeId = judge;
    sheet.submissionId = submission;
    for (qint64 id : judgedIds())
        sheet.scores.insert(id, 6);
    ASSERT_TRUE(JudgingEditor(session.get()).saveSheet(sheet).isEmpty());
    const Rubric stored = *repo.rubric(fundable);
    const int steps = session->undoStack()->count();

    RubricDialog dialog(session.get(), fundable);
    dialog.criteriaList()->setCurrentRow(0);
    dialog.removeCriterion();
    EXPECT_TRUE(dialog.problem().isEmpty()) << "three criteria are enough";
    dialog.accept();
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    EXPECT_TRUE(dialog.problem().contains(u"完成度 has 1 score(s): it cannot be removed"_s))
        << dialog.problem().toStdString();
    dialog.removeCriterion();
    EXPECT_TRUE(dialog.problem().contains(u"A rubric needs 3 to 6 criteria scored by the judges; this one has 2."_s))
        << dialog.problem().toStdString();
    EXPECT_EQ(*repo.rubric(fundable), stored);
    EXPECT_EQ(session->undoStack()->count(), steps);

    // A track without a rubric gets one from scratch.
    const qint64 tasks = EventRepository(database()).resolveTrack(u"tasks"_s).id;
    RubricDialog fresh(session.get(), tasks);
    EXPECT_EQ(fresh.criteriaList()->count(), 0);
    for (const auto &name : {u"正确性"_s, u"代码质量"_s, u"文档"_s}) {
        fresh.addCriterion();
        fresh.nameEdit()->setText(name);
        fresh.levelsEdit()->setPlainText(u"1: 差\n6: 好"_s);
    }
    fresh.accept();
    ASSERT_EQ(fresh.result(), QDialog::Accepted) << fresh.problem().toStdString();
    EXPECT_EQ(repo.rubric(tasks)->criteria.size(), 3);
    session->undoStack()->undo();
    EXPECT_FALSE(repo.rubric(tasks));

    // A final track's rubric cannot be edited.
    ASSERT_TRUE(JudgingEditor(session.get()).finalise(fundable).isEmpty());
    RubricDialog locked(session.get(), fundable);
    EXPECT_TRUE(locked.problem().contains(u"are final"_s)) << locked.problem().toStdString();
}

TEST_F(Judging, TheSubmissionDialogSaysWhatIsWrongNamingTheFieldAndSavesUndoably)
{
    SubmissionRepository repo(database());
    const qsizetype count = repo.submissions(articles).size();
    const QString author = ParticipantRepository(database()).all().first().login;
    Submission fresh;
    fresh.trackId = articles;
    SubmissionDialog dialog(session.get(), fresh);
    EXPECT_TRUE(dialog.figuresShown()) << "articles report their figures";
    EXPECT_EQ(dialog.problem(), u"Title: give the submission a title."_s);
    dialog.titleEdit()->setText(u"飞桨 PIR 源码解读"_s);
    EXPECT_TRUE(dialog.problem().startsWith(u"By: give"_s));
    dialog.byEdit()->setText(u"@nobody-at-all"_s);
    EXPECT_EQ(dialog.problem(), u"By: there is no participant @nobody-at-all."_s);
    dialog.byEdit()->setText(u"No Such Team"_s);
    EXPECT_TRUE(dialog.problem().startsWith(u"By: there is no team \"No Such Team\""_s));
    dialog.byEdit()->setText(u"@"_s + author.toUpper());
    EXPECT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    dialog.linksEdit()->setPlainText(u"article:https://aistudio.baidu.com/projectdetail/1\n\nvideo:https://b23.tv/x"_s);
    EXPECT_TRUE(dialog.problem().startsWith(u"Links, line 3: \"video:https://b23.tv/x\" is not kind:url"_s))
        << dialog.problem().toStdString();
    dialog.linksEdit()->setPlainText(
        u"article:https://aistudio.baidu.com/projectdetail/1\nhttps://github.com/PaddlePaddle/community/pull/9"_s);
    dialog.figureEdit(Figure::Views)->setText(u"-5"_s);
    EXPECT_EQ(dialog.problem(), u"Views: \"-5\" is not a whole number of 0 or more."_s);
    dialog.accept();
    EXPECT_EQ(repo.submissions(articles).size(), count) << "a bad form saves nothing";
    dialog.figureEdit(Figure::Views)->setText(u"1234"_s);
    dialog.figureEdit(Figure::Likes)->setText(u"56"_s);
    dialog.taskBox()->setCurrentIndex(1);
    ASSERT_TRUE(dialog.problem().isEmpty()) << dialog.problem().toStdString();
    dialog.accept();
    ASSERT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem().toStdString();

    const qint64 id = dialog.submission().id;
    const auto saved = repo.submission(id);
    ASSERT_TRUE(saved);
    EXPECT_EQ(saved->title, u"飞桨 PIR 源码解读"_s);
    EXPECT_EQ(repo.authorLabel(*saved), u"@"_s + author);
    EXPECT_EQ(saved->links,
              (QList<SubmissionLink>{{u"article"_s, u"https://aistudio.baidu.com/projectdetail/1"_s},
                                     {u"other"_s, u"https://github.com/PaddlePaddle/community/pull/9"_s}}));
    EXPECT_EQ(saved->figure(Figure::Views), 1234);
    EXPECT_EQ(saved->figure(Figure::Likes), 56);
    EXPECT_FALSE(saved->figure(Figure::Comments));
    EXPECT_NE(saved->taskId, 0);

    // Edited, then undone twice: the edit, then the add.
    SubmissionDialog edit(session.get(), *saved);
    EXPECT_EQ(edit.submission(), *saved);
    edit.titleEdit()->setText(u"飞桨 PIR 源码解读（修订）"_s);
    edit.accept();
    EXPECT_EQ(repo.submission(id)->title, u"飞桨 PIR 源码解读（修订）"_s);
    session->undoStack()->undo();
    EXPECT_EQ(repo.submission(id), saved);
    session->undoStack()->undo();
    EXPECT_FALSE(repo.submission(id));
    session->undoStack()->redo();
    EXPECT_EQ(repo.submission(id), saved);

    // The fundable defence has no figures to report.
    Submission defence;
    defence.trackId = fundable;
    EXPECT_FALSE(SubmissionDialog(session.get(), defence).figuresShown());
}

TEST_F(Judging, ThePageOffersEveryTrackJudgedOnesFirst)
{
    JudgingPage page(session.get());
    ASSERT_EQ(page.trackBox()->count(), 4);
    EXPECT_TRUE((page.trackBox()->itemData(0).toLongLong() == fundable ||
                 page.trackBox()->itemData(0).toLongLong() == articles));
    EXPECT_TRUE((page.trackBox()->itemData(1).toLongLong() == fundable ||
                 page.trackBox()->itemData(1).toLongLong() == articles));
    // Adding a judge shows in the judges tab; undo takes it away.
    page.setTrack(fundable);
    const int judges = page.table(JudgingPage::JudgesTab)->model()->rowCount();
    Judge j;
    j.login = u"new-judge"_s;
    j.trackIds = {fundable};
    ASSERT_TRUE(JudgingEditor(session.get()).addJudge(j).isEmpty());
    EXPECT_EQ(page.table(JudgingPage::JudgesTab)->model()->rowCount(), judges + 1);
    session->undoStack()->undo();
    EXPECT_EQ(page.table(JudgingPage::JudgesTab)->model()->rowCount(), judges);
}

TEST_F(Judging, JudgeModeNextGoesToTheDraftElseTheFirstNotStarted)
{
    const QString packet = dir.path(u"wang-fang.hdpacket"_s);
    JudgingPage page(session.get());
    ASSERT_TRUE(page.exportPacketTo(u"wang-fang"_s, packet, false).isEmpty());
    JudgeWindow window(packet);
    ASSERT_TRUE(window.isOpen());
    ASSERT_GE(window.list()->count(), 3);
    const QList<JudgePacket::Entry> entries = window.packet().entries;
    auto scoreAll = [&](int value) {
        for (const Criterion &c : window.form()->rubric().judgedCriteria())
            window.form()->scoreEdit(c.id)->setText(QString::number(value));
    };
    // The first submitted, the third started: Next finishes the draft, then takes the second.
    scoreAll(7);
    ASSERT_TRUE(window.save(SheetStatus::Submitted));
    ASSERT_TRUE(window.select(entries[2].id));
    window.form()->scoreEdit(window.form()->rubric().judgedCriteria().first().id)->setText(u"5"_s);
    ASSERT_TRUE(window.select(entries[0].id)); // keeps the draft
    ASSERT_TRUE(window.goToNext());
    EXPECT_EQ(window.list()->currentRow(), 2);
    scoreAll(6);
    ASSERT_TRUE(window.save(SheetStatus::Submitted));
    window.nextButton()->click();
    EXPECT_EQ(window.list()->currentRow(), 1);
}

TEST_F(Judging, JudgeModeUndoesSavedChangesAndThePacketFollows)
{
    const QString packet = dir.path(u"zhang-wei.hdpacket"_s);
    JudgingPage page(session.get());
    const Judge zhang = *JudgeAssignmentRepository(database()).judgeByLogin(u"zhang-wei"_s);
    ASSERT_TRUE(page.exportPacketTo(u"zhang-wei"_s, packet, false).isEmpty());
    JudgeWindow window(packet);
    ASSERT_TRUE(window.isOpen());
    ASSERT_GE(window.list()->count(), 2);
    EXPECT_FALSE(window.undoAction()->isEnabled());
    const qint64 first = window.packet().entries[0].id;
    const qint64 c = window.form()->rubric().judgedCriteria().first().id;
    auto fileScore = [&] {
        const auto sheet = JudgePacket::fromFile(packet).sheet(first);
        return sheet ? sheet->scores.value(c, -1) : 0;
    };
    window.form()->scoreEdit(c)->setText(u"7"_s);
    ASSERT_TRUE(window.save(SheetStatus::Draft));
    window.form()->scoreEdit(c)->setText(u"8"_s);
    ASSERT_TRUE(window.save(SheetStatus::Draft));
    EXPECT_EQ(fileScore(), 8);
    EXPECT_EQ(JudgePacket::fromFile(packet).revision, 3);
    EXPECT_TRUE(window.undoAction()->text().contains(u"Score #%1"_s.arg(first)))
        << window.undoAction()->text().toStdString();

    window.undoAction()->trigger(); // Ctrl+Z
    EXPECT_EQ(fileScore(), 7);
    EXPECT_EQ(window.form()->scoreEdit(c)->text(), u"7"_s);
    EXPECT_EQ(JudgePacket::fromFile(packet).revision, 4) << "the undo is saved into the packet";
    window.undoAction()->trigger();
    EXPECT_EQ(fileScore(), 0) << "no sheet any more";
    EXPECT_TRUE(window.form()->scoreEdit(c)->text().isEmpty());
    EXPECT_TRUE(window.list()->item(0)->text().startsWith(u"○"_s));
    EXPECT_FALSE(window.undoAction()->isEnabled());
    window.redoAction()->trigger(); // Ctrl+Y
    EXPECT_EQ(fileScore(), 7);
    EXPECT_TRUE(window.list()->item(0)->text().startsWith(u"✎"_s));

    // Typing not yet saved: kept first, then taken back; redo brings it again.
    window.form()->scoreEdit(c)->setText(u"9"_s);
    EXPECT_TRUE(window.undoAction()->isEnabled());
    window.undoAction()->trigger();
    EXPECT_EQ(window.form()->scoreEdit(c)->text(), u"7"_s);
    EXPECT_EQ(fileScore(), 7);
    window.redoAction()->trigger();
    EXPECT_EQ(window.form()->scoreEdit(c)->text(), u"9"_s);
    EXPECT_EQ(fileScore(), 9);

    // From another submission, undo shows the one it changes.
    window.list()->setCurrentRow(1);
    window.undoAction()->trigger();
    EXPECT_EQ(window.list()->currentRow(), 0);
    EXPECT_EQ(window.form()->scoreEdit(c)->text(), u"7"_s);

    // Staff import what the packet holds; a sheet the judge took back after an import goes at the next.
    ASSERT_TRUE(page.importPacketFrom(packet).isEmpty());
    EXPECT_EQ(ScoreRepository(database()).sheet(zhang.id, first)->scores.value(c), 7);
    window.undoAction()->trigger();
    EXPECT_EQ(fileScore(), 0);
    ASSERT_TRUE(page.importPacketFrom(packet).isEmpty());
    EXPECT_FALSE(ScoreRepository(database()).sheet(zhang.id, first));
}

TEST_F(Judging, EscOnAChangedScoreFormAsksBeforeDiscarding)
{
    // Unchanged: Esc closes at once.
    {
        ScoreFormDialog dialog(session.get(), judge, submission);
        dialog.show();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        EXPECT_FALSE(dialog.isVisible());
    }
    ScoreFormDialog dialog(session.get(), judge, submission);
    dialog.show();
    QLineEdit *score = dialog.form()->scoreEdit(judgedIds().first());
    score->clear();
    QTest::keyClicks(score, u"7"_s);
    ASSERT_TRUE(dialog.form()->isModified());
    QString asked;
    const auto answer = [&](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [&asked, button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            asked = box->text();
            box->button(button)->click();
        });
    };
    answer(QMessageBox::Cancel);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_TRUE(asked.contains(u"Discard the changes"_s)) << asked.toStdString();
    EXPECT_TRUE(dialog.isVisible());
    EXPECT_EQ(score->text(), u"7"_s);
    answer(QMessageBox::Discard);
    QTest::keyClick(&dialog, Qt::Key_Escape);
    EXPECT_FALSE(dialog.isVisible());
}

namespace {

// The visible judge windows other than `except`.
QList<JudgeWindow *> otherJudgeWindows(const JudgeWindow *except)
{
    QList<JudgeWindow *> found;
    for (QWidget *w : QApplication::topLevelWidgets())
        if (auto *j = qobject_cast<JudgeWindow *>(w); j && j != except && j->isVisible())
            found << j;
    return found;
}

void chooseInNextFileDialog(const QString &path)
{
    onNextDialog<QFileDialog>([path](QFileDialog *d) {
        d->selectFile(path);
        static_cast<QDialog *>(d)->accept(); // (protected in QFileDialog, public in QDialog)
    });
}

} // namespace

TEST_F(Judging, JudgeModesFileMenuOpensAnotherPacketAfterAskingAboutTyping)
{
    QSettings().clear();
    JudgingPage page(session.get());
    const QString sun = dir.path(u"sun-li.hdpacket"_s), zhang = dir.path(u"zhang-wei.hdpacket"_s);
    ASSERT_TRUE(page.exportPacketTo(u"sun-li"_s, sun, false).isEmpty());
    ASSERT_TRUE(page.exportPacketTo(u"zhang-wei"_s, zhang, false).isEmpty());
    JudgeWindow window(sun);
    window.show();
    ASSERT_TRUE(window.isOpen());
    // What File offers, with the standard keys.
    ASSERT_NE(window.fileMenu(), nullptr);
    const QList<QAction *> actions = window.fileMenu()->actions();
    for (QAction *a : {window.openPacketAction(), window.openSharedAction(), window.recentMenu()->menuAction(),
                       window.saveCopyAction(), window.closeAction(), window.quitAction()})
        EXPECT_TRUE(actions.contains(a)) << a->text().toStdString();
    EXPECT_EQ(window.openPacketAction()->shortcut(), QKeySequence(QKeySequence::Open));
    EXPECT_EQ(window.closeAction()->shortcut(), QKeySequence(QKeySequence::Close));
    EXPECT_EQ(window.quitAction()->shortcut(), QKeySequence(QKeySequence::Quit));
    EXPECT_TRUE(window.saveCopyAction()->isVisible()) << "a packet can be sent back";

    // Typing not saved: Cancel keeps the window and the typing, and opens nothing.
    const qint64 shown = window.list()->currentItem()->data(Qt::UserRole).toLongLong();
    const qint64 c = window.form()->rubric().judgedCriteria().first().id;
    window.form()->scoreEdit(c)->setText(u"6"_s);
    QString asked;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    window.openPacketAction()->trigger();
    EXPECT_TRUE(asked.contains(u"before opening another packet"_s)) << asked.toStdString();
    EXPECT_TRUE(window.isVisible());
    EXPECT_EQ(window.form()->scoreEdit(c)->text(), u"6"_s);
    EXPECT_TRUE(otherJudgeWindows(&window).isEmpty());
    EXPECT_EQ(JudgePacket::fromFile(sun).revision, 1);

    // Save: the draft goes into the packet, then the chosen packet opens in a judge window and this one closes.
    answerNextQuestion(QMessageBox::Save, nullptr, [zhang] { chooseInNextFileDialog(zhang); });
    window.openPacketAction()->trigger();
    const JudgePacket saved = JudgePacket::fromFile(sun);
    ASSERT_TRUE(saved.sheet(shown));
    EXPECT_EQ(saved.sheet(shown)->scores.value(c), 6);
    EXPECT_FALSE(window.isVisible());
    QList<JudgeWindow *> opened = otherJudgeWindows(&window);
    ASSERT_EQ(opened.size(), 1);
    // The windows opened delete themselves on closing: kept in QPointers, deleted at the end if still there.
    QPointer<JudgeWindow> second = opened.first();
    EXPECT_TRUE(second->windowTitle().contains(u"@zhang-wei"_s)) << second->windowTitle().toStdString();
    EXPECT_EQ(QSettings().value(u"recentDatabases"_s).toStringList().value(0), QFileInfo(zhang).absoluteFilePath());

    // Open Recent lists both packets; the first one opens again from there (nothing typed: nothing asked).
    emit second->recentMenu()->aboutToShow(); // filled as it opens
    QAction *recentSun = nullptr;
    for (QAction *a : second->recentMenu()->actions())
        if (a->text() == QFileInfo(sun).absoluteFilePath())
            recentSun = a;
    ASSERT_NE(recentSun, nullptr);
    recentSun->trigger();
    EXPECT_TRUE(!second || !second->isVisible());
    opened = otherJudgeWindows(&window);
    opened.removeAll(second.data());
    ASSERT_EQ(opened.size(), 1);
    QPointer<JudgeWindow> third = opened.first();
    EXPECT_TRUE(third->windowTitle().contains(u"@sun-li"_s));
    EXPECT_EQ(third->packet().sheet(shown)->scores.value(c), 6);

    // What cannot be opened says why, and the window stays as it is.
    const QString error = third->open(dir.path(u"missing.hdpacket"_s));
    EXPECT_TRUE(error.contains(u"missing.hdpacket"_s)) << error.toStdString();
    EXPECT_TRUE(third->isVisible());
    delete second.data();
    delete third.data();
}

TEST_F(Judging, JudgeModeClosesAskingAboutTypingAndSavesACopyToSendBack)
{
    JudgingPage page(session.get());
    const QString packet = dir.path(u"sun-li.hdpacket"_s);
    ASSERT_TRUE(page.exportPacketTo(u"sun-li"_s, packet, false).isEmpty());
    JudgeWindow window(packet);
    window.show();
    const qint64 c = window.form()->rubric().judgedCriteria().first().id;
    window.form()->scoreEdit(c)->setText(u"9"_s);

    // A copy holds the typing too (kept first, as when moving on), exactly as the packet now is.
    const QString copy = dir.path(u"to-send.hdpacket"_s);
    ASSERT_TRUE(window.saveCopyTo(copy).isEmpty());
    EXPECT_EQ(readAll(copy), readAll(packet));
    EXPECT_EQ(JudgePacket::fromFile(copy).revision, 2);
    EXPECT_FALSE(window.form()->isModified());
    QString summary;
    ASSERT_TRUE(page.importPacketFrom(copy, &summary).isEmpty()) << summary.toStdString();
    EXPECT_TRUE(summary.contains(u"Imported revision 2"_s)) << summary.toStdString();

    // Close (Ctrl+W) asks about typing: Cancel stays, Discard closes.
    window.form()->scoreEdit(c)->setText(u"3"_s);
    QString asked;
    answerNextQuestion(QMessageBox::Cancel, &asked);
    window.closeAction()->trigger();
    EXPECT_TRUE(asked.contains(u"before closing"_s)) << asked.toStdString();
    EXPECT_TRUE(window.isVisible());
    answerNextQuestion(QMessageBox::Discard);
    window.quitAction()->trigger(); // Quit closes every window, asking the same
    EXPECT_FALSE(window.isVisible());
    EXPECT_EQ(JudgePacket::fromFile(packet).revision, 2) << "discarded";
}

TEST_F(Judging, JudgeModeOnAPacketThatCannotBeOpenedStillOffersToOpenAnother)
{
    const QString broken = dir.path(u"broken.hdpacket"_s);
    writeAll(broken, "not a packet");
    JudgeWindow window(broken);
    EXPECT_FALSE(window.isOpen());
    ASSERT_NE(window.fileMenu(), nullptr);
    EXPECT_TRUE(window.openPacketAction()->isEnabled());
    EXPECT_FALSE(window.saveCopyAction()->isVisible()) << "no packet to send back";
    EXPECT_FALSE(window.saveCopyTo(dir.path(u"copy.hdpacket"_s)).isEmpty());
}

TEST_F(Judging, TheStaffWindowOpensAPacketInJudgeMode)
{
    JudgingPage page(session.get());
    const QString packet = dir.path(u"sun-li.hdpacket"_s);
    ASSERT_TRUE(page.exportPacketTo(u"sun-li"_s, packet, false).isEmpty());
    MainWindow staff(path);
    ASSERT_TRUE(staff.session());
    // One that cannot be read: said, and the event stays open.
    const QString broken = dir.path(u"broken.hdpacket"_s);
    writeAll(broken, "not a packet");
    EXPECT_FALSE(staff.openDatabase(broken).isEmpty());
    EXPECT_TRUE(staff.session());
    EXPECT_FALSE(staff.judgeWindow());
    // From Open Recent (or the command line's last one): the judge window takes over.
    staff.show();
    ASSERT_TRUE(staff.openDatabase(packet).isEmpty());
    QPointer<JudgeWindow> judgeWindow = staff.judgeWindow();
    ASSERT_TRUE(judgeWindow);
    EXPECT_TRUE(judgeWindow->isVisible());
    EXPECT_FALSE(staff.isVisible()) << "the staff window handed over";
    EXPECT_TRUE(judgeWindow->windowTitle().contains(u"@sun-li"_s));
    EXPECT_EQ(QSettings().value(u"recentDatabases"_s).toStringList().value(0), QFileInfo(packet).absoluteFilePath());
    delete judgeWindow.data();
}

// Opening the page reads each thing once, however many submissions there are: one load feeds every tab and
// the status line. The old page read the track's submissions seven times and each author once per
// submission (over 150 statements here); a change, another number of judges per submission or another
// track reloads with one read again.
TEST(JudgingStatements, ThePageReadsEachThingOncePerLoad)
{
    TempDir dir;
    const QString path = dir.path(u"judging.sqlite"_s);
    auto db = std::make_unique<Database>(path);
    const JudgingEvent e = buildJudgingEvent(*db, 6, 60, 30);
    // Judge 1 has submitted all 30 sheets.
    for (const qint64 submission : e.assigned[e.judges.first()])
        ScoreRepository(*db).saveSheet(roundSheet(e, e.judges.first(), submission, 1, true), u"setup"_s);
    EventSession session(std::move(db));
    StatementLog log;
    JudgingPage page(&session);
    ASSERT_EQ(page.trackId(), e.trackId);
    EXPECT_EQ(page.table(JudgingPage::SubmissionsTab)->model()->rowCount(), 60);
    EXPECT_EQ(page.table(JudgingPage::AssignmentsTab)->model()->rowCount(), 180);
    EXPECT_EQ(page.table(JudgingPage::ResultsTab)->model()->rowCount(), 60);
    EXPECT_TRUE(page.statusText().contains(u"30 of 180 sheets submitted"_s)) << page.statusText().toStdString();
    EXPECT_TRUE(page.statusText().contains(u"15 coverage gap"_s)) << page.statusText().toStdString();
    EXPECT_EQ(log.submissionReads(), 1) << log.summary().toStdString();
    EXPECT_LE(log.count(), 30) << log.summary().toStdString();

    // Another program adds a submission: every tab (none is in view) and the status line reload once.
    {
        Database other(path);
        Submission s;
        s.trackId = e.trackId;
        s.title = u"From another program"_s;
        s.participantId = SubmissionRepository(other).submission(e.submissions.first())->participantId;
        SubmissionRepository(other).insertSubmission(s, u"other"_s);
    }
    log.clear();
    session.checkOutsideChanges();
    EXPECT_EQ(page.table(JudgingPage::SubmissionsTab)->model()->rowCount(), 61);
    EXPECT_EQ(page.table(JudgingPage::ResultsTab)->model()->rowCount(), 61);
    EXPECT_TRUE(page.statusText().contains(u"16 coverage gap"_s)) << page.statusText().toStdString();
    EXPECT_EQ(log.submissionReads(), 1) << log.summary().toStdString();
    EXPECT_LE(log.count(), 30) << log.summary().toStdString();

    // Fewer judges per submission: the coverage and the status line change, from what was read.
    log.clear();
    page.perSubmissionBox()->setValue(2);
    EXPECT_EQ(log.count(), 0) << log.summary().toStdString();
    EXPECT_EQ(page.table(JudgingPage::SubmissionsTab)->model()->index(0, JudgingPage::SubCoverage).data().toString(),
              u"3 of 2"_s);
    EXPECT_TRUE(page.statusText().contains(u"· 1 coverage gap"_s)) << page.statusText().toStdString();

    // Another track: read once, and back.
    log.clear();
    page.setTrack(EventRepository(session.database()).resolveTrack(u"articles"_s).id);
    EXPECT_EQ(page.table(JudgingPage::SubmissionsTab)->model()->rowCount(), 0);
    EXPECT_LE(log.submissionReads(), 1) << log.summary().toStdString();
    EXPECT_LE(log.count(), 30) << log.summary().toStdString();
    page.setTrack(e.trackId);
    EXPECT_EQ(page.table(JudgingPage::SubmissionsTab)->model()->rowCount(), 61);
}
