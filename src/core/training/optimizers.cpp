#include "training/optimizers.h"

namespace mw::core {

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const PhaseConfig &c, const std::vector<torch::Tensor> &params)
{
    switch (c.optimizer) {
    case OptimizerKind::Sgd:
        return std::make_unique<torch::optim::SGD>(
            params, torch::optim::SGDOptions(c.learningRate).momentum(c.momentum).nesterov(c.nesterov));
    case OptimizerKind::RmsProp:
        return std::make_unique<torch::optim::RMSprop>(params,
                                                       torch::optim::RMSpropOptions(c.learningRate).momentum(c.momentum));
    case OptimizerKind::Adam:
        break;
    }
    return std::make_unique<torch::optim::Adam>(params, torch::optim::AdamOptions(c.learningRate));
}

std::vector<torch::Tensor> trainableParameters(torch::nn::Module &module)
{
    std::vector<torch::Tensor> out;
    for (const auto &p : module.parameters(true))
        if (p.requires_grad())
            out.push_back(p);
    return out;
}

} // namespace mw::core
