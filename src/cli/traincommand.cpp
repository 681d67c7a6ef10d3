#include "traincommand.h"

#include "errors.h"
#include "training/runstore.h"
#include "training/trainer.h"

#include <CLI/CLI.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <thread>
#include <unistd.h>

namespace mw::cli {
using namespace mw::core;

namespace {

volatile std::sig_atomic_t g_interrupted = 0;

extern "C" void onInterrupt(int) { g_interrupted = 1; }

std::string duration(double seconds)
{
    char text[32];
    if (seconds < 60)
        std::snprintf(text, sizeof text, "%.1f s", seconds);
    else if (seconds < 3600)
        std::snprintf(text, sizeof text, "%d min %02d s", int(seconds) / 60, int(seconds) % 60);
    else
        std::snprintf(text, sizeof text, "%d h %02d min", int(seconds) / 3600, int(seconds) / 60 % 60);
    return text;
}

// Follows the epochs to say how long the current phase runs if validation accuracy does not improve again:
// early stopping ends it `patience` epochs after its best (or at its epoch limit, whichever comes first).
class PhaseClock {
public:
    explicit PhaseClock(const RunConfig &config) : m_config(config) {}

    void start(const std::string &phase, int maxEpochs)
    {
        m_phase = phase;
        m_max = maxEpochs;
        m_done = 0;
        m_bestLocal = 0;
        m_seconds = 0;
        // Fine-tuning must beat the head phase's best, as the trainer does it.
        if (phase != "finetune")
            m_best = -1;
    }

    double secondsLeft(const EpochMetrics &m)
    {
        ++m_done;
        m_seconds += m.seconds;
        if (m.valAccuracy > m_best) {
            m_best = m.valAccuracy;
            m_bestLocal = m_done;
        }
        const PhaseConfig &phase = m_phase == "finetune" ? m_config.finetune : m_config.head;
        int last = m_max;
        if (phase.patience > 0)
            last = std::min(last, m_bestLocal + phase.patience);
        return std::max(0, last - m_done) * (m_seconds / m_done);
    }

    int maxEpochs() const { return m_max; }

private:
    const RunConfig &m_config;
    std::string m_phase;
    int m_max = 0, m_done = 0, m_bestLocal = 0;
    double m_best = -1, m_seconds = 0;
};

void writeJsonFile(const std::string &path, const nlohmann::json &json)
{
    const std::string temp = path + ".part";
    {
        std::ofstream out(temp);
        out << json.dump(2) << '\n';
        out.close();
        if (!out)
            throw UsageError(path + ": cannot write");
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0)
        throw UsageError(path + ": cannot write");
}

} // namespace

CLI::App *addTrainCommand(CLI::App &app, TrainOptions &o)
{
    RunConfig &c = o.config;
    auto *cmd = app.add_subcommand("train", "Train one model: head phase + fine-tune for backbones, one phase for "
                                            "baselines; writes a run folder (result.json, best checkpoint, log)");
    cmd->add_option("--model", c.model.name, "Model name (see models), or torchscript")->required();
    cmd->add_option("--weights", c.weights,
                    "Backbone weights (.pth or .safetensors; for torchscript the module file itself)");
    cmd->add_option("--input-size", c.model.inputSize, "Backbone input size (default: the model's)");
    cmd->add_option("--split", o.split, "standard or tutorial")->capture_default_str();
    cmd->add_option("--train-limit", c.trainLimit, "Keep only the first N training digits (0: all)")
        ->capture_default_str();
    cmd->add_option("--head-epochs,--epochs", c.head.epochs,
                    "Most epochs of the first phase (the head phase; the only phase of a baseline)")
        ->capture_default_str();
    cmd->add_option("--finetune-epochs", c.finetune.epochs, "Most fine-tune epochs (0: no fine-tuning)")
        ->capture_default_str();
    auto *patience = cmd->add_option("--patience", c.head.patience,
                                     "Early stopping: epochs without a better validation accuracy (0: off)");
    patience->capture_default_str();
    cmd->add_option("--batch-size", c.batchSize, "Digits per training step")->capture_default_str();
    cmd->add_option("--lr-head,--lr", c.head.learningRate, "Learning rate of the first phase")->capture_default_str();
    cmd->add_option("--lr-finetune", c.finetune.learningRate, "Learning rate of fine-tuning")->capture_default_str();
    cmd->add_option("--optimizer", o.optimizer, "adam, sgd or rmsprop (both phases)")->capture_default_str();
    cmd->add_option("--momentum", o.momentum, "SGD / RMSprop momentum")->capture_default_str();
    cmd->add_flag("--nesterov", o.nesterov, "SGD with Nesterov momentum");
    cmd->add_option("--frozen-layers", c.frozenLayers, "Fine-tune: keep the backbone's first K layers frozen")
        ->capture_default_str();
    cmd->add_flag("--augment", c.augment.enabled, "Random rotation, shift and zoom of training digits (on the device)");
    cmd->add_option("--normalization", o.normalization, "tutorial ([-1, 1]) or imagenet")->capture_default_str();
    cmd->add_flag("--no-feature-cache", o.noFeatureCache,
                  "Head phase: run every batch through the frozen backbone instead of caching its features");
    cmd->add_option("--seed", c.seed, "Seed of the split, the initial weights, shuffling and dropout")
        ->capture_default_str();
    cmd->add_option("--device", c.device, "auto, cpu, cuda or cuda:N")->capture_default_str();
    cmd->add_option("--threads", c.threads, "CPU threads (default: every core)");
    cmd->add_option("--out", o.out, "Run folder to create (default: a new folder under the app's data dir, runs/)");
    cmd->add_option("--json", o.json, "Also write result.json to this file");
    return cmd;
}

int train(TrainOptions o, const std::string &folder)
{
    RunConfig &c = o.config;
    c.dataset = folder;
    c.split = splitKindFromString(o.split);
    c.normalization = normalizationFromString(o.normalization);
    c.featureCache = !o.noFeatureCache;
    c.finetune.patience = c.head.patience;
    for (PhaseConfig *phase : {&c.head, &c.finetune}) {
        phase->optimizer = optimizerFromString(o.optimizer);
        phase->momentum = o.momentum;
        phase->nesterov = o.nesterov;
    }
    if (c.model.name == "torchscript") {
        c.model.scriptPath = c.weights;
        c.weights.clear();
    }
    try {
        validate(c);
    } catch (const UsageError &e) {
        // Say it in the words of the command line.
        static const std::pair<const char *, const char *> flags[] = {
            {"\"head.learning_rate\"", "--lr-head"},     {"\"finetune.learning_rate\"", "--lr-finetune"},
            {"\"head.epochs\"", "--head-epochs"},        {"\"finetune.epochs\"", "--finetune-epochs"},
            {"\"head.patience\"", "--patience"},         {"\"head.momentum\"", "--momentum"},
            {"\"head.nesterov\"", "--nesterov"},         {"\"batch_size\"", "--batch-size"},
            {"\"train_limit\"", "--train-limit"},        {"\"frozen_layers\"", "--frozen-layers"},
            {"\"model.input_size\"", "--input-size"},    {"\"weights\"", "--weights"},
            {"\"threads\"", "--threads"},                {"\"device\"", "--device"}};
        std::string message = e.what();
        for (const auto &[key, flag] : flags) {
            const std::string setting = std::string("setting ") + key;
            if (const auto at = message.find(setting); at != std::string::npos)
                message.replace(at, setting.size(), flag);
        }
        throw UsageError(message);
    }
    if (!o.json.empty()) {
        // Found out now, not after hours of training.
        std::error_code ec;
        const bool existed = std::filesystem::exists(o.json, ec);
        if (!std::ofstream(o.json, std::ios::app))
            throw UsageError(o.json + ": cannot write");
        if (!existed)
            std::filesystem::remove(o.json, ec);
    }

    RunStore store(o.out.empty() ? newRunDir(c.model.name) : std::filesystem::path(o.out));

    std::stop_source stop;
    g_interrupted = 0;
    auto previous = std::signal(SIGINT, onInterrupt);
    std::atomic<bool> finished{false};
    std::jthread watcher([&] {
        while (!finished) {
            if (g_interrupted) {
                stop.request_stop();
                return;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
    });

    const bool tty = isatty(STDERR_FILENO);
    PhaseClock clock(c);
    TrainerCallbacks callbacks;
    callbacks.log = [](const std::string &line) { std::printf("%s\n", line.c_str()); std::fflush(stdout); };
    callbacks.phaseStarted = [&](const std::string &phase, int maxEpochs) { clock.start(phase, maxEpochs); };
    callbacks.batchProgress = [&](const BatchProgress &p) {
        if (tty)
            std::fprintf(stderr, "\r%-8s epoch %d  batch %d/%d  loss %.4f  acc %.2f%%\x1b[K", p.phase.c_str(),
                         p.epoch, p.batch, p.batches, p.loss, 100 * p.accuracy);
    };
    callbacks.epochFinished = [&](const EpochMetrics &m) {
        const double left = clock.secondsLeft(m);
        if (tty)
            std::fprintf(stderr, "\r\x1b[K");
        std::printf("%-8s epoch %3d  loss %.4f  acc %6.2f%%  val loss %.4f  acc %6.2f%%  %s  ~%s left in phase\n",
                    m.phase.c_str(), m.epoch, m.trainLoss, 100 * m.trainAccuracy, m.valLoss, 100 * m.valAccuracy,
                    duration(m.seconds).c_str(), duration(left).c_str());
        std::fflush(stdout);
    };

    RunResult result;
    try {
        result = runExperiment(c, callbacks, stop.get_token(), &store);
    } catch (...) {
        finished = true;
        std::signal(SIGINT, previous);
        throw;
    }
    finished = true;
    std::signal(SIGINT, previous);

    if (!o.json.empty())
        writeJsonFile(o.json, toJson(result));
    for (const auto &phase : result.phases)
        std::printf("%s: %d epochs (%s), best epoch %d, %s\n", phase.name.c_str(), phase.epochs,
                    phase.stopReason.c_str(), phase.bestEpoch, duration(phase.seconds).c_str());
    if (result.testAccuracy)
        std::printf("test accuracy %.2f%%  loss %.4f  (%zu of %d misclassified)  total %s\n",
                    100 * *result.testAccuracy, *result.testLoss, result.misclassified.size(),
                    [&] { int n = 0; for (const auto &row : result.confusionMatrix) for (int v : row) n += v; return n; }(),
                    duration(result.secondsTotal).c_str());
    std::printf("run folder: %s\n", store.dir().c_str());
    if (result.cancelled) {
        std::fprintf(stderr, "mnist-workbench-cli: cancelled; the run so far (best weights) is in %s\n",
                     store.dir().c_str());
        return 130;
    }
    if (!result.warnings.empty()) {
        std::fprintf(stderr, "mnist-workbench-cli: %s\n", result.warnings.front().c_str());
        return 2;
    }
    return 0;
}

} // namespace mw::cli
