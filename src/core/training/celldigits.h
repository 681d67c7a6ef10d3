#pragma once

// The test digits behind one cell of a run's confusion matrix (or, with no cell chosen, its top losses), as the
// Results page lists them: found again in the dataset from the positions the run kept, in the order worth looking at.
// No LibTorch, so the GUI reads it.
#include "data/mnist.h"
#include "training/result.h"

#include <filesystem>
#include <optional>
#include <vector>

namespace mw::core {

// One test digit of a run.
struct CellDigit {
    int position = 0;  // in the split's test part, as RunResult::misclassified counts
    int global = 0;    // in the dataset (MnistData's global index)
    int label = 0;     // the dataset's label
    int predicted = 0; // what the model said; -1 when the run did not keep it
    std::optional<TestDigitDetail> detail; // from RunResult::testDetails when the run kept it
};

struct CellDigits {
    enum class Kind {
        Right,         // a diagonal cell: the digits classified right, those it was least sure of first
        Confused,      // an off-diagonal cell: the digits taken for the other one, worst first
        TopLosses,     // no cell: the digits the run kept details of (mistakes, least sure answers), worst first
        AllMistakes,   // no cell, a run that kept no details: every mistake, the most common confusions first
        OtherTestPart, // the dataset's test part has another size than the run evaluated: no digits
    };
    Kind kind = Kind::AllMistakes;
    std::vector<CellDigit> digits;
    // How many there should be, from the run's matrix (or its details, or its mistakes; for OtherTestPart the test
    // digits it evaluated). More or fewer digits say the dataset is not the one the run saw.
    int expected = 0;
    int testPartSize = 0; // the test digits the dataset's split has
};

// The digits of the cell [trueDigit][predicted] (trueDigit -1: no cell) of a run that was evaluated, found in
// `data` by splitting it as the run did. Worst first means by the loss the run kept (digits without one last, in
// test order). Throws UsageError when `data` cannot be split that way.
CellDigits cellDigits(const RunResult &run, const MnistData &data, int trueDigit = -1, int predicted = -1);

// Where the run's dataset is now: the folder it trained on when that still exists, else the catalog's dataset of
// the same name (a moved dataset, or a run from another machine); empty when neither.
std::filesystem::path runDatasetFolder(const RunResult &run);

} // namespace mw::core
