#include "device.h"

#include "errors.h"

#include <ATen/Context.h>

namespace mw::core {

torch::Device chooseDevice(const std::string &preference)
{
    const bool haveCuda = torch::cuda::is_available();
    torch::Device device(torch::kCPU);
    if (preference == "auto") {
        if (haveCuda)
            device = torch::Device(torch::kCUDA, 0);
    } else if (preference == "cpu") {
    } else if (preference.rfind("cuda", 0) == 0) {
        if (!haveCuda)
            throw UsageError("device \"" + preference + "\": no CUDA GPU found (this LibTorch: "
                             + std::string(torch::cuda::is_available() ? "CUDA" : "CPU only") + ")");
        try {
            device = torch::Device(preference);
        } catch (const c10::Error &) {
            throw UsageError("device \"" + preference + "\" is not a device name (auto, cpu, cuda, cuda:N)");
        }
        if (device.index() >= int(torch::cuda::device_count()))
            throw UsageError("device \"" + preference + "\": only " + std::to_string(torch::cuda::device_count())
                             + " GPU(s) found");
    } else {
        throw UsageError("unknown device \"" + preference + "\" (auto, cpu, cuda, cuda:N)");
    }
    if (device.is_cuda())
        at::globalContext().setBenchmarkCuDNN(true);
    return device;
}

std::string describeDevice(const torch::Device &device) { return device.str(); }

} // namespace mw::core
