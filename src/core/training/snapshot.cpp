#include "training/snapshot.h"

#include "errors.h"

#include <string>

namespace mw::core {

std::vector<torch::Tensor> stateTensors(const torch::nn::Module &module)
{
    std::vector<torch::Tensor> out = module.parameters(true);
    for (const auto &b : module.buffers(true))
        out.push_back(b);
    return out;
}

void copyState(const std::vector<torch::Tensor> &to, const std::vector<torch::Tensor> &from)
{
    if (to.size() != from.size())
        throw UsageError("the resume state does not fit the network (" + std::to_string(from.size()) + " tensors, not "
                         + std::to_string(to.size()) + ")");
    torch::NoGradGuard noGrad;
    for (std::size_t i = 0; i < to.size(); ++i) {
        if (!to[i].sizes().equals(from[i].sizes()))
            throw UsageError("the resume state does not fit the network (tensor " + std::to_string(i) + ")");
        to[i].copy_(from[i]);
    }
}

void Snapshot::take()
{
    torch::NoGradGuard noGrad;
    m_tensors.clear();
    for (const auto &t : stateTensors(m_module))
        m_tensors.push_back(t.detach().clone());
}

void Snapshot::restore() { copyState(stateTensors(m_module), m_tensors); }

void Snapshot::set(const std::vector<torch::Tensor> &tensors) { copyState(m_tensors, tensors); }

} // namespace mw::core
