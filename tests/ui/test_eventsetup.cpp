// Event > Settings…, the Tracks page's edits and the New Event wizard (issue 12), driven as a user would.

#include "demo/demoevent.h"
#include "dialogs/neweventwizard.h"
#include "dialogs/settingsdialog.h"
#include "dialogs/trackdialog.h"
#include "eventsession.h"
#include "eventsetupeditor.h"
#include "mainwindow.h"
#include "model/error.h"
#include "pages/trackspage.h"
#include "services/editionprofile.h"
#include "services/eventsettings.h"
#include "setupeditor.h"
#include "storage/eventrepository.h"
#include "storage/sqlquery.h"
#include "testutil.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTimer>
#include <QUndoStack>

using namespace hd;
using namespace hd::test;
using namespace Qt::StringLiterals;

namespace {

// Runs `interact` on the next top-level widget of type D that opens (a modal dialog or message box).
template <typename D> void onNextDialog(std::function<void(D *)> interact)
{
    QTimer::singleShot(0, [interact] {
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<D *>(w); d && d->isVisible()) {
                interact(d);
                if (d->isVisible())
                    d->close();
                return;
            }
        ADD_FAILURE() << "no dialog opened";
    });
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    edit->del();
    edit->insert(text); // emits textEdited, as typing does
}

// A window on an event made from a built-in profile.
class EventSetupUi : public ::testing::Test
{
protected:
    void open(const QString &edition, bool demo = false)
    {
        path = dir.path(u"e.sqlite"_s);
        {
            Database db(path);
            EditionProfile::load(edition).apply(db);
            if (demo)
                addDemoData(db);
        }
        window = std::make_unique<MainWindow>(path);
    }
    const Database &db() const { return window->session()->database(); }
    QUndoStack *undo() const { return window->session()->undoStack(); }
    QString setting(const QString &key) const { return EventSettings(db()).value(key); }
    TracksPage *tracks() const { return qobject_cast<TracksPage *>(window->page(MainWindow::Tracks)); }
    QStringList trackNames() const
    {
        QStringList out;
        for (const Track &t : EventRepository(db()).tracks())
            out << t.name;
        return out;
    }

    TempDir dir;
    QString path;
    std::unique_ptr<MainWindow> window;
};

TEST_F(EventSetupUi, SettingsAreCheckedAsTypedSavedAsOneEditAndUndone)
{
    open(u"sprint"_s);
    SettingsDialog dialog(window->session(), window->setupEditor());
    SetupEditor *form = dialog.setupEditor();
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    EXPECT_EQ(form->value(u"event.name"_s), u"Open Source Sprint 2025"_s);
    EXPECT_TRUE(ok->isEnabled());

    // Each bad value is refused by the rule `config set` uses, named in the dialog, and OK is off.
    const QList<std::pair<QString, QString>> bad = {
        {u"money.cap"_s, u"lots"_s},         {u"event.currency"_s, u"XYZ"_s}, {u"event.time-zone"_s, u"Mars/Base"_s},
        {u"event.launch"_s, u"next week"_s}, {u"event.language"_s, u"de"_s},  {u"github.pr-titles"_s, u"[Sprint]"_s},
        {u"event.name"_s, u" "_s},
    };
    for (const auto &[key, value] : bad) {
        const QString good = form->value(key);
        type(form->field(key), value);
        EXPECT_FALSE(ok->isEnabled()) << key.toStdString();
        EXPECT_FALSE(dialog.problem().isEmpty()) << key.toStdString();
        EventSetup copy = EventSettings(db()).load();
        QString expected;
        try {
            EventSettings::find(key)->write(copy, value);
        } catch (const Error &e) {
            expected = e.message();
        }
        EXPECT_FALSE(expected.isEmpty()) << key.toStdString();
        EXPECT_TRUE(dialog.problem().endsWith(expected)) << dialog.problem().toStdString();
        type(form->field(key), good);
        EXPECT_TRUE(ok->isEnabled()) << key.toStdString() << ": " << dialog.problem().toStdString();
    }

    type(form->field(u"event.name"_s), u"Berlin Sprint"_s);
    type(form->field(u"event.currency"_s), u"EUR"_s);
    type(form->field(u"event.time-zone"_s), u"Europe/Berlin"_s);
    type(form->field(u"money.cap"_s), u"250.50"_s);
    type(form->field(u"claims.keywords"_s), u"/take"_s);
    ok->click();
    EXPECT_EQ(dialog.result(), QDialog::Accepted) << dialog.problem().toStdString();
    EXPECT_EQ(setting(u"event.name"_s), u"Berlin Sprint"_s);
    EXPECT_EQ(setting(u"event.currency"_s), u"EUR"_s);
    EXPECT_EQ(setting(u"event.time-zone"_s), u"Europe/Berlin"_s);
    EXPECT_EQ(setting(u"money.cap"_s), u"250.5"_s);
    EXPECT_EQ(setting(u"claims.keywords"_s), u"/take"_s);
    EXPECT_TRUE(window->windowTitle().contains(u"Berlin Sprint"_s)) << window->windowTitle().toStdString();

    ASSERT_EQ(undo()->count(), 1);
    undo()->undo();
    EXPECT_EQ(setting(u"event.name"_s), u"Open Source Sprint 2025"_s);
    EXPECT_EQ(setting(u"event.currency"_s), u"USD"_s);
    EXPECT_EQ(setting(u"event.time-zone"_s), u"UTC"_s);
    EXPECT_EQ(setting(u"money.cap"_s), u"1000"_s);
    EXPECT_EQ(setting(u"claims.keywords"_s), u"/claim;claim"_s);
    undo()->redo();
    EXPECT_EQ(setting(u"money.cap"_s), u"250.5"_s);
    EXPECT_EQ(setting(u"claims.keywords"_s), u"/take"_s);
}

TEST_F(EventSetupUi, NothingChangedSavesNothing)
{
    open(u"paddle-6th"_s);
    SettingsDialog dialog(window->session(), window->setupEditor());
    EXPECT_TRUE(dialog.setupEditor()->changedKeys().isEmpty());
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    EXPECT_EQ(undo()->count(), 0);
}

TEST_F(EventSetupUi, TracksAreAddedEditedMovedAndRemovedUndoably)
{
    open(u"sprint"_s);
    ASSERT_NE(tracks(), nullptr);
    // Add, through the page's dialog.
    onNextDialog<TrackDialog>([](TrackDialog *d) {
        QPushButton *ok = d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        EXPECT_FALSE(ok->isEnabled()); // no name yet
        d->nameEdit()->setText(u"Docs"_s);
        d->budgetEdit()->setText(u"12.345"_s);
        EXPECT_FALSE(ok->isEnabled());
        EXPECT_TRUE(d->problem().contains(u"not an amount in USD"_s)) << d->problem().toStdString();
        d->budgetEdit()->setText(u"1200"_s);
        d->addTierRow(u"Gold"_s, u"3"_s, QString());
        d->addTierRow(u"Silver"_s, QString(), u"x"_s);
        EXPECT_FALSE(ok->isEnabled());
        d->tiers()->item(1, 2)->setText(u"99.99"_s);
        d->addDirectionRow(u"Guides"_s);
        EXPECT_TRUE(ok->isEnabled()) << d->problem().toStdString();
        ok->click();
    });
    tracks()->addTrack();
    EXPECT_EQ(trackNames(), (QStringList{u"Sprint tasks"_s, u"Docs"_s}));
    const qint64 docs = EventRepository(db()).tracks()[1].id;
    EXPECT_EQ(EventRepository(db()).tracks()[1].budgetFen, 120'000);
    ASSERT_EQ(EventRepository(db()).tiers(docs).size(), 2);
    EXPECT_EQ(EventRepository(db()).tiers(docs)[1].cashFen.value_or(0), 9999);
    EXPECT_EQ(EventRepository(db()).directions(docs).value(0).name, u"Guides"_s);

    // Rename, re-tier and re-direct it.
    onNextDialog<TrackDialog>([](TrackDialog *d) {
        d->nameEdit()->setText(u"Documentation"_s);
        d->tiers()->item(0, 1)->setText(u"4"_s);
        d->directions()->item(0, 0)->setText(u"Tutorials"_s);
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    tracks()->editTrack(docs);
    EXPECT_EQ(trackNames(), (QStringList{u"Sprint tasks"_s, u"Documentation"_s}));
    EXPECT_EQ(EventRepository(db()).tiers(docs)[0].stars.toString(), u"4"_s);
    EXPECT_EQ(EventRepository(db()).directions(docs).value(0).name, u"Tutorials"_s);

    // Reorder with the Up button.
    tracks()->selectId(docs);
    tracks()->upButton()->click();
    EXPECT_EQ(trackNames(), (QStringList{u"Documentation"_s, u"Sprint tasks"_s}));

    // Remove (the page asks first).
    onNextDialog<QMessageBox>([](QMessageBox *box) { box->button(QMessageBox::Yes)->click(); });
    tracks()->removeTrack(docs);
    EXPECT_EQ(trackNames(), (QStringList{u"Sprint tasks"_s}));

    // Undo walks it all back, redo forward again, with the same ids.
    ASSERT_EQ(undo()->count(), 4);
    undo()->undo();
    EXPECT_EQ(trackNames(), (QStringList{u"Documentation"_s, u"Sprint tasks"_s}));
    EXPECT_EQ(EventRepository(db()).tiers(docs).size(), 2);
    undo()->undo();
    EXPECT_EQ(trackNames(), (QStringList{u"Sprint tasks"_s, u"Documentation"_s}));
    undo()->undo();
    EXPECT_EQ(trackNames(), (QStringList{u"Sprint tasks"_s, u"Docs"_s}));
    EXPECT_EQ(EventRepository(db()).tiers(docs)[0].stars.toString(), u"3"_s);
    EXPECT_EQ(EventRepository(db()).directions(docs).value(0).name, u"Guides"_s);
    undo()->undo();
    EXPECT_EQ(trackNames(), (QStringList{u"Sprint tasks"_s}));
    EXPECT_EQ(SqlQuery::scalar(db(), u"SELECT count(*) FROM reward_tier"_s).toInt(), 0);
    for (int i = 0; i < 4; ++i)
        undo()->redo();
    EXPECT_EQ(trackNames(), (QStringList{u"Sprint tasks"_s}));
    undo()->undo();
    EXPECT_EQ(EventRepository(db()).track(docs).value_or(Track{}).name, u"Documentation"_s);
}

TEST_F(EventSetupUi, ATrackHoldingTasksIsNotRemovedAndTheReasonIsShown)
{
    open(u"paddle-6th"_s, true);
    const qint64 first = EventRepository(db()).tracks().first().id;
    QString shown;
    onNextDialog<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->text();
        box->accept();
    });
    tracks()->removeTrack(first);
    EXPECT_TRUE(shown.contains(u"cannot be removed: it holds 55 task"_s)) << shown.toStdString();
    EXPECT_TRUE(EventRepository(db()).track(first).has_value());
    EXPECT_EQ(undo()->count(), 0);
    // The editor refuses too, with the same rule as `track remove`.
    EXPECT_TRUE(window->setupEditor()->removeTrack(first).contains(u"cannot be removed"_s));
    EXPECT_EQ(undo()->count(), 0);
}

TEST_F(EventSetupUi, RemovingADirectionIsUndoneWithItsTasks)
{
    open(u"paddle-6th"_s, true);
    const qint64 first = EventRepository(db()).tracks().first().id;
    const Direction direction = EventRepository(db()).directions(first).first();
    const int linked =
        SqlQuery::scalar(db(), u"SELECT count(*) FROM task WHERE direction_id = ?"_s, {direction.id}).toInt();
    ASSERT_GT(linked, 0);
    TrackService::Setup setup = TrackService(db()).setup(first);
    setup.directions.removeFirst();
    ASSERT_EQ(window->setupEditor()->saveTrack(setup), QString());
    EXPECT_EQ(SqlQuery::scalar(db(), u"SELECT count(*) FROM task WHERE direction_id = ?"_s, {direction.id}).toInt(), 0);
    undo()->undo();
    EXPECT_EQ(EventRepository(db()).directions(first).first().name, direction.name);
    EXPECT_EQ(SqlQuery::scalar(db(), u"SELECT count(*) FROM task WHERE direction_id = ?"_s, {direction.id}).toInt(),
              linked);
}

TEST_F(EventSetupUi, TheWizardCreatesAnEventFromAProfile)
{
    const QString file = dir.path(u"berlin.sqlite"_s);
    NewEventWizard wizard;
    wizard.show();
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled()); // no file yet
    wizard.pathEdit()->setText(file);
    wizard.profileCombo()->setCurrentIndex(wizard.profileCombo()->findData(u"sprint"_s));
    ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled()) << wizard.problem(0).toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewEventWizard::SetupPage);
    SetupEditor *form = wizard.setupEditor();
    EXPECT_EQ(form->value(u"claims.keywords"_s), u"/claim;claim"_s); // from the profile
    type(form->field(u"event.currency"_s), u"EURO"_s);
    EXPECT_FALSE(wizard.button(QWizard::NextButton)->isEnabled());
    type(form->field(u"event.currency"_s), u"EUR"_s);
    type(form->field(u"event.name"_s), u"Berlin Open Source Week"_s);
    type(form->field(u"event.time-zone"_s), u"Europe/Berlin"_s);
    type(form->field(u"event.pr-deadline"_s), u"2026-05-29T23:59:59"_s);
    type(form->field(u"money.cap"_s), u"250"_s);
    ASSERT_TRUE(wizard.button(QWizard::NextButton)->isEnabled()) << wizard.problem(1).toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), NewEventWizard::TracksPage);
    QTableWidget *table = wizard.tracksTable();
    ASSERT_EQ(table->rowCount(), 1);
    EXPECT_EQ(table->item(0, 0)->text(), u"Sprint tasks"_s);
    wizard.addTrackRow(u"Article"_s, u"articles"_s, u"1.001"_s);
    table->item(1, 0)->setText(u"Articles"_s); // a change of the table rechecks the page
    EXPECT_FALSE(wizard.button(QWizard::FinishButton)->isEnabled());
    EXPECT_TRUE(wizard.problem(NewEventWizard::TracksPage).contains(u"Track 2"_s));
    table->item(1, 2)->setText(u"800"_s);
    ASSERT_TRUE(wizard.button(QWizard::FinishButton)->isEnabled()) << wizard.problem(2).toStdString();
    wizard.button(QWizard::FinishButton)->click();
    EXPECT_EQ(wizard.result(), QDialog::Accepted);

    Database db(file);
    EventSettings settings(db);
    EXPECT_EQ(settings.value(u"event.name"_s), u"Berlin Open Source Week"_s);
    EXPECT_EQ(settings.value(u"event.currency"_s), u"EUR"_s);
    EXPECT_EQ(settings.value(u"event.time-zone"_s), u"Europe/Berlin"_s);
    EXPECT_EQ(settings.value(u"event.pr-deadline"_s), u"2026-05-29T23:59:59+02:00"_s);
    EXPECT_EQ(settings.value(u"money.cap"_s), u"250"_s);
    EXPECT_EQ(settings.value(u"github.pr-titles"_s), u"[Sprint #{n}]"_s);
    const QList<Track> made = EventRepository(db).tracks();
    ASSERT_EQ(made.size(), 2);
    EXPECT_EQ(made[1].kind, TrackKind::Articles);
    EXPECT_EQ(made[1].budgetFen, 80'000);
}

TEST_F(EventSetupUi, TheWizardLeavesAnExistingFileAlone)
{
    const QString file = dir.path(u"taken.sqlite"_s);
    writeAll(file, "not empty");
    NewEventWizard wizard;
    wizard.pathEdit()->setText(file);
    EXPECT_TRUE(wizard.problem(NewEventWizard::ProfilePage).contains(u"already exists"_s));
    EXPECT_FALSE(wizard.createEvent().isEmpty());
    EXPECT_EQ(readAll(file), QByteArray("not empty"));
}

} // namespace
