#pragma once

// Engine-internal: a run's resume state. At the end of an epoch the trainer writes where the run stands to its
// folder (resume.pt: the weights it trains now and at its best epoch, the optimizer's state, the random generators;
// resume.json: the same position in words), so that a run cancelled or killed later goes on from there and ends as
// it would have ended without the stop.
#include <nlohmann/json.hpp>
#include <torch/torch.h>

#include <cstdint>
#include <filesystem>
#include <vector>

namespace mw::core {

struct ResumeState {
    // "config", "phase", "phase_epoch", "epoch", "best_accuracy", "best_epoch", "best_local", "phase_seconds",
    // "run_seconds", "shuffle", "result" (what the run measured so far); see Experiment::saveResumeState.
    nlohmann::json meta;
    std::vector<torch::Tensor> current, best; // the phase's tracked parameters and buffers, now and at its best epoch
    std::vector<torch::Tensor> random;        // RunRandom::state()
    torch::serialize::InputArchive optimizer;
};

// Written beside and renamed into place: a kill while writing leaves the previous state. Returns resume.pt's size.
std::uintmax_t writeResumeState(const std::filesystem::path &folder, const nlohmann::json &meta,
                      const std::vector<torch::Tensor> &current, const std::vector<torch::Tensor> &best,
                      const std::vector<torch::Tensor> &random, const torch::optim::Optimizer &optimizer);

// Tensors come back on `device`. Throws UsageError when the folder holds no readable state.
ResumeState readResumeState(const std::filesystem::path &folder, const torch::Device &device);

} // namespace mw::core
