// Pictures for `predict` and the drawing board (draw/image.h: PNG, JPEG, BMP, TGA, PNM), then MNIST's normalisation
// on what was decoded (draw/digitprep.h), as predict and the Draw page run it: toInk, then prepareDigit with and
// without centring.
#include "draw/digitprep.h"
#include "draw/image.h"
#include "fuzzsupport.h"

#include <vector>

namespace {

void checkImage(const mw::core::GreyImage &image, int width, int height, const char *promise)
{
    mw::fuzz::check(image.width == width && image.height == height, promise);
    mw::fuzz::check(image.pixels.size() == std::size_t(width) * std::size_t(height), "pixels match the size");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace mw::core;
    mw::fuzz::expectRefusals([&] {
        const GreyImage picture = decodeImage(std::vector<std::uint8_t>(data, data + size), "fuzz-picture");
        mw::fuzz::check(!picture.isNull(), "a decoded picture has pixels");
        checkImage(picture, picture.width, picture.height, "a decoded picture is as large as it says");
        bool inverted = false;
        const GreyImage ink = toInk(picture, &inverted);
        checkImage(ink, picture.width, picture.height, "toInk keeps the size");
        for (const bool centre : {true, false}) {
            PrepareOptions options;
            options.centre = centre;
            const DigitSteps steps = prepareDigit(ink, options);
            checkImage(steps.digit, kDigitSide, kDigitSide, "the digit is 28x28");
        }
    });
    return 0;
}
