#pragma once

// Engine-internal: a user's own TorchScript module as a backbone (LibTorch).
#include "models/backbone.h"

#include <filesystem>

namespace mw::core {

// A module saved with torch.jit.save (loaded onto the CPU; move it with to()). features(x) is its forward(x)
// flattened to [B, featureWidth()]; the width is probed once by running a zero image of the input size.
//
// Parameter and buffer names are the scripted module's own ("conv1.weight", "layer1.0.bn1.running_mean"):
// register_parameter forbids '.', so each dotted name becomes a chain of empty holder modules named after the
// scripted submodules. The registered tensors are the scripted module's tensors (shared storage), so training,
// freezing, to(device), checkpoints and loadStateDict all act on the module that runs. train()/eval() reach the
// scripted module, and freezeBatchNorm finds its BatchNorms by class name.
class ScriptBackbone : public Backbone {
public:
    // Throws WeightsError naming the file: not a TorchScript module, forward fails on a [1, 3, size, size] input,
    // or its output is not a 2-D or 4-D tensor.
    explicit ScriptBackbone(const std::filesystem::path &path, int inputSize = 32);

    torch::Tensor features(const torch::Tensor &x) override;
    int featureWidth() const override { return m_featureWidth; }
    int defaultInputSize() const override { return m_inputSize; }
    // The only size known to work: the probe's.
    int minimumInputSize() const override { return m_inputSize; }
    // The scripted module's top-level children that hold parameters, in order.
    std::vector<std::string> layers() const override { return m_layers; }
    void train(bool on = true) override;

    torch::jit::Module &module() { return m_module; }

private:
    torch::jit::Module m_module;
    int m_inputSize;
    int m_featureWidth = 0;
    std::vector<std::string> m_layers;
};

} // namespace mw::core
