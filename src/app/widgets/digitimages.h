#pragma once

// The Draw page's pictures of a digit: the engine's grey images and model inputs as QImages, and the saliency heat.
#include "data/preview.h"
#include "draw/digitprep.h"
#include "draw/image.h"

#include <QImage>
#include <QPixmap>
#include <QRectF>

#include <vector>

namespace mw::app {

QImage toQImage(const mw::core::GreyImage &grey);
// Channel 0 of what a model sees, back in grey levels (the engine's inverse of its normalization).
QImage modelInputImage(const mw::core::InputPreview &input);
// Pixels stay visible as squares, as large as fits in box x box: students should see the 28x28 grid.
QPixmap pixelated(const QImage &image, int box);
// 28x28 saliency in [0, 1] as heat from transparent over red to yellow (ARGB).
QImage saliencyHeat(const std::vector<float> &saliency);
// Where the 28x28 field lies on a canvas of side `resolution`: back through the centring shift and the 20x20
// scaling when the digit was centred, the whole canvas when it was only scaled.
QRectF fieldOnCanvas(const mw::core::DigitSteps &steps, bool centred, int resolution);

} // namespace mw::app
