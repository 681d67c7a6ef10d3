#pragma once

// Engine-internal: the one place that picks where tensors live (LibTorch).
#include <torch/torch.h>

#include <string>

namespace mw::core {

// "auto" (a CUDA GPU when there is one, else the CPU), "cpu" or "cuda"/"cuda:N". Throws UsageError for an unknown
// name or a GPU that is not there. On CUDA it turns on cuDNN's autotuner (fixed batch shapes benefit).
torch::Device chooseDevice(const std::string &preference);

// "cpu" or "cuda:0 (NVIDIA H100 80GB HBM3)" for results and logs.
std::string describeDevice(const torch::Device &device);

} // namespace mw::core
