#pragma once

// Engine-internal: a trained model on disk (LibTorch tensors).
#include "models/network.h"
#include "models/weights.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace mw::core {

// One safetensors file: every parameter and buffer of the network, plus the config that built it as a JSON string
// under the key "mnist_workbench" of the safetensors __metadata__ (so other safetensors readers still load it).
struct Checkpoint {
    nlohmann::json config;
    StateDict tensors; // load with loadStateDict into a network built from config
};

// Atomic: written to path + ".part" and renamed, so an interrupted save never leaves a half checkpoint.
void saveCheckpoint(const std::filesystem::path &path, const Network &network, const nlohmann::json &config);

// Throws WeightsError naming the file: damaged, not safetensors, or safetensors without our metadata.
Checkpoint readCheckpoint(const std::filesystem::path &path);

} // namespace mw::core
