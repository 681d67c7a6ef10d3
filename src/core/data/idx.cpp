#include "data/idx.h"

#include "data/sha256.h"
#include "errors.h"

#include <zlib.h>

#include <algorithm>
#include <array>
#include <cstdio>
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

struct GzCloser {
    void operator()(gzFile f) const { gzclose(f); }
};
using GzHandle = std::unique_ptr<std::remove_pointer_t<gzFile>, GzCloser>;

class Reader {
public:
    explicit Reader(const std::filesystem::path &path) : m_path(path)
    {
        std::error_code ec;
        if (!std::filesystem::exists(path, ec))
            fail(path, "file not found");
        if (std::filesystem::is_directory(path, ec))
            fail(path, "is a folder, not a file");
        m_fileSize = std::filesystem::file_size(path, ec);
        if (ec)
            fail(path, "cannot read: " + ec.message());
        if (m_fileSize == 0)
            fail(path, "empty file");
        m_file.reset(gzopen(path.c_str(), "rb"));
        if (!m_file)
            fail(path, "cannot open");
        gzbuffer(m_file.get(), 256 * 1024);
    }

    // Reads up to size bytes; fewer only at the end of the data. Corrupt or truncated gzip throws.
    std::size_t read(void *out, std::size_t size)
    {
        std::size_t done = 0;
        while (done < size) {
            const unsigned want = unsigned(std::min<std::size_t>(size - done, kChunk));
            const int got = gzread(m_file.get(), static_cast<char *>(out) + done, want);
            if (got < 0 || (got == 0 && !gzeof(m_file.get())))
                failStream();
            done += std::size_t(got);
            if (unsigned(got) < want) {
                int code = Z_OK;
                gzerror(m_file.get(), &code);
                if (code != Z_OK)
                    failStream();
                break;
            }
        }
        return done;
    }

    bool gzip() const { return gzdirect(m_file.get()) == 0; }
    std::uint64_t fileSize() const { return m_fileSize; }

private:
    [[noreturn]] void failStream()
    {
        int code = Z_OK;
        const char *message = gzerror(m_file.get(), &code);
        if (code == Z_BUF_ERROR)
            fail(m_path, "compressed data is truncated (unexpected end of gzip stream)");
        fail(m_path, std::string("corrupt gzip data (") + (message ? message : "unknown zlib error") + ")");
    }

    std::filesystem::path m_path;
    std::uint64_t m_fileSize = 0;
    GzHandle m_file;
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
    Reader reader(path);
    return parseHeader(reader, path, expectedDims);
}

IdxFile readIdx(const std::filesystem::path &path, int expectedDims, const ProgressFn &progress)
{
    Reader reader(path);
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
