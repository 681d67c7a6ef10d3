#include "sweep/trials.h"

#include "errors.h"
#include "training/mcnemar.h"
#include "training/runstore.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <mutex>
#include <sstream>
#include <thread>

#include <torch/cuda.h>

namespace mw::core {
namespace {

std::filesystem::path errorFile(const std::filesystem::path &sweepDir, const Trial &trial)
{
    return sweepDir / (trial.name + ".error");
}

std::string readLine(const std::filesystem::path &file)
{
    std::ifstream in(file);
    std::string line;
    std::getline(in, line);
    return line;
}

void writeLine(const std::filesystem::path &file, const std::string &line)
{
    std::filesystem::path temp = file;
    temp += ".part";
    {
        std::ofstream out(temp);
        out << line << '\n';
    }
    std::error_code ec;
    std::filesystem::rename(temp, file, ec);
}

} // namespace

std::string toString(TrialState state)
{
    switch (state) {
    case TrialState::Pending: return "pending";
    case TrialState::Running: return "running";
    case TrialState::Interrupted: return "interrupted";
    case TrialState::Cancelled: return "cancelled";
    case TrialState::Failed: return "failed";
    case TrialState::Finished: return "finished";
    }
    return "pending";
}

std::filesystem::path trialDir(const std::filesystem::path &sweepDir, const Trial &trial) { return sweepDir / trial.name; }

TrialStatus trialStatus(const std::filesystem::path &sweepDir, const Trial &trial)
{
    TrialStatus status;
    status.index = trial.index;
    status.name = trial.name;
    const std::filesystem::path dir = trialDir(sweepDir, trial);
    std::filesystem::path part = dir;
    part += ".part";
    std::error_code ec;
    try {
        status.progress = readProgress(dir);
    } catch (const DataError &) {
        // a damaged progress file only costs the live curve; the folder's state below still holds
    }
    if (std::filesystem::exists(part, ec)) {
        if (RunStore::inUse(part))
            status.state = TrialState::Running;
        else if (RunStore::resumable(part))
            status.state = TrialState::Interrupted;
    } else if (std::filesystem::exists(dir / RunStore::kResultFile, ec)) {
        try {
            status.result = loadRunResult(dir);
            status.state = status.result->cancelled ? TrialState::Cancelled : TrialState::Finished;
        } catch (const DataError &e) {
            status.state = TrialState::Failed;
            status.error = e.what();
        }
    }
    if (status.state == TrialState::Pending || status.state == TrialState::Cancelled) {
        // A trial that failed says so in its .error file (removed when it starts again).
        if (std::filesystem::exists(errorFile(sweepDir, trial), ec)) {
            status.state = TrialState::Failed;
            status.error = readLine(errorFile(sweepDir, trial));
        }
    }
    return status;
}

std::vector<TrialStatus> sweepStatus(const std::filesystem::path &sweepDir, const Sweep &sweep)
{
    std::vector<TrialStatus> all;
    for (const Trial &trial : sweep.trials)
        all.push_back(trialStatus(sweepDir, trial));
    return all;
}

std::vector<int> trialsToResume(const std::vector<TrialStatus> &status)
{
    std::vector<int> todo;
    for (const TrialStatus &s : status)
        if (!trialDone(s.state) && !trialBusy(s))
            todo.push_back(s.index);
    return todo;
}

RunResult runTrial(const std::filesystem::path &sweepDir, const Sweep &sweep, int index, int threads,
                   const TrainerCallbacks &callbacks, std::stop_token stop)
{
    if (index < 0 || index >= int(sweep.trials.size()))
        throw UsageError("--index " + std::to_string(index) + ": the sweep has trials 0 to "
                         + std::to_string(int(sweep.trials.size()) - 1));
    const Trial &trial = sweep.trials[std::size_t(index)];
    const std::filesystem::path dir = trialDir(sweepDir, trial);
    std::error_code ec;
    std::filesystem::remove(errorFile(sweepDir, trial), ec);
    try {
        std::optional<RunStore> store;
        RunConfig config = trial.config;
        if (RunStore::resumable(dir)) {
            store.emplace(dir, RunStore::Mode::Resume);
            config = RunStore::resumeSettings(store->dir());
        } else {
            if (std::filesystem::exists(dir / RunStore::kResultFile, ec)) {
                const RunResult before = loadRunResult(dir);
                if (!before.cancelled)
                    return before; // finished before (a requeued task that had ended): nothing to redo
                // Cancelled before its first saved state: nothing to go on from, so it starts again.
                const RunDeletion deletion = deleteRun(dir);
                if (deletion.outcome != RunDeletion::Outcome::Deleted)
                    throw UsageError(dir.string() + ": cannot start the trial again (" + deletion.error + ")");
            }
            store.emplace(dir);
        }
        if (threads > 0)
            config.threads = threads;
        return runExperiment(config, callbacks, std::move(stop), &*store);
    } catch (const Error &e) {
        writeLine(errorFile(sweepDir, trial), e.what());
        throw;
    }
}

int defaultParallelTrials(const Sweep &sweep)
{
    // A GPU is not shared unless the user asks for it (--parallel): trials on one queue up behind each other.
    const bool gpu = std::any_of(sweep.trials.begin(), sweep.trials.end(), [](const Trial &t) {
        return t.config.device.rfind("cuda", 0) == 0 || (t.config.device == "auto" && torch::cuda::is_available());
    });
    return gpu || std::thread::hardware_concurrency() < 2 ? 1 : 2;
}

void runSweepLocally(const std::filesystem::path &sweepDir, const Sweep &sweep, const LocalSweepOptions &options,
                     const std::function<void(const TrialStatus &)> &ended, std::stop_token stop)
{
    const std::vector<int> todo = trialsToResume(sweepStatus(sweepDir, sweep));
    const int parallel = std::clamp(options.parallel > 0 ? options.parallel : defaultParallelTrials(sweep), 1,
                                    std::max(1, int(todo.size())));
    const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
    const int threads = options.threads > 0 ? options.threads : std::max(1, cores / parallel);

    std::atomic<std::size_t> next{0};
    std::mutex report;
    auto work = [&] {
        for (std::size_t i; !stop.stop_requested() && (i = next++) < todo.size();) {
            const Trial &trial = sweep.trials[std::size_t(todo[i])];
            try {
                runTrial(sweepDir, sweep, trial.index, threads, {}, stop);
            } catch (const Error &) {
                // written to the trial's .error file: its status says it
            }
            if (ended) {
                const std::lock_guard<std::mutex> lock(report);
                ended(trialStatus(sweepDir, trial));
            }
        }
    };
    std::vector<std::jthread> workers;
    for (int w = 0; w < parallel; ++w)
        workers.emplace_back(work);
}

std::vector<SweepRow> sweepTable(const Sweep &sweep, const std::vector<TrialStatus> &status)
{
    std::vector<SweepRow> rows;
    for (const TrialStatus &s : status) {
        SweepRow row;
        row.index = s.index;
        row.name = s.name;
        if (s.index >= 0 && s.index < int(sweep.trials.size()))
            row.values = sweep.trials[std::size_t(s.index)].values;
        row.state = s.state;
        if (s.result) {
            row.testAccuracy = s.result->testAccuracy;
            row.testLoss = s.result->testLoss;
            row.seconds = s.result->secondsTotal;
        } else {
            row.seconds = s.progress.seconds;
        }
        rows.push_back(std::move(row));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const SweepRow &a, const SweepRow &b) {
        const bool fa = a.state == TrialState::Finished && a.testAccuracy, fb = b.state == TrialState::Finished && b.testAccuracy;
        if (fa != fb)
            return fa;
        if (fa && *a.testAccuracy != *b.testAccuracy)
            return *a.testAccuracy > *b.testAccuracy;
        return a.index < b.index;
    });
    if (rows.empty() || rows.front().state != TrialState::Finished || !rows.front().testAccuracy)
        return rows;
    auto resultOf = [&](int index) -> const RunResult & {
        return *std::find_if(status.begin(), status.end(), [&](const TrialStatus &s) { return s.index == index; })->result;
    };
    rows.front().best = true;
    const RunResult &best = resultOf(rows.front().index);
    for (SweepRow &row : rows) {
        if (row.best || row.state != TrialState::Finished || !row.testAccuracy)
            continue;
        const RunResult &other = resultOf(row.index);
        if (!whyNotComparable(best, other))
            row.pVersusBest = mcnemarTest(best.misclassified, other.misclassified).pValue;
    }
    return rows;
}

} // namespace mw::core
