#include "sweepcommands.h"

#include "errors.h"
#include "format.h"
#include "training/recipe.h"
#include "training/runstore.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>
#include <thread>

#include <signal.h>
#include <unistd.h>

namespace mw::cli {
using namespace mw::core;

namespace {

constexpr int kExitOk = 0, kExitBadInput = 2, kExitCancelled = 130;
constexpr const char *kLocalPidFile = "local.pid"; // the program running a local sweep, for `sweep cancel`

std::vector<std::string> words(const std::string &text)
{
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string w; in >> w;)
        out.push_back(w);
    return out;
}

nlohmann::json::json_pointer pointerOf(std::string key)
{
    std::replace(key.begin(), key.end(), '.', '/');
    return nlohmann::json::json_pointer("/" + key);
}

// --vary SETTING=V1,V2: a RunConfig key ("head.learning_rate", "model") or a train flag's name ("lr-head").
SweepAxis parseAxis(const std::string &text, const RunOptions &run)
{
    const std::size_t equals = text.find('=');
    if (equals == std::string::npos || equals == 0)
        throw UsageError("--vary " + text + ": write SETTING=VALUE1,VALUE2,... (e.g. head.learning_rate=1e-3,1e-4)");
    SweepAxis axis;
    axis.setting = text.substr(0, equals);
    try {
        axis.keys = sweepSettingKeys(axis.setting);
    } catch (const UsageError &unknown) {
        std::string flagName = axis.setting;
        flagName.erase(0, flagName.find_first_not_of('-'));
        for (const RunOptions::Flag &flag : run.flags) {
            const auto names = flag.option->get_lnames();
            if (std::find(names.begin(), names.end(), flagName) != names.end())
                axis.keys = words(flag.key);
        }
        if (axis.keys.empty())
            throw UsageError("--vary " + axis.setting + ": " + unknown.what());
    }
    const std::string list = text.substr(equals + 1);
    if (list.empty())
        throw UsageError("--vary " + axis.setting + ": give at least one value");
    for (const std::string &value : splitValueList(list)) {
        try {
            axis.values.push_back(parseSettingValue(axis.keys.front(), value));
        } catch (const UsageError &e) {
            throw UsageError("--vary " + axis.setting + "=" + value + ": " + e.problem());
        }
    }
    return axis;
}

// The sweep as the command line defines it: a recipe's settings or the defaults, the flags given, the axes.
SweepDefinition defineSweep(const SweepOptions &o, const std::string &folder)
{
    SweepDefinition d;
    std::vector<std::string> models = o.models;
    std::optional<Recipe> recipe;
    if (!o.recipe.empty()) {
        recipe = findRecipe(loadRecipes(), o.recipe);
        d.recipe = recipe->name;
        d.base = recipe->config;
        d.modelsConfig = recipe->modelsConfig;
        models = recipe->models;
    }
    // Only the flags given, so that each trial's model still picks its own defaults for the rest.
    const RunConfig flagged = applyRunOptions(o.run, defaultRunConfig("dense32"));
    const nlohmann::json flaggedJson = toJson(flagged);
    for (const RunOptions::Flag &flag : o.run.flags)
        if (flag.option->count() > 0)
            for (const std::string &key : words(flag.key))
                d.overrides[pointerOf(key)] = flaggedJson.at(pointerOf(key));
    for (const std::string &text : o.vary)
        d.axes.push_back(parseAxis(text, o.run));
    const bool modelVaried = std::any_of(d.axes.begin(), d.axes.end(), [](const SweepAxis &a) {
        return std::find(a.keys.begin(), a.keys.end(), "model.name") != a.keys.end();
    });
    const bool modelGiven = d.overrides.contains("model") && d.overrides["model"].contains("name"); // --model
    if (!modelVaried && !modelGiven) {
        if (models.empty())
            throw UsageError("give a recipe with --recipe NAME, models with --models A,B,... or --vary model=A,B");
        if (models.size() == 1)
            d.overrides["model"]["name"] = models.front();
        else
            d.axes.insert(d.axes.begin(), SweepAxis{"model", {"model.name"}, {models.begin(), models.end()}});
    }
    // The dataset as a folder every executor sees: --data/--dataset, else the recipe's.
    std::string dataset = folder;
    if (dataset.empty() && recipe && !models.empty())
        dataset = configFor(*recipe, models.front()).dataset;
    if (dataset.empty())
        throw UsageError("give a dataset with --data DIR or --dataset NAME");
    d.overrides["dataset"] = std::filesystem::absolute(dataset).lexically_normal().string();
    d.random = o.random;
    d.seed = o.randomSeed;
    return d;
}

std::string valuesText(const Sweep &sweep, const std::vector<nlohmann::json> &values)
{
    std::string out;
    for (std::size_t a = 0; a < values.size() && a < sweep.definition.axes.size(); ++a)
        out += (out.empty() ? "" : " ") + sweep.definition.axes[a].setting + "=" + settingValueText(values[a]);
    return out;
}

std::string trialLine(const Sweep &sweep, const TrialStatus &s)
{
    std::string line = s.name + "  " + toString(s.state) + "  " + valuesText(sweep, sweep.trials[std::size_t(s.index)].values);
    if (s.result && s.result->testAccuracy) {
        char loss[32];
        std::snprintf(loss, sizeof loss, "%.4f", s.result->testLoss.value_or(0));
        line += "  test " + percent(*s.result->testAccuracy) + "  loss " + loss + "  " + duration(s.result->secondsTotal);
    }
    if (!s.error.empty())
        line += "  " + s.error;
    return line;
}

int exitCodeOf(const std::vector<TrialStatus> &status, bool cancelled)
{
    if (cancelled)
        return kExitCancelled;
    for (const TrialStatus &s : status)
        if (!trialDone(s.state))
            return kExitBadInput;
    return kExitOk;
}

void printTable(const Sweep &sweep, const std::vector<TrialStatus> &status)
{
    const std::vector<SweepRow> rows = sweepTable(sweep, status);
    std::vector<std::string> headers{"TRIAL"};
    for (const SweepAxis &axis : sweep.definition.axes)
        headers.push_back(axis.setting);
    for (const char *h : {"STATE", "TEST ACC", "TEST LOSS", "TIME", "P VS BEST"})
        headers.push_back(h);
    std::vector<std::vector<std::string>> cells;
    for (const SweepRow &row : rows) {
        std::vector<std::string> line{row.name + (row.best ? " *" : "")};
        for (const nlohmann::json &v : row.values)
            line.push_back(settingValueText(v));
        char loss[32] = "-", p[32] = "-";
        if (row.testLoss)
            std::snprintf(loss, sizeof loss, "%.4f", *row.testLoss);
        if (row.pVersusBest) // past what a double holds, the exact test's p reads 0
            std::snprintf(p, sizeof p, *row.pVersusBest < 1e-300 ? "< 1e-300" : "%.3g", *row.pVersusBest);
        line.insert(line.end(), {toString(row.state), row.testAccuracy ? percent(*row.testAccuracy) : "-", loss,
                                 row.seconds > 0 ? duration(row.seconds) : "-", row.best ? "best" : p});
        cells.push_back(std::move(line));
    }
    std::vector<std::size_t> width(headers.size());
    for (std::size_t c = 0; c < headers.size(); ++c) {
        width[c] = headers[c].size();
        for (const auto &line : cells)
            width[c] = std::max(width[c], line[c].size());
    }
    auto print = [&](const std::vector<std::string> &line) {
        std::string text;
        for (std::size_t c = 0; c < line.size(); ++c)
            text += line[c] + std::string(width[c] - line[c].size() + 2, ' ');
        while (!text.empty() && text.back() == ' ')
            text.pop_back();
        std::printf("%s\n", text.c_str());
    };
    print(headers);
    for (const auto &line : cells)
        print(line);
    std::printf("(* best by test accuracy; P VS BEST: McNemar's exact test against it on the same test digits)\n");
}

nlohmann::json tableJson(const Sweep &sweep, const std::vector<TrialStatus> &status)
{
    nlohmann::json trials = nlohmann::json::array();
    for (const SweepRow &row : sweepTable(sweep, status)) {
        nlohmann::json values = nlohmann::json::object();
        for (std::size_t a = 0; a < row.values.size() && a < sweep.definition.axes.size(); ++a)
            values[sweep.definition.axes[a].setting] = row.values[a];
        trials.push_back({{"trial", row.name},
                          {"index", row.index},
                          {"values", values},
                          {"state", toString(row.state)},
                          {"test_accuracy", row.testAccuracy ? nlohmann::json(*row.testAccuracy) : nlohmann::json()},
                          {"test_loss", row.testLoss ? nlohmann::json(*row.testLoss) : nlohmann::json()},
                          {"seconds", row.seconds},
                          {"best", row.best},
                          {"p_vs_best", row.pVersusBest ? nlohmann::json(*row.pVersusBest) : nlohmann::json()}});
    }
    nlohmann::json axes = nlohmann::json::array();
    for (const SweepAxis &axis : sweep.definition.axes)
        axes.push_back(axis.setting);
    return {{"axes", axes}, {"trials", trials}};
}

std::string csvField(std::string text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string out = "\"";
    for (char c : text)
        out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

void printCsv(const Sweep &sweep, const std::vector<TrialStatus> &status)
{
    std::string header = "trial";
    for (const SweepAxis &axis : sweep.definition.axes)
        header += "," + csvField(axis.setting);
    std::printf("%s,state,test_accuracy,test_loss,seconds,best,p_vs_best\n", header.c_str());
    for (const SweepRow &row : sweepTable(sweep, status)) {
        std::string line = row.name;
        for (const nlohmann::json &v : row.values)
            line += "," + csvField(settingValueText(v));
        auto number = [](const std::optional<double> &v) { return v ? nlohmann::json(*v).dump() : std::string(); };
        line += "," + toString(row.state) + "," + number(row.testAccuracy) + "," + number(row.testLoss) + ","
                + nlohmann::json(row.seconds).dump() + "," + (row.best ? "true" : "false") + "," + number(row.pVersusBest);
        std::printf("%s\n", line.c_str());
    }
}

// The trials' states, with Slurm's queue when the sweep went there.
std::vector<TrialStatus> currentStatus(const std::filesystem::path &dir, const Sweep &sweep)
{
    std::vector<TrialStatus> status = sweepStatus(dir, sweep);
    if (submittedToSlurm(dir))
        addSlurmQueue(dir, status);
    return status;
}

// Runs the trials not finished yet on this computer, a line per trial as it ends; then the table.
int runLocally(const std::filesystem::path &dir, const Sweep &sweep, int parallel)
{
    if (parallel <= 0)
        parallel = defaultParallelTrials(sweep);
    {
        std::ofstream pid(dir / kLocalPidFile);
        pid << ::getpid() << '\n';
    }
    bool cancelled = false;
    {
        Interruption interruption;
        runSweepLocally(dir, sweep, {parallel, 0}, [&](const TrialStatus &s) {
            std::printf("%s\n", trialLine(sweep, s).c_str());
            std::fflush(stdout);
        }, interruption.token());
        cancelled = interruption.requested();
    }
    std::error_code ec;
    std::filesystem::remove(dir / kLocalPidFile, ec);
    const std::vector<TrialStatus> status = sweepStatus(dir, sweep);
    std::printf("\n");
    printTable(sweep, status);
    if (cancelled)
        std::fprintf(stderr, "mnist-workbench-cli: cancelled; finished trials are kept, go on with: "
                             "mnist-workbench-cli sweep resume %s\n", dir.c_str());
    return exitCodeOf(status, cancelled);
}

// Follows a Slurm sweep until none of its trials is queued or running: a line per trial as it ends, then the table.
// Ctrl+C cancels the array.
int waitForSlurm(const std::filesystem::path &dir, const Sweep &sweep)
{
    std::set<int> reported;
    for (const TrialStatus &s : sweepStatus(dir, sweep))
        if (trialDone(s.state))
            reported.insert(s.index); // finished before this submission
    Interruption interruption;
    auto started = std::chrono::steady_clock::now();
    bool warnedShared = false;
    for (;;) {
        const std::vector<TrialStatus> status = currentStatus(dir, sweep);
        bool busy = false;
        for (const TrialStatus &s : status) {
            busy = busy || trialBusy(s);
            if (s.queue.empty() && trialEnded(s.state) && reported.insert(s.index).second) {
                std::printf("%s\n", trialLine(sweep, s).c_str());
                std::fflush(stdout);
            }
            // A task Slurm runs whose trial never shows up here: the nodes write somewhere this computer cannot see.
            if (!warnedShared && s.queue == "running" && s.state == TrialState::Pending
                && std::chrono::steady_clock::now() - started > std::chrono::seconds(60)) {
                warnedShared = true;
                std::fprintf(stderr, "mnist-workbench-cli: warning: %s runs on %s but nothing it writes appears in %s: "
                                     "the sweep folder must be on a filesystem the nodes share\n",
                             s.name.c_str(), s.node.c_str(), dir.c_str());
            }
        }
        if (!busy) {
            std::printf("\n");
            printTable(sweep, status);
            return exitCodeOf(status, false);
        }
        if (interruption.requested()) {
            cancelSlurmJobs(dir);
            std::fprintf(stderr, "mnist-workbench-cli: cancelled the sweep's Slurm jobs; finished trials are kept, go "
                                 "on with: mnist-workbench-cli sweep resume %s\n", dir.c_str());
            return kExitCancelled;
        }
        std::this_thread::sleep_for(std::chrono::seconds(1));
    }
}

int submit(const std::filesystem::path &dir, const Sweep &sweep, const std::vector<int> &trials,
           const SlurmSettings &settings, bool noWait)
{
    const SlurmSubmission submission = submitToSlurm(dir, trials, settings);
    std::printf("submitted Slurm job %s: %zu trials (%s/slurm/job.sh)\n", submission.jobId.c_str(),
                submission.trials.size(), dir.c_str());
    std::fflush(stdout);
    if (noWait) {
        std::printf("follow it with: mnist-workbench-cli sweep status %s\n", dir.c_str());
        return kExitOk;
    }
    return waitForSlurm(dir, sweep);
}

void addSlurmOptions(CLI::App &cmd, SweepOptions &o)
{
    SlurmSettings &s = o.slurm;
    cmd.add_option("--slurm-partition", s.partition, "Slurm: partition (default: the cluster's)");
    cmd.add_option("--slurm-account", s.account, "Slurm: account to charge");
    cmd.add_option("--slurm-cpus", s.cpus, "Slurm: CPUs per trial (its CPU threads)")->capture_default_str();
    cmd.add_option("--slurm-gpus", s.gpus, "Slurm: GPUs per trial (--gres=gpu:N)")->capture_default_str();
    cmd.add_option("--slurm-memory", s.memory, "Slurm: memory per trial, e.g. 8G");
    cmd.add_option("--slurm-time", s.time, "Slurm: time limit per trial, HH:MM:SS");
    cmd.add_option("--slurm-option", s.extraLines, "Slurm: another #SBATCH line, e.g. \"--qos=short\" (repeatable)");
    cmd.add_option("--slurm-cli", s.cli, "Slurm: the CLI as the nodes find it (a path or a name on their PATH)")
        ->capture_default_str();
}

} // namespace

SweepCommands addSweepCommands(CLI::App &app, SweepOptions &o)
{
    SweepCommands c{};
    c.sweep = app.add_subcommand(
        "sweep", "Run many trials of one experiment: a grid (or --random N points) of settings, on this computer or "
                 "as a Slurm job array; a line per finished trial, then the table sorted by test accuracy. "
                 "Subcommands follow a sweep folder: status, cancel, resume, table");
    auto *recipe = c.sweep->add_option("--recipe", o.recipe, "A recipe (see recipes): its models and settings");
    auto *models = c.sweep->add_option("--models", o.models, "Models, comma-separated (a model axis)")->delimiter(',');
    recipe->excludes(models);
    models->excludes(recipe);
    addRunOptions(*c.sweep, o.run);
    addWeightsUseOptions(*c.sweep, o.run.weightsUse);
    c.sweep->add_option("--vary", o.vary,
                        "SETTING=V1,V2,...: values of one setting (result.json's names such as head.learning_rate, "
                        "batch_size, model, seed; or a flag's name such as lr-head); repeat for more axes");
    c.sweep->add_option("--random", o.random, "Run N distinct points of the grid, drawn with --random-seed (0: all)")
        ->capture_default_str();
    c.sweep->add_option("--random-seed", o.randomSeed, "Seed of that draw")->capture_default_str();
    c.sweep->add_option("--executor", o.executor, "local (this computer) or slurm (a job array)")
        ->capture_default_str()
        ->check(CLI::IsMember({"local", "slurm"}));
    c.sweep->add_option("--parallel", o.parallel,
                        "Trials at once (local: default 2 on 2 cores or more, CPU threads shared out, 1 on a GPU; "
                        "slurm: the array's %K limit, default none)");
    addSlurmOptions(*c.sweep, o);
    c.sweep->add_option("--out", o.out, "The sweep folder to create (holds sweep.json and a run folder per trial)");
    c.sweep->add_option("--json", o.json, "Also write the table as JSON to this file");
    c.sweep->add_flag("--no-wait", o.noWait, "Slurm: submit and return (follow with sweep status)");

    auto dirArgument = [&](CLI::App *cmd) { cmd->add_option("sweep", o.dir, "The sweep folder")->required(); };
    c.status = c.sweep->add_subcommand("status", "Each trial's state (and Slurm's queue), epochs so far, accuracy");
    dirArgument(c.status);
    c.status->add_flag("--json", o.printJson, "Print JSON");
    c.cancel = c.sweep->add_subcommand("cancel", "Stop a sweep's trials (scancel on Slurm); what finished is kept");
    dirArgument(c.cancel);
    c.cancel->add_option("--trial", o.index, "Slurm: only this trial's array task (its index)");
    c.resume = c.sweep->add_subcommand("resume", "Run again every trial that did not finish (stopped trials go on from "
                                                 "their last saved state), where the sweep ran");
    dirArgument(c.resume);
    c.resume->add_option("--parallel", o.parallel, "Local: trials at once");
    c.resume->add_flag("--no-wait", o.noWait, "Slurm: submit and return");
    c.table = c.sweep->add_subcommand("table", "The trials sorted by test accuracy, McNemar's p against the best");
    dirArgument(c.table);
    auto *json = c.table->add_flag("--json", o.printJson, "Print JSON");
    auto *csv = c.table->add_flag("--csv", o.csv, "Print CSV");
    json->excludes(csv);
    c.runTrial = c.sweep->add_subcommand("run-trial", "Run one trial in its folder, or resume it (what each Slurm "
                                                      "array task runs); nothing for a finished trial");
    dirArgument(c.runTrial);
    c.runTrial->add_option("--index", o.index, "The trial's index (the array task id)")->required();
    c.runTrial->add_option("--threads", o.threads, "CPU threads (0: the trial's setting)");
    return c;
}

int sweep(const SweepOptions &o, const std::string &folder)
{
    if (o.out.empty())
        throw UsageError("give the sweep folder to create with --out DIR");
    if (o.executor == "local" && (o.slurm.gpus > 0 || !o.slurm.partition.empty()))
        throw UsageError("--slurm-* settings need --executor slurm");
    Sweep sweep = expandSweep(defineSweep(o, folder));
    for (Trial &trial : sweep.trials) {
        prepareWeightsForCli(trial.config, o.run);
        validate(trial.config);
    }
    if (!o.json.empty())
        checkWritable(o.json);
    SlurmSettings slurm = o.slurm;
    slurm.parallel = o.parallel; // the array's %K
    if (o.executor == "slurm")
        slurmJobScript(o.out, slurm); // bad Slurm settings before anything is written
    const std::filesystem::path dir = std::filesystem::absolute(o.out).lexically_normal();
    createSweepFolder(dir, sweep);
    std::string shape;
    for (const SweepAxis &axis : sweep.definition.axes)
        shape += (shape.empty() ? "" : " x ") + std::to_string(axis.values.size()) + " " + axis.setting;
    std::printf("sweep %s: %zu trials (%s%s)\n", dir.c_str(), sweep.trials.size(), shape.empty() ? "one point" : shape.c_str(),
                sweep.definition.random > 0 ? ", drawn at random" : "");
    std::fflush(stdout);
    int code = kExitOk;
    if (o.executor == "slurm") {
        std::vector<int> all;
        for (const Trial &t : sweep.trials)
            all.push_back(t.index);
        try {
            code = submit(dir, sweep, all, slurm, o.noWait);
        } catch (const UsageError &) {
            std::error_code ec;
            if (!submittedToSlurm(dir)) // Slurm took nothing: the folder we just made goes again
                std::filesystem::remove_all(dir, ec);
            throw;
        }
    } else {
        code = runLocally(dir, sweep, o.parallel);
    }
    if (!o.json.empty())
        writeJsonFile(o.json, tableJson(sweep, currentStatus(dir, sweep)).dump(2));
    return code;
}

int sweepStatusCommand(const SweepOptions &o)
{
    const Sweep sweep = loadSweep(o.dir);
    const std::vector<TrialStatus> status = currentStatus(o.dir, sweep);
    const bool json = o.printJson;
    nlohmann::json rows = nlohmann::json::array();
    int done = 0;
    for (const TrialStatus &s : status) {
        done += trialDone(s.state);
        const EpochMetrics *last = s.progress.epochs.empty() ? nullptr : &s.progress.epochs.back();
        if (json) {
            rows.push_back({{"trial", s.name},
                            {"index", s.index},
                            {"state", toString(s.state)},
                            {"queue", s.queue},
                            {"node", s.node},
                            {"phase", s.progress.phase ? toString(*s.progress.phase) : std::string()},
                            {"epochs", s.progress.epochs.size()},
                            {"val_accuracy", last ? nlohmann::json(last->valAccuracy) : nlohmann::json()},
                            {"test_accuracy", s.result && s.result->testAccuracy ? nlohmann::json(*s.result->testAccuracy)
                                                                                 : nlohmann::json()},
                            {"error", s.error}});
            continue;
        }
        std::string where = s.queue.empty() ? "" : "  slurm " + s.queue + (s.node.empty() ? "" : " on " + s.node);
        std::string progress;
        if (last)
            progress = "  " + toString(last->phase) + " epoch " + std::to_string(last->epoch) + "  val "
                       + percent(last->valAccuracy);
        std::printf("%s  %-11s%s%s%s%s\n", s.name.c_str(), toString(s.state).c_str(), where.c_str(), progress.c_str(),
                    s.result && s.result->testAccuracy ? ("  test " + percent(*s.result->testAccuracy)).c_str() : "",
                    s.error.empty() ? "" : ("  " + s.error).c_str());
    }
    if (json)
        std::cout << nlohmann::json{{"sweep", o.dir}, {"trials", rows}}.dump(2) << '\n';
    else
        std::printf("%d of %zu trials finished\n", done, status.size());
    return kExitOk;
}

int sweepCancel(const SweepOptions &o)
{
    const std::filesystem::path dir = o.dir;
    loadSweep(dir);
    if (submittedToSlurm(dir)) {
        if (o.index >= 0) {
            cancelSlurmTrial(dir, o.index);
            std::printf("cancelled trial %d's Slurm task; go on with it with: mnist-workbench-cli sweep resume %s\n",
                        o.index, dir.c_str());
            return kExitOk;
        }
        cancelSlurmJobs(dir);
        std::printf("cancelled the sweep's Slurm jobs; finished trials are kept\n");
        return kExitOk;
    }
    if (o.index >= 0)
        throw UsageError("--trial: a local sweep's trials are stopped together (or one by one on the app's Training page)");
    // A local sweep: the program running it stops its trials as on Ctrl+C.
    std::ifstream in(dir / kLocalPidFile);
    long pid = 0;
    if (!(in >> pid) || pid <= 1 || ::kill(pid_t(pid), 0) != 0) {
        std::printf("no program is running the sweep; nothing to cancel\n");
        return kExitOk;
    }
    std::ifstream cmdline("/proc/" + std::to_string(pid) + "/cmdline");
    std::string command((std::istreambuf_iterator<char>(cmdline)), std::istreambuf_iterator<char>());
    if (command.find("mnist-workbench-cli") == std::string::npos) {
        std::printf("no program is running the sweep; nothing to cancel\n");
        return kExitOk;
    }
    ::kill(pid_t(pid), SIGINT);
    std::printf("asked the program running the sweep (pid %ld) to stop; finished trials are kept\n", pid);
    return kExitOk;
}

int sweepResume(const SweepOptions &o)
{
    const std::filesystem::path dir = std::filesystem::absolute(o.dir).lexically_normal();
    const Sweep sweep = loadSweep(dir);
    const std::vector<TrialStatus> status = currentStatus(dir, sweep);
    const std::vector<int> todo = trialsToResume(status);
    if (todo.empty()) {
        std::printf("every trial has finished or is running\n");
        printTable(sweep, status);
        return exitCodeOf(status, false);
    }
    std::printf("resuming %zu trials\n", todo.size());
    if (submittedToSlurm(dir))
        return submit(dir, sweep, todo, slurmSettingsOf(dir), o.noWait);
    return runLocally(dir, sweep, o.parallel);
}

int sweepTableCommand(const SweepOptions &o)
{
    const Sweep sweep = loadSweep(o.dir);
    const std::vector<TrialStatus> status = sweepStatus(o.dir, sweep);
    if (o.printJson)
        std::cout << tableJson(sweep, status).dump(2) << '\n';
    else if (o.csv)
        printCsv(sweep, status);
    else
        printTable(sweep, status);
    return kExitOk;
}

int sweepRunTrial(const SweepOptions &o)
{
    const std::filesystem::path dir = o.dir;
    const Sweep sweep = loadSweep(dir);
    if (o.index < 0 || o.index >= int(sweep.trials.size()))
        throw UsageError("--index " + std::to_string(o.index) + ": the sweep has trials 0 to "
                         + std::to_string(int(sweep.trials.size()) - 1));
    const Trial &trial = sweep.trials[std::size_t(o.index)];
    RunResult result;
    {
        Interruption interruption; // Ctrl+C, and the SIGTERM of scancel or a preemption
        ProgressPrinter progress(trial.config, trial.name + ": ");
        result = runTrial(dir, sweep, o.index, o.threads, progress.callbacks(), interruption.token());
    }
    const TrialStatus status = trialStatus(dir, trial);
    std::printf("%s\n", trialLine(sweep, status).c_str());
    if (result.cancelled)
        return kExitCancelled;
    return result.warnings.empty() ? kExitOk : kExitBadInput;
}

} // namespace mw::cli
