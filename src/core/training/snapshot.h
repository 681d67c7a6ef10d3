#pragma once

// Engine-internal: a module's weights as a list of tensors (LibTorch), for early stopping's best epoch and for the
// resume state.
#include <torch/torch.h>

#include <vector>

namespace mw::core {

// A module's parameters and buffers, in a fixed order.
std::vector<torch::Tensor> stateTensors(const torch::nn::Module &module);

// Copies `from` (a resume state's) into `to`, which must have the same shapes. Throws UsageError when they differ.
void copyState(const std::vector<torch::Tensor> &to, const std::vector<torch::Tensor> &from);

// A copy of a module's parameters and buffers, to come back to the best epoch.
class Snapshot {
public:
    explicit Snapshot(torch::nn::Module &module) : m_module(module) { take(); }
    void take();
    void restore();
    const std::vector<torch::Tensor> &tensors() const { return m_tensors; }
    void set(const std::vector<torch::Tensor> &tensors);

private:
    torch::nn::Module &m_module;
    std::vector<torch::Tensor> m_tensors;
};

} // namespace mw::core
