#include "training/config.h"

#include "errors.h"
#include "training/jsonread.h"

#include <algorithm>
#include <cmath>

namespace mw::core {
namespace {

[[noreturn]] void bad(const std::string &key, const std::string &problem)
{
    throw UsageError(key, "setting \"" + key + "\" " + problem, problem);
}

void requireAtLeast(const std::string &key, double value, double minimum)
{
    if (!(value >= minimum))
        bad(key, "must be at least " + formatNumber(minimum) + ", not " + formatNumber(value));
}

void requireRange(const std::string &key, double value, double low, double highExclusive)
{
    if (!(value >= low && value < highExclusive))
        bad(key, "must be in [" + formatNumber(low) + ", " + formatNumber(highExclusive) + "), not "
                     + formatNumber(value));
}

void validatePhase(const std::string &name, const PhaseConfig &phase, int minimumEpochs)
{
    requireAtLeast(name + ".epochs", phase.epochs, minimumEpochs);
    requireAtLeast(name + ".patience", phase.patience, 0);
    requireAtLeast(name + ".batch_size", phase.batchSize, 0);
    if (!(phase.learningRate > 0) || !std::isfinite(phase.learningRate))
        bad(name + ".learning_rate", "must be a positive number, not " + formatNumber(phase.learningRate));
    requireRange(name + ".momentum", phase.momentum, 0, 1);
    const OptimizerName &optimizer = optimizerName(phase.optimizer);
    if (phase.momentum > 0 && !optimizer.takesMomentum)
        bad(name + ".momentum", "does not apply to " + std::string(optimizer.name) + " (use sgd or rmsprop)");
    if (phase.nesterov && (!optimizer.takesNesterov || phase.momentum <= 0))
        bad(name + ".nesterov", "needs the sgd optimizer with a momentum above 0");
}

nlohmann::json phaseJson(const PhaseConfig &p)
{
    return {{"epochs", p.epochs},           {"patience", p.patience},
            {"optimizer", toString(p.optimizer)}, {"learning_rate", p.learningRate},
            {"momentum", p.momentum},       {"nesterov", p.nesterov},
            {"batch_size", p.batchSize}};
}

PhaseConfig phaseFromJson(const JsonReader &r, PhaseConfig p)
{
    r.allowOnly({"epochs", "patience", "optimizer", "learning_rate", "momentum", "nesterov", "batch_size"});
    r.read("epochs", p.epochs);
    r.read("patience", p.patience);
    std::string optimizer = toString(p.optimizer);
    r.read("optimizer", optimizer);
    p.optimizer = r.convert("optimizer", [&] { return optimizerFromString(optimizer); });
    r.read("learning_rate", p.learningRate);
    r.read("momentum", p.momentum);
    r.read("nesterov", p.nesterov);
    r.read("batch_size", p.batchSize);
    return p;
}

} // namespace

const std::vector<OptimizerName> &optimizerNames()
{
    static const std::vector<OptimizerName> names = {
        {OptimizerKind::Adam, "adam", "Adam", false, false},
        {OptimizerKind::Sgd, "sgd", "SGD", true, true},
        {OptimizerKind::RmsProp, "rmsprop", "RMSprop", true, false},
    };
    return names;
}

const OptimizerName &optimizerName(OptimizerKind kind)
{
    for (const OptimizerName &entry : optimizerNames())
        if (entry.kind == kind)
            return entry;
    return optimizerNames().front();
}

std::string toString(OptimizerKind kind) { return optimizerName(kind).name; }

OptimizerKind optimizerFromString(const std::string &name)
{
    std::string known;
    for (const OptimizerName &entry : optimizerNames()) {
        if (entry.name == name)
            return entry.kind;
        known += (known.empty() ? "" : ", ") + std::string(entry.name);
    }
    throw UsageError("unknown optimizer \"" + name + "\" (" + known + ")");
}

void validate(const RunConfig &c, bool checkModel)
{
    if (c.model.name.empty())
        bad("model.name", "is empty: choose a model (see the models command)");
    if (checkModel) {
        if (c.model.name == kTorchScriptModel) {
            if (c.model.scriptPath.empty())
                bad("model.script_path", "is empty: the torchscript model needs a TorchScript file");
        } else {
            const ModelInfo &info = [&]() -> const ModelInfo & {
                try {
                    return modelInfo(c.model.name);
                } catch (const UsageError &e) { // an unknown name: the message lists the known ones
                    throw UsageError("model.name", e.what());
                }
            }();
            if (info.kind == ModelKind::Baseline && !c.weights.empty())
                bad("weights", "does not apply: " + c.model.name + " is a from-scratch baseline");
            // Baselines see the digits as they are: 28x28, or the shifted digits' canvas.
            const int side = c.shiftCanvas > 0 ? c.shiftCanvas : 28;
            if (info.kind == ModelKind::Baseline && c.model.inputSize != 0 && c.model.inputSize != side)
                bad("model.input_size", "must be " + std::to_string(side) + " for " + c.model.name
                                            + (c.shiftCanvas > 0 ? " on the shifted digits' canvas" : "") + ", not "
                                            + std::to_string(c.model.inputSize));
            if (info.kind == ModelKind::Backbone && c.model.inputSize != 0 && c.model.inputSize < info.minimumInputSize)
                bad("model.input_size", "must be at least " + std::to_string(info.minimumInputSize) + " for "
                                            + c.model.name + ", not " + std::to_string(c.model.inputSize));
        }
    }
    requireAtLeast("model.input_size", c.model.inputSize, 0);
    requireRange("model.head_dropout", c.model.headDropout, 0, 1);
    for (int width : c.model.headHidden)
        if (width <= 0)
            bad("model.head_hidden", "must hold positive layer widths, not " + std::to_string(width));
    if (c.dataset.empty())
        bad("dataset", "is empty: give a folder with the four IDX files");
    requireAtLeast("train_limit", c.trainLimit, 0);
    requireAtLeast("validation_size", c.validationSize, 1);
    validatePhase("head", c.head, 1);
    validatePhase("finetune", c.finetune, 0);
    requireAtLeast("batch_size", c.batchSize, 1);
    if (c.precision != "fp32" && c.precision != "bf16")
        bad("precision", "must be fp32 or bf16, not \"" + c.precision + "\"");
    // A TorchScript backbone shares its parameters' storage with the script module: re-laying them out would split it.
    if (c.channelsLast && c.model.name == kTorchScriptModel)
        bad("channels_last", "is not available for a TorchScript backbone");
    requireAtLeast("frozen_layers", c.frozenLayers, 0);
    requireRange("augment.rotation", c.augment.rotation, 0, 180.000001);
    requireRange("augment.shift", c.augment.shift, 0, 1);
    requireRange("augment.zoom", c.augment.zoom, 0, 1);
    requireRange("augment.shear", c.augment.shear, 0, 90);
    if (c.shiftCanvas != 0 && (c.shiftCanvas < 28 || c.shiftCanvas > 1024))
        bad("shift_canvas", "must be 0 (off) or a canvas side from 28 to 1024, not " + std::to_string(c.shiftCanvas));
    if (c.device.empty())
        bad("device", "is empty (auto, cpu, cuda, cuda:N)");
    requireAtLeast("threads", c.threads, 0);
}

SplitOptions splitOptionsOf(const RunConfig &c)
{
    SplitOptions options;
    options.kind = c.split;
    options.seed = c.seed;
    options.trainLimit = c.trainLimit;
    options.validationSize = c.validationSize;
    return options;
}

nlohmann::json toJson(const RunConfig &c)
{
    nlohmann::json model = {{"name", c.model.name},
                            {"head_hidden", c.model.headHidden},
                            {"head_dropout", c.model.headDropout},
                            {"input_size", c.model.inputSize}};
    if (!c.model.scriptPath.empty())
        model["script_path"] = c.model.scriptPath;
    return {{"model", model},
            {"weights", c.weights},
            {"dataset", c.dataset},
            {"split", toString(c.split)},
            {"train_limit", c.trainLimit},
            {"validation_size", c.validationSize},
            {"seed", c.seed},
            {"head", phaseJson(c.head)},
            {"finetune", phaseJson(c.finetune)},
            {"batch_size", c.batchSize},
            {"frozen_layers", c.frozenLayers},
            {"augment",
             {{"enabled", c.augment.enabled},
              {"rotation", c.augment.rotation},
              {"shift", c.augment.shift},
              {"zoom", c.augment.zoom},
              {"shear", c.augment.shear},
              {"flip", c.augment.flip}}},
            {"shift_canvas", c.shiftCanvas},
            {"normalization", toString(c.normalization)},
            {"feature_cache", c.featureCache},
            {"device", c.device},
            {"threads", c.threads},
            {"precision", c.precision},
            {"channels_last", c.channelsLast}};
}

double defaultLearningRate(const std::string &model)
{
    const auto &registry = modelRegistry();
    const auto info = std::find_if(registry.begin(), registry.end(), [&](const ModelInfo &m) { return m.name == model; });
    return info != registry.end() && info->kind == ModelKind::Baseline ? kScratchLearningRate : kHeadLearningRate;
}

RunConfig defaultRunConfig(const std::string &model)
{
    RunConfig c;
    c.model.name = model;
    c.head.learningRate = defaultLearningRate(model);
    return c;
}

RunConfig runConfigFromJson(const nlohmann::json &json)
{
    RunConfig c;
    const JsonReader r(json, "");
    r.allowOnly({"model", "weights", "dataset", "split", "train_limit", "validation_size", "seed", "head", "finetune",
                 "batch_size", "frozen_layers", "augment", "shift_canvas", "normalization", "feature_cache", "device",
                 "threads", "precision", "channels_last"});
    if (r.has("model")) {
        const JsonReader m = r.child("model");
        m.allowOnly({"name", "head_hidden", "head_dropout", "input_size", "script_path"});
        m.read("name", c.model.name);
        m.read("head_hidden", c.model.headHidden);
        m.read("head_dropout", c.model.headDropout);
        m.read("input_size", c.model.inputSize);
        m.read("script_path", c.model.scriptPath);
        c.head.learningRate = defaultLearningRate(c.model.name);
    }
    r.read("weights", c.weights);
    r.read("dataset", c.dataset);
    std::string split = toString(c.split);
    r.read("split", split);
    c.split = r.convert("split", [&] { return splitKindFromString(split); });
    r.read("train_limit", c.trainLimit);
    r.read("validation_size", c.validationSize);
    r.read("seed", c.seed);
    if (r.has("head"))
        c.head = phaseFromJson(r.child("head"), c.head);
    if (r.has("finetune"))
        c.finetune = phaseFromJson(r.child("finetune"), c.finetune);
    r.read("batch_size", c.batchSize);
    r.read("frozen_layers", c.frozenLayers);
    if (r.has("augment")) {
        const JsonReader a = r.child("augment");
        a.allowOnly({"enabled", "rotation", "shift", "zoom", "shear", "flip"});
        a.read("enabled", c.augment.enabled);
        a.read("rotation", c.augment.rotation);
        a.read("shift", c.augment.shift);
        a.read("zoom", c.augment.zoom);
        a.read("shear", c.augment.shear);
        a.read("flip", c.augment.flip);
    }
    r.read("shift_canvas", c.shiftCanvas);
    std::string normalization = toString(c.normalization);
    r.read("normalization", normalization);
    c.normalization = r.convert("normalization", [&] { return normalizationFromString(normalization); });
    r.read("feature_cache", c.featureCache);
    r.read("device", c.device);
    r.read("threads", c.threads);
    r.read("precision", c.precision);
    r.read("channels_last", c.channelsLast);
    return c;
}

} // namespace mw::core
