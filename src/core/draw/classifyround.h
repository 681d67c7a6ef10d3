#pragma once

// The Draw page's classification round, shared by the page and `bench --classify`: every model's probabilities for
// one drawing, on worker threads that compute with one intra-op thread each (at batch 1 a second thread costs more
// than it gives). Whether the models run at once or one after the other is measured, round by round, and the faster
// kept. No LibTorch in this header.
#include "draw/classifier.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace mw::core {

class ClassifyRound {
public:
    // workers: models evaluated at once (0: one per core). The threads start here and wait between rounds.
    explicit ClassifyRound(int workers = 0);
    ~ClassifyRound();
    ClassifyRound(const ClassifyRound &) = delete;
    ClassifyRound &operator=(const ClassifyRound &) = delete;

    int workers() const;
    int lastWorkers() const; // how many took models in the last round: 1, or workers() when at once was faster

    // Every model's prediction of one 28x28 digit (light ink on black, as prepareDigit makes it), in the models'
    // order; the slowest models start first. One round at a time: a second caller waits for the first to end.
    // Rethrows the first error a model raised, once every model has finished.
    std::vector<DigitPrediction> classify(const std::uint8_t *digit28, const std::vector<ClassifierPtr> &models);
    // Classifier::saliency, on a worker (one intra-op thread), between rounds.
    std::vector<float> saliency(const std::uint8_t *digit28, const Classifier &model, int digit);

private:
    struct Pool;
    std::unique_ptr<Pool> m_pool;
};

} // namespace mw::core
