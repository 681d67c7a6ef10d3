#pragma once

#include <string>

namespace mw::core {

// Debian's LibTorch starts with one intra-op thread; front ends call this once at start-up.
// threads <= 0 uses every core. Returns the number now in use.
// LibTorch's dense layers run in OpenBLAS. Its pthreads build (what the set-up installs) starts threads of its own
// that fight LibTorch's for the cores (two threads, Dense 32 training: 5,000 images/s, 105,000 with OpenBLAS on one
// thread), so it is kept to one thread. (The OpenMP build would follow each thread's count, and a run's sums would
// then depend on how many threads ran it.)
int setComputeThreads(int threads = 0);

// glibc's malloc hands large freed blocks back to the system and maps fresh ones on the next request, so a training
// or inference step that frees and reallocates its buffers pays page faults for them every time: the LeNet-style
// CNN's inference took 90-110 ms per batch of 32 on one thread instead of 13-14 ms, depending on what the process
// allocated before (glibc adapts its threshold as it goes). Front ends call this first thing: blocks up to 32 MiB come
// from the heap, and up to 256 MiB freed at the top of a heap stay for reuse. Returns false where the C library is
// not glibc (nothing changed).
bool keepFreedMemoryForReuse();

// The intra-op threads of the calling thread only; other threads, and threads started later, keep theirs.
// (at::set_num_threads also changes the count that threads started later begin with.) With LibTorch's OpenMP
// backend this is OpenMP's per-thread setting; with another backend it falls back to at::set_num_threads.
void setComputeThreadsOfThisThread(int threads);

// "LibTorch 1.13.1, CPU, 2 threads" for about boxes and logs.
std::string runtimeSummary();

} // namespace mw::core
