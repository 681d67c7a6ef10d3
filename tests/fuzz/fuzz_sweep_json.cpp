// sweep.json, a sweep's definition and trials (sweep/sweep.h sweepFromJson), which a shared filesystem may hand to
// any node of a cluster, and slurm.json's settings. What it reads must write and read back the same.
#include "fuzzjson.h"
#include "sweep/slurm.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace mw::core;
    const auto json = mw::fuzz::parseJson(data, size);
    if (!json)
        return 0;
    mw::fuzz::expectRefusals([&] {
        const Sweep sweep = sweepFromJson(*json);
        mw::fuzz::checkRoundTrip(sweep, [](const nlohmann::json &j) { return sweepFromJson(j); });
    });
    mw::fuzz::expectRefusals([&] {
        const SlurmSettings settings = slurmSettingsFromJson(json->is_object() && json->contains("settings")
                                                                 ? json->at("settings")
                                                                 : *json);
        mw::fuzz::checkRoundTrip(settings, [](const nlohmann::json &j) { return slurmSettingsFromJson(j); });
    });
    return 0;
}
