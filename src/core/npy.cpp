#include "npy.h"

#include "errors.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace mw::core {

void writeNpy(const std::filesystem::path &path, const torch::Tensor &tensor)
{
    const auto t = tensor.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    std::string shape;
    for (auto d : t.sizes())
        shape += std::to_string(d) + ", ";
    if (t.dim() > 1)
        shape.resize(shape.size() - 2); // "(N, D)"; a 1-D shape keeps its trailing comma: "(N,)"
    else if (!shape.empty())
        shape.pop_back();
    std::string header = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + shape + "), }";
    // magic (6) + version (2) + length (2) + header + '\n', padded to a multiple of 64 as NumPy does
    const std::size_t total = (10 + header.size() + 1 + 63) / 64 * 64;
    header.append(total - 10 - header.size() - 1, ' ');
    header += '\n';

    const std::filesystem::path part = path.string() + ".part";
    std::FILE *f = std::fopen(part.c_str(), "wb");
    if (!f)
        throw UsageError(path.string() + ": cannot write: " + std::strerror(errno));
    const unsigned char prefix[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, std::uint8_t(header.size() & 0xff),
                                      std::uint8_t(header.size() >> 8)};
    const std::size_t bytes = std::size_t(t.numel()) * sizeof(float);
    bool ok = std::fwrite(prefix, 1, 10, f) == 10;
    ok &= std::fwrite(header.data(), 1, header.size(), f) == header.size();
    ok &= bytes == 0 || std::fwrite(t.data_ptr<float>(), 1, bytes, f) == bytes;
    ok &= std::fclose(f) == 0;
    std::error_code ec;
    if (ok)
        std::filesystem::rename(part, path, ec);
    if (!ok || ec) {
        const std::string reason = ok ? ec.message() : std::strerror(errno); // before remove changes errno
        std::filesystem::remove(part, ec);
        throw UsageError(path.string() + ": could not write the whole file (" + reason + ")");
    }
}

} // namespace mw::core
