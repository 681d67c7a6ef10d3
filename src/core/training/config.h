#pragma once

// The settings of one experiment, as a plain value (no LibTorch): what the GUI edits, recipes hold, and result.json
// records under "config".
#include "data/normalization.h"
#include "data/split.h"
#include "models/registry.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace mw::core {

enum class OptimizerKind { Adam, Sgd, RmsProp };
// The one table of optimizers, in the order front ends list them: the JSON name, the name people write, and which
// settings apply (validate() refuses the others; a GUI greys them out).
struct OptimizerName {
    OptimizerKind kind;
    const char *name;        // "rmsprop"
    const char *displayName; // "RMSprop"
    bool takesMomentum;      // PhaseConfig::momentum (Adam keeps its own moments)
    bool takesNesterov;      // PhaseConfig::nesterov, with a momentum above 0
};
const std::vector<OptimizerName> &optimizerNames();
const OptimizerName &optimizerName(OptimizerKind kind);
std::string toString(OptimizerKind kind);
OptimizerKind optimizerFromString(const std::string &name); // "adam" | "sgd" | "rmsprop"; throws UsageError

// One training phase. Each phase stops early when validation accuracy has not improved for `patience` epochs
// (0: never early) and ends with its best weights restored.
struct PhaseConfig {
    int epochs = 0; // at most; 0 skips the phase (fine-tune only)
    int patience = 10;
    OptimizerKind optimizer = OptimizerKind::Adam;
    double learningRate = 1e-4;
    double momentum = 0;   // SGD and RMSprop
    bool nesterov = false; // SGD with momentum > 0
    int batchSize = 0;     // digits per step; 0: the run's batch_size (the head on cached features can take larger)
};

// Random affine transforms of each training digit, drawn per batch on the device. Turns the feature cache off.
struct AugmentConfig {
    bool enabled = false;
    double rotation = 10; // degrees, uniform in [-r, r]
    double shift = 0.1;   // fraction of the side, uniform in [-s, s] per axis
    double zoom = 0.1;    // scale uniform in [1 - z, 1 + z]
    double shear = 0;     // degrees, uniform in [-s, s]
    bool flip = false;    // horizontal flips: offered because the tutorials did, wrong for digits (a flipped 2 is not a 2)
};

// The first phase's learning rate when nobody chose one: Adam's 1e-3 for a network trained from scratch (the Keras
// MLP and CNN tutorials), 1e-4 for a new head on a pretrained backbone (the Keras transfer tutorial); fine-tuning then
// starts at 1e-6.
inline constexpr double kScratchLearningRate = 1e-3;
inline constexpr double kHeadLearningRate = 1e-4;
inline constexpr double kFinetuneLearningRate = 1e-6;

struct RunConfig {
    ModelSpec model;
    std::string weights; // backbone weights (.pth / .safetensors); empty: random init
    std::string dataset; // folder with the four IDX files
    SplitKind split = SplitKind::Standard;
    int trainLimit = 0; // keep only the first N training digits; 0 keeps all
    int validationSize = 5000; // digits held out for early stopping (the standard split draws them from train)
    std::uint64_t seed = 0;
    // Backbones: head phase, then fine-tune. Baselines: one phase ("train") with the head settings. The learning
    // rates are a backbone's defaults; defaultRunConfig() gives a baseline its own.
    PhaseConfig head{1000, 10, OptimizerKind::Adam, kHeadLearningRate, 0, false};
    PhaseConfig finetune{100, 10, OptimizerKind::Adam, kFinetuneLearningRate, 0, false};
    int batchSize = 32;
    int frozenLayers = 0; // fine-tune: the backbone's first K layers (Backbone::layers()) stay frozen
    AugmentConfig augment;
    // "Shifted digits": 0 off, else N: every digit (train, validation and test) sits at its own random position on a
    // black NxN canvas (the tutorial: 48), fixed by the seed, to test translation robustness. Baselines then take
    // NxN input; backbones get the canvas resized to their input size.
    int shiftCanvas = 0;
    Normalization normalization = Normalization::Tutorial;
    bool featureCache = true; // head phase without augmentation: backbone features computed once
    std::string device = "auto"; // auto | cpu | cuda | cuda:N
    int threads = 0;             // CPU threads; 0 leaves the process' setting
    // "fp32", or "bf16": every forward pass under autocast to bfloat16 (tensor cores on a GPU; on a CPU only worth it
    // with AVX-512 BF16 or AMX). Weights, optimizer state and losses stay float32; bf16 needs no loss scaling.
    std::string precision = "fp32";
    bool channelsLast = false; // convolutions in NHWC memory layout (faster with cuDNN on tensor cores)
};

// The defaults for this model (its name set): a baseline (trained from scratch) starts at kScratchLearningRate, a
// backbone's head at kHeadLearningRate. A name the registry lacks counts as a backbone (validate() refuses it).
RunConfig defaultRunConfig(const std::string &model);
double defaultLearningRate(const std::string &model);

// Throws UsageError naming the setting (as its JSON key, e.g. "head.learning_rate") and what is wrong.
// checkModel = false skips looking the model up in the registry (a network the caller built itself).
void validate(const RunConfig &config, bool checkModel = true);

nlohmann::json toJson(const RunConfig &config);
// Missing keys keep their defaults (defaultRunConfig() of the model named), so recipes can be partial; unknown keys
// and wrong types throw UsageError.
RunConfig runConfigFromJson(const nlohmann::json &json);

// How the run splits its dataset (kind, seed, train limit, validation size): the trainer's split, wherever it is redone.
SplitOptions splitOptionsOf(const RunConfig &config);

} // namespace mw::core
