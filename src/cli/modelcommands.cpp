#include "modelcommands.h"

#include "data/catalog.h"
#include "data/preprocess.h"
#include "data/split.h"
#include "device.h"
#include "draw/classifyround.h"
#include "draw/digitprep.h"
#include "errors.h"
#include "models/freeze.h"
#include "models/zoo.h"
#include "npy.h"
#include "training/optimizers.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>

namespace mw::cli {
using namespace mw::core;

namespace {

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

void synchronize(const torch::Device &device)
{
    if (device.is_cuda())
        torch::cuda::synchronize(device.index());
}

void writeJson(const std::string &path, const nlohmann::json &j)
{
    std::ofstream out(path);
    if (!(out << j.dump(2) << '\n'))
        throw UsageError(path + ": cannot write");
}

ModelSpec specFor(const std::string &model, const std::string &weights)
{
    ModelSpec spec;
    spec.name = model;
    if (model == mw::core::kTorchScriptModel) {
        if (weights.empty())
            throw UsageError("--model torchscript needs the TorchScript file as --weights FILE");
        spec.scriptPath = weights;
    }
    return spec;
}

double millisecondsSince(std::chrono::steady_clock::time_point start) { return 1000.0 * secondsSince(start); }

// The median and the largest of some figures.
std::pair<double, double> medianAndMax(std::vector<double> v)
{
    if (v.empty())
        return {0.0, 0.0};
    std::sort(v.begin(), v.end());
    return {v[v.size() / 2], v.back()};
}

constexpr int kCanvas = 280; // the Draw page's canvas (DrawingCanvas::kResolution)

// A 28x28 digit drawn onto the Draw page's canvas: each pixel a 10x10 square, as a thick pen leaves it.
GreyImage onCanvas(const std::uint8_t *digit28)
{
    constexpr int kScale = kCanvas / kDigitSide;
    GreyImage canvas(kCanvas, kCanvas);
    for (int y = 0; y < kCanvas; ++y)
        for (int x = 0; x < kCanvas; ++x)
            canvas.pixels[std::size_t(y) * kCanvas + std::size_t(x)] = digit28[(y / kScale) * kDigitSide + x / kScale];
    return canvas;
}

} // namespace

int listModels(bool json)
{
    nlohmann::json rows = nlohmann::json::array();
    if (!json)
        std::printf("%-18s %-9s %5s %7s %12s %10s  %s\n", "NAME", "KIND", "INPUT", "FEATURES", "PARAMETERS", "HEAD",
                    "DESCRIPTION");
    for (const ModelInfo &info : modelRegistry()) {
        ModelSpec spec;
        spec.name = info.name;
        const ParameterCounts counts = parameterCounts(spec);
        const char *kind = info.kind == ModelKind::Backbone ? "backbone" : "baseline";
        if (json) {
            rows.push_back({{"name", info.name},
                            {"display_name", info.displayName},
                            {"kind", kind},
                            {"input_size", info.defaultInputSize},
                            {"minimum_input_size", info.minimumInputSize},
                            {"feature_width", info.featureWidth},
                            {"parameters", {{"total", counts.total}, {"backbone", counts.backbone}, {"head", counts.head}}},
                            {"description", info.description}});
        } else {
            std::printf("%-18s %-9s %5d %7s %12lld %10lld  %s\n", info.name.c_str(), kind, info.defaultInputSize,
                        info.featureWidth ? std::to_string(info.featureWidth).c_str() : "-",
                        static_cast<long long>(counts.total), static_cast<long long>(counts.head),
                        info.description.c_str());
        }
    }
    if (json)
        std::cout << rows.dump(2) << '\n';
    else
        std::printf("Also: torchscript (a TorchScript module of yours as the backbone, given with --weights).\n"
                    "PARAMETERS counts the whole network with the default head (128-64-10); HEAD is what the head "
                    "phase trains.\n");
    return 0;
}

int embed(const EmbedOptions &o)
{
    if (o.out.empty())
        throw UsageError("give the output file with --out FILE.npy");
    if (o.limit <= 0)
        throw UsageError("--limit must be positive");
    const ModelSpec spec = specFor(o.model, o.weights);
    const int size = inputSizeOf(spec);
    std::string source = spec.name == mw::core::kTorchScriptModel ? spec.scriptPath : "random init";
    const NetworkPtr network = makeNetwork(spec);
    Backbone *b = network->backbone();
    if (!b)
        throw UsageError(o.model + " is a from-scratch baseline: embed needs a backbone (see models)");
    std::string normalization = o.normalization;
    if (!o.weights.empty() && spec.name != mw::core::kTorchScriptModel) {
        const ResolvedWeights weights = fetchCatalogWeights(o.weights, o.model, o.weightsUse);
        source = loadBackboneWeights(*b, o.model, weights.file);
        if (normalization.empty())
            normalization = weights.normalization;
    }
    const Normalization scaling = normalizationFromString(normalization.empty() ? "tutorial" : normalization);

    const Dataset dataset = loadDataset(o.folder);
    const Split split = makeSplit(dataset.data, {});
    Part part;
    if (o.split == "test")
        part = Part::Test;
    else if (o.split == "train")
        part = Part::Train;
    else if (o.split == "val" || o.split == "validation")
        part = Part::Validation;
    else
        throw UsageError("unknown split part \"" + o.split + "\" (test, train, val)");
    std::vector<int> indices = split.part(part);
    if (int(indices.size()) > o.limit)
        indices.resize(std::size_t(o.limit));

    const torch::Device device = chooseDevice(o.device);
    b->to(device);
    b->eval();
    const auto start = std::chrono::steady_clock::now();
    const torch::Tensor images = imagesTensor(dataset.data, indices).to(device);
    std::vector<torch::Tensor> chunks;
    {
        torch::InferenceMode inference;
        for (std::int64_t i = 0; i < images.size(0); i += o.batchSize) {
            const auto batch = images.narrow(0, i, std::min<std::int64_t>(o.batchSize, images.size(0) - i));
            chunks.push_back(b->features(preprocessBatch(batch, size, scaling)).to(torch::kCPU));
        }
    }
    const torch::Tensor features = torch::cat(chunks);
    writeNpy(o.out, features);
    std::printf("%s: %lld x %lld float32 features of %s %s digits at %dx%d, %s normalization (%s; %s) in %.2f s\n",
                o.out.c_str(), static_cast<long long>(features.size(0)), static_cast<long long>(features.size(1)),
                dataset.name.c_str(), o.split.c_str(), size, size, toString(scaling).c_str(), source.c_str(),
                device.str().c_str(), secondsSince(start));
    return 0;
}

int benchModel(const BenchOptions &o)
{
    if (o.batchSize <= 0 || o.steps <= 0)
        throw UsageError("--batch-size and --steps must be positive");
    ModelSpec spec;
    spec.name = o.model;
    const int size = inputSizeOf(spec);
    const torch::Device device = chooseDevice(o.device);
    const NetworkPtr network = makeNetwork(spec);
    network->to(device);
    torch::manual_seed(0);
    const auto x = torch::randn({o.batchSize, 3, size, size}, torch::TensorOptions().device(device));
    const auto y = torch::randint(0, 10, {o.batchSize}, torch::TensorOptions().device(device).dtype(torch::kInt64));

    auto measure = [&](const std::function<void()> &step) {
        for (int i = 0; i < o.warmup; ++i)
            step();
        synchronize(device);
        const auto start = std::chrono::steady_clock::now();
        for (int i = 0; i < o.steps; ++i)
            step();
        synchronize(device);
        return double(o.batchSize) * o.steps / secondsSince(start);
    };

    network->eval();
    const double inference = measure([&] {
        torch::InferenceMode guard;
        network->forward(x);
    });

    // A fine-tune step on the whole network, BatchNorm in inference mode as the fine-tune phase runs it.
    network->train();
    freezeBatchNorm(*network);
    // The trainer's own optimizer (Adam, as a fine-tune phase has it by default).
    mw::core::PhaseConfig phase;
    phase.learningRate = 1e-6;
    const auto optimizer = mw::core::makeOptimizer(phase, network->parameters());
    const double training = measure([&] {
        optimizer->zero_grad();
        torch::nn::functional::cross_entropy(network->forward(x), y).backward();
        optimizer->step();
    });

    const int threads = at::get_num_threads();
    std::printf("%s @%dx%d, batch %d, %d steps, %s, %d threads\n", o.model.c_str(), size, size, o.batchSize, o.steps,
                device.str().c_str(), threads);
    std::printf("  inference %.1f images/s   training %.1f images/s\n", inference, training);
    if (!o.json.empty())
        writeJson(o.json, {{"benchmark", "model"},
                           {"model", o.model},
                           {"input_size", size},
                           {"batch_size", o.batchSize},
                           {"steps", o.steps},
                           {"device", device.str()},
                           {"threads", threads},
                           {"torch_version", TORCH_VERSION},
                           {"inference_images_per_second", inference},
                           {"train_images_per_second", training}});
    return 0;
}

int benchClassify(const ClassifyBenchOptions &o)
{
    if (o.repeat <= 0)
        throw UsageError("--repeat must be positive");
    std::vector<ClassifierPtr> models;
    std::vector<std::string> names, paths;
    auto load = [&](const std::string &path) {
        models.push_back(Classifier::load(path));
        names.push_back(models.back()->model());
        paths.push_back(path);
    };
    for (const auto &run : o.runs)
        load(run);
    auto saliencyAt = std::find(paths.begin(), paths.end(), o.saliency);
    if (!o.saliency.empty() && saliencyAt == paths.end()) {
        load(o.saliency);
        saliencyAt = paths.end() - 1;
    }
    const int saliencyFor = o.saliency.empty() ? -1 : int(saliencyAt - paths.begin());
    const Dataset dataset = loadDataset(o.folder);
    const DigitSet &test = dataset.data.test;
    std::vector<GreyImage> drawings;
    for (int i = 0; i < std::min(test.count, 100); ++i)
        drawings.push_back(onCanvas(test.image(i)));

    ClassifyRound round(o.workers);
    constexpr int kWarmup = 5;
    std::vector<double> rounds, saliencies;
    int atOnce = 0; // timed rounds that ran the models at once
    std::vector<std::vector<double>> perModel(models.size());
    for (int r = 0; r < kWarmup + o.repeat; ++r) {
        const auto start = std::chrono::steady_clock::now();
        const DigitSteps steps = prepareDigit(drawings[std::size_t(r) % drawings.size()]);
        const auto predictions = round.classify(steps.digit.pixels.data(), models);
        const double roundMs = millisecondsSince(start);
        double saliencyMs = 0;
        if (saliencyFor >= 0) {
            const auto s = std::chrono::steady_clock::now();
            round.saliency(steps.digit.pixels.data(), *models[std::size_t(saliencyFor)],
                           predictions[std::size_t(saliencyFor)].digit);
            saliencyMs = millisecondsSince(s);
        }
        if (r < kWarmup)
            continue;
        rounds.push_back(roundMs);
        atOnce += round.lastWorkers() > 1;
        if (saliencyFor >= 0)
            saliencies.push_back(saliencyMs);
        for (std::size_t m = 0; m < models.size(); ++m)
            perModel[m].push_back(1000.0 * models[m]->lastSeconds());
    }

    const auto [median, max] = medianAndMax(rounds);
    std::string list;
    for (const auto &name : names)
        list += (list.empty() ? "" : ", ") + name;
    std::printf("Draw page round: a %dx%d drawing through MNIST's steps, then %zu model(s) (%s) on %d worker(s) of "
                "one thread each; %d rounds over %zu real test digits of %s; the models ran at once in %d of them\n",
                kCanvas, kCanvas, models.size(), list.c_str(), round.workers(), o.repeat, drawings.size(),
                dataset.name.c_str(), atOnce);
    std::printf("  round   median %.1f ms   max %.1f ms\n", median, max);
    nlohmann::json modelRows = nlohmann::json::array();
    for (std::size_t m = 0; m < models.size(); ++m) {
        const auto [mm, mx] = medianAndMax(perModel[m]);
        std::printf("  %-14s median %.1f ms   max %.1f ms\n", names[m].c_str(), mm, mx);
        modelRows.push_back({{"model", names[m]}, {"path", paths[m]},
                             {"median_ms", mm}, {"max_ms", mx}});
    }
    nlohmann::json j = {{"benchmark", "classify"},   {"rounds", o.repeat},       {"workers", round.workers()},
                        {"median_ms", median},      {"max_ms", max},            {"models", modelRows},
                        {"rounds_at_once", atOnce},
                        {"torch_version", TORCH_VERSION}, {"dataset", dataset.name}};
    if (saliencyFor >= 0) {
        const auto [sm, sx] = medianAndMax(saliencies);
        std::printf("  saliency of %s, after the round: median %.1f ms   max %.1f ms\n",
                    names[std::size_t(saliencyFor)].c_str(), sm, sx);
        j["saliency"] = {{"model", names[std::size_t(saliencyFor)]}, {"median_ms", sm}, {"max_ms", sx}};
    }
    if (!o.json.empty())
        writeJson(o.json, j);
    return 0;
}

} // namespace mw::cli
