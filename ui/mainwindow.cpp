#include "mainwindow.h"

#include "demo/demoevent.h"
#include "detailpane.h"
#include "dialogs/claimdialog.h"
#include "dialogs/conflictdialog.h"
#include "dialogs/importissuedialog.h"
#include "dialogs/neweventwizard.h"
#include "dialogs/participantdialog.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/sharedeventdialog.h"
#include "dialogs/syncdialog.h"
#include "dialogs/taskdialog.h"
#include "dialogs/teamdialog.h"
#include "eventeditor.h"
#include "eventsession.h"
#include "eventsetupeditor.h"
#include "files/savefiles.h"
#include "help/helpwindow.h"
#include "io/filewriter.h"
#include "judging/judgewindow.h"
#include "judging/judgeworkspace.h"
#include "judging/judgingpage.h"
#include "messages.h"
#include "model/error.h"
#include "models/chipdelegate.h"
#include "models/eventtables.h"
#include "models/filterproxy.h"
#include "pages/overviewpage.h"
#include "pages/payoutspage.h"
#include "pages/programmespage.h"
#include "pages/tablepage.h"
#include "pages/trackspage.h"
#include "reports/reports.h"
#include "reports/tablecsv.h"
#include "services/csvexchange.h"
#include "services/issueimport.h"
#include "storage/claimrepository.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/judgeaccess.h"
#include "storage/participantrepository.h"
#include "storage/rowversion.h"
#include "storage/sqldialect.h"
#include "storage/taskrepository.h"
#include "storage/teamrepository.h"
#include "translations.h"

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
const QString recentKey = u"recentDatabases"_s;
constexpr int maxRecent = 8;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("HackDesk"));
    setWindowIcon(QIcon(u":/icons/hackdesk.svg"_s));
    buildMenus();
    resize(1280, 800);
    const QSettings settings;
    restoreGeometry(settings.value(u"window/geometry"_s).toByteArray());
    restoreState(settings.value(u"window/state"_s).toByteArray());
    updateActions();
}

MainWindow::MainWindow(const QString &databasePath, QWidget *parent)
    : MainWindow(parent)
{
    QString error;
    // A mistyped --db or a moved file must not silently become a new, empty event (a server's URL and a
    // judge packet are no event file).
    if (!SqlDialect::isPostgresUrl(databasePath) && !JudgeWindow::isPacket(databasePath) &&
        !QFileInfo::exists(databasePath) &&
        messages::question(this, tr("New event"),
                           tr("There is no event database at %1.\nCreate a new event there?").arg(databasePath)) !=
            QMessageBox::Yes)
        error = tr("There is no event database at %1.").arg(databasePath);
    else
        error = openDatabase(databasePath);
    if (!error.isEmpty()) {
        setCentralWidget(new QLabel(tr("No database is open.\n%1\nUse File > New or File > Open.").arg(error), this));
        centralWidget()->setContentsMargins(24, 24, 24, 24);
    }
    updateActions();
}

void MainWindow::updateActions()
{
    for (QAction *a : std::as_const(m_eventActions))
        a->setEnabled(m_session != nullptr);
}

void MainWindow::backUp()
{
    if (!m_session)
        return;
    const QString suggested = QFileInfo(m_session->database().path()).completeBaseName() +
                              QDateTime::currentDateTime().toString(u"-yyyyMMdd-HHmm"_s) + u".sqlite"_s;
    const QString path =
        files::askSavePath(this, tr("Back up the event"), suggested, {{tr("HackDesk databases"), u"sqlite"_s}});
    if (path.isEmpty())
        return;
    try {
        m_session->database().backupTo(path);
        statusBar()->showMessage(tr("Backed up the event to %1.").arg(path), 5000);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void MainWindow::restore()
{
    if (!m_session)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore a backup"), QString(),
                                                      tr("HackDesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        restoreFrom(path);
}

bool MainWindow::restoreFrom(const QString &backup)
{
    if (!m_session)
        return false;
    try {
        const DatabaseSummary s = Database::inspect(backup);
        const QString question = tr("%1 holds the event \"%2\", written %3:\n%4 tasks, %5 participants, %6 claims.\n\n"
                                    "Replace the open event with it? The event as it is now is backed up first.")
                                     .arg(s.path, s.eventName, QLocale().toString(s.modified, QLocale::ShortFormat))
                                     .arg(s.tasks)
                                     .arg(s.participants)
                                     .arg(s.claims);
        if (messages::question(this, tr("Restore a backup"), question) != QMessageBox::Yes)
            return false;
        const Database &db = m_session->database();
        const QString path = db.path();
        // A shared event's password, as given to the form: the connection is made again below.
        const QString password = db.connection().password();
        const QString before = db.autoBackup(u"before-restore"_s);
        const QStringList rolesRevoked = db.restoreFrom(s.path);
        // Reopened: pages, undo history and an upgrade of an older backup start afresh.
        if (const QString error = openDatabase(path, password); !error.isEmpty()) {
            showError(error);
            return false;
        }
        statusBar()->showMessage(before.isEmpty()
                                     ? tr("Restored %1.").arg(s.path)
                                     : tr("Restored %1; the event as it was is in %2.").arg(s.path, before),
                                 10000);
        if (!rolesRevoked.isEmpty())
            messages::information(this, tr("Restore a backup"),
                                  tr("The backup holds no judge for the roles %1: they no longer have access to "
                                     "the event (grant-judge gives it back).")
                                      .arg(rolesRevoked.join(u", "_s)));
        return true;
    } catch (const Error &e) {
        showError(e.message());
        return false;
    }
}

MainWindow::~MainWindow()
{
    // Pages hold models that hold the session: delete them before the session goes.
    delete takeCentralWidget();
}

QString MainWindow::openDatabase(const QString &path, const QString &password)
{
    std::unique_ptr<Database> db;
    const bool shared = SqlDialect::isPostgresUrl(path);
    try {
        if (JudgeWindow::isPacket(path)) { // a judge's offline packet: judge mode
            handOver(std::make_unique<PacketWorkspace>(path), QFileInfo(path).absoluteFilePath());
            return {};
        }
        try {
            db = std::make_unique<Database>(path, password);
        } catch (const Error &e) {
            // A server that wants a password not given: the one the keychain keeps for this event, if any.
            const QString stored = shared && password.isEmpty() && e.message().contains(u"password"_s)
                                       ? SharedEventDialog::storedPassword(PostgresUrl::parse(path).toString())
                                       : QString();
            if (stored.isEmpty())
                throw;
            db = std::make_unique<Database>(path, stored);
        }
        // A judge's own login on a shared event: the judge window takes over (the server lets them see
        // only their assigned submissions and write only their own scores).
        if (shared && JudgeAccess::connectedJudge(*db)) {
            const QString url = db->path();
            handOver(std::make_unique<SharedWorkspace>(std::move(db)), url);
            return {};
        }
        // A brand-new file (or empty shared database) starts as an event like the 6th edition, ready to edit.
        if (!EventRepository(*db).event())
            initEvent(*db);
    } catch (const Error &e) {
        return shared ? SharedEventDialog::explain(e.message()) : e.message();
    }
    delete takeCentralWidget();
    m_editor.reset();
    m_setupEditor.reset();
    m_session = std::make_unique<EventSession>(std::move(db));
    m_editor = std::make_unique<EventEditor>(m_session.get());
    m_setupEditor = std::make_unique<EventSetupEditor>(m_session.get());
    connect(m_session.get(), &EventSession::failed, this, &MainWindow::showError);
    connect(m_session.get(), &EventSession::changedOutside, this, [this] {
        if (!m_session->isReconnecting())
            statusBar()->showMessage(tr("Another program changed the event; what is shown was reloaded."), 5000);
    });
    connect(m_session.get(), &EventSession::connectionLost, this,
            [this](const QString &reason) { statusBar()->showMessage(tr("%1 Trying again…").arg(reason)); });
    connect(m_session.get(), &EventSession::reconnected, this, [this] {
        statusBar()->showMessage(
            tr("Connected again to %1; what is shown was reloaded.").arg(m_session->database().path()), 10000);
    });
    buildPages();

    QUndoStack *undo = m_session->undoStack();
    m_editMenu->clear();
    QAction *undoAction = undo->createUndoAction(m_editMenu, tr("&Undo"));
    undoAction->setShortcut(QKeySequence::Undo);
    QAction *redoAction = undo->createRedoAction(m_editMenu, tr("&Redo"));
    redoAction->setShortcut(QKeySequence::Redo);
    m_editMenu->addAction(undoAction);
    m_editMenu->addAction(redoAction);
    // Also on the window itself, so the shortcuts work wherever the menu bar lives.
    addActions({undoAction, redoAction});

    const QString file = m_session->database().path();
    setWindowFilePath(file);
    refreshTitle();
    connect(m_session.get(), &EventSession::changed, this, &MainWindow::refreshTitle);
    statusBar()->showMessage(file);
    m_opened = file;
    rememberRecent(file);
    refreshRecent();
    updateActions();
    return {};
}

void MainWindow::handOver(std::unique_ptr<JudgeWorkspace> workspace, const QString &location)
{
    auto *judgeWindow = new JudgeWindow(std::move(workspace));
    judgeWindow->setAttribute(Qt::WA_DeleteOnClose);
    judgeWindow->show();
    m_judgeWindow = judgeWindow;
    m_opened = location;
    rememberRecent(location);
    refreshRecent();
    if (isVisible() && !m_askingShared) // else openSharedEvent() closes it once its dialog is done
        close();
}

QString MainWindow::openInNewWindow(const QString &location, const QString &password)
{
    std::unique_ptr<MainWindow> window(new MainWindow(static_cast<QWidget *>(nullptr)));
    if (const QString error = window->openDatabase(location, password); !error.isEmpty())
        return error;
    if (window->judgeWindow())
        return {}; // the judge window took over; this one was never shown
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window.release();
    return {};
}

JudgeWindow *MainWindow::judgeWindow() const
{
    return static_cast<JudgeWindow *>(m_judgeWindow.data());
}

void MainWindow::rememberRecent(const QString &location)
{
    QSettings settings;
    settings.setValue(u"lastDatabase"_s, location);
    QStringList recent = settings.value(recentKey).toStringList();
    recent.removeAll(location);
    recent.prepend(location);
    settings.setValue(recentKey, recent.mid(0, maxRecent));
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Event…"), this, &MainWindow::newDatabase);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    openAction->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open S&hared Event…"), this, &MainWindow::openSharedEvent);
    m_recent = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction *sync = file->addAction(tr("&Sync with GitHub…"), this, &MainWindow::syncWithGitHub);
    sync->setShortcut(QKeySequence::Refresh);
    QAction *importIssueAction = file->addAction(tr("&Import Task List from Issue…"), this, &MainWindow::importIssue);
    QAction *exportIssueAction =
        file->addAction(tr("&Export Task List as Issue Markdown…"), this, &MainWindow::exportIssue);
    m_eventActions << sync << importIssueAction << exportIssueAction;
    QMenu *pdf = file->addMenu(tr("Export &PDF Report"));
    m_eventActions << pdf->menuAction();
    for (ReportKind kind : AllReportKinds)
        pdf->addAction(reportKindName(kind) + u"…"_s, this, [this, kind] { exportReport(int(kind)); });
    QAction *dashboardAction = file->addAction(tr("Export Dashboard and Leaderboard as &Markdown…"), this, [this] {
        if (!m_session)
            return;
        const QString path =
            files::askSavePath(this, tr("Export dashboard"), u"dashboard.md"_s, {{tr("Markdown"), u"md"_s}});
        if (path.isEmpty())
            return;
        try {
            writeDashboardMarkdown(m_session->database(), path);
            statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
        } catch (const Error &e) {
            showError(e.message());
        }
    });
    m_eventActions << dashboardAction;
    QAction *exportTableAction =
        file->addAction(tr("Export Current &Table as CSV…"), this, &MainWindow::exportCurrentTable);
    m_eventActions << exportTableAction;
    QMenu *importCsvMenu = file->addMenu(tr("Import &CSV"));
    QMenu *exportCsvMenu = file->addMenu(tr("Export CS&V"));
    m_eventActions << importCsvMenu->menuAction() << exportCsvMenu->menuAction();
    const std::pair<CsvKind, QString> kinds[] = {{CsvKind::Tasks, tr("Tasks…")},
                                                 {CsvKind::Participants, tr("Participants…")},
                                                 {CsvKind::Claims, tr("Claims…")},
                                                 {CsvKind::Applications, tr("Camp Applications…")},
                                                 {CsvKind::WeeklyReports, tr("Weekly Reports…")},
                                                 {CsvKind::SubTasks, tr("Fundable Sub-tasks…")}};
    for (const auto &[kind, label] : kinds) {
        importCsvMenu->addAction(label, this, [this, kind] { importCsv(int(kind)); });
        exportCsvMenu->addAction(label, this, [this, kind] { exportCsv(int(kind)); });
    }
    file->addSeparator();
    m_eventActions << file->addAction(tr("&Back Up…"), this, &MainWindow::backUp)
                   << file->addAction(tr("&Restore…"), this, &MainWindow::restore);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));

    QMenu *eventMenu = menuBar()->addMenu(tr("E&vent"));
    m_eventActions << eventMenu->addAction(tr("&Settings…"), this, &MainWindow::editSettings);

    // The toolbar: the day's actions, the same ones as in the File menu.
    auto *importMenu = new QMenu(this);
    importMenu->addActions({importIssueAction, importCsvMenu->menuAction()});
    auto *exportMenu = new QMenu(this);
    exportMenu->addActions({exportTableAction, exportIssueAction, dashboardAction, exportCsvMenu->menuAction()});
    buildToolBar(sync, importMenu, exportMenu, pdf);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    m_eventActions << settingsMenu->addAction(tr("GitHub &Token…"), this, [this] {
        if (m_session)
            SyncDialog(m_session.get(), this).askForToken();
    });
    QMenu *language = settingsMenu->addMenu(tr("&Language"));
    auto *group = new QActionGroup(this);
    const QString current = QSettings().value(u"language"_s).toString();
    QAction *system = language->addAction(tr("System language"));
    system->setCheckable(true);
    system->setChecked(current.isEmpty());
    system->setData(QString());
    group->addAction(system);
    for (const QString &lang : availableLanguages()) {
        QAction *a = language->addAction(QLocale(lang).nativeLanguageName());
        a->setCheckable(true);
        a->setChecked(current == lang);
        a->setData(lang);
        group->addAction(a);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *a) {
        QSettings().setValue(u"language"_s, a->data().toString());
        messages::information(this, tr("Language"), tr("HackDesk will use the new language when it starts again."));
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showHelp);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setShortcutContext(Qt::ApplicationShortcut); // from the guide too, to the page's section
    help->addAction(tr("&Keyboard Shortcuts"), this,
                    [this] { ShortcutsDialog(menuBar()->actions() + actions(), this).exec(); });
    help->addSeparator();
    // Ctrl+F: on the window, so that it reaches the page's search box from anywhere in it.
    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, &MainWindow::focusSearch);
    addAction(find);
    help->addAction(tr("&About HackDesk"), this, [this] {
        QMessageBox::about(this, tr("About HackDesk"),
                           tr("<b>HackDesk %1</b><p>Runs open-source hackathons: tracks, tasks, claims, "
                              "payouts and judging.</p>")
                               .arg(QStringLiteral(HACKDESK_VERSION)));
    });
    refreshRecent();
}

void MainWindow::buildToolBar(QAction *sync, QMenu *importMenu, QMenu *exportMenu, QMenu *reportMenu)
{
    m_toolBar = addToolBar(tr("Main Toolbar"));
    m_toolBar->setObjectName(u"mainToolBar"_s); // its place is kept with the window's state
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setMovable(false);
    sync->setIcon(QIcon(u":/icons/sync.svg"_s));
    sync->setToolTip(
        tr("Read claims and pull requests from GitHub (%1)").arg(sync->shortcut().toString(QKeySequence::NativeText)));
    m_toolBar->addAction(sync);
    const std::tuple<QString, QString, QMenu *, QString> buttons[] = {
        {tr("Import"), u"import"_s, importMenu, tr("Import a track's task list or a CSV file")},
        {tr("Export"), u"export"_s, exportMenu, tr("Export the current table, a task list or CSV files")},
        {tr("Report"), u"report"_s, reportMenu, tr("Write a PDF report")}};
    for (const auto &[text, icon, menu, tip] : buttons) {
        auto *action = new QAction(QIcon(u":/icons/%1.svg"_s.arg(icon)), text, m_toolBar);
        action->setToolTip(tip);
        action->setMenu(menu);
        m_toolBar->addAction(action);
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(action)))
            button->setPopupMode(QToolButton::InstantPopup);
        m_eventActions << action;
    }
}

void MainWindow::buildPages()
{
    EventSession *s = m_session.get();
    m_details.clear();
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(u"main"_s);
    m_nav = new QListWidget(splitter);
    m_nav->setObjectName(u"navigation"_s);
    m_stack = new QStackedWidget(splitter);
    splitter->addWidget(m_nav);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 1080});

    TableModel *tracks = EventTables::tracks(s, splitter);
    m_overview = new OverviewPage(s, tracks, m_stack);
    m_tracks = new TracksPage(s, m_setupEditor.get(), EventTables::tracks(s, splitter), m_stack);
    m_tasks = new TablePage(EventTables::tasks(s, splitter), m_stack);
    QWidget *tasksPage = withDetail(m_tasks, new DetailPane(s, DetailPane::Kind::Task), u"tasksDetail"_s);
    m_tasks->addColumnFilter(EventTables::TaskTrack, tr("All tracks"));
    m_tasks->setActions([this] { addTask(); }, [this](qint64 id) { editTask(id); },
                        [this](qint64 id) { deleteTask(id); });

    auto *people = new QTabWidget(m_stack);
    m_participants = new TablePage(EventTables::participants(s, splitter), people);
    m_participants->setActions([this] { addParticipant(); }, [this](qint64 id) { editParticipant(id); },
                               [this](qint64 id) { deleteParticipant(id); });
    m_teams = new TablePage(EventTables::teams(s, splitter), people);
    m_teams->setActions([this] { addTeam(); }, [this](qint64 id) { editTeam(id); },
                        [this](qint64 id) { deleteTeam(id); });
    people->addTab(withDetail(m_participants, new DetailPane(s, DetailPane::Kind::Person), u"participantsDetail"_s),
                   tr("Participants"));
    people->addTab(m_teams, tr("Teams"));

    QStringList ladder;
    for (int i = 0; i < ClaimStatusCount; ++i)
        ladder << claimStatusName(static_cast<ClaimStatus>(i));
    m_claims = new TablePage(EventTables::claims(s, splitter), m_stack);
    m_claims->addColumnFilter(EventTables::ClaimTrack, tr("All tracks"));
    m_claims->addColumnFilter(EventTables::ClaimStatusColumn, tr("Every status"), ladder);
    m_claims->setActions([this] { addClaim(); }, [this](qint64 id) { editClaim(id); },
                         [this](qint64 id) { deleteClaim(id); });

    m_board = new TablePage(EventTables::board(s, splitter), m_stack);
    m_board->addColumnFilter(EventTables::BoardTrack, tr("All tracks"));
    m_board->addColumnFilter(EventTables::BoardDirection, tr("Every direction"));
    m_board->addColumnFilter(EventTables::BoardClaimants, tr("Every status"), ladder);
    m_board->searchBox()->setPlaceholderText(tr("Search tasks and people…"));
    m_board->view()->setItemDelegateForColumn(EventTables::BoardClaimants, new ChipDelegate(m_board));
    m_board->view()->resizeColumnsToContents();
    QString legend = tr("Status:");
    for (int i = 0; i < ClaimStatusCount; ++i) {
        const auto status = static_cast<ClaimStatus>(i);
        legend += u" <span style=\"background-color:#%1; color:black;\">&nbsp;%2&nbsp;</span>"_s.arg(
            claimStatusColour(status), claimStatusName(status).toHtmlEscaped());
    }
    auto *legendLabel = new QLabel(legend, m_board);
    legendLabel->setTextFormat(Qt::RichText);
    m_board->addFooter(legendLabel);

    m_payouts = new PayoutsPage(s, m_stack);

    m_problems = new TablePage(EventTables::problems(s, splitter), m_stack);
    auto *copy = new QPushButton(tr("&Copy Reply"), m_problems);
    copy->setToolTip(tr("Copy the prepared reply to the clipboard, to post on GitHub"));
    m_problems->addToBar(copy);
    connect(copy, &QPushButton::clicked, this, &MainWindow::copyReply);

    // The context menus' actions on the selected rows (Edit and Delete come with setActions).
    const auto openIssues = [this](const QList<qint64> &ids) { openTaskIssues(ids); };
    m_tasks->addRowAction(tr("Open Issue on &GitHub"), openIssues);
    m_board->addRowAction(tr("Open Issue on &GitHub"), openIssues);
    m_participants->addLoginActions(0);
    m_claims->addLoginActions(EventTables::ClaimClaimant);
    m_claims->addRowAction(tr("Open Task Issue on &GitHub"), [this](const QList<qint64> &ids) {
        QList<qint64> tasks;
        for (qint64 id : ids)
            if (const auto claim = ClaimRepository(m_session->database()).get(id))
                tasks << claim->taskId;
        openTaskIssues(tasks);
    });
    m_problems->addRowAction(tr("Copy &Reply"), [this](const QList<qint64> &) { copyReply(); });

    m_camp = new CampPage(s, m_stack);
    m_fundable = new FundablePage(s, m_stack);
    m_judging = new JudgingPage(s, m_stack);

    const QList<std::pair<QString, QWidget *>> pages = {
        {tr("Overview"), m_overview}, {tr("Tracks"), m_tracks},
        {tr("Tasks"), tasksPage},     {tr("Participants & Teams"), people},
        {tr("Claims"), m_claims},     {tr("Claims Board"), m_board},
        {tr("Payouts"), m_payouts},   {tr("Problems"), m_problems},
        {tr("Code Camp"), m_camp},    {tr("Fundable Projects"), m_fundable},
        {tr("Judging"), m_judging}};
    m_nav->setIconSize(QSize(20, 20));
    for (const auto &[name, widget] : pages) {
        // Each page's icon is named after its section of the guide (resources/icons/<section>.svg).
        m_nav->addItem(new QListWidgetItem(QIcon(u":/icons/%1.svg"_s.arg(helpSection(Page(m_stack->count())))), name));
        m_stack->addWidget(widget);
    }
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    m_nav->setCurrentRow(0);
    setCentralWidget(splitter);
    // The sizes people gave the splitters come back.
    const QSettings settings;
    QList<QSplitter *> splitters = splitter->findChildren<QSplitter *>();
    splitters << splitter;
    for (QSplitter *kept : std::as_const(splitters))
        if (!kept->objectName().isEmpty())
            kept->restoreState(settings.value(u"splitters/"_s + kept->objectName()).toByteArray());
}

QWidget *MainWindow::withDetail(TablePage *table, DetailPane *pane, const QString &name)
{
    m_details.insert(table, pane);
    return pane->besideTable(table, name);
}

DetailPane *MainWindow::detailPane(Page page) const
{
    if (page == Judging)
        return m_judging ? m_judging->detailPane() : nullptr;
    return m_details.value(this->page(page));
}

TablePage *MainWindow::page(Page page) const
{
    switch (page) {
    case Tracks:
        return m_tracks;
    case Tasks:
        return m_tasks;
    case People:
        return m_participants;
    case Claims:
        return m_claims;
    case Board:
        return m_board;
    case Problems:
        return m_problems;
    case Overview:
    case Payouts:
    case Camp:
    case Fundable:
    case Judging:
        break;
    }
    return nullptr;
}

void MainWindow::showPage(Page page)
{
    m_nav->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return m_nav ? Page(std::max(0, m_nav->currentRow())) : Overview;
}

QString MainWindow::helpSection(Page page)
{
    switch (page) {
    case Overview:
        return u"overview"_s;
    case Tracks:
        return u"tracks"_s;
    case Tasks:
        return u"tasks"_s;
    case People:
        return u"people"_s;
    case Claims:
        return u"claims"_s;
    case Board:
        return u"board"_s;
    case Payouts:
        return u"payouts"_s;
    case Problems:
        return u"problems"_s;
    case Camp:
        return u"camp"_s;
    case Fundable:
        return u"fundable"_s;
    case Judging:
        return u"judging"_s;
    }
    return {};
}

void MainWindow::showHelp()
{
    if (!m_help)
        m_help = new HelpWindow(this);
    m_help->showSection(m_session ? helpSection(currentPage()) : QString());
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

TablePage *MainWindow::currentTable() const
{
    if (!m_stack || !m_stack->currentWidget())
        return nullptr;
    if (auto *direct = qobject_cast<TablePage *>(m_stack->currentWidget()))
        return direct;
    TablePage *table = nullptr;
    for (TablePage *page : m_stack->currentWidget()->findChildren<TablePage *>())
        if (page->isVisible() && (!table || page->isAncestorOf(QApplication::focusWidget())))
            table = page;
    return table;
}

void MainWindow::focusSearch()
{
    TablePage *table = currentTable();
    // Payouts' second table has no search of its own: the first visible search box of the page.
    QLineEdit *search = table && table->searchBox()->isVisible() ? table->searchBox() : nullptr;
    if (!search && m_stack && m_stack->currentWidget())
        for (TablePage *page : m_stack->currentWidget()->findChildren<TablePage *>())
            if (page->searchBox()->isVisible()) {
                search = page->searchBox();
                break;
            }
    if (!search)
        return;
    search->setFocus(Qt::ShortcutFocusReason);
    search->selectAll();
}

void MainWindow::openTaskIssues(const QList<qint64> &taskIds)
{
    for (qint64 id : taskIds)
        if (const auto task = TaskRepository(m_session->database()).get(id); task && !task->url.isEmpty())
            QDesktopServices::openUrl(QUrl(task->url));
}

void MainWindow::showError(const QString &message)
{
    messages::warning(this, tr("HackDesk"), message);
}

void MainWindow::addTask()
{
    Task t;
    const QList<Track> tracks = EventRepository(m_session->database()).tracks();
    if (!tracks.isEmpty())
        t.trackId = tracks.first().id;
    TaskDialog dialog(m_session->database(), t, this);
    dialog.setSubmit([&] { return m_editor->addTask(dialog.task(), dialog.directionName()); });
    if (dialog.exec() == QDialog::Accepted)
        m_tasks->selectId(m_editor->lastInsertedId());
}

void MainWindow::editTask(qint64 id)
{
    const qint64 version = RowVersion::of(m_session->database(), u"task"_s, id); // before the row: never newer
    const auto task = TaskRepository(m_session->database()).get(id);
    if (!task)
        return;
    TaskDialog dialog(m_session->database(), *task, this);
    dialog.setSubmit([&] {
        return ConflictDialog::save(
            &dialog,
            [&](OnConflict c) {
                return m_editor->updateTask(*task, dialog.task(), dialog.directionName(), version, c);
            },
            [&] { return m_editor->conflict(); });
    });
    if (dialog.exec() == QDialog::Accepted && !m_editor->notice().isEmpty())
        messages::information(this, tr("Edit task"), m_editor->notice());
}

void MainWindow::deleteTask(qint64 id)
{
    const auto task = TaskRepository(m_session->database()).get(id);
    if (!task)
        return;
    const int claims = TaskRepository(m_session->database()).claimCount(id);
    const QString question = claims ? tr("Delete task No.%1 and its %n claim(s)?", nullptr, claims).arg(task->number)
                                    : tr("Delete task No.%1?").arg(task->number);
    if (messages::question(this, tr("Delete task"), question) != QMessageBox::Yes)
        return;
    if (const QString error = m_editor->removeTask(id); !error.isEmpty())
        showError(error);
}

void MainWindow::addParticipant()
{
    ParticipantDialog dialog(Participant{}, this);
    dialog.setSubmit([&] { return m_editor->addParticipant(dialog.participant()); });
    if (dialog.exec() == QDialog::Accepted)
        m_participants->selectId(m_editor->lastInsertedId());
}

void MainWindow::editParticipant(qint64 id)
{
    const qint64 version = RowVersion::of(m_session->database(), u"participant"_s, id);
    const auto p = ParticipantRepository(m_session->database()).get(id);
    if (!p)
        return;
    ParticipantDialog dialog(*p, this);
    dialog.setSubmit([&] {
        return ConflictDialog::save(
            &dialog, [&](OnConflict c) { return m_editor->updateParticipant(*p, dialog.participant(), version, c); },
            [&] { return m_editor->conflict(); });
    });
    if (dialog.exec() == QDialog::Accepted && !m_editor->notice().isEmpty())
        messages::information(this, tr("Edit participant"), m_editor->notice());
}

void MainWindow::deleteParticipant(qint64 id)
{
    ParticipantRepository repo(m_session->database());
    const auto p = repo.get(id);
    if (!p)
        return;
    const auto d = repo.dependents(id);
    const QString question =
        d.claims || d.memberships
            ? tr("@%1 has %n claim(s) and %2 team membership(s). Delete them together with @%1?", nullptr, d.claims)
                  .arg(p->login)
                  .arg(d.memberships)
            : tr("Delete @%1?").arg(p->login);
    if (messages::question(this, tr("Delete participant"), question) != QMessageBox::Yes)
        return;
    if (const QString error = m_editor->removeParticipant(id); !error.isEmpty())
        showError(error);
}

void MainWindow::addTeam()
{
    TeamDialog dialog(m_session->database(), Team{}, this);
    dialog.setSubmit([&] { return m_editor->addTeam(dialog.team()); });
    if (dialog.exec() == QDialog::Accepted)
        m_teams->selectId(m_editor->lastInsertedId());
}

void MainWindow::editTeam(qint64 id)
{
    const qint64 version = RowVersion::of(m_session->database(), u"team"_s, id);
    const auto team = TeamRepository(m_session->database()).get(id);
    if (!team)
        return;
    TeamDialog dialog(m_session->database(), *team, this);
    dialog.setSubmit([&] {
        return ConflictDialog::save(
            &dialog, [&](OnConflict c) { return m_editor->updateTeam(*team, dialog.team(), version, c); },
            [&] { return m_editor->conflict(); });
    });
    if (dialog.exec() == QDialog::Accepted && !m_editor->notice().isEmpty())
        messages::information(this, tr("Edit team"), m_editor->notice());
}

void MainWindow::deleteTeam(qint64 id)
{
    TeamRepository repo(m_session->database());
    const auto team = repo.get(id);
    if (!team)
        return;
    const int claims = repo.claimCount(id);
    const QString question = claims ? tr("Delete the team %1 and its %n claim(s)?", nullptr, claims).arg(team->name)
                                    : tr("Delete the team %1?").arg(team->name);
    if (messages::question(this, tr("Delete team"), question) != QMessageBox::Yes)
        return;
    if (const QString error = m_editor->removeTeam(id); !error.isEmpty())
        showError(error);
}

void MainWindow::addClaim()
{
    const Track track = EventRepository(m_session->database()).tracks().value(0);
    ClaimDialog dialog(m_session->database(), 0, track.id, this);
    dialog.setSubmit([&] { return m_editor->saveClaim(dialog.edit()); });
    if (dialog.exec() == QDialog::Accepted)
        m_claims->selectId(m_editor->lastInsertedId());
}

void MainWindow::editClaim(qint64 id)
{
    const auto claim = ClaimRepository(m_session->database()).get(id);
    if (!claim)
        return;
    if (!claim->participantId) {
        showError(tr("A team's claim is edited on the Fundable Projects page."));
        return;
    }
    ClaimDialog dialog(m_session->database(), id, 0, this);
    dialog.setSubmit([&] { return m_editor->saveClaim(dialog.edit()); });
    if (dialog.exec() == QDialog::Accepted)
        m_claims->selectId(m_editor->lastInsertedId());
}

void MainWindow::deleteClaim(qint64 id)
{
    const auto claim = ClaimRepository(m_session->database()).get(id);
    if (!claim)
        return;
    const auto task = TaskRepository(m_session->database()).get(claim->taskId);
    QString who = TeamRepository(m_session->database()).get(claim->teamId).value_or(Team{}).name;
    if (const auto p = ParticipantRepository(m_session->database()).get(claim->participantId))
        who = u"@"_s + p->login;
    const bool finisher = task && claim->participantId && task->finisherId == claim->participantId;
    const QString question =
        finisher ? tr("Delete the claim of %1 on task No.%2? %1 is its finisher: the task will have none and take "
                      "claims again.")
                       .arg(who)
                       .arg(task->number)
                 : tr("Delete the claim of %1 on task No.%2?").arg(who).arg(task ? task->number : 0);
    if (messages::question(this, tr("Delete claim"), question) != QMessageBox::Yes)
        return;
    if (const QString error = m_editor->removeClaim(id); !error.isEmpty())
        showError(error);
}

void MainWindow::importIssue()
{
    if (!m_session)
        return;
    ImportIssueDialog dialog(m_session.get(), this);
    dialog.exec();
}

void MainWindow::exportReport(int kind)
{
    if (!m_session)
        return;
    const auto k = ReportKind(kind);
    const QString path =
        files::askSavePath(this, tr("Export report"), reportKindKey(k) + u".pdf"_s, {{tr("PDF files"), u"pdf"_s}});
    if (path.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        const int pages = writeReportPdf(m_session->database(), k, path);
        QApplication::restoreOverrideCursor();
        statusBar()->showMessage(tr("Wrote %n page(s) to %1.", nullptr, pages).arg(path), 5000);
    } catch (const Error &e) {
        QApplication::restoreOverrideCursor();
        showError(e.message());
    }
}

void MainWindow::exportCurrentTable()
{
    TablePage *table = currentTable();
    if (!table) {
        showError(tr("This page has no table to export."));
        return;
    }
    const QString path = files::askSavePath(this, tr("Export table"), u"table.csv"_s, {{tr("CSV files"), u"csv"_s}});
    if (path.isEmpty())
        return;
    try {
        writeTableCsv(table->proxy(), path);
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void MainWindow::syncWithGitHub()
{
    if (!m_session)
        return;
    // Modal: the window does not write while the sync's worker does.
    SyncDialog dialog(m_session.get(), this);
    dialog.exec();
}

void MainWindow::exportIssue()
{
    if (!m_session)
        return;
    QStringList names;
    const QList<Track> tracks = EventRepository(m_session->database()).tracks();
    for (const Track &t : tracks)
        names << t.name;
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Export task list"), tr("Track:"), names, 0, false, &ok);
    if (!ok)
        return;
    const Track track = tracks.value(int(names.indexOf(name)));
    const QString path =
        files::askSavePath(this, tr("Export task list"), u"track-%1.md"_s.arg(track.id), {{tr("Markdown"), u"md"_s}});
    if (path.isEmpty())
        return;
    try {
        const QByteArray bytes = exportIssueBody(m_session->database(), track).toUtf8();
        writeFileAtomically(path, bytes);
        statusBar()->showMessage(tr("Wrote %1").arg(path), 5000);
    } catch (const Error &e) {
        showError(e.message());
    }
}

QString MainWindow::importCsvFile(int kind, const QString &path)
{
    try {
        const CsvImportResult r = CsvExchange(m_session->database()).importFile(CsvKind(kind), path);
        statusBar()->showMessage(
            tr("%1: %2 added, %3 updated, %4 unchanged.").arg(path).arg(r.added).arg(r.updated).arg(r.unchanged), 8000);
    } catch (const Error &e) {
        return e.message();
    }
    // Many rows changed at once: earlier edits can no longer be undone one by one.
    m_session->undoStack()->clear();
    emit m_session->changed();
    return {};
}

void MainWindow::importCsv(int kind)
{
    if (!m_session)
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import CSV"), {}, tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    if (const QString error = importCsvFile(kind, path); !error.isEmpty())
        showError(error);
}

void MainWindow::exportCsv(int kind)
{
    if (!m_session)
        return;
    const QString key = csvKindKey(CsvKind(kind));
    const QString path = files::askSavePath(this, tr("Export CSV"), key + u".csv"_s, {{tr("CSV files"), u"csv"_s}});
    if (path.isEmpty())
        return;
    try {
        const int rows = CsvExchange(m_session->database()).exportFile(CsvKind(kind), path);
        statusBar()->showMessage(tr("Wrote %n row(s) to %1.", nullptr, rows).arg(path), 5000);
    } catch (const Error &e) {
        showError(e.message());
    }
}

void MainWindow::copyReply()
{
    const qint64 id = m_problems->selectedId();
    if (!id)
        return;
    const QString reply = EventTables::replyOf(m_session->database(), id);
    QGuiApplication::clipboard()->setText(reply);
    statusBar()->showMessage(reply.isEmpty() ? tr("This problem has no reply to post.") : tr("Copied: %1").arg(reply),
                             5000);
}

void MainWindow::newDatabase()
{
    NewEventWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    if (const QString error = openDatabase(wizard.path()); !error.isEmpty())
        showError(error);
}

void MainWindow::editSettings()
{
    if (!m_session)
        return;
    SettingsDialog dialog(m_session.get(), m_setupEditor.get(), this);
    dialog.exec();
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open event database"), QString(),
                                                      tr("HackDesk databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        if (const QString error = openDatabase(path); !error.isEmpty())
            showError(error);
}

void MainWindow::openSharedEvent()
{
    const QString current = m_session && m_session->database().isShared() ? m_session->database().path() : QString();
    const JudgeWindow *before = judgeWindow();
    {
        const QScopedValueRollback asking(m_askingShared, true);
        askSharedEvent(this, current,
                       [this](const QString &url, const QString &password) { return openDatabase(url, password); });
    }
    // A judge's login handed over: closed only now that the dialog is done, since closing may delete this
    // window, and the dialog with it.
    if (judgeWindow() && judgeWindow() != before && isVisible())
        close();
}

void MainWindow::askSharedEvent(QWidget *parent, const QString &current,
                                const std::function<QString(const QString &, const QString &)> &open)
{
    SharedEventDialog dialog(current, parent);
    dialog.setSubmit([&] {
        const QString error = open(dialog.url(), dialog.password());
        if (error.isEmpty() && dialog.rememberPassword()) // under the URL as opened, without the password
            SharedEventDialog::storePassword(PostgresUrl::parse(dialog.url()).toString(), dialog.password());
        return error;
    });
    dialog.exec();
}

void MainWindow::refreshTitle()
{
    if (!m_session)
        return;
    const Database &db = m_session->database();
    const QString file = db.isShared() ? db.path() : QFileInfo(db.path()).fileName();
    const auto event = EventRepository(db).event();
    setWindowTitle(event ? tr("%1 (%2) — HackDesk").arg(event->name, file) : tr("%1 — HackDesk").arg(file));
}

void MainWindow::refreshRecent()
{
    if (!m_recent)
        return;
    fillRecentMenu(m_recent, [this](const QString &path) {
        if (const QString error = openDatabase(path); !error.isEmpty())
            showError(error);
    });
}

void MainWindow::fillRecentMenu(QMenu *menu, const std::function<void(const QString &)> &open)
{
    menu->clear();
    const QStringList recent = QSettings().value(recentKey).toStringList();
    for (const QString &location : recent)
        menu->addAction(location, menu, [open, location] { open(location); });
    menu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    if (centralWidget()) {
        QList<QSplitter *> splitters = centralWidget()->findChildren<QSplitter *>();
        splitters << qobject_cast<QSplitter *>(centralWidget());
        for (QSplitter *s : std::as_const(splitters))
            if (s && !s->objectName().isEmpty())
                settings.setValue(u"splitters/"_s + s->objectName(), s->saveState());
    }
    QMainWindow::closeEvent(event);
}

} // namespace hd
