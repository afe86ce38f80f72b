#include "tablepage.h"

#include "models/filterproxy.h"
#include "models/tablemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace hd {

TablePage::TablePage(TableModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new FilterProxy(this))
    , m_view(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_bar(new QHBoxLayout)
    , m_add(new QPushButton(tr("&Add…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
{
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    model->addView(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns fit the first rows (not all of ten thousand), and only once: an edit or a sync reloads the
    // model, and the widths people set stay.
    m_view->horizontalHeader()->setResizeContentsPrecision(200);

    m_search->setPlaceholderText(tr("Search…"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    m_bar->addWidget(m_search, 1);
    m_bar->addWidget(m_add);
    m_bar->addWidget(m_edit);
    m_bar->addWidget(m_delete);
    for (QPushButton *b : {m_add, m_edit, m_delete})
        b->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_bar);
    layout->addWidget(m_view, 1);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TablePage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, [this] {
        refillFilters();
        fitColumnsOnce();
        updateButtons();
    });
    fitColumnsOnce();
    updateButtons();
}

void TablePage::fitColumnsOnce()
{
    if (m_fitted || m_proxy->rowCount() == 0)
        return;
    m_view->resizeColumnsToContents();
    m_fitted = true;
}

QComboBox *TablePage::addColumnFilter(int column, const QString &allLabel, const QStringList &values)
{
    auto *combo = new QComboBox(this);
    combo->addItem(allLabel, QString());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_bar->insertWidget(int(m_filters.size()) + 1, combo);
    m_filters.append({column, combo, values});
    connect(combo, &QComboBox::currentIndexChanged, this,
            [this, column, combo] { m_proxy->setColumnFilter(column, combo->currentData().toString()); });
    refillFilters();
    return combo;
}

void TablePage::refillFilters()
{
    for (const auto &[column, combo, fixedValues] : m_filters) {
        const QString current = combo->currentData().toString();
        QStringList values = fixedValues;
        QSet<QString> seen(values.cbegin(), values.cend());
        for (int r = 0; fixedValues.isEmpty() && r < m_model->rowCount(); ++r)
            for (const QString &v : m_model->index(r, column).data(TableModel::FilterKeysRole).toStringList())
                if (!v.isEmpty() && !seen.contains(v)) {
                    seen.insert(v);
                    values << v;
                }
        const QSignalBlocker block(combo);
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const QString &v : values)
            combo->addItem(v, v);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
        m_proxy->setColumnFilter(column, combo->currentData().toString());
    }
}

void TablePage::setActions(std::function<void()> add, std::function<void(qint64)> edit,
                           std::function<void(qint64)> remove)
{
    m_add->show();
    m_edit->show();
    m_delete->show();
    connect(m_add, &QPushButton::clicked, this, [add] { add(); });
    connect(m_edit, &QPushButton::clicked, this, [this, edit] {
        if (const qint64 id = selectedId())
            edit(id);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this, edit] {
        if (const qint64 id = selectedId())
            edit(id);
    });
    connect(m_delete, &QPushButton::clicked, this, [this, remove] {
        if (const qint64 id = selectedId())
            remove(id);
    });
    m_delete->setShortcut(QKeySequence::Delete);
    updateButtons();
}

void TablePage::addToBar(QWidget *widget)
{
    m_bar->insertWidget(m_bar->indexOf(m_add), widget);
}

void TablePage::addFooter(QWidget *widget)
{
    layout()->addWidget(widget);
}

qint64 TablePage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(TableModel::IdRole).toLongLong();
}

void TablePage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
}

void TablePage::updateButtons()
{
    const bool selected = selectedId() != 0;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

} // namespace hd
