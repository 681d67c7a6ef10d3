// The restricted unpickler of torch.save files (models/unpickler.cpp) and the state dict built from what it returns.
// The input is the pickle alone (archive/data.pkl); this target wraps it in a valid archive whose storages
// archive/data/0 ... 9 hold 64 bytes each, so that mutations reach the unpickler instead of the zip reader's CRC
// check (fuzz_torchfile fuzzes that). make_corpus.py's seeds are the pickles of small real torch.save files.
#include "fuzzweights.h"

#include <zlib.h>

#include <string>
#include <utility>
#include <vector>

namespace {

// A zip archive of stored entries, as torch.save writes it.
class StoredZip {
public:
    void add(const std::string &name, std::span<const std::uint8_t> data)
    {
        const std::uint64_t crc = crc32(0L, data.data(), uInt(data.size())), size = data.size();
        const std::uint64_t offset = m_bytes.size(), length = name.size();
        // Local header: version 2.0, no flags, stored, no date, CRC, both sizes, the name's length, no extra field.
        put(m_bytes, {{0x04034b50, 4}, {20, 2}, {0, 2}, {0, 2}, {0, 4}, {crc, 4}, {size, 4}, {size, 4},
                      {length, 2}, {0, 2}});
        m_bytes.insert(m_bytes.end(), name.begin(), name.end());
        m_bytes.insert(m_bytes.end(), data.begin(), data.end());
        // Directory entry: the same, then no comment, disk 0, no attributes, where the local header is.
        put(m_directory, {{0x02014b50, 4}, {20, 2}, {20, 2}, {0, 2}, {0, 2}, {0, 4}, {crc, 4}, {size, 4},
                          {size, 4}, {length, 2}, {0, 2}, {0, 2}, {0, 2}, {0, 2}, {0, 4}, {offset, 4}});
        m_directory.insert(m_directory.end(), name.begin(), name.end());
        ++m_count;
    }

    std::vector<std::uint8_t> finish() const
    {
        std::vector<std::uint8_t> out = m_bytes;
        out.insert(out.end(), m_directory.begin(), m_directory.end());
        put(out, {{0x06054b50, 4}, {0, 2}, {0, 2}, {m_count, 2}, {m_count, 2}, {m_directory.size(), 4},
                  {m_bytes.size(), 4}, {0, 2}});
        return out;
    }

private:
    struct Field {
        std::uint64_t value;
        int bytes; // little-endian
    };
    static void put(std::vector<std::uint8_t> &out, std::initializer_list<Field> fields)
    {
        for (const Field &f : fields)
            for (int i = 0; i < f.bytes; ++i)
                out.push_back(std::uint8_t(f.value >> (8 * i)));
    }

    std::vector<std::uint8_t> m_bytes, m_directory;
    std::uint64_t m_count = 0;
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    mw::fuzz::singleThreaded();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const std::string little = "little";
    static std::vector<std::uint8_t> storage = [] {
        std::vector<std::uint8_t> bytes(64);
        for (std::size_t i = 0; i < bytes.size(); ++i)
            bytes[i] = std::uint8_t(i * 37 + 11); // finite floats and halves, small integers, bools other than 0/1
        return bytes;
    }();
    StoredZip zip;
    zip.add("archive/data.pkl", {data, size});
    zip.add("archive/byteorder", {reinterpret_cast<const std::uint8_t *>(little.data()), little.size()});
    for (int i = 0; i < 10; ++i)
        zip.add("archive/data/" + std::to_string(i), storage);
    const std::vector<std::uint8_t> archive = zip.finish();
    mw::fuzz::expectRefusals([&] { mw::fuzz::checkAndLoad(mw::core::readTorchStateDictBytes(archive, "fuzz.pth")); });
    return 0;
}
