#include "models/baselines.h"

#include "random.h"

namespace mw::core {
namespace {

torch::Tensor firstChannel(const torch::Tensor &x) { return x.narrow(1, 0, 1); }

torch::nn::Conv2d conv3x3(int in, int out) { return torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3)); }

} // namespace

DenseNet::DenseNet(const std::vector<int> &hidden, int side)
{
    torch::nn::Sequential layers;
    int inputs = side * side;
    for (int width : hidden) {
        layers->push_back(torch::nn::Linear(inputs, width));
        layers->push_back(torch::nn::ReLU());
        inputs = width;
    }
    layers->push_back(torch::nn::Linear(inputs, 10));
    m_layers = register_module("layers", layers);
}

torch::Tensor DenseNet::forward(const torch::Tensor &x) { return m_layers->forward(firstChannel(x).flatten(1)); }

SmallCnn::SmallCnn(int side)
{
    m_conv1 = register_module("conv1", conv3x3(1, 32));
    m_conv2 = register_module("conv2", conv3x3(32, 64));
    // 28 -conv-> 26 -pool s1-> 25 -conv-> 23 -pool s1-> 22: each conv and each pool takes away 2 and 1.
    const int out = side - 6;
    m_fc1 = register_module("fc1", torch::nn::Linear(64 * out * out, 128));
    m_fc2 = register_module("fc2", torch::nn::Linear(128, 10));
}

torch::Tensor SmallCnn::forward(const torch::Tensor &x)
{
    auto y = torch::max_pool2d(torch::relu(m_conv1->forward(firstChannel(x))), 2, 1);
    y = torch::max_pool2d(torch::relu(m_conv2->forward(y)), 2, 1);
    y = torch::relu(m_fc1->forward(y.flatten(1)));
    return m_fc2->forward(runDropout(y, 0.5, is_training()));
}

LeNet::LeNet(int side)
{
    // Conv, BN, ReLU, conv, BN, ReLU, pool, as the tutorial's network, with two changes that compute the same: the
    // pool before the second ReLU (max and ReLU commute; ReLU then sees a quarter of the values, forward and
    // backward), and the ReLUs in place on BatchNorm's output (its backward needs its input, not its output). The
    // modules with weights keep their indices, so checkpoints are unchanged.
    auto block = [](torch::nn::Sequential &s, int in, int out) {
        const auto relu = torch::nn::ReLUOptions().inplace(true);
        s->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(in, out, 3).padding(1).bias(false)));
        s->push_back(torch::nn::BatchNorm2d(out));
        s->push_back(torch::nn::ReLU(relu));
        s->push_back(torch::nn::Conv2d(torch::nn::Conv2dOptions(out, out, 3).padding(1).bias(false)));
        s->push_back(torch::nn::BatchNorm2d(out));
        s->push_back(torch::nn::MaxPool2d(2));
        s->push_back(torch::nn::ReLU(relu));
        s->push_back(Dropout(0.25));
    };
    torch::nn::Sequential features;
    block(features, 1, 32);  // 28 -> 14
    block(features, 32, 64); // 14 -> 7
    m_features = register_module("features", features);
    const int out = side / 2 / 2;
    m_classifier = register_module(
        "classifier", torch::nn::Sequential(torch::nn::Linear(torch::nn::LinearOptions(64 * out * out, 256).bias(false)),
                                            torch::nn::BatchNorm1d(256),
                                            torch::nn::ReLU(torch::nn::ReLUOptions().inplace(true)), Dropout(0.4),
                                            torch::nn::Linear(256, 10)));
}

torch::Tensor LeNet::forward(const torch::Tensor &x)
{
    return m_classifier->forward(m_features->forward(firstChannel(x)).flatten(1));
}

} // namespace mw::core
