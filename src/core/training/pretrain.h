#pragma once

// Pretraining without the internet: a backbone learns on another MNIST-format dataset (Fashion-MNIST ships in
// Debian), and its weights become the starting point of a real transfer experiment. No LibTorch in this header.
#include "training/trainer.h"

#include <filesystem>
#include <stop_token>

namespace mw::core {

// Key of the safetensors __metadata__ entry (a JSON string) that says how a pretrained backbone was made.
inline constexpr const char *kPretrainMetadataKey = "mnist_workbench_pretrain";

// Trains config.model's backbone from random initialisation together with a head, end to end in one phase ("train":
// BatchNorm learns its statistics, early stopping on validation accuracy as usual; the finetune settings are not
// used), then writes the backbone's state dict alone to `out`: safetensors with torchvision's names, so --weights
// loads it for a transfer run, and metadata under kPretrainMetadataKey (model, input size, normalization, dataset,
// split, digits, epochs, best epoch, validation and test accuracy, seed). Written atomically; nothing is written
// when the run is cancelled or no epoch finished. Throws UsageError for a baseline, for weights (pretraining starts
// from scratch) and for an `out` that cannot be written, before training starts.
RunResult pretrainBackbone(const RunConfig &config, const std::filesystem::path &out,
                           const TrainerCallbacks &callbacks = {}, std::stop_token stop = {});

} // namespace mw::core
