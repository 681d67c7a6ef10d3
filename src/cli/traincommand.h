#pragma once

// The CLI's train command: one experiment, one progress line per epoch, a run folder, optionally JSON.
#include "training/config.h"

#include <string>

namespace CLI {
class App;
}

namespace mw::cli {

struct TrainOptions {
    mw::core::RunConfig config;
    std::string optimizer = "adam", split = "standard", normalization = "tutorial";
    double momentum = 0;
    bool nesterov = false, noFeatureCache = false;
    std::string out, json;
};

// Adds the "train" subcommand (everything but --data/--dataset, which main adds) and returns it.
CLI::App *addTrainCommand(CLI::App &app, TrainOptions &options);

// Runs it on the dataset folder main resolved. Exit codes: 0 done, 2 bad input or a NaN loss (the run is kept),
// 130 cancelled with Ctrl+C (the run so far is kept). Engine errors propagate as mw::core::Error.
int train(TrainOptions options, const std::string &folder);

} // namespace mw::cli
