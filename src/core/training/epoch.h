#pragma once

// Engine-internal: one training epoch and one evaluation pass over a part of the split (LibTorch), as functions of
// what they work on; the trainer (training/trainer.cpp) decides which weights, phases and parts.
#include "training/result.h"

#include <torch/torch.h>

#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <random>
#include <stop_token>

namespace mw::core {

// A batch of rows in, logits (or features) out, in the run's precision.
using Forward = std::function<torch::Tensor(const torch::Tensor &)>;

// One part of the split on the device: uint8 images [N, 28, 28], or the backbone's features [N, width] once cached.
// With shifted digits, positions [N, 2] says where each digit goes on its canvas (placed batch by batch).
struct PartData {
    torch::Tensor x, y, positions;
    int canvas = 0; // the shifted digits' canvas side; 0 without positions

    std::int64_t size() const { return y.defined() ? y.size(0) : 0; }
    // A batch of rows; shifted digits come out on their canvas (after the shift, augmentation and resizing see the
    // canvas as the image).
    torch::Tensor rows(const torch::Tensor &index) const;
    torch::Tensor rows(std::int64_t start, std::int64_t count) const;
};

enum class Outcome { Done, NaN, Cancelled };

struct EpochTotals {
    Outcome outcome = Outcome::Done;
    double loss = 0, accuracy = 0; // running means over the epoch's batches
};

struct Evaluation {
    Outcome outcome = Outcome::Done;
    double loss = 0, accuracy = 0;
    // On the CPU, when asked for: the predicted digits, each digit's loss and its softmax probabilities [N, 10].
    torch::Tensor predictions, losses, probabilities;
};

// Reading the running loss makes a GPU wait for its queue, so batch progress is read after an epoch's first and last
// batch and at most this often in between: about ten times a second is smooth to watch.
inline constexpr std::chrono::milliseconds kBatchReportInterval{100};

// Evaluation needs no gradients, so its batches can be larger than training batches; about this many bytes of input
// per batch keeps a 224x224 backbone within memory, and the cap keeps small inputs from making batches that only
// add latency.
inline constexpr std::int64_t kEvalBatchBytes = std::int64_t(16) << 20;
inline constexpr std::int64_t kEvalBatchCap = 1024;
// Rows of rowBytes bytes each, and never fewer than the training batch.
std::int64_t evalBatchSize(std::int64_t trainBatch, std::int64_t rowBytes);
// The bytes of one image once preprocessed: float32, 3 channels, side x side.
inline std::int64_t imageRowBytes(int side) { return std::int64_t(12) * side * side; }

// Progress within an epoch: batch b of `batches` (1-based) and the running means so far.
struct BatchReport {
    int batch = 0, batches = 0;
    double loss = 0, accuracy = 0;
};

// One pass over `train` in an order drawn from `shuffle`, one optimizer step per batch of batchSize (a last batch of
// one digit is left out: it would break BatchNorm in training mode). The caller puts the network in training mode.
// Stops within a batch when `stop` is requested (Cancelled) and at a NaN running loss (NaN).
EpochTotals trainEpoch(const PartData &train, std::int64_t batchSize, const Forward &forward,
                       torch::optim::Optimizer &optimizer, std::mt19937_64 &shuffle, const std::stop_token &stop,
                       const std::function<void(const BatchReport &)> &report);

// Mean loss and accuracy of `forward` over `part` in batches of batchSize, without gradients; with keepPredictions
// also each digit's prediction, loss and probabilities. The caller puts the network in inference mode.
Evaluation evaluate(const PartData &part, std::int64_t batchSize, const Forward &forward, bool keepPredictions,
                    const std::stop_token &stop);

// `part` with its rows mapped through `forward` (a frozen backbone's features) in batches of batchSize; nullopt
// when `stop` was requested.
std::optional<PartData> mapRows(const PartData &part, std::int64_t batchSize, const Forward &forward,
                                std::int64_t width, const std::stop_token &stop);

// The test evaluation's figures into the result: accuracy, loss, confusion matrix, misclassified digits and details.
void recordTest(RunResult &result, const torch::Tensor &labels, const Evaluation &test);

} // namespace mw::core
