#include "draw/image.h"

#include "errors.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <fstream>
#include <iterator>
#include <limits>
#include <memory>

// The one translation unit that compiles stb_image. Only decoding from memory: the file is read by us, so errors
// name it and no FILE* handling is needed.
#define STB_IMAGE_IMPLEMENTATION
#define STBI_NO_STDIO
#define STBI_FAILURE_USERMSG
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#include <stb/stb_image.h>
#pragma GCC diagnostic pop

namespace mw::core {
namespace {

constexpr long long kMaxPixels = 100'000'000;

std::uint8_t luminance(const std::uint8_t *rgb)
{
    return std::uint8_t((299 * rgb[0] + 587 * rgb[1] + 114 * rgb[2] + 500) / 1000);
}

// Median of the pixels in a frame along the edges (a few pixels thick on big pictures, so a scanner's dark edge
// line does not decide alone).
int borderMedian(const GreyImage &image)
{
    const int t = std::max(1, std::min(image.width, image.height) / 50);
    std::array<long long, 256> histogram{};
    long long count = 0;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (x < t || y < t || x >= image.width - t || y >= image.height - t) {
                ++histogram[image.at(x, y)];
                ++count;
            }
    long long seen = 0;
    for (int v = 0; v < 256; ++v) {
        seen += histogram[v];
        if (2 * seen >= count)
            return v;
    }
    return 255;
}

// For each output position along one axis: the first source index and the weights of the sources from there.
struct Tap {
    int first = 0;
    std::vector<float> weights;
};

std::vector<Tap> axisTaps(int source, int target)
{
    std::vector<Tap> taps(static_cast<std::size_t>(target));
    const double f = double(source) / target;
    for (int i = 0; i < target; ++i) {
        Tap &tap = taps[std::size_t(i)];
        if (target < source) { // shrink: the source interval [i f, (i + 1) f) averaged by coverage
            const double lo = i * f, hi = (i + 1) * f;
            tap.first = int(std::floor(lo));
            const int last = std::min(source - 1, int(std::ceil(hi)) - 1);
            for (int s = tap.first; s <= last; ++s)
                tap.weights.push_back(float((std::min(hi, s + 1.0) - std::max(lo, double(s))) / f));
        } else { // grow (or keep): bilinear between pixel centres, as torch's align_corners = false
            const double centre = std::max(0.0, (i + 0.5) * f - 0.5);
            const int s0 = std::min(source - 1, int(centre));
            const double frac = s0 == source - 1 ? 0.0 : centre - s0;
            tap.first = s0;
            tap.weights = {float(1 - frac)};
            if (frac > 0)
                tap.weights.push_back(float(frac));
        }
    }
    return taps;
}

} // namespace

GreyImage decodeImage(const std::vector<std::uint8_t> &bytes, const std::string &name)
{
    if (bytes.empty())
        throw DataError(name + ": empty file, not an image");
    if (bytes.size() > std::size_t(std::numeric_limits<int>::max()))
        throw DataError(name + ": too large for an image");
    const int length = int(bytes.size());
    int w = 0, h = 0, channels = 0;
    if (!stbi_info_from_memory(bytes.data(), length, &w, &h, &channels))
        throw DataError(name + ": not an image in a known format (PNG, JPEG, BMP, GIF, TGA, PNM): "
                        + stbi_failure_reason());
    if (w <= 0 || h <= 0 || (long long)w * h > kMaxPixels)
        throw DataError(name + ": image of " + std::to_string(w) + "x" + std::to_string(h)
                        + " pixels is too large (at most 100 megapixels)");
    const std::unique_ptr<stbi_uc, void (*)(void *)> data(stbi_load_from_memory(bytes.data(), length, &w, &h, &channels, 0),
                                                          stbi_image_free);
    if (!data)
        throw DataError(name + ": damaged image (" + stbi_failure_reason() + ")");

    GreyImage out(w, h);
    const std::size_t n = out.pixels.size();
    const stbi_uc *p = data.get();
    if (channels == 1) {
        std::copy(p, p + n, out.pixels.begin());
        return out;
    }
    if (channels == 3) {
        for (std::size_t i = 0; i < n; ++i)
            out.pixels[i] = luminance(p + 3 * i);
        return out;
    }
    // With alpha (2: grey + alpha, 4: RGBA): lay the picture on the background that contrasts with its opaque part.
    const bool rgb = channels == 4;
    auto grey = [&](std::size_t i) { return rgb ? luminance(p + 4 * i) : p[2 * i]; };
    auto alpha = [&](std::size_t i) { return rgb ? p[4 * i + 3] : p[2 * i + 1]; };
    long long sum = 0, opaque = 0;
    for (std::size_t i = 0; i < n; ++i)
        if (alpha(i) >= 128) {
            sum += grey(i);
            ++opaque;
        }
    const int background = opaque > 0 && sum / opaque >= 128 ? 0 : 255;
    for (std::size_t i = 0; i < n; ++i) {
        const int a = alpha(i);
        out.pixels[i] = std::uint8_t((grey(i) * a + background * (255 - a) + 127) / 255);
    }
    return out;
}

GreyImage readImageFile(const std::filesystem::path &path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw DataError(path.string() + ": is a folder, not an image file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError(path.string() + ": cannot read (missing or not readable)");
    const std::vector<std::uint8_t> bytes{std::istreambuf_iterator<char>(in), {}};
    return decodeImage(bytes, path.string());
}

GreyImage toInk(const GreyImage &picture, bool *inverted)
{
    GreyImage ink = picture;
    if (ink.isNull())
        return ink;
    int background = borderMedian(ink);
    const bool invert = background > 127;
    if (inverted)
        *inverted = invert;
    if (invert) {
        for (auto &v : ink.pixels)
            v = std::uint8_t(255 - v);
        background = 255 - background;
    }
    const int strongest = *std::max_element(ink.pixels.begin(), ink.pixels.end());
    if (strongest - background < 32) { // nothing stands out from the paper
        std::fill(ink.pixels.begin(), ink.pixels.end(), 0);
        return ink;
    }
    if (background == 0 && strongest == 255)
        return ink;
    const double scale = 255.0 / (strongest - background);
    for (auto &v : ink.pixels)
        v = std::uint8_t(std::clamp(int(std::lround((v - background) * scale)), 0, 255));
    return ink;
}

GreyImage resizeImage(const GreyImage &image, int w, int h)
{
    if (image.isNull() || w <= 0 || h <= 0)
        return GreyImage(std::max(w, 0), std::max(h, 0));
    if (w == image.width && h == image.height)
        return image;
    const auto xTaps = axisTaps(image.width, w);
    const auto yTaps = axisTaps(image.height, h);
    std::vector<float> rows(std::size_t(w) * image.height);
    for (int y = 0; y < image.height; ++y) {
        const std::uint8_t *src = image.pixels.data() + std::size_t(y) * image.width;
        for (int x = 0; x < w; ++x) {
            const Tap &t = xTaps[std::size_t(x)];
            float sum = 0;
            for (std::size_t k = 0; k < t.weights.size(); ++k)
                sum += t.weights[k] * src[t.first + int(k)];
            rows[std::size_t(y) * w + x] = sum;
        }
    }
    GreyImage out(w, h);
    for (int y = 0; y < h; ++y) {
        const Tap &t = yTaps[std::size_t(y)];
        for (int x = 0; x < w; ++x) {
            float sum = 0;
            for (std::size_t k = 0; k < t.weights.size(); ++k)
                sum += t.weights[k] * rows[std::size_t(t.first + int(k)) * w + x];
            out.at(x, y) = std::uint8_t(std::clamp(int(std::lround(sum)), 0, 255));
        }
    }
    return out;
}

GreyImage fitIntoSquare(const GreyImage &image, int side)
{
    GreyImage out(side, side);
    if (image.isNull() || side <= 0)
        return out;
    const int longer = std::max(image.width, image.height);
    GreyImage scaled;
    if (longer > side) {
        const double scale = double(side) / longer;
        scaled = resizeImage(image, std::clamp(int(std::lround(image.width * scale)), 1, side),
                             std::clamp(int(std::lround(image.height * scale)), 1, side));
    } else {
        // Whole factors only: each pixel becomes a k x k block, so MNIST's own 28x28 digits come back unchanged from
        // the canvas (interpolating would blur them and shift their ink across the bounding box).
        const int k = side / longer;
        scaled = GreyImage(image.width * k, image.height * k);
        for (int y = 0; y < scaled.height; ++y)
            for (int x = 0; x < scaled.width; ++x)
                scaled.at(x, y) = image.at(x / k, y / k);
    }
    const int ox = (side - scaled.width) / 2, oy = (side - scaled.height) / 2;
    for (int y = 0; y < scaled.height; ++y)
        std::copy_n(scaled.pixels.begin() + std::ptrdiff_t(y) * scaled.width, scaled.width,
                    out.pixels.begin() + std::ptrdiff_t(oy + y) * side + ox);
    return out;
}

} // namespace mw::core
