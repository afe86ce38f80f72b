#include "chipdelegate.h"

#include "tablemodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace hd {

namespace {
constexpr int padding = 6;
constexpr int gap = 4;
} // namespace

void ChipDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList chips = index.data(TableModel::ChipsRole).toList();
    if (chips.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(option.font);
    const int height = fm.height() + 4;
    int x = option.rect.left() + gap;
    const int y = option.rect.top() + (option.rect.height() - height) / 2;
    for (const QVariant &v : chips) {
        const QVariantMap chip = v.toMap();
        const QString text = chip.value(u"text"_s).toString();
        const QColor colour(chip.value(u"colour"_s).toString());
        const int width = fm.horizontalAdvance(text) + 2 * padding;
        if (x + width > option.rect.right())
            break;
        const QRect r(x, y, width, height);
        painter->setPen(Qt::NoPen);
        painter->setBrush(colour);
        painter->drawRoundedRect(r, height / 2.0, height / 2.0);
        // Dark text on light badges, light on dark ones.
        painter->setPen(colour.lightness() > 150 ? QColor(Qt::black) : QColor(Qt::white));
        painter->drawText(r, Qt::AlignCenter, text);
        x += width + gap;
    }
    painter->restore();
}

QSize ChipDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QVariantList chips = index.data(TableModel::ChipsRole).toList();
    if (chips.isEmpty())
        return QStyledItemDelegate::sizeHint(option, index);
    const QFontMetrics fm(option.font);
    int width = gap;
    for (const QVariant &v : chips)
        width += fm.horizontalAdvance(v.toMap().value(u"text"_s).toString()) + 2 * padding + gap;
    return {width, fm.height() + 8};
}

} // namespace hd
