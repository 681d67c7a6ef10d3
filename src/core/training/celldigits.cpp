#include "training/celldigits.h"

#include "data/catalog.h"
#include "data/split.h"
#include "training/mcnemar.h"

#include <algorithm>
#include <map>
#include <unordered_set>
#include <utility>

namespace mw::core {
namespace {

// Worst first: by loss where the run kept it (a digit without one after all those with one).
bool byLoss(const CellDigit &a, const CellDigit &b) { return a.detail && (!b.detail || a.detail->loss > b.detail->loss); }

class CellFinder {
public:
    CellFinder(const RunResult &run, const MnistData &data, std::vector<int> test)
        : m_run(run), m_data(data), m_test(std::move(test))
    {
        for (const auto &detail : run.testDetails)
            m_details[detail.index] = &detail;
    }

    bool inTest(int position) const { return position >= 0 && position < int(m_test.size()); }

    CellDigit at(int position, int predicted) const
    {
        const int global = m_test[std::size_t(position)];
        CellDigit digit{position, global, m_data.label(global), predicted, std::nullopt};
        if (const auto found = m_details.find(position); found != m_details.end())
            digit.detail = *found->second;
        return digit;
    }

    // Every digit of `label` the run got right.
    std::vector<CellDigit> right(int label) const
    {
        const std::unordered_set<int> wrong(m_run.misclassified.begin(), m_run.misclassified.end());
        std::vector<CellDigit> digits;
        for (int pos = 0; pos < int(m_test.size()); ++pos)
            if (!wrong.count(pos) && m_data.label(m_test[std::size_t(pos)]) == label)
                digits.push_back(at(pos, label));
        return digits;
    }

    // The mistakes, in the run's order; only those of one cell when trueDigit >= 0.
    std::vector<CellDigit> mistakes(int trueDigit, int predicted) const
    {
        std::vector<CellDigit> digits;
        for (std::size_t i = 0; i < m_run.misclassified.size(); ++i) {
            const int pos = m_run.misclassified[i];
            if (!inTest(pos))
                continue;
            const int said = i < m_run.misclassifiedPredicted.size() ? m_run.misclassifiedPredicted[i] : -1;
            CellDigit digit = at(pos, said);
            if (trueDigit < 0 || (digit.label == trueDigit && digit.predicted == predicted))
                digits.push_back(std::move(digit));
        }
        return digits;
    }

    std::vector<CellDigit> detailed() const
    {
        std::vector<CellDigit> digits;
        for (const auto &detail : m_run.testDetails)
            if (inTest(detail.index))
                digits.push_back(at(detail.index, detail.predicted));
        return digits;
    }

private:
    const RunResult &m_run;
    const MnistData &m_data;
    std::vector<int> m_test;
    std::map<int, const TestDigitDetail *> m_details; // by test position
};

} // namespace

CellDigits cellDigits(const RunResult &run, const MnistData &data, int trueDigit, int predicted)
{
    // Only the test part matters here, and no validation size changes it (standard: the official test digits;
    // tutorial: the last 5,000), so none is held out: small datasets split too.
    SplitOptions options;
    options.kind = run.config.split;
    options.validationSize = 0;
    std::vector<int> test = makeSplit(data, options).test;
    CellDigits cell;
    cell.testPartSize = int(test.size());
    if (cell.testPartSize != evaluatedTestDigits(run)) {
        cell.kind = CellDigits::Kind::OtherTestPart;
        cell.expected = evaluatedTestDigits(run);
        return cell;
    }
    const CellFinder finder(run, data, std::move(test));
    const auto &matrix = run.confusionMatrix;
    if (trueDigit >= 0 && trueDigit < kClasses && predicted >= 0 && predicted < kClasses) {
        const bool diagonal = trueDigit == predicted;
        cell.kind = diagonal ? CellDigits::Kind::Right : CellDigits::Kind::Confused;
        cell.digits = diagonal ? finder.right(trueDigit) : finder.mistakes(trueDigit, predicted);
        std::stable_sort(cell.digits.begin(), cell.digits.end(), byLoss);
        cell.expected = matrix[std::size_t(trueDigit)][std::size_t(predicted)];
        return cell;
    }
    if (!run.testDetails.empty()) {
        cell.kind = CellDigits::Kind::TopLosses;
        cell.digits = finder.detailed();
        std::stable_sort(cell.digits.begin(), cell.digits.end(), byLoss);
        cell.expected = int(run.testDetails.size());
        return cell;
    }
    // An older run without probabilities: the most repeated confusions first.
    cell.kind = CellDigits::Kind::AllMistakes;
    cell.digits = finder.mistakes(-1, -1);
    std::map<std::pair<int, int>, int> pairCounts;
    for (const auto &digit : cell.digits)
        ++pairCounts[{digit.label, digit.predicted}];
    std::stable_sort(cell.digits.begin(), cell.digits.end(), [&](const CellDigit &a, const CellDigit &b) {
        return pairCounts[{a.label, a.predicted}] > pairCounts[{b.label, b.predicted}];
    });
    cell.expected = int(run.misclassified.size());
    return cell;
}

std::filesystem::path runDatasetFolder(const RunResult &run)
{
    std::error_code ec;
    if (!run.config.dataset.empty() && std::filesystem::is_directory(run.config.dataset, ec))
        return run.config.dataset;
    for (const auto &location : discoverDatasets())
        if (location.name == run.dataset)
            return location.folder;
    return {};
}

} // namespace mw::core
