#pragma once

#include <string>

namespace mw::core {

// Debian's LibTorch starts with one intra-op thread; front ends call this once at start-up.
// threads <= 0 uses every core. Returns the number now in use.
int setComputeThreads(int threads = 0);

// The intra-op threads of the calling thread only; other threads, and threads started later, keep theirs.
// (at::set_num_threads also changes the count that threads started later begin with.) With LibTorch's OpenMP
// backend this is OpenMP's per-thread setting; with another backend it falls back to at::set_num_threads.
void setComputeThreadsOfThisThread(int threads);

// "LibTorch 1.13.1, CPU, 2 threads" for about boxes and logs.
std::string runtimeSummary();

} // namespace mw::core
