#include "training/forward.h"

#include "data/preprocess.h"
#include "training/augment.h"
#include "training/autocast.h"

namespace mw::core {

RunForward::RunForward(NetworkPtr network, const RunConfig &config, std::optional<c10::DeviceType> autocast)
    : m_network(std::move(network)), m_config(config), m_autocast(autocast)
{
}

torch::Tensor RunForward::inputs(const torch::Tensor &images, bool augment) const
{
    const int size = m_config.model.inputSize;
    auto x = augment && m_config.augment.enabled
                 ? preprocessBatch(augmentBatch(images, m_config.augment), size, m_config.normalization)
                 : preprocessBatch(images, size, m_config.normalization);
    return m_config.channelsLast && x.dim() == 4 ? x.contiguous(torch::MemoryFormat::ChannelsLast) : x;
}

// Under bf16 the outputs come back as float32, so losses, softmax and cached features are computed (and kept) at
// full precision.
torch::Tensor RunForward::pass(const std::function<torch::Tensor()> &forward) const
{
    if (!m_autocast)
        return forward();
    const AutocastScope amp(m_autocast);
    return forward().to(torch::kFloat32);
}

Forward RunForward::whole(bool augment) const
{
    return [this, augment](const torch::Tensor &x) {
        return pass([&] { return m_network->forward(inputs(x, augment)); });
    };
}

Forward RunForward::features() const
{
    return [this](const torch::Tensor &x) {
        return pass([&] { return m_network->backbone()->features(inputs(x, false)); });
    };
}

Forward RunForward::head(HeadImpl &head) const
{
    return [this, &head](const torch::Tensor &features) { return pass([&] { return head.forward(features); }); };
}

} // namespace mw::core
