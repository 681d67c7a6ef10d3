#include "data/mnist.h"

#include "errors.h"

#include <tuple>

namespace mw::core {
namespace {

[[noreturn]] void fail(const std::filesystem::path &path, const std::string &problem)
{
    throw DataError(path.string() + ": " + problem);
}

void checkImageHeader(const std::filesystem::path &path, const IdxHeader &h)
{
    if (h.dims[1] != kImageSide || h.dims[2] != kImageSide)
        fail(path, "images are " + std::to_string(h.dims[1]) + "x" + std::to_string(h.dims[2])
                       + ", expected 28x28");
    if (h.dims[0] == 0)
        fail(path, "holds no images");
}

} // namespace

std::string idxBaseName(IdxRole role)
{
    switch (role) {
    case IdxRole::TrainImages: return "train-images-idx3-ubyte";
    case IdxRole::TrainLabels: return "train-labels-idx1-ubyte";
    case IdxRole::TestImages: return "t10k-images-idx3-ubyte";
    case IdxRole::TestLabels: return "t10k-labels-idx1-ubyte";
    }
    return {};
}

std::filesystem::path findIdxFile(const std::filesystem::path &folder, IdxRole role)
{
    const std::string base = idxBaseName(role);
    std::string dotted = base; // "train-images.idx3-ubyte", as some mirrors name them
    dotted[dotted.rfind("-idx")] = '.';
    for (const std::string &name : {base, base + ".gz", dotted, dotted + ".gz"}) {
        std::error_code ec;
        if (std::filesystem::is_regular_file(folder / name, ec))
            return folder / name;
    }
    fail(folder / base, "file not found (also looked for .gz and \"" + dotted + "\")");
}

MnistData loadMnistFolder(const std::filesystem::path &folder, const std::function<void(double)> &progress)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec))
        fail(folder, "folder not found");
    MnistData data;
    data.folder = folder;
    for (IdxRole role : kIdxRoles)
        data.files[int(role)] = findIdxFile(folder, role);

    // Check all four headers first: a count mismatch is reported before 47 MB are read.
    std::array<IdxHeader, 4> headers;
    std::uint64_t totalBytes = 0;
    for (IdxRole role : kIdxRoles) {
        const bool images = role == IdxRole::TrainImages || role == IdxRole::TestImages;
        headers[int(role)] = readIdxHeader(data.files[int(role)], images ? 3 : 1);
        if (images)
            checkImageHeader(data.files[int(role)], headers[int(role)]);
        totalBytes += headers[int(role)].payloadBytes();
    }
    for (auto [imagesRole, labelsRole] : {std::pair{IdxRole::TrainImages, IdxRole::TrainLabels},
                                          std::pair{IdxRole::TestImages, IdxRole::TestLabels}}) {
        const auto nImages = headers[int(imagesRole)].dims[0];
        const auto nLabels = headers[int(labelsRole)].dims[0];
        if (nImages != nLabels)
            fail(data.files[int(labelsRole)], "holds " + std::to_string(nLabels) + " labels but "
                                                  + data.files[int(imagesRole)].filename().string() + " holds "
                                                  + std::to_string(nImages) + " images");
    }

    std::uint64_t before = 0;
    auto read = [&](IdxRole role, int dims) {
        ProgressFn onBytes;
        if (progress)
            onBytes = [&progress, offset = before, totalBytes](std::uint64_t done, std::uint64_t) {
                progress(double(offset + done) / double(totalBytes));
            };
        before += headers[int(role)].payloadBytes();
        IdxFile file = readIdx(data.files[int(role)], dims, onBytes);
        data.sha256[int(role)] = file.sha256;
        return std::move(file.data);
    };
    for (auto [set, imagesRole, labelsRole] : {std::tuple{&data.train, IdxRole::TrainImages, IdxRole::TrainLabels},
                                               std::tuple{&data.test, IdxRole::TestImages, IdxRole::TestLabels}}) {
        set->count = int(headers[int(imagesRole)].dims[0]);
        set->images = read(imagesRole, 3);
        set->labels = read(labelsRole, 1);
        for (std::size_t i = 0; i < set->labels.size(); ++i)
            if (set->labels[i] >= kClasses)
                fail(data.files[int(labelsRole)], "label " + std::to_string(set->labels[i]) + " at index "
                                                      + std::to_string(i) + " is outside 0-9");
    }
    return data;
}

} // namespace mw::core
