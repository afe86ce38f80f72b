#pragma once

#include "github/sync.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QThread;
class QTimer;

namespace hd {

class EventSession;

// Syncs the event with GitHub: claims from the track issues' comments, PR status from search. The sync
// runs on a worker thread with its own database connection (the window stays responsive); the dialog
// shows the step, the requests, the rate limit left and any wait with its countdown, can cancel at any
// time (nothing is then changed), and lists what changed, the problems with their prepared replies and
// the warnings. It also shows the last sync's time and sets the GitHub token: kept in the system
// keychain when HackDesk is built with QtKeychain (HACKDESK_HAVE_QTKEYCHAIN), else only in memory until
// HackDesk quits; GITHUB_TOKEN is used when no token is set. The token is never written to the event.
class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SyncDialog(EventSession *session, QWidget *parent = nullptr);
    ~SyncDialog() override; // cancels a running sync and waits for it

    // Starts a sync; does nothing while one runs.
    void startSync();
    void cancelSync();
    bool isSyncing() const { return m_thread != nullptr; }

    // For tests and callers that know better: timeouts, retries, the longest wait, an API URL.
    SyncOptions &options() { return m_options; }
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }

    QPushButton *syncButton() const { return m_sync; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QListWidget *logView() const { return m_log; }
    // The log's lines, one per line: the selected ones or all (what Ctrl+C and Copy All put on the clipboard).
    QString logText(bool selectedOnly) const;
    QLabel *statusLabel() const { return m_status; }
    QLabel *lastSyncLabel() const { return m_lastSync; }
    QLabel *rateLabel() const { return m_rate; }

    // Asks for a token and keeps it (keychain or memory); returns false when the user cancelled.
    bool askForToken();

    void logWarning(const QString &message);

    // While a sync runs, cancels it and closes once it has stopped.
    void reject() override;

signals:
    // A sync ended: ok, or the reason it stopped (cancelled included).
    void syncFinished(bool ok, const QString &message);

private:
    void loadToken();
    void storeToken(const QString &token);
    void refreshInfo();
    void showRate(int remaining, const QDateTime &reset);
    void addLog(const QString &text, const QColor &colour = {});
    void feedLog();
    void onReport(const SyncReport &report);
    void onFailure(const QString &message, bool cancelled);
    void onThreadDone();
    void updateButtons();

    EventSession *m_session;
    SyncOptions m_options;
    QString m_token;
    QString m_tokenSource; // for the label
    CancelToken m_cancel;
    QThread *m_thread = nullptr;
    bool m_closeWhenDone = false;
    QList<QPair<QString, QColor>> m_pendingLog; // shown a few hundred lines per event-loop turn

    QLabel *m_api;
    QLabel *m_lastSync;
    QLabel *m_rate;
    QLabel *m_tokenLabel;
    QLabel *m_status;
    QProgressBar *m_progress;
    QListWidget *m_log;
    QCheckBox *m_full;
    QPushButton *m_sync;
    QPushButton *m_cancelButton;
    QPushButton *m_close;
    QTimer *m_logFeed;
};

} // namespace hd
