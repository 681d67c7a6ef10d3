#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QRect;
class QWidget;

namespace mw::app {

// The formats figures can be saved in, by suffix: png, pdf, and svg where Qt SVG was found at build time.
QStringList figureFormats();
// "PNG image (*.png);;PDF (*.pdf);;..." for a save dialog.
QString figureFileFilter();

// Saves a figure by the path's suffix, drawn by `paint` at the size `widget` has on screen (at `hiddenSize` while it
// is hidden, e.g. on another tab): PNG at twice that resolution, SVG and PDF as vectors.
// Returns an empty string or the reason it failed.
QString saveFigure(QWidget *widget, const std::function<void(QPainter &, const QRect &)> &paint, const QString &path,
                   QSize hiddenSize = QSize(800, 500));

} // namespace mw::app
