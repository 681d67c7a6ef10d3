// A run's settings as JSON (training/config.h runConfigFromJson): result.json's "config", resume.json's, a recipe's,
// the GUI's saved session. Then validate(), as every front end does before a run; what reads must write and read back
// the same.
#include "fuzzjson.h"
#include "training/config.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace mw::core;
    const auto json = mw::fuzz::parseJson(data, size);
    if (!json)
        return 0;
    mw::fuzz::expectRefusals([&] {
        const RunConfig config = runConfigFromJson(*json);
        mw::fuzz::checkRoundTrip(config, [](const nlohmann::json &j) { return runConfigFromJson(j); });
        validate(config);
    });
    return 0;
}
