#include "filterproxy.h"

#include "tablemodel.h"

namespace hd {

FilterProxy::FilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(-1);
    setSortRole(TableModel::SortRole);
    setSortLocaleAware(true);
}

void FilterProxy::setColumnFilter(int column, const QString &value)
{
    if (value.isEmpty())
        m_filters.remove(column);
    else
        m_filters.insert(column, value);
    invalidateFilter();
}

bool FilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    for (auto it = m_filters.cbegin(); it != m_filters.cend(); ++it) {
        const QModelIndex cell = sourceModel()->index(sourceRow, it.key(), sourceParent);
        if (!cell.data(TableModel::FilterKeysRole).toStringList().contains(it.value()))
            return false;
    }
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace hd
