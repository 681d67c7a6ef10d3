#pragma once

// What the weights targets share: the promises every state dict read keeps, and loading it into a small module
// whose parameter names the seed files use (make_corpus.py writes them), so the loader's checks are fuzzed too.
#include "fuzzsupport.h"
#include "models/weights.h"

#include <torch/torch.h>

namespace mw::fuzz {

struct TinyNetImpl : torch::nn::Module {
    TinyNetImpl()
    {
        register_module("lin", lin);
        register_module("bn", bn);
    }
    torch::nn::Linear lin{4, 3};
    torch::nn::BatchNorm1d bn{3};
};
TORCH_MODULE(TinyNet);

// Every tensor a reader returns must lie inside its storage: kernels read through its view without checking.
inline void checkInsideStorage(const torch::Tensor &t)
{
    check(t.defined(), "tensors are defined");
    if (t.numel() == 0)
        return;
    std::int64_t first = t.storage_offset(), last = first;
    for (std::int64_t d = 0; d < t.dim(); ++d) {
        const std::int64_t reach = (t.size(d) - 1) * t.stride(d);
        (reach < 0 ? first : last) += reach;
    }
    const auto elements = std::int64_t(t.storage().nbytes() / t.element_size());
    check(first >= 0 && last < elements, "every tensor's view lies inside its storage");
}

// The state dict as read, then loaded (strictly and leniently) into the tiny module.
inline void checkAndLoad(const mw::core::StateDict &dict)
{
    static TinyNet net;
    for (const auto &[name, tensor] : dict)
        checkInsideStorage(tensor);
    for (const bool lenient : {false, true})
        expectRefusals([&] { mw::core::loadStateDict(*net, dict, "fuzz-weights", lenient); });
}

// LibTorch's thread pool would only add noise and overhead to inputs this small.
inline void singleThreaded()
{
    torch::set_num_threads(1);
}

} // namespace mw::fuzz
