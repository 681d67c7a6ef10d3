// torchvision's VGG16 without BatchNorm (torchvision/models/vgg.py, configuration "D"), without its classifier.
#include "models/backbones.h"

#include <string>

namespace mw::core {
namespace {

namespace nn = torch::nn;

constexpr int kPool = 0;
// Output channels of each 3x3 convolution, kPool for a 2x2 max-pool.
constexpr int kConfigD[] = {64,  64,  kPool, 128, 128, kPool, 256, 256, 256, kPool,
                            512, 512, 512,   kPool, 512, 512, 512, kPool};

class Vgg16 : public Backbone {
public:
    Vgg16()
    {
        // Indices as torchvision's nn.Sequential numbers them: a convolution and its ReLU take two, a pool one
        // (features.0 conv, features.1 ReLU, features.2 conv, features.3 ReLU, features.4 pool, ...).
        m_features = register_module("features", nn::Sequential());
        int in = 3;
        for (int out : kConfigD) {
            m_layers.push_back("features." + std::to_string(m_features->size()));
            if (out == kPool) {
                m_features->push_back(nn::MaxPool2d(nn::MaxPool2dOptions(2).stride(2)));
                continue;
            }
            nn::Conv2d conv(nn::Conv2dOptions(in, out, 3).padding(1));
            {
                // torchvision's init: He-normal (fan_out), zero bias.
                torch::NoGradGuard noGrad;
                nn::init::kaiming_normal_(conv->weight, 0.0, torch::kFanOut, torch::kReLU);
                nn::init::zeros_(conv->bias);
            }
            m_features->push_back(conv);
            m_features->push_back(nn::ReLU(nn::ReLUOptions(true)));
            in = out;
        }
    }

    // torchvision pools to 7x7 for its classifier; our head takes the global average, 512 values, as Keras'
    // VGG16(include_top=False, pooling="avg") does.
    torch::Tensor features(const torch::Tensor &x) override
    {
        checkBackboneInput(x, "vgg16", minimumInputSize());
        return m_features->forward(x).mean({2, 3});
    }

    int featureWidth() const override { return 512; }
    int defaultInputSize() const override { return 32; }
    // Five 2x2 pools: a side under 32 reaches the last pool at under 2 pixels.
    int minimumInputSize() const override { return 32; }

    // The 13 convolutions and 5 pools in order, as Keras counts VGG16's layers without its InputLayer. Keras'
    // `base.layers[:15]` (the tutorial's "first 15 layers") holds the InputLayer plus block1_conv1 ... block4_pool,
    // which is freezeLayers(14) here: everything up to and including features.23 (the fourth pool).
    std::vector<std::string> layers() const override { return m_layers; }

private:
    nn::Sequential m_features{nullptr};
    std::vector<std::string> m_layers;
};

} // namespace

BackbonePtr makeVgg16() { return std::make_shared<Vgg16>(); }

} // namespace mw::core
