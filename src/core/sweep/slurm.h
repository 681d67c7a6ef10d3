#pragma once

// The Slurm executor: a sweep becomes one job array whose tasks run `mnist-workbench-cli sweep run-trial`; Slurm
// schedules, requeues and cancels, we describe, submit, watch and compare. The sweep folder must be on a filesystem
// the nodes share. What was submitted is kept in the sweep folder (slurm.json). No Qt, no LibTorch.
#include "sweep/trials.h"

#include <filesystem>
#include <string>
#include <vector>

namespace mw::core {

struct SlurmSettings {
    std::string cli = "mnist-workbench-cli"; // the CLI as the nodes find it (a path, or a name on their PATH)
    std::string partition;                   // empty: the cluster's default
    std::string account;
    std::string time;   // limit per trial, HH:MM:SS (empty: the partition's)
    std::string memory; // per trial, as --mem takes it ("4G"; empty: the partition's)
    int cpus = 1;       // per trial: --cpus-per-task, and the trial's CPU threads
    int gpus = 0;       // per trial: --gres=gpu:N
    int parallel = 0;   // trials running at once (--array ...%K); 0: as many as Slurm starts
    std::vector<std::string> extraLines; // more "#SBATCH ..." lines, as given
};

nlohmann::json toJson(const SlurmSettings &settings);
SlurmSettings slurmSettingsFromJson(const nlohmann::json &json); // UsageError naming the key

// What one sbatch submitted: the array job and the trials it runs.
struct SlurmSubmission {
    std::string jobId;
    std::vector<int> trials;
};

// The batch script (sweep folder's slurm/job.sh): #SBATCH lines from the settings, then run-trial for
// $SLURM_ARRAY_TASK_ID. UsageError for a setting that would break the script (a line break, a bad time).
std::string slurmJobScript(const std::filesystem::path &sweepDir, const SlurmSettings &settings);

// Writes the script and submits `trials` (indices) as one array with sbatch; recorded in slurm.json. UsageError
// quoting Slurm's own message when sbatch is missing or refuses (an unknown partition, say).
SlurmSubmission submitToSlurm(const std::filesystem::path &sweepDir, const std::vector<int> &trials,
                              const SlurmSettings &settings);
// Submits a one-second job with the settings' partition, account and resources (not its trials), to see what Slurm
// says before a sweep goes there. Returns the job id; UsageError quoting Slurm when it refuses.
std::string submitSlurmTestJob(const SlurmSettings &settings);
// Whether the sweep was submitted to Slurm (it has a slurm.json), and with what.
bool submittedToSlurm(const std::filesystem::path &sweepDir);
SlurmSettings slurmSettingsOf(const std::filesystem::path &sweepDir);    // DataError naming the file
std::vector<SlurmSubmission> slurmSubmissions(const std::filesystem::path &sweepDir);

// Fills each status's queue and node from squeue for the sweep's jobs. UsageError quoting squeue when it fails.
void addSlurmQueue(const std::filesystem::path &sweepDir, std::vector<TrialStatus> &status);
// scancel of every job the sweep submitted; what finished stays. UsageError quoting scancel when it fails.
void cancelSlurmJobs(const std::filesystem::path &sweepDir);
// scancel of one trial's array task (in the latest submission that holds it). UsageError when none does.
void cancelSlurmTrial(const std::filesystem::path &sweepDir, int index);

// A sweep as a reader sees it, what the app polls: its definition, every trial's state and progress and, when it went
// to Slurm, the queue's state and node of each trial (queueError: squeue's refusal, quoted; the folders still tell).
struct SweepSnapshot {
    Sweep sweep;
    std::vector<TrialStatus> status;
    bool slurm = false;
    std::string queueError;
};
// DataError naming the folder when it holds no readable sweep.
SweepSnapshot readSweepSnapshot(const std::filesystem::path &sweepDir);

// A program's exit status and what it wrote (the engine runs sbatch, squeue, scancel with it). status 127: it could
// not be started.
struct ProgramOutput {
    int status = 0;
    std::string out, err;
};
ProgramOutput runProgram(const std::vector<std::string> &argv);

} // namespace mw::core
