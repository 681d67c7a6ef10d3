#pragma once

// Engine-internal: which test digits a run keeps with what the model said about them (RunResult::testDetails),
// chosen from the test evaluation's per-digit figures (LibTorch).
#include "training/result.h"

#include <torch/torch.h>

#include <vector>

namespace mw::core {

// Every misclassified digit and the kTopLosses highest-loss ones (each once), highest loss first and a NaN loss
// before all others, ties in test order. CPU tensors over the same N digits: labels and predicted int64 [N], losses
// float32 [N], probabilities float32 [N, classes] (the first 10 classes are kept).
std::vector<TestDigitDetail> selectTestDetails(const torch::Tensor &labels, const torch::Tensor &predicted,
                                               const torch::Tensor &losses, const torch::Tensor &probabilities);

} // namespace mw::core
