#include "training/epoch.h"

#include "training/shift.h"
#include "training/testdetails.h"

#include <algorithm>
#include <cmath>

namespace mw::core {
namespace {

namespace F = torch::nn::functional;
using Clock = std::chrono::steady_clock;

// Fisher-Yates over mt19937_64 with plain modulo: the same order on every platform and standard library.
torch::Tensor permutation(std::int64_t n, std::mt19937_64 &shuffle, const torch::Device &device)
{
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    for (std::int64_t i = 0; i < n; ++i)
        order[std::size_t(i)] = i;
    for (std::int64_t i = n - 1; i > 0; --i)
        std::swap(order[std::size_t(i)], order[std::size_t(shuffle() % std::uint64_t(i + 1))]);
    return torch::from_blob(order.data(), {n}, torch::kInt64).clone().to(device);
}

torch::Tensor catOr(const std::vector<torch::Tensor> &parts, const torch::Tensor &empty)
{
    return parts.empty() ? empty : torch::cat(parts);
}

} // namespace

torch::Tensor PartData::rows(const torch::Tensor &index) const
{
    auto out = x.index_select(0, index);
    if (positions.defined())
        out = placeOnCanvas(out, positions.index_select(0, index), canvas);
    return out;
}

torch::Tensor PartData::rows(std::int64_t start, std::int64_t count) const
{
    auto out = x.narrow(0, start, count);
    if (positions.defined())
        out = placeOnCanvas(out, positions.narrow(0, start, count), canvas);
    return out;
}

std::int64_t evalBatchSize(std::int64_t trainBatch, std::int64_t rowBytes)
{
    return std::max<std::int64_t>(trainBatch, std::min<std::int64_t>(kEvalBatchCap, kEvalBatchBytes / rowBytes));
}

EpochTotals trainEpoch(const PartData &train, std::int64_t batch, const Forward &forward,
                       torch::optim::Optimizer &optimizer, std::mt19937_64 &shuffle, const std::stop_token &stop,
                       const std::function<void(const BatchReport &)> &report)
{
    const std::int64_t n = train.size();
    const auto device = train.y.device();
    const auto order = permutation(n, shuffle, device);
    // A last batch of one digit would break BatchNorm in training mode; it is left out of that epoch.
    const std::int64_t used = (n > 1 && n % batch == 1) ? n - 1 : n;
    const int batches = int((used + batch - 1) / batch);
    const auto accumulator = torch::TensorOptions().device(device).dtype(torch::kFloat64);
    auto lossSum = torch::zeros({}, accumulator), correct = torch::zeros({}, accumulator);
    auto lastReport = Clock::now();
    std::int64_t seen = 0;
    EpochTotals totals;
    for (int b = 0; b < batches; ++b) {
        if (stop.stop_requested()) {
            totals.outcome = Outcome::Cancelled;
            return totals;
        }
        const std::int64_t start = b * batch, count = std::min(batch, used - start);
        const auto index = order.narrow(0, start, count);
        const auto x = train.rows(index);
        const auto y = train.y.index_select(0, index);
        optimizer.zero_grad();
        const auto logits = forward(x);
        const auto loss = F::cross_entropy(logits, y);
        loss.backward();
        optimizer.step();
        {
            torch::NoGradGuard noGrad;
            lossSum += loss.detach().to(torch::kFloat64) * double(count);
            correct += logits.argmax(1).eq(y).sum().to(torch::kFloat64);
        }
        seen += count;
        if (b == 0 || b + 1 == batches || Clock::now() - lastReport >= kBatchReportInterval) {
            lastReport = Clock::now();
            totals.loss = lossSum.item<double>() / double(seen);
            totals.accuracy = correct.item<double>() / double(seen);
            if (!std::isfinite(totals.loss)) {
                totals.outcome = Outcome::NaN;
                return totals;
            }
            if (report)
                report({b + 1, batches, totals.loss, totals.accuracy});
        }
    }
    return totals;
}

Evaluation evaluate(const PartData &part, std::int64_t batch, const Forward &forward, bool keepPredictions,
                    const std::stop_token &stop)
{
    torch::InferenceMode inference;
    Evaluation result;
    const std::int64_t n = part.size();
    const auto accumulator = torch::TensorOptions().device(part.y.device()).dtype(torch::kFloat64);
    auto lossSum = torch::zeros({}, accumulator), correct = torch::zeros({}, accumulator);
    std::vector<torch::Tensor> predictions, losses, probabilities;
    for (std::int64_t start = 0; start < n; start += batch) {
        if (stop.stop_requested()) {
            result.outcome = Outcome::Cancelled;
            return result;
        }
        const std::int64_t count = std::min(batch, n - start);
        const auto y = part.y.narrow(0, start, count);
        const auto logits = forward(part.rows(start, count));
        const auto predicted = logits.argmax(1);
        correct += predicted.eq(y).sum().to(torch::kFloat64);
        if (keepPredictions) {
            // The mean loss is the sum of the digits' own losses, so the per-digit figures add up to it.
            const auto loss = F::cross_entropy(logits, y, F::CrossEntropyFuncOptions().reduction(torch::kNone));
            lossSum += loss.to(torch::kFloat64).sum();
            predictions.push_back(predicted.to(torch::kCPU));
            losses.push_back(loss.to(torch::kCPU, torch::kFloat32));
            probabilities.push_back(logits.softmax(1).to(torch::kCPU, torch::kFloat32));
        } else {
            const auto loss = F::cross_entropy(logits, y, F::CrossEntropyFuncOptions().reduction(torch::kSum));
            lossSum += loss.to(torch::kFloat64);
        }
    }
    result.loss = lossSum.item<double>() / double(std::max<std::int64_t>(n, 1));
    result.accuracy = correct.item<double>() / double(std::max<std::int64_t>(n, 1));
    if (!std::isfinite(result.loss))
        result.outcome = Outcome::NaN;
    if (keepPredictions) {
        result.predictions = catOr(predictions, torch::empty({0}, torch::kInt64));
        result.losses = catOr(losses, torch::empty({0}, torch::kFloat32));
        result.probabilities = catOr(probabilities, torch::empty({0, 10}, torch::kFloat32));
    }
    return result;
}

std::optional<PartData> mapRows(const PartData &part, std::int64_t batch, const Forward &forward, std::int64_t width,
                                const std::stop_token &stop)
{
    // Not InferenceMode: the head trains on these, and autograd may only save ordinary tensors.
    torch::NoGradGuard noGrad;
    const std::int64_t n = part.size();
    std::vector<torch::Tensor> chunks;
    for (std::int64_t i = 0; i < n; i += batch) {
        if (stop.stop_requested())
            return std::nullopt;
        chunks.push_back(forward(part.rows(i, std::min(batch, n - i))));
    }
    PartData out;
    out.x = catOr(chunks, torch::empty({0, width}, part.x.options().dtype(torch::kFloat32)));
    out.y = part.y;
    return out;
}

void recordTest(RunResult &result, const torch::Tensor &labels, const Evaluation &test)
{
    result.testAccuracy = test.accuracy;
    result.testLoss = test.loss;
    const auto *truth = labels.data_ptr<std::int64_t>();
    const auto *predicted = test.predictions.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < labels.size(0); ++i) {
        result.confusionMatrix[std::size_t(truth[i])][std::size_t(predicted[i])] += 1;
        if (truth[i] != predicted[i]) {
            result.misclassified.push_back(int(i));
            result.misclassifiedPredicted.push_back(int(predicted[i]));
        }
    }
    // The misclassified digits and the top losses, with what the model said about each.
    result.testDetails = selectTestDetails(labels, test.predictions, test.losses, test.probabilities);
}

} // namespace mw::core
