// A working day with the window: the user guide and F1, Keyboard Shortcuts, Ctrl+F, the tables' context
// menus and Ctrl+C.
#include "demo/demoevent.h"
#include "dialogs/taskdialog.h"
#include "eventsession.h"
#include "help/helpwindow.h"
#include "judging/judgingpage.h"
#include "mainwindow.h"
#include "models/eventtables.h"
#include "models/filterproxy.h"
#include "pages/payoutspage.h"
#include "pages/tablepage.h"
#include "reports/reports.h"
#include "storage/database.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"
#include "storage/taskrepository.h"
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
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
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

// Every page in both languages: no word of the window is left in the other language. In Chinese a text that
// is an English source text with a Chinese translation is a miss; in English a text that is the Chinese
// translation of another source text is one.
TEST(TranslationWalk, EveryPageSpeaksOneLanguage)
{
    const QHash<QString, QString> zh = translationPairs(testData(u"../../translations/hackdesk_zh_CN.ts"_s));
    ASSERT_GT(zh.size(), 1000);
    QHash<QString, QString> chineseToSource;
    for (auto it = zh.cbegin(); it != zh.cend(); ++it)
        chineseToSource.insert(it.value(), it.key());
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
            for (const QString &word : shownWords(&window)) {
                const bool english = language == u"en";
                // (A word that is also a translation in the language shown, like "PR", is right.)
                if (!english && zh.contains(word) && zh.value(word) != word && !chineseToSource.contains(word))
                    wrong << MainWindow::helpSection(page) + u": "_s + word;
                if (english && chineseToSource.contains(word) && !zh.contains(word))
                    wrong << MainWindow::helpSection(page) + u": "_s + word;
            }
        }
        wrong.removeDuplicates();
        EXPECT_TRUE(wrong.isEmpty()) << language.toStdString() << ": " << wrong.join(u" | "_s).toStdString();
    }
    installTranslations(u"en"_s);
}

#include "test_dailyuse.moc"
