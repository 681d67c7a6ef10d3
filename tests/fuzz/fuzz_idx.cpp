// IDX files, raw and gzip-compressed (data/idx.h), read both as an image file (3 dimensions) and as a label file (1).
#include "data/idx.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    for (const int dims : {3, 1})
        mw::fuzz::expectRefusals([&] {
            const mw::core::IdxFile file = mw::core::readIdxBytes({data, size}, "fuzz-idx", dims);
            mw::fuzz::check(file.header.dims.size() == std::size_t(dims), "as many dimensions as asked for");
            mw::fuzz::check(file.data.size() == file.header.payloadBytes(), "exactly the data the header declares");
            mw::fuzz::check(file.sha256.size() == 64, "a SHA-256 in hex");
        });
    return 0;
}
