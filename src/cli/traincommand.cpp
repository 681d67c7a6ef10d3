#include "traincommand.h"

#include "errors.h"
#include "format.h"
#include "training/earlystopping.h"
#include "training/runstore.h"

#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <thread>
#include <unistd.h>

namespace mw::cli {
using namespace mw::core;

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int) { g_interrupted = 1; }

// Runs the experiment into the store with progress lines and Ctrl+C, then prints the summary; train's exit codes.
int runAndReport(const RunConfig &c, RunStore &store, const std::string &json)
{
    RunResult result;
    {
        Interruption interruption;
        ProgressPrinter progress(c);
        result = runExperiment(c, progress.callbacks(), interruption.token(), &store);
    }
    if (!json.empty())
        writeJsonFile(json, toJson(result).dump(2));
    for (const auto &phase : result.phases)
        std::printf("%s: %d epochs (%s), best epoch %d, %s\n", toString(phase.name).c_str(), phase.epochs,
                    phase.stopReason.c_str(), phase.bestEpoch, duration(phase.seconds).c_str());
    if (result.testAccuracy)
        std::printf("test accuracy %s  loss %.4f  (%zu of %d misclassified)  total %s\n",
                    percent(*result.testAccuracy).c_str(), *result.testLoss, result.misclassified.size(),
                    result.splitSizes ? result.splitSizes->test : 0, duration(result.secondsTotal).c_str());
    std::printf("run folder: %s\n", store.dir().c_str());
    if (result.cancelled) {
        std::fprintf(stderr, "mnist-workbench-cli: cancelled; the run so far (best weights) is in %s%s\n",
                     store.dir().c_str(),
                     RunStore::resumable(store.dir()) ? "; go on with: mnist-workbench-cli resume <that folder>" : "");
        return 130;
    }
    if (!result.warnings.empty()) {
        std::fprintf(stderr, "mnist-workbench-cli: %s\n", result.warnings.front().c_str());
        return 2;
    }
    return 0;
}

} // namespace

// One long table on purpose: each flag sits beside the setting's JSON key and how it is laid over a base config, in
// the order --help lists them; split up, the three would drift apart.
void addRunOptions(CLI::App &cmd, RunOptions &o, RunFlagSet set)
{
    RunConfig &v = o.values;
    auto add = [&](CLI::Option *option, std::string key,
                   std::function<void(const RunOptions &, RunConfig &)> apply) -> CLI::Option * {
        o.flags.push_back({option, std::move(key), std::move(apply)});
        return option;
    };
    if (set.model)
        add(cmd.add_option("--model", v.model.name, "Model name (see models)"), "model.name",
            [](const RunOptions &o, RunConfig &c) { c.model.name = o.values.model.name; });
    if (set.weights)
        add(cmd.add_option("--weights", v.weights,
                           "Backbone weights: a weights catalog name (see weights; fetched when missing), or a .pth "
                           "or .safetensors file; for torchscript the module file itself"),
            "weights", [](const RunOptions &o, RunConfig &c) { c.weights = o.values.weights; });
    add(cmd.add_option("--input-size", v.model.inputSize, "Backbone input size (default: the model's)"),
        "model.input_size", [](const RunOptions &o, RunConfig &c) { c.model.inputSize = o.values.model.inputSize; });
    add(cmd.add_option("--split", o.split, "standard or tutorial")->capture_default_str(), "split",
        [](const RunOptions &o, RunConfig &c) { c.split = splitKindFromString(o.split); });
    add(cmd.add_option("--train-limit", v.trainLimit, "Keep only the first N training digits (0: all)")
            ->capture_default_str(),
        "train_limit", [](const RunOptions &o, RunConfig &c) { c.trainLimit = o.values.trainLimit; });
    add(cmd.add_option("--val-size", v.validationSize, "Validation digits (early stopping)")->capture_default_str(),
        "validation_size", [](const RunOptions &o, RunConfig &c) { c.validationSize = o.values.validationSize; });
    add(cmd.add_option("--head-epochs,--epochs", v.head.epochs,
                       set.finetune ? "Most epochs of the first phase (the head phase; the only phase of a baseline)"
                                    : "Most epochs")
            ->capture_default_str(),
        "head.epochs", [](const RunOptions &o, RunConfig &c) { c.head.epochs = o.values.head.epochs; });
    if (set.finetune)
        add(cmd.add_option("--finetune-epochs", v.finetune.epochs, "Most fine-tune epochs (0: no fine-tuning)")
                ->capture_default_str(),
            "finetune.epochs", [](const RunOptions &o, RunConfig &c) { c.finetune.epochs = o.values.finetune.epochs; });
    add(cmd.add_option("--patience", v.head.patience, "Early stopping: epochs without a better validation accuracy (0: off)")
            ->capture_default_str(),
        "head.patience finetune.patience", [](const RunOptions &o, RunConfig &c) {
            c.head.patience = c.finetune.patience = o.values.head.patience;
        });
    add(cmd.add_option("--batch-size", v.batchSize, "Digits per training step")->capture_default_str(), "batch_size",
        [](const RunOptions &o, RunConfig &c) { c.batchSize = o.values.batchSize; });
    if (set.finetune) {
        add(cmd.add_option("--head-batch-size", v.head.batchSize, "Head phase only: digits per step (0: --batch-size)"),
            "head.batch_size", [](const RunOptions &o, RunConfig &c) { c.head.batchSize = o.values.head.batchSize; });
        add(cmd.add_option("--finetune-batch-size", v.finetune.batchSize, "Fine-tune only: digits per step (0: --batch-size)"),
            "finetune.batch_size",
            [](const RunOptions &o, RunConfig &c) { c.finetune.batchSize = o.values.finetune.batchSize; });
    }
    add(cmd.add_option("--lr-head,--lr", v.head.learningRate,
                       set.finetune ? "Learning rate of the first phase (default: 1e-4 for a backbone's head, 1e-3 "
                                      "for a network trained from scratch)"
                                    : "Learning rate (default 1e-3)"),
        "head.learning_rate", [](const RunOptions &o, RunConfig &c) { c.head.learningRate = o.values.head.learningRate; });
    if (set.finetune)
        add(cmd.add_option("--lr-finetune", v.finetune.learningRate, "Learning rate of fine-tuning")->capture_default_str(),
            "finetune.learning_rate",
            [](const RunOptions &o, RunConfig &c) { c.finetune.learningRate = o.values.finetune.learningRate; });
    add(cmd.add_option("--optimizer", o.optimizer,
                       set.finetune ? "adam, sgd or rmsprop (both phases)" : "adam, sgd or rmsprop")
            ->capture_default_str(),
        "head.optimizer finetune.optimizer", [](const RunOptions &o, RunConfig &c) {
            c.head.optimizer = c.finetune.optimizer = optimizerFromString(o.optimizer);
        });
    add(cmd.add_option("--momentum", o.momentum, "SGD / RMSprop momentum")->capture_default_str(),
        "head.momentum finetune.momentum", [](const RunOptions &o, RunConfig &c) {
            c.head.momentum = c.finetune.momentum = o.momentum;
        });
    add(cmd.add_flag("--nesterov", o.nesterov, "SGD with Nesterov momentum"), "head.nesterov finetune.nesterov",
        [](const RunOptions &o, RunConfig &c) { c.head.nesterov = c.finetune.nesterov = o.nesterov; });
    if (set.finetune)
        add(cmd.add_option("--frozen-layers", v.frozenLayers, "Fine-tune: keep the backbone's first K layers frozen")
                ->capture_default_str(),
            "frozen_layers", [](const RunOptions &o, RunConfig &c) { c.frozenLayers = o.values.frozenLayers; });
    add(cmd.add_flag("--augment", v.augment.enabled, "Random rotation, shift and zoom of training digits (on the device)"),
        "augment.enabled", [](const RunOptions &, RunConfig &c) { c.augment.enabled = true; });
    add(cmd.add_option("--shift-canvas", v.shiftCanvas,
                       "Shifted digits: every digit at its own random position (fixed by the seed) on an NxN canvas "
                       "(0: off; the tutorial used 48)")
            ->capture_default_str(),
        "shift_canvas", [](const RunOptions &o, RunConfig &c) { c.shiftCanvas = o.values.shiftCanvas; });
    add(cmd.add_option("--normalization", o.normalization, "tutorial ([-1, 1]), imagenet (mean/std) or caffe (BGR minus the ImageNet mean)")->capture_default_str(),
        "normalization", [](const RunOptions &o, RunConfig &c) { c.normalization = normalizationFromString(o.normalization); });
    if (set.finetune)
        add(cmd.add_flag("--no-feature-cache", o.noFeatureCache,
                         "Head phase: run every batch through the frozen backbone instead of caching its features"),
            "feature_cache", [](const RunOptions &, RunConfig &c) { c.featureCache = false; });
    add(cmd.add_option("--seed", v.seed, "Seed of the split, the initial weights, shuffling and dropout")
            ->capture_default_str(),
        "seed", [](const RunOptions &o, RunConfig &c) { c.seed = o.values.seed; });
    add(cmd.add_option("--device", v.device, "auto, cpu, cuda or cuda:N")->capture_default_str(), "device",
        [](const RunOptions &o, RunConfig &c) { c.device = o.values.device; });
    add(cmd.add_option("--threads", v.threads, "CPU threads (default: every core)"), "threads",
        [](const RunOptions &o, RunConfig &c) { c.threads = o.values.threads; });
    add(cmd.add_option("--precision", v.precision,
                       "fp32, or bf16: forward passes under bfloat16 autocast (GPU tensor cores; weights stay fp32)")
            ->capture_default_str(),
        "precision", [](const RunOptions &o, RunConfig &c) { c.precision = o.values.precision; });
    add(cmd.add_flag("--channels-last", v.channelsLast, "Convolutions in the NHWC memory layout (faster with cuDNN)"),
        "channels_last", [](const RunOptions &, RunConfig &c) { c.channelsLast = true; });
}

RunConfig applyRunOptions(const RunOptions &options, RunConfig config)
{
    for (const auto &flag : options.flags)
        if (flag.option->count() > 0)
            flag.apply(options, config);
    return config;
}

void validateForCli(const RunConfig &config, const RunOptions &options)
{
    try {
        validate(config);
    } catch (const UsageError &e) {
        // Said in the words of the command line: the flag that sets the error's key, then what is wrong with it.
        if (e.key().empty() || e.problem().empty())
            throw;
        for (const auto &flag : options.flags) {
            std::istringstream keys(flag.key);
            for (std::string key; keys >> key;)
                if (key == e.key())
                    throw UsageError(e.key(), flag.option->get_name() + " " + e.problem(), e.problem());
        }
        throw;
    }
}

void prepareWeightsForCli(RunConfig &config, const RunOptions &options)
{
    WeightsUse use = options.weightsUse;
    for (const RunOptions::Flag &flag : options.flags)
        use.normalizationGiven = use.normalizationGiven || (flag.key == "normalization" && flag.option->count() > 0);
    prepareCatalogWeights(config, use);
}

Interruption::Interruption()
{
    g_interrupted = 0;
    m_previous = std::signal(SIGINT, onInterrupt);
    m_previousTerm = std::signal(SIGTERM, onInterrupt);
    m_watcher = std::jthread([this](std::stop_token own) {
        while (!own.stop_requested()) {
            if (g_interrupted) {
                m_stop.request_stop();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });
}

Interruption::~Interruption()
{
    m_watcher.request_stop();
    if (m_watcher.joinable())
        m_watcher.join();
    std::signal(SIGINT, m_previous);
    std::signal(SIGTERM, m_previousTerm);
}

void writeJsonFile(const std::string &path, const std::string &text)
{
    const std::string temp = path + ".part";
    {
        std::ofstream out(temp);
        out << text << '\n';
        out.close();
        if (!out)
            throw UsageError(path + ": cannot write");
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0)
        throw UsageError(path + ": cannot write");
}

void checkWritable(const std::string &path)
{
    std::error_code ec;
    const bool existed = std::filesystem::exists(path, ec);
    if (!std::ofstream(path, std::ios::app))
        throw UsageError(path + ": cannot write");
    if (!existed)
        std::filesystem::remove(path, ec);
}

ProgressPrinter::ProgressPrinter(const RunConfig &config, std::string prefix)
    : m_config(config), m_prefix(std::move(prefix)), m_tty(isatty(STDERR_FILENO))
{
}

// Follows the epochs to say how long the current phase runs if validation accuracy does not improve again (the
// engine's early-stopping rule, training/earlystopping.h).
TrainerCallbacks ProgressPrinter::callbacks()
{
    TrainerCallbacks callbacks;
    callbacks.log = [this](const std::string &line) {
        std::printf("%s%s\n", m_prefix.c_str(), line.c_str());
        std::fflush(stdout);
    };
    callbacks.phaseStarted = [this](PhaseName phase, int maxEpochs) {
        m_phase = phase;
        m_max = maxEpochs;
        m_done = m_bestLocal = 0;
        m_seconds = 0;
    };
    callbacks.batchProgress = [this](const BatchProgress &p) {
        if (m_tty)
            std::fprintf(stderr, "\r%s%-8s epoch %d  batch %d/%d  loss %.4f  acc %s\x1b[K", m_prefix.c_str(),
                         toString(p.phase).c_str(), p.epoch, p.batch, p.batches, p.loss, percent(p.accuracy).c_str());
    };
    callbacks.epochFinished = [this](const EpochMetrics &m) {
        ++m_done;
        m_seconds += m.seconds;
        if (m.improved)
            m_bestLocal = m_done;
        const int last = lastPhaseEpoch(m_max, phaseSettings(m_config, m_phase).patience, m_bestLocal);
        const double left = std::max(0, last - m_done) * (m_seconds / m_done);
        if (m_tty)
            std::fprintf(stderr, "\r\x1b[K");
        std::printf("%s%-8s epoch %3d  loss %.4f  acc %7s  val loss %.4f  acc %7s  %s  ~%s left in phase\n",
                    m_prefix.c_str(), toString(m.phase).c_str(), m.epoch, m.trainLoss, percent(m.trainAccuracy).c_str(),
                    m.valLoss, percent(m.valAccuracy).c_str(), duration(m.seconds).c_str(), duration(left).c_str());
        std::fflush(stdout);
    };
    return callbacks;
}

CLI::App *addTrainCommand(CLI::App &app, TrainOptions &o)
{
    auto *cmd = app.add_subcommand("train", "Train one model: head phase + fine-tune for backbones, one phase for "
                                            "baselines; writes a run folder (result.json, best checkpoint, log)");
    addRunOptions(*cmd, o.run);
    addWeightsUseOptions(*cmd, o.run.weightsUse);
    cmd->get_option("--model")->description("Model name (see models), or torchscript")->required();
    cmd->add_option("--out", o.out, "Run folder to create (default: a new folder under the app's data dir, runs/)");
    cmd->add_option("--json", o.json, "Also write result.json to this file");
    return cmd;
}

int train(const TrainOptions &o, const std::string &folder)
{
    RunConfig base = defaultRunConfig(o.run.values.model.name);
    base.dataset = folder;
    RunConfig c = applyRunOptions(o.run, base);
    if (c.model.name == mw::core::kTorchScriptModel) {
        c.model.scriptPath = c.weights;
        c.weights.clear();
    }
    prepareWeightsForCli(c, o.run);
    validateForCli(c, o.run);
    if (!o.json.empty())
        checkWritable(o.json);
    RunStore store(o.out.empty() ? newRunDir(c.model.name) : std::filesystem::path(o.out));
    return runAndReport(c, store, o.json);
}

CLI::App *addResumeCommand(CLI::App &app, ResumeOptions &o)
{
    auto *cmd = app.add_subcommand("resume", "Go on with a run that was cancelled (Ctrl+C, Cancel) or killed, from the "
                                             "last epoch its folder saved; it ends as it would have without the stop");
    cmd->add_option("run", o.dir, "The run folder (or its .part folder after a crash)")->required();
    cmd->add_option("--device", o.device, "Go on on another device: auto, cpu, cuda or cuda:N (default: the run's)");
    cmd->add_option("--threads", o.threads, "CPU threads (0: every core; default: the run's)");
    cmd->add_option("--json", o.json, "Also write result.json to this file");
    return cmd;
}

int resume(const ResumeOptions &o)
{
    if (!o.json.empty())
        checkWritable(o.json);
    RunStore store(o.dir, RunStore::Mode::Resume);
    RunConfig c = RunStore::resumeSettings(store.dir());
    if (!o.device.empty())
        c.device = o.device;
    if (o.threads >= 0)
        c.threads = o.threads;
    return runAndReport(c, store, o.json);
}

} // namespace mw::cli
