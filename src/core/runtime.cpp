#include "runtime.h"

#include <torch/torch.h>

#include <dlfcn.h>

#include <thread>

namespace mw::core {

int setComputeThreads(int threads)
{
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(threads);
    return at::get_num_threads();
}

void setComputeThreadsOfThisThread(int threads)
{
    // The OpenMP runtime LibTorch was built with (Debian's libgomp, or the copy a LibTorch download bundles), found
    // among the loaded libraries rather than linked, so that it is LibTorch's own.
    using SetThreads = void (*)(int);
    static const SetThreads ompSetNumThreads = [] {
        const bool openMp = at::get_parallel_info().find("backend: OpenMP") != std::string::npos;
        return openMp ? reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "omp_set_num_threads")) : nullptr;
    }();
    at::get_num_threads(); // LibTorch's lazy per-thread set-up first, or it would undo ours later
    if (ompSetNumThreads)
        ompSetNumThreads(std::max(1, threads));
    else
        at::set_num_threads(std::max(1, threads));
}

std::string runtimeSummary()
{
    std::string device = torch::cuda::is_available() ? "CUDA (" + std::to_string(torch::cuda::device_count()) + " GPU)"
                                                     : "CPU";
    return "LibTorch " TORCH_VERSION ", " + device + ", " + std::to_string(at::get_num_threads()) + " threads";
}

} // namespace mw::core
