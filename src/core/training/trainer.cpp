#include "training/trainer.h"

#include "data/catalog.h"
#include "data/preprocess.h"
#include "data/sha256.h"
#include "device.h"
#include "errors.h"
#include "models/freeze.h"
#include "models/zoo.h"
#include "random.h"
#include "runtime.h"
#include "training/augment.h"
#include "training/autocast.h"
#include "training/jsonread.h"
#include "training/optimizers.h"
#include "training/resume.h"
#include "training/runstore.h"
#include "training/shift.h"
#include "training/snapshot.h"
#include "training/testdetails.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>

namespace mw::core {
namespace {

namespace F = torch::nn::functional;
using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

std::string fileSha256(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw WeightsError(path.string() + ": cannot read");
    Sha256 hash;
    std::vector<char> buffer(1 << 20);
    while (in) {
        in.read(buffer.data(), std::streamsize(buffer.size()));
        hash.update(buffer.data(), std::size_t(in.gcount()));
    }
    return hash.hexDigest();
}

std::string percent(double fraction)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.2f%%", 100 * fraction);
    return text;
}

// One part of the split on the device: uint8 images [N, 28, 28], or the backbone's features [N, width] once cached.
// With shifted digits, positions [N, 2] says where each digit goes on its canvas (placed batch by batch).
struct PartData {
    torch::Tensor x, y, positions;
    std::int64_t size() const { return y.defined() ? y.size(0) : 0; }
};

// How one phase trains: what it optimizes, how a batch goes through the network, and which weights it may change.
struct Phase {
    std::string name;
    PhaseConfig config;
    std::vector<torch::Tensor> parameters;
    torch::nn::Module *tracked = nullptr; // what early stopping saves and restores
    std::function<void()> trainMode, evalMode;
    std::function<torch::Tensor(const torch::Tensor &)> forwardTrain, forwardEval;
    PartData train, validation;
    double startAccuracy = -1; // validation accuracy of the weights the phase starts from (-1: unknown)
    int startEpoch = 0;        // the epoch those weights come from
};

enum class Outcome { Done, NaN, Cancelled };

struct EpochTotals {
    Outcome outcome = Outcome::Done;
    double loss = 0, accuracy = 0;
};

struct Evaluation {
    Outcome outcome = Outcome::Done;
    double loss = 0, accuracy = 0;
    // On the CPU, when asked for: the predicted digits, each digit's loss and its softmax probabilities [N, 10].
    torch::Tensor predictions, losses, probabilities;
};

class Experiment {
public:
    // With a resumed store, the run goes on from the store's resume state.
    Experiment(const RunConfig &config, NetworkPtr network, const TrainerCallbacks &callbacks, std::stop_token stop,
               RunStore *store)
        : m_config(config), m_network(std::move(network)), m_callbacks(callbacks), m_stop(std::move(stop)),
          m_store(store)
    {
    }

    RunResult run();

private:
    // Everything goes to the run's log; epoch lines and the config only there (callbacks get those as values).
    void log(const std::string &line, bool toCallback = true);
    void prepare();
    PhaseSummary runPhase(Phase &phase, Clock::time_point started);
    void restoreRun();
    void replay(const std::string &phase) const;
    void saveResumeState(const Phase &phase, int phaseEpoch, const torch::optim::Optimizer &optimizer,
                         const Snapshot &best, const PhaseSummary &summary, double bestAccuracy, int bestLocal,
                         Clock::time_point started);
    bool headPhase();
    EpochTotals trainEpoch(Phase &phase, torch::optim::Optimizer &optimizer, int epoch);
    Evaluation evaluate(const std::function<torch::Tensor(const torch::Tensor &)> &forward, const PartData &part,
                        bool keepPredictions);
    std::optional<PartData> cacheFeatures(const PartData &part, const char *name);
    torch::Tensor inputs(const torch::Tensor &images, bool augment) const;
    torch::Tensor rows(const PartData &part, const torch::Tensor &index) const;
    torch::Tensor rows(const PartData &part, std::int64_t start, std::int64_t count) const;
    std::int64_t evalBatch(std::int64_t rowBytes) const;
    void saveCheckpoint();
    void runBackbone();
    torch::Tensor pass(const std::function<torch::Tensor()> &forward) const;
    std::function<torch::Tensor(const torch::Tensor &)> forwardThrough(bool augment);
    void runBaseline();
    void testEvaluation(const std::function<torch::Tensor(const torch::Tensor &)> &forward, const PartData &test);

    RunConfig m_config;
    NetworkPtr m_network;
    const TrainerCallbacks &m_callbacks;
    std::stop_token m_stop;
    RunStore *m_store;

    torch::Device m_device{torch::kCPU};
    std::optional<c10::DeviceType> m_autocast; // bf16 precision: autocast on this device type
    int m_inputSize = 0;
    PartData m_train, m_validation, m_test;
    std::mt19937_64 m_shuffle;
    RunResult m_result;
    int m_epoch = 0; // global epochs finished
    bool m_cancelled = false;
    Clock::time_point m_lastCheckpoint;
    bool m_checkpointDirty = false;
    bool m_checkpointSaved = false;
    double m_lastAccuracy = -1; // validation accuracy of the weights the last phase kept
    std::optional<RunRandom> m_random;
    Clock::time_point m_start;
    double m_secondsBefore = 0;           // a resumed run's time before it stopped
    std::optional<ResumeState> m_resume;  // until the phase it stopped in has taken it over
    std::optional<Clock::time_point> m_lastState;
    double m_stateSeconds = 0; // how long writing the resume state took last time
    std::string m_statePhase;  // the phase whose resume state was written last
};

void Experiment::log(const std::string &line, bool toCallback)
{
    if (m_store)
        m_store->log(line);
    if (toCallback && m_callbacks.log)
        m_callbacks.log(line);
}

torch::Tensor Experiment::inputs(const torch::Tensor &images, bool augment) const
{
    auto x = augment && m_config.augment.enabled
                 ? preprocessBatch(augmentBatch(images, m_config.augment), m_inputSize, m_config.normalization)
                 : preprocessBatch(images, m_inputSize, m_config.normalization);
    return m_config.channelsLast && x.dim() == 4 ? x.contiguous(torch::MemoryFormat::ChannelsLast) : x;
}

// A forward pass in the run's precision. Under bf16 the outputs come back as float32, so losses, softmax and cached
// features are computed (and kept) at full precision.
torch::Tensor Experiment::pass(const std::function<torch::Tensor()> &forward) const
{
    if (!m_autocast)
        return forward();
    const AutocastScope amp(m_autocast);
    return forward().to(torch::kFloat32);
}

// Images through the whole network (augmented when asked and the run augments).
std::function<torch::Tensor(const torch::Tensor &)> Experiment::forwardThrough(bool augment)
{
    return [this, augment](const torch::Tensor &x) { return pass([&] { return m_network->forward(inputs(x, augment)); }); };
}

// A batch of a part's rows; shifted digits come out on their canvas (after the shift, augmentation and resizing
// see the canvas as the image).

torch::Tensor Experiment::rows(const PartData &part, const torch::Tensor &index) const
{
    auto x = part.x.index_select(0, index);
    if (part.positions.defined())
        x = placeOnCanvas(x, part.positions.index_select(0, index), m_config.shiftCanvas);
    return x;
}

torch::Tensor Experiment::rows(const PartData &part, std::int64_t start, std::int64_t count) const
{
    auto x = part.x.narrow(0, start, count);
    if (part.positions.defined())
        x = placeOnCanvas(x, part.positions.narrow(0, start, count), m_config.shiftCanvas);
    return x;
}

// Evaluation batches need no gradients, so they can be larger than training batches; bounded by the input's size so
// a 224x224 backbone does not run out of memory.
std::int64_t Experiment::evalBatch(std::int64_t rowBytes) const
{
    return std::max<std::int64_t>(m_config.batchSize, std::min<std::int64_t>(1024, (std::int64_t(16) << 20) / rowBytes));
}

void Experiment::saveCheckpoint()
{
    if (!m_store)
        return;
    m_store->saveCheckpoint(*m_network, toJson(m_config));
    m_lastCheckpoint = Clock::now();
    m_checkpointDirty = false;
    m_checkpointSaved = true;
}

void Experiment::prepare()
{
    if (m_config.threads > 0)
        setComputeThreads(m_config.threads);
    m_device = chooseDevice(m_config.device);

    const Dataset dataset = loadDataset(m_config.dataset);
    SplitOptions splitOptions;
    splitOptions.kind = m_config.split;
    splitOptions.seed = m_config.seed;
    splitOptions.trainLimit = m_config.trainLimit;
    splitOptions.validationSize = m_config.validationSize;
    const Split split = makeSplit(dataset.data, splitOptions);
    auto part = [&](Part which) {
        const std::vector<int> &indices = split.part(which);
        PartData out{imagesTensor(dataset.data, indices).to(m_device), labelsTensor(dataset.data, indices).to(m_device),
                     {}};
        if (m_config.shiftCanvas > 0)
            out.positions = canvasPositions(out.size(), m_config.shiftCanvas, m_config.seed, which).to(m_device);
        return out;
    };
    m_train = part(Part::Train);
    m_validation = part(Part::Validation);
    m_test = part(Part::Test);

    m_result.dataset = dataset.name;
    m_result.split = toString(m_config.split);
    m_result.device = describeDevice(m_device);
    m_result.threads = at::get_num_threads();
    m_result.seed = m_config.seed;
    m_result.model = m_config.model.name;
    m_shuffle.seed(m_config.seed);

    Backbone *backbone = m_network->backbone();
    if (!m_config.weights.empty()) {
        if (!backbone)
            throw UsageError("weights \"" + m_config.weights + "\" do not apply: " + m_config.model.name
                             + " is a from-scratch baseline");
        log("weights: " + loadBackboneWeights(*backbone, m_config.weights));
        m_result.weightsSource = m_config.weights;
        m_result.weightsSha256 = fileSha256(m_config.weights);
    } else if (m_config.model.name == "torchscript" && !m_config.model.scriptPath.empty()) {
        m_result.weightsSource = m_config.model.scriptPath;
        m_result.weightsSha256 = fileSha256(m_config.model.scriptPath);
    } else if (backbone) {
        bool batchNorm = false;
        for (const auto &module : backbone->modules())
            batchNorm = batchNorm || dynamic_cast<const torch::nn::BatchNorm2dImpl *>(module.get());
        // Measured: InceptionV3's head loss reached 10^5 this way, MobileNet stayed at chance.
        if (batchNorm)
            log("note: random init with BatchNorm held in inference mode: its statistics are the initial ones, so the "
                "backbone's features are not normalised and transfer results mean little; pretrain it first (the "
                "pretrain command, or Pretrain... on the Experiment page)");
    }
    m_network->to(m_device);
    if (m_config.channelsLast) {
        torch::NoGradGuard noGrad;
        for (auto &t : m_network->parameters())
            if (t.dim() == 4)
                t.set_data(t.data().contiguous(torch::MemoryFormat::ChannelsLast));
    }
    if (m_config.precision == "bf16")
        m_autocast = m_device.type();

    // What each phase will train, counted with the same freezing the phases apply.
    m_result.parameters.total = countParameters(*m_network);
    if (backbone) {
        m_result.parameters.trainableHead = countParameters(m_network->head());
        setTrainable(*m_network, true);
        freezeLayers(*backbone, m_config.frozenLayers);
        freezeBatchNorm(*m_network);
        m_result.parameters.trainableFinetune = countParameters(*m_network, true);
        setTrainable(*m_network, true);
    } else {
        m_result.parameters.trainableHead = m_result.parameters.total;
    }
    m_result.config = m_config;

    log("model " + m_config.model.name + " @" + std::to_string(m_inputSize) + "x" + std::to_string(m_inputSize) + ", "
        + std::to_string(m_result.parameters.total) + " parameters; weights: " + m_result.weightsSource);
    log("data " + dataset.name + " (" + dataset.status() + "), " + m_result.split + " split: "
        + std::to_string(m_train.size()) + " train / " + std::to_string(m_validation.size()) + " validation / "
        + std::to_string(m_test.size()) + " test; seed " + std::to_string(m_config.seed));
    if (m_config.shiftCanvas > 0)
        log("shifted digits: each digit at its own position (fixed by the seed) on a "
            + std::to_string(m_config.shiftCanvas) + "x" + std::to_string(m_config.shiftCanvas) + " canvas");
    log("device " + m_result.device + ", " + std::to_string(m_result.threads) + " CPU threads, LibTorch " TORCH_VERSION
        + (m_autocast ? ", bf16 autocast" : "") + (m_config.channelsLast ? ", channels-last" : ""));
    log("config " + toJson(m_config).dump(), false);
}

EpochTotals Experiment::trainEpoch(Phase &phase, torch::optim::Optimizer &optimizer, int epoch)
{
    const std::int64_t n = phase.train.size();
    // Fisher-Yates over mt19937_64 with plain modulo: the same order on every platform and standard library.
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        order[std::size_t(i)] = i;
    for (std::int64_t i = n - 1; i > 0; --i)
        std::swap(order[std::size_t(i)], order[std::size_t(m_shuffle() % std::uint64_t(i + 1))]);
    const auto permutation = torch::from_blob(order.data(), {n}, torch::kInt64).clone().to(m_device);

    const std::int64_t batch = phase.config.batchSize > 0 ? phase.config.batchSize : m_config.batchSize;
    // A last batch of one digit would break BatchNorm in training mode; it is left out of that epoch.
    const std::int64_t used = (n > 1 && n % batch == 1) ? n - 1 : n;
    const int batches = int((used + batch - 1) / batch);
    const auto accumulator = torch::TensorOptions().device(m_device).dtype(torch::kFloat64);
    auto lossSum = torch::zeros({}, accumulator), correct = torch::zeros({}, accumulator);
    auto lastReport = Clock::now();
    std::int64_t seen = 0;
    EpochTotals totals;

    phase.trainMode();
    for (int b = 0; b < batches; ++b) {
        if (m_stop.stop_requested()) {
            totals.outcome = Outcome::Cancelled;
            return totals;
        }
        const std::int64_t start = b * batch, count = std::min(batch, used - start);
        const auto index = permutation.narrow(0, start, count);
        const auto x = rows(phase.train, index);
        const auto y = phase.train.y.index_select(0, index);
        optimizer.zero_grad();
        const auto logits = phase.forwardTrain(x);
        const auto loss = F::cross_entropy(logits, y);
        loss.backward();
        optimizer.step();
        {
            torch::NoGradGuard noGrad;
            lossSum += loss.detach().to(torch::kFloat64) * double(count);
            correct += logits.argmax(1).eq(y).sum().to(torch::kFloat64);
        }
        seen += count;
        const bool last = b + 1 == batches;
        if (b == 0 || last || Clock::now() - lastReport >= std::chrono::milliseconds(100)) {
            lastReport = Clock::now();
            totals.loss = lossSum.item<double>() / double(seen);
            totals.accuracy = correct.item<double>() / double(seen);
            if (!std::isfinite(totals.loss)) {
                totals.outcome = Outcome::NaN;
                return totals;
            }
            if (m_callbacks.batchProgress)
                m_callbacks.batchProgress({phase.name, epoch, b + 1, batches, totals.loss, totals.accuracy});
        }
    }
    return totals;
}

Evaluation Experiment::evaluate(const std::function<torch::Tensor(const torch::Tensor &)> &forward,
                                const PartData &part, bool keepPredictions)
{
    torch::InferenceMode inference;
    Evaluation result;
    const std::int64_t n = part.size();
    // Images become float [3, S, S] on the way in; cached features are already float rows.
    const std::int64_t batch =
        evalBatch(part.x.dim() == 3 ? std::int64_t(12) * m_inputSize * m_inputSize : 4 * part.x.size(1));
    const auto accumulator = torch::TensorOptions().device(m_device).dtype(torch::kFloat64);
    auto lossSum = torch::zeros({}, accumulator), correct = torch::zeros({}, accumulator);
    std::vector<torch::Tensor> predictions, losses, probabilities;
    for (std::int64_t start = 0; start < n; start += batch) {
        if (m_stop.stop_requested()) {
            result.outcome = Outcome::Cancelled;
            return result;
        }
        const std::int64_t count = std::min(batch, n - start);
        const auto y = part.y.narrow(0, start, count);
        const auto logits = forward(rows(part, start, count));
        const auto predicted = logits.argmax(1);
        correct += predicted.eq(y).sum().to(torch::kFloat64);
        if (keepPredictions) {
            // The mean loss is the sum of the digits' own losses, so the per-digit figures add up to it.
            const auto loss = F::cross_entropy(logits, y, F::CrossEntropyFuncOptions().reduction(torch::kNone));
            lossSum += loss.to(torch::kFloat64).sum();
            predictions.push_back(predicted.to(torch::kCPU));
            losses.push_back(loss.to(torch::kCPU, torch::kFloat32));
            probabilities.push_back(logits.softmax(1).to(torch::kCPU, torch::kFloat32));
        } else {
            lossSum += F::cross_entropy(logits, y, F::CrossEntropyFuncOptions().reduction(torch::kSum)).to(torch::kFloat64);
        }
    }
    result.loss = lossSum.item<double>() / double(std::max<std::int64_t>(n, 1));
    result.accuracy = correct.item<double>() / double(std::max<std::int64_t>(n, 1));
    if (!std::isfinite(result.loss))
        result.outcome = Outcome::NaN;
    if (keepPredictions) {
        result.predictions = predictions.empty() ? torch::empty({0}, torch::kInt64) : torch::cat(predictions);
        result.losses = losses.empty() ? torch::empty({0}, torch::kFloat32) : torch::cat(losses);
        result.probabilities = probabilities.empty() ? torch::empty({0, 10}, torch::kFloat32) : torch::cat(probabilities);
    }
    return result;
}

// `started`: when the phase's work began (the head phase's feature caching counts).
PhaseSummary Experiment::runPhase(Phase &phase, Clock::time_point started)
{
    PhaseSummary summary;
    summary.name = phase.name;
    if (m_callbacks.phaseStarted)
        m_callbacks.phaseStarted(phase.name, phase.config.epochs);
    log(phase.name + " phase: up to " + std::to_string(phase.config.epochs) + " epochs, patience "
        + std::to_string(phase.config.patience) + ", " + toString(phase.config.optimizer) + " lr "
        + formatNumber(phase.config.learningRate) + ", batch "
        + std::to_string(phase.config.batchSize > 0 ? phase.config.batchSize : m_config.batchSize));

    const auto optimizer = makeOptimizer(phase.config, phase.parameters);
    Snapshot best(*phase.tracked);
    double bestAccuracy = phase.startAccuracy;
    int bestEpoch = phase.startEpoch, bestLocal = 0, first = 1;
    if (m_resume && m_resume->meta.at("phase") == phase.name) {
        // Where the run stopped: this phase's weights now and at its best, its optimizer, its early stopping.
        const nlohmann::json &meta = m_resume->meta;
        copyState(stateTensors(*phase.tracked), m_resume->current);
        best.set(m_resume->best);
        optimizer->load(m_resume->optimizer);
        bestAccuracy = meta.at("best_accuracy").get<double>();
        bestEpoch = meta.at("best_epoch").get<int>();
        bestLocal = meta.at("best_local").get<int>();
        summary.epochs = first = meta.at("phase_epoch").get<int>();
        ++first;
        summary.stopReason = meta.at("stop_reason").get<std::string>();
        started -= std::chrono::duration_cast<Clock::duration>(
            std::chrono::duration<double>(meta.at("phase_seconds").get<double>()));
        m_resume.reset();
        if (m_callbacks.epochFinished)
            for (const auto &m : m_result.epochs)
                if (m.phase == phase.name)
                    m_callbacks.epochFinished(m);
    }

    for (int e = first; summary.stopReason.empty() && e <= phase.config.epochs; ++e) {
        const auto epochStart = Clock::now();
        const int epoch = m_epoch + 1;
        const EpochTotals totals = trainEpoch(phase, *optimizer, epoch);
        Evaluation validation;
        if (totals.outcome == Outcome::Done) {
            phase.evalMode();
            validation = evaluate(phase.forwardEval, phase.validation, false);
        }
        const Outcome outcome = totals.outcome != Outcome::Done ? totals.outcome : validation.outcome;
        if (outcome == Outcome::Cancelled) {
            summary.stopReason = "cancelled";
            m_cancelled = true;
            log(phase.name + " phase: cancelled during epoch " + std::to_string(epoch) + "; that epoch is dropped");
            break;
        }
        if (outcome == Outcome::NaN) {
            summary.stopReason = "nan_loss";
            const std::string warning =
                phase.name + " phase: the " + (totals.outcome == Outcome::NaN ? "training" : "validation")
                + " loss became NaN in epoch " + std::to_string(epoch) + " (learning rate "
                + formatNumber(phase.config.learningRate) + " too high?); the phase stopped and kept the weights of "
                + (bestEpoch > 0 ? "epoch " + std::to_string(bestEpoch) : std::string("its start"));
            m_result.warnings.push_back(warning);
            log("warning: " + warning);
            break;
        }

        m_epoch = epoch;
        summary.epochs = e;
        const EpochMetrics metrics{epoch,           phase.name,         totals.loss,         totals.accuracy,
                                   validation.loss, validation.accuracy, secondsSince(epochStart)};
        m_result.epochs.push_back(metrics);
        char line[200];
        std::snprintf(line, sizeof line, "%s epoch %d (%d/%d): loss %.4f acc %s | val loss %.4f acc %s | %.1f s",
                      phase.name.c_str(), epoch, e, phase.config.epochs, metrics.trainLoss,
                      percent(metrics.trainAccuracy).c_str(), metrics.valLoss, percent(metrics.valAccuracy).c_str(),
                      metrics.seconds);
        log(line, false);
        if (m_callbacks.epochFinished)
            m_callbacks.epochFinished(metrics);

        if (validation.accuracy > bestAccuracy) {
            bestAccuracy = validation.accuracy;
            bestEpoch = epoch;
            bestLocal = e;
            best.take();
            m_checkpointDirty = true;
            // Checkpoints of big backbones take a moment; the latest best is always in memory and saved at the end.
            if (m_store && Clock::now() - m_lastCheckpoint >= std::chrono::seconds(30))
                saveCheckpoint();
        } else if (phase.config.patience > 0 && e - bestLocal >= phase.config.patience) {
            summary.stopReason = "patience";
        }
        if (summary.stopReason.empty() && e == phase.config.epochs)
            summary.stopReason = "max_epochs";
        summary.bestEpoch = bestEpoch;
        saveResumeState(phase, e, *optimizer, best, summary, bestAccuracy, bestLocal, started);
    }
    if (summary.stopReason.empty())
        summary.stopReason = "max_epochs";
    best.restore();
    if (m_checkpointDirty || !m_checkpointSaved)
        saveCheckpoint();
    summary.bestEpoch = bestEpoch;
    summary.seconds = secondsSince(started);
    log(phase.name + " phase: " + std::to_string(summary.epochs) + " epochs (" + summary.stopReason
        + "), keeping epoch " + std::to_string(bestEpoch) + " (val acc "
        + (bestAccuracy >= 0 ? percent(bestAccuracy) : std::string("-")) + ")");
    m_lastAccuracy = bestAccuracy;
    return summary;
}

// Written at the end of an epoch, but only as often as it costs at most a tenth of the run's time (a big backbone's
// fine-tuning state is its weights twice and the optimizer's moments): a resume goes on from the last one written
// and trains the epochs after it again, to the same numbers.
void Experiment::saveResumeState(const Phase &phase, int phaseEpoch, const torch::optim::Optimizer &optimizer,
                                 const Snapshot &best, const PhaseSummary &summary, double bestAccuracy, int bestLocal,
                                 Clock::time_point started)
{
    if (!m_store || (m_lastState && secondsSince(*m_lastState) < 10 * m_stateSeconds))
        return;
    const auto start = Clock::now();
    std::ostringstream shuffle;
    shuffle << m_shuffle;
    const nlohmann::json meta = {{"config", toJson(m_config)},
                                 {"phase", phase.name},
                                 {"phase_epoch", phaseEpoch},
                                 {"epoch", m_epoch},
                                 {"best_accuracy", bestAccuracy},
                                 {"best_epoch", summary.bestEpoch},
                                 {"best_local", bestLocal},
                                 {"stop_reason", summary.stopReason},
                                 {"phase_seconds", secondsSince(started)},
                                 {"run_seconds", m_secondsBefore + secondsSince(m_start)},
                                 {"last_accuracy", m_lastAccuracy},
                                 {"shuffle", shuffle.str()},
                                 {"result", toJson(m_result)}};
    const std::uintmax_t bytes = writeResumeState(m_store->partDir(), meta, stateTensors(*phase.tracked), best.tensors(),
                                                  m_random->state(), optimizer);
    m_lastState = Clock::now();
    m_stateSeconds = secondsSince(start);
    if (phase.name != m_statePhase) {
        m_statePhase = phase.name;
        char line[160];
        std::snprintf(line, sizeof line,
                      "resume state of the %s phase: %.1f MB in %.2f s, saved after epochs %.1f s apart or more",
                      phase.name.c_str(), double(bytes) / 1e6, m_stateSeconds, 10 * m_stateSeconds);
        log(line, false);
    }
}

// A resumed run picks up what the stored state says and checks that it still fits.
void Experiment::restoreRun()
{
    m_resume = readResumeState(m_store->partDir(), m_device);
    const nlohmann::json &meta = m_resume->meta;
    // Where it runs may change (another device, other threads: the same run, up to rounding); what it runs may not.
    const auto what = [](nlohmann::json config) {
        config.erase("device");
        config.erase("threads");
        return config;
    };
    if (what(meta.at("config")) != what(toJson(m_config)))
        throw UsageError("these settings are not the stopped run's; resume it with the settings in its "
                         + std::string(RunStore::kResumeInfoFile));
    const RunResult before = runResultFromJson(meta.at("result"));
    if (before.weightsSha256 != m_result.weightsSha256)
        throw UsageError("the weights file " + m_result.weightsSource
                         + " changed since the run started; it cannot be resumed with them");
    m_result.epochs = before.epochs;
    m_result.phases = before.phases;
    m_result.warnings = before.warnings;
    m_result.boundaryEpoch = before.boundaryEpoch;
    m_epoch = meta.at("epoch").get<int>();
    m_lastAccuracy = meta.at("last_accuracy").get<double>();
    m_secondsBefore = meta.at("run_seconds").get<double>();
    std::istringstream(meta.at("shuffle").get<std::string>()) >> m_shuffle;
    m_random->setState(m_resume->random);
    // The stopped run's checkpoint is in the folder, but it may hold a best epoch after the saved state: rewritten at
    // the phase's end so that it matches the result.
    m_checkpointSaved = true;
    m_checkpointDirty = true;
    m_lastCheckpoint = Clock::now();
    log("resumed from the run's last saved state: after epoch " + std::to_string(m_epoch) + " (epoch "
        + std::to_string(meta.at("phase_epoch").get<int>()) + " of the " + meta.at("phase").get<std::string>()
        + " phase)");
}

// A resumed run tells its callbacks what an earlier phase measured, as if they had watched it.
void Experiment::replay(const std::string &phase) const
{
    if (m_callbacks.phaseStarted)
        m_callbacks.phaseStarted(phase, phase == "finetune" ? m_config.finetune.epochs : m_config.head.epochs);
    if (m_callbacks.epochFinished)
        for (const auto &m : m_result.epochs)
            if (m.phase == phase)
                m_callbacks.epochFinished(m);
}

std::optional<PartData> Experiment::cacheFeatures(const PartData &part, const char *name)
{
    // Not InferenceMode: the head trains on these, and autograd may only save ordinary tensors.
    torch::NoGradGuard noGrad;
    const auto start = Clock::now();
    Backbone &backbone = *m_network->backbone();
    const std::int64_t n = part.size(), batch = evalBatch(std::int64_t(12) * m_inputSize * m_inputSize);
    std::vector<torch::Tensor> chunks;
    for (std::int64_t i = 0; i < n; i += batch) {
        if (m_stop.stop_requested())
            return std::nullopt;
        chunks.push_back(pass([&] { return backbone.features(inputs(rows(part, i, std::min(batch, n - i)), false)); }));
    }
    PartData out{chunks.empty() ? torch::empty({0, backbone.featureWidth()}, part.x.options().dtype(torch::kFloat32))
                                : torch::cat(chunks),
                 part.y, {}};
    char line[160];
    std::snprintf(line, sizeof line, "feature cache: %lld %s digits -> [%lld, %lld] in %.2f s", (long long)n, name,
                  (long long)out.x.size(0), (long long)out.x.size(1), secondsSince(start));
    log(line);
    return out;
}

void Experiment::testEvaluation(const std::function<torch::Tensor(const torch::Tensor &)> &forward,
                                const PartData &test)
{
    const auto start = Clock::now();
    m_network->eval();
    const Evaluation e = evaluate(forward, test, true);
    if (e.outcome == Outcome::Cancelled) {
        m_cancelled = true;
        log("cancelled during the test evaluation");
        return;
    }
    m_result.testAccuracy = e.accuracy;
    m_result.testLoss = e.loss;
    const auto labels = test.y.to(torch::kCPU);
    const auto *truth = labels.data_ptr<std::int64_t>();
    const auto *predicted = e.predictions.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < labels.size(0); ++i) {
        m_result.confusionMatrix[std::size_t(truth[i])][std::size_t(predicted[i])] += 1;
        if (truth[i] != predicted[i]) {
            m_result.misclassified.push_back(int(i));
            m_result.misclassifiedPredicted.push_back(int(predicted[i]));
        }
    }
    // The misclassified digits and the top losses, with what the model said about each.
    m_result.testDetails = selectTestDetails(labels, e.predictions, e.losses, e.probabilities);
    char line[160];
    std::snprintf(line, sizeof line, "test: accuracy %s, loss %.4f, %zu of %lld misclassified (%.1f s)",
                  percent(e.accuracy).c_str(), e.loss, m_result.misclassified.size(), (long long)labels.size(0),
                  secondsSince(start));
    log(line);
}

void Experiment::runBaseline()
{
    Phase phase;
    phase.name = "train";
    phase.config = m_config.head;
    setTrainable(*m_network, true);
    phase.parameters = trainableParameters(*m_network);
    phase.tracked = m_network.get();
    phase.trainMode = [this] { m_network->train(); };
    phase.evalMode = [this] { m_network->eval(); };
    phase.forwardTrain = forwardThrough(true);
    phase.forwardEval = forwardThrough(false);
    phase.train = m_train;
    phase.validation = m_validation;
    m_result.phases.push_back(runPhase(phase, Clock::now()));
    m_result.boundaryEpoch = m_epoch;
    if (!m_cancelled)
        testEvaluation(phase.forwardEval, m_test);
}

// The head phase on the frozen backbone, and the test evaluation when no fine-tuning follows. Returns whether
// fine-tuning comes next.
bool Experiment::headPhase()
{
    auto *head = dynamic_cast<HeadImpl *>(&m_network->head());
    const bool cache = m_config.featureCache && !m_config.augment.enabled && head;

    // The backbone is a fixed function here (no gradients, BatchNorm and dropout in inference mode).
    const auto headStart = Clock::now();
    Backbone &backbone = *m_network->backbone();
    setTrainable(*m_network, false);
    setTrainable(m_network->head(), true);
    Phase hp;
    hp.name = "head";
    hp.config = m_config.head;
    hp.parameters = trainableParameters(m_network->head());
    hp.tracked = &m_network->head();
    hp.trainMode = [this, &backbone] {
        m_network->train();
        backbone.eval();
    };
    hp.evalMode = [this] { m_network->eval(); };
    std::optional<PartData> trainFeatures, validationFeatures, testFeatures;
    if (cache) {
        m_network->eval();
        trainFeatures = cacheFeatures(m_train, "train");
        if (trainFeatures)
            validationFeatures = cacheFeatures(m_validation, "validation");
        if (validationFeatures)
            testFeatures = cacheFeatures(m_test, "test");
        if (!testFeatures) {
            m_cancelled = true;
            log("cancelled while caching features");
            m_result.phases.push_back({"head", 0, 0, secondsSince(headStart), "cancelled"});
            return false;
        }
        hp.forwardTrain = hp.forwardEval = [this, head](const torch::Tensor &features) {
            return pass([&] { return head->forward(features); });
        };
        hp.train = *trainFeatures;
        hp.validation = *validationFeatures;
    } else {
        log(std::string("head phase through the frozen backbone every epoch (")
            + (m_config.augment.enabled ? "augmentation is on" : "feature cache off") + ")");
        hp.forwardTrain = forwardThrough(true);
        hp.forwardEval = forwardThrough(false);
        hp.train = m_train;
        hp.validation = m_validation;
    }
    m_result.phases.push_back(runPhase(hp, headStart));
    m_result.boundaryEpoch = m_epoch;
    if (m_cancelled)
        return false;
    if (m_config.finetune.epochs > 0)
        return true;
    if (cache)
        testEvaluation(hp.forwardEval, *testFeatures);
    else
        testEvaluation(forwardThrough(false), m_test);
    return false;
}

void Experiment::runBackbone()
{
    if (m_resume && m_resume->meta.at("phase") == "finetune")
        replay("head"); // its result came with the resume state; its best weights are in the state's network
    else if (!headPhase())
        return;

    // Fine-tune: everything trains except BatchNorm (statistics and affine parameters) and the first K layers.
    Backbone &backbone = *m_network->backbone();
    setTrainable(*m_network, true);
    const std::int64_t frozen = freezeLayers(backbone, m_config.frozenLayers);
    freezeBatchNorm(*m_network);
    if (m_config.frozenLayers > 0)
        log("finetune: the backbone's first " + std::to_string(m_config.frozenLayers) + " layers stay frozen ("
            + std::to_string(frozen) + " parameters)");
    Phase fp;
    fp.name = "finetune";
    fp.config = m_config.finetune;
    fp.parameters = trainableParameters(*m_network);
    fp.tracked = m_network.get();
    fp.trainMode = [this] {
        m_network->train();
        freezeBatchNorm(*m_network);
    };
    fp.evalMode = [this] { m_network->eval(); };
    fp.forwardTrain = forwardThrough(true);
    fp.forwardEval = forwardThrough(false);
    fp.train = m_train;
    fp.validation = m_validation;
    // Fine-tuning has to beat the head phase's best: otherwise its best weights are the ones it started from.
    fp.startAccuracy = m_lastAccuracy;
    fp.startEpoch = m_result.phases.back().bestEpoch;
    m_result.phases.push_back(runPhase(fp, Clock::now()));
    if (!m_cancelled)
        testEvaluation(fp.forwardEval, m_test);
}

RunResult Experiment::run()
{
    m_start = Clock::now();
    m_inputSize = m_config.model.inputSize;
    prepare();
    // Dropout masks and augmentations from the run's own generators: the same seed, the same run, whatever other
    // runs do meanwhile.
    m_random.emplace(m_config.seed, m_device);
    if (m_store && m_store->resumed())
        restoreRun();
    if (m_network->backbone())
        runBackbone();
    else
        runBaseline();
    m_result.cancelled = m_cancelled;
    m_result.secondsTotal = m_secondsBefore + secondsSince(m_start);
    if (m_cancelled)
        log("run cancelled after " + std::to_string(m_epoch) + " epochs; the best weights so far are kept"
            + (m_store && (m_lastState || m_store->resumed()) ? "; it can be resumed from its last saved state" : ""));
    if (!m_checkpointSaved)
        saveCheckpoint();
    if (m_store)
        m_store->finish(m_result);
    return m_result;
}

} // namespace

RunResult runExperiment(const RunConfig &config, const TrainerCallbacks &callbacks, std::stop_token stop,
                        RunStore *store)
{
    validate(config);
    RunConfig resolved = config;
    // Baselines take the shifted digits' canvas as it is.
    if (config.shiftCanvas > 0 && resolved.model.inputSize == 0 && config.model.name != "torchscript"
        && modelInfo(config.model.name).kind == ModelKind::Baseline)
        resolved.model.inputSize = config.shiftCanvas;
    resolved.model.inputSize = inputSizeOf(resolved.model);
    // Its initial weights are part of what the seed fixes.
    NetworkPtr network = makeNetwork(resolved.model, config.seed);
    return Experiment(resolved, std::move(network), callbacks, std::move(stop), store).run();
}

RunResult runExperiment(const RunConfig &config, const std::shared_ptr<Network> &network,
                        const TrainerCallbacks &callbacks, std::stop_token stop, RunStore *store)
{
    validate(config, false);
    if (config.model.inputSize <= 0)
        throw UsageError("setting \"model.input_size\" must be given for a network built outside the model registry");
    if (!network)
        throw std::invalid_argument("runExperiment: no network");
    return Experiment(config, network, callbacks, std::move(stop), store).run();
}

} // namespace mw::core
