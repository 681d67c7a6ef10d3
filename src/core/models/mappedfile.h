#pragma once

// Engine-internal: a read-only memory map shared by the weights readers.
#include "errors.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <span>
#include <string>

namespace mw::core {

// Tensors are copied out of the map once; nothing is read twice, and a lying header costs no allocation.
// Open/map failures are WeightsErrors naming the file.
class MappedFile {
public:
    explicit MappedFile(const std::filesystem::path &path)
    {
        auto fail = [&](const std::string &problem) { throw WeightsError(path.string() + ": " + problem); };
        m_fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (m_fd < 0)
            fail(std::string("cannot open: ") + std::strerror(errno));
        struct stat st {};
        if (::fstat(m_fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            ::close(m_fd);
            fail("not a regular file");
        }
        m_size = std::uint64_t(st.st_size);
        if (m_size == 0) {
            ::close(m_fd);
            fail("empty file");
        }
        void *p = ::mmap(nullptr, m_size, PROT_READ, MAP_PRIVATE, m_fd, 0);
        if (p == MAP_FAILED) {
            const int error = errno;
            ::close(m_fd);
            fail(std::string("cannot map: ") + std::strerror(error));
        }
        m_data = static_cast<const std::uint8_t *>(p);
    }
    ~MappedFile()
    {
        ::munmap(const_cast<std::uint8_t *>(m_data), m_size);
        ::close(m_fd);
    }
    MappedFile(const MappedFile &) = delete;
    MappedFile &operator=(const MappedFile &) = delete;

    const std::uint8_t *data() const { return m_data; }
    std::uint64_t size() const { return m_size; }
    std::span<const std::uint8_t> bytes() const { return {m_data, std::size_t(m_size)}; }

private:
    int m_fd = -1;
    const std::uint8_t *m_data = nullptr;
    std::uint64_t m_size = 0;
};

} // namespace mw::core
