#include "judgewindow.h"

#include "dialogs/conflictdialog.h"
#include "files/savefiles.h"
#include "io/filewriter.h"
#include "judgeworkspace.h"
#include "judging/judgingservice.h"
#include "mainwindow.h"
#include "messages.h"
#include "model/error.h"
#include "scoreform.h"
#include "storage/database.h"
#include "storage/scorerepository.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

namespace {

// One save of a sheet in judge mode: the sheet before and after. The save itself has already happened
// when the command is pushed.
class SheetCommand : public QUndoCommand
{
public:
    SheetCommand(JudgeWindow *window, qint64 submissionId, std::optional<ScoreSheet> before,
                 std::optional<ScoreSheet> after)
        : QUndoCommand(JudgeWindow::tr("Score #%1").arg(submissionId))
        , m_window(window)
        , m_submissionId(submissionId)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override
    {
        if (m_first) { // pushed after the save
            m_first = false;
            return;
        }
        m_window->applySheet(m_submissionId, m_before, m_after);
    }
    void undo() override { m_window->applySheet(m_submissionId, m_after, m_before); }

private:
    JudgeWindow *m_window;
    qint64 m_submissionId;
    std::optional<ScoreSheet> m_before;
    std::optional<ScoreSheet> m_after;
    bool m_first = true;
};

} // namespace

JudgeWindow::JudgeWindow(const QString &packetPath, QWidget *parent)
    : QMainWindow(parent)
{
    try {
        m_workspace = std::make_unique<PacketWorkspace>(packetPath);
        MainWindow::rememberRecent(QFileInfo(packetPath).absoluteFilePath());
    } catch (const Error &e) {
        m_problem = e.message();
    }
    build();
}

JudgeWindow::JudgeWindow(std::unique_ptr<JudgeWorkspace> workspace, QWidget *parent)
    : QMainWindow(parent)
    , m_workspace(std::move(workspace))
{
    build();
}

JudgeWindow::~JudgeWindow()
{
    m_undo.clear(); // its commands write through the workspace
}

const JudgePacket &JudgeWindow::packet() const
{
    static const JudgePacket none;
    return m_workspace ? m_workspace->work() : none;
}

void JudgeWindow::build()
{
    setWindowTitle(tr("Judge mode — HackDesk"));
    setWindowIcon(QIcon(u":/icons/hackdesk.svg"_s));
    resize(1100, 760);
    m_open = m_workspace != nullptr;
    buildFileMenu(); // a packet that cannot be opened: another can
    if (!m_open) {
        auto *label = new QLabel(
            tr("This judge packet cannot be opened:\n%1\n\nAsk the organisers for a new one.").arg(m_problem), this);
        label->setObjectName(u"problem"_s);
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setContentsMargins(24, 24, 24, 24);
        label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        setCentralWidget(label);
        return;
    }
    setWindowTitle(tr("Judge mode — @%1 — %2").arg(packet().judgeLogin, packet().eventName));

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    m_progress = new QLabel(left);
    m_progress->setObjectName(u"progress"_s);
    m_list = new QListWidget(left);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setToolTip(tr("✓ submitted · ✎ draft · ○ not started"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_next = new QPushButton(tr("&Next"), left);
    m_next->setObjectName(u"next"_s);
    m_next->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_next->setToolTip(tr("Go to your draft, else to the submission with the fewest reviews so far (Ctrl+N)."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_progress, 1);
    top->addWidget(m_next);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_list, 1);

    auto *right = new QWidget(splitter);
    m_form = new ScoreForm(right);
    m_draft = new QPushButton(tr("Save &Draft"), right);
    m_submit = new QPushButton(tr("&Submit"), right);
    m_submit->setDefault(true);
    m_draft->setToolTip(tr("Keep it as a draft: the organisers do not count it yet (Ctrl+S)."));
    m_submit->setToolTip(tr("Every criterion scored: it counts in the results (Ctrl+Enter)."));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_draft);
    buttons->addWidget(m_submit);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_form, 1);
    rightLayout->addLayout(buttons);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({320, 780});
    setCentralWidget(splitter);

    connect(m_draft, &QPushButton::clicked, this, [this] { save(SheetStatus::Draft); });
    connect(m_submit, &QPushButton::clicked, this, [this] { save(SheetStatus::Submitted); });
    connect(m_next, &QPushButton::clicked, this, &JudgeWindow::goToNext);
    connect(m_workspace.get(), &JudgeWorkspace::changedOutside, this, &JudgeWindow::refresh);
    connect(m_workspace.get(), &JudgeWorkspace::connection, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    connect(saveKey, &QShortcut::activated, this, [this] { save(SheetStatus::Draft); });
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *submitKey = new QShortcut(k, this);
        connect(submitKey, &QShortcut::activated, this, [this] { save(SheetStatus::Submitted); });
    }
    auto *next = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] {
        if (m_row + 1 < m_list->count())
            m_list->setCurrentRow(m_row + 1);
    });
    auto *previous = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] {
        if (m_row > 0)
            m_list->setCurrentRow(m_row - 1);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row == m_row)
            return;
        const bool kept = keepChanges(); // the list is filled again when it saves
        const QSignalBlocker block(m_list);
        if (!kept) { // stay where the problem is
            m_list->setCurrentRow(m_row);
            return;
        }
        m_list->setCurrentRow(row);
        showEntry(row);
    });
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, &JudgeWindow::undo);
    m_redoAction = edit->addAction(tr("&Redo"));
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::Key_Y)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::Key_Y);
    m_redoAction->setShortcuts(redoKeys);
    connect(m_redoAction, &QAction::triggered, this, &JudgeWindow::redo);
    auto updateActions = [this] {
        m_undoAction->setEnabled(m_undo.canUndo());
        m_undoAction->setText(m_undo.canUndo() ? tr("&Undo %1").arg(m_undo.undoText()) : tr("&Undo"));
        m_redoAction->setEnabled(m_undo.canRedo());
        m_redoAction->setText(m_undo.canRedo() ? tr("&Redo %1").arg(m_undo.redoText()) : tr("&Redo"));
    };
    connect(&m_undo, &QUndoStack::indexChanged, this, updateActions);
    updateActions();
    // Unsaved typing counts as a change to take back, too.
    connect(m_form, &ScoreForm::edited, this, [this] { m_undoAction->setEnabled(true); });

    fillList();
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    statusBar()->showMessage(m_workspace->location());
}

QString JudgeWindow::packetFromArguments(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments[i] == u"--judge-packet" && i + 1 < arguments.size())
            return arguments[i + 1];
        if (arguments[i].startsWith(u"--judge-packet="))
            return arguments[i].mid(15);
    }
    return {};
}

int JudgeWindow::run(const QString &packetPath)
{
    JudgeWindow window(packetPath);
    window.show();
    return QApplication::exec();
}

bool JudgeWindow::isPacket(const QString &location)
{
    return location.endsWith(u".hdpacket"_s, Qt::CaseInsensitive);
}

void JudgeWindow::buildFileMenu()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_openPacketAction = m_fileMenu->addAction(tr("&Open Judge Packet…"), this, &JudgeWindow::openPacketDialog);
    m_openPacketAction->setShortcut(QKeySequence::Open);
    m_openSharedAction = m_fileMenu->addAction(tr("Open S&hared Event…"), this, &JudgeWindow::openSharedDialog);
    m_recentMenu = m_fileMenu->addMenu(tr("Open &Recent"));
    const auto openRecent = [this](const QString &location) {
        if (!readyToLeave(tr("Save the changes to this submission before opening %1?").arg(location)))
            return;
        if (const QString error = open(location); !error.isEmpty())
            messages::warning(this, tr("Judge mode"), error);
    };
    MainWindow::fillRecentMenu(m_recentMenu, openRecent);
    connect(m_recentMenu, &QMenu::aboutToShow, this,
            [this, openRecent] { MainWindow::fillRecentMenu(m_recentMenu, openRecent); });
    m_fileMenu->addSeparator();
    m_saveCopyAction = m_fileMenu->addAction(tr("Save a &Copy to Send Back…"), this, &JudgeWindow::saveCopyDialog);
    m_saveCopyAction->setToolTip(tr("The packet with your scores as saved, for the organisers to import."));
    m_saveCopyAction->setVisible(qobject_cast<PacketWorkspace *>(m_workspace.get()) != nullptr);
    m_fileMenu->addSeparator();
    m_closeAction = m_fileMenu->addAction(tr("&Close"), this, &QWidget::close);
    m_closeAction->setShortcut(QKeySequence::Close);
    m_quitAction = m_fileMenu->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
}

bool JudgeWindow::readyToLeave(const QString &question)
{
    if (!m_open || !m_form->isModified() || !m_submit->isEnabled())
        return true;
    const auto answer = messages::question(this, tr("Judge mode"), question,
                                           QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    return answer == QMessageBox::Discard || (answer == QMessageBox::Save && keepChanges());
}

QString JudgeWindow::open(const QString &location, const QString &password)
{
    if (const QString error = MainWindow::openInNewWindow(location, password); !error.isEmpty())
        return error;
    leave();
    return {};
}

void JudgeWindow::leave()
{
    m_leaving = true; // asked already
    close();
}

void JudgeWindow::openPacketDialog()
{
    if (!readyToLeave(tr("Save the changes to this submission before opening another packet?")))
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a judge packet"), QString(),
                                                      tr("Judge packets (*.hdpacket);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = open(path); !error.isEmpty())
        messages::warning(this, tr("Judge mode"), error);
}

void JudgeWindow::openSharedDialog()
{
    if (!readyToLeave(tr("Save the changes to this submission before opening another event?")))
        return;
    const auto *shared = qobject_cast<SharedWorkspace *>(m_workspace.get());
    bool opened = false;
    MainWindow::askSharedEvent(this, shared ? shared->database().path() : QString(),
                               [&opened](const QString &url, const QString &password) {
                                   const QString error = MainWindow::openInNewWindow(url, password);
                                   opened = error.isEmpty();
                                   return error;
                               });
    // Only now that the dialog is done: closing may delete this window, and the dialog with it.
    if (opened)
        leave();
}

QString JudgeWindow::saveCopyTo(const QString &path)
{
    const auto *workspace = qobject_cast<PacketWorkspace *>(m_workspace.get());
    if (!workspace)
        return tr("Only a judge packet can be saved as a copy.");
    if (!keepChanges())
        return tr("The changes to #%1 cannot be saved yet: %2").arg(currentSubmission()).arg(m_form->problemText());
    QFile file(workspace->path());
    if (!file.open(QIODevice::ReadOnly))
        return tr("Cannot read the packet %1: %2").arg(workspace->path(), file.errorString());
    try {
        writeFileAtomically(path, file.readAll(), FileAccess::OwnerOnly);
    } catch (const Error &e) {
        return e.message();
    }
    statusBar()->showMessage(tr("Saved a copy of revision %1 to %2: send it to the organisers.")
                                 .arg(packet().revision)
                                 .arg(path),
                             10000);
    return {};
}

void JudgeWindow::saveCopyDialog()
{
    const auto *workspace = qobject_cast<PacketWorkspace *>(m_workspace.get());
    if (!workspace)
        return;
    const QString path = files::askSavePath(this, tr("Save a copy of the packet"),
                                            QFileInfo(workspace->path()).fileName(), {{tr("Judge packets"), u"hdpacket"_s}});
    if (path.isEmpty())
        return;
    if (const QString error = saveCopyTo(path); !error.isEmpty())
        messages::warning(this, tr("Judge mode"), error);
}

QString JudgeWindow::progressText() const
{
    return hd::progressText(packet().submittedCount(), int(packet().entries.size()));
}

void JudgeWindow::fillList()
{
    const JudgePacket &work = packet();
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const JudgePacket::Entry &e : work.entries) {
        const auto sheet = work.sheet(e.id);
        const QString state = !sheet ? tr("not started") : sheetStatusName(sheet->status).toLower();
        auto *item = new QListWidgetItem(entryText(e), m_list);
        item->setData(Qt::UserRole, e.id);
        QString tip = u"#%1 %2\n%3\n%4"_s.arg(e.id).arg(e.title, tr("by %1").arg(e.by), state);
        if (work.track(e.trackId)->finalised) { // read-only: greyed, and said
            tip += u"\n"_s + tr("The results of this track are final.");
            item->setForeground(m_list->palette().brush(QPalette::Disabled, QPalette::Text));
        }
        item->setToolTip(tip);
    }
    m_row = rowOf(m_current);
    m_list->setCurrentRow(m_row);
    m_progress->setText(tr("@%1: %2").arg(work.judgeLogin, progressText()));
}

QString JudgeWindow::entryText(const JudgePacket::Entry &e) const
{
    const JudgePacket &work = packet();
    const auto sheet = work.sheet(e.id);
    const QString mark = !sheet ? u"○"_s : sheet->status == SheetStatus::Submitted ? u"✓"_s : u"✎"_s;
    // The mark comes before the title, which a narrow list cuts short.
    const QString id = work.track(e.trackId)->finalised
                           ? tr("#%1 (final)", "a submission whose track's results are final").arg(e.id)
                           : u"#%1"_s.arg(e.id);
    return u"%1 %2 %3"_s.arg(mark, id, e.title);
}

int JudgeWindow::rowOf(qint64 submissionId) const
{
    const JudgePacket &work = packet();
    for (int i = 0; i < work.entries.size(); ++i)
        if (work.entries[i].id == submissionId)
            return i;
    return -1;
}

qint64 JudgeWindow::currentSubmission() const
{
    return m_current;
}

void JudgeWindow::showEntry(int row)
{
    const JudgePacket &work = packet();
    m_row = row;
    m_current = row >= 0 && row < work.entries.size() ? work.entries[row].id : 0;
    if (!m_current)
        return;
    const JudgePacket::Entry &e = work.entries[row];
    const JudgePacket::Track *track = work.track(e.trackId);
    m_form->setRubric(track->rubric);
    m_form->setDetails({e.id, e.title, e.by, e.task, e.links, e.figures});
    m_shownSheet = work.sheet(e.id);
    m_form->setSheet(m_shownSheet);
    m_form->setReadOnly(track->finalised);
    m_draft->setEnabled(!track->finalised);
    m_submit->setEnabled(!track->finalised);
    if (track->finalised)
        m_form->showProblem(tr("The results of \"%1\" are final: these scores can no longer change.").arg(track->name));
}

bool JudgeWindow::select(qint64 submissionId)
{
    const int row = rowOf(submissionId);
    if (row < 0)
        return false;
    m_list->setCurrentRow(row);
    return m_row == row;
}

void JudgeWindow::refresh()
{
    const bool typing = m_form->isModified() && m_submit->isEnabled();
    fillList();
    if (m_row < 0 && m_list->count() > 0) { // the submission in view is no longer assigned
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(0);
        showEntry(0);
    } else if (m_row < 0) { // nothing is assigned any more
        m_current = 0;
        m_form->setModified(false);
        m_form->setReadOnly(true);
        m_draft->setEnabled(false);
        m_submit->setEnabled(false);
        m_form->showProblem(tr("Nothing is assigned to you now."));
    } else if (!typing || packet().track(packet().entries[m_row].trackId)->finalised) {
        showEntry(m_row); // as it is kept now: a sheet changed elsewhere, a track made final
    }
    statusBar()->showMessage(tr("Updated with what others changed meanwhile."), 5000);
}

bool JudgeWindow::goToNext()
{
    if (!m_open || !keepChanges())
        return false;
    qint64 next = 0;
    try {
        next = m_workspace->next();
    } catch (const Error &e) {
        statusBar()->showMessage(e.message());
        return false;
    }
    if (!next) {
        statusBar()->showMessage(tr("Nothing left for you to score."), 10000);
        return false;
    }
    return select(next);
}

bool JudgeWindow::keepChanges()
{
    if (!m_form || !m_form->isModified() || !m_submit->isEnabled())
        return true;
    const auto sheet = packet().sheet(currentSubmission());
    return save(sheet && sheet->status == SheetStatus::Submitted ? SheetStatus::Submitted : SheetStatus::Draft);
}

std::optional<ScoreSheet> JudgeWindow::resolve(const ScoreSheet &mine, const SheetConflict &conflict)
{
    const std::optional<ScoreSheet> &theirs = conflict.theirs();
    EditConflict shown;
    shown.what = tr("your sheet for #%1").arg(mine.submissionId);
    auto statusOf = [this](const std::optional<ScoreSheet> &s) {
        return s ? sheetStatusName(s->status) : tr("no sheet");
    };
    if (statusOf(theirs) != statusOf(mine))
        shown.fields.append({tr("State"), statusOf(mine), statusOf(theirs)});
    for (const Criterion &c : m_form->rubric().criteria) {
        const QString a = mine.scores.contains(c.id) ? QString::number(mine.scores.value(c.id)) : QString();
        const QString b =
            theirs && theirs->scores.contains(c.id) ? QString::number(theirs->scores.value(c.id)) : QString();
        if (a != b)
            shown.fields.append({c.name, a, b});
    }
    const QString theirComment = theirs ? theirs->comment : QString();
    if (mine.comment != theirComment)
        shown.fields.append({tr("Comment"), mine.comment, theirComment});
    ConflictDialog dialog(shown, this);
    dialog.setWindowTitle(tr("Changed on the server"));
    const bool chosen = dialog.exec() == QDialog::Accepted;
    if (chosen && dialog.choice() == OnConflict::KeepMine)
        return mine;
    fillList();
    if (chosen) { // Take Theirs: the form shows what the server holds
        showEntry(m_row);
        statusBar()->showMessage(tr("Took the sheet of #%1 as the server holds it.").arg(mine.submissionId), 10000);
    } else {
        m_form->showProblem(conflict.message());
    }
    return std::nullopt;
}

bool JudgeWindow::save(SheetStatus target)
{
    if (!m_open || !m_submit->isEnabled() || !currentSubmission())
        return false;
    const SheetValidation v = m_form->validate(target);
    if (!v.problems.isEmpty())
        return false;
    ScoreSheet sheet = m_form->sheet(target);
    sheet.submissionId = currentSubmission();
    // What the form was filled with: a sheet someone else saved since is a conflict, even when the list
    // already shows it.
    std::optional<ScoreSheet> old = m_shownSheet;
    try {
        try {
            m_workspace->write(sheet.submissionId, old, sheet);
        } catch (const SheetConflict &c) {
            if (!resolve(sheet, c))
                return false;
            old = c.theirs(); // Keep Mine: written over what is there now
            if (old)
                old->judgeId = 0;
            m_workspace->write(sheet.submissionId, c.theirs(), sheet);
        }
    } catch (const Error &e) {
        fillList();
        m_form->showProblem(e.message());
        return false;
    }
    m_form->setModified(false);
    const std::optional<ScoreSheet> now = packet().sheet(sheet.submissionId);
    m_shownSheet = now;
    if (!(old && now && old->sameContent(*now)))
        m_undo.push(new SheetCommand(this, sheet.submissionId, old, now));
    fillList();
    statusBar()->showMessage(
        target == SheetStatus::Submitted
            ? tr("Submitted #%1 (%2).").arg(sheet.submissionId).arg(m_workspace->savedWhere())
            : tr("Saved #%1 as a draft (%2).").arg(sheet.submissionId).arg(m_workspace->savedWhere()));
    return true;
}

void JudgeWindow::undo()
{
    if (!m_open || !keepChanges())
        return;
    m_undo.undo();
}

void JudgeWindow::redo()
{
    if (!m_open || !keepChanges())
        return;
    m_undo.redo();
}

bool JudgeWindow::applySheet(qint64 submissionId, const std::optional<ScoreSheet> &expected,
                             const std::optional<ScoreSheet> &state)
{
    try {
        m_workspace->write(submissionId, expected, state);
    } catch (const Error &e) {
        fillList();
        if (m_row >= 0 && !(m_form->isModified() && m_submit->isEnabled()))
            showEntry(m_row);
        messages::warning(this, tr("Judge mode"), e.message());
        return false;
    }
    // Show the submission whose sheet changed, as it now stands.
    m_current = submissionId;
    fillList();
    showEntry(m_row);
    statusBar()->showMessage(tr("Restored the sheet of #%1 (%2).").arg(submissionId).arg(m_workspace->savedWhere()));
    return true;
}

void JudgeWindow::closeEvent(QCloseEvent *event)
{
    if (!m_leaving && !readyToLeave(tr("Save the changes to this submission before closing?"))) {
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace hd
