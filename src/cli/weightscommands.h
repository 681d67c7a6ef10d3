#pragma once

// The CLI's weights catalog: "weights" (list), "weights fetch NAME...", and what train/compare/embed do with a
// --weights value that names a catalog entry (fetch it first unless --offline; its normalization as the default).
#include "training/config.h"
#include "weightstore/catalog.h"

#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
} // namespace CLI

namespace mw::cli {

struct WeightsOptions {
    bool json = false;
    std::vector<std::string> names; // fetch
    std::string mirror;
};

struct WeightsCommands {
    CLI::App *list = nullptr;
    CLI::App *fetch = nullptr;
};
WeightsCommands addWeightsCommands(CLI::App &app, WeightsOptions &options);

// One line per entry (name, model, format, size, status and path), or JSON.
int listWeights(bool json);
// Downloads and verifies each name, with a progress line. Exit 0 all verified, 2 (with one line) on an unknown name,
// a digest mismatch or a network error, 130 on Ctrl+C (the .part kept for the next fetch to resume).
int fetchWeightsCommand(const WeightsOptions &options);

// How a run command treats a catalog name given as --weights.
struct WeightsUse {
    bool offline = false;   // never download: a missing file is an error
    std::string mirror;     // as weights fetch --mirror
    bool normalizationGiven = false; // the user chose a normalization: the entry's does not replace it
};
// The run command's flags for it (--offline, --mirror), bound to `use`.
void addWeightsUseOptions(CLI::App &command, WeightsUse &use);
// When `weights` names a catalog entry (for `model`): fetches its file if it is missing or damaged (unless offline;
// progress on stderr) and returns the entry's name, file and normalization; a path comes back as it is. Throws the
// engine's errors (UsageError, WeightsError, NetworkError); Ctrl+C throws DownloadCancelled.
mw::core::ResolvedWeights fetchCatalogWeights(const std::string &weights, const std::string &model,
                                              const WeightsUse &use);
// The same for a run's config.weights; unless the user gave one, the run takes the normalization the weights were
// trained with.
void prepareCatalogWeights(mw::core::RunConfig &config, const WeightsUse &use);

} // namespace mw::cli
