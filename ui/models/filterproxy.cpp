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
    m_column = value.isEmpty() ? -1 : column;
    m_value = value;
    invalidateFilter();
}

bool FilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_column >= 0 && sourceModel()->index(sourceRow, m_column, sourceParent).data().toString() != m_value)
        return false;
    return QSortFilterProxyModel::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace hd
