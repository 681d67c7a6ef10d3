#pragma once

#include <string>

namespace mw::core {

// How pixel values are scaled before a network sees them; a setting of the run, recorded in its result.
enum class Normalization {
    Tutorial, // x / 127.5 - 1, range [-1, 1]: the Keras tutorial's, and what the parity tests use
    ImageNet, // x / 255, then (x - mean) / std per RGB channel: what torchvision's ImageNet weights expect
    Caffe,    // RGB -> BGR, minus the ImageNet mean per channel on 0..255, no scaling: Keras's ResNet50 and VGG16 weights
};

std::string toString(Normalization n);
// "tutorial" | "imagenet" | "caffe"; throws UsageError
Normalization normalizationFromString(const std::string &name);

} // namespace mw::core
