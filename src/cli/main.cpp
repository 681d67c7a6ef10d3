// mnist-workbench-cli: the headless front end. Exit codes: 0 ok, 2 bad input or usage, 1 internal error, 130 cancelled.
#include "data/catalog.h"
#include "data/split.h"
#include "errors.h"
#include "experimentcommands.h"
#include "modelcommands.h"
#include "predictcommand.h"
#include "runtime.h"
#include "sweepcommands.h"
#include "weightstore/download.h"
#include "traincommand.h"
#include "weightscommands.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <chrono>
#include <cstdio>
#include <iostream>

namespace {

using namespace mw::core;

constexpr int kExitOk = 0, kExitInternal = 1, kExitBadInput = 2, kExitCancelled = 130;

// --data DIR or --dataset NAME (a catalog name, case-insensitive) to a folder.
std::string resolveFolder(const std::string &folder, const std::string &name)
{
    if (!folder.empty())
        return folder;
    if (name.empty())
        throw UsageError("give a dataset folder with --data DIR or a catalog name with --dataset NAME");
    std::string known;
    for (const auto &location : discoverDatasets()) {
        auto lower = [](std::string s) {
            std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
            return s;
        };
        if (lower(location.name) == lower(name))
            return location.folder.string();
        known += (known.empty() ? "" : ", ") + location.name;
    }
    throw UsageError("no dataset named \"" + name + "\" (found: " + (known.empty() ? "none" : known)
                     + "); give a folder with --data");
}

int listDatasets(bool json)
{
    nlohmann::json rows = nlohmann::json::array();
    if (!json)
        std::printf("%-16s %-9s %7s %7s  %s\n", "NAME", "STATUS", "TRAIN", "TEST", "PATH");
    for (const auto &location : discoverDatasets()) {
        try {
            const Dataset d = loadDataset(location.folder);
            if (json)
                rows.push_back({{"name", d.name}, {"path", location.folder.string()}, {"status", d.status()},
                                {"train", d.data.train.count}, {"test", d.data.test.count}});
            else
                std::printf("%-16s %-9s %7d %7d  %s\n", d.name.c_str(), d.status().c_str(), d.data.train.count,
                            d.data.test.count, location.folder.c_str());
        } catch (const DataError &e) {
            if (json)
                rows.push_back({{"name", location.name}, {"path", location.folder.string()}, {"status", "damaged"},
                                {"error", e.what()}});
            else
                std::printf("%-16s %-9s %7s %7s  %s\n  %s\n", location.name.c_str(), "damaged", "-", "-",
                            location.folder.c_str(), e.what());
        }
    }
    if (json)
        std::cout << rows.dump(2) << '\n';
    else if (discoverDatasets().empty())
        std::printf("(none found under %s/datasets or /usr/share/datasets; open a folder with --data)\n",
                    appDataDir().c_str());
    return kExitOk;
}

int verify(const std::string &folder)
{
    const Dataset d = loadDataset(folder);
    const Split standard = makeSplit(d.data, {});
    std::printf("%s (%s): %d train + %d test digits, 28x28, labels 0-9; standard split %zu/%zu/%zu; %s\n",
                d.name.c_str(), d.status().c_str(), d.data.train.count, d.data.test.count, standard.train.size(),
                standard.validation.size(), standard.test.size(), d.data.folder.c_str());
    return kExitOk;
}

int benchLoad(const std::string &folder, int repeat, const std::string &jsonPath)
{
    std::vector<double> seconds;
    std::uint64_t bytes = 0;
    int digits = 0;
    for (int i = 0; i < repeat; ++i) {
        const auto start = std::chrono::steady_clock::now();
        const Dataset d = loadDataset(folder);
        seconds.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        digits = d.data.total();
        bytes = d.data.train.images.size() + d.data.test.images.size() + std::uint64_t(digits);
    }
    std::sort(seconds.begin(), seconds.end());
    const double median = seconds[seconds.size() / 2];
    std::printf("load+verify %d digits (%.1f MB decompressed) from %s\n", digits, bytes / 1e6, folder.c_str());
    std::printf("  runs %d  best %.3f s  median %.3f s  %.0f MB/s\n", repeat, seconds.front(), median,
                bytes / 1e6 / median);
    if (!jsonPath.empty()) {
        nlohmann::json j = {{"benchmark", "load_verify"}, {"folder", folder},       {"digits", digits},
                            {"runs", repeat},             {"best_seconds", seconds.front()},
                            {"median_seconds", median}};
        std::FILE *f = std::fopen(jsonPath.c_str(), "w");
        if (!f)
            throw UsageError(jsonPath + ": cannot write");
        std::fputs(j.dump(2).c_str(), f);
        std::fclose(f);
    }
    return kExitOk;
}

} // namespace

// One function on purpose: the command table, read top to bottom like --help, and its dispatch; CLI11 binds the
// options to variables that must live from the table until the dispatch.
int main(int argc, char **argv)
{
    keepFreedMemoryForReuse(); // before anything allocates: training steps reuse their buffers
    CLI::App app{"MNIST Workbench, headless: datasets, models, training, comparisons, features and benchmarks.\n"
                 "Exit codes: 0 ok, 2 bad input or usage, 1 internal error, 130 cancelled (Ctrl+C).",
                 "mnist-workbench-cli"};
    app.set_version_flag("--version", MW_VERSION);
    app.require_subcommand(1);

    bool json = false;
    auto *datasets = app.add_subcommand("datasets", "List the datasets found (name, status, counts, path)");
    datasets->add_flag("--json", json, "Print JSON instead of a table");

    std::string folder, datasetName;
    auto addSource = [&](CLI::App *command) {
        auto *data = command->add_option("--data", folder, "Folder with the four IDX files (raw or .gz)");
        auto *name = command->add_option("--dataset", datasetName, "A dataset the catalog found, by name (see datasets)");
        data->excludes(name);
        name->excludes(data);
    };
    auto *verifyCmd = app.add_subcommand("verify", "Load and check an MNIST-format folder");
    addSource(verifyCmd);

    auto *models = app.add_subcommand("models", "List the models: backbones and from-scratch baselines");
    models->add_flag("--json", json, "Print JSON instead of a table");

    mw::cli::EmbedOptions embedOptions;
    auto *embedCmd = app.add_subcommand("embed", "Write the backbone features of digits as a float32 .npy [N, width]");
    embedCmd->add_option("--model", embedOptions.model, "Backbone name (see models), or torchscript")->required();
    embedCmd->add_option("--weights", embedOptions.weights,
                         "Backbone weights: a weights catalog name (fetched when missing), a .pth or .safetensors "
                         "file; the module itself for torchscript");
    mw::cli::addWeightsUseOptions(*embedCmd, embedOptions.weightsUse);
    addSource(embedCmd);
    embedCmd->add_option("--split", embedOptions.split, "Part of the standard split: test, train or val")
        ->capture_default_str();
    embedCmd->add_option("--limit", embedOptions.limit, "The first N digits of that part")->capture_default_str();
    embedCmd->add_option("--out", embedOptions.out, "Output .npy file")->required();
    embedCmd->add_option("--batch-size", embedOptions.batchSize, "Digits per forward pass")->capture_default_str();
    embedCmd->add_option("--normalization", embedOptions.normalization,
                         "tutorial ([-1, 1]), imagenet (mean/std) or caffe (BGR minus the ImageNet mean); default: "
                         "what the catalog's weights were trained with, else tutorial");
    embedCmd->add_option("--device", embedOptions.device, "auto, cpu or cuda")->capture_default_str();

    mw::cli::TrainOptions trainOptions;
    auto *trainCmd = mw::cli::addTrainCommand(app, trainOptions);
    addSource(trainCmd);

    mw::cli::ResumeOptions resumeOptions;
    auto *resumeCmd = mw::cli::addResumeCommand(app, resumeOptions);

    mw::cli::CompareOptions compareOptions;
    auto *compareCmd = mw::cli::addCompareCommand(app, compareOptions);
    addSource(compareCmd);

    mw::cli::SweepOptions sweepOptions;
    const mw::cli::SweepCommands sweepCmds = mw::cli::addSweepCommands(app, sweepOptions);
    addSource(sweepCmds.sweep);

    auto *recipesCmd = app.add_subcommand("recipes", "List the experiment recipes (compare --recipe NAME runs one)");
    recipesCmd->add_flag("--json", json, "Print JSON (with each recipe's settings) instead of a table");

    mw::cli::PretrainOptions pretrainOptions;
    auto *pretrainCmd = mw::cli::addPretrainCommand(app, pretrainOptions);
    addSource(pretrainCmd);

    mw::cli::WeightsOptions weightsOptions;
    const mw::cli::WeightsCommands weightsCmds = mw::cli::addWeightsCommands(app, weightsOptions);

    mw::cli::PredictOptions predictOptions;
    auto *predictCmd = mw::cli::addPredictCommand(app, predictOptions);

    int repeat = 5;
    std::string jsonPath;
    mw::cli::BenchOptions benchOptions;
    auto *bench = app.add_subcommand("bench", "Measure loading a dataset, or with --model a network's images/second "
                                              "(figures printed, not judged)");
    addSource(bench);
    auto *repeatOption = bench->add_option("--repeat", repeat, "Loading: number of runs (default 5); --classify: "
                                                               "timed rounds (default 200)")
                             ->check(CLI::Range(1, 10000));
    bench->add_option("--model", benchOptions.model, "Measure this model's inference and training speed instead");
    bench->add_option("--batch-size", benchOptions.batchSize, "Model: batch size")->capture_default_str();
    bench->add_option("--steps", benchOptions.steps, "Model: timed steps (after warm-up)")->capture_default_str();
    bench->add_option("--device", benchOptions.device, "Model: auto, cpu or cuda")->capture_default_str();
    int threads = 0;
    bench->add_option("--threads", threads, "Model: CPU threads (default: every core)");
    mw::cli::ClassifyBenchOptions classifyBench;
    bench->add_option("--classify", classifyBench.runs,
                      "Measure the Draw page's round with these runs (folders or checkpoints) instead: median and "
                      "max ms from a drawing to every model's probabilities");
    bench->add_option("--saliency", classifyBench.saliency, "Classify: also time this run's saliency after each round");
    bench->add_option("--workers", classifyBench.workers,
                      "Classify: models evaluated at once, one thread each (default: one per core)");
    bench->add_option("--json", jsonPath, "Also write the figures to this JSON file");

    try {
        app.parse(argc, argv);
    } catch (const CLI::Success &e) {
        return app.exit(e);
    } catch (const CLI::ParseError &e) {
        app.exit(e);
        return kExitBadInput;
    }

    try {
        setComputeThreads(threads);
        if (datasets->parsed())
            return listDatasets(json);
        if (verifyCmd->parsed())
            return verify(resolveFolder(folder, datasetName));
        if (models->parsed())
            return mw::cli::listModels(json);
        if (embedCmd->parsed()) {
            embedOptions.folder = resolveFolder(folder, datasetName);
            return mw::cli::embed(embedOptions);
        }
        if (trainCmd->parsed())
            return mw::cli::train(trainOptions, resolveFolder(folder, datasetName));
        if (resumeCmd->parsed())
            return mw::cli::resume(resumeOptions);
        if (compareCmd->parsed())
            return mw::cli::compare(compareOptions, folder.empty() && datasetName.empty()
                                                        ? std::string()
                                                        : resolveFolder(folder, datasetName));
        if (sweepCmds.status->parsed())
            return mw::cli::sweepStatusCommand(sweepOptions);
        if (sweepCmds.cancel->parsed())
            return mw::cli::sweepCancel(sweepOptions);
        if (sweepCmds.resume->parsed())
            return mw::cli::sweepResume(sweepOptions);
        if (sweepCmds.table->parsed())
            return mw::cli::sweepTableCommand(sweepOptions);
        if (sweepCmds.runTrial->parsed())
            return mw::cli::sweepRunTrial(sweepOptions);
        if (sweepCmds.sweep->parsed())
            return mw::cli::sweep(sweepOptions, folder.empty() && datasetName.empty()
                                                    ? std::string()
                                                    : resolveFolder(folder, datasetName));
        if (recipesCmd->parsed())
            return mw::cli::listRecipes(json);
        if (pretrainCmd->parsed())
            return mw::cli::pretrain(pretrainOptions, resolveFolder(folder, datasetName));
        if (weightsCmds.fetch->parsed())
            return mw::cli::fetchWeightsCommand(weightsOptions);
        if (weightsCmds.list->parsed())
            return mw::cli::listWeights(weightsOptions.json);
        if (predictCmd->parsed())
            return mw::cli::predict(predictOptions);
        if (bench->parsed() && !classifyBench.runs.empty()) {
            classifyBench.json = jsonPath;
            if (repeatOption->count() > 0)
                classifyBench.repeat = repeat;
            classifyBench.folder = resolveFolder(folder, datasetName.empty() ? "MNIST" : datasetName);
            return mw::cli::benchClassify(classifyBench);
        }
        if (bench->parsed() && !benchOptions.model.empty()) {
            benchOptions.json = jsonPath;
            return mw::cli::benchModel(benchOptions);
        }
        if (bench->parsed())
            return benchLoad(resolveFolder(folder, datasetName), repeat, jsonPath);
    } catch (const DownloadCancelled &) {
        std::cerr << "mnist-workbench-cli: cancelled; the partial download is kept for the next fetch to resume\n";
        return kExitCancelled;
    } catch (const Error &e) {
        std::cerr << "mnist-workbench-cli: " << e.what() << '\n';
        return kExitBadInput;
    } catch (const std::exception &e) {
        std::cerr << "mnist-workbench-cli: internal error: " << e.what() << '\n';
        return kExitInternal;
    }
    return kExitInternal;
}
