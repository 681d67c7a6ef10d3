#include "training/progress.h"

#include "errors.h"
#include "training/jsonread.h"

#include <fstream>
#include <sstream>

namespace mw::core {

nlohmann::json progressPhase(PhaseName phase, int maxEpochs)
{
    return {{"event", "phase"}, {"phase", toString(phase)}, {"max_epochs", maxEpochs}};
}

nlohmann::json progressEpoch(const EpochMetrics &metrics)
{
    nlohmann::json line = toJson(metrics);
    line["event"] = "epoch";
    return line;
}

nlohmann::json progressResumed(int epoch) { return {{"event", "resumed"}, {"epoch", epoch}}; }

nlohmann::json progressEnd(const RunResult &result)
{
    return {{"event", "end"},
            {"cancelled", result.cancelled},
            {"test_accuracy", result.testAccuracy ? nlohmann::json(*result.testAccuracy) : nlohmann::json()},
            {"test_loss", result.testLoss ? nlohmann::json(*result.testLoss) : nlohmann::json()},
            {"seconds", result.secondsTotal}};
}

RunProgress parseProgress(const std::string &text, const std::string &source)
{
    RunProgress progress;
    std::size_t start = 0;
    for (int number = 1;; ++number) {
        const std::size_t end = text.find('\n', start);
        if (end == std::string::npos)
            break; // a line still being written
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        if (line.empty())
            continue;
        const std::string where = source + " line " + std::to_string(number);
        const nlohmann::json json = nlohmann::json::parse(line, nullptr, false);
        if (json.is_discarded() || !json.is_object())
            throw DataError(where + ": not a JSON object");
        try {
            JsonReader r(json, "", "key");
            const std::string event = r.require<std::string>("event");
            if (event == "phase") {
                r.allowOnly({"event", "phase", "max_epochs"});
                progress.phase = r.convert("phase", [&] { return phaseNameFromString(r.require<std::string>("phase")); });
                progress.maxEpochs = r.require<int>("max_epochs");
            } else if (event == "epoch") {
                nlohmann::json metrics = json;
                metrics.erase("event");
                EpochMetrics m = epochMetricsFromJson(metrics);
                // Epochs redone after a resume replace the ones they redo.
                while (!progress.epochs.empty() && progress.epochs.back().epoch >= m.epoch)
                    progress.epochs.pop_back();
                progress.phase = m.phase;
                progress.epochs.push_back(m);
            } else if (event == "resumed") {
                r.allowOnly({"event", "epoch"});
                const int epoch = r.require<int>("epoch");
                while (!progress.epochs.empty() && progress.epochs.back().epoch > epoch)
                    progress.epochs.pop_back();
                progress.ended = progress.cancelled = false;
            } else if (event == "end") {
                r.allowOnly({"event", "cancelled", "test_accuracy", "test_loss", "seconds"});
                progress.ended = true;
                progress.cancelled = r.require<bool>("cancelled");
                progress.testAccuracy = r.require<std::optional<double>>("test_accuracy");
                progress.testLoss = r.require<std::optional<double>>("test_loss");
                progress.seconds = r.require<double>("seconds");
            } else {
                throw UsageError("event", "key \"event\" must be phase, epoch, resumed or end, not \"" + event + "\"");
            }
        } catch (const UsageError &e) {
            throw DataError(where + ": " + e.what());
        }
    }
    return progress;
}

RunProgress readProgress(const std::filesystem::path &runDir)
{
    std::filesystem::path part = runDir;
    part += ".part";
    // The .part first: a run renames it to its own name when it ends, never the other way while it trains.
    for (const auto &folder : {part, runDir}) {
        std::ifstream in(folder / kProgressFile);
        if (!in)
            continue;
        std::ostringstream text;
        text << in.rdbuf();
        return parseProgress(text.str(), (folder / kProgressFile).string());
    }
    return {};
}

} // namespace mw::core
