#pragma once

#include <QStyledItemDelegate>

namespace mw::app {

// Paints a digit cell straight from the model's 28x28 image, scaled without smoothing so pixels stay honest,
// with its label (DisplayRole) in the lower left corner and, when the model gives one, a note in the upper right.
class DigitDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    static constexpr int CornerTextRole = Qt::UserRole + 100;

    explicit DigitDelegate(QObject *parent = nullptr);
    void setCellSize(int pixels);
    int cellSize() const { return m_cell; }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_cell = 56;
};

} // namespace mw::app
