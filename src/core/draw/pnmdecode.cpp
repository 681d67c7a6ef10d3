// Binary PNM (P5 grey, P6 colour), what scanners such as scanimage write: a text header, then the samples raw. Read
// here rather than with stb_image, whose header parser overflows an int on long numbers (before any size could be
// checked) and whose 16-bit samples come out byte-swapped on little-endian machines; the header is all there is to
// parse, and the samples are checked to be in the file before they are read.
#include "draw/decoders.h"
#include "errors.h"

#include <algorithm>

namespace mw::core::decoders {
namespace {

struct PnmHeader {
    long long width = -1, height = -1, maxValue = -1;
    std::size_t samples = 0; // where the samples start
};

bool isSpace(std::uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// Netpbm's header: the magic, then three decimal numbers (width, height, largest sample value) with whitespace and
// #-comments between them, then exactly one whitespace byte. A number missing stays -1; a long one saturates.
PnmHeader parseHeader(const std::vector<std::uint8_t> &b)
{
    std::size_t pos = 2;
    auto number = [&]() -> long long {
        for (;;) {
            while (pos < b.size() && isSpace(b[pos]))
                ++pos;
            if (pos >= b.size() || b[pos] != '#')
                break;
            while (pos < b.size() && b[pos] != '\n' && b[pos] != '\r')
                ++pos;
        }
        long long value = -1;
        for (; pos < b.size() && b[pos] >= '0' && b[pos] <= '9'; ++pos)
            value = std::min(std::max(value, 0LL) * 10 + (b[pos] - '0'), 1LL << 40);
        return value;
    };
    PnmHeader h;
    h.width = number();
    h.height = number();
    h.maxValue = number();
    if (pos < b.size() && !isSpace(b[pos]))
        h.maxValue = -1; // the header must end in whitespace
    h.samples = pos + 1;
    return h;
}

} // namespace

GreyImage decodePnm(const std::vector<std::uint8_t> &bytes, const std::string &name)
{
    const PnmHeader h = parseHeader(bytes);
    if (h.width < 0 || h.height < 0 || h.maxValue < 0)
        throw DataError(name + ": damaged image (PNM: the header does not give width, height and largest value)");
    checkDeclaredSize(name, "PNM", h.width, h.height);
    if (h.maxValue < 1 || h.maxValue > 65535)
        throw DataError(name + ": damaged image (PNM: largest sample value " + std::to_string(h.maxValue)
                        + ", not 1 to 65535)");
    const int channels = bytes[1] == '6' ? 3 : 1, sampleBytes = h.maxValue > 255 ? 2 : 1;
    const std::size_t count = std::size_t(h.width) * std::size_t(h.height) * std::size_t(channels);
    checkHolds(name, "PNM", h.width, h.height, h.samples + count * std::size_t(sampleBytes), bytes.size());
    // Scaled to 0..255 by the largest value the header states (a 12-bit scan says 4095), big-endian when 16-bit.
    std::vector<std::uint8_t> samples(count);
    const std::uint8_t *p = bytes.data() + h.samples;
    for (std::size_t i = 0; i < count; ++i) {
        const long long v = sampleBytes == 2 ? p[2 * i] << 8 | p[2 * i + 1] : p[i];
        samples[i] = std::uint8_t((std::min(v, h.maxValue) * 255 + h.maxValue / 2) / h.maxValue);
    }
    return toGreyImage(samples.data(), int(h.width), int(h.height), channels);
}

} // namespace mw::core::decoders
