#pragma once

// A trained model ready to classify single digits (the drawing board, `predict`). No LibTorch in this header, so the
// GUI can hold classifiers; all work happens on the CPU, in the calling thread.
#include "data/normalization.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace mw::core {

struct DigitPrediction {
    std::array<float, 10> probabilities{};
    int digit = -1; // the most probable class
};

class Classifier {
public:
    // A run folder (its best.safetensors) or a checkpoint file. Throws WeightsError naming the file: missing, not a
    // checkpoint, a model the registry lacks, or weights that do not fit it.
    static std::shared_ptr<Classifier> load(const std::filesystem::path &runOrCheckpoint);
    ~Classifier();

    const std::string &model() const; // registry name, e.g. "smallcnn"
    int inputSize() const;
    Normalization normalization() const;
    const std::filesystem::path &checkpoint() const;

    // 28x28 uint8 digits, light ink on black (as prepareDigit makes them), preprocessed as in training with the
    // run's normalization. Safe to call from several threads (calls on one classifier take turns).
    DigitPrediction classify(const std::uint8_t *digit28) const;
    std::vector<DigitPrediction> classify(const std::uint8_t *digits28, int count) const;
    // Seconds the last classify() took per call (0 before the first): how ClassifyRound orders its models.
    double lastSeconds() const;
    // Saliency: how strongly each of the 784 pixels moves the score (logit) of `digit`, |d logit / d pixel|,
    // scaled so the strongest pixel is 1. Row-major 28x28.
    std::vector<float> saliency(const std::uint8_t *digit28, int digit) const;

    struct Impl;
    explicit Classifier(std::unique_ptr<Impl> impl);

private:
    std::unique_ptr<Impl> m_impl;
};

using ClassifierPtr = std::shared_ptr<const Classifier>;

} // namespace mw::core
