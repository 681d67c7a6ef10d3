#pragma once

#include "data/idx.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace mw::core {

constexpr int kImageSide = 28;
constexpr int kImagePixels = kImageSide * kImageSide;
constexpr int kClasses = 10;

// Images and labels of one official part (train or test), row-major uint8, image i at images[i * 784].
struct DigitSet {
    int count = 0;
    std::vector<std::uint8_t> images;
    std::vector<std::uint8_t> labels;

    const std::uint8_t *image(int i) const { return images.data() + std::size_t(i) * kImagePixels; }
};

// The four files of an MNIST-format folder, in this order.
enum class IdxRole { TrainImages, TrainLabels, TestImages, TestLabels };
constexpr std::array<IdxRole, 4> kIdxRoles = {IdxRole::TrainImages, IdxRole::TrainLabels, IdxRole::TestImages,
                                              IdxRole::TestLabels};
std::string idxBaseName(IdxRole role); // "train-images-idx3-ubyte", ...

// A loaded folder. "Global" indices run over train (0..59,999 for MNIST) and then test.
struct MnistData {
    std::filesystem::path folder;
    DigitSet train;
    DigitSet test;
    std::array<std::filesystem::path, 4> files; // by IdxRole
    std::array<std::string, 4> sha256;          // of the decompressed files, by IdxRole

    int total() const { return train.count + test.count; }
    const std::uint8_t *image(int global) const
    {
        return global < train.count ? train.image(global) : test.image(global - train.count);
    }
    int label(int global) const { return global < train.count ? train.labels[global] : test.labels[global - train.count]; }
};

// Finds the file for a role in a folder: the standard name or the common "train-images.idx3-ubyte" variant,
// raw or with ".gz". Throws DataError naming the folder and the expected name when none exists.
std::filesystem::path findIdxFile(const std::filesystem::path &folder, IdxRole role);

// Loads and checks a whole MNIST-format folder: 28x28 images, labels 0-9, as many labels as images.
// Headers are checked before any data is read; progress runs 0..1 over all four files.
MnistData loadMnistFolder(const std::filesystem::path &folder, const std::function<void(double)> &progress = {});

} // namespace mw::core
