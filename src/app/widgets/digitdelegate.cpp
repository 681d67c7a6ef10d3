#include "widgets/digitdelegate.h"

#include "widgets/digitlistmodel.h"

#include <QPainter>

namespace mw::app {

DigitDelegate::DigitDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

void DigitDelegate::setCellSize(int pixels) { m_cell = pixels; }

void DigitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QRect cell = option.rect.adjusted(2, 2, -2, -2);
    if (option.state & QStyle::State_Selected)
        painter->fillRect(option.rect, option.palette.highlight());
    painter->drawImage(cell, index.data(DigitListModel::ImageRole).value<QImage>());
    QFont font = option.font;
    font.setPixelSize(std::max(9, m_cell / 5));
    painter->setFont(font);
    painter->setPen(QColor(255, 200, 0));
    painter->drawText(cell.adjusted(2, 0, 0, 0), Qt::AlignLeft | Qt::AlignBottom, index.data(Qt::DisplayRole).toString());
    const QString corner = index.data(CornerTextRole).toString();
    if (!corner.isEmpty()) {
        font.setPixelSize(std::max(8, m_cell / 6));
        painter->setFont(font);
        painter->setPen(QColor(120, 200, 255));
        painter->drawText(cell.adjusted(0, 0, -1, 0), Qt::AlignRight | Qt::AlignTop, corner);
    }
}

QSize DigitDelegate::sizeHint(const QStyleOptionViewItem &, const QModelIndex &) const { return {m_cell, m_cell}; }

} // namespace mw::app
