// A working day with the window: the user guide and F1, Keyboard Shortcuts, Ctrl+F, the tables' context
// menus and Ctrl+C.
#include "demo/demoevent.h"
#include "detailpane.h"
#include "dialogs/neweventwizard.h"
#include "dialogs/taskdialog.h"
#include "eventeditor.h"
#include "eventsession.h"
#include "help/helpwindow.h"
#include "judging/judgingpage.h"
#include "mainwindow.h"
#include "models/eventtables.h"
#include "models/filterproxy.h"
#include "pages/payoutspage.h"
#include "pages/programmespage.h"
#include "pages/tablepage.h"
#include "pages/trackspage.h"
#include "reports/reports.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
#include "services/manualclaims.h"
#include "support/demoscores.h"
#include "testutil.h"
#include "translations.h"
#include "ui/demowindow.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGroupBox>
#include <QDir>
#include <QDialog>
#include <QWizardPage>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoStack>
#include <QToolBar>
#include <QXmlStreamReader>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// Records the links the window opens instead of starting a browser.
class LinkCatcher : public QObject
{
    Q_OBJECT
public:
    LinkCatcher() { QDesktopServices::setUrlHandler(u"https"_s, this, "open"); }
    ~LinkCatcher() override { QDesktopServices::unsetUrlHandler(u"https"_s); }
    QList<QUrl> opened;

public slots:
    void open(const QUrl &url) { opened << url; }
};

class DailyUse : public DemoWindowTest
{
protected:
    // The context menu's action with this text (without & and …), or null.
    static QAction *menuAction(QMenu *menu, const QString &text)
    {
        for (QAction *a : menu->actions())
            if (a->text().remove(u'&').remove(u'…') == text)
                return a;
        return nullptr;
    }
    static QStringList menuTexts(QMenu *menu)
    {
        QStringList texts;
        for (QAction *a : menu->actions())
            if (!a->isSeparator())
                texts << a->text().remove(u'&').remove(u'…');
        return texts;
    }
};

const MainWindow::Page allPages[] = {MainWindow::Overview, MainWindow::Tracks,   MainWindow::Tasks,
                                     MainWindow::People,   MainWindow::Claims,   MainWindow::Board,
                                     MainWindow::Payouts,  MainWindow::Problems, MainWindow::Camp,
                                     MainWindow::Fundable, MainWindow::Judging};

} // namespace

TEST(UserGuide, BothLanguagesHaveASectionForEveryPage)
{
    for (const QString &file : {u":/help/guide_en.html"_s, u":/help/guide_zh_CN.html"_s}) {
        QFile f(file);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << file.toStdString();
        const QString html = QString::fromUtf8(f.readAll());
        for (MainWindow::Page page : allPages) {
            const QString anchor = u"<a name=\"%1\"></a>"_s.arg(MainWindow::helpSection(page));
            // A heading with the anchor, followed by text.
            const qsizetype at = html.indexOf(anchor);
            ASSERT_GE(at, 0) << file.toStdString() << " " << MainWindow::helpSection(page).toStdString();
            EXPECT_GT(html.indexOf(u"<p>"_s, at) - at, 0);
        }
    }
    // The Chinese guide is Chinese.
    QFile zh(u":/help/guide_zh_CN.html"_s);
    ASSERT_TRUE(zh.open(QIODevice::ReadOnly));
    EXPECT_TRUE(QString::fromUtf8(zh.readAll()).contains(u"用户指南"_s));
}

TEST(UserGuide, FollowsTheLanguageOfTheWindow)
{
    EXPECT_EQ(HelpWindow::guideFile(), u":/help/guide_en.html"_s);
    installTranslations(u"zh_CN"_s);
    EXPECT_EQ(HelpWindow::guideFile(), u":/help/guide_zh_CN.html"_s);
    HelpWindow help;
    EXPECT_TRUE(help.browser()->toPlainText().contains(u"用户指南"_s));
    installTranslations(u"en"_s);
}

TEST_F(DailyUse, F1OpensTheGuideAtThePagesSection)
{
    window->showPage(MainWindow::Judging);
    QTest::keyClick(window.get(), Qt::Key_F1);
    HelpWindow *help = window->helpWindow();
    ASSERT_NE(help, nullptr);
    EXPECT_TRUE(help->isVisible());
    EXPECT_EQ(help->section(), u"judging"_s);
    // Scrolled down to it: the judging section is near the end of the guide.
    QApplication::processEvents();
    EXPECT_GT(help->browser()->verticalScrollBar()->value(), 0);

    window->activateWindow(); // the guide had the focus
    ASSERT_TRUE(QTest::qWaitForWindowActive(window.get()));
    window->showPage(MainWindow::Payouts);
    QTest::keyClick(window.get(), Qt::Key_F1);
    EXPECT_EQ(window->helpWindow(), help); // one guide window, moved to the new section
    EXPECT_EQ(help->section(), u"payouts"_s);
}

TEST_F(DailyUse, KeyboardShortcutsListsTheWindowsShortcuts)
{
    const ShortcutsDialog dialog(window->menuBar()->actions() + window->actions());
    const auto rows = dialog.rows();
    const auto keysOf = [&](const QString &text) {
        for (const auto &[action, keys] : rows)
            if (action == text)
                return keys;
        return QString();
    };
    EXPECT_EQ(keysOf(u"User Guide"_s), QKeySequence(QKeySequence::HelpContents).toString(QKeySequence::NativeText));
    EXPECT_EQ(keysOf(u"Find"_s), QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText));
    EXPECT_EQ(keysOf(u"Sync with GitHub"_s), QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText));
    // Each action once, even when it is both in a menu and on the window.
    QStringList texts;
    for (const auto &row : rows)
        texts << row.first;
    EXPECT_EQ(texts.count(u"Find"_s), 1);
    // Only actions with a shortcut are listed.
    for (const auto &[action, keys] : rows)
        EXPECT_FALSE(keys.isEmpty()) << action.toStdString();
}

TEST_F(DailyUse, CtrlFFocusesTheSearchBoxOfThePageShown)
{
    const std::pair<MainWindow::Page, QLineEdit *> cases[] = {
        {MainWindow::Tasks, window->page(MainWindow::Tasks)->searchBox()},
        {MainWindow::Claims, window->page(MainWindow::Claims)->searchBox()},
        {MainWindow::Board, window->page(MainWindow::Board)->searchBox()},
        {MainWindow::People, window->page(MainWindow::People)->searchBox()},
    };
    for (const auto &[page, search] : cases) {
        window->showPage(page);
        window->findChild<QListWidget *>()->setFocus();
        search->setText(u"x"_s);
        QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
        EXPECT_EQ(QApplication::focusWidget(), search) << MainWindow::helpSection(page).toStdString();
        EXPECT_EQ(search->selectedText(), u"x"_s); // typing replaces the old search
        search->clear();
    }
    // A page made of several tables: the search box of the one shown.
    window->showPage(MainWindow::Payouts);
    window->findChild<QListWidget *>()->setFocus();
    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier);
    auto *focused = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    ASSERT_NE(focused, nullptr);
    EXPECT_TRUE(window->payouts()->isAncestorOf(focused));
    EXPECT_TRUE(focused->isVisible());
}

TEST_F(DailyUse, ATasksContextMenuEditsRemovesAndOpensTheIssue)
{
    window->showPage(MainWindow::Tasks);
    TablePage *tasks = window->page(MainWindow::Tasks);
    tasks->view()->selectRow(0);
    const qint64 id = tasks->selectedId();
    auto menu = tasks->contextMenu();
    const QStringList texts = menuTexts(menu.get());
    for (const QString &expected : {u"Open Issue on GitHub"_s, u"Edit"_s, u"Delete"_s, u"Copy"_s})
        EXPECT_TRUE(texts.contains(expected)) << texts.join(u" | "_s).toStdString();

    LinkCatcher links;
    menuAction(menu.get(), u"Open Issue on GitHub"_s)->trigger();
    const QString url =
        SqlQuery::scalar(window->session()->database(), u"SELECT url FROM task WHERE id = ?"_s, {id}).toString();
    ASSERT_FALSE(url.isEmpty());
    EXPECT_EQ(links.opened, QList<QUrl>{QUrl(url)});

    const int before = tasks->model()->rowCount();
    QTimer::singleShot(0, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Yes)->click();
    });
    menuAction(menu.get(), u"Delete"_s)->trigger();
    EXPECT_EQ(tasks->model()->rowCount(), before - 1);
    EXPECT_LT(tasks->model()->rowOfId(id), 0);
}

// "最高0.2⭐️" in the issue: the Tasks page shows the task's reward as an upper bound.
TEST_F(DailyUse, TheTasksPageShowsAnUpperBoundOfStars)
{
    window->showPage(MainWindow::Tasks);
    TablePage *tasks = window->page(MainWindow::Tasks);
    const Database &db = window->session()->database();
    const qint64 trackId = EventRepository(db).resolveTrack(u"tasks"_s).id;
    Task t = TaskRepository(db).all(trackId).first();
    t.stars = *Stars::parse(u"0.2"_s);
    t.cashFen.reset();
    t.starsAtMost = true;
    TaskRepository(db).update(t);
    emit window->session()->changed();

    TableModel *model = tasks->model();
    int reward = -1;
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == u"Reward"_s)
            reward = c;
    ASSERT_GE(reward, 0);
    const int row = model->rowOfId(t.id);
    ASSERT_GE(row, 0);
    EXPECT_EQ(model->index(row, reward).data().toString(), u"≤ 0.2 ★"_s);

    // Without the bound, the same stars read plainly.
    t.starsAtMost = false;
    TaskRepository(db).update(t);
    emit window->session()->changed();
    EXPECT_EQ(model->index(model->rowOfId(t.id), reward).data().toString(), u"0.2 ★"_s);
}

TEST_F(DailyUse, ContextMenusCopyLoginsAndReplies)
{
    window->showPage(MainWindow::People);
    TablePage *people = window->page(MainWindow::People);
    people->view()->selectRow(0);
    const QString login = people->proxy()->index(0, 0).data().toString();
    ASSERT_TRUE(login.startsWith(u'@'));
    auto menu = people->contextMenu();
    menuAction(menu.get(), u"Copy Login"_s)->trigger();
    EXPECT_EQ(QGuiApplication::clipboard()->text(), login.mid(1));
    LinkCatcher links;
    menuAction(menu.get(), u"Open Profile on GitHub"_s)->trigger();
    EXPECT_EQ(links.opened, QList<QUrl>{QUrl(u"https://github.com/"_s + login.mid(1))});

    window->showPage(MainWindow::Problems);
    TablePage *problems = window->page(MainWindow::Problems);
    ASSERT_GT(problems->model()->rowCount(), 0);
    problems->view()->selectRow(0);
    auto problemMenu = problems->contextMenu();
    menuAction(problemMenu.get(), u"Copy Reply"_s)->trigger();
    EXPECT_EQ(QGuiApplication::clipboard()->text(),
              EventTables::replyOf(window->session()->database(), problems->selectedId()));

    // With nothing selected the row actions are there but disabled.
    people->view()->clearSelection();
    auto empty = people->contextMenu();
    EXPECT_FALSE(menuAction(empty.get(), u"Copy Login"_s)->isEnabled());
    EXPECT_FALSE(menuAction(empty.get(), u"Copy"_s)->isEnabled());
}

TEST_F(DailyUse, CtrlCCopiesTheSelectedCellsAsTabSeparatedText)
{
    window->showPage(MainWindow::People);
    TablePage *people = window->page(MainWindow::People);
    QTableView *view = people->view();
    view->selectRow(0);
    view->selectionModel()->select(people->proxy()->index(1, 0),
                                   QItemSelectionModel::Select | QItemSelectionModel::Rows);
    view->setFocus();
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
    const QStringList lines = QGuiApplication::clipboard()->text().split(u'\n');
    ASSERT_EQ(lines.size(), 2);
    for (int r = 0; r < 2; ++r) {
        QStringList cells;
        for (int c = 0; c < people->proxy()->columnCount(); ++c)
            cells << people->proxy()->index(r, c).data().toString();
        EXPECT_EQ(lines[r], cells.join(u'\t'));
    }
    // Two rows selected: Edit and Delete wait for one.
    auto menu = people->contextMenu();
    EXPECT_FALSE(menuAction(menu.get(), u"Edit"_s)->isEnabled());
    EXPECT_TRUE(menuAction(menu.get(), u"Copy Login"_s)->isEnabled());
}

TEST_F(DailyUse, TheToolbarHoldsTheDaysActionsAndTheSidebarHasIcons)
{
    QStringList texts;
    for (QAction *a : window->toolBar()->actions()) {
        texts << a->text().remove(u'&').remove(u'…');
        EXPECT_FALSE(a->icon().pixmap(24).isNull()) << a->text().toStdString();
        EXPECT_TRUE(a->isEnabled()) << a->text().toStdString();
    }
    EXPECT_EQ(texts, (QStringList{u"Sync with GitHub"_s, u"Import"_s, u"Export"_s, u"Report"_s}));
    // Report offers every PDF report, Import the task list and the CSV files.
    QAction *report = window->toolBar()->actions().value(3);
    ASSERT_NE(report->menu(), nullptr);
    EXPECT_EQ(report->menu()->actions().size(), qsizetype(std::size(AllReportKinds)));
    QAction *import = window->toolBar()->actions().value(1);
    ASSERT_NE(import->menu(), nullptr);
    EXPECT_EQ(import->menu()->actions().size(), 2);

    auto *nav = window->findChild<QListWidget *>();
    ASSERT_EQ(nav->count(), qsizetype(std::size(allPages)));
    for (int i = 0; i < nav->count(); ++i)
        EXPECT_FALSE(nav->item(i)->icon().pixmap(20).isNull()) << nav->item(i)->text().toStdString();
}

TEST_F(DailyUse, ANewTaskProposesTheTracksNextFreeNumber)
{
    const Database &db = window->session()->database();
    const QList<Track> tracks = EventRepository(db).tracks();
    ASSERT_GE(tracks.size(), 2);
    const auto next = [&](qint64 track) {
        return SqlQuery::scalar(db, u"SELECT max(number) FROM task WHERE track_id = ?"_s, {track}).toInt() + 1;
    };
    ASSERT_GT(next(tracks[0].id), 1);
    Task t;
    t.trackId = tracks[0].id;
    TaskDialog d(db, t);
    EXPECT_EQ(d.numberBox()->value(), next(tracks[0].id));
    // Another track: its own next number, until the number is typed by hand.
    auto *track = d.findChild<QComboBox *>();
    track->setCurrentIndex(track->findData(tracks[1].id));
    EXPECT_EQ(d.numberBox()->value(), next(tracks[1].id));
    d.numberBox()->setValue(500);
    track->setCurrentIndex(track->findData(tracks[0].id));
    EXPECT_EQ(d.numberBox()->value(), 500);
}

namespace {
// The widgets of `root` shown on screen but cut off: outside the window, or squeezed below the least size
// their contents need. What a scroll area holds may run on beyond its view and is left out.
QStringList clippedWidgets(QWidget *window, QWidget *root)
{
    QStringList clipped;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window) || w->isWindow())
            continue;
        // Inside a scroll area (its view, headers, bars): scrolled, not cut off.
        bool scrolled = false;
        for (QWidget *p = w->parentWidget(); p && p != window && !scrolled; p = p->parentWidget())
            scrolled = qobject_cast<QAbstractScrollArea *>(p) != nullptr;
        // The insides of a spin box or a combo box are theirs to lay out.
        if (scrolled || qobject_cast<QAbstractSpinBox *>(w->parentWidget()) ||
            qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        const QRect inWindow(w->mapTo(window, QPoint(0, 0)), w->size());
        const QSize least = w->minimumSizeHint();
        const QString name =
            u"%1 \"%2\" %3x%4"_s.arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                .arg(w->width())
                .arg(w->height());
        if (!window->rect().contains(inWindow))
            clipped << name + u" outside the window"_s;
        else if (!qobject_cast<QAbstractScrollArea *>(w) && least.isValid() &&
                 (w->width() < least.width() || w->height() < least.height()))
            clipped << name + u" below %1x%2"_s.arg(least.width()).arg(least.height());
    }
    return clipped;
}
} // namespace

TEST_F(DailyUse, EveryPageFitsAt1024x640)
{
    window->resize(1024, 640);
    ASSERT_EQ(window->size(), QSize(1024, 640));
    for (MainWindow::Page page : allPages) {
        window->showPage(page);
        QApplication::processEvents();
        const QStringList clipped = clippedWidgets(window.get(), window->centralWidget());
        EXPECT_TRUE(clipped.isEmpty()) << MainWindow::helpSection(page).toStdString() << ": "
                                       << clipped.join(u"; "_s).toStdString();
    }
}

TEST_F(DailyUse, SplittersKeepTheirSizes)
{
    window->showPage(MainWindow::Payouts);
    auto *mainSplitter = qobject_cast<QSplitter *>(window->centralWidget());
    auto *payouts = window->payouts()->findChild<QSplitter *>(u"payouts"_s);
    ASSERT_NE(mainSplitter, nullptr);
    ASSERT_NE(payouts, nullptr);
    mainSplitter->setSizes({260, 700});
    payouts->setSizes({150, 300});
    const QList<int> mainSizes = mainSplitter->sizes(), payoutSizes = payouts->sizes();
    window->close();
    window = std::make_unique<MainWindow>(path);
    window->show();
    window->showPage(MainWindow::Payouts);
    QApplication::processEvents();
    EXPECT_EQ(qobject_cast<QSplitter *>(window->centralWidget())->sizes(), mainSizes);
    EXPECT_EQ(window->payouts()->findChild<QSplitter *>(u"payouts"_s)->sizes(), payoutSizes);
}


namespace {
// The first value of a query, as text.
QString firstText(const Database &db, const QString &sql, const QVariantList &args = {})
{
    return SqlQuery::scalar(db, sql, args).toString();
}
} // namespace

TEST_F(DailyUse, SelectingATaskShowsItsClaimsInTimeOrderItsPullRequestsAndItsIssue)
{
    const Database &db = window->session()->database();
    // A task with two claims or more and a pull request.
    const qint64 id = SqlQuery::scalar(db, u"SELECT c.task_id FROM claim c WHERE c.participant_id IS NOT NULL "
                                           u"AND c.task_id IN (SELECT task_id FROM pr_task) GROUP BY c.task_id "
                                           u"HAVING count(*) >= 2 ORDER BY c.task_id"_s)
                          .toLongLong();
    ASSERT_GT(id, 0);
    window->showPage(MainWindow::Tasks);
    DetailPane *pane = window->detailPane(MainWindow::Tasks);
    ASSERT_NE(pane, nullptr);
    EXPECT_TRUE(pane->isVisible());
    window->page(MainWindow::Tasks)->selectId(id);
    EXPECT_EQ(pane->shownId(), id);
    const QString text = pane->text();

    // The claims, oldest first, each with its status (in its row: before the next claimant).
    SqlQuery claims(db, u"SELECT p.login, c.status FROM claim c JOIN participant p ON p.id = c.participant_id "
                        u"WHERE c.task_id = ? ORDER BY c.claimed_at, c.id"_s);
    claims.bind(id).exec();
    QList<std::pair<qsizetype, QString>> rows; // where each claimant is, and their status
    qsizetype at = text.indexOf(u"Claims"_s);
    ASSERT_GE(at, 0);
    while (claims.next()) {
        const qsizetype next = text.indexOf(u"@"_s + claims.value(0).toString(), at);
        EXPECT_GT(next, at) << claims.value(0).toString().toStdString() << " out of order in\n" << text.toStdString();
        rows.append({next, claimStatusName(ClaimStatus(claims.value(1).toInt()))});
        at = next;
    }
    ASSERT_GE(rows.size(), 2);
    rows.append({text.indexOf(u"Pull requests"_s), QString()});
    for (qsizetype i = 0; i + 1 < rows.size(); ++i)
        EXPECT_TRUE(text.mid(rows[i].first, rows[i + 1].first - rows[i].first).contains(rows[i].second))
            << rows[i].second.toStdString() << " not beside its claimant";

    // Its pull requests with their state, after the claims.
    SqlQuery prs(db, u"SELECT pr.repo, pr.number, pr.state FROM pull_request pr JOIN pr_task pt ON pt.pr_id = pr.id "
                     u"WHERE pt.task_id = ?"_s);
    prs.bind(id).exec();
    while (prs.next()) {
        const QString name = u"%1#%2"_s.arg(prs.value(0).toString(), prs.value(1).toString());
        const qsizetype pr = text.indexOf(name);
        ASSERT_GT(pr, text.indexOf(u"Pull requests"_s)) << name.toStdString();
        // The state beside the PR's name: "merged", "open", "closed".
        EXPECT_TRUE(text.mid(pr, text.indexOf(u'\n', pr) - pr).contains(u" "_s + prs.value(2).toString() + u" "_s))
            << name.toStdString() << "\n" << text.toStdString();
        EXPECT_TRUE(pane->links().contains(
            QUrl(u"https://github.com/%1/pull/%2"_s.arg(prs.value(0).toString(), prs.value(1).toString()))));
    }

    // The issue's link opens in the browser.
    const QUrl issue(firstText(db, u"SELECT url FROM task WHERE id = ?"_s, {id}));
    ASSERT_TRUE(pane->links().contains(issue));
    LinkCatcher links;
    emit pane->browser()->anchorClicked(issue);
    EXPECT_EQ(links.opened, QList<QUrl>{issue});
}

TEST_F(DailyUse, SelectingAPersonShowsTheirClaimsPullRequestsAndWhatThePayoutsPageSaysTheyEarn)
{
    const Database &db = window->session()->database();
    // The first person the payouts page lists, with the amount it shows.
    window->showPage(MainWindow::Payouts);
    TablePage *payouts = window->payouts()->people();
    ASSERT_GT(payouts->model()->rowCount(), 0);
    const QString login = payouts->model()->index(0, EventTables::PayLogin).data().toString().mid(1);
    const QString paid = payouts->model()->index(0, EventTables::PayPaid).data().toString();
    const QString stars = payouts->model()->index(0, EventTables::PayStars).data().toString();

    const qint64 id = SqlQuery::scalar(db, u"SELECT id FROM participant WHERE login = ?"_s, {login}).toLongLong();
    ASSERT_GT(id, 0);
    window->showPage(MainWindow::People);
    DetailPane *pane = window->detailPane(MainWindow::People);
    ASSERT_NE(pane, nullptr);
    EXPECT_TRUE(pane->isVisible());
    window->page(MainWindow::People)->selectId(id);
    EXPECT_EQ(pane->shownId(), id);
    const QString text = pane->text();
    EXPECT_TRUE(text.contains(u"%1 stars, %2 paid"_s.arg(stars, paid))) << paid.toStdString() << "\n"
                                                                       << text.toStdString();
    // Their claims, by task, and their pull requests.
    SqlQuery claims(db, u"SELECT t.number FROM claim c JOIN task t ON t.id = c.task_id WHERE c.participant_id = ? "
                        u"ORDER BY c.claimed_at, c.id"_s);
    claims.bind(id).exec();
    qsizetype at = text.indexOf(u"Claims"_s);
    while (claims.next()) {
        const qsizetype next = text.indexOf(u"No.%1 "_s.arg(claims.value(0).toInt()), at);
        EXPECT_GT(next, at) << claims.value(0).toInt();
        at = next;
    }
    SqlQuery prs(db, u"SELECT repo, number FROM pull_request WHERE lower(author_login) = lower(?)"_s);
    prs.bind(login).exec();
    while (prs.next())
        EXPECT_TRUE(text.contains(u"%1#%2"_s.arg(prs.value(0).toString(), prs.value(1).toString())));
    // The profile opens in the browser.
    EXPECT_TRUE(pane->links().contains(QUrl(u"https://github.com/"_s + login)));
}

TEST_F(DailyUse, SelectingASubmissionShowsItsAuthorsAndItsScore)
{
    // The fundable track scored: its submissions are ranked.
    ASSERT_GT(scoreTrack(window->session()->database(), u"fundable"_s), 0);
    emit window->session()->changed();
    window->showPage(MainWindow::Judging);
    JudgingPage *judging = window->judging();
    judging->setTrack(EventRepository(window->session()->database()).resolveTrack(u"fundable"_s).id);
    TablePage *results = judging->table(JudgingPage::ResultsTab);
    // A ranked submission: its result as the results tab shows it.
    int row = -1;
    for (int r = 0; r < results->model()->rowCount() && row < 0; ++r)
        if (results->model()->index(r, JudgingPage::ResRank).data().toInt() > 0)
            row = r;
    ASSERT_GE(row, 0);
    const qint64 id = results->model()->idAt(row);
    const QString raw = results->model()->index(row, JudgingPage::ResRaw).data().toString();
    const QString rank = results->model()->index(row, JudgingPage::ResRank).data().toString();

    judging->tabs()->setCurrentIndex(JudgingPage::SubmissionsTab);
    DetailPane *pane = window->detailPane(MainWindow::Judging);
    ASSERT_NE(pane, nullptr);
    EXPECT_TRUE(pane->isVisible());
    TablePage *submissions = judging->table(JudgingPage::SubmissionsTab);
    submissions->selectId(id);
    EXPECT_EQ(pane->shownId(), id);
    const QString text = pane->text();
    const QString by = submissions->model()->index(submissions->model()->rowOfId(id), JudgingPage::SubBy).data().toString();
    EXPECT_TRUE(text.contains(by)) << by.toStdString() << "\n" << text.toStdString();
    EXPECT_TRUE(text.contains(u"Rank %1 of"_s.arg(rank))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Raw %1"_s.arg(raw))) << text.toStdString();
    EXPECT_TRUE(text.contains(u"Judges: "_s));
}

TEST_F(DailyUse, TheDetailPaneFollowsTheSelectionAndUndoableEdits)
{
    const Database &db = window->session()->database();
    window->showPage(MainWindow::Tasks);
    TablePage *tasks = window->page(MainWindow::Tasks);
    DetailPane *pane = window->detailPane(MainWindow::Tasks);
    EXPECT_TRUE(pane->text().contains(u"Select a task"_s));
    const auto select = [&](int row) {
        tasks->view()->selectionModel()->select(tasks->proxy()->index(row, 0),
                                                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return tasks->selectedId();
    };
    const qint64 first = select(0);
    EXPECT_EQ(pane->shownId(), first);
    const qint64 second = select(1);
    ASSERT_NE(first, second);
    EXPECT_EQ(pane->shownId(), second);
    const QString title = firstText(db, u"SELECT title FROM task WHERE id = ?"_s, {second});
    EXPECT_TRUE(pane->text().contains(title));

    // A claim added by hand shows at once; undone, it goes.
    const QString login = firstText(
        db, u"SELECT login FROM participant WHERE id NOT IN (SELECT participant_id FROM claim WHERE task_id = ? "
            u"AND participant_id IS NOT NULL) ORDER BY login"_s,
        {second});
    ASSERT_FALSE(login.isEmpty());
    EXPECT_FALSE(pane->text().contains(u"@"_s + login));
    ClaimEdit edit;
    edit.taskId = second;
    edit.login = login;
    ASSERT_EQ(window->editor()->saveClaim(edit), QString());
    EXPECT_EQ(pane->shownId(), second);
    EXPECT_TRUE(pane->text().contains(u"@"_s + login)) << pane->text().toStdString();
    window->session()->undoStack()->undo();
    EXPECT_FALSE(pane->text().contains(u"@"_s + login));

    // A renamed task shows its new title; a deleted one the hint.
    Task task = *TaskRepository(db).get(second);
    Task renamed = task;
    renamed.title = u"A new title for the pane"_s;
    ASSERT_EQ(window->editor()->updateTask(task, renamed, QString()), QString());
    EXPECT_TRUE(pane->text().contains(u"A new title for the pane"_s));
    window->session()->undoStack()->undo();
    EXPECT_TRUE(pane->text().contains(title));
    ASSERT_EQ(window->editor()->removeTask(second), QString());
    EXPECT_TRUE(pane->text().contains(u"Select a task"_s));
}

TEST_F(DailyUse, TheDetailPanesSpeakChinese)
{
    installTranslations(u"zh_CN"_s);
    MainWindow chinese(path);
    chinese.show();
    chinese.showPage(MainWindow::Tasks);
    chinese.page(MainWindow::Tasks)->view()->selectRow(0);
    const QString text = chinese.detailPane(MainWindow::Tasks)->text();
    installTranslations(u"en"_s);
    for (const QString &english : {u"Claims"_s, u"Pull requests"_s, u"Task issue on GitHub"_s, u"Earns"_s})
        EXPECT_FALSE(text.contains(english)) << english.toStdString() << "\n" << text.toStdString();
}

namespace {
// The source texts of a translation file with the translation they have there, without & and trailing "…".
QHash<QString, QString> translationPairs(const QString &file)
{
    QHash<QString, QString> pairs;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return pairs;
    QXmlStreamReader xml(&f);
    QString source;
    const auto clean = [](QString t) { return t.remove(u'&').remove(u'…').trimmed(); };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"source")
            source = clean(xml.readElementText());
        else if (xml.name() == u"translation" && !source.isEmpty())
            pairs.insert(source, clean(xml.readElementText(QXmlStreamReader::IncludeChildElements)));
    }
    return pairs;
}

// The window's own words on the page shown: labels, buttons, tabs, column headers, placeholders, the
// sidebar and the menu bar.
QStringList shownWords(QWidget *root)
{
    QStringList words;
    const auto add = [&](QString t) {
        t = t.remove(u'&').remove(u'…').trimmed();
        if (!t.isEmpty())
            words << t;
    };
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root->window()))
            continue;
        if (auto *l = qobject_cast<QLabel *>(w))
            add(l->text());
        else if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i));
        else if (auto *e = qobject_cast<QLineEdit *>(w))
            add(e->placeholderText());
        else if (auto *g = qobject_cast<QGroupBox *>(w))
            add(g->title());
        else if (auto *nav = qobject_cast<QListWidget *>(w); nav && nav->objectName() == u"navigation")
            for (int i = 0; i < nav->count(); ++i)
                add(nav->item(i)->text());
        else if (auto *menus = qobject_cast<QMenuBar *>(w))
            for (const QAction *a : menus->actions())
                add(a->text());
        else if (auto *h = qobject_cast<QHeaderView *>(w); h && h->model() && h->orientation() == Qt::Horizontal)
            for (int c = 0; c < h->model()->columnCount(); ++c)
                add(h->model()->headerData(c, Qt::Horizontal).toString());
    }
    return words;
}
} // namespace

// The words of `words` that are in the other language: in Chinese an English source text with a Chinese
// translation; in English the Chinese translation of another source text. (A word that is also a translation
// in the language shown, like "PR", is right.)
class LanguageCheck
{
public:
    LanguageCheck()
        : m_zh(translationPairs(testData(u"../../translations/hackdesk_zh_CN.ts"_s)))
    {
        for (auto it = m_zh.cbegin(); it != m_zh.cend(); ++it)
            m_chineseToSource.insert(it.value(), it.key());
    }
    qsizetype size() const { return m_zh.size(); }
    QStringList wrong(const QString &language, const QString &where, const QStringList &words) const
    {
        QStringList out;
        const bool english = language == u"en";
        for (const QString &word : words) {
            if (!english && m_zh.contains(word) && m_zh.value(word) != word && !m_chineseToSource.contains(word))
                out << where + u": "_s + word;
            if (english && m_chineseToSource.contains(word) && !m_zh.contains(word))
                out << where + u": "_s + word;
        }
        return out;
    }

private:
    QHash<QString, QString> m_zh;
    QHash<QString, QString> m_chineseToSource;
};

// Every page in both languages: no word of the window is left in the other language.
TEST(TranslationWalk, EveryPageSpeaksOneLanguage)
{
    const LanguageCheck check;
    ASSERT_GT(check.size(), 1000);
    TempDir dir;
    const QString path = dir.path(u"demo.sqlite"_s);
    {
        Database db(path);
        addDemoData(db);
    }
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        installTranslations(language);
        QSettings().clear();
        MainWindow window(path);
        window.resize(1024, 640);
        window.show();
        QStringList wrong;
        for (MainWindow::Page page : allPages) {
            window.showPage(page);
            QApplication::processEvents();
            wrong << check.wrong(language, MainWindow::helpSection(page), shownWords(&window));
        }
        wrong.removeDuplicates();
        EXPECT_TRUE(wrong.isEmpty()) << language.toStdString() << ": " << wrong.join(u" | "_s).toStdString();
    }
    installTranslations(u"en"_s);
}

namespace {
// Reads the words of every modal dialog that shows while `open` runs (each tab of its tab widgets, each page
// of a wizard, its title), then closes it as Cancel or Esc would.
QStringList dialogWords(const std::function<void()> &open, int *dialogs)
{
    QStringList words;
    QTimer poll;
    poll.setInterval(5);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isVisible())
            return;
        ++*dialogs;
        const auto read = [&] {
            words << dialog->windowTitle().remove(u'&').remove(u'…').trimmed();
            for (QTabWidget *tabs : dialog->findChildren<QTabWidget *>())
                for (int i = 0; i < tabs->count(); ++i) {
                    tabs->setCurrentIndex(i);
                    words << shownWords(dialog);
                }
            words << shownWords(dialog);
        };
        read();
        if (auto *wizard = qobject_cast<NewEventWizard *>(dialog)) {
            // Each page: the first wants a file for the new event.
            wizard->pathEdit()->setText(QDir::temp().filePath(u"walk-%1.sqlite"_s.arg(QCoreApplication::applicationPid())));
            for (int page = wizard->currentId(); wizard->nextId() >= 0;) {
                wizard->next();
                if (wizard->currentId() == page)
                    break;
                page = wizard->currentId();
                words << wizard->currentPage()->title() << wizard->currentPage()->subTitle();
                read();
            }
        }
        dialog->reject();
    });
    poll.start();
    open();
    poll.stop();
    words.removeAll(QString());
    return words;
}

// The window's menu action with this source text (in the context of MainWindow), as the current language
// writes it.
QAction *windowAction(MainWindow &window, const char *source)
{
    const QString text = QCoreApplication::translate("hd::MainWindow", source);
    QList<QAction *> actions = window.menuBar()->actions();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        if (actions[i]->text() == text)
            return actions[i];
        if (QMenu *menu = actions[i]->menu())
            actions << menu->actions();
    }
    return nullptr;
}
} // namespace

// Every dialog the window offers, in both languages: forms, settings, the wizard, import, sync, the prompts
// before deleting and restoring, the file dialogs' titles, help. None holds a word of the other language.
TEST(TranslationWalk, EveryDialogSpeaksOneLanguage)
{
    const LanguageCheck check;
    TempDir dir;
    const QString path = dir.path(u"demo.sqlite"_s);
    const QString backup = dir.path(u"backup.sqlite"_s);
    {
        Database db(path);
        addDemoData(db);
        db.backupTo(backup);
    }
    for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
        installTranslations(language);
        QSettings().clear();
        MainWindow window(path);
        window.show();
        const Database &db = window.session()->database();
        const auto first = [&](const QString &sql) { return SqlQuery::scalar(db, sql).toLongLong(); };
        const qint64 task = first(u"SELECT min(id) FROM task"_s);
        const qint64 person = first(u"SELECT min(participant_id) FROM claim"_s);
        const qint64 team = first(u"SELECT min(id) FROM team"_s);
        const qint64 claim = first(u"SELECT min(id) FROM claim WHERE participant_id IS NOT NULL"_s);
        const qint64 track = first(u"SELECT min(id) FROM track"_s);
        const qint64 applicant = first(u"SELECT min(id) FROM camp_application"_s);
        const qint64 camper = first(u"SELECT min(id) FROM camp_application WHERE stage = 'accepted'"_s);
        const qint64 project = window.fundable()->projects()->model()->idAt(0);
        JudgingPage *judging = window.judging();
        const qint64 judge = judging->table(JudgingPage::JudgesTab)->model()->idAt(0);
        const qint64 submission = judging->table(JudgingPage::SubmissionsTab)->model()->idAt(0);
        const auto [sheetJudge, sheetSubmission] =
            judging->assignmentAt(judging->table(JudgingPage::AssignmentsTab)->model()->idAt(0));
        auto *tracks = qobject_cast<TracksPage *>(window.page(MainWindow::Tracks));
        ASSERT_NE(tracks, nullptr);
        ASSERT_TRUE(task && person && team && claim && track && applicant && camper && project && judge &&
                    submission && sheetJudge);

        const auto trigger = [&](const char *source) {
            return [&window, source] {
                QAction *a = windowAction(window, source);
                ASSERT_NE(a, nullptr) << source;
                a->trigger();
            };
        };
        const QList<std::pair<QString, std::function<void()>>> openers = {
            {u"new event"_s, trigger("&New Event…")},
            {u"open"_s, trigger("&Open Database…")},
            {u"sync"_s, trigger("&Sync with GitHub…")},
            {u"import issue"_s, trigger("&Import Task List from Issue…")},
            {u"export issue"_s, trigger("&Export Task List as Issue Markdown…")},
            {u"export dashboard"_s, trigger("Export Dashboard and Leaderboard as &Markdown…")},
            {u"export table"_s, trigger("Export Current &Table as CSV…")},
            {u"import csv"_s, trigger("Tasks…")},
            {u"back up"_s, trigger("&Back Up…")},
            {u"restore"_s, trigger("&Restore…")},
            {u"restore prompt"_s, [&] { window.restoreFrom(backup); }},
            {u"settings"_s, trigger("&Settings…")},
            {u"token"_s, trigger("GitHub &Token…")},
            {u"language"_s, trigger("System language")},
            {u"shortcuts"_s, trigger("&Keyboard Shortcuts")},
            {u"track form"_s, [&] { tracks->addTrack(); }},
            {u"track edit"_s, [&] { tracks->editTrack(track); }},
            {u"task form"_s, [&] { window.addTask(); }},
            {u"task edit"_s, [&] { window.editTask(task); }},
            {u"task delete"_s, [&] { window.deleteTask(task); }},
            {u"participant form"_s, [&] { window.addParticipant(); }},
            {u"participant edit"_s, [&] { window.editParticipant(person); }},
            {u"participant delete"_s, [&] { window.deleteParticipant(person); }},
            {u"team form"_s, [&] { window.addTeam(); }},
            {u"team edit"_s, [&] { window.editTeam(team); }},
            {u"team delete"_s, [&] { window.deleteTeam(team); }},
            {u"claim form"_s, [&] { window.addClaim(); }},
            {u"claim edit"_s, [&] { window.editClaim(claim); }},
            {u"claim delete"_s, [&] { window.deleteClaim(claim); }},
            {u"camp application"_s, [&] { window.camp()->openApplication(applicant); }},
            {u"camp new application"_s, [&] { window.camp()->openNewApplication(); }},
            {u"camp weekly report"_s, [&] { window.camp()->openWeeklyReport(camper); }},
            {u"camp defence"_s, [&] { window.camp()->openDefence(camper); }},
            {u"fundable project"_s, [&] { window.fundable()->openProject(project); }},
            {u"judge form"_s, [&] { judging->addJudge(); }},
            {u"judge edit"_s, [&] { judging->editJudge(judge); }},
            {u"rubric"_s, [&] { judging->editRubric(); }},
            {u"submission form"_s, [&] { judging->addSubmission(); }},
            {u"submission edit"_s, [&] { judging->editSubmission(submission); }},
            {u"submission delete"_s, [&] { judging->deleteSubmission(submission); }},
            {u"assign judge"_s, [&] { judging->assignJudge(); }},
            {u"score form"_s, [&] { judging->openSheet(sheetJudge, sheetSubmission); }},
            {u"finalise"_s, [&] { judging->finaliseOrUnlock(); }},
            {u"export packet"_s, [&] { judging->exportPacket(); }},
            {u"import packet"_s, [&] { judging->importPacket(); }},
        };
        const QString before = SqlQuery::scalar(db, u"SELECT (SELECT count(*) FROM task) || ' ' || (SELECT count(*) "
                                                    u"FROM claim) || ' ' || (SELECT count(*) FROM submission)"_s)
                                   .toString();
        QStringList wrong;
        for (const auto &[where, open] : openers) {
            int dialogs = 0;
            const QStringList words = dialogWords(open, &dialogs);
            EXPECT_GT(dialogs, 0) << language.toStdString() << ": no dialog for " << where.toStdString();
            wrong << check.wrong(language, where, words);
        }
        // The guide is a window of its own.
        window.showHelp();
        wrong << check.wrong(language, u"guide"_s, shownWords(window.helpWindow()));
        wrong.removeDuplicates();
        EXPECT_TRUE(wrong.isEmpty()) << language.toStdString() << ": " << wrong.join(u" | "_s).toStdString();
        // Nothing was changed: every dialog was cancelled.
        const auto counts = [&] {
            return SqlQuery::scalar(db, u"SELECT (SELECT count(*) FROM task) || ' ' || (SELECT count(*) FROM claim) "
                                        u"|| ' ' || (SELECT count(*) FROM submission)"_s)
                .toString();
        };
        EXPECT_EQ(counts(), before);
        QSettings().remove(u"language"_s);
    }
    installTranslations(u"en"_s);
}

#include "test_dailyuse.moc"
