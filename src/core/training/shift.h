#pragma once

// Engine-internal: "shifted digits" (LibTorch). Each digit sits at its own position on a larger black canvas, so a
// classifier has to recognise it wherever it is (the MLP-vs-CNN tutorial's translation test).
#include "data/split.h"

#include <torch/torch.h>

#include <cstdint>

namespace mw::core {

// Top-left corners (row, column) in [0, canvas - 28] for the digits of one part of a split, int64 [count, 2] on the
// CPU. The n-th digit of a part gets the same corner for a seed on every machine (mt19937_64 over a seed_seq of the
// seed and the part, plain modulo), whatever the count, so --train-limit keeps the positions of the digits it keeps.
torch::Tensor canvasPositions(std::int64_t count, int canvas, std::uint64_t seed, Part part);

// Digits uint8 [B, H, W] -> uint8 [B, canvas, canvas] with digit b's top-left corner at positions[b], black elsewhere;
// one scatter on the batch's device, no per-digit copies. Every pixel is kept (positions must keep the digit inside).
torch::Tensor placeOnCanvas(const torch::Tensor &images, const torch::Tensor &positions, int canvas);

} // namespace mw::core
