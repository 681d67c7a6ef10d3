#pragma once

// Helpers shared by the engine's LibTorch tests: a backbone small enough to train in milliseconds, and snapshots of
// a module's weights.
#include "models/backbone.h"
#include "models/weights.h"

#include <QtTest>

#include <map>
#include <string>
#include <vector>

namespace mw::test {

// The shape of a TinyBackbone: conv1 (3->8, no bias) and conv2 (8->16, stride 2), each with its BatchNorm (which makes
// freezing subtle), then average pooling to pool x pool.
struct TinyShape {
    int firstStride = 2;
    int padding = 0;
    int pool = 2;
    int inputSize = 16;
};

class TinyBackbone : public mw::core::Backbone {
public:
    explicit TinyBackbone(TinyShape shape = {}) : m_shape(shape)
    {
        namespace nn = torch::nn;
        conv1 = register_module(
            "conv1", nn::Conv2d(nn::Conv2dOptions(3, 8, 3).stride(shape.firstStride).padding(shape.padding).bias(false)));
        bn1 = register_module("bn1", nn::BatchNorm2d(8));
        conv2 = register_module("conv2", nn::Conv2d(nn::Conv2dOptions(8, 16, 3).stride(2).padding(shape.padding)));
        bn2 = register_module("bn2", nn::BatchNorm2d(16));
    }
    torch::Tensor features(const torch::Tensor &x) override
    {
        auto y = torch::relu(bn1->forward(conv1->forward(x)));
        y = torch::relu(bn2->forward(conv2->forward(y)));
        return torch::adaptive_avg_pool2d(y, {m_shape.pool, m_shape.pool}).flatten(1);
    }
    int featureWidth() const override { return 16 * m_shape.pool * m_shape.pool; }
    int defaultInputSize() const override { return m_shape.inputSize; }
    int minimumInputSize() const override { return 8; }
    std::vector<std::string> layers() const override { return {"conv1", "bn1", "conv2", "bn2"}; }

    torch::nn::Conv2d conv1{nullptr}, conv2{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr}, bn2{nullptr};

private:
    TinyShape m_shape;
};

// A module's parameters and buffers by name, copied.
using Snapshot = std::map<std::string, torch::Tensor>;

inline Snapshot snapshot(const torch::nn::Module &module)
{
    Snapshot s;
    for (const auto &[name, tensor] : mw::core::stateDictOf(module))
        s[name] = tensor.detach().clone();
    return s;
}

// The names whose values differ between the snapshot and the module now.
inline std::vector<std::string> changed(const Snapshot &before, const torch::nn::Module &after)
{
    std::vector<std::string> names;
    for (const auto &[name, tensor] : mw::core::stateDictOf(after))
        if (!torch::equal(before.at(name), tensor))
            names.push_back(name);
    return names;
}

} // namespace mw::test
