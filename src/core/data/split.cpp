#include "data/split.h"

#include "data/mnist.h"
#include "errors.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace mw::core {

std::string toString(SplitKind kind) { return kind == SplitKind::Standard ? "standard" : "tutorial"; }

SplitKind splitKindFromString(const std::string &name)
{
    if (name == "standard")
        return SplitKind::Standard;
    if (name == "tutorial")
        return SplitKind::Tutorial;
    throw UsageError("unknown split \"" + name + "\" (expected standard or tutorial)");
}

std::string toString(Part part)
{
    return part == Part::Train ? "train" : part == Part::Validation ? "validation" : "test";
}

Split makeSplit(const MnistData &data, const SplitOptions &options)
{
    const int nTrain = data.train.count, nTest = data.test.count;
    const int nVal = options.validationSize;
    Split split;
    split.kind = options.kind;
    if (options.kind == SplitKind::Standard) {
        if (nVal < 0 || nVal >= nTrain)
            throw UsageError("the standard split needs more than " + std::to_string(nVal)
                             + " training digits; the dataset has " + std::to_string(nTrain));
        std::vector<int> order(nTrain);
        std::iota(order.begin(), order.end(), 0);
        std::mt19937_64 rng(options.seed);
        for (int i = nTrain - 1; i > 0; --i) // std::shuffle's algorithm is not specified; this is
            std::swap(order[i], order[int(rng() % std::uint64_t(i + 1))]);
        split.validation.assign(order.end() - nVal, order.end());
        split.train.assign(order.begin(), order.end() - nVal);
        split.test.resize(nTest);
        std::iota(split.test.begin(), split.test.end(), nTrain);
    } else {
        const int total = nTrain + nTest;
        const int nTutorialTest = 5000;
        if (total <= nVal + nTutorialTest)
            throw UsageError("the tutorial split needs more than " + std::to_string(nVal + nTutorialTest)
                             + " digits; the dataset has " + std::to_string(total));
        const int trainEnd = total - nVal - nTutorialTest;
        split.train.resize(trainEnd);
        std::iota(split.train.begin(), split.train.end(), 0);
        split.validation.resize(nVal);
        std::iota(split.validation.begin(), split.validation.end(), trainEnd);
        split.test.resize(nTutorialTest);
        std::iota(split.test.begin(), split.test.end(), trainEnd + nVal);
    }
    std::sort(split.train.begin(), split.train.end());
    std::sort(split.validation.begin(), split.validation.end());
    if (options.trainLimit > 0 && options.trainLimit < int(split.train.size()))
        split.train.resize(options.trainLimit);
    return split;
}

std::array<std::array<int, 10>, 3> classCounts(const MnistData &data, const Split &split)
{
    std::array<std::array<int, 10>, 3> counts{};
    for (Part p : {Part::Train, Part::Validation, Part::Test})
        for (int index : split.part(p))
            ++counts[int(p)][data.label(index)];
    return counts;
}

} // namespace mw::core
