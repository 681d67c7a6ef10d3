#pragma once

// progress.jsonl: how far a run has got, written beside its log while it trains, one JSON object per line, so a
// reader anywhere (another program, a laptop following a cluster node over a shared filesystem) can follow it
// without parsing the log:
//   {"event":"phase","phase":"head","max_epochs":1000}
//   {"event":"epoch",...EpochMetrics as result.json writes them...}
//   {"event":"resumed","epoch":4}   the run went on from its state after epoch 4: later epochs above are redone
//   {"event":"end","cancelled":false,"test_accuracy":0.98,"test_loss":0.07,"seconds":12.5}
// No LibTorch.
#include "training/result.h"

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace mw::core {

inline constexpr const char *kProgressFile = "progress.jsonl";

nlohmann::json progressPhase(PhaseName phase, int maxEpochs);
nlohmann::json progressEpoch(const EpochMetrics &metrics);
nlohmann::json progressResumed(int epoch);
nlohmann::json progressEnd(const RunResult &result);

struct RunProgress {
    std::optional<PhaseName> phase; // the phase it trains (or trained last)
    int maxEpochs = 0;              // that phase's most epochs
    std::vector<EpochMetrics> epochs;
    bool ended = false, cancelled = false;
    std::optional<double> testAccuracy, testLoss;
    double seconds = 0;
};

// The lines so far; a last line without its newline is being written and is left out. Throws DataError naming
// `source` and the line for a line that is not one of the above.
RunProgress parseProgress(const std::string &text, const std::string &source = kProgressFile);
// <run>/progress.jsonl, or <run>.part/progress.jsonl while it trains; empty progress when neither exists.
RunProgress readProgress(const std::filesystem::path &runDir);

} // namespace mw::core
