// A weights catalog (weightstore/catalog.h parseWeightsCatalog): the user's $MNIST_WORKBENCH_WEIGHTS_CATALOG, merged
// with the shipped one. Then the lookups that do not look for files (imageNetEntryFor would hash the files it finds),
// and what an accepted entry promises: a backbone, and a Keras-layout one for .h5 files.
#include "fuzzsupport.h"
#include "models/registry.h"
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
            const ModelInfo &info = modelInfo(entry.model);
            mw::fuzz::check(info.kind == ModelKind::Backbone, "an accepted entry names a backbone");
            mw::fuzz::check(entry.format != WeightsFormat::KerasH5 || info.kerasLayout,
                            "an accepted Keras .h5 entry names a Keras-layout backbone");
        }
    });
    return 0;
}
