#include "training/runstore.h"

#include "data/catalog.h"
#include "errors.h"
#include "models/checkpoint.h"
#include "training/progress.h"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <sstream>

namespace mw::core {
namespace {

std::filesystem::path withSuffix(const std::filesystem::path &path, const char *suffix)
{
    std::filesystem::path out = path;
    out += suffix;
    return out;
}

// The folder's own path, without a trailing separator (so "runs/a/" + ".part" is "runs/a.part", not "runs/a/.part").
std::filesystem::path normalized(std::filesystem::path dir)
{
    dir = dir.lexically_normal();
    if (!dir.has_filename())
        dir = dir.parent_path();
    return dir;
}

bool hasResumeFiles(const std::filesystem::path &folder)
{
    std::error_code ec;
    return std::filesystem::exists(folder / RunStore::kResumeFile, ec)
           && std::filesystem::exists(folder / RunStore::kResumeInfoFile, ec);
}

// "runs/a.part" names the run "runs/a".
std::filesystem::path withoutPart(std::filesystem::path dir)
{
    dir = normalized(std::move(dir));
    if (dir.extension() == ".part")
        dir.replace_extension();
    return dir;
}

// An exclusive lock on a run's log, held while a store has the run open: a second store (in this program or another)
// cannot open the same run, and a .part folder whose log nobody holds was left by a program that has gone.
// Returns the descriptor, or -1 when someone else holds the lock (or the log cannot be opened).
int lockLog(const std::filesystem::path &folder)
{
    const int fd = ::open((folder / RunStore::kLogFile).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

bool RunStore::inUse(const std::filesystem::path &dir)
{
    std::error_code ec;
    if (!std::filesystem::exists(dir / kLogFile, ec))
        return false;
    const int fd = lockLog(dir);
    if (fd < 0)
        return true;
    ::close(fd);
    return false;
}

bool RunStore::resumable(const std::filesystem::path &dir)
{
    const auto run = withoutPart(dir);
    return hasResumeFiles(run) || hasResumeFiles(withSuffix(run, ".part"));
}

RunConfig RunStore::resumeSettings(const std::filesystem::path &dir)
{
    const auto run = withoutPart(dir);
    const auto folder = hasResumeFiles(run) ? run : withSuffix(run, ".part");
    const auto file = folder / kResumeInfoFile;
    std::ifstream in(file);
    if (!in)
        throw UsageError(run.string() + ": nothing to resume (no " + kResumeInfoFile + ")");
    const nlohmann::json meta = nlohmann::json::parse(in, nullptr, false);
    if (meta.is_discarded() || !meta.is_object() || !meta.contains("config"))
        throw UsageError(file.string() + ": not a resume state this version can read");
    return runConfigFromJson(meta.at("config"));
}

RunStore::RunStore(std::filesystem::path dir, Mode mode)
    : m_dir(mode == Mode::Resume ? withoutPart(std::move(dir)) : normalized(std::move(dir)))
{
    if (m_dir.empty())
        throw UsageError("no folder given for the run");
    std::error_code ec;
    const auto part = partDir();
    if (mode == Mode::Resume) {
        const bool cancelled = hasResumeFiles(m_dir);
        if (!cancelled && !hasResumeFiles(part))
            throw UsageError(m_dir.string()
                             + ": nothing to resume (a run that ended, or one written before resuming existed, holds "
                               "no resume state)");
        if (cancelled && std::filesystem::exists(part, ec))
            throw UsageError(part.string() + ": exists beside the run; delete whichever of the two is stale");
        // Locked before the move: the lock goes with the log, so no second resume starts meanwhile.
        m_lock = lockLog(cancelled ? m_dir : part);
        if (m_lock < 0)
            throw UsageError(m_dir.string() + ": the run is training already (in this or another program)");
        if (cancelled) {
            std::filesystem::rename(m_dir, part, ec);
            if (ec) {
                ::close(m_lock);
                throw UsageError(m_dir.string() + ": cannot reopen the run (" + ec.message() + ")");
            }
        }
        m_resumed = true;
        m_log.open(part / kLogFile, std::ios::app);
        if (!m_log) {
            ::close(m_lock);
            throw UsageError(m_dir.string() + ": cannot write the run's log");
        }
        return;
    }
    if (std::filesystem::exists(m_dir, ec)) {
        if (!std::filesystem::is_directory(m_dir, ec))
            throw UsageError(m_dir.string() + ": exists and is not a folder; choose a new folder for the run");
        if (!std::filesystem::is_empty(m_dir, ec))
            throw UsageError(m_dir.string() + ": exists and is not empty; choose a new folder for the run");
    }
    if (std::filesystem::exists(part, ec)) {
        if (inUse(part))
            throw UsageError(part.string() + ": a run is being written there (in this or another program)");
        if (hasResumeFiles(part))
            throw UsageError(part.string() + ": holds a run that was interrupted; resume it or delete it first");
        std::filesystem::remove_all(part, ec); // left by a crash before its first saved epoch: nothing is lost
    }
    if (!std::filesystem::create_directories(part, ec) || ec)
        throw UsageError(m_dir.string() + ": cannot create the run folder (" + (ec ? ec.message() : "exists") + ")");
    m_log.open(part / kLogFile);
    if (!m_log)
        throw UsageError(m_dir.string() + ": cannot write the run's log");
    m_lock = lockLog(part);
}

RunStore::~RunStore()
{
    if (m_lock >= 0)
        ::close(m_lock);
    if (m_finished)
        return;
    m_log.close();
    std::error_code ec;
    if (m_resumed) {
        if (!std::filesystem::exists(m_dir, ec) && std::filesystem::exists(partDir() / kResultFile, ec))
            std::filesystem::rename(partDir(), m_dir, ec);
        return;
    }
    if (!m_savedCheckpoint)
        std::filesystem::remove_all(partDir(), ec);
}

std::filesystem::path RunStore::partDir() const { return withSuffix(m_dir, ".part"); }

void RunStore::log(const std::string &line)
{
    if (!m_finished)
        m_log << line << std::endl;
}

void RunStore::progress(const nlohmann::json &event)
{
    if (m_finished)
        return;
    if (!m_progress.is_open())
        m_progress.open(partDir() / kProgressFile, std::ios::app);
    m_progress << event.dump() << std::endl;
}

void RunStore::saveCheckpoint(const Network &network, const nlohmann::json &config)
{
    if (m_finished)
        throw std::logic_error("RunStore: checkpoint after finish()");
    ::mw::core::saveCheckpoint(partDir() / kCheckpointFile, network, config);
    m_savedCheckpoint = true;
}

void RunStore::finish(const RunResult &result)
{
    if (m_finished)
        throw std::logic_error("RunStore: finish() twice");
    const auto part = partDir();
    if (!result.cancelled) {
        std::error_code ec;
        for (const char *name : {kResumeFile, kResumeInfoFile})
            std::filesystem::remove(part / name, ec);
    }
    const auto file = part / kResultFile;
    const auto temp = withSuffix(file, ".part");
    {
        std::ofstream out(temp);
        out << toJson(result).dump(2) << '\n';
        out.close();
        if (!out)
            throw UsageError(temp.string() + ": cannot write the result (disk full?)");
    }
    std::error_code ec;
    std::filesystem::rename(temp, file, ec);
    if (ec)
        throw UsageError(file.string() + ": cannot write the result (" + ec.message() + ")");
    m_log.close();
    m_progress.close();
    // An empty folder of that name (made by the user, or checked at start) is replaced by rename() itself.
    std::filesystem::rename(part, m_dir, ec);
    if (ec)
        throw UsageError(m_dir.string() + ": cannot move the finished run into place (" + ec.message()
                         + "); it is complete in " + part.string());
    m_finished = true;
}

std::filesystem::path defaultRunsDir() { return appDataDir() / "runs"; }

std::filesystem::path newRunDir(const std::string &model, const std::filesystem::path &parent)
{
    const std::filesystem::path base = parent.empty() ? defaultRunsDir() : parent;
    const std::time_t now = std::time(nullptr);
    std::tm local{};
    localtime_r(&now, &local);
    char stamp[32];
    std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M%S", &local);
    std::string name = model;
    for (char &c : name)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '-')
            c = '_';
    const std::string stem = std::string(stamp) + "-" + name;
    std::error_code ec;
    for (int i = 1;; ++i) {
        const auto dir = base / (i == 1 ? stem : stem + "-" + std::to_string(i));
        if (!std::filesystem::exists(dir, ec) && !std::filesystem::exists(withSuffix(dir, ".part"), ec))
            return dir;
    }
}

std::string runDirTime(const std::filesystem::path &dir)
{
    const std::string name = dir.filename().string();
    // "YYYYMMDD-HHMMSS-", as newRunDir's strftime writes it.
    if (name.size() < 16 || name[8] != '-' || name[15] != '-')
        return {};
    for (std::size_t i = 0; i < 15; ++i)
        if (i != 8 && !std::isdigit(static_cast<unsigned char>(name[i])))
            return {};
    return name.substr(9, 2) + ":" + name.substr(11, 2) + ":" + name.substr(13, 2);
}

RunResult loadInterruptedRun(const std::filesystem::path &partDir)
{
    const auto file = partDir / RunStore::kResumeInfoFile;
    if (RunStore::inUse(partDir))
        throw DataError(partDir.string() + ": the run is training (in this or another program)");
    std::ifstream in(file);
    if (!in)
        throw DataError(file.string() + ": cannot read (not an interrupted run?)");
    const nlohmann::json meta = nlohmann::json::parse(in, nullptr, false);
    if (meta.is_discarded() || !meta.is_object() || !meta.contains("result"))
        throw DataError(file.string() + ": not a resume state this version can read");
    try {
        RunResult result = runResultFromJson(meta.at("result"));
        result.cancelled = true;
        result.warnings.push_back("interrupted: the program stopped after epoch " + std::to_string(result.epochs.size())
                                  + " was saved; resume goes on from there");
        return result;
    } catch (const UsageError &e) {
        throw DataError(file.string() + ": " + e.what());
    }
}

RunResult loadRunResult(const std::filesystem::path &dir)
{
    const auto file = dir / RunStore::kResultFile;
    std::ifstream in(file);
    if (!in)
        throw DataError(file.string() + ": cannot read (not a finished run folder?)");
    const nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
    if (json.is_discarded())
        throw DataError(file.string() + ": not valid JSON");
    try {
        return runResultFromJson(json);
    } catch (const UsageError &e) {
        throw DataError(file.string() + ": " + e.what());
    }
}

std::string sweepOfRun(const std::filesystem::path &runDir)
{
    const std::filesystem::path parent = normalized(runDir).parent_path();
    std::error_code ec;
    return std::filesystem::exists(parent / kSweepFile, ec) ? parent.filename().string() : std::string();
}

namespace {

// The runs directly in `folder`; a sweep's folder adds its trials (one level: sweeps do not nest).
void collectRuns(const std::filesystem::path &folder, const std::string &sweep, std::vector<RunEntry> &runs)
{
    std::vector<RunEntry> found;
    std::error_code ec;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::error_code entryError;
        if (!it->is_directory(entryError))
            continue;
        RunEntry entry;
        entry.dir = it->path();
        entry.sweep = sweep;
        const auto extension = entry.dir.extension();
        if (extension == ".deleting")
            continue;
        if (sweep.empty() && std::filesystem::exists(entry.dir / kSweepFile, entryError)) {
            collectRuns(entry.dir, entry.dir.filename().string(), found);
            continue;
        }
        if (extension == ".part") {
            // Still being written, or left before its first saved epoch (the next run in its place replaces it).
            if (!std::filesystem::exists(entry.dir / RunStore::kResumeInfoFile, entryError) || RunStore::inUse(entry.dir))
                continue;
            entry.interrupted = true;
        }
        entry.hasCheckpoint = std::filesystem::exists(entry.dir / RunStore::kCheckpointFile, entryError);
        found.push_back(std::move(entry));
    }
    runs.insert(runs.end(), found.begin(), found.end());
}

} // namespace

std::vector<RunEntry> listRuns(const std::filesystem::path &folder)
{
    std::vector<RunEntry> runs;
    collectRuns(folder, {}, runs);
    // By name, a sweep's trials in the sweep's place.
    auto key = [](const RunEntry &e) {
        return e.sweep.empty() ? e.dir.filename().string() : e.sweep + "/" + e.dir.filename().string();
    };
    std::sort(runs.begin(), runs.end(), [&](const RunEntry &a, const RunEntry &b) { return key(a) < key(b); });
    return runs;
}

RunResult loadRun(const RunEntry &entry)
{
    return entry.interrupted ? loadInterruptedRun(entry.dir) : loadRunResult(entry.dir);
}

RunDeletion deleteRun(const std::filesystem::path &dir)
{
    using Outcome = RunDeletion::Outcome;
    const std::filesystem::path folder = normalized(dir);
    std::error_code ec;
    if (!std::filesystem::exists(folder, ec))
        return {Outcome::Missing, {}, {}};
    // Held until the folder is gone: a store (a resume) that would open the run meanwhile finds it locked.
    int lock = -1;
    if (std::filesystem::exists(folder / RunStore::kLogFile, ec) && (lock = lockLog(folder)) < 0)
        return {Outcome::Training, {}, {}};
    if (!std::filesystem::exists(folder / RunStore::kResultFile, ec)
        && !std::filesystem::exists(folder / RunStore::kResumeInfoFile, ec)) {
        if (lock >= 0)
            ::close(lock);
        return {Outcome::NotARun, {}, {}};
    }
    const auto doomed = withSuffix(folder, ".deleting");
    std::filesystem::remove_all(doomed, ec); // what an earlier deletion could not remove
    ec.clear();
    std::filesystem::rename(folder, doomed, ec);
    RunDeletion result;
    if (ec) {
        result = {Outcome::Failed, ec.message(), {}};
    } else {
        std::filesystem::remove_all(doomed, ec);
        if (ec)
            result = {Outcome::Deleted, ec.message(), doomed};
    }
    if (lock >= 0)
        ::close(lock);
    return result;
}

} // namespace mw::core
