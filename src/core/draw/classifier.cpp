#include "draw/classifier.h"

#include "data/preprocess.h"
#include "errors.h"
#include "models/checkpoint.h"
#include "models/zoo.h"
#include "training/runstore.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>

namespace mw::core {

struct Classifier::Impl {
    NetworkPtr network;
    std::string model;
    int inputSize = 28;
    Normalization normalization = Normalization::Tutorial;
    std::filesystem::path checkpoint;
    std::mutex mutex; // one forward at a time per network: modules are not documented as re-entrant
    std::atomic<double> lastSeconds{0.0};
};

Classifier::Classifier(std::unique_ptr<Impl> impl) : m_impl(std::move(impl)) {}
Classifier::~Classifier() = default;

std::shared_ptr<Classifier> Classifier::load(const std::filesystem::path &runOrCheckpoint)
{
    std::error_code ec;
    std::filesystem::path file = runOrCheckpoint;
    if (std::filesystem::is_directory(runOrCheckpoint, ec)) {
        file = runOrCheckpoint / RunStore::kCheckpointFile;
        if (!std::filesystem::exists(file, ec))
            throw WeightsError(runOrCheckpoint.string() + ": no " + RunStore::kCheckpointFile
                               + " here (not a run folder, or its run saved no checkpoint)");
    } else if (!std::filesystem::exists(runOrCheckpoint, ec)) {
        throw WeightsError(runOrCheckpoint.string() + ": no such run folder or checkpoint file");
    }
    Checkpoint checkpoint = readCheckpoint(file);

    auto impl = std::make_unique<Impl>();
    ModelSpec spec;
    try {
        // Runs store their whole RunConfig; a bare {"model": "cnn"} names a model with its defaults.
        const auto &model = checkpoint.config.at("model");
        if (model.is_string())
            spec.name = model.get<std::string>();
        else
            spec = modelSpecFromJson(model);
        if (checkpoint.config.contains("normalization"))
            impl->normalization = normalizationFromString(checkpoint.config.at("normalization").get<std::string>());
        impl->network = makeNetwork(spec);
        impl->inputSize = inputSizeOf(spec);
    } catch (const nlohmann::json::exception &e) {
        throw WeightsError(file.string() + ": the checkpoint's config does not describe a model (" + e.what() + ")");
    } catch (const UsageError &e) {
        throw WeightsError(file.string() + ": " + e.what());
    }
    loadStateDict(*impl->network, checkpoint.tensors, file.string());
    impl->network->eval();
    impl->model = spec.name;
    impl->checkpoint = file;
    return std::make_shared<Classifier>(std::move(impl));
}

const std::string &Classifier::model() const { return m_impl->model; }
int Classifier::inputSize() const { return m_impl->inputSize; }
Normalization Classifier::normalization() const { return m_impl->normalization; }
const std::filesystem::path &Classifier::checkpoint() const { return m_impl->checkpoint; }

DigitPrediction Classifier::classify(const std::uint8_t *digit28) const { return classify(digit28, 1).front(); }

std::vector<DigitPrediction> Classifier::classify(const std::uint8_t *digits28, int count) const
{
    std::vector<DigitPrediction> out(std::size_t(std::max(count, 0)));
    constexpr int kChunk = 256;
    const auto start = std::chrono::steady_clock::now();
    c10::InferenceMode inference;
    std::lock_guard lock(m_impl->mutex);
    for (int start = 0; start < count; start += kChunk) {
        const int n = std::min(kChunk, count - start);
        auto images = torch::from_blob(const_cast<std::uint8_t *>(digits28) + std::size_t(start) * 784,
                                       {n, 28, 28}, torch::kUInt8);
        const auto x = preprocessBatch(images, m_impl->inputSize, m_impl->normalization);
        const auto probabilities = torch::softmax(m_impl->network->forward(x), 1).to(torch::kFloat32).contiguous();
        const float *p = probabilities.data_ptr<float>();
        for (int i = 0; i < n; ++i) {
            DigitPrediction &prediction = out[std::size_t(start + i)];
            std::copy_n(p + std::size_t(i) * 10, 10, prediction.probabilities.begin());
            prediction.digit = int(std::max_element(prediction.probabilities.begin(), prediction.probabilities.end())
                                   - prediction.probabilities.begin());
        }
    }
    m_impl->lastSeconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return out;
}

double Classifier::lastSeconds() const { return m_impl->lastSeconds; }

std::vector<float> Classifier::saliency(const std::uint8_t *digit28, int digit) const
{
    torch::AutoGradMode gradients(true);
    std::lock_guard lock(m_impl->mutex);
    auto pixels = torch::from_blob(const_cast<std::uint8_t *>(digit28), {1, 28, 28}, torch::kUInt8)
                      .to(torch::kFloat32)
                      .requires_grad_(true);
    // preprocessBatch scales in place; it must work on a copy, not on the leaf the gradient is taken for.
    const auto x = preprocessBatch(pixels * 1.0f, m_impl->inputSize, m_impl->normalization);
    const auto logits = m_impl->network->forward(x);
    const auto grad = torch::autograd::grad({logits[0][std::clamp(digit, 0, 9)]}, {pixels})[0].abs()[0].contiguous();
    const float top = grad.max().item<float>();
    std::vector<float> out(grad.data_ptr<float>(), grad.data_ptr<float>() + 784);
    if (top > 0)
        for (float &v : out)
            v /= top;
    return out;
}

} // namespace mw::core
