#pragma once

// Engine-internal (LibTorch): bfloat16 autocast around one forward pass, for RunConfig::precision "bf16".
#include <ATen/autocast_mode.h>
#include <torch/version.h>

#include <optional>

namespace mw::core {

// bf16 autocast for one forward pass. Scoped to the pass, not the run: autocast caches its bf16 copies of the
// weights until the scope ends, and the optimizer changes the weights between passes. Thread-local, like the
// worker thread that trains.
class AutocastScope {
public:
    explicit AutocastScope(std::optional<c10::DeviceType> device) : m_device(device)
    {
        if (!m_device)
            return;
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        m_wasEnabled = at::autocast::is_autocast_enabled(*m_device);
        m_oldType = at::autocast::get_autocast_dtype(*m_device);
        at::autocast::set_autocast_enabled(*m_device, true);
        at::autocast::set_autocast_dtype(*m_device, at::kBFloat16);
#else
        if (cuda()) {
            m_wasEnabled = at::autocast::is_enabled();
            m_oldType = at::autocast::get_autocast_gpu_dtype();
            at::autocast::set_enabled(true);
            at::autocast::set_autocast_gpu_dtype(at::kBFloat16);
        } else {
            m_wasEnabled = at::autocast::is_cpu_enabled();
            m_oldType = at::autocast::get_autocast_cpu_dtype();
            at::autocast::set_cpu_enabled(true);
            at::autocast::set_autocast_cpu_dtype(at::kBFloat16);
        }
#endif
        at::autocast::increment_nesting();
    }
    ~AutocastScope()
    {
        if (!m_device)
            return;
        if (at::autocast::decrement_nesting() == 0)
            at::autocast::clear_cache();
#if TORCH_VERSION_MAJOR > 2 || (TORCH_VERSION_MAJOR == 2 && TORCH_VERSION_MINOR >= 4)
        at::autocast::set_autocast_enabled(*m_device, m_wasEnabled);
        at::autocast::set_autocast_dtype(*m_device, m_oldType);
#else
        if (cuda()) {
            at::autocast::set_enabled(m_wasEnabled);
            at::autocast::set_autocast_gpu_dtype(m_oldType);
        } else {
            at::autocast::set_cpu_enabled(m_wasEnabled);
            at::autocast::set_autocast_cpu_dtype(m_oldType);
        }
#endif
    }
    AutocastScope(const AutocastScope &) = delete;
    AutocastScope &operator=(const AutocastScope &) = delete;

private:
    bool cuda() const { return *m_device == c10::DeviceType::CUDA; }

    std::optional<c10::DeviceType> m_device;
    bool m_wasEnabled = false;
    at::ScalarType m_oldType = at::kFloat;
};

} // namespace mw::core
