#pragma once

// The CLI's model commands: models, embed, bench --model. Each returns the process exit code; engine errors
// propagate as mw::core::Error.
#include "weightscommands.h"

#include <string>
#include <vector>

namespace mw::cli {

int listModels(bool json);

struct EmbedOptions {
    std::string model, weights, folder, split = "test", out, device = "auto";
    std::string normalization; // empty: what the catalog's weights were trained with, else the tutorial's
    int limit = 1000, batchSize = 256;
    WeightsUse weightsUse;
};
int embed(const EmbedOptions &options);

struct BenchOptions {
    std::string model, device = "auto", json;
    int batchSize = 32, steps = 20, warmup = 3;
};
int benchModel(const BenchOptions &options);

// bench --classify: the Draw page's round (a drawing through MNIST's steps, every model's probabilities) on real
// test digits drawn onto a canvas the page's size; median and max milliseconds per round.
struct ClassifyBenchOptions {
    std::vector<std::string> runs; // run folders or checkpoints
    std::string saliency;          // one of runs, whose saliency is timed after each round ("" none)
    std::string folder;            // the dataset the drawings come from
    std::string json;
    int repeat = 200, workers = 0;
};
int benchClassify(const ClassifyBenchOptions &options);

} // namespace mw::cli
