#pragma once

// What a run produced, as plain values (no LibTorch): the GUI's tables and curves, the CLI's output, result.json.
#include "training/config.h"
#include "training/phase.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace mw::core {

// Epochs are numbered 1, 2, ... across phases, so one curve runs through the head phase into fine-tuning.
struct EpochMetrics {
    int epoch = 0;
    PhaseName phase = PhaseName::Train;
    double trainLoss = 0, trainAccuracy = 0; // over the epoch's batches, in training mode (dropout on)
    double valLoss = 0, valAccuracy = 0;
    double seconds = 0;
    // What early stopping (training/earlystopping.h) made of this epoch: whether its weights became the ones its phase
    // keeps, and the phase's kept epoch after it (the head phase's during fine-tuning until fine-tuning beats it).
    bool improved = false;
    int bestEpoch = 0;
};

struct PhaseSummary {
    PhaseName name = PhaseName::Train;
    int epochs = 0;     // epochs run in this phase
    // The (global) epoch whose weights the phase kept. Fine-tuning has to beat the head phase's best validation
    // accuracy, so it can keep the head phase's best epoch; 0: the initial weights (no epoch finished).
    int bestEpoch = 0;
    double seconds = 0; // feature caching included
    std::string stopReason; // "max_epochs", "patience", "nan_loss", "cancelled"
};

struct ParameterSummary {
    std::int64_t total = 0;
    std::int64_t trainableHead = 0;     // what the head phase trains (the whole network for baselines)
    std::int64_t trainableFinetune = 0; // what fine-tuning trains (BatchNorm and the first K layers frozen); 0 for baselines
};

// The test digits with the highest loss that testDetails keeps besides the misclassified ones: enough for a "top
// losses" gallery, even for a model that gets nearly every digit right.
inline constexpr int kTopLosses = 64;

// What the model said about one test digit, for looking at its mistakes and its least confident answers.
struct TestDigitDetail {
    int index = 0;     // position in the split's test part, as in RunResult::misclassified
    int label = 0;     // the true digit
    int predicted = 0; // the most probable digit
    float loss = 0;    // cross-entropy, -log(probabilities[label]), as the test loss counts it
    std::array<float, 10> probabilities{}; // softmax of the logits
};

// How many digits each part of the split held.
struct SplitSizes {
    int train = 0, validation = 0, test = 0;
};

struct RunResult {
    std::string model;
    std::string dataset; // the dataset's name ("MNIST", or the folder's name for a custom one)
    std::string split;
    std::optional<SplitSizes> splitSizes; // unset in result.json files written before it existed
    std::string device;
    int threads = 0;
    std::uint64_t seed = 0;
    std::string weightsSource = "random init"; // or the weights file
    std::string weightsSha256;                  // of that file
    std::string weightsName;                    // the weights catalog's entry the file came from; empty: a file given by path
    RunConfig config;
    std::vector<EpochMetrics> epochs;
    int boundaryEpoch = 0; // head-phase epochs: the curve's phase marker goes after this epoch
    std::vector<PhaseSummary> phases;
    // Unset when the run was cancelled before the test digits were evaluated.
    std::optional<double> testAccuracy, testLoss;
    std::array<std::array<int, 10>, 10> confusionMatrix{}; // [true digit][predicted digit]
    std::vector<int> misclassified;          // positions in the split's test part (the official index for "standard")
    std::vector<int> misclassifiedPredicted; // what the model said for each of them
    // Every misclassified test digit and the kTopLosses highest-loss ones (each digit once), highest loss first (a
    // NaN loss counts as highest). Empty when the test digits were not evaluated, and in result.json files written
    // before it existed.
    std::vector<TestDigitDetail> testDetails;
    ParameterSummary parameters;
    double secondsTotal = 0;
    bool cancelled = false;
    std::vector<std::string> warnings; // e.g. a phase stopped by a NaN loss

    const PhaseSummary *phase(PhaseName name) const
    {
        for (const auto &p : phases)
            if (p.name == name)
                return &p;
        return nullptr;
    }
};

nlohmann::json toJson(const EpochMetrics &metrics);
// One epoch as toJson wrote it. Throws UsageError naming the key.
EpochMetrics epochMetricsFromJson(const nlohmann::json &json);
nlohmann::json toJson(const RunResult &result);
// Throws UsageError naming the key that is missing or of the wrong type. Epochs from files written before
// EpochMetrics::improved and bestEpoch existed get them from the early-stopping rule.
RunResult runResultFromJson(const nlohmann::json &json);

} // namespace mw::core
