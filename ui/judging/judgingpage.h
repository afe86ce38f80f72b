#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace hd {

class DetailPane;
class EventSession;
class TablePage;
class TableModel;

// Judging in the main window, per track: the submissions with their judges, coverage gaps and
// conflicts (add, edit, delete, assign a judge); the assignments with the state and weighted score of
// each sheet (score, assign, remove); the judges with their progress ("12 of 20 done") (add, edit,
// delete); the results, raw and normalised side by side; the judging log. The bar edits the track's
// rubric, assigns automatically, finalises or unlocks the track (with a reason) and exports and imports
// judge packets and the results. Every edit is undoable except finalising, unlocking and packet imports,
// which are logged. Deleting a judge or a submission that has score sheets asks first.
class JudgingPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { SubmissionsTab, AssignmentsTab, JudgesTab, ResultsTab, LogTab };
    enum SubmissionColumn { SubId, SubTitle, SubBy, SubJudges, SubCoverage, SubConflicts };
    enum AssignmentColumn { AsJudge, AsSubmission, AsTitle, AsStatus, AsWeighted, AsUpdated };
    enum JudgeColumn { JudgeLogin, JudgeName, JudgeOrganisation, JudgeProgress, JudgeConflicts };
    enum ResultColumn { ResRank, ResSubmission, ResTitle, ResJudges, ResRaw, ResNormalised };
    enum LogColumn { LogWhen, LogWho, LogAction, LogJudge, LogSubmission, LogCriterion, LogOld, LogNew, LogNote };

    explicit JudgingPage(EventSession *session, QWidget *parent = nullptr);
    ~JudgingPage() override;

    QComboBox *trackBox() const { return m_track; }
    qint64 trackId() const;
    void setTrack(qint64 trackId);
    QSpinBox *perSubmissionBox() const { return m_perSubmission; }
    QTabWidget *tabs() const { return m_tabs; }
    TablePage *table(Tab tab) const;
    // Beside the submissions: the one selected, its authors, links, judges and score.
    DetailPane *detailPane() const { return m_detail; }
    QString statusText() const;

    // The assignment shown in a row of the assignments table: (judge, submission).
    std::pair<qint64, qint64> assignmentAt(qint64 rowId) const;

    // What the buttons do; the interactive ones ask through dialogs.
    void openSheet(qint64 judgeId, qint64 submissionId);
    void scoreSelected();
    void assignJudge();
    void removeSelectedAssignment();
    // Assigns the track automatically; returns a summary (gaps named) or the reason it could not.
    QString autoAssign();
    void finaliseOrUnlock();
    void exportPacket();
    void importPacket();
    void exportResults();
    // The blank paper score sheets of the selected judge in this track, as a PDF.
    void exportScoreSheets();
    // The track's stored scores as CSV, in the columns of the paper template (`scores export`).
    void exportScores();
    void addJudge();
    void editJudge(qint64 judgeId);
    void deleteJudge(qint64 judgeId);
    void editRubric();
    void addSubmission();
    void editSubmission(qint64 submissionId);
    void deleteSubmission(qint64 submissionId);
    // The non-interactive parts: return an error, or an empty string.
    QString exportPacketTo(const QString &judgeLogin, const QString &path, bool replace);
    QString importPacketFrom(const QString &path, QString *summary = nullptr);
    QString exportResultsTo(const QString &path);
    QString exportScoreSheetsTo(qint64 judgeId, const QString &path);
    QString exportScoresTo(const QString &path);

private:
    struct State;
    void fillTracks();
    // Another track: reads it and reloads every tab.
    void reload();
    // The status line and the lock button, from what was read.
    void showStatus();
    void showError(const QString &message);

    EventSession *m_session;
    std::shared_ptr<State> m_state;
    QComboBox *m_track;
    QSpinBox *m_perSubmission;
    QLabel *m_status;
    QPushButton *m_rubric;
    QPushButton *m_assign;
    QPushButton *m_lock;
    QTabWidget *m_tabs;
    QList<TablePage *> m_tables;
    DetailPane *m_detail = nullptr;
};

} // namespace hd
