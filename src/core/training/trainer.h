#pragma once

// The training engine: one experiment from dataset to test evaluation. No LibTorch in this header; call it from
// the thread that should do the work (a pool thread in the GUI).
#include "training/result.h"

#include <functional>
#include <memory>
#include <stop_token>
#include <string>

namespace mw::core {

class Network;
class RunStore;

struct BatchProgress {
    PhaseName phase = PhaseName::Train;
    int epoch = 0;   // global, as in EpochMetrics
    int batch = 0;   // 1-based, within the epoch
    int batches = 0;
    double loss = 0, accuracy = 0; // running means over the epoch so far
};

// Every hook is optional and runs on the training thread. Batch progress comes after each epoch's first and last
// batch and about ten times a second in between (reading the running loss makes a GPU wait, so not after every batch).
struct TrainerCallbacks {
    std::function<void(const BatchProgress &)> batchProgress;
    std::function<void(const EpochMetrics &)> epochFinished;
    std::function<void(PhaseName phase, int maxEpochs)> phaseStarted;
    std::function<void(const std::string &line)> log; // what the run's log says, but epoch lines and the config
};

// Runs one experiment (see issue 4 / the README): backbones train the head on frozen features (cached when there
// is no augmentation), then fine-tune with BatchNorm in inference mode; baselines train in one phase (Train).
// Each phase stops early on validation accuracy (training/earlystopping.h) and restores its best weights; the test
// part is evaluated at the end. With a store, the best checkpoint is saved as it improves (at most every 30 s, and at each phase's end),
// the log is written, and the store is finished with the result.
// Bad settings, data or weights throw before training starts (UsageError, DataError, WeightsError). A NaN loss
// stops its phase with a warning in the result and keeps the best weights. A stop request takes effect within one
// batch: the partial epoch is dropped, the best weights are kept, and the result says cancelled (no test figures).
// On the CPU a seed gives the same metrics every time (with the same number of threads: sums split differently), also
// beside other runs in the same process.
// The store also gets the run's resume state at the end of epochs (as often as that costs at most a tenth of the
// time). With a store opened in RunStore::Mode::Resume and RunStore::resumeSettings(dir) as the config (device and threads may
// differ), the run goes on from the last state its folder saved and ends as it would have without the stop.
RunResult runExperiment(const RunConfig &config, const TrainerCallbacks &callbacks = {}, std::stop_token stop = {},
                        RunStore *store = nullptr);

// The same on a network the caller built (custom backbones, tests). config.model is recorded as given and
// config.model.inputSize must be set; the network is trained in place and holds the best weights afterwards.
RunResult runExperiment(const RunConfig &config, const std::shared_ptr<Network> &network,
                        const TrainerCallbacks &callbacks = {}, std::stop_token stop = {}, RunStore *store = nullptr);

} // namespace mw::core
