#pragma once

#include <QStyledItemDelegate>

namespace hd {

// Draws a cell's chips (TableModel::ChipsRole): rounded labels in their colours, like the event's
// status badges, one after another.
class ChipDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hd
