#include "widgets/probabilitybars.h"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace mw::app {

ProbabilityBars::ProbabilityBars(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    setCursor(Qt::PointingHandCursor);
}

void ProbabilityBars::setTitle(const QString &title, const QString &subtitle)
{
    m_title = title;
    m_subtitle = subtitle;
    setToolTip(subtitle.isEmpty() ? title : title + QLatin1Char('\n') + subtitle);
    update();
}

void ProbabilityBars::setProbabilities(const std::array<float, 10> &probabilities)
{
    m_probabilities = probabilities;
    m_digit = int(std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin());
    m_note.clear();
    update();
}

void ProbabilityBars::clearPrediction(const QString &note)
{
    m_probabilities.fill(0);
    m_digit = -1;
    m_note = note;
    update();
}

void ProbabilityBars::setSelected(bool selected)
{
    m_selected = selected;
    update();
}

void ProbabilityBars::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        Q_EMIT clicked();
}

void ProbabilityBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor accent = pal.color(QPalette::Highlight);
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    p.setPen(QPen(m_selected ? accent : pal.color(QPalette::Mid), m_selected ? 3 : 1));
    p.setBrush(pal.color(QPalette::Base));
    p.drawRoundedRect(frame, 6, 6);

    const qreal pad = 8;
    qreal y = frame.top() + pad;
    QFont font = this->font();
    font.setBold(true);
    p.setFont(font);
    p.setPen(pal.color(QPalette::Text));
    const QFontMetricsF bold(font);
    const qreal innerWidth = frame.width() - 2 * pad;
    p.drawText(QRectF(frame.left() + pad, y, innerWidth, bold.height()), Qt::AlignLeft | Qt::AlignVCenter,
               bold.elidedText(m_title, Qt::ElideMiddle, innerWidth));
    y += bold.height();
    p.setFont(this->font());
    const QFontMetricsF normal(this->font());
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawText(QRectF(frame.left() + pad, y, innerWidth, normal.height()), Qt::AlignLeft | Qt::AlignVCenter,
               normal.elidedText(m_subtitle, Qt::ElideRight, innerWidth));
    y += normal.height() + 2;

    // The answer, large enough to read from the back of a classroom.
    QFont big = this->font();
    big.setPixelSize(std::clamp(int(frame.height() * 0.17), 28, 72));
    big.setBold(true);
    const QFontMetricsF bigMetrics(big);
    const QRectF answer(frame.left() + pad, y, innerWidth, bigMetrics.height());
    p.setFont(big);
    if (m_digit >= 0) {
        p.setPen(accent);
        p.drawText(answer, Qt::AlignLeft | Qt::AlignVCenter, QString::number(m_digit));
        QFont pct = this->font();
        pct.setPixelSize(std::max(12, big.pixelSize() / 3));
        p.setFont(pct);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(answer, Qt::AlignRight | Qt::AlignVCenter,
                   QStringLiteral("%1%").arg(100.0 * m_probabilities[std::size_t(m_digit)], 0, 'f', 1));
    } else {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(answer, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("–"));
        if (!m_note.isEmpty()) {
            p.setFont(this->font());
            p.drawText(answer.adjusted(bigMetrics.horizontalAdvance(QStringLiteral("– ")), 0, 0, 0),
                       Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_note);
        }
    }
    y += bigMetrics.height() + 4;

    // One row per digit: label, bar, percentage.
    p.setFont(this->font());
    const qreal rowHeight = std::max<qreal>(normal.height(), (frame.bottom() - pad - y) / 10);
    const qreal labelWidth = normal.horizontalAdvance(QStringLiteral("0")) + 6;
    const qreal pctWidth = normal.horizontalAdvance(QStringLiteral("100.0%")) + 4;
    const qreal barLeft = frame.left() + pad + labelWidth;
    const qreal barWidth = std::max<qreal>(10, innerWidth - labelWidth - pctWidth);
    for (int d = 0; d < 10; ++d) {
        const QRectF row(frame.left() + pad, y + d * rowHeight, innerWidth, rowHeight);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(QRectF(row.left(), row.top(), labelWidth, row.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   QString::number(d));
        const QRectF track(barLeft, row.top() + row.height() * 0.2, barWidth, row.height() * 0.6);
        p.setPen(Qt::NoPen);
        p.setBrush(pal.color(QPalette::AlternateBase));
        p.drawRect(track);
        if (m_digit >= 0) {
            const float v = m_probabilities[std::size_t(d)];
            QColor bar = d == m_digit ? accent : pal.color(QPalette::Mid);
            p.setBrush(bar);
            p.drawRect(QRectF(track.left(), track.top(), track.width() * std::clamp(v, 0.f, 1.f), track.height()));
            p.setPen(pal.color(QPalette::Text));
            p.drawText(QRectF(barLeft + barWidth, row.top(), pctWidth, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                       QStringLiteral("%1%").arg(100.0 * v, 0, 'f', v >= 0.995f ? 0 : 1));
        }
    }
}

} // namespace mw::app
