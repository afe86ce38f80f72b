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
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);

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
        refillFilter();
        m_view->resizeColumnsToContents();
        updateButtons();
    });
    m_view->resizeColumnsToContents();
    updateButtons();
}

void TablePage::addColumnFilter(int column, const QString &allLabel)
{
    m_filterColumn = column;
    m_filter = new QComboBox(this);
    m_filter->addItem(allLabel, QString());
    m_bar->insertWidget(1, m_filter);
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setColumnFilter(m_filterColumn, m_filter->currentData().toString()); });
    refillFilter();
}

void TablePage::refillFilter()
{
    if (!m_filter)
        return;
    const QString current = m_filter->currentData().toString();
    QStringList values;
    QSet<QString> seen;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QString v = m_model->index(r, m_filterColumn).data().toString();
        if (!v.isEmpty() && !seen.contains(v)) {
            seen.insert(v);
            values << v;
        }
    }
    const QSignalBlocker block(m_filter);
    while (m_filter->count() > 1)
        m_filter->removeItem(1);
    for (const QString &v : values)
        m_filter->addItem(v, v);
    m_filter->setCurrentIndex(qMax(0, m_filter->findData(current)));
    m_proxy->setColumnFilter(m_filterColumn, m_filter->currentData().toString());
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
