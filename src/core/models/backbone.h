#pragma once

// Engine-internal: LibTorch modules.
#include <torch/torch.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace mw::core {

// A feature extractor that reproduces a torchvision architecture with torchvision's parameter and buffer names,
// so a torchvision state dict loads without a mapping table. The classifier (fc / classifier / AuxLogits) is not
// part of a backbone: our own Head replaces it.
class Backbone : public torch::nn::Module {
public:
    // x: float [B, 3, H, W], already preprocessed. Returns [B, featureWidth()]: the flattened
    // global-average-pooled output that feeds the classifier.
    virtual torch::Tensor features(const torch::Tensor &x) = 0;
    virtual int featureWidth() const = 0;
    virtual int defaultInputSize() const = 0;
    virtual int minimumInputSize() const = 0;
    // Top-level layers in forward order, as parameter-name prefixes ("conv1", "bn1", "layer1", ... or
    // "features.0", "features.2", ...). freezeLayers(K) freezes the first K of them.
    virtual std::vector<std::string> layers() const = 0;
    // Keras-layout backbones: every Keras layer that has weights, in the order Keras creates them, as {Keras layer
    // name, our module path} ({"conv1_conv", "conv1_conv"}, {"conv_dw_1", "features.1.0"}). Layers Keras leaves
    // unnamed carry standalone Keras 2's names (conv2d_1, batch_normalization_1, ...). Empty: not a Keras layout.
    virtual std::vector<std::pair<std::string, std::string>> kerasLayers() const { return {}; }
};
using BackbonePtr = std::shared_ptr<Backbone>;

} // namespace mw::core
