#pragma once

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>

class QListWidget;
class QMenu;
class QStackedWidget;
class QToolBar;

namespace hd {

class DetailPane;
class EventEditor;
class EventSetupEditor;
class HelpWindow;
class JudgeWindow;
class JudgeWorkspace;
class EventSession;
class OverviewPage;
class PayoutsPage;
class CampPage;
class JudgingPage;
class FundablePage;
class TablePage;

// The main window: navigation on the left (Overview, Tracks, Tasks, Participants & Teams, Claims),
// the page on the right; File, Edit (undo/redo) and Settings menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page { Overview, Tracks, Tasks, People, Claims, Board, Payouts, Problems, Camp, Fundable, Judging };

    explicit MainWindow(const QString &databasePath, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a database in this window: a file, or a shared event's postgresql:// URL (with `password`, or
    // else PGPASSWORD, ~/.pgpass or the system keychain); returns the reason when it cannot (the window
    // keeps the old one). A judge's own login on a shared event, or a judge packet (*.hdpacket), opens the
    // judge window instead, and this window closes (see judgeWindow()).
    QString openDatabase(const QString &path, const QString &password = {});
    // File > Open Shared Event…
    void openSharedEvent();
    // What the judge window opens: `location` (an event database, a shared event's URL or a judge packet) in
    // a new window of the kind it needs (staff or judge, as openDatabase() decides), shown. Returns the
    // reason when it cannot; nothing opens then.
    static QString openInNewWindow(const QString &location, const QString &password = {});
    // File > Open Shared Event… of both windows: the dialog (filled with `current`), which stays open saying
    // why while `open` refuses; the password typed is kept in the keychain when asked and it opened.
    static void askSharedEvent(QWidget *parent, const QString &current,
                               const std::function<QString(const QString &url, const QString &password)> &open);
    // File > Open Recent of both windows: the events and packets opened last, newest first; choosing one
    // calls `open`.
    static void fillRecentMenu(QMenu *menu, const std::function<void(const QString &location)> &open);
    // First in File > Open Recent, and opened at the next start.
    static void rememberRecent(const QString &location);
    // File > Restore… for this backup: shows what it holds, asks, backs the event up, then restores it.
    bool restoreFrom(const QString &backup);
    EventSession *session() const { return m_session.get(); }
    // The judge window this window handed a judge's connection to (it deletes itself when closed).
    JudgeWindow *judgeWindow() const;
    EventEditor *editor() const { return m_editor.get(); }
    EventSetupEditor *setupEditor() const { return m_setupEditor.get(); }
    TablePage *page(Page page) const;
    TablePage *teamsPage() const { return m_teams; }
    // The detail pane beside the tasks, the participants or the submissions (Judging); null for other pages.
    DetailPane *detailPane(Page page) const;
    OverviewPage *overview() const { return m_overview; }
    PayoutsPage *payouts() const { return m_payouts; }
    CampPage *camp() const { return m_camp; }
    FundablePage *fundable() const { return m_fundable; }
    JudgingPage *judging() const { return m_judging; }
    void showPage(Page page);
    Page currentPage() const;
    // The table of the page shown: the one with the focus, else the first one visible; null if none.
    TablePage *currentTable() const;
    // The user guide's section of a page ("tasks", "payouts", …).
    static QString helpSection(Page page);
    // Help > User Guide (F1): the guide at the section of the page shown.
    void showHelp();
    HelpWindow *helpWindow() const { return m_help; }
    // Sync, Import, Export, Report.
    QToolBar *toolBar() const { return m_toolBar; }
    // Ctrl+F: the search box of the page shown gets the focus, its text selected.
    void focusSearch();

    void addTask();
    void editTask(qint64 id);
    void deleteTask(qint64 id);
    void addParticipant();
    void editParticipant(qint64 id);
    void deleteParticipant(qint64 id);
    // Imports a CSV file of that kind (CsvKind); returns the error, or empty on success.
    QString importCsvFile(int kind, const QString &path);
    void addTeam();
    void editTeam(qint64 id);
    void deleteTeam(qint64 id);
    void addClaim();
    void editClaim(qint64 id);
    void deleteClaim(qint64 id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // A window with no event open (openInNewWindow() opens one in it).
    explicit MainWindow(QWidget *parent);
    // The judge window takes over with `workspace`; `location` goes first in Open Recent.
    void handOver(std::unique_ptr<JudgeWorkspace> workspace, const QString &location);
    void buildMenus();
    void buildToolBar(QAction *sync, QMenu *importMenu, QMenu *exportMenu, QMenu *reportMenu);
    void updateActions(); // what needs an open event is enabled only with one
    void backUp();
    void restore();
    void buildPages();
    // The table in a splitter with the detail pane, which follows its selection.
    QWidget *withDetail(TablePage *table, DetailPane *pane, const QString &name);
    void newDatabase();  // the New Event wizard
    void editSettings(); // Event > Settings…
    void importIssue();
    void syncWithGitHub();
    void exportReport(int kind);
    void exportCurrentTable();
    void exportIssue();
    void copyReply();
    void importCsv(int kind);
    void exportCsv(int kind);
    void openDatabaseDialog();
    void refreshRecent();
    void refreshTitle(); // the event's name and the file
    void showError(const QString &message);
    void openTaskIssues(const QList<qint64> &taskIds);

    std::unique_ptr<EventSession> m_session;
    std::unique_ptr<EventEditor> m_editor;
    std::unique_ptr<EventSetupEditor> m_setupEditor;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    OverviewPage *m_overview = nullptr;
    TablePage *m_tracks = nullptr;
    TablePage *m_tasks = nullptr;
    TablePage *m_participants = nullptr;
    TablePage *m_teams = nullptr;
    TablePage *m_claims = nullptr;
    TablePage *m_board = nullptr;
    PayoutsPage *m_payouts = nullptr;
    TablePage *m_problems = nullptr;
    CampPage *m_camp = nullptr;
    FundablePage *m_fundable = nullptr;
    JudgingPage *m_judging = nullptr;
    QMenu *m_recent = nullptr;
    // What openDatabase() opened last (a shared event's URL without its password).
    QString m_opened;
    QPointer<QMainWindow> m_judgeWindow; // a JudgeWindow
    bool m_askingShared = false;         // File > Open Shared Event…'s dialog is open
    QMenu *m_editMenu = nullptr;
    QList<QAction *> m_eventActions; // need an open event
    HelpWindow *m_help = nullptr;
    QToolBar *m_toolBar = nullptr;
    QHash<TablePage *, DetailPane *> m_details;
};

} // namespace hd
