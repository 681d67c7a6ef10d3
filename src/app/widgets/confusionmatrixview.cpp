#include "widgets/confusionmatrixview.h"

#include <QHelpEvent>
#include <QEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace mw::app {
namespace {

QColor blend(const QColor &from, const QColor &to, double t)
{
    t = std::clamp(t, 0.0, 1.0);
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * t),
                            float(from.greenF() + (to.greenF() - from.greenF()) * t),
                            float(from.blueF() + (to.blueF() - from.blueF()) * t));
}

} // namespace

ConfusionMatrixView::ConfusionMatrixView(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void ConfusionMatrixView::setMatrix(const Matrix &matrix)
{
    m_matrix = matrix;
    m_hasMatrix = true;
    m_selTrue = m_selPredicted = -1;
    update();
}

void ConfusionMatrixView::clear(const QString &why)
{
    m_matrix = {};
    m_hasMatrix = false;
    m_why = why;
    m_selTrue = m_selPredicted = -1;
    update();
}

void ConfusionMatrixView::selectCell(int trueDigit, int predicted)
{
    const bool valid = trueDigit >= 0 && trueDigit < 10 && predicted >= 0 && predicted < 10;
    m_selTrue = valid ? trueDigit : -1;
    m_selPredicted = valid ? predicted : -1;
    update();
}

QSize ConfusionMatrixView::sizeHint() const { return {360, 360}; }
QSize ConfusionMatrixView::minimumSizeHint() const { return {200, 200}; }

ConfusionMatrixView::Layout ConfusionMatrixView::layoutFor(const QRectF &target, const QFontMetricsF &metrics) const
{
    // Room for the axis titles and the digit labels on the left and at the top.
    const double margin = metrics.height() * 2.4;
    const double side = std::max(10.0, std::min(target.width() - margin - 4, target.height() - margin - 4));
    Layout layout;
    layout.cell = side / 10;
    layout.grid = QRectF(target.left() + margin, target.top() + margin, side, side);
    return layout;
}

QRect ConfusionMatrixView::cellRect(int trueDigit, int predicted) const
{
    const Layout l = layoutFor(rect(), QFontMetricsF(font()));
    return QRectF(l.grid.left() + predicted * l.cell, l.grid.top() + trueDigit * l.cell, l.cell, l.cell).toRect();
}

QPair<int, int> ConfusionMatrixView::cellAt(const QPointF &pos) const
{
    const Layout l = layoutFor(rect(), QFontMetricsF(font()));
    if (!m_hasMatrix || !l.grid.contains(pos))
        return {-1, -1};
    const int predicted = std::clamp(int((pos.x() - l.grid.left()) / l.cell), 0, 9);
    const int trueDigit = std::clamp(int((pos.y() - l.grid.top()) / l.cell), 0, 9);
    return {trueDigit, predicted};
}

void ConfusionMatrixView::paint(QPainter &painter, const QRect &target) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(target, palette().base());
    QFont font = this->font();
    painter.setFont(font);
    const Layout l = layoutFor(target, QFontMetricsF(font, painter.device()));
    const QColor text = palette().color(QPalette::Text);

    if (!m_hasMatrix) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(target, Qt::AlignCenter | Qt::TextWordWrap,
                         m_why.isEmpty() ? tr("Select a run to see its confusion matrix") : m_why);
        painter.restore();
        return;
    }

    int largestError = 0;
    std::array<int, 10> rowSums{};
    for (int t = 0; t < 10; ++t) {
        rowSums[t] = std::accumulate(m_matrix[t].begin(), m_matrix[t].end(), 0);
        for (int p = 0; p < 10; ++p)
            if (p != t)
                largestError = std::max(largestError, m_matrix[t][p]);
    }

    // Empty cells are the background, in a dark theme too; shades run from it to green (right) or red (wrong).
    const QColor white(255, 255, 255), right(26, 110, 60), wrong(200, 30, 30);
    const QColor empty = palette().color(QPalette::Base), gridLine = blend(empty, text, 0.15);
    QFont cellFont = font;
    cellFont.setPixelSize(std::max(7, int(l.cell * 0.28)));
    painter.setFont(cellFont);
    for (int t = 0; t < 10; ++t) {
        for (int p = 0; p < 10; ++p) {
            const QRectF cell(l.grid.left() + p * l.cell, l.grid.top() + t * l.cell, l.cell, l.cell);
            const int count = m_matrix[t][p];
            double shade = 0;
            if (t == p)
                shade = rowSums[t] > 0 ? 0.25 + 0.75 * double(count) / rowSums[t] : 0;
            else if (count > 0)
                shade = 0.15 + 0.85 * std::sqrt(double(count) / largestError);
            const QColor fill = blend(empty, t == p ? right : wrong, shade);
            painter.fillRect(cell, fill);
            painter.setPen(gridLine);
            painter.drawRect(cell);
            if (count > 0 || t == p) {
                painter.setPen(fill.lightnessF() < 0.55 ? white : QColor(30, 30, 30));
                painter.drawText(cell, Qt::AlignCenter, QString::number(count));
            }
        }
    }
    if (m_selTrue >= 0) {
        const QRectF cell(l.grid.left() + m_selPredicted * l.cell, l.grid.top() + m_selTrue * l.cell, l.cell, l.cell);
        painter.setPen(QPen(palette().color(QPalette::Highlight), std::max(2.0, l.cell / 14)));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cell.adjusted(1, 1, -1, -1));
    }

    painter.setFont(font);
    painter.setPen(text);
    const QFontMetricsF metrics(font, painter.device());
    const double labelBand = metrics.height() * 1.2;
    for (int d = 0; d < 10; ++d) {
        painter.drawText(QRectF(l.grid.left() + d * l.cell, l.grid.top() - labelBand, l.cell, labelBand),
                         Qt::AlignCenter, QString::number(d));
        painter.drawText(QRectF(l.grid.left() - labelBand, l.grid.top() + d * l.cell, labelBand, l.cell),
                         Qt::AlignCenter, QString::number(d));
    }
    QFont bold = font;
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(l.grid.left(), target.top(), l.grid.width(), l.grid.top() - labelBand - target.top()),
                     Qt::AlignCenter, tr("Predicted digit"));
    painter.save();
    painter.translate(target.left(), l.grid.bottom());
    painter.rotate(-90);
    painter.drawText(QRectF(0, 0, l.grid.height(), l.grid.left() - labelBand - target.left()), Qt::AlignCenter,
                     tr("True digit"));
    painter.restore();
    painter.restore();
}

void ConfusionMatrixView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update(); // the axis titles are worded as they are painted
    QWidget::changeEvent(event);
}

void ConfusionMatrixView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paint(painter, rect());
    if (hasFocus() && m_hasMatrix) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        painter.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void ConfusionMatrixView::mousePressEvent(QMouseEvent *event)
{
    const auto [t, p] = cellAt(event->position());
    if (t < 0 || event->button() != Qt::LeftButton)
        return QWidget::mousePressEvent(event);
    selectCell(t, p);
    Q_EMIT cellClicked(t, p);
}

void ConfusionMatrixView::mouseMoveEvent(QMouseEvent *event)
{
    setCursor(cellAt(event->position()).first >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
    QWidget::mouseMoveEvent(event);
}

void ConfusionMatrixView::keyPressEvent(QKeyEvent *event)
{
    if (!m_hasMatrix)
        return QWidget::keyPressEvent(event);
    int t = std::max(0, m_selTrue), p = std::max(0, m_selPredicted);
    switch (event->key()) {
    case Qt::Key_Left: p = std::max(0, p - 1); break;
    case Qt::Key_Right: p = std::min(9, p + 1); break;
    case Qt::Key_Up: t = std::max(0, t - 1); break;
    case Qt::Key_Down: t = std::min(9, t + 1); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        selectCell(t, p);
        Q_EMIT cellClicked(t, p);
        return;
    default: return QWidget::keyPressEvent(event);
    }
    selectCell(t, p);
    Q_EMIT cellClicked(t, p);
}

bool ConfusionMatrixView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const auto [t, p] = cellAt(help->pos());
        if (t < 0)
            return QWidget::event(event);
        const int row = std::accumulate(m_matrix[t].begin(), m_matrix[t].end(), 0);
        const int count = m_matrix[t][p];
        const double share = row > 0 ? 100.0 * count / row : 0;
        const QString tip = t == p ? tr("%1 of %2 test digits %3 classified right (%4 %)")
                                         .arg(count).arg(row).arg(t).arg(share, 0, 'f', 2)
                                   : tr("%1 test digits %2 taken for %3 (%4 % of the %2s); click to see them")
                                         .arg(count).arg(t).arg(p).arg(share, 0, 'f', 2);
        QToolTip::showText(help->globalPos(), tip, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace mw::app
