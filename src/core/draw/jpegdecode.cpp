// JPEG through libjpeg-turbo, which OSS-Fuzz fuzzes continuously. Its errors longjmp to the setjmp in readJpeg:
// nothing with a destructor lives in that frame (the buffers belong to JpegSession). libjpeg goes on after a
// warning about the data ("premature end of data", "bad Huffman code") and fills what is missing with grey; here
// such a warning is an error, so a truncated JPEG never yields pixels its file did not hold.
#include "draw/decoders.h"
#include "errors.h"

#include <cstdio> // before jpeglib.h, which uses FILE and size_t
#include <csetjmp>
#include <jerror.h>
#include <jpeglib.h>

namespace mw::core::decoders {
namespace {

struct JpegSession {
    jpeg_decompress_struct cinfo{};
    jpeg_error_mgr err{};
    jpeg_progress_mgr progress{};
    std::jmp_buf jump{};
    char message[JMSG_LENGTH_MAX] = {};
    bool truncated = false;
    std::vector<std::uint8_t> pixels;
    int width = 0, height = 0, channels = 0;

    ~JpegSession() { jpeg_destroy_decompress(&cinfo); } // safe on the zeroed struct too
};

JpegSession &session(j_common_ptr cinfo) { return *static_cast<JpegSession *>(cinfo->client_data); }

[[noreturn]] void jpegFail(j_common_ptr cinfo)
{
    JpegSession &s = session(cinfo);
    (*cinfo->err->format_message)(cinfo, s.message);
    s.truncated = cinfo->err->msg_code == JWRN_JPEG_EOF;
    std::longjmp(s.jump, 1);
}

void jpegErrorExit(j_common_ptr cinfo) { jpegFail(cinfo); }

// Warnings that leave every pixel as the file holds it; any other warning means data is missing or corrupt.
bool harmless(int code)
{
    return code == JWRN_EXTRANEOUS_DATA || code == JWRN_ADOBE_XFORM || code == JWRN_JFIF_MAJOR || code == JWRN_BOGUS_ICC;
}

void jpegEmitMessage(j_common_ptr cinfo, int level)
{
    if (level < 0 && !harmless(cinfo->err->msg_code))
        jpegFail(cinfo);
}

void jpegOutputMessage(j_common_ptr) {} // libjpeg would print to stderr

void jpegProgress(j_common_ptr cinfo)
{
    const auto *d = reinterpret_cast<j_decompress_ptr>(cinfo);
    if (d->input_scan_number <= kMaxJpegScans)
        return;
    JpegSession &s = session(cinfo);
    std::snprintf(s.message, sizeof s.message, "more than %d progressive scans", kMaxJpegScans);
    std::longjmp(s.jump, 1);
}

// After jpeg_read_header, before anything is allocated for the pixels.
void checkHeader(const jpeg_decompress_struct &c, const std::string &name, std::size_t fileBytes)
{
    const long long width = c.image_width, height = c.image_height;
    checkDeclaredSize(name, "JPEG", width, height);
    // Browsers do not read them either, and without them a Huffman-coded file has a least size (below).
    if (c.arith_code)
        throw DataError(name + ": arithmetic-coded JPEG is not read; save it as an ordinary JPEG or PNG");
    if (c.num_components != 1 && c.num_components != 3 && c.num_components != 4)
        throw DataError(name + ": JPEG with " + std::to_string(c.num_components)
                        + " colour components is not read (grey, colour and CMYK are)");
    // Every scan codes each block of its components with at least one Huffman bit (the DC difference).
    unsigned long long blocks = 0;
    for (int i = 0; i < c.num_components; ++i)
        blocks += (unsigned long long)c.comp_info[i].width_in_blocks * c.comp_info[i].height_in_blocks;
    checkHolds(name, "JPEG", width, height, blocks / 8, fileBytes, "one bit per 8x8 block");
}

// Grey stays grey, colour becomes RGB; CMYK comes out as libjpeg stores it and is converted by cmykToRgb.
void chooseOutput(jpeg_decompress_struct &c, const std::string &name)
{
    switch (c.jpeg_color_space) {
    case JCS_GRAYSCALE:
        c.out_color_space = JCS_GRAYSCALE;
        break;
    case JCS_YCbCr:
    case JCS_RGB:
        c.out_color_space = JCS_RGB;
        break;
    case JCS_CMYK:
    case JCS_YCCK:
        c.out_color_space = JCS_CMYK;
        break;
    default:
        throw DataError(name + ": JPEG in an unknown colour space is not read");
    }
}

// Returns false after libjpeg reported an error (the message is in s). Every libjpeg call is below the setjmp.
bool readJpeg(JpegSession &s, const std::vector<std::uint8_t> &bytes, const std::string &name)
{
    if (setjmp(s.jump))
        return false;
    jpeg_create_decompress(&s.cinfo);
    s.cinfo.progress = &s.progress;
    jpeg_mem_src(&s.cinfo, bytes.data(), (unsigned long)bytes.size());
    jpeg_read_header(&s.cinfo, TRUE);
    checkHeader(s.cinfo, name, bytes.size());
    chooseOutput(s.cinfo, name);
    jpeg_start_decompress(&s.cinfo);
    s.width = int(s.cinfo.output_width);
    s.height = int(s.cinfo.output_height);
    s.channels = s.cinfo.output_components;
    const std::size_t stride = std::size_t(s.width) * std::size_t(s.channels);
    s.pixels.resize(stride * std::size_t(s.height));
    while (s.cinfo.output_scanline < s.cinfo.output_height) {
        JSAMPROW row = s.pixels.data() + stride * s.cinfo.output_scanline;
        jpeg_read_scanlines(&s.cinfo, &row, 1);
    }
    jpeg_finish_decompress(&s.cinfo); // reads to the end: a file cut after its last row is still truncated
    return true;
}

// As Qt and Photoshop read CMYK JPEGs: stored inverted (255 is no ink), so each colour is its value times K's.
void cmykToRgb(std::vector<std::uint8_t> &pixels)
{
    const std::size_t n = pixels.size() / 4;
    for (std::size_t i = 0; i < n; ++i) {
        const unsigned k = pixels[4 * i + 3];
        for (int c = 0; c < 3; ++c)
            pixels[3 * i + std::size_t(c)] = std::uint8_t(pixels[4 * i + std::size_t(c)] * k / 255);
    }
    pixels.resize(3 * n);
}

} // namespace

GreyImage decodeJpeg(const std::vector<std::uint8_t> &bytes, const std::string &name)
{
    JpegSession s;
    s.cinfo.err = jpeg_std_error(&s.err);
    s.err.error_exit = jpegErrorExit;
    s.err.emit_message = jpegEmitMessage;
    s.err.output_message = jpegOutputMessage;
    s.cinfo.client_data = &s;
    s.progress.progress_monitor = jpegProgress;
    if (!readJpeg(s, bytes, name))
        throw DataError(name + (s.truncated ? ": truncated JPEG (" : ": damaged image (JPEG: ") + s.message + ")");
    if (s.channels == 4) {
        cmykToRgb(s.pixels);
        s.channels = 3;
    }
    return toGreyImage(s.pixels.data(), s.width, s.height, s.channels);
}

} // namespace mw::core::decoders
