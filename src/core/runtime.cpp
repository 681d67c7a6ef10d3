#include "runtime.h"

#include <torch/torch.h>

#include <dlfcn.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <thread>

namespace mw::core {

namespace {

// OpenBLAS as LibTorch loaded it (libblas.so.3 is whichever build Debian's alternatives chose), found among the
// loaded libraries rather than linked.
void keepPthreadsBlasToOneThread()
{
    using GetParallel = int (*)();
    using SetThreads = void (*)(int);
    const auto parallel = reinterpret_cast<GetParallel>(dlsym(RTLD_DEFAULT, "openblas_get_parallel"));
    const auto setThreads = reinterpret_cast<SetThreads>(dlsym(RTLD_DEFAULT, "openblas_set_num_threads"));
    constexpr int kPthreads = 1; // 0: single-threaded build, 2: OpenMP build
    if (parallel && setThreads && parallel() == kPthreads)
        setThreads(1);
}

} // namespace

int setComputeThreads(int threads)
{
    if (threads <= 0)
        threads = int(std::max(1u, std::thread::hardware_concurrency()));
    at::set_num_threads(threads);
    keepPthreadsBlasToOneThread();
    return at::get_num_threads();
}

bool keepFreedMemoryForReuse()
{
#ifdef __GLIBC__
    // Setting any of these also stops glibc from moving the mmap threshold by itself. 32 MiB is the largest
    // threshold glibc takes on 64-bit systems (half the size of a thread's heap).
    return mallopt(M_MMAP_THRESHOLD, 32 << 20) == 1 && mallopt(M_TRIM_THRESHOLD, 256 << 20) == 1
           && mallopt(M_TOP_PAD, 64 << 20) == 1;
#else
    return false;
#endif
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
