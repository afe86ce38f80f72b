#pragma once

#include "judging/judgepacket.h"

#include <QMainWindow>
#include <QUndoStack>

#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;

namespace hd {

class ScoreForm;

// Judge mode, `hackdesk --judge-packet FILE`: a judge scores their assigned submissions inside their
// packet, with no event database. On the left the submissions with the state of each sheet and "3 of 8
// done"; on the right the score form. Save Draft (Ctrl+S) and Submit (Ctrl+Enter) write the packet file
// (its revision rises by one and its authentication code is renewed); Ctrl+PgDown and Ctrl+PgUp move
// between submissions, keeping changes that are valid. Edit > Undo (Ctrl+Z) and Redo (Ctrl+Y) take back
// and bring back saved changes to sheets, one save at a time, and write the packet each time, so the
// file always holds what the judge sees; typing not yet saved is kept first (as when moving on), so that
// Undo takes it back and Redo brings it again. A packet that is not authentic or not readable opens
// nothing and the window says why. Tracks whose results are final are shown read-only.
class JudgeWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit JudgeWindow(const QString &packetPath, QWidget *parent = nullptr);

    // The FILE of "--judge-packet FILE" or "--judge-packet=FILE"; empty when not asked for.
    static QString packetFromArguments(const QStringList &arguments);
    // Opens the packet in judge mode and runs the application until the window closes.
    static int run(const QString &packetPath);

    bool isOpen() const { return m_open; }
    QString problem() const { return m_problem; }
    const JudgePacket &packet() const { return m_packet; }
    QListWidget *list() const { return m_list; }
    ScoreForm *form() const { return m_form; }
    QPushButton *draftButton() const { return m_draft; }
    QPushButton *submitButton() const { return m_submit; }
    QString progressText() const;

    // Shows the submission's form (saving the current one first when it changed and is valid).
    bool select(qint64 submissionId);
    // Validates the form for `target` and writes it into the packet. Returns whether it saved.
    bool save(SheetStatus target);

    QUndoStack *undoStack() { return &m_undo; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // Keeps valid typing (like moving on), then undoes or redoes the last saved change.
    void undo();
    void redo();
    // Puts the sheet of a submission back to `state` and writes the packet; what undo and redo do.
    bool applySheet(qint64 submissionId, const std::optional<ScoreSheet> &state);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void fillList();
    void showEntry(int row);
    bool keepChanges();
    qint64 currentSubmission() const;

    QString m_path;
    JudgePacket m_packet;
    bool m_open = false;
    QString m_problem;
    QListWidget *m_list = nullptr;
    QLabel *m_progress = nullptr;
    ScoreForm *m_form = nullptr;
    QPushButton *m_draft = nullptr;
    QPushButton *m_submit = nullptr;
    int m_row = -1;
    QUndoStack m_undo;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
};

} // namespace hd
