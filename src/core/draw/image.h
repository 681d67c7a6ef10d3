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

// Limits on what a picture may make us allocate, checked on its header (and against the file's size) before any
// pixel is decoded; decodeImage's DataError names the limit. The drawing board and `predict` need digit-sized
// pictures, but people drop phone photos (12 MP at 4000 x 3000, a 50 MP mode at 8160 x 6120) and long scans: the
// limits keep those and bound what one picture costs to 256 MiB of decoded RGBA plus 64 MiB of grey.
inline constexpr int kMaxImageSide = 16384;               // pixels along either side (a 16384 x 4096 strip passes)
inline constexpr long long kMaxImagePixels = 64LL << 20;  // 67,108,864 pixels in all: 8192 x 8192
inline constexpr long long kMaxImageFileBytes = 256LL << 20; // RGBA at the pixel limit, stored raw; photos are far smaller
// A progressive JPEG is decoded scan by scan and each scan walks every block of the picture: ordinary encoders write
// about 10 scans, a hostile file thousands (a CPU bomb that libjpeg-turbo's own tools cap the same way).
inline constexpr int kMaxJpegScans = 100;

// PNG (libpng) and JPEG (libjpeg-turbo), the formats people drop, through libraries that OSS-Fuzz fuzzes all the
// time; BMP and TGA through stb_image, each first checked to hold every pixel it declares; binary PNM (P5/P6, what
// scanners write: a header and raw samples) read here. GIF, PSD, HDR, TIFF and WebP are refused (save them as PNG).
// Grey or colour goes to grey by luminance; transparent pixels are laid over the background that contrasts with the
// opaque ones, so black strokes on a transparent sheet stay visible. Throws DataError naming `name` (the file) and
// the problem in one line: empty, not an image in a format read here, damaged, truncated (the file ends before its
// pixels), or over one of the limits above.
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
