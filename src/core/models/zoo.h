#pragma once

// Engine-internal: building networks from the registry (LibTorch).
#include "models/network.h"
#include "models/registry.h"

#include <nlohmann/json.hpp>

#include <filesystem>

namespace mw::core {

// A backbone by registry name (random init). Throws UsageError for baselines and unknown names.
BackbonePtr makeBackbone(const std::string &name);

// The whole network a spec describes: backbone + head, or a baseline. Throws UsageError / WeightsError.
NetworkPtr makeNetwork(const ModelSpec &spec);

// Loads backbone weights the user brings (.pth, .safetensors) by content. Classifier keys are ignored;
// anything that does not fit throws WeightsError naming the file and the key. Returns a one-line summary.
std::string loadBackboneWeights(Backbone &backbone, const std::filesystem::path &file);

// The spec's input size after defaults, checked against the model's minimum (UsageError).
int inputSizeOf(const ModelSpec &spec);

nlohmann::json toJson(const ModelSpec &spec);
ModelSpec modelSpecFromJson(const nlohmann::json &json); // throws UsageError on a malformed spec

} // namespace mw::core
