#pragma once

// The CLI's model commands: models, embed, bench --model. Each returns the process exit code; engine errors
// propagate as mw::core::Error.
#include "weightscommands.h"

#include <string>

namespace mw::cli {

int listModels(bool json);

struct EmbedOptions {
    std::string model, weights, folder, split = "test", out, device = "auto";
    int limit = 1000, batchSize = 256;
    WeightsUse weightsUse;
};
int embed(const EmbedOptions &options);

struct BenchOptions {
    std::string model, device = "auto", json;
    int batchSize = 32, steps = 20, warmup = 3;
};
int benchModel(const BenchOptions &options);

} // namespace mw::cli
