#pragma once

// Engine-internal: a run's resume state. At the end of an epoch the trainer writes where the run stands to its
// folder (resume.pt: the weights it trains now and at its best epoch, the optimizer's state, the random generators;
// resume.json: the same position in words), so that a run cancelled or killed later goes on from there and ends as
// it would have ended without the stop.
#include "training/config.h"
#include "training/earlystopping.h"
#include "training/phase.h"
#include "training/result.h"

#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace mw::core {

// Where a run stands after an epoch, in words (resume.json, and resume.pt's own copy).
struct ResumeMeta {
    RunConfig config;                   // what the run runs; a resume may change only its device and threads
    PhaseName phase = PhaseName::Train; // the phase it stands in
    int phaseEpoch = 0;                 // that phase's epochs done
    int epoch = 0;                      // the run's epochs done
    EarlyStopping::State best;          // the phase's early stopping
    std::string stopReason;             // set when that epoch ended the phase
    double phaseSeconds = 0, runSeconds = 0;
    double lastAccuracy = -1; // validation accuracy of the weights the previous phase kept (-1: none)
    std::string shuffle;      // the digit order's generator (std::mt19937_64 as text)
    RunResult result;         // what the run measured so far
};

nlohmann::json toJson(const ResumeMeta &meta);
// Throws UsageError naming the key that is missing or of the wrong type.
ResumeMeta resumeMetaFromJson(const nlohmann::json &json);

// Throws UsageError when the run in `config` is not the one the state was saved from (device and threads may
// differ: the same run, up to rounding), or when its weights file (`now`'s digest) changed since.
void checkResumable(const ResumeMeta &meta, const RunConfig &config, const RunResult &now);

struct ResumeState {
    ResumeMeta meta;
    std::vector<torch::Tensor> current, best; // the phase's tracked parameters and buffers, now and at its best epoch
    std::vector<torch::Tensor> random;        // RunRandom::state()
    torch::serialize::InputArchive optimizer;
};

// Written beside and renamed into place: a kill while writing leaves the previous state. Returns resume.pt's size.
std::uintmax_t writeResumeState(const std::filesystem::path &folder, const ResumeMeta &meta,
                      const std::vector<torch::Tensor> &current, const std::vector<torch::Tensor> &best,
                      const std::vector<torch::Tensor> &random, const torch::optim::Optimizer &optimizer);

// Tensors come back on `device`. Throws UsageError when the folder holds no readable state.
ResumeState readResumeState(const std::filesystem::path &folder, const torch::Device &device);

} // namespace mw::core
