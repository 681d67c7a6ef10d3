#pragma once

// Engine-internal: LibTorch modules.
#include <torch/torch.h>

#include <memory>
#include <string>
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
};
using BackbonePtr = std::shared_ptr<Backbone>;

} // namespace mw::core
