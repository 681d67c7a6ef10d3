#pragma once

// Grey pictures of any size for the drawing board and `predict`, without LibTorch or Qt.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace mw::core {

// Row-major, one byte per pixel. As "ink" (what toInk returns and MNIST stores): 0 is the background, 255 full ink.
struct GreyImage {
    int width = 0, height = 0;
    std::vector<std::uint8_t> pixels;

    GreyImage() = default;
    GreyImage(int w, int h, std::uint8_t fill = 0) : width(w), height(h), pixels(std::size_t(w) * h, fill) {}
    bool isNull() const { return width <= 0 || height <= 0; }
    std::uint8_t at(int x, int y) const { return pixels[std::size_t(y) * width + x]; }
    std::uint8_t &at(int x, int y) { return pixels[std::size_t(y) * width + x]; }
};

// Anything stb_image reads (PNG, JPEG, BMP, GIF, TGA, PNM, PSD, HDR), grey or colour, to grey by luminance.
// Transparent pixels are laid over the background that contrasts with the opaque ones, so black strokes on a
// transparent sheet stay visible. Throws DataError naming `name` (the file) and the problem: empty, not an image,
// damaged, or too large (over 100 megapixels).
GreyImage decodeImage(const std::vector<std::uint8_t> &bytes, const std::string &name);
GreyImage readImageFile(const std::filesystem::path &path);

// MNIST is light ink on a dark background. A picture whose border is mostly light (paper, a scan, a drawing
// program's white sheet) is taken as dark ink on light and inverted. Then the background (the border's median) goes
// to 0 and the strongest ink to 255, so photos with grey paper look like MNIST too. A picture without contrast
// (blank paper) gives an all-zero image.
GreyImage toInk(const GreyImage &picture, bool *inverted = nullptr);

// Resamples to w x h: area averaging where it shrinks (every source pixel counts, as anti-aliasing), bilinear with
// pixel centres (align_corners = false) where it grows.
GreyImage resizeImage(const GreyImage &image, int w, int h);

// The image placed in a side x side square, centred on a zero background, keeping its aspect ratio: a larger one is
// shrunk to fit (area averaging), a smaller one grown by the largest whole factor that fits (pixel replication).
GreyImage fitIntoSquare(const GreyImage &image, int side);

} // namespace mw::core
