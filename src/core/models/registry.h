#pragma once

// The model registry, without LibTorch in the header: what the GUI and the CLI list and choose from.
#include <cstdint>
#include <string>
#include <vector>

namespace mw::core {

enum class ModelKind {
    Backbone, // pretrained feature extractor + our head, trained in two phases
    Baseline, // from scratch, one phase
};

struct ModelInfo {
    std::string name;        // "resnet50", "mlp", ...
    std::string displayName; // "ResNet50"
    ModelKind kind = ModelKind::Backbone;
    std::string description; // one or two sentences for the GUI
    int defaultInputSize = 28;
    int minimumInputSize = 28;
    int featureWidth = 0; // backbones: width of features(x); 0 for baselines
    bool kerasLayout = false; // computes what tf.keras.applications' model computes, and loads Keras .h5 weights
};

// Every model, backbones first, in the order the GUI lists them.
const std::vector<ModelInfo> &modelRegistry();
// Throws UsageError naming the unknown model and the known ones.
const ModelInfo &modelInfo(const std::string &name);

// The name of a network built from a TorchScript file (ModelSpec::scriptPath) as the backbone, in place of a
// registry name; it is no entry of modelRegistry().
inline constexpr char kTorchScriptModel[] = "torchscript";

// How to build a network: a registry name (or kTorchScriptModel with scriptPath) and the head's shape.
struct ModelSpec {
    std::string name;
    std::string scriptPath;           // for "torchscript": a TorchScript file used as the backbone
    std::vector<int> headHidden = {128, 64};
    double headDropout = 0.2;
    int inputSize = 0; // 0: the model's default
};

// Parameter counts of the network a spec builds (builds it once, so not free for big backbones).
struct ParameterCounts {
    std::int64_t total = 0;
    std::int64_t backbone = 0; // 0 for baselines
    std::int64_t head = 0;     // the whole network for baselines
};
ParameterCounts parameterCounts(const ModelSpec &spec);

} // namespace mw::core
