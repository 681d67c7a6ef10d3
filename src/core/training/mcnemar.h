#pragma once

// McNemar's test: do two classifiers differ on the same test digits? Only the digits they disagree on count.
// No LibTorch, so the GUI's results table and the CLI's compare share it, and so does the rule of which two runs
// the test may pair at all.
#include "training/result.h"

#include <optional>
#include <string>
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

// Why McNemar's test cannot pair two runs: it needs the same test digits, seen the same way, by both. How a run
// trained (seed, train_limit, validation_size, model, epochs) does not matter: each is one classifier on those digits.
struct NotComparable {
    enum class Reason {
        NoTestResult,      // first / second: "tested" or "not tested" (cancelled before its test evaluation)
        DifferentDataset,  // the datasets' names (for settings: their folders)
        DifferentSplit,    // "standard" / "tutorial"
        DifferentTestSize, // the digits each run evaluated
        DifferentCanvas,   // shift_canvas: "0" (not shifted) or the canvas side
        DifferentPositions // shifted digits placed by different seeds: first / second are the seeds
    };
    Reason reason;
    std::string first, second; // the two runs' values of what differs
    std::string message() const; // one English line for logs and the CLI; front ends may word `reason` themselves
};

// Nothing when the two runs' test results can be paired; else the first reason they cannot. A run cancelled before
// its test evaluation has nothing to pair.
std::optional<NotComparable> whyNotComparable(const RunResult &first, const RunResult &second);
// The same rule before the runs start, from their settings (no test results yet, so no test size or test result).
std::optional<NotComparable> whyNotComparable(const RunConfig &first, const RunConfig &second);

// The test digits a run evaluated: every digit its confusion matrix counts.
int evaluatedTestDigits(const RunResult &result);

} // namespace mw::core
