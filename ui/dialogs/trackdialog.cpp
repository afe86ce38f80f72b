#include "trackdialog.h"

#include "model/error.h"
#include "services/eventsettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
constexpr int IdRole = Qt::UserRole;

QString cell(const QTableWidget *t, int row, int column)
{
    const QTableWidgetItem *item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}
} // namespace

TrackDialog::TrackDialog(const TrackService::Setup &setup, const Currency &currency, QWidget *parent)
    : FormDialog(setup.track.id ? tr("Edit track %1").arg(setup.track.name) : tr("New track"), parent)
    , m_original(setup)
    , m_currency(currency)
    , m_name(new QLineEdit(setup.track.name, this))
    , m_kind(new QComboBox(this))
    , m_budget(new QLineEdit(amountText(setup.track.budgetFen, currency), this))
    , m_quota(new QLineEdit(QString::number(setup.track.quota), this))
    , m_quotaStars(new QLineEdit(setup.track.quotaStars.toString(), this))
    , m_threshold(new QLineEdit(QString::number(setup.track.thresholdPercent), this))
    , m_monthsRule(new QCheckBox(tr("Months beyond three raise the grade"), this))
    , m_issue(new QLineEdit(setup.issue, this))
{
    for (const TrackKind kind : {TrackKind::Tasks, TrackKind::Camp, TrackKind::Articles, TrackKind::Fundable})
        m_kind->addItem(trackKindName(kind), int(kind));
    m_kind->setCurrentIndex(m_kind->findData(int(setup.track.kind)));
    m_kind->setEnabled(!setup.track.id); // a track's tasks and rules follow its kind
    m_monthsRule->setChecked(setup.track.monthsRule);
    m_issue->setPlaceholderText(u"owner/name#number"_s);
    m_name->setObjectName(u"name"_s);
    m_budget->setObjectName(u"budget"_s);

    form()->addRow(tr("&Name:"), m_name);
    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Budget (%1):").arg(currency.code), m_budget);
    form()->addRow(tr("Articles: stage-1 &quota:"), m_quota);
    form()->addRow(tr("Articles: &stars per slot:"), m_quotaStars);
    form()->addRow(tr("Fundable: payout &threshold (%):"), m_threshold);
    form()->addRow(tr("Camp:"), m_monthsRule);
    form()->addRow(tr("GitHub &issue:"), m_issue);
    m_tiers = table({tr("Reward tier"), tr("Stars"), tr("Cash (%1)").arg(currency.code)}, tr("Add &Tier"));
    form()->addRow(tr("Reward tiers:"), m_tiers->parentWidget());
    for (const RewardTier &t : setup.tiers) {
        addTierRow(t.name, t.cashFen ? QString() : t.stars.toString(),
                   t.cashFen ? amountText(*t.cashFen, currency) : QString());
        m_tiers->item(m_tiers->rowCount() - 1, 0)->setData(IdRole, t.id);
    }
    m_directions = table({tr("Direction")}, tr("Add &Direction"));
    form()->addRow(tr("Directions:"), m_directions->parentWidget());
    for (const Direction &d : setup.directions) {
        addDirectionRow(d.name);
        m_directions->item(m_directions->rowCount() - 1, 0)->setData(IdRole, d.id);
    }

    setValidator([this]() -> QString {
        try {
            this->setup();
        } catch (const Error &e) {
            return e.message();
        }
        return {};
    });
    for (QLineEdit *e : {m_name, m_budget, m_quota, m_quotaStars, m_threshold, m_issue})
        connect(e, &QLineEdit::textChanged, this, &FormDialog::revalidate);
    connect(m_tiers, &QTableWidget::itemChanged, this, &FormDialog::revalidate);
    connect(m_directions, &QTableWidget::itemChanged, this, &FormDialog::revalidate);
    revalidate();
}

QTableWidget *TrackDialog::table(const QStringList &headers, const QString &addText)
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *t = new QTableWidget(0, int(headers.size()), box);
    t->setHorizontalHeaderLabels(headers);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    t->setMinimumHeight(110);
    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(addText, box);
    auto *remove = new QPushButton(tr("Remove"), box);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addWidget(t);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, t] {
        t->insertRow(t->rowCount());
        for (int c = 0; c < t->columnCount(); ++c)
            t->setItem(t->rowCount() - 1, c, new QTableWidgetItem);
        t->setCurrentCell(t->rowCount() - 1, 0);
        t->editItem(t->item(t->rowCount() - 1, 0));
        revalidate();
    });
    connect(remove, &QPushButton::clicked, this, [this, t] {
        if (t->currentRow() >= 0)
            t->removeRow(t->currentRow());
        revalidate();
    });
    return t;
}

void TrackDialog::addTierRow(const QString &name, const QString &stars, const QString &cash)
{
    const int row = m_tiers->rowCount();
    m_tiers->insertRow(row);
    m_tiers->setItem(row, 0, new QTableWidgetItem(name));
    m_tiers->setItem(row, 1, new QTableWidgetItem(stars));
    m_tiers->setItem(row, 2, new QTableWidgetItem(cash));
}

void TrackDialog::addDirectionRow(const QString &name)
{
    const int row = m_directions->rowCount();
    m_directions->insertRow(row);
    m_directions->setItem(row, 0, new QTableWidgetItem(name));
}

TrackService::Setup TrackDialog::setup() const
{
    TrackService::Setup s = m_original;
    s.track.kind = static_cast<TrackKind>(m_kind->currentData().toInt());
    TrackService::setField(s.track, m_currency, u"name"_s, m_name->text());
    TrackService::setField(s.track, m_currency, u"budget"_s, m_budget->text());
    TrackService::setField(s.track, m_currency, u"quota"_s, m_quota->text());
    TrackService::setField(s.track, m_currency, u"quota-stars"_s, m_quotaStars->text());
    TrackService::setField(s.track, m_currency, u"threshold-percent"_s, m_threshold->text());
    s.track.monthsRule = m_monthsRule->isChecked();
    EventSettings::checkIssueRef(m_issue->text());
    s.issue = m_issue->text().trimmed();
    s.tiers.clear();
    for (int row = 0; row < m_tiers->rowCount(); ++row) {
        RewardTier tier =
            TrackService::parseTier(m_currency, cell(m_tiers, row, 0), cell(m_tiers, row, 1), cell(m_tiers, row, 2));
        tier.id = m_tiers->item(row, 0) ? m_tiers->item(row, 0)->data(IdRole).toLongLong() : 0;
        tier.trackId = s.track.id;
        s.tiers.append(tier);
    }
    s.directions.clear();
    for (int row = 0; row < m_directions->rowCount(); ++row) {
        const QString name = cell(m_directions, row, 0);
        if (name.isEmpty())
            throw Error(tr("Direction %1 needs a name.").arg(row + 1));
        Direction d;
        d.id = m_directions->item(row, 0) ? m_directions->item(row, 0)->data(IdRole).toLongLong() : 0;
        d.trackId = s.track.id;
        d.name = name;
        s.directions.append(d);
    }
    return s;
}

} // namespace hd
