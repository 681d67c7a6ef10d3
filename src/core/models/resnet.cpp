// torchvision's ResNet (torchvision/models/resnet.py), without the classifier `fc`.
#include "models/backbones.h"

#include <array>
#include <string>

namespace mw::core {
namespace {

namespace nn = torch::nn;

nn::Conv2d conv(int in, int out, int kernel, int stride = 1, int padding = 0)
{
    return nn::Conv2d(nn::Conv2dOptions(in, out, kernel).stride(stride).padding(padding).bias(false));
}

// torchvision's BasicBlock (two 3x3 convolutions) or Bottleneck (1x1, 3x3, 1x1 widening 4x, with the stride on
// the 3x3 as torchvision's "ResNet v1.5" has it). Names: conv1, bn1, conv2, bn2 [, conv3, bn3] [, downsample.0/.1].
class ResidualBlockImpl : public nn::Module {
public:
    static constexpr int kBottleneckExpansion = 4;

    ResidualBlockImpl(int inplanes, int planes, int stride, bool bottleneck)
    {
        const int out = bottleneck ? planes * kBottleneckExpansion : planes;
        if (bottleneck) {
            m_conv1 = register_module("conv1", conv(inplanes, planes, 1));
            m_bn1 = register_module("bn1", nn::BatchNorm2d(planes));
            m_conv2 = register_module("conv2", conv(planes, planes, 3, stride, 1));
            m_bn2 = register_module("bn2", nn::BatchNorm2d(planes));
            m_conv3 = register_module("conv3", conv(planes, out, 1));
            m_bn3 = register_module("bn3", nn::BatchNorm2d(out));
        } else {
            m_conv1 = register_module("conv1", conv(inplanes, planes, 3, stride, 1));
            m_bn1 = register_module("bn1", nn::BatchNorm2d(planes));
            m_conv2 = register_module("conv2", conv(planes, planes, 3, 1, 1));
            m_bn2 = register_module("bn2", nn::BatchNorm2d(planes));
        }
        if (stride != 1 || inplanes != out)
            m_downsample =
                register_module("downsample", nn::Sequential(conv(inplanes, out, 1, stride), nn::BatchNorm2d(out)));
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        auto y = m_bn1(m_conv1(x)).relu_();
        y = m_bn2(m_conv2(y));
        if (m_conv3) {
            y = torch::relu_(y);
            y = m_bn3(m_conv3(y));
        }
        y += m_downsample ? m_downsample->forward(x) : x;
        return torch::relu_(y);
    }

private:
    nn::Conv2d m_conv1{nullptr}, m_conv2{nullptr}, m_conv3{nullptr};
    nn::BatchNorm2d m_bn1{nullptr}, m_bn2{nullptr}, m_bn3{nullptr};
    nn::Sequential m_downsample{nullptr};
};
TORCH_MODULE(ResidualBlock);

class ResNet : public Backbone {
public:
    ResNet(const char *name, std::array<int, 4> blocks, bool bottleneck) : m_name(name)
    {
        m_conv1 = register_module("conv1", conv(3, 64, 7, 2, 3));
        m_bn1 = register_module("bn1", nn::BatchNorm2d(64));
        int inplanes = 64;
        const std::array<int, 4> planes = {64, 128, 256, 512};
        for (std::size_t i = 0; i < 4; ++i) {
            nn::Sequential layer;
            for (int b = 0; b < blocks[i]; ++b) {
                const int stride = (i > 0 && b == 0) ? 2 : 1;
                layer->push_back(ResidualBlock(inplanes, planes[i], stride, bottleneck));
                inplanes = bottleneck ? planes[i] * ResidualBlockImpl::kBottleneckExpansion : planes[i];
            }
            m_layers[i] = register_module("layer" + std::to_string(i + 1), layer);
        }
        m_width = inplanes;

        // torchvision's init: He-normal (fan_out) convolutions; BatchNorm weight 1, bias 0 (LibTorch's default).
        torch::NoGradGuard noGrad;
        for (auto &module : modules(false))
            if (auto *c = module->as<nn::Conv2d>())
                nn::init::kaiming_normal_(c->weight, 0.0, torch::kFanOut, torch::kReLU);
    }

    torch::Tensor features(const torch::Tensor &input) override
    {
        checkBackboneInput(input, m_name, minimumInputSize());
        auto x = m_bn1(m_conv1(input)).relu_();
        x = torch::max_pool2d(x, 3, 2, 1);
        for (auto &layer : m_layers)
            x = layer->forward(x);
        return torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
    }

    int featureWidth() const override { return m_width; }
    int defaultInputSize() const override { return 32; }
    // Five stride-2 stages take 32 pixels down to 1; the tutorials use no less.
    int minimumInputSize() const override { return 32; }
    std::vector<std::string> layers() const override
    {
        return {"conv1", "bn1", "layer1", "layer2", "layer3", "layer4"};
    }

private:
    const char *m_name;
    int m_width = 0;
    nn::Conv2d m_conv1{nullptr};
    nn::BatchNorm2d m_bn1{nullptr};
    std::array<nn::Sequential, 4> m_layers{nn::Sequential{nullptr}, nn::Sequential{nullptr}, nn::Sequential{nullptr},
                                           nn::Sequential{nullptr}};
};

} // namespace

BackbonePtr makeResNet18() { return std::make_shared<ResNet>("resnet18", std::array<int, 4>{2, 2, 2, 2}, false); }
BackbonePtr makeResNet50() { return std::make_shared<ResNet>("resnet50", std::array<int, 4>{3, 4, 6, 3}, true); }

} // namespace mw::core
