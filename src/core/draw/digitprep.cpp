#include "draw/digitprep.h"

#include <algorithm>
#include <cmath>

namespace mw::core {
namespace {

constexpr double kMassCentre = kDigitSide / 2 + 0.5;

} // namespace

DigitSteps prepareDigit(const GreyImage &ink, const PrepareOptions &options)
{
    DigitSteps steps;
    steps.digit = GreyImage(kDigitSide, kDigitSide);
    int x0 = ink.width, y0 = ink.height, x1 = -1, y1 = -1;
    for (int y = 0; y < ink.height; ++y)
        for (int x = 0; x < ink.width; ++x)
            if (ink.at(x, y) > options.inkThreshold) {
                x0 = std::min(x0, x);
                x1 = std::max(x1, x);
                y0 = std::min(y0, y);
                y1 = std::max(y1, y);
            }
    if (x1 < 0)
        return steps;
    steps.empty = false;

    steps.cropped = GreyImage(x1 - x0 + 1, y1 - y0 + 1);
    steps.cropX = x0;
    steps.cropY = y0;
    for (int y = y0; y <= y1; ++y)
        std::copy_n(ink.pixels.begin() + std::ptrdiff_t(y) * ink.width + x0, steps.cropped.width,
                    steps.cropped.pixels.begin() + std::ptrdiff_t(y - y0) * steps.cropped.width);

    const double scale = double(kFittedSide) / std::max(steps.cropped.width, steps.cropped.height);
    const int w = std::clamp(int(std::lround(steps.cropped.width * scale)), 1, kFittedSide);
    const int h = std::clamp(int(std::lround(steps.cropped.height * scale)), 1, kFittedSide);
    steps.fitted = resizeImage(steps.cropped, w, h);

    if (!options.centre) {
        steps.digit = fitIntoSquare(ink, kDigitSide);
        return steps;
    }
    // The centre of mass goes to pixel (14, 14), by whole pixels as MNIST did (a fractional shift would blur the
    // strokes), kept inside the field. With pixel centres at +0.5 that is 14.5, not the field's middle 14.0:
    // MNIST's own digits average 14.51 / 14.49, so this is where models trained on them expect the ink.
    double mass = 0, mx = 0, my = 0;
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
            const double v = steps.fitted.at(x, y);
            mass += v;
            mx += v * (x + 0.5);
            my += v * (y + 0.5);
        }
    const double cx = mass > 0 ? mx / mass : w / 2.0, cy = mass > 0 ? my / mass : h / 2.0;
    steps.offsetX = std::clamp(int(std::lround(kMassCentre - cx)), 0, kDigitSide - w);
    steps.offsetY = std::clamp(int(std::lround(kMassCentre - cy)), 0, kDigitSide - h);
    for (int y = 0; y < h; ++y)
        std::copy_n(steps.fitted.pixels.begin() + std::ptrdiff_t(y) * w, w,
                    steps.digit.pixels.begin() + std::ptrdiff_t(steps.offsetY + y) * kDigitSide + steps.offsetX);
    return steps;
}

} // namespace mw::core
