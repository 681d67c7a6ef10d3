#include "training/mcnemar.h"

#include "errors.h"

#include <algorithm>
#include <cmath>
#include <string>

namespace mw::core {

double mcnemarExactP(int b, int c)
{
    if (b < 0 || c < 0)
        throw UsageError("McNemar's test: discordant counts must be 0 or more (got " + std::to_string(b) + " and "
                         + std::to_string(c) + ")");
    const int n = b + c;
    const int k = std::min(b, c);
    if (2 * k >= n) // b == c (including no disagreement at all): no evidence either way
        return 1.0;
    // Summed in log space: 0.5^n underflows a double past n = 1074, and test parts hold 10,000 digits.
    const double logHalfN = -n * std::log(2.0);
    auto logTerm = [&](int i) {
        return std::lgamma(n + 1.0) - std::lgamma(i + 1.0) - std::lgamma(n - i + 1.0) + logHalfN;
    };
    const double largest = logTerm(k); // terms grow with i up to n/2, and k < n/2
    double sum = 0;
    for (int i = 0; i <= k; ++i)
        sum += std::exp(logTerm(i) - largest);
    const double tail = std::exp(largest + std::log(sum));
    return std::min(1.0, 2.0 * tail);
}

McNemarResult mcnemarTest(const std::vector<int> &misclassifiedFirst, const std::vector<int> &misclassifiedSecond)
{
    std::vector<int> first = misclassifiedFirst, second = misclassifiedSecond;
    for (auto *v : {&first, &second}) {
        std::sort(v->begin(), v->end());
        v->erase(std::unique(v->begin(), v->end()), v->end());
    }
    std::vector<int> common;
    std::set_intersection(first.begin(), first.end(), second.begin(), second.end(), std::back_inserter(common));
    McNemarResult result;
    result.onlyFirstWrong = int(first.size() - common.size());
    result.onlySecondWrong = int(second.size() - common.size());
    result.pValue = mcnemarExactP(result.onlyFirstWrong, result.onlySecondWrong);
    return result;
}

} // namespace mw::core
