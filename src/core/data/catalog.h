#pragma once

#include "data/mnist.h"

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

namespace mw::core {

// The app's data folder: $MNIST_WORKBENCH_DATA_DIR, else $XDG_DATA_HOME/mnist-workbench, else
// ~/.local/share/mnist-workbench. Datasets live in its datasets/ subfolder (the set-up puts MNIST in datasets/mnist).
std::filesystem::path appDataDir();

// A folder that holds the four IDX files. Finding one reads nothing but directory entries.
struct DatasetLocation {
    std::string name; // "MNIST", "Fashion-MNIST", or the folder's name
    std::filesystem::path folder;
};

// Folders under appDataDir()/datasets and /usr/share/datasets (Debian's dataset-* packages) that hold a dataset.
std::vector<DatasetLocation> discoverDatasets();

// A loaded dataset and whether its files are the published ones (SHA-256 of every file matches a known dataset).
struct Dataset {
    std::string name; // the known name when verified, else the folder's name
    bool verified = false;
    MnistData data;

    std::string status() const { return verified ? "verified" : "custom"; }
};

// Loads a folder (see loadMnistFolder) and identifies it by checksum. Throws DataError.
Dataset loadDataset(const std::filesystem::path &folder, const std::function<void(double)> &progress = {});

// Published SHA-256 sums of the decompressed files, by IdxRole.
struct KnownDataset {
    std::string name;
    std::string folderName; // where the set-up or Debian puts it
    std::array<const char *, 4> sha256;
};
const std::vector<KnownDataset> &knownDatasets();

} // namespace mw::core
