// torchvision's Inception3 (torchvision/models/inception.py) without AuxLogits, fc and transform_input: our
// inputs are already in [-1, 1], the range Inception v3 was trained on.
#include "models/backbones.h"

#include <string>

namespace mw::core {
namespace {

namespace nn = torch::nn;
using Pair = torch::ExpandingArray<2>;

// torchvision's BasicConv2d: conv (no bias) + bn (eps 0.001, as the original TensorFlow model) + ReLU.
class BasicConv2dImpl : public nn::Module {
public:
    BasicConv2dImpl(int in, int out, Pair kernel, Pair stride = 1, Pair padding = 0)
    {
        m_conv = register_module("conv", nn::Conv2d(nn::Conv2dOptions(in, out, kernel)
                                                        .stride(stride)
                                                        .padding(padding)
                                                        .bias(false)));
        m_bn = register_module("bn", nn::BatchNorm2d(nn::BatchNorm2dOptions(out).eps(0.001)));
    }

    torch::Tensor forward(const torch::Tensor &x) { return m_bn(m_conv(x)).relu_(); }

private:
    nn::Conv2d m_conv{nullptr};
    nn::BatchNorm2d m_bn{nullptr};
};
TORCH_MODULE(BasicConv2d);

// Shared by the Inception blocks: a named BasicConv2d member.
class Block : public nn::Module {
protected:
    BasicConv2d conv(const std::string &name, int in, int out, Pair kernel, Pair stride = 1, Pair padding = 0)
    {
        return register_module(name, BasicConv2d(in, out, kernel, stride, padding));
    }
    static torch::Tensor avgPool3x3(const torch::Tensor &x) { return torch::avg_pool2d(x, 3, 1, 1); }
};

class InceptionAImpl : public Block {
public:
    InceptionAImpl(int in, int poolFeatures)
        : m_1x1(conv("branch1x1", in, 64, 1)), m_5x5_1(conv("branch5x5_1", in, 48, 1)),
          m_5x5_2(conv("branch5x5_2", 48, 64, 5, 1, 2)), m_3x3dbl_1(conv("branch3x3dbl_1", in, 64, 1)),
          m_3x3dbl_2(conv("branch3x3dbl_2", 64, 96, 3, 1, 1)), m_3x3dbl_3(conv("branch3x3dbl_3", 96, 96, 3, 1, 1)),
          m_pool(conv("branch_pool", in, poolFeatures, 1))
    {
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        return torch::cat(
            {m_1x1(x), m_5x5_2(m_5x5_1(x)), m_3x3dbl_3(m_3x3dbl_2(m_3x3dbl_1(x))), m_pool(avgPool3x3(x))}, 1);
    }

private:
    BasicConv2d m_1x1, m_5x5_1, m_5x5_2, m_3x3dbl_1, m_3x3dbl_2, m_3x3dbl_3, m_pool;
};
TORCH_MODULE(InceptionA);

class InceptionBImpl : public Block {
public:
    explicit InceptionBImpl(int in)
        : m_3x3(conv("branch3x3", in, 384, 3, 2)), m_3x3dbl_1(conv("branch3x3dbl_1", in, 64, 1)),
          m_3x3dbl_2(conv("branch3x3dbl_2", 64, 96, 3, 1, 1)), m_3x3dbl_3(conv("branch3x3dbl_3", 96, 96, 3, 2))
    {
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        return torch::cat({m_3x3(x), m_3x3dbl_3(m_3x3dbl_2(m_3x3dbl_1(x))), torch::max_pool2d(x, 3, 2)}, 1);
    }

private:
    BasicConv2d m_3x3, m_3x3dbl_1, m_3x3dbl_2, m_3x3dbl_3;
};
TORCH_MODULE(InceptionB);

class InceptionCImpl : public Block {
public:
    InceptionCImpl(int in, int c7)
        : m_1x1(conv("branch1x1", in, 192, 1)), m_7x7_1(conv("branch7x7_1", in, c7, 1)),
          m_7x7_2(conv("branch7x7_2", c7, c7, {1, 7}, 1, {0, 3})),
          m_7x7_3(conv("branch7x7_3", c7, 192, {7, 1}, 1, {3, 0})), m_7x7dbl_1(conv("branch7x7dbl_1", in, c7, 1)),
          m_7x7dbl_2(conv("branch7x7dbl_2", c7, c7, {7, 1}, 1, {3, 0})),
          m_7x7dbl_3(conv("branch7x7dbl_3", c7, c7, {1, 7}, 1, {0, 3})),
          m_7x7dbl_4(conv("branch7x7dbl_4", c7, c7, {7, 1}, 1, {3, 0})),
          m_7x7dbl_5(conv("branch7x7dbl_5", c7, 192, {1, 7}, 1, {0, 3})), m_pool(conv("branch_pool", in, 192, 1))
    {
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        return torch::cat({m_1x1(x), m_7x7_3(m_7x7_2(m_7x7_1(x))),
                           m_7x7dbl_5(m_7x7dbl_4(m_7x7dbl_3(m_7x7dbl_2(m_7x7dbl_1(x))))), m_pool(avgPool3x3(x))},
                          1);
    }

private:
    BasicConv2d m_1x1, m_7x7_1, m_7x7_2, m_7x7_3, m_7x7dbl_1, m_7x7dbl_2, m_7x7dbl_3, m_7x7dbl_4, m_7x7dbl_5, m_pool;
};
TORCH_MODULE(InceptionC);

class InceptionDImpl : public Block {
public:
    explicit InceptionDImpl(int in)
        : m_3x3_1(conv("branch3x3_1", in, 192, 1)), m_3x3_2(conv("branch3x3_2", 192, 320, 3, 2)),
          m_7x7x3_1(conv("branch7x7x3_1", in, 192, 1)),
          m_7x7x3_2(conv("branch7x7x3_2", 192, 192, {1, 7}, 1, {0, 3})),
          m_7x7x3_3(conv("branch7x7x3_3", 192, 192, {7, 1}, 1, {3, 0})),
          m_7x7x3_4(conv("branch7x7x3_4", 192, 192, 3, 2))
    {
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        return torch::cat(
            {m_3x3_2(m_3x3_1(x)), m_7x7x3_4(m_7x7x3_3(m_7x7x3_2(m_7x7x3_1(x)))), torch::max_pool2d(x, 3, 2)}, 1);
    }

private:
    BasicConv2d m_3x3_1, m_3x3_2, m_7x7x3_1, m_7x7x3_2, m_7x7x3_3, m_7x7x3_4;
};
TORCH_MODULE(InceptionD);

class InceptionEImpl : public Block {
public:
    explicit InceptionEImpl(int in)
        : m_1x1(conv("branch1x1", in, 320, 1)), m_3x3_1(conv("branch3x3_1", in, 384, 1)),
          m_3x3_2a(conv("branch3x3_2a", 384, 384, {1, 3}, 1, {0, 1})),
          m_3x3_2b(conv("branch3x3_2b", 384, 384, {3, 1}, 1, {1, 0})),
          m_3x3dbl_1(conv("branch3x3dbl_1", in, 448, 1)), m_3x3dbl_2(conv("branch3x3dbl_2", 448, 384, 3, 1, 1)),
          m_3x3dbl_3a(conv("branch3x3dbl_3a", 384, 384, {1, 3}, 1, {0, 1})),
          m_3x3dbl_3b(conv("branch3x3dbl_3b", 384, 384, {3, 1}, 1, {1, 0})), m_pool(conv("branch_pool", in, 192, 1))
    {
    }

    torch::Tensor forward(const torch::Tensor &x)
    {
        const auto split = m_3x3_1(x);
        const auto splitDbl = m_3x3dbl_2(m_3x3dbl_1(x));
        return torch::cat({m_1x1(x), m_3x3_2a(split), m_3x3_2b(split), m_3x3dbl_3a(splitDbl), m_3x3dbl_3b(splitDbl),
                           m_pool(avgPool3x3(x))},
                          1);
    }

private:
    BasicConv2d m_1x1, m_3x3_1, m_3x3_2a, m_3x3_2b, m_3x3dbl_1, m_3x3dbl_2, m_3x3dbl_3a, m_3x3dbl_3b, m_pool;
};
TORCH_MODULE(InceptionE);

class InceptionV3 : public Backbone {
public:
    InceptionV3()
    {
        add("Conv2d_1a_3x3", BasicConv2d(3, 32, 3, 2));
        add("Conv2d_2a_3x3", BasicConv2d(32, 32, 3));
        add("Conv2d_2b_3x3", BasicConv2d(32, 64, 3, 1, 1));
        addMaxPool();
        add("Conv2d_3b_1x1", BasicConv2d(64, 80, 1));
        add("Conv2d_4a_3x3", BasicConv2d(80, 192, 3));
        addMaxPool();
        add("Mixed_5b", InceptionA(192, 32));
        add("Mixed_5c", InceptionA(256, 64));
        add("Mixed_5d", InceptionA(288, 64));
        add("Mixed_6a", InceptionB(288));
        add("Mixed_6b", InceptionC(768, 128));
        add("Mixed_6c", InceptionC(768, 160));
        add("Mixed_6d", InceptionC(768, 160));
        add("Mixed_6e", InceptionC(768, 192));
        add("Mixed_7a", InceptionD(768));
        add("Mixed_7b", InceptionE(1280));
        add("Mixed_7c", InceptionE(2048));

        // torchvision's init: truncated normal, std 0.1, cut at +-2; at 20 standard deviations the cut never
        // applies, so a plain normal draws the same distribution. BatchNorm 1 / 0 is LibTorch's default.
        torch::NoGradGuard noGrad;
        for (auto &module : modules(false))
            if (auto *c = module->as<nn::Conv2d>())
                nn::init::normal_(c->weight, 0.0, 0.1);
    }

    torch::Tensor features(const torch::Tensor &input) override
    {
        checkBackboneInput(input, "inception_v3", minimumInputSize());
        auto x = input;
        for (auto &step : m_steps)
            x = step.is_empty() ? torch::max_pool2d(x, 3, 2) : step.forward(x);
        return torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1);
    }

    int featureWidth() const override { return 2048; }
    int defaultInputSize() const override { return 75; }
    // The tutorial's minimum: 75 reaches Mixed_7a at 3x3, the smallest its valid 3x3 stride-2 branches accept.
    int minimumInputSize() const override { return 75; }
    std::vector<std::string> layers() const override { return m_layers; }

private:
    template <typename Holder> void add(const std::string &name, Holder module)
    {
        m_steps.emplace_back(register_module(name, module));
        m_layers.push_back(name);
    }
    void addMaxPool() { m_steps.emplace_back(); } // maxpool1 / maxpool2: no parameters, not registered

    std::vector<nn::AnyModule> m_steps; // forward order; an empty one is a 3x3 stride-2 max-pool
    std::vector<std::string> m_layers;  // Conv2d_1a_3x3 ... Mixed_7c
};

} // namespace

BackbonePtr makeInceptionV3() { return std::make_shared<InceptionV3>(); }

} // namespace mw::core
