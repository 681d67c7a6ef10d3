#include "models/ziparchive.h"

#include "errors.h"

#include <zlib.h>

#include <algorithm>
#include <cstring>

namespace mw::core {
namespace {

std::uint16_t le16(const std::uint8_t *p) { return std::uint16_t(p[0] | (p[1] << 8)); }
std::uint32_t le32(const std::uint8_t *p) { return std::uint32_t(le16(p)) | (std::uint32_t(le16(p + 2)) << 16); }
std::uint64_t le64(const std::uint8_t *p) { return std::uint64_t(le32(p)) | (std::uint64_t(le32(p + 4)) << 32); }

} // namespace

ZipArchive::ZipArchive(std::span<const std::uint8_t> bytes, const std::filesystem::path &path)
    : m_bytes(bytes), m_path(path)
{
    const std::uint8_t *d = bytes.data();
    const std::uint64_t n = bytes.size();
    if (n < 22)
        bad("truncated: too short for a zip archive");
    // The end record sits at the very end, after a comment of at most 64 KiB; on a truncated file it is gone.
    std::uint64_t eocd = n;
    for (std::uint64_t pos = n - 22;; --pos) {
        if (le32(d + pos) == 0x06054b50 && pos + 22 + le16(d + pos + 20) == n) {
            eocd = pos;
            break;
        }
        if (pos == 0 || n - 22 - pos >= 0xffff)
            break;
    }
    if (eocd == n)
        bad("no zip end-of-archive record (the file is truncated or not a zip archive)");
    std::uint64_t count = le16(d + eocd + 10);
    std::uint64_t cdSize = le32(d + eocd + 12);
    std::uint64_t cdOffset = le32(d + eocd + 16);
    std::uint64_t cdLimit = eocd;
    if (eocd >= 20 && le32(d + eocd - 20) == 0x07064b50) { // zip64 locator: archives past 4 GB
        const std::uint64_t z = le64(d + eocd - 20 + 8);
        if (z > eocd - 20 || eocd - 20 - z < 56 || le32(d + z) != 0x06064b50)
            bad("the zip64 end record lies outside the file or is damaged");
        count = le64(d + z + 32);
        cdSize = le64(d + z + 40);
        cdOffset = le64(d + z + 48);
        cdLimit = z;
    }
    if (cdOffset > cdLimit || cdSize > cdLimit - cdOffset)
        bad("the zip directory lies outside the file (truncated?)");
    if (count > cdSize / 46)
        bad("the zip directory claims " + std::to_string(count) + " entries but has room for fewer");
    m_entries.reserve(count);
    std::uint64_t p = cdOffset;
    const std::uint64_t end = cdOffset + cdSize;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (end - p < 46 || le32(d + p) != 0x02014b50)
            bad("zip directory entry " + std::to_string(i) + " is damaged");
        const std::uint16_t flags = le16(d + p + 8), method = le16(d + p + 10);
        const std::uint64_t nameLen = le16(d + p + 28), extraLen = le16(d + p + 30), commentLen = le16(d + p + 32);
        if (46 + nameLen + extraLen + commentLen > end - p)
            bad("zip directory entry " + std::to_string(i) + " runs past the directory");
        ZipEntry e;
        e.name.assign(reinterpret_cast<const char *>(d + p + 46), nameLen);
        e.crc = le32(d + p + 16);
        std::uint64_t packed = le32(d + p + 20), size = le32(d + p + 24), local = le32(d + p + 42);
        // zip64 extra field: 64-bit values for exactly the 32-bit fields that are saturated, in this order.
        const std::uint8_t *x = d + p + 46 + nameLen;
        for (std::uint64_t q = 0; q + 4 <= extraLen;) {
            const std::uint16_t id = le16(x + q), len = le16(x + q + 2);
            if (q + 4 + len > extraLen)
                break;
            if (id == 0x0001) {
                std::uint64_t f = q + 4;
                for (std::uint64_t *field : {&size, &packed, &local})
                    if (*field == 0xffffffffu) {
                        if (f + 8 > q + 4 + len)
                            bad("entry " + e.name + ": zip64 field is too short");
                        *field = le64(x + f);
                        f += 8;
                    }
            }
            q += 4 + len;
        }
        if (flags & 1)
            bad("entry " + e.name + " is encrypted");
        if (method == 0 && packed != size)
            bad("entry " + e.name + " is stored but its two sizes differ");
        if (local > n || n - local < 30 || le32(d + local) != 0x04034b50)
            bad("entry " + e.name + ": its local header lies outside the file or is damaged");
        e.offset = local + 30 + le16(d + local + 26) + le16(d + local + 28);
        if (e.offset > n || packed > n - e.offset)
            bad("entry " + e.name + ": its " + std::to_string(packed) + " bytes lie past the end of the file (truncated?)");
        e.size = size;
        e.method = method;
        m_index.emplace(e.name, m_entries.size()); // the first of duplicate names wins, as in miniz
        m_entries.push_back(std::move(e));
        p += 46 + nameLen + extraLen + commentLen;
    }
}

const ZipEntry *ZipArchive::find(const std::string &name) const
{
    const auto it = m_index.find(name);
    return it == m_index.end() ? nullptr : &m_entries[it->second];
}

const std::uint8_t *ZipArchive::data(const ZipEntry &e) const
{
    if (e.method != 0)
        bad("entry " + e.name + " is compressed (method " + std::to_string(e.method)
            + "); torch.save stores entries uncompressed");
    return m_bytes.data() + e.offset;
}

void ZipArchive::read(const ZipEntry &e, void *dst, std::uint64_t copyBytes) const
{
    uLong crc = crc32(0L, Z_NULL, 0);
    const std::uint8_t *p = data(e);
    auto *out = static_cast<std::uint8_t *>(dst);
    constexpr std::uint64_t kPiece = 256u << 10;
    for (std::uint64_t done = 0; done < e.size;) {
        const std::uint64_t piece = std::min(kPiece, e.size - done);
        crc = crc32(crc, p + done, uInt(piece));
        if (done < copyBytes)
            std::memcpy(out + done, p + done, std::size_t(std::min(piece, copyBytes - done)));
        done += piece;
    }
    if (std::uint32_t(crc) != e.crc)
        bad("entry " + e.name + " is damaged (CRC-32 mismatch)");
}

void ZipArchive::bad(const std::string &problem) const
{
    throw WeightsError(m_path.string() + ": " + problem);
}

} // namespace mw::core
