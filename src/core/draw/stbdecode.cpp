// BMP and TGA through stb_image, the one translation unit that compiles it. stb_image assumes well-formed input: a
// short file gets zeros or uninitialised memory for the pixels it lacks, and a tiny header can declare a picture of
// gigabytes. So each file is first checked, from its header, to declare a size within the limits and to hold every
// byte of the pixels it declares. Only these two loaders are compiled in: PNG and JPEG go to libpng and
// libjpeg-turbo, and stb_image's GIF, PSD, HDR and PIC loaders, with their history of fuzzing bugs, are left out.
#include "draw/decoders.h"
#include "errors.h"

#include <cstdlib>
#include <memory>

#define STB_IMAGE_IMPLEMENTATION
#define STBI_NO_STDIO // the file is read by us, so errors name it
#define STBI_FAILURE_USERMSG
#define STBI_ONLY_BMP
#define STBI_ONLY_TGA
#define STBI_MAX_DIMENSIONS 16384 // stb_image's own backstop behind kMaxImageSide
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wimplicit-fallthrough"
#pragma GCC diagnostic ignored "-Wunused-but-set-variable"
#include <stb/stb_image.h>
#pragma GCC diagnostic pop

namespace mw::core::decoders {
namespace {

static_assert(STBI_MAX_DIMENSIONS == kMaxImageSide);

// Header fields, read as stb_image reads them: zero past the end of the file.
unsigned byteAt(const std::vector<std::uint8_t> &b, std::size_t at) { return at < b.size() ? b[at] : 0; }
unsigned le16(const std::vector<std::uint8_t> &b, std::size_t at) { return byteAt(b, at) | byteAt(b, at + 1) << 8; }
unsigned long long le32(const std::vector<std::uint8_t> &b, std::size_t at)
{
    return le16(b, at) | (unsigned long long)le16(b, at + 2) << 16;
}

GreyImage load(const std::vector<std::uint8_t> &bytes, const std::string &name, const char *format)
{
    int w = 0, h = 0, channels = 0;
    const std::unique_ptr<stbi_uc, void (*)(void *)> data(
        stbi_load_from_memory(bytes.data(), int(bytes.size()), &w, &h, &channels, 0), stbi_image_free);
    if (!data)
        throw DataError(name + ": damaged image (" + format + ": " + stbi_failure_reason() + ")");
    return toGreyImage(data.get(), w, h, channels);
}

// Where a TGA's pixels end, as stb_image reads them: after the ID field and, in a colour-mapped picture, stb's skip
// of the map's first index and the map itself; raw pixels counted, run-length packets walked one by one. Where the
// packets run past the file's end, what the rest needs at least (*basis says so).
unsigned long long tgaEnd(const std::vector<std::uint8_t> &b, long long pixels, const char **basis)
{
    const unsigned long long bytesPerPixel = (byteAt(b, 16) + 7) / 8;
    unsigned long long pos = 18 + byteAt(b, 0);
    if (byteAt(b, 1) == 1)
        pos += le16(b, 3) + le16(b, 5) * ((byteAt(b, 7) + 7ull) / 8);
    if (byteAt(b, 2) < 8)
        return pos + (unsigned long long)pixels * bytesPerPixel;
    while (pixels > 0 && pos < b.size()) {
        const unsigned packet = b[pos++];
        const long long count = (packet & 0x7f) + 1;
        pos += (packet & 0x80 ? 1 : (unsigned long long)count) * bytesPerPixel;
        pixels -= count;
    }
    if (pixels > 0) {
        *basis = "run-length packets cover 128 pixels at most";
        pos += (unsigned long long)(pixels + 127) / 128 * (1 + bytesPerPixel);
    }
    return pos;
}

} // namespace

GreyImage decodeBmp(const std::vector<std::uint8_t> &bytes, const std::string &name)
{
    int w = 0, h = 0, channels = 0;
    if (!stbi_info_from_memory(bytes.data(), int(bytes.size()), &w, &h, &channels))
        throw DataError(name + ": damaged image (BMP: " + stbi_failure_reason() + ")");
    const long long width = w, height = std::llabs((long long)h); // negative: stored top row first
    checkDeclaredSize(name, "BMP", width, height);
    const unsigned bitsPerPixel = le32(bytes, 14) == 12 ? le16(bytes, 24) : le16(bytes, 28);
    if (bitsPerPixel != 1 && bitsPerPixel != 4 && bitsPerPixel != 8 && bitsPerPixel != 16 && bitsPerPixel != 24
        && bitsPerPixel != 32)
        throw DataError(name + ": damaged image (BMP: " + std::to_string(bitsPerPixel) + " bits per pixel)");
    // Rows are padded to 4 bytes and start where the file header says (stb_image reads them from there).
    const unsigned long long stride = (width * bitsPerPixel + 31) / 32 * 4;
    checkHolds(name, "BMP", width, height, le32(bytes, 10) + stride * (unsigned long long)height, bytes.size());
    return load(bytes, name, "BMP");
}

std::optional<GreyImage> decodeTga(const std::vector<std::uint8_t> &bytes, const std::string &name)
{
    int w = 0, h = 0, channels = 0;
    if (!stbi_info_from_memory(bytes.data(), int(bytes.size()), &w, &h, &channels))
        return std::nullopt;
    checkDeclaredSize(name, "TGA", w, h);
    const char *basis = nullptr;
    const unsigned long long end = tgaEnd(bytes, (long long)w * h, &basis);
    checkHolds(name, "TGA", w, h, end, bytes.size(), basis);
    return load(bytes, name, "TGA");
}

} // namespace mw::core::decoders
