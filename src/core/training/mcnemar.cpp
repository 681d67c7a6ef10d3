#include "training/mcnemar.h"

#include "errors.h"

#include <algorithm>
#include <cmath>
#include <numeric>
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

int evaluatedTestDigits(const RunResult &result)
{
    int n = 0;
    for (const auto &row : result.confusionMatrix)
        n += std::accumulate(row.begin(), row.end(), 0);
    return n;
}

namespace {

std::optional<NotComparable> differ(NotComparable::Reason reason, std::string first, std::string second)
{
    return NotComparable{reason, std::move(first), std::move(second)};
}

// What both forms of the rule check: the test digits are placed on the same canvas at the same positions.
std::optional<NotComparable> placementDiffers(const RunConfig &a, const RunConfig &b)
{
    using R = NotComparable::Reason;
    if (a.shiftCanvas != b.shiftCanvas)
        return differ(R::DifferentCanvas, std::to_string(a.shiftCanvas), std::to_string(b.shiftCanvas));
    // The seed places every shifted digit (canvasPositions), test digits included.
    if (a.shiftCanvas > 0 && a.seed != b.seed)
        return differ(R::DifferentPositions, std::to_string(a.seed), std::to_string(b.seed));
    return std::nullopt;
}

} // namespace

std::string NotComparable::message() const
{
    switch (reason) {
    case Reason::NoTestResult:
        return std::string(first == "not tested" ? "the first" : "the second")
               + " run has no test result (it was cancelled before its test evaluation)";
    case Reason::DifferentDataset:
        return "different datasets (" + first + " and " + second + "): the test digits are not the same";
    case Reason::DifferentSplit:
        return "different splits (" + first + " and " + second + "): the test digits are not the same";
    case Reason::DifferentTestSize:
        return "different test sizes (" + first + " and " + second + " digits)";
    case Reason::DifferentCanvas:
        return "different shift canvases (" + first + " and " + second + "; 0: not shifted): the test digits are "
               "not seen the same way";
    case Reason::DifferentPositions:
        return "shifted digits placed by different seeds (" + first + " and " + second
               + "): the test digits are not seen the same way";
    }
    return "not comparable";
}

std::optional<NotComparable> whyNotComparable(const RunResult &a, const RunResult &b)
{
    using R = NotComparable::Reason;
    if (!a.testAccuracy || !b.testAccuracy)
        return differ(R::NoTestResult, a.testAccuracy ? "tested" : "not tested", b.testAccuracy ? "tested" : "not tested");
    if (a.dataset != b.dataset)
        return differ(R::DifferentDataset, a.dataset, b.dataset);
    if (a.split != b.split)
        return differ(R::DifferentSplit, a.split, b.split);
    if (const int na = evaluatedTestDigits(a), nb = evaluatedTestDigits(b); na != nb)
        return differ(R::DifferentTestSize, std::to_string(na), std::to_string(nb));
    return placementDiffers(a.config, b.config);
}

std::optional<NotComparable> whyNotComparable(const RunConfig &a, const RunConfig &b)
{
    using R = NotComparable::Reason;
    if (a.dataset != b.dataset)
        return differ(R::DifferentDataset, a.dataset, b.dataset);
    if (a.split != b.split)
        return differ(R::DifferentSplit, toString(a.split), toString(b.split));
    return placementDiffers(a, b);
}

} // namespace mw::core
