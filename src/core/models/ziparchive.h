#pragma once

// Engine-internal: a minimal zip reader over bytes in memory (a memory map), only what torch.save writes (stored
// entries, optional zip64 records). Every offset is checked before use; problems are WeightsErrors naming the file.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

namespace mw::core {

struct ZipEntry {
    std::string name;
    std::uint64_t offset = 0; // of the data
    std::uint64_t size = 0;
    std::uint32_t crc = 0;
    std::uint16_t method = 0; // 0: stored
};

// Keeps a view of the bytes, which must outlive the archive; `path` is the file that messages name.
class ZipArchive {
public:
    ZipArchive(std::span<const std::uint8_t> bytes, const std::filesystem::path &path);

    const std::vector<ZipEntry> &entries() const { return m_entries; }
    const ZipEntry *find(const std::string &name) const; // nullptr when absent
    // TorchScript archives compress some entries; a state dict's are always stored.
    const std::uint8_t *data(const ZipEntry &e) const;
    // Checks the entry's CRC-32 and copies its first copyBytes into dst on the way, a cache-sized piece at a time,
    // so the data is read from memory once. A flipped bit would otherwise load as a silently wrong weight.
    void read(const ZipEntry &e, void *dst = nullptr, std::uint64_t copyBytes = 0) const;

private:
    [[noreturn]] void bad(const std::string &problem) const;

    std::span<const std::uint8_t> m_bytes;
    std::filesystem::path m_path;
    std::vector<ZipEntry> m_entries;
    std::unordered_map<std::string, std::size_t> m_index;
};

} // namespace mw::core
