#pragma once

#include "judgeworkspace.h"

#include <QMainWindow>
#include <QUndoStack>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;

namespace hd {

class ScoreForm;
class SheetConflict;

// Judge mode: a judge scores their assigned submissions, either inside their packet with no event database
// (`hackdesk --judge-packet FILE`), or on the shared event under their own login (a judge's connection,
// `hackdesk --db postgresql://LOGIN@host/event` or File > Open Shared Event…, opens this window instead of
// the staff one). The window works the same over both through a JudgeWorkspace. On the left the submissions
// with the state of each sheet and "3 of 8 done" and Next (Ctrl+N: the judge's own draft, else the submission
// with the fewest reviews); on the right the score form. Save Draft (Ctrl+S) and Submit (Ctrl+Enter) write
// the packet file (its revision rises by one and its authentication code is renewed), or the server: a sheet
// someone else changed since it was shown is refused there, and the window shows both and asks whose to keep.
// On a shared event, what staff change (an assignment, the lock) appears within moments. Ctrl+PgDown and
// Ctrl+PgUp move between submissions, keeping changes that are valid. Edit > Undo (Ctrl+Z) and Redo (Ctrl+Y)
// take back and bring back saved changes to sheets, one save at a time, and write the packet each time, so
// the file (or the server) always holds what the judge sees; typing not yet saved is kept first (as when
// moving on), so that Undo takes it back and Redo brings it again. A packet that is not authentic or not
// readable opens nothing and the window says why. Tracks whose results are final are shown read-only, and
// their submissions are marked "(final)" in the list. File opens another packet (Ctrl+O), a shared event or
// a recent one — in the window it needs, as the staff window does, this one closing — saves a copy of the
// packet to send back, closes (Ctrl+W) and quits (Ctrl+Q); typing not yet saved is asked about first, as
// on closing.
class JudgeWindow : public QMainWindow
{
    Q_OBJECT
public:
    // The packet in the file (then first in Open Recent); a packet that cannot be opened shows why.
    explicit JudgeWindow(const QString &packetPath, QWidget *parent = nullptr);
    // The judge's work where `workspace` keeps it.
    explicit JudgeWindow(std::unique_ptr<JudgeWorkspace> workspace, QWidget *parent = nullptr);
    ~JudgeWindow() override;

    // The FILE of "--judge-packet FILE" or "--judge-packet=FILE"; empty when not asked for.
    static QString packetFromArguments(const QStringList &arguments);
    // Opens the packet in judge mode and runs the application until the window closes.
    static int run(const QString &packetPath);
    // Whether `location` names a judge packet (*.hdpacket), which opens in judge mode.
    static bool isPacket(const QString &location);

    bool isOpen() const { return m_open; }
    QString problem() const { return m_problem; }
    // What the window shows: the packet, or the judge's work on the shared event as last read.
    const JudgePacket &packet() const;
    JudgeWorkspace *workspace() const { return m_workspace.get(); }
    QListWidget *list() const { return m_list; }
    ScoreForm *form() const { return m_form; }
    QPushButton *draftButton() const { return m_draft; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *nextButton() const { return m_next; }
    QString progressText() const;
    // The list's text for the submission's row: its sheet's state, id and title, "(final)" after the id
    // when the results of its track are final.
    QString entryText(const JudgePacket::Entry &entry) const;

    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *recentMenu() const { return m_recentMenu; }
    QAction *openPacketAction() const { return m_openPacketAction; }
    QAction *openSharedAction() const { return m_openSharedAction; }
    // File > Save a Copy to Send Back…: only for a packet.
    QAction *saveCopyAction() const { return m_saveCopyAction; }
    QAction *closeAction() const { return m_closeAction; }
    QAction *quitAction() const { return m_quitAction; }
    // Opens `location` (a packet, an event database or a shared event's URL) in the window it needs
    // (MainWindow::openInNewWindow), then this window closes without asking again. Returns the reason when
    // it cannot; this window stays as it is then. Ask about typing first (readyToLeave()).
    QString open(const QString &location, const QString &password = {});
    // Typing not yet saved: asks whether to save it (Save, Discard, Cancel). False when the judge cancels
    // or it could not be saved (the form says why).
    bool readyToLeave(const QString &question);
    // Writes the packet as saved (valid typing kept first, as when moving on) to `path`, to send back.
    // Returns the reason when it cannot.
    QString saveCopyTo(const QString &path);

    // Shows the submission's form (saving the current one first when it changed and is valid).
    bool select(qint64 submissionId);
    // Validates the form for `target` and writes it into the packet. Returns whether it saved.
    bool save(SheetStatus target);
    // Keeps valid changes, then shows the submission to score next; false when nothing is left.
    bool goToNext();

    QUndoStack *undoStack() { return &m_undo; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    // Keeps valid typing (like moving on), then undoes or redoes the last saved change.
    void undo();
    void redo();
    // Puts the sheet of a submission back to `state` and writes it, when it is still `expected` (what the
    // judge's own save left: someone else's change since is refused and shown); what undo and redo do.
    bool applySheet(qint64 submissionId, const std::optional<ScoreSheet> &expected,
                    const std::optional<ScoreSheet> &state);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void build();
    void buildFileMenu();
    void openPacketDialog();
    void openSharedDialog();
    void saveCopyDialog();
    // Closes without asking again (open() asked already).
    void leave();
    void fillList();
    // After someone else changed the judge's work: the list again, the form too unless it has typing.
    void refresh();
    // A save refused because the sheet changed meanwhile: shows both and asks. Returns the sheet to write
    // over theirs (Keep Mine), or nullopt when the judge takes theirs or cancels (the form then says so).
    std::optional<ScoreSheet> resolve(const ScoreSheet &mine, const SheetConflict &conflict);
    int rowOf(qint64 submissionId) const;
    void showEntry(int row);
    bool keepChanges();
    qint64 currentSubmission() const;

    std::unique_ptr<JudgeWorkspace> m_workspace;
    bool m_open = false;
    QString m_problem;
    QListWidget *m_list = nullptr;
    QLabel *m_progress = nullptr;
    ScoreForm *m_form = nullptr;
    QPushButton *m_draft = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_next = nullptr;
    int m_row = -1;
    qint64 m_current = 0;                   // the submission in the form
    std::optional<ScoreSheet> m_shownSheet; // its sheet as the form was filled with it
    QUndoStack m_undo;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_openPacketAction = nullptr;
    QAction *m_openSharedAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    bool m_leaving = false; // open() asked already: close without asking again
};

} // namespace hd
