#include "training/testdetails.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>

namespace mw::core {

std::vector<TestDigitDetail> selectTestDetails(const torch::Tensor &labels, const torch::Tensor &predicted,
                                               const torch::Tensor &losses, const torch::Tensor &probabilities)
{
    const auto truthTensor = labels.contiguous(), predictedTensor = predicted.contiguous();
    const auto lossTensor = losses.contiguous(), probabilityTensor = probabilities.contiguous();
    const std::int64_t n = truthTensor.size(0);
    const std::int64_t classes = probabilityTensor.size(1);
    const auto *truth = truthTensor.data_ptr<std::int64_t>();
    const auto *guess = predictedTensor.data_ptr<std::int64_t>();
    const auto *loss = lossTensor.data_ptr<float>();
    const auto *p = probabilityTensor.data_ptr<float>();
    // A NaN loss (logits that overflowed) sorts first: such a digit is the first one a user should see, and NaN
    // would break the sort's ordering.
    const auto key = [&](std::int64_t i) {
        return std::isnan(loss[i]) ? std::numeric_limits<float>::infinity() : loss[i];
    };
    const auto before = [&](std::int64_t a, std::int64_t b) { return key(a) != key(b) ? key(a) > key(b) : a < b; };

    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        order[std::size_t(i)] = i;
    const auto top = order.begin() + std::min<std::int64_t>(kTopLosses, n);
    std::nth_element(order.begin(), top, order.end(), before);
    std::vector<std::int64_t> kept(order.begin(), top);
    for (auto it = top; it != order.end(); ++it)
        if (truth[*it] != guess[*it])
            kept.push_back(*it);
    std::sort(kept.begin(), kept.end(), before);

    std::vector<TestDigitDetail> details;
    details.reserve(kept.size());
    for (const std::int64_t i : kept) {
        TestDigitDetail d;
        d.index = int(i);
        d.label = int(truth[i]);
        d.predicted = int(guess[i]);
        d.loss = loss[i];
        for (std::int64_t k = 0; k < std::min<std::int64_t>(classes, 10); ++k)
            d.probabilities[std::size_t(k)] = p[i * classes + k];
        details.push_back(d);
    }
    return details;
}

} // namespace mw::core
