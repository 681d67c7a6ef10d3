#pragma once

// Engine-internal: Keras weight files (HDF5, read with libhdf5) into the Keras-layout backbones.
//
// Both layouts Keras 2 and tf.keras write: model.save_weights() (root attribute layer_names, a group per layer whose
// attribute weight_names lists its datasets) and model.save() (the same under the group model_weights). Keras's
// layouts become ours: Conv2D kernels HWIO -> OIHW, DepthwiseConv2D HWC1 -> C1HW, Dense IO -> OI; BatchNormalization
// gamma, beta, moving_mean, moving_variance -> weight, bias, running_mean, running_var.
#include "models/backbone.h"
#include "models/weights.h"

#include <filesystem>
#include <string>
#include <vector>

namespace mw::core {

struct KerasLayerWeights {
    std::string layer; // as the file names it ("conv1_conv", "conv2d_3")
    // The weight's own name ("kernel", "bias", "gamma", ...: the last part of "conv1_conv/kernel:0") and its values
    // in Keras's layout.
    std::vector<std::pair<std::string, torch::Tensor>> weights;
};

// The layers that hold weights, in the file's order. WeightsError naming the file for anything that is not a Keras
// weights file: not HDF5 (a PyTorch or Keras 3 zip, a TensorFlow SavedModel folder, other bytes said as such), no
// layer_names, a dataset that is missing, not floating point, or too large.
std::vector<KerasLayerWeights> readKerasH5(const std::filesystem::path &path);

// The file's weights as the backbone's state dict. Keras names the layers it was not given names for by class and
// count (conv2d_1, conv2d_2, ... in standalone Keras; conv2d, conv2d_1, ... in tf.keras, and higher counts when the
// session built other models first): those are matched by their order of creation, the others by name. Every
// weight of the file must land in the backbone and every parameter of the backbone must be filled: a missing, extra
// or mis-shaped layer is a WeightsError naming the Keras layer, and nothing is loaded.
StateDict kerasStateDict(const std::vector<KerasLayerWeights> &layers, const Backbone &backbone,
                         const std::string &model, const std::filesystem::path &source);

// Both, then loadStateDict: the backbone holds the file's weights or is unchanged.
void loadKerasWeights(Backbone &backbone, const std::string &model, const std::filesystem::path &path);

// Whether the file starts as HDF5 does (the signature at offset 0), so readers can tell a .h5 from a .pth.
bool isHdf5File(const std::filesystem::path &path);

} // namespace mw::core
