#include "models/freeze.h"

#include "models/scriptbackbone.h"

namespace mw::core {

void freezeBatchNorm(torch::nn::Module &module)
{
    module.apply([](torch::nn::Module &m) {
        if (dynamic_cast<torch::nn::BatchNorm1dImpl *>(&m) || dynamic_cast<torch::nn::BatchNorm2dImpl *>(&m)) {
            m.eval();
            for (auto &p : m.parameters(false))
                p.set_requires_grad(false);
        } else if (auto *script = dynamic_cast<ScriptBackbone *>(&m)) {
            // A scripted BatchNorm is no torch::nn module: recognise it by its class name (BatchNorm1d/2d/3d).
            for (auto sub : script->module().modules()) {
                const auto type = sub.type()->name();
                if (type && type->name().rfind("BatchNorm", 0) == 0) {
                    sub.eval();
                    for (auto p : sub.parameters(false))
                        p.set_requires_grad(false);
                }
            }
        }
    });
}

void setTrainable(torch::nn::Module &module, bool trainable)
{
    for (auto &p : module.parameters(true))
        p.set_requires_grad(trainable);
}

std::int64_t freezeLayers(Backbone &backbone, int count)
{
    const auto layers = backbone.layers();
    std::int64_t frozen = 0;
    for (auto &item : backbone.named_parameters(true)) {
        for (int i = 0; i < count && i < int(layers.size()); ++i) {
            const std::string &prefix = layers[std::size_t(i)];
            if (item.key().rfind(prefix + ".", 0) == 0) {
                item.value().set_requires_grad(false);
                frozen += item.value().numel();
                break;
            }
        }
    }
    return frozen;
}

std::int64_t countParameters(const torch::nn::Module &module, bool trainableOnly)
{
    std::int64_t n = 0;
    for (const auto &p : module.parameters(true))
        if (!trainableOnly || p.requires_grad())
            n += p.numel();
    return n;
}

} // namespace mw::core
