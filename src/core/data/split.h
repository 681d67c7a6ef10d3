#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace mw::core {

struct MnistData;

enum class SplitKind {
    Standard, // train 55,000 / validation 5,000 held out of train by seed / the official 10,000 test digits
    Tutorial, // the Keras tutorial's: all 70,000 in official order, 60,000 train, 5,000 validation, 5,000 test
};
std::string toString(SplitKind kind);
SplitKind splitKindFromString(const std::string &name); // throws UsageError

enum class Part { Train, Validation, Test };
std::string toString(Part part);

// Global indices (see MnistData) of each part. Train and validation are in ascending order, so "the first N
// training digits" means the same digits on every machine.
struct Split {
    SplitKind kind = SplitKind::Standard;
    std::vector<int> train, validation, test;

    const std::vector<int> &part(Part p) const
    {
        return p == Part::Train ? train : p == Part::Validation ? validation : test;
    }
};

struct SplitOptions {
    SplitKind kind = SplitKind::Standard;
    std::uint64_t seed = 0;
    int validationSize = 5000;
    int trainLimit = 0; // keep only the first N training digits; 0 keeps all
};

// Builds a split of a loaded dataset. For the standard split the validation digits are drawn from the official
// train part with a seeded Fisher-Yates shuffle over mt19937_64 (the same on every platform).
// Throws UsageError when the dataset is too small for the requested split.
Split makeSplit(const MnistData &data, const SplitOptions &options);

// Digits per class in each part: counts[part][digit].
std::array<std::array<int, 10>, 3> classCounts(const MnistData &data, const Split &split);

} // namespace mw::core
