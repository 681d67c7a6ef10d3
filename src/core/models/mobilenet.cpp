// MobileNet v2 as torchvision has it (torchvision/models/mobilenetv2.py), and MobileNet v1 as Keras has it
// (keras/applications/mobilenet.py, alpha 1, depth multiplier 1), both without their classifiers.
#include "models/backbones.h"
#include "models/kerasgraph.h"

#include <iterator>
#include <string>
#include <utility>

namespace mw::core {
namespace {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

// Convolution (no bias) + BatchNorm + ReLU6, named as torchvision's Conv2dNormActivation: "0" convolution, "1"
// BatchNorm; the ReLU6 ("2") has no parameters and is applied in forward. padding -1: torchvision's (kernel-1)/2.
class ConvBnReLU6Impl : public nn::Module {
public:
    ConvBnReLU6Impl(int in, int out, int kernel, int stride = 1, int groups = 1, int padding = -1, double eps = 1e-5,
                    double momentum = 0.1)
    {
        m_conv = register_module("0", nn::Conv2d(nn::Conv2dOptions(in, out, kernel)
                                                     .stride(stride)
                                                     .padding(padding < 0 ? (kernel - 1) / 2 : padding)
                                                     .groups(groups)
                                                     .bias(false)));
        m_bn = register_module("1", nn::BatchNorm2d(nn::BatchNorm2dOptions(out).eps(eps).momentum(momentum)));
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        auto y = m_bn(m_conv(x));
        return torch::hardtanh_(y, 0.0, 6.0); // ReLU6
    }

private:
    nn::Conv2d m_conv{nullptr};
    nn::BatchNorm2d m_bn{nullptr};
};
TORCH_MODULE(ConvBnReLU6);

// torchvision's init for its MobileNets: He-normal (fan_out) convolutions; BatchNorm 1 / 0 is LibTorch's default.
void initConvolutions(nn::Module &root)
{
    torch::NoGradGuard noGrad;
    for (auto &module : root.modules(false))
        if (auto *c = module->as<nn::Conv2d>())
            nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut, torch::kReLU);
}

// ---- MobileNet v2 ----

// torchvision's InvertedResidual: conv.0 expand 1x1 (absent when t = 1), then depthwise 3x3, then conv.N a linear
// 1x1 projection and conv.N+1 its BatchNorm; the input is added back when shapes allow.
class InvertedResidualImpl : public nn::Module {
public:
    InvertedResidualImpl(int in, int out, int stride, int expandRatio) : m_residual(stride == 1 && in == out)
    {
        const int hidden = in * expandRatio;
        m_conv = register_module("conv", nn::Sequential());
        if (expandRatio != 1)
            m_conv->push_back(ConvBnReLU6(in, hidden, 1));
        m_conv->push_back(ConvBnReLU6(hidden, hidden, 3, stride, hidden));
        m_conv->push_back(nn::Conv2d(nn::Conv2dOptions(hidden, out, 1).bias(false)));
        m_conv->push_back(nn::BatchNorm2d(out));
    }

    torch::Tensor forward(const torch::Tensor &x) { return m_residual ? x + m_conv->forward(x) : m_conv->forward(x); }

private:
    bool m_residual;
    nn::Sequential m_conv{nullptr};
};
TORCH_MODULE(InvertedResidual);

class MobileNetV2 : public Backbone {
public:
    MobileNetV2()
    {
        struct Stage {
            int t, c, n, s; // expansion, channels, repeats, first stride (torchvision's table, width 1.0)
        };
        const Stage stages[] = {{1, 16, 1, 1}, {6, 24, 2, 2}, {6, 32, 3, 2}, {6, 64, 4, 2},
                                {6, 96, 3, 1}, {6, 160, 3, 2}, {6, 320, 1, 1}};
        m_features = register_module("features", nn::Sequential());
        m_features->push_back(ConvBnReLU6(3, 32, 3, 2));
        int in = 32;
        for (const Stage &stage : stages)
            for (int i = 0; i < stage.n; ++i) {
                m_features->push_back(InvertedResidual(in, stage.c, i == 0 ? stage.s : 1, stage.t));
                in = stage.c;
            }
        m_features->push_back(ConvBnReLU6(in, 1280, 1));
        for (std::size_t i = 0; i < m_features->size(); ++i)
            m_layers.push_back("features." + std::to_string(i));
        initConvolutions(*this);
    }

    torch::Tensor features(const torch::Tensor &x) override
    {
        checkBackboneInput(x, "mobilenet_v2", minimumInputSize());
        return torch::adaptive_avg_pool2d(m_features->forward(x), {1, 1}).flatten(1);
    }

    int featureWidth() const override { return 1280; }
    int defaultInputSize() const override { return 32; }
    int minimumInputSize() const override { return 32; } // five stride-2 stages: 32 -> 1, as Keras requires too
    std::vector<std::string> layers() const override { return m_layers; }

private:
    nn::Sequential m_features{nullptr};
    std::vector<std::string> m_layers; // features.0 ... features.18
};

// ---- MobileNet v1 ----
//
// torchvision has no MobileNet v1; this is Keras' MobileNet(alpha=1, depth_multiplier=1, include_top=False) with
// torchvision-style names:
//   features.0.0      conv1 3x3 stride 2, 3 -> 32           (Keras conv1)
//   features.0.1      its BatchNorm                        (conv1_bn; features.0.2 would be the ReLU6)
//   features.K.0      depthwise 3x3 of block K = 1..13     (conv_dw_K)
//   features.K.1      its BatchNorm                        (conv_dw_K_bn; .2 ReLU6)
//   features.K.3      pointwise 1x1                        (conv_pw_K)
//   features.K.4      its BatchNorm                        (conv_pw_K_bn; .5 ReLU6)
// No convolution has a bias. BatchNorm has Keras' eps 1e-3 and momentum 0.99 (LibTorch's 0.01), so Keras' weights
// give Keras' outputs, and so does padding: conv1 and each stride-2 depthwise convolution follow Keras'
// ZeroPadding2D(((0, 1), (0, 1))) with a "valid" convolution (keras_applications 1.0.8; tf.keras 2's conv1 pads
// "same", which is the same on even sides and pads (1, 1) on odd ones). Keras' initialization: glorot_uniform.

struct SeparableSpec {
    int out, stride; // pointwise filters and depthwise stride of blocks 1..13
};
constexpr SeparableSpec kMobileNetV1Blocks[] = {{64, 1},  {128, 2}, {128, 1}, {256, 2}, {256, 1},
                                                {512, 2}, {512, 1}, {512, 1}, {512, 1}, {512, 1},
                                                {512, 1}, {1024, 2}, {1024, 1}};
constexpr double kKerasBatchNormEps = 1e-3;

nn::BatchNorm2d kerasBatchNorm(int features)
{
    return nn::BatchNorm2d(nn::BatchNorm2dOptions(features).eps(kKerasBatchNormEps).momentum(kKerasBatchNormMomentum));
}

class DepthwiseSeparableImpl : public nn::Module {
public:
    DepthwiseSeparableImpl(int in, int out, int stride) : m_stride(stride)
    {
        m_dw = register_module("0", nn::Conv2d(nn::Conv2dOptions(in, in, 3)
                                                   .stride(stride)
                                                   .padding(stride == 1 ? 1 : 0)
                                                   .groups(in)
                                                   .bias(false)));
        m_dwBn = register_module("1", kerasBatchNorm(in));
        m_pw = register_module("3", nn::Conv2d(nn::Conv2dOptions(in, out, 1).bias(false)));
        m_pwBn = register_module("4", kerasBatchNorm(out));
    }

    torch::Tensor forward(torch::Tensor x)
    {
        if (m_stride != 1)
            x = F::pad(x, F::PadFuncOptions({0, 1, 0, 1}));
        x = m_dwBn(m_dw(x));
        torch::hardtanh_(x, 0.0, 6.0);
        x = m_pwBn(m_pw(x));
        return torch::hardtanh_(x, 0.0, 6.0);
    }

private:
    int m_stride;
    nn::Conv2d m_dw{nullptr}, m_pw{nullptr};
    nn::BatchNorm2d m_dwBn{nullptr}, m_pwBn{nullptr};
};
TORCH_MODULE(DepthwiseSeparable);

class MobileNetV1 : public Backbone {
public:
    MobileNetV1()
    {
        m_features = register_module("features", nn::Sequential());
        m_features->push_back(ConvBnReLU6(3, 32, 3, 2, 1, 0, kKerasBatchNormEps, kKerasBatchNormMomentum));
        int in = 32;
        for (const SeparableSpec &block : kMobileNetV1Blocks) {
            m_features->push_back(DepthwiseSeparable(in, block.out, block.stride));
            in = block.out;
        }
        for (std::size_t i = 0; i < m_features->size(); ++i)
            m_layers.push_back("features." + std::to_string(i));
        torch::NoGradGuard noGrad;
        for (auto &module : modules(false))
            if (auto *c = module->as<nn::Conv2d>())
                nn::init::xavier_uniform_(c->weight); // glorot_uniform: Keras counts the same fans (OIHW / HWIO)
    }

    torch::Tensor features(const torch::Tensor &input) override
    {
        checkBackboneInput(input, "mobilenet_v1", minimumInputSize());
        const auto x = F::pad(input, F::PadFuncOptions({0, 1, 0, 1})); // conv1_pad
        return torch::adaptive_avg_pool2d(m_features->forward(x), {1, 1}).flatten(1);
    }

    int featureWidth() const override { return 1024; }
    int defaultInputSize() const override { return 32; }
    // Keras' minimum. Five stride-2 stages take 32 to 1; from 30 down the last one sees fewer than 3 pixels.
    int minimumInputSize() const override { return 32; }
    std::vector<std::string> layers() const override { return m_layers; }

    std::vector<std::pair<std::string, std::string>> kerasLayers() const override
    {
        std::vector<std::pair<std::string, std::string>> out = {{"conv1", "features.0.0"},
                                                                {"conv1_bn", "features.0.1"}};
        for (std::size_t k = 1; k <= std::size(kMobileNetV1Blocks); ++k) {
            const std::string id = std::to_string(k), path = "features." + id;
            out.insert(out.end(), {{"conv_dw_" + id, path + ".0"},
                                   {"conv_dw_" + id + "_bn", path + ".1"},
                                   {"conv_pw_" + id, path + ".3"},
                                   {"conv_pw_" + id + "_bn", path + ".4"}});
        }
        return out;
    }

private:
    nn::Sequential m_features{nullptr};
    std::vector<std::string> m_layers; // features.0 ... features.13
};

} // namespace

BackbonePtr makeMobileNetV2() { return std::make_shared<MobileNetV2>(); }
BackbonePtr makeMobileNetV1() { return std::make_shared<MobileNetV1>(); }

} // namespace mw::core
