#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>

namespace mw::core {

// Incremental SHA-256 (FIPS 180-4), so files are hashed while they are read, not in a second pass.
class Sha256 {
public:
    Sha256();
    void update(const void *data, std::size_t size);
    std::string hexDigest(); // finishes the hash; call once

private:
    void compress(const std::uint8_t *block);

    std::array<std::uint32_t, 8> m_state;
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

// The SHA-256 of a file's bytes as 64 lowercase hex digits. Throws DataError naming the file when it cannot be read.
std::string fileSha256(const std::filesystem::path &path);

// Hands a file's bytes to `take` in pieces of up to 1 MB, in order: what the file digests read with. Throws DataError
// naming the file when it cannot be read to its end (a folder, a missing file, a disk error part way).
void readInPieces(const std::filesystem::path &path, const std::function<void(const char *, std::size_t)> &take);

} // namespace mw::core
