#include "syncdialog.h"

#include "eventsession.h"
#include "storage/database.h"
#include "storage/eventrepository.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

#ifdef HACKDESK_HAVE_QTKEYCHAIN
#include <qt6keychain/keychain.h>
#endif

using namespace Qt::StringLiterals;

namespace hd {

namespace {

const QString keychainService = u"HackDesk"_s;
const QString keychainKey = u"github-token"_s;

// A token set in this run when there is no keychain: kept in memory only, for every dialog.
QString &sessionToken()
{
    static QString token;
    return token;
}

QString localTime(const QDateTime &t)
{
    return t.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
}

// Passes what the sync does, from its thread, to the dialog's.
class Relay final : public SyncListener
{
public:
    explicit Relay(SyncDialog *dialog)
        : m_dialog(dialog)
    {}

    void step(const QString &what) override
    {
        post([what](SyncDialog *d) { d->statusLabel()->setText(what); });
    }

    void waiting(qint64 msecsLeft, const QString &why) override
    {
        post([msecsLeft, why](SyncDialog *d) {
            d->statusLabel()->setText(
                msecsLeft > 0
                    ? SyncDialog::tr("%1: %2 s left (Cancel stops the sync)").arg(why).arg((msecsLeft + 999) / 1000)
                    : why);
        });
    }

    void requestDone(int requests, int notModified, const RateLimit &core) override
    {
        post([requests, notModified, core](SyncDialog *d) {
            QString rate = core.isKnown()
                               ? SyncDialog::tr("%1 left, resets at %2").arg(core.remaining).arg(localTime(core.reset))
                               : SyncDialog::tr("not reported by the server");
            d->rateLabel()->setText(SyncDialog::tr("%1 (this sync: %2 requests, %3 not modified)")
                                        .arg(rate)
                                        .arg(requests)
                                        .arg(notModified));
        });
    }

    void warning(const QString &message) override
    {
        post([message](SyncDialog *d) { d->logWarning(message); });
    }

private:
    template <typename F> void post(F f)
    {
        SyncDialog *dialog = m_dialog;
        QMetaObject::invokeMethod(
            dialog, [dialog, f] { f(dialog); }, Qt::QueuedConnection);
    }

    SyncDialog *m_dialog;
};

} // namespace

SyncDialog::SyncDialog(EventSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_api(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_rate(new QLabel(this))
    , m_tokenLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_log(new QListWidget(this))
    , m_full(new QCheckBox(tr("Read &everything again (ignore what earlier syncs stored)"), this))
    , m_sync(new QPushButton(tr("&Sync Now"), this))
    , m_cancelButton(new QPushButton(tr("&Cancel Sync"), this))
    , m_close(new QPushButton(tr("Close"), this))
    , m_logFeed(new QTimer(this))
{
    setWindowTitle(tr("Sync with GitHub"));
    setModal(true);
    m_api->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    // Error messages quote what GitHub sent; the address is typed by people.
    for (QLabel *l : {m_api, m_lastSync, m_rate, m_tokenLabel, m_status})
        l->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(false);
    // Long lines (a reply to post, a URL) wrap; the lines are laid out in batches, so that a log of tens of
    // thousands of lines does not stall the window.
    m_log->setWordWrap(true);
    m_log->setTextElideMode(Qt::ElideNone);
    m_log->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_log->setResizeMode(QListView::Adjust);
    m_log->setLayoutMode(QListView::Batched);
    m_log->setBatchSize(500);
    m_log->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Ctrl+C and the context menu copy the selected lines, or all of them.
    auto *copy = new QAction(tr("&Copy"), m_log);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(logText(true)); });
    auto *copyAll = new QAction(tr("Copy &All"), m_log);
    connect(copyAll, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(logText(false)); });
    m_log->addActions({copy, copyAll});
    m_log->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_logFeed->setSingleShot(true);
    m_logFeed->setInterval(0);
    connect(m_logFeed, &QTimer::timeout, this, &SyncDialog::feedLog);

    auto *tokenButton = new QPushButton(tr("Set &Token…"), this);
    connect(tokenButton, &QPushButton::clicked, this, &SyncDialog::askForToken);
    auto *tokenRow = new QHBoxLayout;
    tokenRow->addWidget(m_tokenLabel, 1);
    tokenRow->addWidget(tokenButton);

    auto *form = new QFormLayout;
    form->addRow(tr("GitHub API:"), m_api);
    form->addRow(tr("Last sync:"), m_lastSync);
    form->addRow(tr("Rate limit:"), m_rate);
    form->addRow(tr("Token:"), tokenRow);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_sync, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    connect(m_sync, &QPushButton::clicked, this, &SyncDialog::startSync);
    connect(m_cancelButton, &QPushButton::clicked, this, &SyncDialog::cancelSync);
    connect(m_close, &QPushButton::clicked, this, &SyncDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_full);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("What changed, and what to answer on GitHub (nothing is posted):"), this));
    layout->addWidget(m_log, 1);
    layout->addWidget(buttons);
    resize(820, 600);

    loadToken();
    refreshInfo();
    updateButtons();
}

SyncDialog::~SyncDialog()
{
    if (m_thread) {
        m_cancel.cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void SyncDialog::refreshInfo()
{
    const EventRepository events(m_session->database());
    m_api->setText(m_options.apiUrl.isEmpty() ? events.setting(u"github.api-url"_s, u"https://api.github.com"_s)
                                              : m_options.apiUrl);
    const QDateTime last = QDateTime::fromString(events.setting(u"github.sync.last"_s), Qt::ISODate);
    m_lastSync->setText(last.isValid() ? localTime(last) : tr("never"));
    const QString remaining = events.setting(u"github.sync.rate-remaining"_s);
    const QDateTime reset = QDateTime::fromString(events.setting(u"github.sync.rate-reset"_s), Qt::ISODate);
    if (!last.isValid())
        m_rate->setText(tr("unknown until the first sync"));
    else if (remaining.isEmpty())
        m_rate->setText(tr("not reported by the server"));
    else
        showRate(remaining.toInt(), reset);
}

void SyncDialog::showRate(int remaining, const QDateTime &reset)
{
    m_rate->setText(reset.isValid() ? tr("%1 requests left, resets at %2").arg(remaining).arg(localTime(reset))
                                    : tr("%1 requests left").arg(remaining));
}

void SyncDialog::loadToken()
{
    m_token = sessionToken();
    m_tokenSource = m_token.isEmpty() ? QString() : tr("set in this session");
    if (m_token.isEmpty()) {
        m_token = githubTokenFromEnvironment();
        m_tokenSource = m_token.isEmpty() ? QString() : tr("from GITHUB_TOKEN");
    }
#ifdef HACKDESK_HAVE_QTKEYCHAIN
    auto *job = new QKeychain::ReadPasswordJob(keychainService, this);
    job->setAutoDelete(true);
    job->setKey(keychainKey);
    connect(job, &QKeychain::Job::finished, this, [this, job] {
        const QString stored = job->textData().trimmed();
        if (job->error() == QKeychain::NoError && !stored.isEmpty()) {
            m_token = stored;
            m_tokenSource = tr("from the system keychain");
        }
        setToken(m_token);
    });
    job->start();
#endif
    setToken(m_token);
}

void SyncDialog::setToken(const QString &token)
{
    m_token = token.trimmed();
    if (m_token.isEmpty())
        m_tokenLabel->setText(tr("none: GitHub allows 60 requests an hour without one"));
    else
        m_tokenLabel->setText(m_tokenSource.isEmpty() ? tr("set") : tr("set (%1)").arg(m_tokenSource));
}

void SyncDialog::storeToken(const QString &token)
{
#ifdef HACKDESK_HAVE_QTKEYCHAIN
    if (token.isEmpty()) {
        auto *job = new QKeychain::DeletePasswordJob(keychainService, this);
        job->setAutoDelete(true);
        job->setKey(keychainKey);
        job->start();
        m_tokenSource.clear();
    } else {
        auto *job = new QKeychain::WritePasswordJob(keychainService, this);
        job->setAutoDelete(true);
        job->setKey(keychainKey);
        job->setTextData(token);
        connect(job, &QKeychain::Job::finished, this, [this, job] {
            if (job->error() != QKeychain::NoError)
                addLog(tr("The system keychain could not keep the token (%1); it is kept until HackDesk quits.")
                           .arg(job->errorString()),
                       QColor(u"#B9770E"_s));
        });
        job->start();
        m_tokenSource = tr("in the system keychain");
    }
    sessionToken() = token;
#else
    sessionToken() = token;
    m_tokenSource = token.isEmpty() ? QString() : tr("kept until HackDesk quits");
#endif
    setToken(token.isEmpty() ? githubTokenFromEnvironment() : token);
}

bool SyncDialog::askForToken()
{
    bool ok = false;
    const QString token = QInputDialog::getText(
        this, tr("GitHub Token"),
        tr("A GitHub token lifts the limit from 60 to 5,000 requests an hour. Read access to public "
           "repositories is enough. It is never written to the event file.\nLeave empty to remove it."),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return false;
    storeToken(token.trimmed());
    return true;
}

void SyncDialog::addLog(const QString &text, const QColor &colour)
{
    // A first sync can change tens of thousands of rows: the lines go in a few hundred at a time, so that the
    // window never stalls.
    m_pendingLog.append({text, colour});
    if (!m_logFeed->isActive())
        m_logFeed->start();
}

void SyncDialog::feedLog()
{
    const qsizetype n = qMin<qsizetype>(m_pendingLog.size(), 250);
    for (qsizetype i = 0; i < n; ++i) {
        const auto &[text, colour] = m_pendingLog.at(i);
        auto *item = new QListWidgetItem(text, m_log);
        item->setToolTip(text);
        if (colour.isValid())
            item->setForeground(colour);
    }
    m_pendingLog.remove(0, n);
    if (!m_pendingLog.isEmpty())
        m_logFeed->start();
}

QString SyncDialog::logText(bool selectedOnly) const
{
    QStringList lines;
    for (int i = 0; i < m_log->count(); ++i)
        if (!selectedOnly || m_log->item(i)->isSelected())
            lines << m_log->item(i)->text();
    return lines.join(u'\n');
}

void SyncDialog::logWarning(const QString &message)
{
    addLog(tr("Warning: %1").arg(message), QColor(u"#B9770E"_s));
}

void SyncDialog::updateButtons()
{
    const bool running = m_thread != nullptr;
    m_sync->setEnabled(!running);
    m_full->setEnabled(!running);
    m_cancelButton->setEnabled(running && !m_cancel.isCancelled());
    m_progress->setRange(0, running ? 0 : 1); // busy while running
}

void SyncDialog::startSync()
{
    if (m_thread)
        return;
    m_log->clear();
    m_pendingLog.clear();
    m_status->setText(tr("Starting…"));
    m_cancel = CancelToken();
    SyncOptions options = m_options;
    options.token = m_token;
    options.full = m_full->isChecked();
    const QString path = m_session->database().path();
    const QString password = m_session->database().password();
    const CancelToken cancel = m_cancel;
    m_thread = QThread::create([this, path, password, options, cancel] {
        Relay relay(this);
        try {
            // Its own connection: SQLite connections belong to the thread that opened them.
            const Database db(path, password);
            NetworkTransport transport;
            SystemClock clock;
            const SyncReport report = runSync(db, options, transport, clock, cancel, &relay);
            QMetaObject::invokeMethod(
                this, [this, report] { onReport(report); }, Qt::QueuedConnection);
        } catch (const SyncCancelled &e) {
            const QString message = e.message();
            QMetaObject::invokeMethod(
                this, [this, message] { onFailure(message, true); }, Qt::QueuedConnection);
        } catch (const Error &e) {
            const QString message = e.message();
            QMetaObject::invokeMethod(
                this, [this, message] { onFailure(message, false); }, Qt::QueuedConnection);
        } catch (const std::exception &e) {
            const QString message = QString::fromUtf8(e.what());
            QMetaObject::invokeMethod(
                this, [this, message] { onFailure(message, false); }, Qt::QueuedConnection);
        }
    });
    connect(m_thread, &QThread::finished, this, &SyncDialog::onThreadDone, Qt::QueuedConnection);
    m_thread->start();
    updateButtons();
}

void SyncDialog::cancelSync()
{
    if (!m_thread)
        return;
    m_cancel.cancel();
    m_status->setText(tr("Cancelling…"));
    updateButtons();
}

void SyncDialog::reject()
{
    if (m_thread) {
        // Closing stops the sync first; the dialog closes once it has.
        m_closeWhenDone = true;
        cancelSync();
        return;
    }
    QDialog::reject();
}

void SyncDialog::onReport(const SyncReport &report)
{
    // The warnings were shown as they came.
    for (const SyncProblem &p : report.problems) {
        addLog(tr("Problem: %1 (@%2): %3").arg(p.url, p.author, p.reason), QColor(u"#C0392B"_s));
        if (!p.reply.isEmpty())
            addLog(tr("    Reply: %1").arg(p.reply), QColor(u"#C0392B"_s));
    }
    for (const QString &c : report.changes)
        addLog(c);
    const QString summary = tr("%1 requests (%2 not modified): %3 claims added, %4 status changes, %5 tasks completed, "
                               "%6 new problems.")
                                .arg(report.requests)
                                .arg(report.notModified)
                                .arg(report.claimsAdded)
                                .arg(report.statusChanges)
                                .arg(report.completed)
                                .arg(report.problems.size());
    const QString programmes = report.programmeSummary();
    m_status->setText(programmes.isEmpty() ? summary : summary + u' ' + programmes);
    refreshInfo();
    if (report.rateLimitRemaining)
        showRate(*report.rateLimitRemaining, report.rateLimitReset);
    // A sync changes many rows at once: earlier edits can no longer be undone one by one.
    m_session->undoStack()->clear();
    emit m_session->changed();
    emit syncFinished(true, summary);
}

void SyncDialog::onFailure(const QString &message, bool cancelled)
{
    m_status->setText(cancelled ? message : tr("The sync stopped: %1 Nothing was changed.").arg(message));
    addLog(m_status->text(), cancelled ? QColor() : QColor(u"#C0392B"_s));
    emit syncFinished(false, message);
}

void SyncDialog::onThreadDone()
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    updateButtons();
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QDialog::reject();
    }
}

} // namespace hd
