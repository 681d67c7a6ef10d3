#pragma once

// Engine-internal: what a training phase optimizes and with which optimizer (LibTorch).
#include "training/config.h"

#include <torch/torch.h>

#include <memory>
#include <vector>

namespace mw::core {

// The phase's optimizer (SGD, RMSprop or Adam) with its learning rate and momentum, over `params`.
std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const PhaseConfig &c, const std::vector<torch::Tensor> &params);

// torch::optim::Adam's update in one pass over each parameter's memory. LibTorch's step takes eight passes (two of
// them allocating a parameter-sized tensor, one a slow division): on a 4M-parameter network (smallcnn's dense layer)
// that was a large part of a training step on the CPU. The state, saving and loading are Adam's own, so resume files
// stay the same; the result equals Adam's up to float rounding. Parameters it cannot take in one pass (not float32
// on the CPU, not contiguous, amsgrad) go through Adam's own code.
class FusedAdam final : public torch::optim::Adam {
public:
    using torch::optim::Adam::Adam;
    torch::Tensor step(LossClosure closure = nullptr) override;
};

// The module's parameters that require gradients (what freezing left trainable), in the module's order.
std::vector<torch::Tensor> trainableParameters(torch::nn::Module &module);

} // namespace mw::core
