#pragma once

// Engine-internal: the lines a run writes to its log (log.txt and TrainerCallbacks::log), worded in one place. They
// are for people: front ends get the same facts as values (RunResult, EpochMetrics) and never parse these lines.
#include "training/config.h"
#include "training/phase.h"
#include "training/result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mw::core {

// "97.34%"
std::string percentText(double fraction);

// What the run is about to do: model, data and split, shifted digits, device.
std::vector<std::string> setupLines(const RunConfig &config, const RunResult &result, const std::string &dataset,
                                    bool bf16);
std::string phaseStartLine(PhaseName phase, const PhaseConfig &settings, int runBatchSize);
std::string epochLine(const EpochMetrics &metrics, int phaseEpoch, int maxEpochs);
// The warning a NaN loss leaves in the result: in training or validation, and the weights the phase kept.
std::string nanWarning(PhaseName phase, bool inTraining, int epoch, double learningRate, int keptEpoch);
// bestAccuracy: the kept weights' validation accuracy (-1: none measured).
std::string phaseEndLine(const PhaseSummary &summary, double bestAccuracy);
std::string resumeStateLine(PhaseName phase, std::uintmax_t bytes, double seconds, double everySeconds);
std::string featureCacheLine(std::int64_t digits, const char *part, std::int64_t rows, std::int64_t width,
                             double seconds);
std::string testLine(double accuracy, double loss, std::size_t misclassified, std::int64_t digits, double seconds);

} // namespace mw::core
