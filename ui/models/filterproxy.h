#pragma once

#include <QHash>
#include <QSortFilterProxyModel>

namespace hd {

// Search over every column, plus an optional exact match on one column (a filter combo).
class FilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FilterProxy(QObject *parent = nullptr);
    // Keeps rows whose `column` has `value` among its filter keys; an empty value removes the filter.
    void setColumnFilter(int column, const QString &value);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QHash<int, QString> m_filters;
};

} // namespace hd
