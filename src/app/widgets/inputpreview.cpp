#include "widgets/inputpreview.h"

#include <QEvent>
#include <QPainter>

namespace mw::app {
namespace {

int toByte(float v) { return std::clamp(int((v + 1.0f) * 127.5f + 0.5f), 0, 255); } // [-1, 1] -> [0, 255]

} // namespace

InputPreview::InputPreview(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
}

void InputPreview::clear()
{
    m_original = {};
    m_input = {};
    m_tiles = {};
    update();
}

void InputPreview::setDigit(const QImage &original, const mw::core::InputPreview &input)
{
    m_original = original.copy();
    m_input = input;
    const int s = input.size;
    for (auto &tile : m_tiles)
        tile = QImage(s, s, QImage::Format_RGB32);
    for (int y = 0; y < s; ++y)
        for (int x = 0; x < s; ++x) {
            const int r = toByte(input.at(0, y, x)), g = toByte(input.at(1, y, x)), b = toByte(input.at(2, y, x));
            m_tiles[0].setPixel(x, y, qRgb(r, 0, 0));
            m_tiles[1].setPixel(x, y, qRgb(0, g, 0));
            m_tiles[2].setPixel(x, y, qRgb(0, 0, b));
            m_tiles[3].setPixel(x, y, qRgb(r, g, b));
        }
    update();
}

void InputPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update(); // the captions are worded as they are painted
    QWidget::changeEvent(event);
}

QSize InputPreview::sizeHint() const { return {5 * 120, 170}; }
QSize InputPreview::minimumSizeHint() const { return {5 * 64, 120}; }

void InputPreview::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    if (m_original.isNull()) {
        p.drawText(rect(), Qt::AlignCenter, tr("Select a digit to see what the network sees."));
        return;
    }
    const int captionHeight = 2 * fontMetrics().height() + 4;
    const int gap = 8;
    const int side = std::max(16, std::min((width() - 4 * gap) / 5, height() - captionHeight));
    auto range = [&](int channel) {
        float lo = 1e9f, hi = -1e9f;
        const int n = m_input.size * m_input.size;
        for (int i = 0; i < n; ++i) {
            const float v = m_input.values[std::size_t(channel) * n + i];
            lo = std::min(lo, v);
            hi = std::max(hi, v);
        }
        return QStringLiteral("[%1, %2]").arg(lo, 0, 'f', 3).arg(hi, 0, 'f', 3);
    };
    const QString sizeText = QStringLiteral("%1x%1").arg(m_input.size);
    const QString captions[5] = {
        tr("Stored 28x28 uint8\n[0, 255]"),
        tr("R %1\n%2").arg(sizeText, range(0)),
        tr("G %1\n%2").arg(sizeText, range(1)),
        tr("B %1\n%2").arg(sizeText, range(2)),
        tr("Input %1x3\n[%2, %3]").arg(sizeText).arg(m_input.min, 0, 'f', 3).arg(m_input.max, 0, 'f', 3),
    };
    for (int i = 0; i < 5; ++i) {
        const QRect tile(i * (side + gap), 0, side, side);
        p.drawImage(tile, i == 0 ? m_original : m_tiles[std::size_t(i - 1)]);
        p.setPen(palette().color(QPalette::Mid));
        p.drawRect(tile.adjusted(0, 0, -1, -1));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(tile.left() - gap / 2, side + 2, side + gap, captionHeight), Qt::AlignHCenter | Qt::AlignTop,
                   captions[i]);
    }
}

} // namespace mw::app
