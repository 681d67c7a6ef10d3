#include "training/shift.h"

#include "errors.h"

#include <random>

namespace mw::core {

torch::Tensor canvasPositions(std::int64_t count, int canvas, std::uint64_t seed, Part part)
{
    if (canvas < 28)
        throw UsageError("the shifted digits' canvas must be at least 28, not " + std::to_string(canvas));
    std::seed_seq sequence{std::uint32_t(seed), std::uint32_t(seed >> 32), std::uint32_t(part), 0x5f1f7u};
    std::mt19937_64 random(sequence);
    const std::uint64_t choices = std::uint64_t(canvas - 28 + 1);
    auto positions = torch::empty({count, 2}, torch::kInt64);
    auto *out = positions.data_ptr<std::int64_t>();
    for (std::int64_t i = 0; i < 2 * count; ++i)
        out[i] = std::int64_t(random() % choices);
    return positions;
}

torch::Tensor placeOnCanvas(const torch::Tensor &images, const torch::Tensor &positions, int canvas)
{
    const std::int64_t batch = images.size(0), height = images.size(1), width = images.size(2);
    const auto options = torch::TensorOptions().dtype(torch::kInt64).device(images.device());
    const auto where = positions.to(options);
    // Flat index of every source pixel on the canvas: (b * canvas + top + r) * canvas + left + c.
    const auto rows = torch::arange(batch, options).mul(canvas).view({batch, 1, 1})
                      + where.select(1, 0).view({batch, 1, 1}) + torch::arange(height, options).view({1, height, 1});
    const auto index = rows.mul(canvas) + where.select(1, 1).view({batch, 1, 1})
                       + torch::arange(width, options).view({1, 1, width});
    auto out = torch::zeros({batch, canvas, canvas}, images.options());
    out.view({-1}).index_copy_(0, index.flatten(), images.contiguous().flatten());
    return out;
}

} // namespace mw::core
