#pragma once

// Engine-internal: building networks from the registry (LibTorch).
#include "models/network.h"
#include "models/registry.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <optional>

namespace mw::core {

// A backbone by registry name (random init). Throws UsageError for baselines and unknown names.
BackbonePtr makeBackbone(const std::string &name);

// The whole network a spec describes: backbone + head, or a baseline. Throws UsageError / WeightsError.
// Initial weights come from torch's default generator, seeded with `seed` when one is given; built under a lock, so
// networks built at once on other threads neither change nor take these weights' random numbers.
NetworkPtr makeNetwork(const ModelSpec &spec, std::optional<std::uint64_t> seed = std::nullopt);

// Loads backbone weights the user brings (.pth, .safetensors; Keras .h5 into the Keras-layout backbones) by content.
// Classifier keys are ignored; anything that does not fit throws WeightsError naming the file and the key (the
// Keras layer), and leaves the backbone as it was. `model` is the backbone's registry name. Returns a one-line
// summary.
std::string loadBackboneWeights(Backbone &backbone, const std::string &model, const std::filesystem::path &file);

// The spec's input size after defaults, checked against the model's minimum (UsageError).
int inputSizeOf(const ModelSpec &spec);

nlohmann::json toJson(const ModelSpec &spec);
ModelSpec modelSpecFromJson(const nlohmann::json &json); // throws UsageError on a malformed spec

} // namespace mw::core
