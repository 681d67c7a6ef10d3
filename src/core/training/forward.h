#pragma once

// Engine-internal: how a batch goes through a run's network (LibTorch). Digits are preprocessed to the network's
// input size and normalisation (augmented in training when the run augments), laid out channels-last when asked, and
// passed in the run's precision.
#include "models/network.h"
#include "training/config.h"
#include "training/epoch.h"

#include <torch/torch.h>

#include <functional>
#include <optional>

namespace mw::core {

class RunForward {
public:
    // autocast: bf16 autocast on this device type; nullopt: float32.
    RunForward(NetworkPtr network, const RunConfig &config, std::optional<c10::DeviceType> autocast);

    Forward whole(bool augment) const; // digits through the whole network
    Forward features() const;          // digits through the backbone, never augmented (the feature cache)
    Forward head(HeadImpl &head) const; // cached features through the head

private:
    torch::Tensor inputs(const torch::Tensor &images, bool augment) const;
    torch::Tensor pass(const std::function<torch::Tensor()> &forward) const;

    NetworkPtr m_network;
    RunConfig m_config;
    std::optional<c10::DeviceType> m_autocast;
};

} // namespace mw::core
