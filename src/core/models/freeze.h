#pragma once

// Engine-internal: what each training phase may change.
#include "models/backbone.h"

namespace mw::core {

// Every BatchNorm in the module: inference mode (running statistics used, not updated) and affine parameters
// frozen. module.train() would switch BatchNorm back, so call this after every train().
void freezeBatchNorm(torch::nn::Module &module);

// Sets requires_grad of every parameter of the module.
void setTrainable(torch::nn::Module &module, bool trainable);

// Freezes the parameters of the backbone's first `count` layers (Backbone::layers() order); count beyond the
// number of layers freezes all. Returns the number of parameters frozen.
std::int64_t freezeLayers(Backbone &backbone, int count);

// Parameters that an optimizer would change.
std::int64_t countParameters(const torch::nn::Module &module, bool trainableOnly = false);

} // namespace mw::core
