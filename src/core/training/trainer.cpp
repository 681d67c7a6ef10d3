#include "training/trainer.h"

#include "device.h"
#include "errors.h"
#include "models/freeze.h"
#include "models/zoo.h"
#include "random.h"
#include "runtime.h"
#include "training/earlystopping.h"
#include "training/epoch.h"
#include "training/forward.h"
#include "training/optimizers.h"
#include "training/resume.h"
#include "training/runlog.h"
#include "training/progress.h"
#include "training/runstore.h"
#include "training/setup.h"
#include "training/snapshot.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <random>
#include <sstream>

namespace mw::core {
namespace {

using Clock = std::chrono::steady_clock;

// Checkpoints of big backbones take a moment: while a phase keeps improving, its best weights are saved at most this
// often (the latest best is always in memory, and saved at the phase's end).
constexpr std::chrono::seconds kCheckpointInterval{30};
// The resume state is written at the end of an epoch only when this many times its last writing time has passed
// since, so that writing it (a big backbone's fine-tuning state is its weights twice and the optimizer's moments)
// costs at most a tenth of the run's time.
constexpr double kResumeStateCostRatio = 10;

double secondsSince(Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); }

// How one phase trains: what it optimizes, how a batch goes through the network, and which weights it may change.
struct Phase {
    PhaseName name = PhaseName::Train;
    PhaseConfig config;
    std::vector<torch::Tensor> parameters;
    torch::nn::Module *tracked = nullptr; // what early stopping saves and restores
    std::function<void()> trainMode, evalMode;
    Forward forwardTrain, forwardEval;
    PartData train, validation;
    double startAccuracy = -1; // validation accuracy of the weights the phase starts from (-1: unknown)
    int startEpoch = 0;        // the epoch those weights come from
};

// A phase under way: what it has done so far, its early stopping, optimizer and best weights.
struct PhaseRun {
    explicit PhaseRun(Phase &p)
        : phase(p), stopping(p.config.patience, p.startAccuracy, p.startEpoch),
          optimizer(makeOptimizer(p.config, p.parameters)), best(*p.tracked)
    {
        summary.name = p.name;
    }
    Phase &phase;
    PhaseSummary summary;
    EarlyStopping stopping;
    std::unique_ptr<torch::optim::Optimizer> optimizer;
    Snapshot best;
    Clock::time_point started; // when the phase's work began (the head phase's feature caching counts)
    int first = 1;             // the phase's first epoch to train (later when resumed)
};

// When the best weights were saved, and whether the ones in memory are newer.
struct CheckpointState {
    Clock::time_point last;
    bool dirty = false, saved = false;
};

// How often the resume state is written (see kResumeStateCostRatio), and which phase's was written last.
struct ResumeWrites {
    std::optional<Clock::time_point> last;
    double seconds = 0; // how long writing it took last time
    std::optional<PhaseName> phase;
    bool due() const { return !last || secondsSince(*last) >= kResumeStateCostRatio * seconds; }
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
    void startPhase(PhaseRun &run);
    bool runEpoch(PhaseRun &run, int phaseEpoch);
    void keepEpoch(PhaseRun &run, const EpochMetrics &metrics, int phaseEpoch, const EarlyStopping::Step &step);
    void restoreRun();
    void replay(PhaseName phase) const;
    void saveResumeState(const PhaseRun &run, int phaseEpoch);
    Phase wholeNetworkPhase(PhaseName name);
    bool headPhase();
    std::optional<PartData> cacheFeatures(const PartData &part, const char *name);
    std::int64_t evalBatch(const PartData &part) const;
    void saveCheckpoint();
    void runBackbone();
    void runBaseline();
    void testEvaluation(const Forward &forward, const PartData &test);

    RunConfig m_config;
    NetworkPtr m_network;
    const TrainerCallbacks &m_callbacks;
    std::stop_token m_stop;
    RunStore *m_store;

    torch::Device m_device{torch::kCPU};
    std::optional<RunForward> m_forward; // once the network is in place
    RunData m_data; // the split's parts on the device
    std::mt19937_64 m_shuffle;
    std::optional<RunRandom> m_random;
    RunResult m_result;
    int m_epoch = 0; // global epochs finished
    bool m_cancelled = false;
    double m_lastAccuracy = -1; // validation accuracy of the weights the last phase kept
    Clock::time_point m_start;
    double m_secondsBefore = 0;          // a resumed run's time before it stopped
    std::optional<ResumeState> m_resume; // until the phase it stopped in has taken it over
    CheckpointState m_checkpoint;
    ResumeWrites m_resumeWrites;
};

void Experiment::log(const std::string &line, bool toCallback)
{
    if (m_store)
        m_store->log(line);
    if (toCallback && m_callbacks.log)
        m_callbacks.log(line);
}

// Images become float [3, S, S] on the way in; cached features are already float rows.
std::int64_t Experiment::evalBatch(const PartData &part) const
{
    const std::int64_t rowBytes = part.x.dim() == 3 ? imageRowBytes(m_config.model.inputSize) : 4 * part.x.size(1);
    return evalBatchSize(m_config.batchSize, rowBytes);
}

void Experiment::saveCheckpoint()
{
    if (!m_store)
        return;
    m_store->saveCheckpoint(*m_network, toJson(m_config));
    m_checkpoint = {Clock::now(), false, true};
}

void Experiment::prepare()
{
    if (m_config.threads > 0)
        setComputeThreads(m_config.threads);
    m_device = chooseDevice(m_config.device);
    m_data = loadRunData(m_config, m_device);
    m_result.dataset = m_data.dataset;
    m_result.split = toString(m_config.split);
    m_result.splitSizes = SplitSizes{int(m_data.train.size()), int(m_data.validation.size()), int(m_data.test.size())};
    m_result.device = describeDevice(m_device);
    m_result.threads = at::get_num_threads();
    m_result.seed = m_config.seed;
    m_result.model = m_config.model.name;
    m_shuffle.seed(m_config.seed);
    for (const std::string &line : loadRunWeights(*m_network, m_config, m_result))
        log(line);
    placeNetwork(*m_network, m_device, m_config.channelsLast);
    // bf16 precision: forward passes under autocast on the run's device type.
    std::optional<c10::DeviceType> autocast;
    if (m_config.precision == "bf16")
        autocast = m_device.type();
    m_forward.emplace(m_network, m_config, autocast);
    m_result.parameters = countTrainable(*m_network, m_config.frozenLayers);
    m_result.config = m_config;

    for (const std::string &line : setupLines(m_config, m_result, m_data.description, autocast.has_value()))
        log(line);
    log("config " + toJson(m_config).dump(), false);
}

// Tells the callbacks and the log; a resumed run's phase takes over where it stopped.
void Experiment::startPhase(PhaseRun &run)
{
    const Phase &phase = run.phase;
    if (m_callbacks.phaseStarted)
        m_callbacks.phaseStarted(phase.name, phase.config.epochs);
    log(phaseStartLine(phase.name, phase.config, m_config.batchSize));
    if (m_store)
        m_store->progress(progressPhase(phase.name, phase.config.epochs));
    if (!m_resume || m_resume->meta.phase != phase.name)
        return;
    // Where the run stopped: this phase's weights now and at its best, its optimizer, its early stopping.
    const ResumeMeta &meta = m_resume->meta;
    copyState(stateTensors(*phase.tracked), m_resume->current);
    run.best.set(m_resume->best);
    run.optimizer->load(m_resume->optimizer);
    run.stopping.restore(meta.best);
    run.summary.epochs = meta.phaseEpoch;
    run.first = meta.phaseEpoch + 1;
    run.summary.stopReason = meta.stopReason;
    run.started -= std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(meta.phaseSeconds));
    m_resume.reset();
    if (m_callbacks.epochFinished)
        for (const auto &m : m_result.epochs)
            if (m.phase == phase.name)
                m_callbacks.epochFinished(m);
}

// One epoch of the phase: trains, validates, and applies early stopping. False when the phase stops here without
// the epoch counting (cancelled, NaN loss).
bool Experiment::runEpoch(PhaseRun &run, int e)
{
    Phase &phase = run.phase;
    const auto epochStart = Clock::now();
    const int epoch = m_epoch + 1;
    const std::int64_t batch = phase.config.batchSize > 0 ? phase.config.batchSize : m_config.batchSize;
    phase.trainMode();
    const EpochTotals totals = trainEpoch(phase.train, batch, phase.forwardTrain, *run.optimizer, m_shuffle, m_stop,
                                          [&](const BatchReport &r) {
                                              if (m_callbacks.batchProgress)
                                                  m_callbacks.batchProgress(
                                                      {phase.name, epoch, r.batch, r.batches, r.loss, r.accuracy});
                                          });
    Evaluation validation;
    if (totals.outcome == Outcome::Done) {
        phase.evalMode();
        validation = evaluate(phase.validation, evalBatch(phase.validation), phase.forwardEval, false, m_stop);
    }
    const Outcome outcome = totals.outcome != Outcome::Done ? totals.outcome : validation.outcome;
    if (outcome == Outcome::Cancelled) {
        run.summary.stopReason = "cancelled";
        m_cancelled = true;
        log(toString(phase.name) + " phase: cancelled during epoch " + std::to_string(epoch)
            + "; that epoch is dropped");
        return false;
    }
    if (outcome == Outcome::NaN) {
        run.summary.stopReason = "nan_loss";
        const std::string warning = nanWarning(phase.name, totals.outcome == Outcome::NaN, epoch,
                                               phase.config.learningRate, run.stopping.state().bestEpoch);
        m_result.warnings.push_back(warning);
        log("warning: " + warning);
        return false;
    }
    m_epoch = epoch;
    run.summary.epochs = e;
    const EarlyStopping::Step step = run.stopping.observe(epoch, e, validation.accuracy);
    EpochMetrics metrics{epoch,           phase.name,          totals.loss,              totals.accuracy,
                         validation.loss, validation.accuracy, secondsSince(epochStart), step.improved,
                         step.bestEpoch};
    keepEpoch(run, metrics, e, step);
    return true;
}

// A finished epoch into the result, the log and the callbacks; its weights kept when they are the phase's best.
void Experiment::keepEpoch(PhaseRun &run, const EpochMetrics &metrics, int e, const EarlyStopping::Step &step)
{
    const Phase &phase = run.phase;
    m_result.epochs.push_back(metrics);
    log(epochLine(metrics, e, phase.config.epochs), false);
    if (m_store)
        m_store->progress(progressEpoch(metrics));
    if (m_callbacks.epochFinished)
        m_callbacks.epochFinished(metrics);

    if (step.improved) {
        run.best.take();
        m_checkpoint.dirty = true;
        if (m_store && Clock::now() - m_checkpoint.last >= kCheckpointInterval)
            saveCheckpoint();
    } else if (step.patienceSpent) {
        run.summary.stopReason = "patience";
    }
    if (run.summary.stopReason.empty() && e == phase.config.epochs)
        run.summary.stopReason = "max_epochs";
    run.summary.bestEpoch = step.bestEpoch;
    saveResumeState(run, e);
}

// `started`: when the phase's work began (the head phase's feature caching counts).
PhaseSummary Experiment::runPhase(Phase &phase, Clock::time_point started)
{
    PhaseRun run(phase);
    run.started = started;
    startPhase(run);
    for (int e = run.first; run.summary.stopReason.empty() && e <= phase.config.epochs; ++e)
        if (!runEpoch(run, e))
            break;
    PhaseSummary &summary = run.summary;
    if (summary.stopReason.empty())
        summary.stopReason = "max_epochs";
    run.best.restore();
    if (m_checkpoint.dirty || !m_checkpoint.saved)
        saveCheckpoint();
    const EarlyStopping::State &best = run.stopping.state();
    summary.bestEpoch = best.bestEpoch;
    summary.seconds = secondsSince(run.started);
    log(phaseEndLine(summary, best.bestAccuracy));
    m_lastAccuracy = best.bestAccuracy;
    return summary;
}

// Written at the end of an epoch, but only as often as kResumeStateCostRatio allows: a resume goes on from the last
// one written and trains the epochs after it again, to the same numbers.
void Experiment::saveResumeState(const PhaseRun &run, int phaseEpoch)
{
    if (!m_store || !m_resumeWrites.due())
        return;
    const auto start = Clock::now();
    std::ostringstream shuffle;
    shuffle << m_shuffle;
    ResumeMeta meta;
    meta.config = m_config;
    meta.phase = run.phase.name;
    meta.phaseEpoch = phaseEpoch;
    meta.epoch = m_epoch;
    meta.best = run.stopping.state();
    meta.stopReason = run.summary.stopReason;
    meta.phaseSeconds = secondsSince(run.started);
    meta.runSeconds = m_secondsBefore + secondsSince(m_start);
    meta.lastAccuracy = m_lastAccuracy;
    meta.shuffle = shuffle.str();
    meta.result = m_result;
    const std::uintmax_t bytes = writeResumeState(m_store->partDir(), meta, stateTensors(*run.phase.tracked),
                                                  run.best.tensors(), m_random->state(), *run.optimizer);
    m_resumeWrites.last = Clock::now();
    m_resumeWrites.seconds = secondsSince(start);
    if (m_resumeWrites.phase != run.phase.name) {
        m_resumeWrites.phase = run.phase.name;
        const double every = kResumeStateCostRatio * m_resumeWrites.seconds;
        log(resumeStateLine(run.phase.name, bytes, m_resumeWrites.seconds, every), false);
    }
}

// A resumed run picks up what the stored state says and checks that it still fits.
void Experiment::restoreRun()
{
    m_resume = readResumeState(m_store->partDir(), m_device);
    const ResumeMeta &meta = m_resume->meta;
    checkResumable(meta, m_config, m_result);
    const RunResult &before = meta.result;
    m_result.epochs = before.epochs;
    m_result.phases = before.phases;
    m_result.warnings = before.warnings;
    m_result.boundaryEpoch = before.boundaryEpoch;
    m_epoch = meta.epoch;
    m_lastAccuracy = meta.lastAccuracy;
    m_secondsBefore = meta.runSeconds;
    std::istringstream(meta.shuffle) >> m_shuffle;
    m_random->setState(m_resume->random);
    // The stopped run's checkpoint is in the folder, but it may hold a best epoch after the saved state: rewritten at
    // the phase's end so that it matches the result.
    m_checkpoint = {Clock::now(), true, true};
    log("resumed from the run's last saved state: after epoch " + std::to_string(m_epoch) + " (epoch "
        + std::to_string(meta.phaseEpoch) + " of the " + toString(meta.phase) + " phase)");
    m_store->progress(progressResumed(m_epoch));
}

// A resumed run tells its callbacks what an earlier phase measured, as if they had watched it.
void Experiment::replay(PhaseName phase) const
{
    if (m_callbacks.phaseStarted)
        m_callbacks.phaseStarted(phase, phaseSettings(m_config, phase).epochs);
    if (m_callbacks.epochFinished)
        for (const auto &m : m_result.epochs)
            if (m.phase == phase)
                m_callbacks.epochFinished(m);
}

std::optional<PartData> Experiment::cacheFeatures(const PartData &part, const char *name)
{
    const auto start = Clock::now();
    Backbone &backbone = *m_network->backbone();
    const std::int64_t batch = evalBatchSize(m_config.batchSize, imageRowBytes(m_config.model.inputSize));
    auto out = mapRows(part, batch, m_forward->features(), backbone.featureWidth(), m_stop);
    if (out)
        log(featureCacheLine(part.size(), name, out->x.size(0), out->x.size(1), secondsSince(start)));
    return out;
}

void Experiment::testEvaluation(const Forward &forward, const PartData &test)
{
    const auto start = Clock::now();
    m_network->eval();
    const Evaluation e = evaluate(test, evalBatch(test), forward, true, m_stop);
    if (e.outcome == Outcome::Cancelled) {
        m_cancelled = true;
        log("cancelled during the test evaluation");
        return;
    }
    const auto labels = test.y.to(torch::kCPU);
    recordTest(m_result, labels, e);
    log(testLine(e.accuracy, e.loss, m_result.misclassified.size(), labels.size(0), secondsSince(start)));
}

// A phase that trains the network's trainable parameters on the digits themselves (baselines, fine-tuning).
Phase Experiment::wholeNetworkPhase(PhaseName name)
{
    Phase phase;
    phase.name = name;
    phase.config = phaseSettings(m_config, name);
    phase.parameters = trainableParameters(*m_network);
    phase.tracked = m_network.get();
    phase.trainMode = [this] { m_network->train(); };
    phase.evalMode = [this] { m_network->eval(); };
    phase.forwardTrain = m_forward->whole(true);
    phase.forwardEval = m_forward->whole(false);
    phase.train = m_data.train;
    phase.validation = m_data.validation;
    return phase;
}

void Experiment::runBaseline()
{
    setTrainable(*m_network, true);
    Phase phase = wholeNetworkPhase(PhaseName::Train);
    m_result.phases.push_back(runPhase(phase, Clock::now()));
    m_result.boundaryEpoch = m_epoch;
    if (!m_cancelled)
        testEvaluation(phase.forwardEval, m_data.test);
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
    hp.name = PhaseName::Head;
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
        trainFeatures = cacheFeatures(m_data.train, "train");
        if (trainFeatures)
            validationFeatures = cacheFeatures(m_data.validation, "validation");
        if (validationFeatures)
            testFeatures = cacheFeatures(m_data.test, "test");
        if (!testFeatures) {
            m_cancelled = true;
            log("cancelled while caching features");
            m_result.phases.push_back({PhaseName::Head, 0, 0, secondsSince(headStart), "cancelled"});
            return false;
        }
        hp.forwardTrain = hp.forwardEval = m_forward->head(*head);
        hp.train = *trainFeatures;
        hp.validation = *validationFeatures;
    } else {
        log(std::string("head phase through the frozen backbone every epoch (")
            + (m_config.augment.enabled ? "augmentation is on" : "feature cache off") + ")");
        hp.forwardTrain = m_forward->whole(true);
        hp.forwardEval = m_forward->whole(false);
        hp.train = m_data.train;
        hp.validation = m_data.validation;
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
        testEvaluation(m_forward->whole(false), m_data.test);
    return false;
}

void Experiment::runBackbone()
{
    if (m_resume && m_resume->meta.phase == PhaseName::Finetune)
        replay(PhaseName::Head); // its result came with the resume state; its best weights are in the state's network
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
    Phase fp = wholeNetworkPhase(PhaseName::Finetune);
    fp.trainMode = [this] {
        m_network->train();
        freezeBatchNorm(*m_network);
    };
    // Fine-tuning has to beat the head phase's best: otherwise its best weights are the ones it started from.
    fp.startAccuracy = m_lastAccuracy;
    fp.startEpoch = m_result.phases.back().bestEpoch;
    m_result.phases.push_back(runPhase(fp, Clock::now()));
    if (!m_cancelled)
        testEvaluation(fp.forwardEval, m_data.test);
}

RunResult Experiment::run()
{
    m_start = Clock::now();
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
            + (m_store && (m_resumeWrites.last || m_store->resumed()) ? "; it can be resumed from its last saved state"
                                                                       : ""));
    if (!m_checkpoint.saved)
        saveCheckpoint();
    if (m_store) {
        m_store->progress(progressEnd(m_result));
        m_store->finish(m_result);
    }
    return m_result;
}

} // namespace

RunResult runExperiment(const RunConfig &config, const TrainerCallbacks &callbacks, std::stop_token stop,
                        RunStore *store)
{
    validate(config);
    RunConfig resolved = config;
    // Baselines take the shifted digits' canvas as it is.
    if (config.shiftCanvas > 0 && resolved.model.inputSize == 0 && config.model.name != kTorchScriptModel
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
        throw UsageError("model.input_size",
                         "setting \"model.input_size\" must be given for a network built outside the model registry",
                         "must be given for a network built outside the model registry");
    if (!network)
        throw std::invalid_argument("runExperiment: no network");
    return Experiment(config, network, callbacks, std::move(stop), store).run();
}

} // namespace mw::core
