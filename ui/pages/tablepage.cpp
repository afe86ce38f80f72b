#include "tablepage.h"

#include "models/filterproxy.h"
#include "models/tablemodel.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QPushButton>
#include <QSet>
#include <QTableView>
#include <QUrl>
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
    , m_copy(new QAction(tr("&Copy"), this))
{
    m_proxy->setSourceModel(model);
    m_view->setModel(m_proxy);
    model->addView(m_view);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
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

    // Ctrl+C copies the selected cells; the context menu holds what applies to the selected rows.
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_copy);
    connect(m_copy, &QAction::triggered, this, [this] { QGuiApplication::clipboard()->setText(selectionAsText()); });
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const std::unique_ptr<QMenu> menu = contextMenu();
        menu->exec(m_view->viewport()->mapToGlobal(pos));
    });

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
    m_editAction = new QAction(tr("&Edit…"), this);
    m_deleteAction = new QAction(tr("&Delete"), this);
    connect(m_editAction, &QAction::triggered, m_edit, &QPushButton::click);
    connect(m_deleteAction, &QAction::triggered, m_delete, &QPushButton::click);
    updateButtons();
}

QAction *TablePage::addRowAction(const QString &text, std::function<void(const QList<qint64> &)> run)
{
    auto *action = new QAction(text, this);
    action->setShortcutContext(Qt::WidgetShortcut);
    m_view->insertAction(m_copy, action);
    connect(action, &QAction::triggered, this, [this, run] {
        if (const QList<qint64> ids = selectedIds(); !ids.isEmpty())
            run(ids);
    });
    return action;
}

void TablePage::addLoginActions(int column)
{
    const auto logins = [this, column] {
        QStringList found;
        for (const QString &text : selectedTexts(column))
            if (text.startsWith(u'@'))
                found << text.mid(1);
        return found;
    };
    addRowAction(tr("Copy &Login"),
                 [logins](const QList<qint64> &) { QGuiApplication::clipboard()->setText(logins().join(u'\n')); });
    addRowAction(tr("Open Profile on &GitHub"), [logins](const QList<qint64> &) {
        for (const QString &login : logins())
            QDesktopServices::openUrl(QUrl(u"https://github.com/"_s + login));
    });
}

std::unique_ptr<QMenu> TablePage::contextMenu()
{
    auto menu = std::make_unique<QMenu>(this);
    const bool selected = !selectedIds().isEmpty();
    // The page's own actions on rows (added to the view), then editing, then Copy.
    for (QAction *a : m_view->actions()) {
        if (a == m_copy)
            continue;
        // Pages that manage an action's state themselves (disabled for a stage) keep it.
        if (!selected)
            a->setEnabled(false);
        else if (a->parent() == this)
            a->setEnabled(true);
        menu->addAction(a);
    }
    if (m_editAction && m_edit->isVisible()) {
        menu->addSeparator();
        m_editAction->setEnabled(m_edit->isEnabled());
        m_deleteAction->setEnabled(m_delete->isEnabled());
        menu->addAction(m_editAction);
        menu->addAction(m_deleteAction);
    }
    menu->addSeparator();
    m_copy->setEnabled(m_view->selectionModel()->hasSelection());
    menu->addAction(m_copy);
    return menu;
}

QList<qint64> TablePage::selectedIds() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<qint64> ids;
    for (const QModelIndex &index : std::as_const(rows))
        if (const qint64 id = index.data(TableModel::IdRole).toLongLong())
            ids << id;
    return ids;
}

QStringList TablePage::selectedTexts(int column) const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(column);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList texts;
    for (const QModelIndex &index : std::as_const(rows))
        texts << index.data().toString();
    return texts;
}

QString TablePage::selectionAsText() const
{
    // The selected cells by row and by the columns' visual order; a cell's own tabs and line breaks become
    // spaces, so that the text pastes as the same grid.
    QMap<int, QMap<int, QString>> grid;
    const QHeaderView *header = m_view->horizontalHeader();
    for (const QModelIndex &index : m_view->selectionModel()->selectedIndexes())
        if (!m_view->isColumnHidden(index.column()))
            grid[index.row()][header->visualIndex(index.column())] =
                index.data().toString().replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
    QStringList lines;
    for (const QMap<int, QString> &row : std::as_const(grid))
        lines << QStringList(row.values()).join(u'\t');
    return lines.join(u'\n');
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
    const bool selected = selectedIds().size() == 1;
    m_edit->setEnabled(selected);
    m_delete->setEnabled(selected);
}

} // namespace hd
