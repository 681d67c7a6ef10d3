#include "widgets/drawingcanvas.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cstring>

namespace mw::app {
namespace {

QImage toQImage(const mw::core::GreyImage &grey)
{
    QImage image(grey.width, grey.height, QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height; ++y)
        std::memcpy(image.scanLine(y), grey.pixels.data() + std::size_t(y) * grey.width, std::size_t(grey.width));
    return image;
}

QString localFile(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            return url.toLocalFile();
    return {};
}

} // namespace

DrawingCanvas::DrawingCanvas(QWidget *parent) : QWidget(parent)
{
    m_ink = QImage(kResolution, kResolution, QImage::Format_Grayscale8);
    m_ink.fill(0);
    setAcceptDrops(true);
    setMouseTracking(true); // the brush outline follows the mouse
    setCursor(Qt::CrossCursor);
    setFocusPolicy(Qt::StrongFocus);
    QSizePolicy policy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    retranslate();
}

void DrawingCanvas::retranslate()
{
    setToolTip(tr("Draw a digit (left button, pen or finger). Right-click or Esc clears, Ctrl+Z undoes a stroke. "
                  "Drop a picture file here to classify it."));
}

void DrawingCanvas::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        update(); // the empty canvas's hint
    }
    QWidget::changeEvent(event);
}

mw::core::GreyImage DrawingCanvas::ink() const
{
    mw::core::GreyImage out(kResolution, kResolution);
    for (int y = 0; y < kResolution; ++y)
        std::memcpy(out.pixels.data() + std::size_t(y) * kResolution, m_ink.constScanLine(y), kResolution);
    return out;
}

void DrawingCanvas::setBrushSize(int pixels) { m_brush = std::clamp(pixels, 2, kResolution / 4); update(); }

void DrawingCanvas::addStroke(const QPolygonF &points)
{
    if (points.isEmpty())
        return;
    m_strokes.push_back({points, qreal(m_brush)});
    paintStroke(m_strokes.back(), 0);
    update();
    Q_EMIT changed();
}

void DrawingCanvas::setPicture(const mw::core::GreyImage &ink)
{
    m_picture = toQImage(mw::core::fitIntoSquare(ink, kResolution));
    m_strokes.clear();
    m_drawing = false;
    render();
    Q_EMIT changed();
}

void DrawingCanvas::setOverlay(const QImage &overlay, const QRectF &target)
{
    m_overlay = overlay;
    m_overlayTarget = target;
    update();
}

void DrawingCanvas::clear()
{
    const bool wasEmpty = isEmpty();
    m_strokes.clear();
    m_picture = QImage();
    m_overlay = QImage();
    m_drawing = false;
    render();
    if (!wasEmpty)
        Q_EMIT changed();
}

void DrawingCanvas::undo()
{
    if (!m_strokes.empty())
        m_strokes.pop_back();
    else if (!m_picture.isNull())
        m_picture = QImage();
    else
        return;
    m_drawing = false;
    render();
    Q_EMIT changed();
}

void DrawingCanvas::render()
{
    m_ink.fill(0);
    if (!m_picture.isNull()) {
        QPainter p(&m_ink);
        p.drawImage(0, 0, m_picture);
    }
    for (const Stroke &stroke : m_strokes)
        paintStroke(stroke, 0);
    update();
}

void DrawingCanvas::paintStroke(const Stroke &stroke, int from)
{
    QPainter p(&m_ink);
    p.setRenderHint(QPainter::Antialiasing);
    if (stroke.points.size() == 1) { // a dot
        p.setPen(Qt::NoPen);
        p.setBrush(Qt::white);
        p.drawEllipse(stroke.points.front(), stroke.width / 2, stroke.width / 2);
        return;
    }
    // Round caps and joins: the look of a felt pen, which is what NIST's writers used.
    p.setPen(QPen(Qt::white, stroke.width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    // Segment by segment, whether the stroke is being drawn or drawn again after an undo, so both give the same ink.
    for (int i = std::max(1, from); i < stroke.points.size(); ++i)
        p.drawLine(stroke.points[i - 1], stroke.points[i]);
}

QRectF DrawingCanvas::sheet() const
{
    const qreal side = std::min(width(), height()) - 2;
    return {(width() - side) / 2, (height() - side) / 2, side, side};
}

QPointF DrawingCanvas::toCanvas(const QPointF &widgetPos) const
{
    const QRectF s = sheet();
    return (widgetPos - s.topLeft()) * (kResolution / s.width());
}

QPointF DrawingCanvas::toWidget(const QPointF &canvasPos) const
{
    const QRectF s = sheet();
    return s.topLeft() + canvasPos * (s.width() / kResolution);
}

void DrawingCanvas::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QRectF s = sheet();
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.drawImage(s, m_ink);
    if (!m_overlay.isNull()) {
        const qreal k = s.width() / kResolution;
        const QRectF target(s.topLeft() + m_overlayTarget.topLeft() * k, m_overlayTarget.size() * k);
        p.drawImage(target, m_overlay);
    }
    p.setRenderHint(QPainter::Antialiasing);
    if (isEmpty()) {
        p.setPen(QColor(150, 150, 150));
        p.drawText(s, Qt::AlignCenter | Qt::TextWordWrap, tr("Draw a digit here\nor drop a picture file"));
    }
    if (m_hover.x() >= 0) {
        const qreal k = s.width() / kResolution;
        p.setPen(QPen(QColor(255, 160, 0, 200), 1));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(s.topLeft() + m_hover * k, m_brush * k / 2, m_brush * k / 2);
    }
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRect(s.adjusted(-0.5, -0.5, 0.5, 0.5));
}

void DrawingCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::RightButton) {
        clear();
        return;
    }
    if (event->button() != Qt::LeftButton)
        return;
    m_drawing = true;
    m_strokes.push_back({QPolygonF{toCanvas(event->position())}, qreal(m_brush)});
    paintStroke(m_strokes.back(), 0);
    update();
    Q_EMIT changed();
}

void DrawingCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = toCanvas(event->position());
    m_hover = pos;
    if (m_drawing && (event->buttons() & Qt::LeftButton) && !m_strokes.empty()) {
        Stroke &stroke = m_strokes.back();
        if (QLineF(stroke.points.back(), pos).length() >= 0.5) {
            stroke.points.append(pos);
            paintStroke(stroke, int(stroke.points.size()) - 1);
            Q_EMIT changed();
        }
    }
    update();
}

void DrawingCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        m_drawing = false;
}

void DrawingCanvas::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape)
        clear();
    else if (event->matches(QKeySequence::Undo))
        undo();
    else
        QWidget::keyPressEvent(event);
}

void DrawingCanvas::leaveEvent(QEvent *)
{
    m_hover = {-1, -1};
    update();
}

void DrawingCanvas::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void DrawingCanvas::dropEvent(QDropEvent *event)
{
    const QString file = localFile(event->mimeData());
    if (file.isEmpty())
        return;
    event->acceptProposedAction();
    Q_EMIT fileDropped(file);
}

} // namespace mw::app
