#include "random.h"

#include <ATen/CPUGeneratorImpl.h>
#include <ATen/Parallel.h>

#include <algorithm>
#include <cmath>

namespace mw::core {
namespace {

thread_local RunRandom *t_current = nullptr;

at::Generator seeded(const torch::Device &device, std::uint64_t seed)
{
    if (device.is_cpu())
        return at::make_generator<at::CPUGeneratorImpl>(seed);
    // A copy of the device's default generator (its own state from here on), reseeded: no CUDA headers needed.
    at::Generator standard = at::globalContext().defaultGenerator(device);
    at::Generator copy;
    {
        const std::lock_guard<std::mutex> lock(standard.mutex());
        copy = standard.clone();
    }
    copy.set_current_seed(seed);
    return copy;
}

} // namespace

std::mutex &defaultGeneratorMutex()
{
    static std::mutex m;
    return m;
}

RunRandom::RunRandom(std::uint64_t seed, const torch::Device &device)
    : m_cpu(seeded(torch::kCPU, seed)), m_device(device.is_cpu() ? m_cpu : seeded(device, seed + 1)),
      m_previous(t_current)
{
    t_current = this;
}

RunRandom::~RunRandom() { t_current = m_previous; }

std::vector<torch::Tensor> RunRandom::state() const
{
    return {m_cpu.get_state(), m_device.get_state()};
}

void RunRandom::setState(const std::vector<torch::Tensor> &state)
{
    if (state.size() != 2)
        throw std::invalid_argument("RunRandom::setState: two generator states expected");
    m_cpu.set_state(state[0]);
    m_device.set_state(state[1]); // the same generator as m_cpu on the CPU: the same state again
}

std::optional<at::Generator> runGenerator(const torch::Device &device)
{
    if (!t_current)
        return std::nullopt;
    return device.is_cpu() ? t_current->m_cpu : t_current->m_device;
}

torch::Tensor runRand(at::IntArrayRef size, const torch::TensorOptions &options)
{
    const auto generator = runGenerator(torch::kCPU);
    return generator ? at::rand(size, *generator, options.device(torch::kCPU)) : torch::rand(size, options.device(torch::kCPU));
}

torch::Tensor runDropout(const torch::Tensor &x, double p, bool training)
{
    const auto generator = runGenerator(x.device());
    if (!training || p <= 0 || p >= 1)
        return torch::dropout(x, p, training);
    if (x.device().is_cpu() && x.scalar_type() == torch::kFloat32)
        return x * dropoutMask(x.sizes(), p, generator ? *generator : at::detail::getDefaultCPUGenerator());
    if (!generator)
        return torch::dropout(x, p, training);
    // What torch::dropout computes, with our generator: keep each value with probability 1 - p, scaled.
    const auto keep = torch::empty_like(x, torch::MemoryFormat::Preserve).bernoulli_(1 - p, *generator);
    return x * keep.div_(1 - p);
}

torch::Tensor dropoutMask(at::IntArrayRef sizes, double p, at::Generator generator)
{
    std::uint64_t seed = 0;
    {
        const std::lock_guard<std::mutex> lock(generator.mutex());
        seed = at::check_generator<at::CPUGeneratorImpl>(generator)->random64();
    }
    auto mask = torch::empty(sizes, torch::kFloat32);
    float *out = mask.data_ptr<float>();
    const auto keepBelow = std::uint32_t(std::lround((1 - p) * 65536.0)); // of 16-bit draws
    const float scale = float(1 / (1 - p));
    // Element i takes 16 bits of splitmix64 at counter i / 4 (Steele et al.): it depends on the seed and i alone,
    // whatever the split between threads.
    at::parallel_for(0, (mask.numel() + 3) / 4, 4096, [&](std::int64_t begin, std::int64_t end) {
        for (std::int64_t word = begin; word < end; ++word) {
            std::uint64_t z = seed + std::uint64_t(word) * 0x9e3779b97f4a7c15ULL;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            z ^= z >> 31;
            const std::int64_t first = word * 4, last = std::min(first + 4, mask.numel());
            for (std::int64_t i = first; i < last; ++i, z >>= 16)
                out[i] = (z & 0xffff) < keepBelow ? scale : 0.0f;
        }
    });
    return mask;
}

} // namespace mw::core
