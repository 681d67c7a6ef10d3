#include "draw/image.h"

#include "draw/decoders.h"
#include "errors.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <fstream>
#include <iterator>
#include <string_view>

namespace mw::core {
namespace {

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

bool startsWith(const std::vector<std::uint8_t> &bytes, std::string_view magic, std::size_t at = 0)
{
    return bytes.size() >= at + magic.size()
           && std::equal(magic.begin(), magic.end(), bytes.begin() + std::ptrdiff_t(at),
                         [](char m, std::uint8_t b) { return std::uint8_t(m) == b; });
}

// Formats people may drop that nothing here reads: named, so the message says what to do rather than "unknown".
const char *refusedFormat(const std::vector<std::uint8_t> &bytes)
{
    if (startsWith(bytes, "GIF8"))
        return "GIF";
    if (startsWith(bytes, "8BPS"))
        return "PSD";
    if (startsWith(bytes, "#?RADIANCE") || startsWith(bytes, "#?RGBE"))
        return "HDR";
    if (startsWith(bytes, std::string_view("II*\0", 4)) || startsWith(bytes, std::string_view("MM\0*", 4)))
        return "TIFF";
    if (startsWith(bytes, "RIFF") && startsWith(bytes, "WEBP", 8))
        return "WebP";
    if (bytes.size() >= 3 && bytes[0] == 'P' && std::string_view("12347").find(char(bytes[1])) != std::string_view::npos
        && std::isspace(bytes[2]))
        return "text or PAM PNM";
    return nullptr;
}

std::string pixelCount(long long pixels)
{
    return pixels % (1 << 20) == 0 ? std::to_string(pixels >> 20) + " M" : std::to_string(pixels);
}

} // namespace

namespace decoders {

void checkDeclaredSize(const std::string &name, const char *format, long long width, long long height)
{
    const std::string declared = std::string(format) + " declares " + std::to_string(width) + " x "
                                 + std::to_string(height) + " pixels";
    if (width <= 0 || height <= 0)
        throw DataError(name + ": damaged image (" + declared + ")");
    if (width > kMaxImageSide || height > kMaxImageSide)
        throw DataError(name + ": " + declared + ", over the limit of " + std::to_string(kMaxImageSide)
                        + " pixels a side");
    if (width * height > kMaxImagePixels)
        throw DataError(name + ": " + declared + " (" + std::to_string(width * height) + "), over the limit of "
                        + pixelCount(kMaxImagePixels) + " pixels in all");
}

void checkHolds(const std::string &name, const char *format, long long width, long long height, unsigned long long need,
                std::size_t have, const char *basis)
{
    if (need <= have)
        return;
    throw DataError(name + ": truncated " + format + ": its " + std::to_string(width) + " x " + std::to_string(height)
                    + " pixels need " + (basis ? "at least " : "") + std::to_string(need) + " bytes"
                    + (basis ? std::string(" (") + basis + ")" : std::string()) + ", the file has "
                    + std::to_string(have));
}

GreyImage toGreyImage(const std::uint8_t *p, int width, int height, int channels)
{
    GreyImage out(width, height);
    const std::size_t n = out.pixels.size();
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

} // namespace decoders

GreyImage decodeImage(const std::vector<std::uint8_t> &bytes, const std::string &name)
{
    using namespace decoders;
    if (bytes.empty())
        throw DataError(name + ": empty file, not an image");
    if ((long long)bytes.size() > kMaxImageFileBytes)
        throw DataError(name + ": " + std::to_string(bytes.size()) + " bytes, over the limit of "
                        + std::to_string(kMaxImageFileBytes >> 20) + " MiB for a picture file");
    // By signature, so that each format reaches only its own decoder (JPEG never reaches stb_image's).
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n"))
        return decodePng(bytes, name);
    if (startsWith(bytes, "\xff\xd8\xff"))
        return decodeJpeg(bytes, name);
    if (startsWith(bytes, "BM"))
        return decodeBmp(bytes, name);
    if (startsWith(bytes, "P5") || startsWith(bytes, "P6"))
        return decodePnm(bytes, name);
    if (const char *refused = refusedFormat(bytes))
        throw DataError(name + ": not an image in a format read here: " + refused
                        + " is not read (PNG, JPEG, BMP, TGA and binary PNM are); save it as PNG");
    if (auto tga = decodeTga(bytes, name))
        return std::move(*tga);
    throw DataError(name + ": not an image in a format read here (PNG, JPEG, BMP, TGA or binary PNM)");
}

GreyImage readImageFile(const std::filesystem::path &path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw DataError(path.string() + ": is a folder, not an image file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw DataError(path.string() + ": cannot read (missing or not readable)");
    // Before reading it all into memory: a huge file is refused by its size alone.
    const auto size = std::filesystem::file_size(path, ec);
    if (!ec && (long long)size > kMaxImageFileBytes)
        throw DataError(path.string() + ": " + std::to_string(size) + " bytes, over the limit of "
                        + std::to_string(kMaxImageFileBytes >> 20) + " MiB for a picture file");
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
