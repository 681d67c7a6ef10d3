#include "models/scriptbackbone.h"

#include "errors.h"
#include "models/weights.h"

#include <torch/script.h>

#include <map>
#include <sstream>

namespace mw::core {
namespace {

[[noreturn]] void fail(const std::filesystem::path &path, const std::string &problem)
{
    throw WeightsError(path.string() + ": " + problem);
}

// TorchScript errors span many lines (C++ or TorchScript traceback); the last non-empty one says what went wrong
// ("RuntimeError: mat1 and mat2 shapes cannot be multiplied ...").
std::string lastLine(const std::exception &e)
{
    const auto *c10Error = dynamic_cast<const c10::Error *>(&e);
    std::istringstream in(c10Error ? c10Error->what_without_backtrace() : e.what());
    std::string line, last;
    while (std::getline(in, line))
        if (line.find_first_not_of(" \t") != std::string::npos)
            last = line.substr(line.find_first_not_of(" \t"));
    return last;
}

std::vector<std::string> split(const std::string &name)
{
    std::vector<std::string> parts;
    std::size_t start = 0, dot;
    while ((dot = name.find('.', start)) != std::string::npos) {
        parts.push_back(name.substr(start, dot - start));
        start = dot + 1;
    }
    parts.push_back(name.substr(start));
    return parts;
}

} // namespace

ScriptBackbone::ScriptBackbone(const std::filesystem::path &path, int inputSize) : m_inputSize(inputSize)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec))
        fail(path, "no such file");
    try {
        m_module = torch::jit::load(path.string(), torch::kCPU);
    } catch (const std::exception &e) {
        fail(path, "not a TorchScript module (" + lastLine(e) + ")");
    }

    // Probe in eval mode without gradients, so a BatchNorm's running statistics are not touched by the zero image.
    m_module.eval();
    torch::IValue output;
    try {
        torch::NoGradGuard noGrad;
        output = m_module.forward({torch::zeros({1, 3, inputSize, inputSize})});
    } catch (const std::exception &e) {
        fail(path, "forward fails on a [1, 3, " + std::to_string(inputSize) + ", " + std::to_string(inputSize)
                       + "] input: " + lastLine(e));
    }
    if (!output.isTensor())
        fail(path, "forward returns " + output.tagKind() + ", not a tensor");
    const auto features = output.toTensor();
    if ((features.dim() != 2 && features.dim() != 4) || features.size(0) != 1 || features.numel() == 0)
        fail(path, "forward returns a tensor of shape " + shapeText(features.sizes())
                       + " for one image; a backbone's output must be a non-empty [1, C] or [1, C, H, W]");
    m_featureWidth = int(features.numel());

    // Mirror the scripted submodule tree with holders, so the registered names keep their dots.
    std::map<std::string, std::shared_ptr<torch::nn::Module>> holders;
    auto ownerOf = [&](const std::vector<std::string> &parts) -> torch::nn::Module & {
        torch::nn::Module *owner = this;
        std::string prefix;
        for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
            prefix += (i ? "." : "") + parts[i];
            auto &holder = holders[prefix];
            if (!holder)
                holder = owner->register_module(parts[i], std::make_shared<torch::nn::Module>());
            owner = holder.get();
        }
        return *owner;
    };
    for (const auto &p : m_module.named_parameters(true)) {
        const auto parts = split(p.name);
        ownerOf(parts).register_parameter(parts.back(), p.value, /*requires_grad=*/true);
    }
    for (const auto &b : m_module.named_buffers(true)) {
        const auto parts = split(b.name);
        ownerOf(parts).register_buffer(parts.back(), b.value);
    }
    for (const auto &child : m_module.named_children())
        if (child.value.parameters(true).size() > 0)
            m_layers.push_back(child.name);
    train(true); // like every torch::nn module; the trainer sets the mode it needs
}

torch::Tensor ScriptBackbone::features(const torch::Tensor &x)
{
    return m_module.forward({x}).toTensor().flatten(1);
}

void ScriptBackbone::train(bool on)
{
    Backbone::train(on);
    m_module.train(on);
}

} // namespace mw::core
