#include "models/network.h"

#include "random.h"

namespace mw::core {

HeadImpl::HeadImpl(int inputs, const HeadOptions &options, int classes) : m_dropout(options.dropout)
{
    m_hidden = register_module("hidden", torch::nn::ModuleList());
    torch::NoGradGuard noGrad;
    for (int width : options.hidden) {
        torch::nn::Linear layer(inputs, width);
        torch::nn::init::kaiming_normal_(layer->weight, 0.0, torch::kFanIn, torch::kReLU);
        torch::nn::init::zeros_(layer->bias);
        m_hidden->push_back(layer);
        inputs = width;
    }
    m_logits = register_module("logits", torch::nn::Linear(inputs, classes));
    torch::nn::init::xavier_uniform_(m_logits->weight);
    torch::nn::init::zeros_(m_logits->bias);
}

torch::Tensor HeadImpl::forward(torch::Tensor x)
{
    for (const auto &layer : *m_hidden)
        x = runDropout(torch::relu(layer->as<torch::nn::Linear>()->forward(x)), m_dropout, is_training());
    return m_logits->forward(x);
}

TransferNet::TransferNet(BackbonePtr backbone, const HeadOptions &options)
{
    m_backbone = register_module("backbone", std::move(backbone));
    m_head = register_module("head", Head(m_backbone->featureWidth(), options));
}

torch::Tensor TransferNet::forward(const torch::Tensor &x) { return m_head->forward(m_backbone->features(x)); }

} // namespace mw::core
