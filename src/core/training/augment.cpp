#include "training/augment.h"

#include "random.h"

#include <cmath>

namespace mw::core {

torch::Tensor augmentBatch(const torch::Tensor &images, const AugmentConfig &o)
{
    namespace F = torch::nn::functional;
    const std::int64_t n = images.size(0);
    constexpr double kRadians = 3.14159265358979323846 / 180.0;
    // Uniform in [-1, 1] per digit: rotation, shear, zoom, shift x, shift y, flip.
    const auto u = runRand({n, 6}, torch::kFloat64) * 2 - 1;
    const auto angle = u.select(1, 0) * (o.rotation * kRadians);
    const auto shear = u.select(1, 1) * (o.shear * kRadians);
    const auto zoom = 1 + u.select(1, 2) * o.zoom;
    // affine_grid works in [-1, 1] coordinates, where a shift of the whole side is 2.
    const auto tx = u.select(1, 3) * (2 * o.shift);
    const auto ty = u.select(1, 4) * (2 * o.shift);
    const auto flip = o.flip ? torch::where(u.select(1, 5) < 0, -torch::ones_like(zoom), torch::ones_like(zoom))
                             : torch::ones_like(zoom);

    // theta maps each output pixel to where it samples the input (Keras' convention: zoom > 1 shows more
    // around the digit): [rotation] x [shear] x [zoom], the flip on the x axis.
    const auto cosA = torch::cos(angle), sinA = torch::sin(angle), tanS = torch::tan(shear);
    const auto a = cosA * zoom * flip;
    const auto b = (cosA * tanS - sinA) * zoom;
    const auto c = sinA * zoom * flip;
    const auto d = (sinA * tanS + cosA) * zoom;
    const auto theta = torch::stack({torch::stack({a, b, tx}, 1), torch::stack({c, d, ty}, 1)}, 1)
                           .to(images.device(), torch::kFloat32);

    const auto x = images.to(torch::kFloat32).unsqueeze(1);
    const auto grid = F::affine_grid(theta, {n, 1, x.size(2), x.size(3)}, false);
    const auto out = F::grid_sample(x, grid,
                                    F::GridSampleFuncOptions().mode(torch::kBilinear).padding_mode(torch::kZeros)
                                        .align_corners(false));
    return out.squeeze(1).clamp_(0, 255);
}

} // namespace mw::core
