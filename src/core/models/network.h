#pragma once

// Engine-internal: whole classifiers (LibTorch modules).
#include "models/backbone.h"

#include <torch/torch.h>

#include <vector>

namespace mw::core {

// Anything the trainer trains: preprocessed float [B, 3, S, S] in, logits [B, 10] out.
class Network : public torch::nn::Module {
public:
    virtual torch::Tensor forward(const torch::Tensor &x) = 0;
    // The pretrained part, frozen in the head phase; nullptr for from-scratch baselines.
    virtual Backbone *backbone() { return nullptr; }
    // The part trained in the head phase (the whole network for baselines).
    virtual torch::nn::Module &head() { return *this; }
};
using NetworkPtr = std::shared_ptr<Network>;

// The tutorial's head: Dense 128 (ReLU, He-normal) -> Dropout 0.2 -> Dense 64 (ReLU, He-normal) -> Dropout 0.2 ->
// Dense 10 (logits, Glorot-uniform as Keras' default). Widths, depth and dropout are settings.
struct HeadOptions {
    std::vector<int> hidden = {128, 64};
    double dropout = 0.2;
};

class HeadImpl : public torch::nn::Module {
public:
    HeadImpl(int inputs, const HeadOptions &options, int classes = 10);
    torch::Tensor forward(torch::Tensor x);

private:
    torch::nn::ModuleList m_hidden; // "hidden.0", "hidden.1", ...
    torch::nn::Linear m_logits{nullptr};
    double m_dropout;
};
TORCH_MODULE(Head);

// A backbone with our head on its features. Parameter names: "backbone.<torchvision name>", "head.*".
class TransferNet : public Network {
public:
    TransferNet(BackbonePtr backbone, const HeadOptions &options);
    torch::Tensor forward(const torch::Tensor &x) override;
    Backbone *backbone() override { return m_backbone.get(); }
    torch::nn::Module &head() override { return *m_head; }

private:
    BackbonePtr m_backbone;
    Head m_head{nullptr};
};

} // namespace mw::core
