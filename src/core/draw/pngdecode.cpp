// PNG through libpng, which OSS-Fuzz fuzzes continuously, with its limits set. libpng reports errors by longjmp to
// the setjmp in readPng: nothing with a destructor lives in that frame (the buffers belong to PngSession), and the
// callbacks only copy the message.
#include "draw/decoders.h"
#include "errors.h"

#include <png.h>

#include <cstdio>
#include <cstring>

namespace mw::core::decoders {
namespace {

// Deflate codes a 258-byte match in 2 bits at best: no IDAT stream holds more than 1032 times its size.
constexpr unsigned long long kDeflateMaxRatio = 1032;
// The largest non-pixel chunk libpng may buffer (text, ICC profile, EXIF; all skipped below, but read past): libpng's
// own default, made explicit. The pixel data's chunks are bounded by the declared size instead.
constexpr png_alloc_size_t kPngChunkBytes = 8'000'000;
constexpr png_uint_32 kPngCachedChunks = 128;
// Ancillary chunks that change nothing in a grey digit, skipped unread: their decompressors (zTXt, iTXt, iCCP) never
// run. PLTE and tRNS stay, they decide the pixels. Five bytes each: the name and a NUL.
constexpr char kSkippedChunks[] = "bKGD\0cHRM\0eXIf\0gAMA\0hIST\0iCCP\0iTXt\0oFFs\0pCAL\0pHYs\0sBIT\0sCAL\0sPLT\0sRGB"
                                  "\0tEXt\0tIME\0zTXt";

struct PngSession {
    png_structp png = nullptr;
    png_infop info = nullptr;
    const std::uint8_t *data = nullptr;
    std::size_t size = 0, offset = 0;
    bool truncated = false;
    char message[200] = {};
    std::vector<std::uint8_t> pixels;
    std::vector<png_bytep> rows;
    int width = 0, height = 0, channels = 0;

    ~PngSession() { png_destroy_read_struct(&png, info ? &info : nullptr, nullptr); }
};

void pngError(png_structp png, png_const_charp message)
{
    auto *s = static_cast<PngSession *>(png_get_error_ptr(png));
    std::snprintf(s->message, sizeof s->message, "%s", message);
    png_longjmp(png, 1);
}

// Warnings are about chunks we do not use (a bad CRC in one is skipped); libpng would print them to stderr.
void pngWarning(png_structp, png_const_charp) {}

void pngRead(png_structp png, png_bytep out, png_size_t length)
{
    auto *s = static_cast<PngSession *>(png_get_io_ptr(png));
    if (length > s->size - s->offset) {
        s->truncated = true;
        png_error(png, "the file ends before its pixels do");
    }
    std::memcpy(out, s->data + s->offset, length);
    s->offset += length;
}

std::uint32_t bigEndian32(const std::uint8_t *p)
{
    return std::uint32_t(p[0]) << 24 | std::uint32_t(p[1]) << 16 | std::uint32_t(p[2]) << 8 | p[3];
}

// IHDR comes first in every PNG: its declared size is checked before libpng sees the file, so the message is ours,
// and so is the check that the file can hold those pixels at deflate's best ratio.
void checkHeader(const std::vector<std::uint8_t> &bytes, const std::string &name)
{
    if (bytes.size() < 33 || std::memcmp(bytes.data() + 12, "IHDR", 4) != 0)
        return; // libpng says what is wrong
    const long long width = bigEndian32(bytes.data() + 16), height = bigEndian32(bytes.data() + 20);
    checkDeclaredSize(name, "PNG", width, height);
    const int depth = bytes[24], colourType = bytes[25];
    const int channels = colourType == 0 || colourType == 3 ? 1 : colourType == 4 ? 2 : colourType == 2 ? 3 : 4;
    if (depth > 16 || colourType > 6)
        return;
    const unsigned long long raw = (unsigned long long)height * (1 + (width * depth * channels + 7) / 8);
    checkHolds(name, "PNG", width, height, raw / kDeflateMaxRatio, bytes.size(), "deflate packs at most 1032:1");
}

// After png_read_info: 8 bits per sample, palettes and tRNS expanded to RGB(A), interlacing undone by libpng.
void setTransformations(png_structp png, png_infop info)
{
    const int depth = png_get_bit_depth(png, info), colourType = png_get_color_type(png, info);
    if (depth == 16)
        png_set_scale_16(png); // rounds v * 255 / 65535, as Qt does; strip_16 would truncate
    if (colourType == PNG_COLOR_TYPE_PALETTE)
        png_set_palette_to_rgb(png);
    if (colourType == PNG_COLOR_TYPE_GRAY && depth < 8)
        png_set_expand_gray_1_2_4_to_8(png);
    if (png_get_valid(png, info, PNG_INFO_tRNS))
        png_set_tRNS_to_alpha(png);
    png_set_interlace_handling(png);
    png_read_update_info(png, info);
}

// Returns false after libpng reported an error (the message is in s). Every libpng call is below the setjmp.
bool readPng(PngSession &s, const std::string &name)
{
    if (setjmp(png_jmpbuf(s.png)))
        return false;
    png_set_user_limits(s.png, kMaxImageSide, kMaxImageSide);
    png_set_chunk_malloc_max(s.png, kPngChunkBytes);
    png_set_chunk_cache_max(s.png, kPngCachedChunks);
    png_set_keep_unknown_chunks(s.png, PNG_HANDLE_CHUNK_NEVER, reinterpret_cast<png_const_bytep>(kSkippedChunks),
                                int(sizeof kSkippedChunks / 5));
    png_set_read_fn(s.png, &s, pngRead);
    png_read_info(s.png, s.info);
    s.width = int(png_get_image_width(s.png, s.info));
    s.height = int(png_get_image_height(s.png, s.info));
    checkDeclaredSize(name, "PNG", s.width, s.height); // libpng's limits stand behind ours; this keeps them honest
    setTransformations(s.png, s.info);
    s.channels = png_get_channels(s.png, s.info);
    if (png_get_rowbytes(s.png, s.info) != std::size_t(s.width) * std::size_t(s.channels))
        throw DataError(name + ": damaged image (PNG: unexpected row size after expanding to 8 bits)");
    s.pixels.resize(std::size_t(s.width) * std::size_t(s.channels) * std::size_t(s.height));
    s.rows.resize(std::size_t(s.height));
    for (std::size_t y = 0; y < s.rows.size(); ++y)
        s.rows[y] = s.pixels.data() + y * std::size_t(s.width) * std::size_t(s.channels);
    png_read_image(s.png, s.rows.data());
    png_read_end(s.png, nullptr); // checks the last chunk's CRC and zlib's checksum of the pixels
    return true;
}

} // namespace

GreyImage decodePng(const std::vector<std::uint8_t> &bytes, const std::string &name)
{
    checkHeader(bytes, name);
    PngSession s;
    s.data = bytes.data();
    s.size = bytes.size();
    s.png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &s, pngError, pngWarning);
    if (s.png)
        s.info = png_create_info_struct(s.png);
    if (!s.png || !s.info)
        throw DataError(name + ": cannot decode (libpng could not start: out of memory)");
    if (!readPng(s, name))
        throw DataError(name + (s.truncated ? ": truncated PNG (" : ": damaged image (PNG: ") + s.message + ")");
    return toGreyImage(s.pixels.data(), s.width, s.height, s.channels);
}

} // namespace mw::core::decoders
