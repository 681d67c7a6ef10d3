#pragma once

// Engine-internal: NumPy .npy output (LibTorch tensors).
#include <torch/torch.h>

#include <filesystem>

namespace mw::core {

// Writes a float32 tensor as a version-1.0 .npy array (C order, little-endian), to path + ".part" first and then
// renamed into place. Throws UsageError naming the file when it cannot be written.
void writeNpy(const std::filesystem::path &path, const torch::Tensor &tensor);

} // namespace mw::core
