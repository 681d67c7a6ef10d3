#include "models/backbones.h"

#include "errors.h"

namespace mw::core {

void checkBackboneInput(const torch::Tensor &x, const char *model, int minimum)
{
    const std::string name(model);
    if (x.dim() != 4 || x.size(1) != 3)
        throw UsageError(name + " expects images as [batch, 3, height, width], got " + std::to_string(x.dim())
                         + " dimension(s)"
                         + (x.dim() >= 2 ? " with " + std::to_string(x.size(1)) + " channel(s)" : ""));
    if (x.size(2) < minimum || x.size(3) < minimum)
        throw UsageError(name + " needs an input of at least " + std::to_string(minimum) + "x" + std::to_string(minimum)
                         + " pixels, got " + std::to_string(x.size(2)) + "x" + std::to_string(x.size(3)));
}

} // namespace mw::core
