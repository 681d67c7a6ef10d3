#include "data/idx.h"

#include "data/sha256.h"
#include "errors.h"
#include "models/mappedfile.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstring>
#include <memory>

namespace mw::core {
namespace {

// The most deflate can expand: a gzip file cannot hold more than this many times its own size.
constexpr std::uint64_t kMaxDeflateRatio = 1032;
constexpr unsigned kChunk = 1u << 20;

[[noreturn]] void fail(const std::filesystem::path &path, const std::string &problem)
{
    throw DataError(path.string() + ": " + problem);
}

// The IDX bytes as a stream: a raw file as it is, a gzip file inflated with gzread's rules (members written back to
// back are one stream; bytes after the last member that do not start another are ignored).
class Reader {
public:
    Reader(std::span<const std::uint8_t> bytes, const std::filesystem::path &path) : m_bytes(bytes), m_path(path)
    {
        if (bytes.empty())
            fail(path, "empty file");
        m_gzip = bytes.size() >= 2 && bytes[0] == 0x1f && bytes[1] == 0x8b;
        if (m_gzip && inflateInit2(&m_zip, 15 + 16) != Z_OK) // 15 + 16: a gzip wrapper, nothing else
            fail(path, "out of memory");
    }
    ~Reader()
    {
        if (m_gzip)
            inflateEnd(&m_zip);
    }
    Reader(const Reader &) = delete;
    Reader &operator=(const Reader &) = delete;

    // Reads up to size bytes; fewer only at the end of the data. Corrupt or truncated gzip throws.
    std::size_t read(void *out, std::size_t size)
    {
        if (!m_gzip) {
            const std::size_t n = std::min(size, m_bytes.size() - m_pos);
            std::memcpy(out, m_bytes.data() + m_pos, n);
            m_pos += n;
            return n;
        }
        std::size_t done = 0;
        while (done < size && !m_ended) {
            const unsigned want = unsigned(std::min<std::size_t>(size - done, kChunk));
            done += inflatePiece(static_cast<std::uint8_t *>(out) + done, want);
        }
        return done;
    }

    bool gzip() const { return m_gzip; }
    std::uint64_t fileSize() const { return m_bytes.size(); }

private:
    std::size_t inflatePiece(std::uint8_t *out, unsigned want)
    {
        if (m_zip.avail_in == 0) {
            const std::size_t n = std::min<std::size_t>(m_bytes.size() - m_pos, kChunk);
            m_zip.next_in = const_cast<Bytef *>(m_bytes.data() + m_pos);
            m_zip.avail_in = unsigned(n);
            m_pos += n;
        }
        m_zip.next_out = out;
        m_zip.avail_out = want;
        const int code = inflate(&m_zip, Z_NO_FLUSH);
        const std::size_t got = want - m_zip.avail_out;
        const std::size_t at = std::size_t(m_zip.next_in - m_bytes.data()); // the first byte inflate has not used
        const std::size_t left = m_bytes.size() - at;
        if (code == Z_STREAM_END) {
            if (left >= 2 && m_bytes[at] == 0x1f && m_bytes[at + 1] == 0x8b)
                inflateReset(&m_zip);
            else
                m_ended = true;
        } else if (code == Z_DATA_ERROR || code == Z_NEED_DICT || code == Z_STREAM_ERROR) {
            fail(m_path, std::string("corrupt gzip data (") + (m_zip.msg ? m_zip.msg : "compressed data error") + ")");
        } else if (code == Z_MEM_ERROR) {
            fail(m_path, "out of memory while decompressing");
        } else if (got == 0 && (left == 0 || code == Z_BUF_ERROR)) { // inflate wants input that the file lacks
            fail(m_path, "compressed data is truncated (unexpected end of gzip stream)");
        }
        return got;
    }

    std::span<const std::uint8_t> m_bytes;
    std::filesystem::path m_path;
    std::size_t m_pos = 0; // next byte not yet handed to the reader (or to inflate)
    bool m_gzip = false, m_ended = false;
    z_stream m_zip{};
};

// The file, mapped read-only: a raw MNIST training set is read without a second copy of its 47 MB.
class FileBytes {
public:
    explicit FileBytes(const std::filesystem::path &path)
    {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            fail(path, "file not found");
        if (std::filesystem::is_directory(path, ec))
            fail(path, "is a folder, not a file");
        const auto size = std::filesystem::file_size(path, ec);
        if (ec)
            fail(path, "cannot read: " + ec.message());
        if (size == 0)
            fail(path, "empty file");
        try {
            m_map = std::make_unique<MappedFile>(path);
        } catch (const WeightsError &e) { // the map's own message ("<file>: cannot open: <reason>"), as a DataError
            throw DataError(e.what());
        }
    }
    std::span<const std::uint8_t> bytes() const { return m_map->bytes(); }

private:
    std::unique_ptr<MappedFile> m_map;
};

IdxHeader parseHeader(Reader &reader, const std::filesystem::path &path, int expectedDims)
{
    std::array<std::uint8_t, 4> magic{};
    if (reader.read(magic.data(), 4) < 4)
        fail(path, "too short for an IDX header");
    if (magic[0] != 0 || magic[1] != 0 || magic[2] != 0x08 || magic[3] == 0) {
        char hex[16];
        std::snprintf(hex, sizeof hex, "%02x%02x%02x%02x", magic[0], magic[1], magic[2], magic[3]);
        fail(path, std::string("wrong magic number 0x") + hex + ": not an IDX file of unsigned bytes");
    }
    if (magic[3] != expectedDims)
        fail(path, "has " + std::to_string(magic[3]) + " dimensions, expected " + std::to_string(expectedDims)
                       + (expectedDims == 3 ? " (an image file)" : " (a label file)"));
    IdxHeader header;
    header.gzip = reader.gzip();
    std::vector<std::uint8_t> raw(4 * std::size_t(expectedDims));
    if (reader.read(raw.data(), raw.size()) < raw.size())
        fail(path, "truncated IDX header");
    for (int i = 0; i < expectedDims; ++i)
        header.dims.push_back(std::uint32_t(raw[4 * i]) << 24 | std::uint32_t(raw[4 * i + 1]) << 16
                              | std::uint32_t(raw[4 * i + 2]) << 8 | std::uint32_t(raw[4 * i + 3]));
    // A raw file's size is known up front; a gzip stream's only once it is read (readIdx checks it then).
    const std::uint64_t holds = reader.fileSize() - 4 - raw.size();
    if (!header.gzip && header.payloadBytes() > holds)
        fail(path, "truncated: header declares " + std::to_string(header.payloadBytes())
                       + " bytes of data but the file holds " + std::to_string(holds));
    return header;
}

} // namespace

std::uint64_t IdxHeader::payloadBytes() const
{
    std::uint64_t n = 1;
    for (std::uint32_t d : dims)
        n *= d; // at most 3 dimensions of 32 bits each: cannot overflow for the shapes accepted later
    return n;
}

IdxHeader readIdxHeader(const std::filesystem::path &path, int expectedDims)
{
    const FileBytes bytes(path);
    Reader reader(bytes.bytes(), path);
    return parseHeader(reader, path, expectedDims);
}

IdxFile readIdx(const std::filesystem::path &path, int expectedDims, const ProgressFn &progress)
{
    const FileBytes bytes(path);
    return readIdxBytes(bytes.bytes(), path, expectedDims, progress);
}

IdxFile readIdxBytes(std::span<const std::uint8_t> bytes, const std::filesystem::path &path, int expectedDims,
                     const ProgressFn &progress)
{
    Reader reader(bytes, path);
    IdxFile file;
    file.path = path;
    file.header = parseHeader(reader, path, expectedDims);
    const std::uint64_t headerBytes = 4 + 4 * std::uint64_t(expectedDims);
    const std::uint64_t declared = file.header.payloadBytes();
    const std::uint64_t canHold = file.header.gzip ? reader.fileSize() * kMaxDeflateRatio : declared;

    Sha256 hash;
    {
        std::array<std::uint8_t, 16> header{};
        header[2] = 0x08;
        header[3] = std::uint8_t(expectedDims);
        for (int i = 0; i < expectedDims; ++i)
            for (int b = 0; b < 4; ++b)
                header[4 + 4 * i + b] = std::uint8_t(file.header.dims[i] >> (24 - 8 * b));
        hash.update(header.data(), headerBytes);
    }

    // Grow with the data actually read, so a lying header cannot make us allocate what is not there.
    file.data.reserve(std::min(declared, canHold));
    std::uint64_t done = 0;
    while (done < declared) {
        const std::size_t want = std::size_t(std::min<std::uint64_t>(declared - done, kChunk));
        file.data.resize(std::size_t(done) + want);
        const std::size_t got = reader.read(file.data.data() + done, want);
        hash.update(file.data.data() + done, got);
        done += got;
        if (got < want) {
            file.data.resize(std::size_t(done));
            fail(path, "truncated: header declares " + std::to_string(declared) + " bytes of data but the file holds "
                           + std::to_string(done));
        }
        if (progress)
            progress(done, declared);
    }
    std::uint8_t extra = 0;
    if (reader.read(&extra, 1) != 0)
        fail(path, "has more data than its header declares (" + std::to_string(declared) + " bytes)");
    file.sha256 = hash.hexDigest();
    return file;
}

} // namespace mw::core
