#pragma once

// A run's folder: result.json, the best checkpoint and the log, and while it can still be resumed its resume state.
// No LibTorch here, so the GUI can list and read runs.
#include "training/result.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace mw::core {

class Network;

// Everything goes into "<dir>.part" first and the folder is renamed into place by finish(), so a crash or a cancel
// never leaves a half-written run under the real name (a stale .part from a crash is replaced by the next run).
class RunStore {
public:
    static constexpr const char *kResultFile = "result.json";
    static constexpr const char *kCheckpointFile = "best.safetensors";
    static constexpr const char *kLogFile = "log.txt";
    // Where a run that stopped before its end stands (training/resume.h); removed when the run ends.
    static constexpr const char *kResumeFile = "resume.pt";
    static constexpr const char *kResumeInfoFile = "resume.json";

    enum class Mode {
        Create, // a new run: the folder must not exist (or be empty)
        Resume, // go on with a run that was cancelled (the folder) or killed (its .part folder)
    };
    // Create throws UsageError naming the folder when it already exists (and is not empty) or cannot be written.
    // Resume moves the cancelled run's folder back to .part and appends to its log; it throws UsageError when the
    // folder (or its .part) holds no resume state.
    explicit RunStore(std::filesystem::path dir, Mode mode = Mode::Create);
    // An unfinished store that never saved a checkpoint (the run failed on bad input) removes its .part folder;
    // one that did keeps it, with the best checkpoint and the log of how far the run got. A resumed run that did not
    // finish goes back under its name when it can (a resume that failed leaves the run as it was).
    ~RunStore();
    RunStore(const RunStore &) = delete;
    RunStore &operator=(const RunStore &) = delete;

    const std::filesystem::path &dir() const { return m_dir; }
    std::filesystem::path partDir() const;

    void log(const std::string &line); // one line, flushed
    // One line of progress.jsonl (training/progress.h), flushed, for readers that follow the run while it trains.
    void progress(const nlohmann::json &event);
    // Atomically replaces the checkpoint (written beside it and renamed).
    void saveCheckpoint(const Network &network, const nlohmann::json &config);
    // Writes result.json and renames the folder into place. The store takes no more writes afterwards.
    void finish(const RunResult &result);
    bool finished() const { return m_finished; }
    bool resumed() const { return m_resumed; }

    // Whether a store has the run in `dir` (a run folder or a .part) open, in this or another program.
    static bool inUse(const std::filesystem::path &dir);
    // Whether the run in `dir` (or its .part, after a crash) can be resumed.
    static bool resumable(const std::filesystem::path &dir);
    // The settings such a run was started with (its resume.json); UsageError when there are none to read.
    static RunConfig resumeSettings(const std::filesystem::path &dir);

private:
    std::filesystem::path m_dir;
    std::ofstream m_log, m_progress;
    bool m_finished = false;
    bool m_savedCheckpoint = false;
    bool m_resumed = false;
    int m_lock = -1; // flock on the log while the store is open (see inUse)
};

// Where runs go unless told otherwise: appDataDir()/runs. The one place that names it.
std::filesystem::path defaultRunsDir();

// A fresh folder for a run of `model` under `parent` (default: defaultRunsDir()): "20240501-142233-resnet50",
// with "-2", "-3", ... when that exists.
std::filesystem::path newRunDir(const std::string &model, const std::filesystem::path &parent = {});

// The time of day ("14:22:33") a folder that newRunDir named was made; empty for a folder named otherwise.
std::string runDirTime(const std::filesystem::path &dir);

// Reads <dir>/result.json. Throws DataError naming the file and the problem.
RunResult loadRunResult(const std::filesystem::path &dir);

// The run in a .part folder that a program which stopped (killed, crashed) left, as far as its last saved resume
// state: marked cancelled, with a warning that says so. Throws DataError when the folder holds none, or a store of
// a running program has it open.
RunResult loadInterruptedRun(const std::filesystem::path &partDir);

// A folder that holds this file is a sweep (sweep/sweep.h): a group of runs, one per trial, in its subfolders.
inline constexpr const char *kSweepFile = "sweep.json";

// The sweep a run folder belongs to (its parent folder's name when that is a sweep), else empty.
std::string sweepOfRun(const std::filesystem::path &runDir);

// A run in a runs folder, as listRuns finds it.
struct RunEntry {
    std::filesystem::path dir;
    std::string sweep;          // the sweep folder's name for a sweep's trial, else empty
    bool interrupted = false;   // a ".part" folder a stopped program left with its resume state: resume or delete it
    bool hasCheckpoint = false; // it holds its best weights (kCheckpointFile), so it can classify
};

// The runs in `folder` in the order of their names (which start with the run's date and time); a sweep's folder
// stands for its trials, listed in its place. Left out: runs being deleted (".deleting") and runs being written (a
// ".part" a store holds, or one with no resume state yet), and a sweep's trials that have not started. Every other
// folder is listed, even one that holds no result: loadRun says what is wrong with it. A missing folder has no runs.
std::vector<RunEntry> listRuns(const std::filesystem::path &folder);

// The entry's result: loadRunResult, or loadInterruptedRun for an interrupted run. Throws DataError.
RunResult loadRun(const RunEntry &entry);

// What deleteRun did.
struct RunDeletion {
    enum class Outcome {
        Deleted,  // gone (or `leftover` holds what could not be removed)
        Missing,  // there was no such folder: nothing to do
        Training, // a store has the run open (in this or another program): nothing was touched
        NotARun,  // no result and no resume state in it: not a run folder, nothing was touched
        Failed,   // it could not be moved aside (`error` says why): it is still there, whole
    };
    Outcome outcome = Outcome::Deleted;
    std::string error;               // Failed: why; Deleted with a leftover: why those files stayed
    std::filesystem::path leftover;  // Deleted: the ".deleting" folder that still holds some files, else empty
};

// Deletes a run folder (finished, cancelled or interrupted). It is first renamed to "<dir>.deleting" in one step,
// so no listing ever shows a half-deleted run under its name, and only then removed; a run that is training is
// never touched (the run's lock is held across the rename, so no resume can start meanwhile).
RunDeletion deleteRun(const std::filesystem::path &dir);

} // namespace mw::core
