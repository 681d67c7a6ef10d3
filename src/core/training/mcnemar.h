#pragma once

// McNemar's test: do two classifiers differ on the same test digits? Only the digits they disagree on count.
// No LibTorch, so the GUI's results table and the CLI's compare share it.
#include <vector>

namespace mw::core {

struct McNemarResult {
    int onlyFirstWrong = 0;  // b: digits the first classifier got wrong and the second right
    int onlySecondWrong = 0; // c: the other way round
    double pValue = 1;       // exact two-sided
};

// Exact two-sided p-value: min(1, 2 P(X <= min(b, c))) for X ~ Binomial(b + c, 1/2). b = c gives 1.
// Throws UsageError for negative counts.
double mcnemarExactP(int b, int c);

// From each classifier's misclassified positions in the same test part (any order; duplicates count once).
McNemarResult mcnemarTest(const std::vector<int> &misclassifiedFirst, const std::vector<int> &misclassifiedSecond);

} // namespace mw::core
