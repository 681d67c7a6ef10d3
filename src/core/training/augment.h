#pragma once

// Engine-internal: on-device random affine augmentation (LibTorch).
#include "training/config.h"

#include <torch/torch.h>

namespace mw::core {

// Each digit of a uint8 [B, H, W] batch moved by its own random rotation, shift, zoom and shear (and flip, when
// asked), sampled bilinearly with black outside the image, on the batch's device. Returns float [B, H, W] in
// [0, 255] (what preprocessBatch takes, without rounding back to bytes). The random draws come from LibTorch's
// CPU generator, so a seeded run augments the same way on every device.
torch::Tensor augmentBatch(const torch::Tensor &images, const AugmentConfig &options);

} // namespace mw::core
