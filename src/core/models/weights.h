#pragma once

// Engine-internal: reading and writing weights (LibTorch tensors).
#include <torch/torch.h>

#include <filesystem>
#include <map>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace mw::core {

// Parameter/buffer name -> tensor, in file order.
using StateDict = std::vector<std::pair<std::string, torch::Tensor>>;

// safetensors (our own checkpoints). Reading bounds the header length, validates the JSON header, checks every
// tensor's offsets against the file size, and converts F16/BF16 to float32 (F32, I64 as stored). Throws WeightsError.
StateDict readSafetensors(const std::filesystem::path &path);
// The same over bytes in memory (the fuzz targets read this way); `name` is the file the messages name.
StateDict readSafetensorsBytes(std::span<const std::uint8_t> bytes, const std::filesystem::path &name);
// Written to path + ".part" and renamed into place: a crash never leaves a half-written file.
void writeSafetensors(const std::filesystem::path &path, const StateDict &tensors,
                      const std::map<std::string, std::string> &metadata = {});
std::map<std::string, std::string> readSafetensorsMetadata(const std::filesystem::path &path);

// A zip-format torch.save(state_dict) file (.pth/.pt), read with a restricted unpickler that accepts only what a
// state dict holds; a pickle that names anything else is refused, so a file from the internet cannot run code.
// Legacy (pre-1.6, non-zip) files get a "re-save with a current PyTorch" error. Throws WeightsError.
StateDict readTorchStateDict(const std::filesystem::path &path);
StateDict readTorchStateDictBytes(std::span<const std::uint8_t> bytes, const std::filesystem::path &name);

// Either of the two, chosen by content (zip magic -> torch, else safetensors).
StateDict readWeights(const std::filesystem::path &path);

// What loading a state dict into a module did.
struct LoadReport {
    std::vector<std::string> loaded;
    std::vector<std::string> ignored;    // unexpected but harmless: fc.*, classifier.*, AuxLogits.*, num_batches_tracked
    std::vector<std::string> unexpected; // unexpected, not harmless (an error unless allowUnexpected)
    std::vector<std::string> missing;    // in the module, not in the file (an error)
};

// Copies matching tensors into the module's parameters and buffers. Any missing key, shape mismatch (message names
// the key and both shapes) or non-harmless unexpected key throws WeightsError naming `source`; nothing is changed
// then (all checks happen before the first copy).
LoadReport loadStateDict(torch::nn::Module &module, const StateDict &tensors, const std::string &source,
                         bool allowUnexpected = false);

// "[2048, 1000]": a shape as messages show it.
std::string shapeText(torch::IntArrayRef shape);

// The module's parameters and buffers, by name (what writeSafetensors saves).
StateDict stateDictOf(const torch::nn::Module &module);

} // namespace mw::core
