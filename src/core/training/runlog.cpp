#include "training/runlog.h"

#include "training/jsonread.h"

#include <torch/version.h>

#include <cstdio>

namespace mw::core {

std::string percentText(double fraction)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.2f%%", 100 * fraction);
    return text;
}

std::vector<std::string> setupLines(const RunConfig &config, const RunResult &result, const std::string &dataset,
                                    bool bf16)
{
    std::vector<std::string> lines;
    const std::string side = std::to_string(config.model.inputSize);
    lines.push_back("model " + config.model.name + " @" + side + "x" + side + ", "
                    + std::to_string(result.parameters.total) + " parameters; weights: " + result.weightsSource);
    const SplitSizes sizes = result.splitSizes.value_or(SplitSizes{});
    lines.push_back("data " + dataset + ", " + result.split + " split: " + std::to_string(sizes.train) + " train / "
                    + std::to_string(sizes.validation) + " validation / " + std::to_string(sizes.test)
                    + " test; seed " + std::to_string(config.seed));
    if (config.shiftCanvas > 0)
        lines.push_back("shifted digits: each digit at its own position (fixed by the seed) on a "
                        + std::to_string(config.shiftCanvas) + "x" + std::to_string(config.shiftCanvas) + " canvas");
    lines.push_back("device " + result.device + ", " + std::to_string(result.threads) + " CPU threads, LibTorch "
                    TORCH_VERSION + (bf16 ? ", bf16 autocast" : "") + (config.channelsLast ? ", channels-last" : ""));
    return lines;
}

std::string phaseStartLine(PhaseName phase, const PhaseConfig &settings, int runBatchSize)
{
    return toString(phase) + " phase: up to " + std::to_string(settings.epochs) + " epochs, patience "
           + std::to_string(settings.patience) + ", " + toString(settings.optimizer) + " lr "
           + formatNumber(settings.learningRate) + ", batch "
           + std::to_string(settings.batchSize > 0 ? settings.batchSize : runBatchSize);
}

std::string epochLine(const EpochMetrics &m, int phaseEpoch, int maxEpochs)
{
    char line[200];
    std::snprintf(line, sizeof line, "%s epoch %d (%d/%d): loss %.4f acc %s | val loss %.4f acc %s | %.1f s",
                  toString(m.phase).c_str(), m.epoch, phaseEpoch, maxEpochs, m.trainLoss,
                  percentText(m.trainAccuracy).c_str(), m.valLoss, percentText(m.valAccuracy).c_str(), m.seconds);
    return line;
}

std::string nanWarning(PhaseName phase, bool inTraining, int epoch, double learningRate, int keptEpoch)
{
    return toString(phase) + " phase: the " + (inTraining ? "training" : "validation") + " loss became NaN in epoch "
           + std::to_string(epoch) + " (learning rate " + formatNumber(learningRate)
           + " too high?); the phase stopped and kept the weights of "
           + (keptEpoch > 0 ? "epoch " + std::to_string(keptEpoch) : std::string("its start"));
}

std::string phaseEndLine(const PhaseSummary &summary, double bestAccuracy)
{
    return toString(summary.name) + " phase: " + std::to_string(summary.epochs) + " epochs (" + summary.stopReason
           + "), keeping epoch " + std::to_string(summary.bestEpoch) + " (val acc "
           + (bestAccuracy >= 0 ? percentText(bestAccuracy) : std::string("-")) + ")";
}

std::string resumeStateLine(PhaseName phase, std::uintmax_t bytes, double seconds, double everySeconds)
{
    char line[160];
    std::snprintf(line, sizeof line,
                  "resume state of the %s phase: %.1f MB in %.2f s, saved after epochs %.1f s apart or more",
                  toString(phase).c_str(), double(bytes) / 1e6, seconds, everySeconds);
    return line;
}

std::string featureCacheLine(std::int64_t digits, const char *part, std::int64_t rows, std::int64_t width,
                             double seconds)
{
    char line[160];
    std::snprintf(line, sizeof line, "feature cache: %lld %s digits -> [%lld, %lld] in %.2f s", (long long)digits, part,
                  (long long)rows, (long long)width, seconds);
    return line;
}

std::string testLine(double accuracy, double loss, std::size_t misclassified, std::int64_t digits, double seconds)
{
    char line[160];
    std::snprintf(line, sizeof line, "test: accuracy %s, loss %.4f, %zu of %lld misclassified (%.1f s)",
                  percentText(accuracy).c_str(), loss, misclassified, (long long)digits, seconds);
    return line;
}

} // namespace mw::core
