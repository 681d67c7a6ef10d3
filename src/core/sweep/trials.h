#pragma once

// A sweep's trials as their folders tell: which ended, which train, which were stopped; running one trial (what a
// Slurm array task and the local executor both do), running them all on this computer, and the table of results.
// No Qt; no LibTorch in this header.
#include "sweep/sweep.h"
#include "training/progress.h"
#include "training/trainer.h"

#include <filesystem>
#include <functional>
#include <optional>
#include <stop_token>
#include <string>
#include <vector>

namespace mw::core {

enum class TrialState {
    Pending,     // not started (no folder)
    Running,     // a program has its folder open (here, or on a node that shares the locks)
    Interrupted, // its program stopped (killed, node lost) after saving a resume state: resume goes on from there
    Cancelled,   // stopped on request (Ctrl+C, scancel): resume goes on from its last saved state
    Failed,      // stopped on an error (the trial's .error file says which)
    Finished,    // its result.json holds the test figures
};
std::string toString(TrialState state); // "pending", "running", ...

struct TrialStatus {
    int index = 0;
    std::string name;
    TrialState state = TrialState::Pending;
    RunProgress progress;            // the epochs so far (progress.jsonl)
    std::optional<RunResult> result; // Finished and Cancelled
    std::string error;               // Failed: the one line it failed with
    // Filled by an executor that queues trials (Slurm): its state ("pending", "running", "requeued", ...; empty when
    // the queue does not hold the trial) and the node it runs on.
    std::string queue, node;
};

std::filesystem::path trialDir(const std::filesystem::path &sweepDir, const Trial &trial);
TrialStatus trialStatus(const std::filesystem::path &sweepDir, const Trial &trial);
std::vector<TrialStatus> sweepStatus(const std::filesystem::path &sweepDir, const Sweep &sweep);
// Finished trials are done; every other one is run (again) by `sweep resume`.
inline bool trialDone(TrialState state) { return state == TrialState::Finished; }
// Nothing more will happen to it without a resume.
inline bool trialEnded(TrialState state)
{
    return state != TrialState::Pending && state != TrialState::Running;
}

// Something more will happen to it without a resume: it trains, or a queue (Slurm's) holds it.
inline bool trialBusy(const TrialStatus &status)
{
    return status.state == TrialState::Running || !status.queue.empty();
}

// What `sweep resume` runs again: every trial that has not finished and is neither training nor in a queue.
std::vector<int> trialsToResume(const std::vector<TrialStatus> &status);

// Runs trial `index` in its folder: a new run, or the resumption of one that was stopped (a requeued Slurm task goes
// on from its last saved state), or nothing for one that finished. threads > 0 sets the trial's CPU threads (the
// same run, as a resume may change them). An error is written to the trial's .error file (TrialStatus::error) and
// thrown again.
RunResult runTrial(const std::filesystem::path &sweepDir, const Sweep &sweep, int index, int threads,
                   const TrainerCallbacks &callbacks = {}, std::stop_token stop = {});

// The local executor: every trial that has not finished, `parallel` at once on this computer, each on `threads`
// (0: the cores shared out). `ended` is called (one at a time, on a worker thread) as each trial stops. Returns when
// all have stopped; a stop request cancels the trials training (they can be resumed).
struct LocalSweepOptions {
    int parallel = 0; // 0: one at a time when the trials train on a GPU, else two where there are two cores or more
    int threads = 0;
};
// What parallel = 0 means for these trials on this computer.
int defaultParallelTrials(const Sweep &sweep);
void runSweepLocally(const std::filesystem::path &sweepDir, const Sweep &sweep, const LocalSweepOptions &options,
                     const std::function<void(const TrialStatus &)> &ended = {}, std::stop_token stop = {});

// One row of the sweep's table.
struct SweepRow {
    int index = 0;
    std::string name;
    std::vector<nlohmann::json> values; // one per axis
    TrialState state = TrialState::Pending;
    std::optional<double> testAccuracy, testLoss;
    double seconds = 0;
    bool best = false;
    // McNemar's exact p against the best trial (its test answers against the best's on the same digits); unset for
    // the best itself and for trials that cannot be paired with it.
    std::optional<double> pVersusBest;
};
// Finished trials by test accuracy (highest first; ties by index), then the others by index.
std::vector<SweepRow> sweepTable(const Sweep &sweep, const std::vector<TrialStatus> &status);

} // namespace mw::core
