#include "runtime.h"

#include <torch/torch.h>

#include <thread>

namespace mw::core {

int setComputeThreads(int threads)
{
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(threads);
    return at::get_num_threads();
}

std::string runtimeSummary()
{
    std::string device = torch::cuda::is_available() ? "CUDA (" + std::to_string(torch::cuda::device_count()) + " GPU)"
                                                     : "CPU";
    return "LibTorch " TORCH_VERSION ", " + device + ", " + std::to_string(at::get_num_threads()) + " threads";
}

} // namespace mw::core
