#include "models/kerasgraph.h"

#include "models/backbones.h"
#include "models/tfpadding.h"

#include <algorithm>
#include <numeric>
#include <stdexcept>

namespace mw::core {
namespace {

namespace nn = torch::nn;
namespace F = torch::nn::functional;

// Module's protected parameter table, reached through a derived class for a module built elsewhere.
struct ParameterTable : nn::Module {
    static torch::OrderedDict<std::string, torch::Tensor> &of(nn::Module &module)
    {
        return module.*(&ParameterTable::parameters_);
    }
};

// BatchNormalization(scale=False): beta without gamma. A plain BatchNorm2d, so freezeBatchNorm finds it (a class
// derived from BatchNorm2dImpl would need BatchNormImplBase's pretty_print, which Debian's LibTorch does not
// export), built with affine(false), which registers `weight` and `bias` as undefined placeholders: beta fills the
// `bias` slot, and BatchNorm2d's forward passes it to batch_norm beside the undefined weight (a scale of 1).
nn::BatchNorm2d batchNormWithoutScale(int features, double epsilon)
{
    nn::BatchNorm2d bn(
        nn::BatchNorm2dOptions(features).eps(epsilon).momentum(kKerasBatchNormMomentum).affine(false));
    bn->bias = torch::zeros({features}).set_requires_grad(true);
    ParameterTable::of(*bn)["bias"] = bn->bias;
    return bn;
}

} // namespace

KerasGraph::KerasGraph(const char *model, int defaultSize, int minimumSize)
    : m_model(model), m_defaultSize(defaultSize), m_minimumSize(minimumSize)
{
    m_graph.emplace_back("input_1", std::vector<Node>{}, 3);
}

std::string KerasGraph::autoName(const std::string &prefix)
{
    auto it = std::find_if(m_counters.begin(), m_counters.end(), [&](const auto &c) { return c.first == prefix; });
    if (it == m_counters.end())
        it = m_counters.insert(m_counters.end(), {prefix, 0});
    return prefix + "_" + std::to_string(++it->second);
}

KerasGraph::Node KerasGraph::append(Layer layer)
{
    if (!m_modelLayers.empty())
        throw std::logic_error("KerasGraph: a layer after the output");
    for (Node input : layer.inputs)
        if (input < 0 || input >= Node(m_graph.size()))
            throw std::logic_error("KerasGraph: " + layer.name + " reads a layer that does not exist");
    m_graph.push_back(std::move(layer));
    return Node(m_graph.size() - 1);
}

KerasGraph::Node KerasGraph::conv2d(Node x, const std::string &name, const Conv &c)
{
    const auto [kh, kw] = c.kernel;
    // "same" at stride 1 with odd kernels pads symmetrically, which the convolution does itself; otherwise
    // TensorFlow's padding depends on the input size and may put one pixel more after: padded explicitly.
    const bool symmetric = c.padding == Padding::Valid || (c.strides == 1 && kh % 2 == 1 && kw % 2 == 1);
    const bool explicitPadding = !symmetric;
    const std::vector<std::int64_t> padding = {c.padding == Padding::Same && symmetric ? (kh - 1) / 2 : 0,
                                               c.padding == Padding::Same && symmetric ? (kw - 1) / 2 : 0};
    nn::Conv2d conv(nn::Conv2dOptions(channels(x), c.filters, {kh, kw})
                        .stride(c.strides)
                        .padding(torch::ExpandingArray<2>(padding))
                        .bias(c.useBias));
    {
        // Keras' defaults: glorot_uniform kernel (fans as Keras counts them: LibTorch's for OIHW), zero bias.
        torch::NoGradGuard noGrad;
        nn::init::xavier_uniform_(conv->weight);
        if (c.useBias)
            nn::init::zeros_(conv->bias);
    }
    register_module(name, conv);
    Layer layer{name, {x}, c.filters, true};
    const int strides = c.strides;
    const bool withRelu = c.relu;
    layer.call = [conv, explicitPadding, kh = kh, kw = kw, strides, withRelu](auto &in, bool) mutable {
        torch::Tensor input = in[0];
        if (explicitPadding) {
            const auto [top, bottom] = tfSamePadding(input.size(2), kh, strides);
            const auto [left, right] = tfSamePadding(input.size(3), kw, strides);
            input = F::pad(input, F::PadFuncOptions({left, right, top, bottom}));
        }
        auto y = conv->forward(input);
        return withRelu ? y.relu_() : y;
    };
    return append(std::move(layer));
}

KerasGraph::Node KerasGraph::batchNormalization(Node x, const std::string &name, double epsilon, bool scale)
{
    Layer layer{name, {x}, channels(x), true};
    nn::BatchNorm2d bn =
        scale ? nn::BatchNorm2d(nn::BatchNorm2dOptions(channels(x)).eps(epsilon).momentum(kKerasBatchNormMomentum))
              : batchNormWithoutScale(channels(x), epsilon);
    register_module(name, bn);
    layer.call = [bn](auto &in, bool) mutable { return bn->forward(in[0]); };
    return append(std::move(layer));
}

KerasGraph::Node KerasGraph::relu(Node x, const std::string &name)
{
    Layer layer{name, {x}, channels(x)};
    layer.call = [](auto &in, bool inPlace) { return inPlace ? in[0].relu_() : torch::relu(in[0]); };
    return append(std::move(layer));
}

KerasGraph::Node KerasGraph::zeroPadding2d(Node x, const std::string &name, int padding)
{
    Layer layer{name, {x}, channels(x)};
    layer.call = [p = std::int64_t(padding)](auto &in, bool) {
        return F::pad(in[0], F::PadFuncOptions({p, p, p, p}));
    };
    return append(std::move(layer));
}

KerasGraph::Node KerasGraph::maxPooling2d(Node x, const std::string &name, int pool, int strides, Padding padding)
{
    if (padding != Padding::Valid) // not used by the models here; "same" would pad with -inf, after first
        throw std::logic_error("KerasGraph: max pooling with padding \"same\" is not implemented");
    Layer layer{name, {x}, channels(x)};
    layer.call = [pool, strides](auto &in, bool) { return torch::max_pool2d(in[0], pool, strides); };
    return append(std::move(layer));
}

KerasGraph::Node KerasGraph::averagePooling2d(Node x, const std::string &name, int pool, int strides,
                                              Padding padding)
{
    if (padding == Padding::Same && (strides != 1 || pool % 2 == 0))
        throw std::logic_error("KerasGraph: asymmetric \"same\" average pooling is not implemented");
    const int pad = padding == Padding::Same ? (pool - 1) / 2 : 0;
    Layer layer{name, {x}, channels(x)};
    // TensorFlow averages over the window's pixels inside the input only: count_include_pad off.
    layer.call = [pool, strides, pad](auto &in, bool) {
        return torch::avg_pool2d(in[0], pool, strides, pad, /*ceil_mode=*/false, /*count_include_pad=*/false);
    };
    return append(std::move(layer));
}

KerasGraph::Node KerasGraph::add(const std::vector<Node> &inputs, const std::string &name)
{
    Layer layer{name, inputs, channels(inputs.at(0))};
    for (Node input : inputs)
        if (channels(input) != layer.channels)
            throw std::logic_error("KerasGraph: " + name + " adds tensors of different widths");
    layer.call = [](auto &in, bool) {
        torch::Tensor sum = in[0] + in[1];
        for (std::size_t i = 2; i < in.size(); ++i)
            sum += in[i];
        return sum;
    };
    return append(std::move(layer));
}

KerasGraph::Node KerasGraph::concatenate(const std::vector<Node> &inputs, const std::string &name)
{
    Layer layer{name, inputs, 0};
    for (Node input : inputs)
        layer.channels += channels(input);
    layer.call = [](auto &in, bool) { return torch::cat(in, 1); };
    return append(std::move(layer));
}

void KerasGraph::globalAveragePooling2d(Node x, const std::string &name)
{
    Layer pooling{name, {x}, channels(x)};
    pooling.call = [](auto &in, bool) { return in[0].mean({2, 3}); };
    const Node output = append(std::move(pooling));
    m_width = channels(output);

    const std::size_t n = m_graph.size();
    std::vector<int> readers(n, 0);
    for (std::size_t i = 0; i < n; ++i)
        for (Node input : m_graph[i].inputs) {
            ++readers[std::size_t(input)];
            m_graph[std::size_t(input)].lastReader = int(i);
        }
    for (std::size_t i = 1; i < n; ++i) {
        const auto &inputs = m_graph[i].inputs;
        m_graph[i].inPlace = inputs.size() == 1 && inputs[0] != kInput && readers[std::size_t(inputs[0])] == 1;
    }

    // Keras' Network: depth = longest path to the output (inputs come before their readers in creation order,
    // so one backward sweep settles it); the walk back from the output numbers layers on first visit, inputs in
    // argument order; model.layers sorts by depth, deepest first, then by that number.
    std::vector<int> depth(n, -1);
    depth[n - 1] = 0;
    for (std::size_t i = n; i-- > 0;) {
        if (depth[i] < 0)
            throw std::logic_error("KerasGraph: layer " + m_graph[i].name + " does not lead to the output");
        for (Node input : m_graph[i].inputs)
            depth[std::size_t(input)] = std::max(depth[std::size_t(input)], depth[i] + 1);
    }
    std::vector<int> visit(n, -1);
    int visited = 0;
    const std::function<void(Node)> walk = [&](Node node) {
        if (visit[std::size_t(node)] >= 0)
            return;
        visit[std::size_t(node)] = visited++;
        for (Node input : m_graph[std::size_t(node)].inputs)
            walk(input);
    };
    walk(output);
    std::vector<std::size_t> order(n - 1);
    std::iota(order.begin(), order.end(), std::size_t(1)); // without the InputLayer
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return depth[a] != depth[b] ? depth[a] > depth[b] : visit[a] < visit[b];
    });
    for (std::size_t i : order)
        m_modelLayers.push_back(m_graph[i].name);
}

std::vector<std::pair<std::string, std::string>> KerasGraph::kerasLayers() const
{
    std::vector<std::pair<std::string, std::string>> out;
    for (const Layer &layer : m_graph)
        if (layer.hasWeights)
            out.emplace_back(layer.name, layer.name);
    return out;
}

torch::Tensor KerasGraph::features(const torch::Tensor &input)
{
    checkBackboneInput(input, m_model, m_minimumSize);
    if (m_modelLayers.empty())
        throw std::logic_error("KerasGraph: the graph has no output");
    std::vector<torch::Tensor> values(m_graph.size());
    values[0] = input;
    std::vector<torch::Tensor> inputs;
    for (std::size_t i = 1; i < m_graph.size(); ++i) {
        const Layer &layer = m_graph[i];
        inputs.clear();
        for (Node in : layer.inputs)
            inputs.push_back(values[std::size_t(in)]);
        for (Node in : layer.inputs) // free what no later layer reads
            if (m_graph[std::size_t(in)].lastReader == int(i))
                values[std::size_t(in)] = torch::Tensor();
        values[i] = layer.call(inputs, layer.inPlace);
    }
    return values.back();
}

} // namespace mw::core
