#pragma once

// Engine-internal: the tutorials' from-scratch baselines. They take the same preprocessed [B, 3, 28, 28] input as
// every network (three equal channels) and use its first channel, so one data path serves all models. Their input
// side is 28 (the digits as they are) or the shifted digits' canvas; layer sizes follow from it.
#include "models/network.h"

namespace mw::core {

// "mlp": 784-512-256-10, ReLU (the MLP-vs-CNN tutorial's dense network).
// "dense32": 784-32-10, ReLU (the smallest from-scratch dense model). Inputs side * side.
class DenseNet : public Network {
public:
    explicit DenseNet(const std::vector<int> &hidden, int side = 28);
    torch::Tensor forward(const torch::Tensor &x) override;

private:
    torch::nn::Sequential m_layers{nullptr}; // "layers.0", "layers.2", ... (ReLUs between)
};

// "smallcnn": conv 32 3x3 ReLU, maxpool 2x2 stride 1, conv 64 3x3 ReLU, maxpool 2x2 stride 1, flatten,
// dense 128 ReLU, dropout 0.5, dense 10 (the tutorial's CNN, pooling stride as it wrote it).
class SmallCnn : public Network {
public:
    explicit SmallCnn(int side = 28);
    torch::Tensor forward(const torch::Tensor &x) override;

private:
    torch::nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr};
    torch::nn::Linear m_fc1{nullptr}, m_fc2{nullptr};
};

// "cnn": a LeNet-style network with BatchNorm that reaches 99.4%+ on MNIST: two blocks of
// (conv 3x3 -> BN -> ReLU) x2 -> maxpool 2 -> dropout 0.25 (32 then 64 channels), dense 256 -> BN -> ReLU ->
// dropout 0.4 -> dense 10 (the second ReLU of a block runs after the pool: the same values, a quarter of the work).
class LeNet : public Network {
public:
    explicit LeNet(int side = 28);
    torch::Tensor forward(const torch::Tensor &x) override;

private:
    torch::nn::Sequential m_features{nullptr}, m_classifier{nullptr};
};

} // namespace mw::core
