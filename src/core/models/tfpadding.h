#pragma once

// Engine-internal: TensorFlow's padding="same", for the Keras-layout backbones.
#include <algorithm>
#include <cstdint>
#include <utility>

namespace mw::core {

// Padding "same" along one side of `size` pixels for `kernel` at `stride`: {before, after}. TensorFlow makes the
// output ceil(size / stride) and puts the odd pixel after, where PyTorch's symmetric padding cannot follow it.
inline std::pair<std::int64_t, std::int64_t> tfSamePadding(std::int64_t size, std::int64_t kernel, std::int64_t stride)
{
    const std::int64_t out = (size + stride - 1) / stride;
    const std::int64_t total = std::max<std::int64_t>((out - 1) * stride + kernel - size, 0);
    return {total / 2, total - total / 2};
}

} // namespace mw::core
