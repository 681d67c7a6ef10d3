#include "experimentcommands.h"

#include "data/sha256.h"
#include "errors.h"
#include "format.h"
#include "training/mcnemar.h"
#include "training/pretrain.h"
#include "training/recipe.h"
#include "training/runstore.h"
#include "weightstore/catalog.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>

namespace mw::cli {
using namespace mw::core;

namespace {

std::string join(const std::vector<std::string> &items, const char *separator = ", ")
{
    std::string out;
    for (const auto &item : items)
        out += (out.empty() ? "" : separator) + item;
    return out;
}

std::string withThousands(std::int64_t n)
{
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

// --weights MODEL=FILE for one of the compared models, or FILE alone when there is one model.
std::map<std::string, std::string> weightsByModel(const std::vector<std::string> &given,
                                                  const std::vector<std::string> &models)
{
    std::map<std::string, std::string> out;
    const std::vector<WeightsEntry> catalog = given.empty() ? std::vector<WeightsEntry>() : loadWeightsCatalog();
    for (const auto &item : given) {
        const auto eq = item.find('=');
        const std::string model = eq == std::string::npos ? std::string() : item.substr(0, eq);
        const WeightsEntry *entry = eq == std::string::npos ? findWeightsEntry(catalog, item) : nullptr;
        if (!model.empty() && std::find(models.begin(), models.end(), model) != models.end())
            out[model] = item.substr(eq + 1);
        else if (entry && std::find(models.begin(), models.end(), entry->model) != models.end())
            out[entry->model] = item; // a catalog name says which model it is for
        else if (models.size() == 1)
            out[models.front()] = item;
        else
            throw UsageError("--weights " + item + ": say which model the file is for, as MODEL=FILE (models: "
                             + join(models) + ")");
    }
    return out;
}

struct CompareRun {
    std::string model;
    std::filesystem::path folder;
    std::optional<RunResult> result;
    std::string error;
};

std::string phaseSeconds(const RunResult &r, PhaseName name)
{
    const PhaseSummary *p = r.phase(name);
    return p ? duration(p->seconds) : "-";
}

std::string phaseEpochs(const RunResult &r, PhaseName name)
{
    const PhaseSummary *p = r.phase(name);
    return p ? std::to_string(p->epochs) : "-";
}

// Each model's settings from the recipe (if any) and the flags, validated, and checked to be comparable.
std::vector<RunConfig> compareConfigs(const CompareOptions &o, const std::string &folder,
                                      const std::optional<Recipe> &recipe, const std::vector<std::string> &models)
{
    for (std::size_t i = 0; i < models.size(); ++i)
        if (std::find(models.begin(), models.begin() + std::ptrdiff_t(i), models[i]) != models.begin() + std::ptrdiff_t(i))
            throw UsageError("--models lists \"" + models[i] + "\" twice");
    const auto weights = weightsByModel(o.weights, models);
    std::vector<RunConfig> configs;
    for (const auto &model : models) {
        RunConfig base = recipe ? configFor(*recipe, model) : defaultRunConfig(model);
        if (!folder.empty())
            base.dataset = folder;
        RunConfig c = applyRunOptions(o.run, base);
        if (const auto it = weights.find(model); it != weights.end())
            c.weights = it->second;
        prepareWeightsForCli(c, o.run);
        if (c.dataset.empty())
            throw UsageError("give a dataset with --data DIR or --dataset NAME");
        try {
            validateForCli(c, o.run);
        } catch (const UsageError &e) {
            throw UsageError(model + ": " + e.what());
        }
        configs.push_back(std::move(c));
    }
    // McNemar's test pairs the runs' answers on the same test digits: settings that rule it out are refused first.
    for (const auto &c : configs)
        if (const auto why = whyNotComparable(configs.front(), c))
            throw UsageError(configs.front().model.name + " and " + c.model.name + " could not be compared: "
                             + why->message());
    return configs;
}

struct CompareOutcome {
    std::vector<CompareRun> runs;
    bool failed = false, cancelled = false;
};

// The runs one after the other, each in its own folder; Ctrl+C stops the one training and those after it.
CompareOutcome trainAll(const std::vector<RunConfig> &configs, const std::string &out)
{
    CompareOutcome outcome;
    Interruption interruption;
    for (std::size_t i = 0; i < configs.size() && !outcome.cancelled; ++i) {
        const RunConfig &c = configs[i];
        std::printf("== %s (%zu of %zu)\n", c.model.name.c_str(), i + 1, configs.size());
        std::fflush(stdout);
        CompareRun run{c.model.name, {}, std::nullopt, {}};
        try {
            RunStore store(newRunDir(c.model.name, out));
            run.folder = store.dir();
            ProgressPrinter progress(c, c.model.name + ": ");
            run.result = runExperiment(c, progress.callbacks(), interruption.token(), &store);
            outcome.cancelled = run.result->cancelled;
            for (const auto &warning : run.result->warnings) {
                std::fprintf(stderr, "mnist-workbench-cli: %s: %s\n", c.model.name.c_str(), warning.c_str());
                outcome.failed = true;
            }
        } catch (const Error &e) {
            run.error = e.what();
            std::fprintf(stderr, "mnist-workbench-cli: %s: %s\n", c.model.name.c_str(), e.what());
            outcome.failed = true;
        }
        outcome.runs.push_back(std::move(run));
    }
    return outcome;
}

void printTable(const std::vector<CompareRun> &runs, const RunConfig &shared, const std::optional<Recipe> &recipe)
{
    std::string dataset = shared.dataset;
    for (const auto &run : runs)
        if (run.result)
            dataset = run.result->dataset;
    std::printf("\n%s%s, %s split, seed %llu%s\n", recipe ? ("recipe " + recipe->name + ": ").c_str() : "",
                dataset.c_str(), toString(shared.split).c_str(), (unsigned long long)shared.seed,
                shared.trainLimit > 0 ? (", first " + std::to_string(shared.trainLimit) + " training digits").c_str() : "");
    std::printf("%-18s %9s %10s %12s %12s %12s %9s %22s  %s\n", "MODEL", "TEST ACC", "TEST LOSS", "HEAD/TRAIN",
                "FINETUNE", "TOTAL", "EPOCHS", "PARAMS TOTAL/TRAINED", "WEIGHTS");
    for (const auto &run : runs) {
        if (!run.result) {
            std::printf("%-18s failed: %s\n", run.model.c_str(), run.error.c_str());
            continue;
        }
        const RunResult &r = *run.result;
        const std::string accuracy = r.testAccuracy ? percent(*r.testAccuracy) : "-";
        char loss[16] = "-";
        if (r.testLoss)
            std::snprintf(loss, sizeof loss, "%.4f", *r.testLoss);
        const bool baseline = r.phase(PhaseName::Train) != nullptr;
        const std::string epochs = baseline ? phaseEpochs(r, PhaseName::Train)
                                            : phaseEpochs(r, PhaseName::Head) + "/" + phaseEpochs(r, PhaseName::Finetune);
        std::string parameters = withThousands(r.parameters.total) + "/" + withThousands(r.parameters.trainableHead);
        if (!baseline)
            parameters += "/" + withThousands(r.parameters.trainableFinetune);
        // What the backbone started from: a catalog entry, a file, or nothing.
        const std::string weights = baseline                         ? "-"
                                    : !r.weightsName.empty()          ? r.weightsName
                                    : r.weightsSource == "random init" ? r.weightsSource
                                                                       : std::filesystem::path(r.weightsSource).filename().string();
        std::printf("%-18s %9s %10s %12s %12s %12s %9s %22s  %s%s\n", run.model.c_str(), accuracy.c_str(), loss,
                    phaseSeconds(r, baseline ? PhaseName::Train : PhaseName::Head).c_str(),
                    phaseSeconds(r, PhaseName::Finetune).c_str(), duration(r.secondsTotal).c_str(), epochs.c_str(),
                    parameters.c_str(), weights.c_str(), r.cancelled ? "  (cancelled)" : "");
    }
}

// McNemar's test for every pair of runs that can be compared, printed and returned for the JSON file.
nlohmann::json printMcNemar(const std::vector<CompareRun> &runs)
{
    nlohmann::json tests = nlohmann::json::array();
    bool header = false;
    for (std::size_t i = 0; i < runs.size(); ++i)
        for (std::size_t j = i + 1; j < runs.size(); ++j) {
            if (!runs[i].result || !runs[j].result)
                continue;
            const RunResult &a = *runs[i].result, &b = *runs[j].result;
            if (const auto why = whyNotComparable(a, b)) {
                if (why->reason != NotComparable::Reason::NoTestResult) // a cancelled run says so in the table
                    std::fprintf(stderr, "mnist-workbench-cli: %s vs %s: not compared: %s\n", runs[i].model.c_str(),
                                 runs[j].model.c_str(), why->message().c_str());
                continue;
            }
            if (!header) {
                std::printf("\nMcNemar's exact test on the same %d test digits (b: only the first wrong, c: only the "
                            "second wrong):\n",
                            a.splitSizes ? a.splitSizes->test : 0);
                header = true;
            }
            const McNemarResult m = mcnemarTest(a.misclassified, b.misclassified);
            std::printf("  %-28s b %5d  c %5d  p = %-10.3g %s\n", (runs[i].model + " vs " + runs[j].model).c_str(),
                        m.onlyFirstWrong, m.onlySecondWrong, m.pValue,
                        m.pValue < 0.05 ? "a real difference (p < 0.05)" : "could be chance (p >= 0.05)");
            tests.push_back({{"first", runs[i].model},
                             {"second", runs[j].model},
                             {"only_first_wrong", m.onlyFirstWrong},
                             {"only_second_wrong", m.onlySecondWrong},
                             {"p_value", m.pValue}});
        }
    return tests;
}

void writeComparison(const std::string &path, const std::optional<Recipe> &recipe,
                     const std::vector<std::string> &models, const std::vector<CompareRun> &runs,
                     const nlohmann::json &tests)
{
    nlohmann::json list = nlohmann::json::array();
    for (const auto &run : runs) {
        nlohmann::json item = {{"model", run.model}};
        if (run.result) {
            item["run_folder"] = run.folder.string();
            item["result"] = toJson(*run.result);
        } else {
            item["error"] = run.error;
        }
        list.push_back(item);
    }
    const nlohmann::json comparison = {{"recipe", recipe ? nlohmann::json(recipe->name) : nlohmann::json()},
                                       {"models", models},
                                       {"runs", list},
                                       {"mcnemar", tests}};
    writeJsonFile(path, comparison.dump(2));
}

} // namespace

CLI::App *addCompareCommand(CLI::App &app, CompareOptions &o)
{
    auto *cmd = app.add_subcommand(
        "compare", "Train several models one after another on the same split, digit order and seed; print the "
                   "comparison table and McNemar's test between each pair. Each run writes its run folder. With a "
                   "recipe, its settings replace the defaults below and the flags given change them");
    auto *recipe = cmd->add_option("--recipe", o.recipe, "A recipe (see recipes): its models and settings");
    auto *models = cmd->add_option("--models", o.models, "Models to compare, comma-separated (see models)")
                       ->delimiter(',');
    recipe->excludes(models);
    models->excludes(recipe);
    cmd->add_option("--weights", o.weights,
                    "Backbone weights as MODEL=FILE or a weights catalog name (repeat for several models; FILE "
                    "alone with one model)");
    addWeightsUseOptions(*cmd, o.run.weightsUse);
    addRunOptions(*cmd, o.run, {.model = false, .weights = false, .finetune = true});
    cmd->add_option("--out", o.out, "Folder to create the run folders in (default: the app's data dir, runs/)");
    cmd->add_option("--json", o.json, "Also write the comparison (every result and the McNemar tests) to this file");
    return cmd;
}

int compare(const CompareOptions &o, const std::string &folder)
{
    std::optional<Recipe> recipe;
    std::vector<std::string> models = o.models;
    if (!o.recipe.empty()) {
        recipe = findRecipe(loadRecipes(), o.recipe);
        models = recipe->models;
        if (o.weights.empty()) // the user's --weights replace what the recipe would start from
            for (const std::string &note : recipeWeightsNotes(*recipe))
                std::printf("%s\n", note.c_str());
    }
    if (models.empty())
        throw UsageError("give a recipe with --recipe NAME (see recipes) or models with --models A,B,...");
    const std::vector<RunConfig> configs = compareConfigs(o, folder, recipe, models);
    if (!o.json.empty())
        checkWritable(o.json);
    if (!o.out.empty()) {
        std::error_code ec;
        std::filesystem::create_directories(o.out, ec);
        if (ec)
            throw UsageError(o.out + ": cannot create the folder (" + ec.message() + ")");
    }

    const CompareOutcome outcome = trainAll(configs, o.out);
    printTable(outcome.runs, configs.front(), recipe);
    const nlohmann::json tests = printMcNemar(outcome.runs);
    for (const auto &run : outcome.runs)
        if (run.result)
            std::printf("%s: %s\n", run.model.c_str(), run.folder.c_str());
    if (!o.json.empty())
        writeComparison(o.json, recipe, models, outcome.runs, tests);
    if (outcome.cancelled) {
        std::fprintf(stderr, "mnist-workbench-cli: cancelled; the runs so far are kept\n");
        return 130;
    }
    return outcome.failed ? 2 : 0;
}

int listRecipes(bool json)
{
    const std::filesystem::path dir = recipesDir();
    const auto recipes = loadRecipes(dir);
    if (json) {
        nlohmann::json list = nlohmann::json::array();
        for (const auto &r : recipes)
            list.push_back({{"name", r.name},
                            {"title", r.title},
                            {"description", r.description},
                            {"models", r.models},
                            {"config", r.config},
                            {"models_config", r.modelsConfig},
                            {"file", r.file.string()}});
        std::cout << list.dump(2) << '\n';
        return 0;
    }
    std::printf("%-26s %-36s %s\n", "NAME", "MODELS", "TITLE");
    for (const auto &r : recipes)
        std::printf("%-26s %-36s %s\n", r.name.c_str(), join(r.models, ",").c_str(), r.title.c_str());
    std::printf("(%zu recipes in %s; run one with compare --recipe NAME)\n", recipes.size(), dir.c_str());
    return 0;
}

CLI::App *addPretrainCommand(CLI::App &app, PretrainOptions &o)
{
    auto *cmd = app.add_subcommand(
        "pretrain", "Train a backbone from scratch with a head, end to end, on another MNIST-format dataset (e.g. "
                    "--dataset fashion-mnist) and write the backbone's weights alone (safetensors, torchvision names) "
                    "for train --weights");
    // Learning from scratch wants a larger step than the head phase's default, and fewer epochs.
    o.run.values.head.epochs = 10;
    o.run.values.head.learningRate = 1e-3;
    o.run.values.head.patience = 3;
    addRunOptions(*cmd, o.run, {.model = true, .weights = false, .finetune = false});
    cmd->get_option("--model")->description("Backbone to pretrain (see models)")->required();
    cmd->add_option("--out", o.out, "The .safetensors file to write")->required();
    cmd->add_option("--json", o.json, "Also write the run's result (epochs, test accuracy) to this file");
    return cmd;
}

int pretrain(const PretrainOptions &o, const std::string &folder)
{
    RunConfig base;
    base.dataset = folder;
    base.head.epochs = 10;
    base.head.learningRate = 1e-3;
    base.head.patience = 3;
    base.finetune.epochs = 0;
    const RunConfig c = applyRunOptions(o.run, base);
    validateForCli(c, o.run);
    if (!o.json.empty())
        checkWritable(o.json);

    RunResult result;
    {
        Interruption interruption;
        ProgressPrinter progress(c);
        result = pretrainBackbone(c, o.out, progress.callbacks(), interruption.token());
    }
    if (!o.json.empty())
        writeJsonFile(o.json, toJson(result).dump(2));
    if (result.cancelled) {
        std::fprintf(stderr, "mnist-workbench-cli: cancelled; nothing written to %s\n", o.out.c_str());
        return 130;
    }
    const PhaseSummary *phase = result.phase(PhaseName::Train);
    if (phase && phase->bestEpoch > 0) {
        std::printf("pretrained %s on %s: %d epochs (%s), best epoch %d (val acc %s), test accuracy %s, %s\n",
                    c.model.name.c_str(), result.dataset.c_str(), phase->epochs, phase->stopReason.c_str(),
                    phase->bestEpoch, percent(result.epochs.at(std::size_t(phase->bestEpoch - 1)).valAccuracy).c_str(),
                    percent(result.testAccuracy.value_or(0)).c_str(), duration(result.secondsTotal).c_str());
        std::printf("backbone weights: %s (sha256 %s); use them with train --model %s --weights %s\n", o.out.c_str(),
                    fileSha256(o.out).c_str(), c.model.name.c_str(), o.out.c_str());
    }
    if (!result.warnings.empty()) {
        std::fprintf(stderr, "mnist-workbench-cli: %s\n", result.warnings.front().c_str());
        return 2;
    }
    return 0;
}

} // namespace mw::cli
