// A weights catalog (weightstore/catalog.h parseWeightsCatalog): the user's $MNIST_WORKBENCH_WEIGHTS_CATALOG, merged
// with the shipped one. Then the lookups that do not look for files (imageNetEntryFor would hash the files it finds).
#include "fuzzsupport.h"
#include "weightstore/catalog.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using namespace mw::core;
    const std::string text(reinterpret_cast<const char *>(data), size);
    mw::fuzz::expectRefusals([&] {
        const std::vector<WeightsEntry> catalog = parseWeightsCatalog(text, "fuzz-catalog.json");
        for (const WeightsEntry &entry : catalog) {
            mw::fuzz::check(findWeightsEntry(catalog, entry.name) != nullptr, "every entry is found by its name");
            loadable(entry);
        }
    });
    return 0;
}
