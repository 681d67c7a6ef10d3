// resume.json, where an interrupted run stands (training/resume.h resumeMetaFromJson; RunStore reads its "config" and
// "result" the same way). What it reads must write and read back the same.
#include "fuzzjson.h"
#include "training/resume.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace mw::core;
    const auto json = mw::fuzz::parseJson(data, size);
    if (!json)
        return 0;
    mw::fuzz::expectRefusals([&] {
        const ResumeMeta meta = resumeMetaFromJson(*json);
        mw::fuzz::checkRoundTrip(meta, [](const nlohmann::json &j) { return resumeMetaFromJson(j); });
    });
    return 0;
}
