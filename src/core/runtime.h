#pragma once

#include <string>

namespace mw::core {

// Debian's LibTorch starts with one intra-op thread; front ends call this once at start-up.
// threads <= 0 uses every core. Returns the number now in use.
int setComputeThreads(int threads = 0);

// "LibTorch 1.13.1, CPU, 2 threads" for about boxes and logs.
std::string runtimeSummary();

} // namespace mw::core
