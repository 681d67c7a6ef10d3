#pragma once

// Sweeps: one base configuration and a list of values for some of its settings, expanded into trials (the full
// grid, or N of its points drawn with the sweep's seed). Each trial is a normal run folder inside the sweep folder;
// sweep.json holds the definition and the expanded trials, written once. No LibTorch and no Qt, so every front end
// and every executor (this computer, a Slurm job array) reads the same file.
#include "training/config.h"
#include "training/runstore.h" // kSweepFile

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace mw::core {

// A trial's settings are, in this order: `base`, the recipe's patch for the trial's model, `overrides`, the axes'
// values.
// One varied setting. `setting` is what the user wrote ("head.learning_rate", "model", "lr-head"); `keys` the
// RunConfig JSON keys it sets (a CLI flag such as --patience sets two).
struct SweepAxis {
    std::string setting;
    std::vector<std::string> keys;
    std::vector<nlohmann::json> values;
};

struct SweepDefinition {
    // A partial RunConfig (runConfigFromJson): what is not given takes each trial's model's defaults, so a model axis
    // gives a baseline its own learning rate. "dataset" is a folder every executor can see.
    nlohmann::json base = nlohmann::json::object();
    nlohmann::json modelsConfig = nlohmann::json::object(); // a recipe's per-model settings (merge patches)
    nlohmann::json overrides = nlohmann::json::object();    // the user's settings, laid over the recipe's
    std::string recipe;                                     // the recipe it came from, if any
    std::vector<SweepAxis> axes;
    int random = 0;          // 0: the full grid; N: N distinct grid points drawn with `seed`
    std::uint64_t seed = 0;  // of that draw (each trial's own seed is a setting like any other)
};

struct Trial {
    int index = 0;                      // 0-based: the Slurm array index
    std::string name;                   // its folder inside the sweep folder: "trial-007"
    std::vector<nlohmann::json> values; // one per axis
    RunConfig config;
};

struct Sweep {
    SweepDefinition definition;
    std::vector<Trial> trials;
};

// The RunConfig JSON keys that can be varied ("head.learning_rate", "model.name", ...), and "model" for model.name.
std::vector<std::string> sweepSettings();
// "model" -> {"model.name"}; a key of sweepSettings() -> itself. UsageError naming the setting and the known ones.
std::vector<std::string> sweepSettingKeys(const std::string &setting);
// One value as the user typed it, read as the setting's type ("1e-3" -> 0.001 for a learning rate, "true" for a
// flag, "[128,64]" for head_hidden). UsageError naming the setting and the value.
nlohmann::json parseSettingValue(const std::string &key, const std::string &text);
// A value as people read it: "0.001", "resnet18", "[128,64]".
std::string settingValueText(const nlohmann::json &value);
// "1e-3,1e-4" -> {"1e-3", "1e-4"}; commas inside [...] stay ("[128,64],[]").
std::vector<std::string> splitValueList(const std::string &text);

// Expands and validates every trial before anything runs. UsageError naming the axis and the value a trial's
// setting refuses ("--vary head.learning_rate=-1: must be a positive number"), an axis without values, an axis
// given twice, a random N larger than the grid, or a grid too large to hold.
Sweep expandSweep(const SweepDefinition &definition);

inline constexpr int kMaxTrials = 10000;

nlohmann::json toJson(const Sweep &sweep);
// Throws UsageError naming the key (and DataError naming the file from loadSweep).
Sweep sweepFromJson(const nlohmann::json &json);
// Creates the folder (which must not exist or be empty) and writes sweep.json atomically.
void createSweepFolder(const std::filesystem::path &dir, const Sweep &sweep);
// Reads <dir>/sweep.json. Throws DataError naming the file and the problem.
Sweep loadSweep(const std::filesystem::path &dir);

} // namespace mw::core
