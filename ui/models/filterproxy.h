#pragma once

#include <QSortFilterProxyModel>

namespace hd {

// Search over every column, plus an optional exact match on one column (a filter combo).
class FilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit FilterProxy(QObject *parent = nullptr);
    void setColumnFilter(int column, const QString &value); // empty value = no filter

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_column = -1;
    QString m_value;
};

} // namespace hd
