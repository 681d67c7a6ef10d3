#include "training/optimizers.h"

#include <ATen/Parallel.h>

#include <cmath>

#if defined(__SSE2__)
#include <immintrin.h>
#endif

namespace mw::core {
namespace {

// Adam's constants for one parameter at one step, in the order LibTorch's step applies them.
struct AdamStep {
    float beta1, oneMinusBeta1, beta2, oneMinusBeta2, weightDecay, sqrtBiasCorrection2, eps, stepSize;
};

// p, m, v updated in place over [begin, end): g += wd p; m = b1 m + (1 - b1) g; v = b2 v + (1 - b2) g^2;
// p -= stepSize m / (sqrt(v) / sqrt(bc2) + eps).
void adamRange(const AdamStep &c, float *p, const float *g, float *m, float *v, std::int64_t begin, std::int64_t end)
{
    std::int64_t i = begin;
#if defined(__SSE2__)
    const __m128 b1 = _mm_set1_ps(c.beta1), a1 = _mm_set1_ps(c.oneMinusBeta1), b2 = _mm_set1_ps(c.beta2),
                 a2 = _mm_set1_ps(c.oneMinusBeta2), wd = _mm_set1_ps(c.weightDecay),
                 bc2 = _mm_set1_ps(c.sqrtBiasCorrection2), eps = _mm_set1_ps(c.eps), step = _mm_set1_ps(c.stepSize);
    for (; i + 4 <= end; i += 4) {
        const __m128 pi = _mm_loadu_ps(p + i);
        const __m128 gi = _mm_add_ps(_mm_loadu_ps(g + i), _mm_mul_ps(wd, pi));
        const __m128 mi = _mm_add_ps(_mm_mul_ps(b1, _mm_loadu_ps(m + i)), _mm_mul_ps(a1, gi));
        const __m128 vi = _mm_add_ps(_mm_mul_ps(b2, _mm_loadu_ps(v + i)), _mm_mul_ps(a2, _mm_mul_ps(gi, gi)));
        const __m128 denom = _mm_add_ps(_mm_div_ps(_mm_sqrt_ps(vi), bc2), eps);
        _mm_storeu_ps(m + i, mi);
        _mm_storeu_ps(v + i, vi);
        _mm_storeu_ps(p + i, _mm_sub_ps(pi, _mm_div_ps(_mm_mul_ps(step, mi), denom)));
    }
#endif
    for (; i < end; ++i) {
        const float gi = g[i] + c.weightDecay * p[i];
        m[i] = c.beta1 * m[i] + c.oneMinusBeta1 * gi;
        v[i] = c.beta2 * v[i] + c.oneMinusBeta2 * gi * gi;
        p[i] -= c.stepSize * m[i] / (std::sqrt(v[i]) / c.sqrtBiasCorrection2 + c.eps);
    }
}

bool fusable(const torch::Tensor &p, const torch::Tensor &t)
{
    return t.device().is_cpu() && t.scalar_type() == torch::kFloat32 && t.is_contiguous() && !t.is_sparse()
           && t.sizes() == p.sizes();
}

} // namespace

torch::Tensor FusedAdam::step(LossClosure closure)
{
    torch::NoGradGuard noGrad;
    for (auto &group : param_groups_) {
        if (static_cast<const torch::optim::AdamOptions &>(group.options()).amsgrad())
            return torch::optim::Adam::step(std::move(closure));
        for (const auto &p : group.params()) {
            if (!p.grad().defined())
                continue;
            const auto found = state_.find(c10::guts::to_string(p.unsafeGetTensorImpl()));
            const auto *state = found == state_.end()
                                    ? nullptr
                                    : static_cast<const torch::optim::AdamParamState *>(found->second.get());
            if (!fusable(p, p) || !fusable(p, p.grad())
                || (state && (!fusable(p, state->exp_avg()) || !fusable(p, state->exp_avg_sq()))))
                return torch::optim::Adam::step(std::move(closure));
        }
    }
    torch::Tensor loss;
    if (closure) {
        torch::AutoGradMode enableGrad(true);
        loss = closure();
    }
    for (auto &group : param_groups_) {
        const auto &options = static_cast<const torch::optim::AdamOptions &>(group.options());
        const auto [beta1, beta2] = options.betas();
        for (auto &p : group.params()) {
            if (!p.grad().defined())
                continue;
            const std::string key = c10::guts::to_string(p.unsafeGetTensorImpl());
            auto found = state_.find(key);
            if (found == state_.end()) {
                auto fresh = std::make_unique<torch::optim::AdamParamState>();
                fresh->step(0);
                fresh->exp_avg(torch::zeros_like(p, torch::MemoryFormat::Contiguous));
                fresh->exp_avg_sq(torch::zeros_like(p, torch::MemoryFormat::Contiguous));
                found = state_.emplace(key, std::move(fresh)).first;
            }
            auto &state = static_cast<torch::optim::AdamParamState &>(*found->second);
            state.step(state.step() + 1);
            const double biasCorrection1 = 1 - std::pow(beta1, double(state.step()));
            const double biasCorrection2 = 1 - std::pow(beta2, double(state.step()));
            const AdamStep c{float(beta1),
                             float(1 - beta1),
                             float(beta2),
                             float(1 - beta2),
                             float(options.weight_decay()),
                             float(std::sqrt(biasCorrection2)),
                             float(options.eps()),
                             float(options.lr() / biasCorrection1)};
            float *param = p.data_ptr<float>(), *m = state.exp_avg().data_ptr<float>(),
                  *v = state.exp_avg_sq().data_ptr<float>();
            const float *grad = p.grad().data_ptr<float>();
            // Element-wise, so any split of the range gives the same result; small tensors stay on this thread.
            at::parallel_for(0, p.numel(), std::int64_t(1) << 15, [&](std::int64_t begin, std::int64_t end) {
                adamRange(c, param, grad, m, v, begin, end);
            });
        }
    }
    return loss;
}

std::unique_ptr<torch::optim::Optimizer> makeOptimizer(const PhaseConfig &c, const std::vector<torch::Tensor> &params)
{
    switch (c.optimizer) {
    case OptimizerKind::Sgd:
        return std::make_unique<torch::optim::SGD>(
            params, torch::optim::SGDOptions(c.learningRate).momentum(c.momentum).nesterov(c.nesterov));
    case OptimizerKind::RmsProp:
        return std::make_unique<torch::optim::RMSprop>(params,
                                                       torch::optim::RMSpropOptions(c.learningRate).momentum(c.momentum));
    case OptimizerKind::Adam:
        break;
    }
    return std::make_unique<FusedAdam>(params, torch::optim::AdamOptions(c.learningRate));
}

std::vector<torch::Tensor> trainableParameters(torch::nn::Module &module)
{
    std::vector<torch::Tensor> out;
    for (const auto &p : module.parameters(true))
        if (p.requires_grad())
            out.push_back(p);
    return out;
}

} // namespace mw::core
