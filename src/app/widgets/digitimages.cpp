#include "widgets/digitimages.h"

#include <QColor>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace mw::app {

QImage toQImage(const mw::core::GreyImage &grey)
{
    QImage image(grey.width, grey.height, QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height; ++y)
        std::memcpy(image.scanLine(y), grey.pixels.data() + std::size_t(y) * grey.width, std::size_t(grey.width));
    return image;
}

QImage modelInputImage(const mw::core::InputPreview &input)
{
    const std::vector<std::uint8_t> grey = mw::core::greyLevels(input);
    QImage view(input.size, input.size, QImage::Format_Grayscale8);
    for (int y = 0; y < input.size; ++y)
        std::memcpy(view.scanLine(y), grey.data() + std::size_t(y) * std::size_t(input.size), std::size_t(input.size));
    return view;
}

QPixmap pixelated(const QImage &image, int box)
{
    if (image.isNull())
        return {};
    const int scale = std::max(1, box / std::max(image.width(), image.height()));
    return QPixmap::fromImage(image.scaled(image.size() * scale, Qt::KeepAspectRatio, Qt::FastTransformation));
}

QImage saliencyHeat(const std::vector<float> &saliency)
{
    // Gradients are never exactly zero, so the weakest sixth is left out: otherwise the whole field glows and the
    // pixels that matter do not stand out.
    QImage heat(28, 28, QImage::Format_ARGB32);
    for (int y = 0; y < 28; ++y)
        for (int x = 0; x < 28; ++x) {
            const float s = std::clamp((saliency[std::size_t(y) * 28 + x] - 0.15f) / 0.85f, 0.f, 1.f);
            heat.setPixelColor(x, y, QColor(255, int(230 * s), 0, int(210 * std::pow(s, 0.7f))));
        }
    return heat;
}

QRectF fieldOnCanvas(const mw::core::DigitSteps &steps, bool centred, int resolution)
{
    if (!centred || steps.cropped.isNull())
        return QRectF(0, 0, resolution, resolution);
    const double sx = double(steps.fitted.width) / steps.cropped.width;
    const double sy = double(steps.fitted.height) / steps.cropped.height;
    return QRectF(steps.cropX - steps.offsetX / sx, steps.cropY - steps.offsetY / sy, 28 / sx, 28 / sy);
}

} // namespace mw::app
