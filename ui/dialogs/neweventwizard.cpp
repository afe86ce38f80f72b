#include "neweventwizard.h"

#include "model/error.h"
#include "services/trackservice.h"
#include "setupeditor.h"
#include "storage/database.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
constexpr int SourceRole = Qt::UserRole; // the row's track in the loaded profile, -1 for a new one

// A wizard page that can be left only when `problem` says nothing; the reason shows on the page.
class CheckedPage : public QWizardPage
{
public:
    CheckedPage(std::function<QString()> problem, QLabel *label)
        : m_problem(std::move(problem))
        , m_label(label)
    {}
    bool isComplete() const override { return m_problem().isEmpty(); }
    void recheck()
    {
        m_label->setText(m_problem());
        emit completeChanged();
    }

private:
    std::function<QString()> m_problem;
    QLabel *m_label;
};

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(u"problem"_s);
    label->setStyleSheet(u"color: palette(highlight); font-weight: bold;"_s);
    return label;
}

TrackKind kindOf(const QTableWidget *t, int row)
{
    const auto *combo = qobject_cast<const QComboBox *>(t->cellWidget(row, 1));
    return combo ? static_cast<TrackKind>(combo->currentData().toInt()) : TrackKind::Tasks;
}
} // namespace

NewEventWizard::NewEventWizard(QWidget *parent)
    : QWizard(parent)
{
    setWindowTitle(tr("New event"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(ProfilePage, profilePage());
    setPage(SetupPage, setupPage());
    setPage(TracksPage, tracksPage());
    loadProfile();
}

QWizardPage *NewEventWizard::profilePage()
{
    auto *label = problemLabel(this);
    auto *page = new CheckedPage([this] { return problem(ProfilePage); }, label);
    page->setTitle(tr("Database and profile"));
    page->setSubTitle(tr("Where the event is kept, and the edition profile it starts from: a built-in one or a "
                         "profile file written by \"hackdesk export-edition\"."));
    m_path = new QLineEdit(page);
    m_path->setObjectName(u"path"_s);
    auto *browse = new QPushButton(tr("&Browse…"), page);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path);
    pathRow->addWidget(browse);
    m_profile = new QComboBox(page);
    for (const QString &name : EditionProfile::builtInNames()) {
        QString title = name;
        try {
            title = u"%1 — %2"_s.arg(name, EditionProfile::load(name).setup.event.name);
        } catch (const Error &) {
        }
        m_profile->addItem(title, name);
    }
    m_profile->addItem(tr("From a file…"), QString());
    m_profile->setCurrentIndex(qMax(0, m_profile->findData(u"blank"_s)));
    m_profileFile = new QLineEdit(page);
    m_profileFile->setPlaceholderText(tr("profile.json"));
    auto *browseProfile = new QPushButton(tr("B&rowse…"), page);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_profileFile);
    fileRow->addWidget(browseProfile);
    auto *form = new QFormLayout;
    form->addRow(tr("&Database file:"), pathRow);
    form->addRow(tr("&Profile:"), m_profile);
    form->addRow(tr("Profile &file:"), fileRow);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(label);
    layout->addStretch();

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString p = QFileDialog::getSaveFileName(this, tr("New event database"), m_path->text(),
                                                       tr("HackDesk databases (*.sqlite *.db)"));
        if (!p.isEmpty())
            m_path->setText(QFileInfo(p).suffix().isEmpty() ? p + u".sqlite"_s : p);
    });
    connect(browseProfile, &QPushButton::clicked, this, [this] {
        const QString p =
            QFileDialog::getOpenFileName(this, tr("Edition profile"), QString(), tr("Edition profiles (*.json)"));
        if (!p.isEmpty()) {
            m_profile->setCurrentIndex(m_profile->count() - 1);
            m_profileFile->setText(p);
        }
    });
    auto changed = [this, page] {
        m_profileFile->setEnabled(m_profile->currentData().toString().isEmpty());
        loadProfile();
        page->recheck();
    };
    connect(m_path, &QLineEdit::textChanged, page, &CheckedPage::recheck);
    connect(m_profile, &QComboBox::currentIndexChanged, this, changed);
    connect(m_profileFile, &QLineEdit::textChanged, this, changed);
    m_profileFile->setEnabled(false);
    m_problems << label;
    return page;
}

QWizardPage *NewEventWizard::setupPage()
{
    auto *label = problemLabel(this);
    auto *page = new CheckedPage([this] { return problem(SetupPage); }, label);
    page->setTitle(tr("Identity, money, time zone and deadlines"));
    page->setSubTitle(tr("The same settings as Event > Settings… and \"hackdesk config set\"; all can be changed "
                         "later."));
    m_setup = new SetupEditor(EventSetup{}, page);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_setup);
    layout->addWidget(label);
    connect(m_setup, &SetupEditor::edited, page, &CheckedPage::recheck);
    m_problems << label;
    return page;
}

QWizardPage *NewEventWizard::tracksPage()
{
    auto *label = problemLabel(this);
    auto *page = new CheckedPage([this] { return problem(TracksPage); }, label);
    page->setTitle(tr("Tracks"));
    page->setSubTitle(tr("The event's tracks in order. Reward tiers, directions and issues come from the profile "
                         "and are edited on the Tracks page."));
    m_tracks = new QTableWidget(0, 3, page);
    m_tracks->setHorizontalHeaderLabels({tr("Name"), tr("Kind"), tr("Budget")});
    m_tracks->horizontalHeader()->setStretchLastSection(true);
    m_tracks->verticalHeader()->hide();
    auto *add = new QPushButton(tr("&Add Track"), page);
    auto *remove = new QPushButton(tr("&Remove Track"), page);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_tracks);
    layout->addLayout(buttons);
    layout->addWidget(label);
    connect(add, &QPushButton::clicked, this, [this, page] {
        addTrackRow(tr("New track"), u"tasks"_s, u"0"_s);
        page->recheck();
    });
    connect(remove, &QPushButton::clicked, this, [this, page] {
        if (m_tracks->currentRow() >= 0)
            m_tracks->removeRow(m_tracks->currentRow());
        page->recheck();
    });
    connect(m_tracks, &QTableWidget::itemChanged, page, &CheckedPage::recheck);
    m_problems << label;
    return page;
}

void NewEventWizard::addTrackRow(const QString &name, const QString &kind, const QString &budget)
{
    const int row = m_tracks->rowCount();
    const QSignalBlocker block(m_tracks);
    m_tracks->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(SourceRole, -1);
    m_tracks->setItem(row, 0, nameItem);
    auto *combo = new QComboBox(m_tracks);
    for (const TrackKind k : {TrackKind::Tasks, TrackKind::Camp, TrackKind::Articles, TrackKind::Fundable})
        combo->addItem(trackKindName(k), int(k));
    combo->setCurrentIndex(qMax(0, combo->findData(int(trackKindFromKey(kind).value_or(TrackKind::Tasks)))));
    m_tracks->setCellWidget(row, 1, combo);
    m_tracks->setItem(row, 2, new QTableWidgetItem(budget));
}

QString NewEventWizard::path() const
{
    return m_path->text().trimmed();
}

EditionProfile NewEventWizard::chosenProfile() const
{
    const QString name = m_profile->currentData().toString();
    if (name.isEmpty() && m_profileFile->text().trimmed().isEmpty())
        throw Error(tr("Choose a profile file."));
    return EditionProfile::load(name.isEmpty() ? m_profileFile->text().trimmed() : name);
}

void NewEventWizard::loadProfile()
{
    const QString from = m_profile->currentData().toString() + u'|' + m_profileFile->text().trimmed();
    if (from == m_loadedFrom || !m_setup)
        return;
    try {
        m_loaded = chosenProfile();
    } catch (const Error &) {
        return; // the first page says why
    }
    m_loadedFrom = from;
    m_setup->setBase(m_loaded.setup);
    const Currency c = Currency::of(m_loaded.setup.event.currency);
    m_tracks->setRowCount(0);
    for (int i = 0; i < m_loaded.tracks.size(); ++i) {
        const Track &t = m_loaded.tracks[i].track;
        addTrackRow(t.name, trackKindKey(t.kind), amountText(t.budgetFen, c));
        m_tracks->item(i, 0)->setData(SourceRole, i);
    }
}

EditionProfile NewEventWizard::profile() const
{
    EditionProfile p = m_loaded;
    if (const QString problem = m_setup->problem(); !problem.isEmpty())
        throw Error(problem);
    p.setup = m_setup->result();
    const Currency c = Currency::of(p.setup.event.currency);
    p.tracks.clear();
    for (int row = 0; row < m_tracks->rowCount(); ++row) {
        const int source = m_tracks->item(row, 0)->data(SourceRole).toInt();
        EditionProfile::TrackSetup t = source >= 0 ? m_loaded.tracks.value(source) : EditionProfile::TrackSetup{};
        t.track.kind = kindOf(m_tracks, row);
        try {
            TrackService::setField(t.track, c, u"name"_s, m_tracks->item(row, 0)->text());
            TrackService::setField(t.track, c, u"budget"_s,
                                   m_tracks->item(row, 2) ? m_tracks->item(row, 2)->text() : QString());
        } catch (const Error &e) {
            throw Error(tr("Track %1: %2").arg(row + 1).arg(e.message()));
        }
        p.tracks.append(t);
    }
    // Read back as a profile file would be: the same checks as `init --edition`.
    return EditionProfile::read(p.write());
}

QString NewEventWizard::problem(int page) const
{
    try {
        if (page == ProfilePage) {
            if (path().isEmpty())
                return tr("Choose the database file.");
            if (QFileInfo::exists(path()) && QFileInfo(path()).size() > 0)
                return tr("%1 already exists; choose a new file name.").arg(path());
            chosenProfile();
        } else if (page == SetupPage) {
            return m_setup->problem();
        } else {
            profile();
        }
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

QString NewEventWizard::createEvent() const
{
    for (const int page : {ProfilePage, SetupPage, TracksPage})
        if (const QString why = problem(page); !why.isEmpty())
            return why;
    const bool existed = QFileInfo::exists(path());
    try {
        const EditionProfile p = profile();
        Database db(path());
        Transaction tx(db);
        p.apply(db); // as `init --edition` does
        tx.commit();
    } catch (const Error &e) {
        if (!existed)
            QFile::remove(path());
        return e.message();
    }
    return {};
}

void NewEventWizard::accept()
{
    if (const QString error = createEvent(); !error.isEmpty()) {
        m_problems.value(currentId())->setText(error);
        return;
    }
    QWizard::accept();
}

} // namespace hd
