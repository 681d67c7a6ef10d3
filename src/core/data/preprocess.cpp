#include "data/preprocess.h"

#include "data/mnist.h"
#include "data/preview.h"
#include "errors.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace mw::core {

torch::Tensor imagesTensor(const MnistData &data, const std::vector<int> &globalIndices)
{
    auto out = torch::empty({std::int64_t(globalIndices.size()), kImageSide, kImageSide}, torch::kUInt8);
    auto *dst = out.data_ptr<std::uint8_t>();
    for (std::size_t i = 0; i < globalIndices.size(); ++i)
        std::memcpy(dst + i * kImagePixels, data.image(globalIndices[i]), kImagePixels);
    return out;
}

torch::Tensor labelsTensor(const MnistData &data, const std::vector<int> &globalIndices)
{
    auto out = torch::empty({std::int64_t(globalIndices.size())}, torch::kInt64);
    auto *dst = out.data_ptr<std::int64_t>();
    for (std::size_t i = 0; i < globalIndices.size(); ++i)
        dst[i] = data.label(globalIndices[i]);
    return out;
}

std::string toString(Normalization n)
{
    switch (n) {
    case Normalization::Tutorial: return "tutorial";
    case Normalization::ImageNet: return "imagenet";
    case Normalization::Caffe: break;
    }
    return "caffe";
}

Normalization normalizationFromString(const std::string &name)
{
    if (name == "tutorial")
        return Normalization::Tutorial;
    if (name == "imagenet")
        return Normalization::ImageNet;
    if (name == "caffe")
        return Normalization::Caffe;
    throw UsageError("unknown normalization \"" + name + "\" (expected tutorial, imagenet or caffe)");
}

torch::Tensor preprocessBatch(const torch::Tensor &images, int size, Normalization normalization)
{
    namespace F = torch::nn::functional;
    auto x = images.to(torch::kFloat32).unsqueeze(1);
    if (normalization == Normalization::Tutorial)
        x.div_(127.5).sub_(1.0);
    else if (normalization == Normalization::ImageNet)
        x.div_(255.0);
    if (x.size(2) != size || x.size(3) != size)
        x = F::interpolate(x, F::InterpolateFuncOptions()
                                  .size(std::vector<std::int64_t>{size, size})
                                  .mode(torch::kBilinear)
                                  .align_corners(false));
    // Resizing one channel and repeating it equals resizing three identical channels, at a third of the cost.
    x = x.expand({-1, 3, -1, -1});
    if (normalization == Normalization::ImageNet) {
        const auto options = x.options();
        const auto mean = torch::tensor({kImageNetMean[0], kImageNetMean[1], kImageNetMean[2]}, options).view({1, 3, 1, 1});
        const auto std = torch::tensor({kImageNetStd[0], kImageNetStd[1], kImageNetStd[2]}, options).view({1, 3, 1, 1});
        return (x - mean) / std;
    }
    if (normalization == Normalization::Caffe) {
        // Grey repeated to three channels is the same in BGR order; only the means differ per channel.
        const auto mean =
            torch::tensor({kCaffeMeanBgr[0], kCaffeMeanBgr[1], kCaffeMeanBgr[2]}, x.options()).view({1, 3, 1, 1});
        return x - mean;
    }
    return x;
}

InputPreview previewInput(const std::uint8_t *image28, int size, Normalization normalization)
{
    torch::NoGradGuard noGrad;
    auto image = torch::from_blob(const_cast<std::uint8_t *>(image28), {1, kImageSide, kImageSide}, torch::kUInt8);
    auto x = preprocessBatch(image, size, normalization).contiguous();
    InputPreview preview;
    preview.size = size;
    preview.values.assign(x.data_ptr<float>(), x.data_ptr<float>() + x.numel());
    preview.min = x.min().item<float>();
    preview.max = x.max().item<float>();
    preview.normalization = normalization;
    return preview;
}

std::vector<std::uint8_t> greyLevels(const InputPreview &input)
{
    std::vector<std::uint8_t> grey(std::size_t(input.size) * std::size_t(input.size));
    for (int y = 0; y < input.size; ++y)
        for (int x = 0; x < input.size; ++x) {
            const float v = input.at(0, y, x);
            const float level = input.normalization == Normalization::ImageNet ? (v * kImageNetStd[0] + kImageNetMean[0]) * 255
                                 : input.normalization == Normalization::Caffe ? v + kCaffeMeanBgr[0]
                                                                               : (v + 1) * 127.5f;
            grey[std::size_t(y) * std::size_t(input.size) + std::size_t(x)] =
                std::uint8_t(std::clamp(std::lround(level), 0L, 255L));
        }
    return grey;
}

const std::vector<InputSizePreset> &inputSizePresets()
{
    static const std::vector<InputSizePreset> presets = {
        {"MLP / CNN baselines (28x28)", 28},
        {"ResNet, MobileNet, VGG (32x32)", 32},
        {"InceptionV3 (75x75)", 75},
        {"ImageNet resolution (224x224)", 224},
    };
    return presets;
}

} // namespace mw::core
