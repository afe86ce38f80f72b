#include "importissuedialog.h"

#include "eventsession.h"
#include "model/error.h"
#include "services/issueimport.h"
#include "storage/eventrepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

ImportIssueDialog::ImportIssueDialog(EventSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_track(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_preview(new QListWidget(this))
    , m_summary(new QLabel(this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setWindowTitle(tr("Import a task list from its GitHub issue"));
    m_summary->setTextFormat(Qt::PlainText); // errors quote the file
    for (const Track &t : EventRepository(session->database()).tracks())
        m_track->addItem(t.name, t.id);
    m_text->setPlaceholderText(tr("Paste the issue body (Markdown) here, or load it from a file."));
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto *load = new QPushButton(tr("&Load File…"), this);
    connect(load, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Issue body"), {}, tr("Markdown (*.md *.txt);;All files (*)"));
        if (!path.isEmpty())
            loadFile(path);
    });
    auto *form = new QFormLayout;
    form->addRow(tr("&Track:"), m_track);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(load, QDialogButtonBox::ActionRole);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, [this] {
        if (const QString error = apply(); error.isEmpty())
            accept();
        else
            m_summary->setText(error);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_text, 2);
    layout->addWidget(new QLabel(tr("What the import would change:"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 700);

    // Preview after typing stops, not on every key.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(300);
    connect(debounce, &QTimer::timeout, this, &ImportIssueDialog::updatePreview);
    connect(m_text, &QPlainTextEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(m_track, &QComboBox::currentIndexChanged, this, &ImportIssueDialog::updatePreview);
    updatePreview();
}

void ImportIssueDialog::loadFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        m_summary->setText(tr("Cannot read %1: %2").arg(path, f.errorString()));
        return;
    }
    m_text->setPlainText(QString::fromUtf8(f.readAll()));
    updatePreview();
}

void ImportIssueDialog::updatePreview()
{
    m_preview->clear();
    m_import->setEnabled(false);
    if (m_text->toPlainText().trimmed().isEmpty()) {
        m_summary->setText(tr("Nothing to import yet."));
        return;
    }
    try {
        const auto track = EventRepository(m_session->database()).track(m_track->currentData().toLongLong());
        if (!track)
            return;
        const IssueImportReport r = importIssueBody(m_session->database(), *track, m_text->toPlainText(), true);
        m_import->setText(r.problems.isEmpty() ? tr("&Import")
                                               : tr("&Import, Skipping %n Unreadable Rows", nullptr,
                                                    int(r.problems.size())));
        // Per table: the column mapping chosen and what it gave.
        for (const IssueTable &t : r.tables) {
            QStringList mapping;
            for (qsizetype i = 0; i < t.columns.size(); ++i)
                mapping << tr("%1 → %2").arg(t.headerCells.value(i).isEmpty() ? tr("(empty)") : t.headerCells.value(i),
                                            issueColumnName(t.columns[i]));
            auto *item = new QListWidgetItem(
                t.isTaskTable()
                    ? tr("Table at line %1 (%2): %3 rows read, %4 unreadable. Columns: %5")
                          .arg(QString::number(t.line), t.direction.isEmpty() ? u"-"_s : t.direction)
                          .arg(t.rowsRead)
                          .arg(t.unreadableLines.size())
                          .arg(mapping.join(u"; "_s))
                    : tr("Table at line %1 (%2): %3").arg(QString::number(t.line), t.direction, t.unusable),
                m_preview);
            item->setForeground(QColor(u"#2C3E50"_s));
        }
        if (!r.noTasks.isEmpty()) {
            m_summary->setText(r.noTasks);
            return;
        }
        for (const IssueProblem &p : r.problems) {
            auto *item = new QListWidgetItem(tr("Line %1: %2").arg(p.line).arg(p.reason), m_preview);
            item->setForeground(QColor(u"#C0392B"_s));
        }
        for (const QString &c : r.changes)
            new QListWidgetItem(c, m_preview);
        m_summary->setText(tr("%1 tasks added, %2 updated, %3 claims added, %4 status changes; %5 rows cannot be read.")
                               .arg(r.tasksAdded)
                               .arg(r.tasksUpdated)
                               .arg(r.claimsAdded)
                               .arg(r.statusChanges)
                               .arg(r.problems.size()));
        m_import->setEnabled(r.changedAnything());
    } catch (const Error &e) {
        m_summary->setText(e.message());
    }
}

QString ImportIssueDialog::apply()
{
    try {
        const auto track = EventRepository(m_session->database()).track(m_track->currentData().toLongLong());
        if (!track)
            return tr("Choose a track.");
        importIssueBody(m_session->database(), *track, m_text->toPlainText(), false);
    } catch (const Error &e) {
        return e.message();
    }
    // An import touches many rows at once: earlier edits can no longer be undone one by one.
    m_session->undoStack()->clear();
    emit m_session->changed();
    return {};
}

} // namespace hd
