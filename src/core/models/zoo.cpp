#include "models/zoo.h"

#include "errors.h"
#include "models/backbones.h"
#include "models/baselines.h"
#include "models/freeze.h"
#include "models/kerash5.h"
#include "models/scriptbackbone.h"
#include "models/weights.h"
#include "random.h"

#include <functional>

namespace mw::core {
namespace {

struct Entry {
    ModelInfo info;
    std::function<BackbonePtr()> backbone;   // backbones
    std::function<NetworkPtr(int side)> baseline; // baselines, for a side x side input
};

ModelInfo backboneInfo(const char *name, const char *display, const char *description, int input, int minimum,
                       int width, bool kerasLayout = false)
{
    return {name, display, ModelKind::Backbone, description, input, minimum, width, kerasLayout};
}

ModelInfo baselineInfo(const char *name, const char *display, const char *description)
{
    return {name, display, ModelKind::Baseline, description, 28, 28, 0};
}

const std::vector<Entry> &entries()
{
    static const std::vector<Entry> table = {
        {backboneInfo("resnet50", "ResNet50",
                      "torchvision ResNet-50 (v1.5: stride on the 3x3 convolution): 50 layers of bottleneck residual "
                      "blocks. The Keras tutorial's own is ResNet50 (Keras).",
                      32, 32, 2048),
         makeResNet50, {}},
        {backboneInfo("resnet18", "ResNet18",
                      "torchvision ResNet-18: 18 layers of basic residual blocks; a quick backbone for demos.", 32, 32,
                      512),
         makeResNet18, {}},
        {backboneInfo("inception_v3", "InceptionV3",
                      "torchvision Inception v3 without the auxiliary classifier; needs at least 75x75 input, as in "
                      "the tutorial.",
                      75, 75, 2048),
         makeInceptionV3, {}},
        {backboneInfo("mobilenet_v1", "MobileNet",
                      "MobileNet v1 (alpha 1), the Keras tutorial's \"MobileNet\": 13 depthwise-separable blocks.", 32,
                      32, 1024, true),
         makeMobileNetV1, {}},
        {backboneInfo("mobilenet_v2", "MobileNetV2",
                      "torchvision MobileNet v2: inverted residual blocks with linear bottlenecks.", 32, 32, 1280),
         makeMobileNetV2, {}},
        {backboneInfo("vgg16", "VGG16",
                      "torchvision VGG-16 convolutional part (no BatchNorm); the \"VGG16 as a feature extractor\" "
                      "tutorial, optionally with its first layers frozen.",
                      32, 32, 512),
         makeVgg16, {}},
        {backboneInfo("resnet50_keras", "ResNet50 (Keras)",
                      "tf.keras ResNet50 (v1: stride on the first 1x1 convolution of a block, convolutions with "
                      "biases), as the Keras transfer-learning tutorial ran it; loads Keras .h5 ImageNet weights.",
                      32, 32, 2048, true),
         makeResNet50Keras, {}},
        {backboneInfo("inception_v3_keras", "InceptionV3 (Keras)",
                      "tf.keras InceptionV3 (BatchNorm without scale, TensorFlow's average pooling), as the Keras "
                      "tutorial ran it; loads Keras .h5 ImageNet weights. Needs at least 75x75 input.",
                      75, 75, 2048, true),
         makeInceptionV3Keras, {}},
        {backboneInfo("vgg16_keras", "VGG16 (Keras)",
                      "tf.keras VGG16, the same convolutions as torchvision's under Keras' layer names "
                      "(block1_conv1 ...), so its layers count as in the Keras tutorials; loads Keras .h5 weights.",
                      32, 32, 512, true),
         makeVgg16Keras, {}},
        {baselineInfo("mlp", "MLP 512-256",
                      "Dense network 784-512-256-10 with ReLU: the MLP of the MLP-vs-CNN tutorial."),
         {}, [](int side) { return NetworkPtr(std::make_shared<DenseNet>(std::vector<int>{512, 256}, side)); }},
        {baselineInfo("dense32", "Dense 32", "The smallest dense network, 784-32-10 with ReLU."), {},
         [](int side) { return NetworkPtr(std::make_shared<DenseNet>(std::vector<int>{32}, side)); }},
        {baselineInfo("smallcnn", "Small CNN",
                      "The tutorial's CNN: two 3x3 convolutions (32, 64) with stride-1 max pooling, dense 128, "
                      "dropout 0.5."),
         {}, [](int side) { return NetworkPtr(std::make_shared<SmallCnn>(side)); }},
        {baselineInfo("cnn", "LeNet-style CNN",
                      "Two blocks of 3x3 convolutions with BatchNorm, max pooling and dropout, dense 256: reaches "
                      "99.4%+ on MNIST."),
         {}, [](int side) { return NetworkPtr(std::make_shared<LeNet>(side)); }},
    };
    return table;
}

const Entry &entry(const std::string &name)
{
    for (const auto &e : entries())
        if (e.info.name == name)
            return e;
    std::string known;
    for (const auto &e : entries())
        known += (known.empty() ? "" : ", ") + e.info.name;
    throw UsageError("unknown model \"" + name + "\" (known: " + known + ", torchscript)");
}

} // namespace

const std::vector<ModelInfo> &modelRegistry()
{
    static const std::vector<ModelInfo> infos = [] {
        std::vector<ModelInfo> out;
        for (const auto &e : entries())
            out.push_back(e.info);
        return out;
    }();
    return infos;
}

const ModelInfo &modelInfo(const std::string &name) { return entry(name).info; }

BackbonePtr makeBackbone(const std::string &name)
{
    const Entry &e = entry(name);
    if (!e.backbone)
        throw UsageError("\"" + name + "\" is a from-scratch baseline, not a backbone");
    return e.backbone();
}

int inputSizeOf(const ModelSpec &spec)
{
    if (spec.name == kTorchScriptModel)
        return spec.inputSize > 0 ? spec.inputSize : 32;
    const ModelInfo &info = modelInfo(spec.name);
    if (info.kind == ModelKind::Baseline) {
        // 28x28 digits as they are, or a larger canvas they were placed on (shifted digits); never resized down.
        if (spec.inputSize != 0 && spec.inputSize < 28)
            throw UsageError(info.name + " takes the digits as they are, at least 28x28, not "
                             + std::to_string(spec.inputSize) + "x" + std::to_string(spec.inputSize));
        return spec.inputSize > 0 ? spec.inputSize : 28;
    }
    const int size = spec.inputSize > 0 ? spec.inputSize : info.defaultInputSize;
    if (size < info.minimumInputSize)
        throw UsageError(info.name + " needs input of at least " + std::to_string(info.minimumInputSize) + "x"
                         + std::to_string(info.minimumInputSize) + ", not " + std::to_string(size));
    return size;
}

namespace {

NetworkPtr build(const ModelSpec &spec)
{
    const int size = inputSizeOf(spec);
    BackbonePtr backbone;
    if (spec.name == kTorchScriptModel) {
        if (spec.scriptPath.empty())
            throw UsageError("the torchscript model needs a TorchScript file");
        backbone = std::make_shared<ScriptBackbone>(spec.scriptPath, size);
    } else {
        const Entry &e = entry(spec.name);
        if (e.baseline)
            return e.baseline(size);
        backbone = e.backbone();
    }
    HeadOptions head;
    head.hidden = spec.headHidden;
    head.dropout = spec.headDropout;
    if (head.dropout < 0 || head.dropout >= 1)
        throw UsageError("head dropout must be in [0, 1), not " + std::to_string(head.dropout));
    for (int width : head.hidden)
        if (width <= 0)
            throw UsageError("head layer widths must be positive");
    return std::make_shared<TransferNet>(std::move(backbone), head);
}

} // namespace

NetworkPtr makeNetwork(const ModelSpec &spec, std::optional<std::uint64_t> seed)
{
    return withDefaultGenerator(seed, [&] { return build(spec); });
}

ParameterCounts parameterCounts(const ModelSpec &spec)
{
    const NetworkPtr network = makeNetwork(spec);
    ParameterCounts counts;
    counts.total = countParameters(*network);
    counts.backbone = network->backbone() ? countParameters(*network->backbone()) : 0;
    counts.head = countParameters(network->head());
    return counts;
}

std::string loadBackboneWeights(Backbone &backbone, const std::string &model, const std::filesystem::path &file)
{
    // Keras's own files by content or by name (a .h5 that is no HDF5, a Keras 3 .keras, a SavedModel folder: the
    // Keras reader says what they are).
    const std::string extension = file.extension().string();
    std::error_code ec;
    if (isHdf5File(file) || extension == ".h5" || extension == ".hdf5" || extension == ".keras"
        || std::filesystem::is_directory(file, ec)) {
        loadKerasWeights(backbone, model, file);
        return file.filename().string() + ": Keras weights of " + std::to_string(backbone.kerasLayers().size()) +
               " layers loaded";
    }
    const LoadReport report = loadStateDict(backbone, readWeights(file), file.string());
    std::string summary = file.filename().string() + ": " + std::to_string(report.loaded.size()) + " tensors loaded";
    if (!report.ignored.empty())
        summary += ", " + std::to_string(report.ignored.size()) + " classifier/counter entries ignored";
    return summary;
}

nlohmann::json toJson(const ModelSpec &spec)
{
    nlohmann::json j = {{"name", spec.name},
                        {"head_hidden", spec.headHidden},
                        {"head_dropout", spec.headDropout},
                        {"input_size", inputSizeOf(spec)}};
    if (!spec.scriptPath.empty())
        j["script_path"] = spec.scriptPath;
    return j;
}

ModelSpec modelSpecFromJson(const nlohmann::json &j)
{
    try {
        ModelSpec spec;
        spec.name = j.at("name").get<std::string>();
        spec.headHidden = j.value("head_hidden", spec.headHidden);
        spec.headDropout = j.value("head_dropout", spec.headDropout);
        spec.inputSize = j.value("input_size", 0);
        spec.scriptPath = j.value("script_path", std::string());
        return spec;
    } catch (const nlohmann::json::exception &e) {
        throw UsageError(std::string("malformed model description: ") + e.what());
    }
}

} // namespace mw::core
