#pragma once

#include "draw/image.h"

#include <QImage>
#include <QPolygonF>
#include <QWidget>

#include <vector>

namespace mw::app {

// A square sheet to draw a digit on with a thick round brush, light ink on black like MNIST. The ink is kept at a
// fixed resolution (kResolution square) whatever the widget's size. Left button (or pen, or touch) draws, right
// button clears; a picture file dropped onto it is announced with fileDropped (the page decodes it).
class DrawingCanvas : public QWidget {
    Q_OBJECT
public:
    static constexpr int kResolution = 280;

    explicit DrawingCanvas(QWidget *parent = nullptr);

    // The ink as the engine takes it: kResolution x kResolution, 0 background, 255 full ink.
    mw::core::GreyImage ink() const;
    bool isEmpty() const { return m_strokes.empty() && m_picture.isNull(); }
    int strokeCount() const { return int(m_strokes.size()); }

    int brushSize() const { return m_brush; } // in canvas pixels (of kResolution)
    void setBrushSize(int pixels);

    // Canvas coordinates (0..kResolution) to the widget's, e.g. to drive it with mouse events.
    QPointF toWidget(const QPointF &canvasPos) const;
    // A stroke in canvas coordinates, as the mouse would draw it; for replays and tests.
    void addStroke(const QPolygonF &points);
    // Shows a picture (already converted to ink) fitted into the sheet; strokes drawn afterwards go on top of it.
    void setPicture(const mw::core::GreyImage &ink);
    // A translucent image laid over `target` (canvas coordinates), e.g. a saliency map; a null image removes it.
    void setOverlay(const QImage &overlay, const QRectF &target);

    QSize sizeHint() const override { return {560, 560}; }
    QSize minimumSizeHint() const override { return {280, 280}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

public Q_SLOTS:
    void clear();
    void undo(); // the last stroke; then the picture

Q_SIGNALS:
    void changed(); // the ink changed: while a stroke is drawn, on every move
    void fileDropped(const QString &path);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void retranslate();
    struct Stroke {
        QPolygonF points;
        qreal width;
    };
    QRectF sheet() const; // where the square sheet lies in the widget
    QPointF toCanvas(const QPointF &widgetPos) const;
    void render(); // everything again (after undo / clear / a picture)
    void paintStroke(const Stroke &stroke, int from); // its segments ending at point `from` and later, into m_ink

    QImage m_ink;     // Grayscale8, kResolution square
    QImage m_picture; // a dropped picture, already fitted; null when none
    std::vector<Stroke> m_strokes;
    bool m_drawing = false;
    int m_brush = 28; // MNIST's strokes are about 3 of a digit's 20 pixels; a digit here is about 200 tall
    QPointF m_hover{-1, -1}; // brush outline under the mouse, in canvas coordinates
    QImage m_overlay;
    QRectF m_overlayTarget;
};

} // namespace mw::app
