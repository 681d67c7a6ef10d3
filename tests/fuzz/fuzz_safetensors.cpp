// safetensors files (models/weights.h): header length, JSON header, dtypes, shapes and offsets against the data.
#include "fuzzweights.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    mw::fuzz::singleThreaded();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    mw::fuzz::expectRefusals(
        [&] { mw::fuzz::checkAndLoad(mw::core::readSafetensorsBytes({data, size}, "fuzz.safetensors")); });
    return 0;
}
