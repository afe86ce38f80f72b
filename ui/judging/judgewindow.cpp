#include "judgewindow.h"

#include "judging/judgingservice.h"
#include "messages.h"
#include "model/error.h"
#include "scoreform.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDialogButtonBox>
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
        m_window->applySheet(m_submissionId, m_after);
    }
    void undo() override { m_window->applySheet(m_submissionId, m_before); }

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
    , m_path(packetPath)
{
    setWindowTitle(tr("Judge mode — HackDesk"));
    setWindowIcon(QIcon(u":/icons/hackdesk.svg"_s));
    resize(1100, 760);
    try {
        m_packet = JudgePacket::fromFile(packetPath);
        m_open = true;
    } catch (const Error &e) {
        m_problem = e.message();
    }
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
    setWindowTitle(tr("Judge mode — @%1 — %2").arg(m_packet.judgeLogin, m_packet.eventName));

    auto *splitter = new QSplitter(this);
    auto *left = new QWidget(splitter);
    m_progress = new QLabel(left);
    m_progress->setObjectName(u"progress"_s);
    m_list = new QListWidget(left);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setToolTip(tr("✓ submitted · ✎ draft · ○ not started"));
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_progress);
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
        if (!keepChanges()) { // stay where the problem is
            const QSignalBlocker block(m_list);
            m_list->setCurrentRow(m_row);
            return;
        }
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
    statusBar()->showMessage(tr("%1 · revision %2").arg(m_path).arg(m_packet.revision));
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

QString JudgeWindow::progressText() const
{
    return hd::progressText(m_packet.submittedCount(), int(m_packet.entries.size()));
}

void JudgeWindow::fillList()
{
    const QSignalBlocker block(m_list);
    const int current = m_list->currentRow();
    m_list->clear();
    for (const JudgePacket::Entry &e : m_packet.entries) {
        const auto sheet = m_packet.sheet(e.id);
        const QString state = !sheet ? tr("not started") : sheetStatusName(sheet->status).toLower();
        const QString mark = !sheet ? u"○"_s : sheet->status == SheetStatus::Submitted ? u"✓"_s : u"✎"_s;
        auto *item = new QListWidgetItem(u"%1 #%2 %3"_s.arg(mark).arg(e.id).arg(e.title), m_list);
        item->setData(Qt::UserRole, e.id);
        QString tip = u"#%1 %2\n%3\n%4"_s.arg(e.id).arg(e.title, tr("by %1").arg(e.by), state);
        if (m_packet.track(e.trackId)->finalised)
            tip += u"\n"_s + tr("The results of this track are final.");
        item->setToolTip(tip);
    }
    m_list->setCurrentRow(current);
    m_progress->setText(tr("@%1: %2").arg(m_packet.judgeLogin, progressText()));
}

qint64 JudgeWindow::currentSubmission() const
{
    return m_row >= 0 && m_row < m_packet.entries.size() ? m_packet.entries[m_row].id : 0;
}

void JudgeWindow::showEntry(int row)
{
    m_row = row;
    if (row < 0 || row >= m_packet.entries.size())
        return;
    const JudgePacket::Entry &e = m_packet.entries[row];
    const JudgePacket::Track *track = m_packet.track(e.trackId);
    m_form->setRubric(track->rubric);
    m_form->setDetails({e.id, e.title, e.by, e.task, e.links, e.figures});
    m_form->setSheet(m_packet.sheet(e.id));
    m_form->setReadOnly(track->finalised);
    m_draft->setEnabled(!track->finalised);
    m_submit->setEnabled(!track->finalised);
    if (track->finalised)
        m_form->showProblem(tr("The results of \"%1\" are final: these scores can no longer change.").arg(track->name));
}

bool JudgeWindow::select(qint64 submissionId)
{
    for (int i = 0; i < m_packet.entries.size(); ++i)
        if (m_packet.entries[i].id == submissionId) {
            m_list->setCurrentRow(i);
            return m_row == i;
        }
    return false;
}

bool JudgeWindow::keepChanges()
{
    if (!m_form || !m_form->isModified() || !m_submit->isEnabled())
        return true;
    const auto sheet = m_packet.sheet(currentSubmission());
    return save(sheet && sheet->status == SheetStatus::Submitted ? SheetStatus::Submitted : SheetStatus::Draft);
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
    const JudgePacket before = m_packet;
    const std::optional<ScoreSheet> old = m_packet.sheet(sheet.submissionId);
    try {
        m_packet.setSheet(sheet);
        m_packet.save(m_path);
    } catch (const Error &e) {
        m_packet = before;
        m_form->showProblem(e.message());
        return false;
    }
    m_form->setModified(false);
    if (!(old && old->sameContent(*m_packet.sheet(sheet.submissionId))))
        m_undo.push(new SheetCommand(this, sheet.submissionId, old, m_packet.sheet(sheet.submissionId)));
    fillList();
    statusBar()->showMessage(
        target == SheetStatus::Submitted
            ? tr("Submitted #%1; saved revision %2 of the packet.").arg(sheet.submissionId).arg(m_packet.revision)
            : tr("Saved #%1 as a draft; revision %2 of the packet.").arg(sheet.submissionId).arg(m_packet.revision));
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

bool JudgeWindow::applySheet(qint64 submissionId, const std::optional<ScoreSheet> &state)
{
    const JudgePacket before = m_packet;
    try {
        m_packet.restoreSheet(submissionId, state);
        m_packet.save(m_path);
    } catch (const Error &e) {
        m_packet = before;
        messages::warning(this, tr("Judge mode"), e.message());
        return false;
    }
    // Show the submission whose sheet changed, as it now stands.
    int row = -1;
    for (int i = 0; i < m_packet.entries.size(); ++i)
        if (m_packet.entries[i].id == submissionId)
            row = i;
    fillList();
    if (row == m_row) {
        showEntry(row);
    } else {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(row);
        showEntry(row);
    }
    statusBar()->showMessage(
        tr("Restored the sheet of #%1; saved revision %2 of the packet.").arg(submissionId).arg(m_packet.revision));
    return true;
}

void JudgeWindow::closeEvent(QCloseEvent *event)
{
    if (m_open && m_form->isModified() && m_submit->isEnabled()) {
        const auto answer =
            messages::question(this, tr("Judge mode"), tr("Save the changes to this submission before closing?"),
                               QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !keepChanges())) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace hd
