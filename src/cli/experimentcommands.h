#pragma once

// The CLI's compare, recipes and pretrain commands. Each returns the process exit code; engine errors propagate as
// mw::core::Error.
#include "traincommand.h"

#include <string>
#include <vector>

namespace mw::cli {

struct CompareOptions {
    RunOptions run;
    std::string recipe, out, json;
    std::vector<std::string> models, weights;
};
// Adds the "compare" subcommand (everything but --data/--dataset) and returns it.
CLI::App *addCompareCommand(CLI::App &app, CompareOptions &options);
// folder: from --data/--dataset; empty when neither was given (the recipe's dataset then). Exit codes as train's;
// a run that fails on bad input is reported and the others still run (exit 2).
int compare(const CompareOptions &options, const std::string &folder);

int listRecipes(bool json);

struct PretrainOptions {
    RunOptions run;
    std::string out, json;
};
CLI::App *addPretrainCommand(CLI::App &app, PretrainOptions &options);
int pretrain(const PretrainOptions &options, const std::string &folder);

} // namespace mw::cli
