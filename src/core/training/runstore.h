#pragma once

// A run's folder: result.json, the best checkpoint and the log, and while it can still be resumed its resume state.
// No LibTorch here, so the GUI can list and read runs.
#include "training/result.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>

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
    std::ofstream m_log;
    bool m_finished = false;
    bool m_savedCheckpoint = false;
    bool m_resumed = false;
    int m_lock = -1; // flock on the log while the store is open (see inUse)
};

// A fresh folder for a run of `model` under `parent` (default: appDataDir()/runs): "20240501-142233-resnet50",
// with "-2", "-3", ... when that exists.
std::filesystem::path newRunDir(const std::string &model, const std::filesystem::path &parent = {});

// Reads <dir>/result.json. Throws DataError naming the file and the problem.
RunResult loadRunResult(const std::filesystem::path &dir);

// The run in a .part folder that a program which stopped (killed, crashed) left, as far as its last saved resume
// state: marked cancelled, with a warning that says so. Throws DataError when the folder holds none, or a store of
// a running program has it open.
RunResult loadInterruptedRun(const std::filesystem::path &partDir);

} // namespace mw::core
