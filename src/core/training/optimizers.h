#pragma once

// Engine-internal: what a training phase optimizes and with which optimizer (LibTorch).
#include "training/config.h"

#include <torch/torch.h>

#include <memory>
#include <vector>

namespace mw::core {

// The phase's optimizer (SGD, RMSprop or Adam) with its learning rate and momentum, over `params`.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const PhaseConfig &c, const std::vector<torch::Tensor> &params);

// The module's parameters that require gradients (what freezing left trainable), in the module's order.
std::vector<torch::Tensor> trainableParameters(torch::nn::Module &module);

} // namespace mw::core
