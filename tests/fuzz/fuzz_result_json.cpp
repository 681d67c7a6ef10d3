// result.json, a finished run's record (training/result.h runResultFromJson): hand-edited, from an older version, or
// from a run folder on a shared disk. What it reads must write and read back the same.
#include "fuzzjson.h"
#include "training/result.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace mw::core;
    const auto json = mw::fuzz::parseJson(data, size);
    if (!json)
        return 0;
    mw::fuzz::expectRefusals([&] {
        const RunResult result = runResultFromJson(*json);
        mw::fuzz::checkRoundTrip(result, [](const nlohmann::json &j) { return runResultFromJson(j); });
    });
    return 0;
}
