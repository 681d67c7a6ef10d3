#include "sweep/slurm.h"

#include "errors.h"
#include "training/jsonread.h"

#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <map>
#include <regex>
#include <sstream>

extern char **environ;

namespace mw::core {
namespace {

constexpr const char *kSlurmFile = "slurm.json";

std::string quoted(const std::string &text)
{
    std::string out = "'";
    for (char c : text)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

// Slurm's message, without the trailing newline, on one line.
std::string firstLines(std::string text)
{
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
        text.pop_back();
    std::replace(text.begin(), text.end(), '\n', ' ');
    return text.empty() ? "(no message)" : text;
}

void requireOneLine(const std::string &key, const std::string &value)
{
    if (value.find_first_of("\n\r") != std::string::npos)
        throw UsageError(key, "Slurm setting \"" + key + "\" must be one line", "must be one line");
}

void requireWord(const std::string &key, const std::string &value)
{
    requireOneLine(key, value);
    if (value.find_first_of(" \t'\"") != std::string::npos)
        throw UsageError(key, "Slurm setting \"" + key + "\" must be one word, not \"" + value + "\"",
                         "must be one word");
}

void checkSettings(const SlurmSettings &s)
{
    requireOneLine("cli", s.cli);
    if (s.cli.empty())
        throw UsageError("cli", "Slurm setting \"cli\" is empty: give the CLI's path on the nodes", "is empty");
    requireWord("partition", s.partition);
    requireWord("account", s.account);
    // Slurm's time formats: minutes, MM:SS, HH:MM:SS, D-HH, D-HH:MM, D-HH:MM:SS.
    if (!s.time.empty() && !std::regex_match(s.time, std::regex(R"((\d+-)?\d+(:\d+){0,2})")))
        throw UsageError("time", "Slurm setting \"time\" must be a time limit such as 01:30:00 or 2-00:00:00, not \""
                                     + s.time + "\"", "is not a time limit");
    if (!s.memory.empty() && !std::regex_match(s.memory, std::regex(R"(\d+[KMGT]?)")))
        throw UsageError("memory", "Slurm setting \"memory\" must be a size such as 4G or 500M, not \"" + s.memory + "\"",
                         "is not a size");
    if (s.cpus < 1)
        throw UsageError("cpus", "Slurm setting \"cpus\" must be at least 1, not " + std::to_string(s.cpus),
                         "must be at least 1");
    if (s.gpus < 0 || s.parallel < 0)
        throw UsageError(s.gpus < 0 ? "gpus" : "parallel", "Slurm settings \"gpus\" and \"parallel\" must be 0 or more",
                         "must be 0 or more");
    for (const std::string &line : s.extraLines)
        requireOneLine("extra_lines", line);
}

nlohmann::json readSlurmFile(const std::filesystem::path &sweepDir)
{
    const std::filesystem::path file = sweepDir / kSlurmFile;
    std::ifstream in(file);
    if (!in)
        throw DataError(file.string() + ": cannot read (the sweep was not submitted to Slurm)");
    const nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
    if (json.is_discarded() || !json.is_object() || !json.contains("settings") || !json.contains("submissions")
        || !json["submissions"].is_array())
        throw DataError(file.string() + ": not a Slurm record this version can read");
    return json;
}

void writeSlurmFile(const std::filesystem::path &sweepDir, const nlohmann::json &json)
{
    const std::filesystem::path file = sweepDir / kSlurmFile, temp = sweepDir / "slurm.json.part";
    {
        std::ofstream out(temp);
        out << json.dump(2) << '\n';
        if (!out)
            throw UsageError(file.string() + ": cannot write");
    }
    std::error_code ec;
    std::filesystem::rename(temp, file, ec);
    if (ec)
        throw UsageError(file.string() + ": cannot write (" + ec.message() + ")");
}

// "0-3" for a run of indices, "0,2,5" otherwise.
std::string arrayList(const std::vector<int> &trials)
{
    std::vector<int> sorted = trials;
    std::sort(sorted.begin(), sorted.end());
    std::string out;
    for (std::size_t i = 0; i < sorted.size();) {
        std::size_t j = i;
        while (j + 1 < sorted.size() && sorted[j + 1] == sorted[j] + 1)
            ++j;
        out += (out.empty() ? "" : ",") + std::to_string(sorted[i]) + (j > i ? "-" + std::to_string(sorted[j]) : "");
        i = j + 1;
    }
    return out;
}

} // namespace

nlohmann::json toJson(const SlurmSettings &s)
{
    return {{"cli", s.cli},       {"partition", s.partition}, {"account", s.account},
            {"time", s.time},     {"memory", s.memory},       {"cpus", s.cpus},
            {"gpus", s.gpus},     {"parallel", s.parallel},   {"extra_lines", s.extraLines}};
}

SlurmSettings slurmSettingsFromJson(const nlohmann::json &json)
{
    const JsonReader r(json, "", "Slurm setting");
    r.allowOnly({"cli", "partition", "account", "time", "memory", "cpus", "gpus", "parallel", "extra_lines"});
    SlurmSettings s;
    r.read("cli", s.cli);
    r.read("partition", s.partition);
    r.read("account", s.account);
    r.read("time", s.time);
    r.read("memory", s.memory);
    r.read("cpus", s.cpus);
    r.read("gpus", s.gpus);
    r.read("parallel", s.parallel);
    if (r.has("extra_lines")) {
        const nlohmann::json &lines = r.at("extra_lines");
        if (!lines.is_array() || !std::all_of(lines.begin(), lines.end(), [](const auto &l) { return l.is_string(); }))
            throw UsageError("extra_lines", "Slurm setting \"extra_lines\" must be a list of strings", "must be a list");
        for (const auto &line : lines)
            s.extraLines.push_back(line.get<std::string>());
    }
    checkSettings(s);
    return s;
}

std::string slurmJobScript(const std::filesystem::path &sweepDir, const SlurmSettings &s)
{
    checkSettings(s);
    const std::filesystem::path dir = std::filesystem::absolute(sweepDir).lexically_normal();
    std::ostringstream script;
    script << "#!/bin/bash\n"
           << "# MNIST Workbench sweep " << dir.filename().string() << ": one array task per trial.\n"
           << "#SBATCH --job-name=mw-sweep\n"
           << "#SBATCH --output=" << (dir / "slurm" / "%A_%a.out").string() << "\n"
           << "#SBATCH --open-mode=append\n"
           << "#SBATCH --cpus-per-task=" << s.cpus << "\n"
           // A requeued task (node failure, preemption, scontrol requeue) starts again and resumes its trial.
           << "#SBATCH --requeue\n";
    if (!s.partition.empty())
        script << "#SBATCH --partition=" << s.partition << "\n";
    if (!s.account.empty())
        script << "#SBATCH --account=" << s.account << "\n";
    if (!s.time.empty())
        script << "#SBATCH --time=" << s.time << "\n";
    if (!s.memory.empty())
        script << "#SBATCH --mem=" << s.memory << "\n";
    if (s.gpus > 0)
        script << "#SBATCH --gres=gpu:" << s.gpus << "\n";
    for (const std::string &line : s.extraLines)
        script << (line.rfind("#SBATCH", 0) == 0 ? line : "#SBATCH " + line) << "\n";
    script << "exec " << quoted(s.cli) << " sweep run-trial " << quoted(dir.string())
           << " --index \"$SLURM_ARRAY_TASK_ID\" --threads " << s.cpus << "\n";
    return script.str();
}

SlurmSubmission submitToSlurm(const std::filesystem::path &sweepDir, const std::vector<int> &trials,
                              const SlurmSettings &settings)
{
    if (trials.empty())
        throw UsageError("no trials to submit");
    const std::string script = slurmJobScript(sweepDir, settings);
    std::error_code ec;
    std::filesystem::create_directories(sweepDir / "slurm", ec);
    const std::filesystem::path file = sweepDir / "slurm" / "job.sh";
    {
        std::ofstream out(file);
        out << script;
        if (!out)
            throw UsageError(file.string() + ": cannot write");
    }
    std::string array = "--array=" + arrayList(trials);
    if (settings.parallel > 0)
        array += "%" + std::to_string(settings.parallel);
    const ProgramOutput sbatch = runProgram({"sbatch", "--parsable", array, file.string()});
    if (sbatch.status == 127)
        throw UsageError("sbatch: cannot run it (" + firstLines(sbatch.err)
                         + "); submit from a machine where Slurm's commands are on the PATH");
    if (sbatch.status != 0)
        throw UsageError("Slurm refused the sweep: " + firstLines(sbatch.err));
    SlurmSubmission submission;
    submission.jobId = sbatch.out.substr(0, sbatch.out.find_first_of(";\n"));
    if (submission.jobId.empty() || !std::all_of(submission.jobId.begin(), submission.jobId.end(), ::isdigit))
        throw UsageError("sbatch said \"" + firstLines(sbatch.out) + "\" instead of a job id");
    submission.trials = trials;

    nlohmann::json record = {{"settings", toJson(settings)}, {"submissions", nlohmann::json::array()}};
    if (submittedToSlurm(sweepDir))
        record["submissions"] = readSlurmFile(sweepDir)["submissions"];
    record["submissions"].push_back({{"job_id", submission.jobId}, {"trials", trials}});
    writeSlurmFile(sweepDir, record);
    return submission;
}

std::string submitSlurmTestJob(const SlurmSettings &settings)
{
    checkSettings(settings);
    std::vector<std::string> argv{"sbatch", "--parsable", "--job-name=mw-sweep-test", "--output=/dev/null",
                                  "--cpus-per-task=" + std::to_string(settings.cpus), "--time=00:01:00"};
    if (!settings.partition.empty())
        argv.push_back("--partition=" + settings.partition);
    if (!settings.account.empty())
        argv.push_back("--account=" + settings.account);
    if (!settings.memory.empty())
        argv.push_back("--mem=" + settings.memory);
    if (settings.gpus > 0)
        argv.push_back("--gres=gpu:" + std::to_string(settings.gpus));
    argv.insert(argv.end(), {"--wrap", "sleep 1"});
    const ProgramOutput sbatch = runProgram(argv);
    if (sbatch.status == 127)
        throw UsageError("sbatch: cannot run it (" + firstLines(sbatch.err) + ")");
    if (sbatch.status != 0)
        throw UsageError("Slurm refused the test job: " + firstLines(sbatch.err));
    return sbatch.out.substr(0, sbatch.out.find_first_of(";\n"));
}

bool submittedToSlurm(const std::filesystem::path &sweepDir)
{
    std::error_code ec;
    return std::filesystem::exists(sweepDir / kSlurmFile, ec);
}

SlurmSettings slurmSettingsOf(const std::filesystem::path &sweepDir)
{
    try {
        return slurmSettingsFromJson(readSlurmFile(sweepDir).at("settings"));
    } catch (const UsageError &e) {
        throw DataError((sweepDir / kSlurmFile).string() + ": " + e.what());
    }
}

std::vector<SlurmSubmission> slurmSubmissions(const std::filesystem::path &sweepDir)
{
    std::vector<SlurmSubmission> out;
    const nlohmann::json record = readSlurmFile(sweepDir); // kept: a loop over a temporary's member would dangle
    for (const nlohmann::json &entry : record["submissions"]) {
        if (!entry.is_object() || !entry.contains("job_id") || !entry["job_id"].is_string() || !entry.contains("trials")
            || !entry["trials"].is_array())
            throw DataError((sweepDir / kSlurmFile).string() + ": a submission without its job id and trials");
        SlurmSubmission s;
        s.jobId = entry["job_id"].get<std::string>();
        for (const auto &t : entry["trials"])
            if (t.is_number_integer())
                s.trials.push_back(t.get<int>());
        out.push_back(std::move(s));
    }
    return out;
}

SweepSnapshot readSweepSnapshot(const std::filesystem::path &sweepDir)
{
    SweepSnapshot snapshot;
    snapshot.sweep = loadSweep(sweepDir);
    snapshot.status = sweepStatus(sweepDir, snapshot.sweep);
    snapshot.slurm = submittedToSlurm(sweepDir);
    if (snapshot.slurm) {
        try {
            addSlurmQueue(sweepDir, snapshot.status);
        } catch (const UsageError &e) {
            snapshot.queueError = e.what();
        }
    }
    return snapshot;
}

void addSlurmQueue(const std::filesystem::path &sweepDir, std::vector<TrialStatus> &status)
{
    std::map<std::string, bool> ours;
    for (const SlurmSubmission &s : slurmSubmissions(sweepDir))
        ours[s.jobId] = true;
    // Every array task of ours, one per line (-r), including the ones that still wait: "123|4|PENDING||(Priority)".
    const ProgramOutput squeue = runProgram({"squeue", "--noheader", "--array", "--me", "--format=%F|%K|%T|%N|%r"});
    if (squeue.status != 0)
        throw UsageError("squeue failed: " + firstLines(squeue.err));
    std::istringstream lines(squeue.out);
    for (std::string line; std::getline(lines, line);) {
        std::vector<std::string> field;
        std::istringstream parts(line);
        for (std::string f; std::getline(parts, f, '|');)
            field.push_back(f);
        if (field.size() < 4 || !ours.count(field[0]))
            continue;
        const int index = std::atoi(field[1].c_str());
        for (TrialStatus &s : status) {
            if (s.index != index || field[1].empty() || !std::isdigit(static_cast<unsigned char>(field[1][0])))
                continue;
            std::string state = field[2];
            std::transform(state.begin(), state.end(), state.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            // Waiting again after it had started: Slurm requeued it (it resumes from its last saved state).
            if (state == "pending" && !s.progress.epochs.empty())
                state = "requeued";
            s.queue = state;
            s.node = field[3];
        }
    }
}

void cancelSlurmJobs(const std::filesystem::path &sweepDir)
{
    std::vector<std::string> argv{"scancel"};
    for (const SlurmSubmission &s : slurmSubmissions(sweepDir))
        argv.push_back(s.jobId);
    const ProgramOutput scancel = runProgram(argv);
    if (scancel.status != 0)
        throw UsageError("scancel failed: " + firstLines(scancel.err));
}

void cancelSlurmTrial(const std::filesystem::path &sweepDir, int index)
{
    const std::vector<SlurmSubmission> submissions = slurmSubmissions(sweepDir);
    for (auto s = submissions.rbegin(); s != submissions.rend(); ++s) {
        if (std::find(s->trials.begin(), s->trials.end(), index) == s->trials.end())
            continue;
        const ProgramOutput scancel = runProgram({"scancel", s->jobId + "_" + std::to_string(index)});
        if (scancel.status != 0)
            throw UsageError("scancel failed: " + firstLines(scancel.err));
        return;
    }
    throw UsageError("trial " + std::to_string(index) + " was never submitted to Slurm");
}

ProgramOutput runProgram(const std::vector<std::string> &argv)
{
    ProgramOutput result;
    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        return {127, "", "no pipe"};
    if (::pipe2(err, O_CLOEXEC) != 0) {
        ::close(out[0]);
        ::close(out[1]);
        return {127, "", "no pipe"};
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, out[1], STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, err[1], STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    ::close(out[1]);
    ::close(err[1]);
    if (spawned != 0) {
        ::close(out[0]);
        ::close(err[0]);
        return {127, "", argv[0] + ": " + std::strerror(spawned)};
    }
    pollfd fds[2] = {{out[0], POLLIN, 0}, {err[0], POLLIN, 0}};
    std::string *text[2] = {&result.out, &result.err};
    for (int open = 2; open > 0;) {
        if (::poll(fds, 2, -1) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || !(fds[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            char buffer[4096];
            const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
            if (n > 0) {
                text[i]->append(buffer, std::size_t(n));
            } else if (n == 0 || errno != EINTR) {
                ::close(fds[i].fd);
                fds[i].fd = -1;
                --open;
            }
        }
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    result.status = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return result;
}

} // namespace mw::core
