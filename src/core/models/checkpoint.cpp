#include "models/checkpoint.h"

#include "errors.h"

#include <cstring>
#include <fstream>

namespace mw::core {
namespace {

constexpr const char *kMetadataKey = "mnist_workbench";

[[noreturn]] void notOurs(const std::filesystem::path &path, const std::string &why)
{
    throw WeightsError(path.string() + ": not a MNIST Workbench checkpoint (" + why + ")");
}

// The safetensors reader says what is wrong with the bytes; for a file that is not safetensors at all, a user is
// better served by hearing that it is not a checkpoint, with that reason in brackets.
std::map<std::string, std::string> metadataOf(const std::filesystem::path &path)
{
    {
        std::ifstream in(path, std::ios::binary);
        char magic[4] = {};
        if (in.read(magic, 4) && std::memcmp(magic, "PK\x03\x04", 4) == 0)
            notOurs(path, "it is a zip archive, such as a PyTorch .pth file or a TorchScript module");
    }
    try {
        return readSafetensorsMetadata(path);
    } catch (const WeightsError &e) {
        std::error_code ec;
        if (!std::filesystem::is_regular_file(path, ec))
            throw;
        std::string why = e.what();
        const std::string prefix = path.string() + ": ";
        if (why.rfind(prefix, 0) == 0)
            why.erase(0, prefix.size());
        notOurs(path, why);
    }
}

} // namespace

void saveCheckpoint(const std::filesystem::path &path, const Network &network, const nlohmann::json &config)
{
    writeSafetensors(path, stateDictOf(network), {{kMetadataKey, config.dump()}});
}

Checkpoint readCheckpoint(const std::filesystem::path &path)
{
    const auto metadata = metadataOf(path);
    const auto it = metadata.find(kMetadataKey);
    if (it == metadata.end())
        notOurs(path, "a safetensors file without \"" + std::string(kMetadataKey) + "\" metadata");
    Checkpoint checkpoint;
    checkpoint.config = nlohmann::json::parse(it->second, nullptr, false);
    if (checkpoint.config.is_discarded())
        throw WeightsError(path.string() + ": the \"" + kMetadataKey + "\" metadata is not valid JSON");
    checkpoint.tensors = readSafetensors(path);
    return checkpoint;
}

} // namespace mw::core
