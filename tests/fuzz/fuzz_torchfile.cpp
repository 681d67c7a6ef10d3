// torch.save files (models/torchfile.cpp): the zip reader (directory, zip64 records, local headers, CRCs), the
// restricted unpickler and the state dict it builds. Mutated archives mostly stop at a CRC or an offset check, which
// is the point here; fuzz_unpickler feeds the unpickler directly.
#include "fuzzweights.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    mw::fuzz::singleThreaded();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    mw::fuzz::expectRefusals(
        [&] { mw::fuzz::checkAndLoad(mw::core::readTorchStateDictBytes({data, size}, "fuzz.pth")); });
    return 0;
}
