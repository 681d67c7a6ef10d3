#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

namespace mw::core {

// Incremental MD5 (RFC 1321). Only to check files against the digests Keras publishes; never for anything secret.
class Md5 {
public:
    void update(const void *data, std::size_t size);
    std::string hexDigest(); // finishes the hash; call once

private:
    void compress(const std::uint8_t *block);

    std::array<std::uint32_t, 4> m_state{0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    std::array<std::uint8_t, 64> m_buffer{};
    std::size_t m_buffered = 0;
    std::uint64_t m_length = 0;
};

// A file's SHA-256 and MD5 (64 and 32 lowercase hex digits), read once. Throws DataError naming the file when it
// cannot be read.
struct FileDigests {
    std::string sha256;
    std::string md5;
};
FileDigests fileDigests(const std::filesystem::path &path);

} // namespace mw::core
