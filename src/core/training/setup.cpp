#include "training/setup.h"

#include "data/catalog.h"
#include "data/preprocess.h"
#include "data/sha256.h"
#include "errors.h"
#include "models/freeze.h"
#include "models/zoo.h"
#include "training/shift.h"
#include "weightstore/catalog.h"

namespace mw::core {

RunData loadRunData(const RunConfig &config, const torch::Device &device)
{
    const Dataset dataset = loadDataset(config.dataset);
    const Split split = makeSplit(dataset.data, splitOptionsOf(config));
    auto part = [&](Part which) {
        const std::vector<int> &indices = split.part(which);
        PartData out;
        out.x = imagesTensor(dataset.data, indices).to(device);
        out.y = labelsTensor(dataset.data, indices).to(device);
        if (config.shiftCanvas > 0) {
            out.positions = canvasPositions(out.size(), config.shiftCanvas, config.seed, which).to(device);
            out.canvas = config.shiftCanvas;
        }
        return out;
    };
    return {part(Part::Train), part(Part::Validation), part(Part::Test), dataset.name,
            dataset.name + " (" + dataset.status() + ")"};
}

std::vector<std::string> loadRunWeights(Network &network, const RunConfig &config, RunResult &result)
{
    Backbone *backbone = network.backbone();
    if (!config.weights.empty()) {
        if (!backbone)
            throw UsageError("weights \"" + config.weights + "\" do not apply: " + config.model.name
                             + " is a from-scratch baseline");
        // A catalog name stands for its verified file (front ends fetch it first: the trainer never downloads).
        const ResolvedWeights weights = resolveWeights(config.weights);
        const std::string loaded = loadBackboneWeights(*backbone, config.model.name, weights.file);
        result.weightsSource = weights.file.string();
        result.weightsSha256 = fileSha256(weights.file);
        result.weightsName = weights.entryName;
        return {"weights: " + (weights.entryName.empty() ? "" : weights.entryName + ", ") + loaded};
    }
    if (config.model.name == kTorchScriptModel && !config.model.scriptPath.empty()) {
        result.weightsSource = config.model.scriptPath;
        result.weightsSha256 = fileSha256(config.model.scriptPath);
        return {};
    }
    bool batchNorm = false;
    if (backbone)
        for (const auto &module : backbone->modules())
            batchNorm = batchNorm || dynamic_cast<const torch::nn::BatchNorm2dImpl *>(module.get());
    // Measured: InceptionV3's head loss reached 10^5 this way, MobileNet stayed at chance.
    if (batchNorm)
        return {"note: random init with BatchNorm held in inference mode: its statistics are the initial ones, so the "
                "backbone's features are not normalised and transfer results mean little; pretrain it first (the "
                "pretrain command, or Pretrain... on the Experiment page)"};
    return {};
}

void placeNetwork(Network &network, const torch::Device &device, bool channelsLast)
{
    network.to(device);
    if (!channelsLast)
        return;
    torch::NoGradGuard noGrad;
    for (auto &t : network.parameters())
        if (t.dim() == 4)
            t.set_data(t.data().contiguous(torch::MemoryFormat::ChannelsLast));
}

ParameterSummary countTrainable(Network &network, int frozenLayers)
{
    ParameterSummary out;
    out.total = countParameters(network);
    Backbone *backbone = network.backbone();
    if (!backbone) {
        out.trainableHead = out.total;
        return out;
    }
    out.trainableHead = countParameters(network.head());
    setTrainable(network, true);
    freezeLayers(*backbone, frozenLayers);
    freezeBatchNorm(network);
    out.trainableFinetune = countParameters(network, true);
    setTrainable(network, true);
    return out;
}

} // namespace mw::core
