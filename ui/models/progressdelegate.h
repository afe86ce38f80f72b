#pragma once

#include <QStyledItemDelegate>

namespace hd {

// Draws a cell as a progress bar: its sort value in basis points (10000 = full), its text on the bar.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace hd
