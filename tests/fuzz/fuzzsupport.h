#pragma once

// What the fuzz targets share. The engine refuses bad input with mw::core::Error (a one-line message for the user):
// that ends an input quietly. Anything else escaping (another exception, a crash, a sanitizer's report, a broken
// promise that check() states) is a finding, and libFuzzer stops on it with the input that caused it.
#include "errors.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>

namespace mw::fuzz {

// MW_FUZZ_VERBOSE=1 prints each refusal: which seeds get through, and where an input stops.
template <class F>
void expectRefusals(F &&f)
{
    static const bool verbose = std::getenv("MW_FUZZ_VERBOSE") != nullptr;
    try {
        f();
        if (verbose)
            std::fprintf(stderr, "fuzz: accepted\n");
    } catch (const mw::core::Error &e) {
        if (verbose)
            std::fprintf(stderr, "fuzz: refused: %s\n", e.what());
    }
}

// A promise of the engine's documented results that no sanitizer can see (sizes that agree, views inside storage).
inline void check(bool ok, const char *promise)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz: broken promise: %s\n", promise);
        std::abort();
    }
}

} // namespace mw::fuzz
