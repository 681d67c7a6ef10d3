#pragma once

// Engine-internal: what a run sets up before its first epoch (LibTorch): the split's parts on the device, the
// backbone's weights, the network's place and memory layout, and what each phase will train.
#include "models/network.h"
#include "training/epoch.h"
#include "training/result.h"

#include <torch/torch.h>

#include <string>
#include <vector>

namespace mw::core {

struct RunData {
    PartData train, validation, test;
    std::string dataset;     // its name ("MNIST", or a custom folder's name)
    std::string description; // as the log says it: "MNIST (verified)"
};

// The dataset split as config says, each part on `device` (shifted digits with their positions on the canvas).
RunData loadRunData(const RunConfig &config, const torch::Device &device);

// config.weights into the backbone, the weights' source and digest into the result. Returns the lines for the run's
// log. Throws UsageError for weights given to a baseline, WeightsError for weights that do not fit.
std::vector<std::string> loadRunWeights(Network &network, const RunConfig &config, RunResult &result);

// The network on `device`, convolution weights channels-last when asked.
void placeNetwork(Network &network, const torch::Device &device, bool channelsLast);

// What each phase will train, counted with the same freezing the phases apply; the network is left all trainable.
ParameterSummary countTrainable(Network &network, int frozenLayers);

} // namespace mw::core
