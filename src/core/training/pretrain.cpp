#include "training/pretrain.h"

#include "errors.h"
#include "models/weights.h"
#include "models/zoo.h"

#include <cstdio>

namespace mw::core {
namespace {

// Backbone and head as one network that the trainer takes for a from-scratch baseline: one phase, everything
// trainable, BatchNorm in training mode (a random backbone has no statistics worth keeping).
class EndToEnd : public Network {
public:
    explicit EndToEnd(NetworkPtr inner) : m_inner(register_module("net", std::move(inner))) {}
    torch::Tensor forward(const torch::Tensor &x) override { return m_inner->forward(x); }

private:
    NetworkPtr m_inner;
};

} // namespace

RunResult pretrainBackbone(const RunConfig &config, const std::filesystem::path &out,
                           const TrainerCallbacks &callbacks, std::stop_token stop)
{
    validate(config);
    if (config.model.name == kTorchScriptModel || modelInfo(config.model.name).kind != ModelKind::Backbone)
        throw UsageError("pretraining needs a backbone (resnet18, resnet50, mobilenet_v1, ...), not "
                         + config.model.name);
    if (!config.weights.empty())
        throw UsageError("weights", "setting \"weights\" does not apply: pretraining starts from random initialisation",
                         "does not apply: pretraining starts from random initialisation");
    if (out.empty())
        throw UsageError("give the file to write the pretrained backbone to");
    {
        // Found out now, not after hours of training.
        const std::filesystem::path probe = out.string() + ".part";
        std::FILE *f = std::fopen(probe.c_str(), "wb");
        if (!f)
            throw UsageError(out.string() + ": cannot write");
        std::fclose(f);
        std::filesystem::remove(probe);
    }

    RunConfig resolved = config;
    resolved.model.inputSize = inputSizeOf(config.model);
    resolved.finetune.epochs = 0;
    const NetworkPtr network = makeNetwork(resolved.model, config.seed);
    RunResult result = runExperiment(resolved, std::make_shared<EndToEnd>(network), callbacks, std::move(stop));

    const PhaseSummary *phase = result.phase(PhaseName::Train);
    if (result.cancelled || !phase || phase->bestEpoch == 0) {
        if (!result.cancelled)
            result.warnings.push_back("no epoch finished, so no pretrained weights were written to " + out.string());
        return result;
    }
    const EpochMetrics &best = result.epochs.at(std::size_t(phase->bestEpoch - 1));
    const nlohmann::json about = {{"model", resolved.model.name},
                                  {"input_size", resolved.model.inputSize},
                                  {"normalization", toString(resolved.normalization)},
                                  {"dataset", result.dataset},
                                  {"dataset_folder", resolved.dataset},
                                  {"split", result.split},
                                  {"train_limit", resolved.trainLimit},
                                  {"epochs", phase->epochs},
                                  {"best_epoch", phase->bestEpoch},
                                  {"validation_accuracy", best.valAccuracy},
                                  {"test_accuracy", result.testAccuracy ? nlohmann::json(*result.testAccuracy) : nlohmann::json()},
                                  {"seed", resolved.seed},
                                  {"seconds", result.secondsTotal}};
    writeSafetensors(out, stateDictOf(*network->backbone()), {{"format", "pt"}, {kPretrainMetadataKey, about.dump()}});
    return result;
}

} // namespace mw::core
