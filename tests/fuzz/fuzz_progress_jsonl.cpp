// progress.jsonl, a run's progress as it trains (training/progress.h parseProgress), read while another program
// (on another node) writes it. What it reads, written again as lines, must read back to the same epochs and end.
#include "fuzzsupport.h"
#include "training/progress.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace mw::core;
    const std::string text(reinterpret_cast<const char *>(data), size);
    mw::fuzz::expectRefusals([&] {
        const RunProgress progress = parseProgress(text);
        std::string again;
        if (progress.phase)
            again += progressPhase(*progress.phase, progress.maxEpochs).dump() + "\n";
        for (const EpochMetrics &m : progress.epochs)
            again += progressEpoch(m).dump() + "\n";
        RunResult end;
        end.cancelled = progress.cancelled;
        end.testAccuracy = progress.testAccuracy;
        end.testLoss = progress.testLoss;
        end.secondsTotal = progress.seconds;
        if (progress.ended)
            again += progressEnd(end).dump() + "\n";
        try {
            const RunProgress back = parseProgress(again);
            mw::fuzz::check(back.epochs.size() == progress.epochs.size() && back.ended == progress.ended
                                && back.cancelled == progress.cancelled && back.testAccuracy == progress.testAccuracy,
                            "progress written again reads back the same");
            for (std::size_t i = 0; i < back.epochs.size(); ++i)
                mw::fuzz::check(toJson(back.epochs[i]) == toJson(progress.epochs[i]), "each epoch reads back the same");
        } catch (const Error &e) {
            std::fprintf(stderr, "fuzz: %s\n", e.what());
            mw::fuzz::check(false, "what the engine writes, it reads back");
        }
    });
    return 0;
}
