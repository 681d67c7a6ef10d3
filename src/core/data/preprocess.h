#pragma once

// Engine-internal: includes LibTorch. Front ends use preview.h instead.
#include "data/normalization.h"

#include <torch/torch.h>

#include <vector>

namespace mw::core {

struct MnistData;

// torchvision's ImageNet statistics per RGB channel, what Normalization::ImageNet scales by.
inline constexpr float kImageNetMean[3] = {0.485f, 0.456f, 0.406f};
inline constexpr float kImageNetStd[3] = {0.229f, 0.224f, 0.225f};
// Keras's "caffe" mode: the ImageNet mean of 0..255 pixels in BGR order (keras_applications/imagenet_utils.py).
inline constexpr float kCaffeMeanBgr[3] = {103.939f, 116.779f, 123.68f};

// The chosen digits as one uint8 tensor [N, 28, 28] (on the CPU; move it to the training device once).
torch::Tensor imagesTensor(const MnistData &data, const std::vector<int> &globalIndices);
torch::Tensor labelsTensor(const MnistData &data, const std::vector<int> &globalIndices);

// What a network sees, computed per batch on the device the batch is on: x / 127.5 - 1 (range [-1, 1]),
// bilinear resize to size x size (align_corners = false, no antialias), grey repeated to 3 channels; with
// ImageNet normalization, x / 255 and then each channel's (x - mean) / std instead of the first step; with Caffe
// normalization, x as it is, channels in BGR order, each minus its ImageNet mean (kCaffeMeanBgr).
// uint8 [B, H, W] -> float [B, 3, size, size]. With the tutorial's normalization the three channels are one channel
// expanded (a view, not contiguous): a from-scratch network reads only the first, and a convolution copies what it
// needs itself, so no copy is made here.
torch::Tensor preprocessBatch(const torch::Tensor &images, int size,
                              Normalization normalization = Normalization::Tutorial);

} // namespace mw::core
