#pragma once

// Engine-internal: each run's own random numbers.
//
// torch's default generator is one per process. Runs share a process (the GUI trains several at once on its pool), so
// a run that drew its dropout masks or augmentations from it would get numbers that depend on what the other runs drew
// meanwhile, and the same seed would no longer give the same metrics. A run installs a RunRandom on its thread
// instead; the engine's random draws (dropout, augmentation) take their generator from there. Initial weights still
// come from the default generator (torch::nn::init has no generator parameter): they are drawn under a lock
// (withDefaultGenerator; makeNetwork does).
#include <torch/torch.h>

#include <cstdint>
#include <mutex>
#include <optional>
#include <vector>

namespace mw::core {

class RunRandom {
public:
    // Generators for the CPU and, when it is another one, for `device`, seeded from `seed`; installed on this thread
    // until destroyed (nests: the previous one comes back).
    RunRandom(std::uint64_t seed, const torch::Device &device);
    ~RunRandom();
    RunRandom(const RunRandom &) = delete;
    RunRandom &operator=(const RunRandom &) = delete;

    // The generators' states (on the CPU), to go on later exactly from here (a resumed run).
    std::vector<torch::Tensor> state() const;
    void setState(const std::vector<torch::Tensor> &state);

private:
    friend std::optional<at::Generator> runGenerator(const torch::Device &device);
    at::Generator m_cpu, m_device;
    RunRandom *m_previous;
};

// Whatever draws from torch's default generator (building a network: its initial weights) holds this.
std::mutex &defaultGeneratorMutex();

// build() under that lock, the default generator seeded with `seed` first when one is given.
template <class Build>
auto withDefaultGenerator(std::optional<std::uint64_t> seed, Build &&build)
{
    const std::lock_guard<std::mutex> lock(defaultGeneratorMutex());
    if (seed)
        torch::manual_seed(*seed);
    return build();
}

// The generator of the run on this thread for tensors on `device`; none outside a run (use the default one).
std::optional<at::Generator> runGenerator(const torch::Device &device);

// Uniform [0, 1) numbers from the run's CPU generator.
torch::Tensor runRand(at::IntArrayRef size, const torch::TensorOptions &options);

// Inverted dropout (as torch::dropout) with the mask from the run's generator (outside a run, the default one).
// On the CPU the mask is dropoutMask's: LibTorch's bernoulli_ draws each value on one thread and was 7 % of the
// LeNet-style CNN's training step.
torch::Tensor runDropout(const torch::Tensor &x, double p, bool training);

// float32 [sizes] on the CPU: 1 / (1 - p) with probability 1 - p (in steps of 1/65536), else 0; one 64-bit draw from
// `generator` seeds a counter-based hash, so the mask is the same on any number of threads.
torch::Tensor dropoutMask(at::IntArrayRef sizes, double p, at::Generator generator);

// nn::Dropout's counterpart for Sequential containers.
class DropoutImpl : public torch::nn::Cloneable<DropoutImpl> {
public:
    explicit DropoutImpl(double p) : m_p(p) {}
    void reset() override {}
    torch::Tensor forward(const torch::Tensor &x) { return runDropout(x, m_p, is_training()); }

private:
    double m_p;
};
TORCH_MODULE(Dropout);

} // namespace mw::core
