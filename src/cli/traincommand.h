#pragma once

// The CLI's experiment commands (train here; compare, recipes and pretrain in experimentcommands.h) and what they
// share: the training settings as flags, Ctrl+C, progress lines and JSON output.
#include "training/trainer.h"
#include "weightscommands.h"

#include <functional>
#include <stop_token>
#include <string>
#include <vector>

namespace CLI {
class App;
class Option;
} // namespace CLI

namespace mw::cli {

// The training settings as flags. Only the flags given on the command line are laid over a command's base settings
// (the defaults, or a recipe's), so a recipe keeps everything a user does not change.
struct RunOptions {
    mw::core::RunConfig values; // what the flags parse into
    std::string optimizer = "adam", split = "standard", normalization = "tutorial";
    double momentum = 0;
    bool nesterov = false, noFeatureCache = false;
    WeightsUse weightsUse; // train and compare: --offline, --mirror

    struct Flag {
        CLI::Option *option;
        std::string key; // the setting's JSON key, to say validation errors in the words of the command line
        std::function<void(const RunOptions &, mw::core::RunConfig &)> apply;
    };
    std::vector<Flag> flags;
};

struct RunFlagSet {
    bool model = true, weights = true, finetune = true;
};
// The options are bound to `options`, which must outlive parsing and applyRunOptions.
void addRunOptions(CLI::App &command, RunOptions &options, RunFlagSet set = {});
// `base` with the given flags laid over it, validated (UsageError naming the flag).
mw::core::RunConfig applyRunOptions(const RunOptions &options, mw::core::RunConfig base);
void validateForCli(const mw::core::RunConfig &config, const RunOptions &options);
// Fetches catalog weights the config names (see prepareCatalogWeights); a --normalization flag keeps its value.
void prepareWeightsForCli(mw::core::RunConfig &config, const RunOptions &options);

// Ctrl+C (and SIGTERM: kill, Slurm's scancel or preemption) requests a stop (the trainer stops within a batch and
// keeps what can be resumed) instead of ending the process; restored on destruction.
class Interruption {
public:
    Interruption();
    ~Interruption();
    Interruption(const Interruption &) = delete;
    Interruption &operator=(const Interruption &) = delete;
    std::stop_token token() const { return m_stop.get_token(); }
    bool requested() const { return m_stop.stop_requested(); }

private:
    std::stop_source m_stop;
    std::jthread m_watcher;
    void (*m_previous)(int) = nullptr, (*m_previousTerm)(int) = nullptr;
};

// Progress as the train command prints it: one line per epoch with the time left in the phase, batch progress on a
// terminal. `prefix` starts every line (compare names the model).
class ProgressPrinter {
public:
    ProgressPrinter(const mw::core::RunConfig &config, std::string prefix = {});
    mw::core::TrainerCallbacks callbacks();

private:
    const mw::core::RunConfig &m_config;
    std::string m_prefix;
    bool m_tty;
    mw::core::PhaseName m_phase = mw::core::PhaseName::Train;
    int m_max = 0, m_done = 0;
    int m_bestLocal = 0; // the phase's epoch (counted within it) whose weights it keeps so far; 0: from before it
    double m_seconds = 0;
};

// Written beside the file and renamed into place.
void writeJsonFile(const std::string &path, const std::string &text);
// Throws UsageError now, not after hours of training, when the file cannot be created.
void checkWritable(const std::string &path);

struct TrainOptions {
    RunOptions run;
    std::string out, json;
};

// Adds the "train" subcommand (everything but --data/--dataset, which main adds) and returns it.
CLI::App *addTrainCommand(CLI::App &app, TrainOptions &options);

// Runs it on the dataset folder main resolved. Exit codes: 0 done, 2 bad input or a NaN loss (the run is kept),
// 130 cancelled with Ctrl+C (the run so far is kept). Engine errors propagate as mw::core::Error.
int train(const TrainOptions &options, const std::string &folder);

struct ResumeOptions {
    std::string dir, device, json;
    int threads = -1; // -1: the run's
};

// "resume RUN": goes on with a cancelled or killed run in its own folder; exit codes as train's.
CLI::App *addResumeCommand(CLI::App &app, ResumeOptions &options);
int resume(const ResumeOptions &options);

} // namespace mw::cli
