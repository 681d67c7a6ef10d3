#pragma once

#include <cstdint>
#include <filesystem>
#include <functional>
#include <span>
#include <string>
#include <vector>

namespace mw::core {

// Called while a file is read: bytes done and bytes expected in total.
using ProgressFn = std::function<void(std::uint64_t done, std::uint64_t total)>;

// The header of an IDX file of unsigned bytes: its dimensions (count first).
struct IdxHeader {
    std::vector<std::uint32_t> dims;
    bool gzip = false;
    std::uint64_t payloadBytes() const; // product of the dimensions
};

// One IDX file, read whole. sha256 is of the decompressed bytes (header included), so a raw file and its
// .gz hash the same.
struct IdxFile {
    std::filesystem::path path;
    IdxHeader header;
    std::vector<std::uint8_t> data;
    std::string sha256;
};

// Reads only the header. Throws DataError naming the file when it is missing, empty, not an IDX file of unsigned
// bytes, or has a different number of dimensions than expected.
IdxHeader readIdxHeader(const std::filesystem::path &path, int expectedDims);

// Reads a raw or gzip-compressed IDX file. Never allocates more than the file can hold: a header that declares
// more data than is there, a truncated or corrupt stream, or trailing bytes are DataErrors naming the file.
IdxFile readIdx(const std::filesystem::path &path, int expectedDims, const ProgressFn &progress = {});
// The same over the file's bytes in memory (the fuzz targets read this way); `name` is the file the messages name.
IdxFile readIdxBytes(std::span<const std::uint8_t> bytes, const std::filesystem::path &name, int expectedDims,
                     const ProgressFn &progress = {});

} // namespace mw::core
