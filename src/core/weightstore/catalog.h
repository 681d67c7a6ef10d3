#pragma once

// The weights catalog: which published weight files fit which backbone, where users already have them, and whether
// a file found is the published one. No LibTorch, no Qt: the GUI's widgets and the CLI read it directly.
//
// The shipped catalog (resources/weights/catalog.json, compiled in and installed as
// share/mnist-workbench/weights-catalog.json) lists torchvision's ImageNet weights for our backbones and the Keras
// applications' no-top files. $MNIST_WORKBENCH_WEIGHTS_CATALOG names a file of the same shape merged over it: an
// entry with a shipped name replaces it, a new name adds one (a lab's own backbones).
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace mw::core {

enum class WeightsFormat { Pth, Safetensors, KerasH5 };
std::string toString(WeightsFormat format); // "pth", "safetensors", "keras-h5"

// What the publisher gives to check a file by: torchvision a SHA-256 prefix in the file name, Keras an MD5.
struct Digest {
    enum class Kind { None, Sha256, Sha256Prefix, Md5 };
    Kind kind = Kind::None;
    std::string hex; // lowercase

    // "SHA-256 f37072fd… (prefix)", "MD5 4d473c1d…", "none published"
    std::string describe() const;
};

struct WeightsEntry {
    std::string name;  // "resnet50.tv_imagenet1k_v2": what --weights NAME takes
    std::string model; // a registry backbone name
    WeightsFormat format = WeightsFormat::Pth;
    std::string file;  // file name, as the publisher names it (so hub and Keras caches are found)
    std::string url;
    Digest digest;
    std::string normalization; // the input scaling the weights were trained with: "imagenet", "tutorial", "caffe"
    std::int64_t size = 0;     // bytes; 0: not stated
    std::string license, source, description;
    std::string catalogFile; // where the entry came from: "shipped" or the user's catalog's path
};

// Parses catalog JSON ({"entries": [...]}). Throws UsageError naming `origin`, the entry and the key: unknown or
// missing keys, a model that is no backbone, a name used twice, a digest that is not hex of the right length.
std::vector<WeightsEntry> parseWeightsCatalog(const std::string &json, const std::string &origin);
// The shipped catalog merged with $MNIST_WORKBENCH_WEIGHTS_CATALOG's (UsageError naming that file when bad).
std::vector<WeightsEntry> loadWeightsCatalog();
// nullptr when the catalog has no such name.
const WeightsEntry *findWeightsEntry(const std::vector<WeightsEntry> &catalog, const std::string &name);
// Throws UsageError naming the unknown entry and the known ones.
const WeightsEntry &weightsEntry(const std::vector<WeightsEntry> &catalog, const std::string &name);

// Where downloads land: appDataDir()/weights.
std::filesystem::path weightsDir();
// Where files are looked for, in this order: weightsDir(); the torch hub cache ($TORCH_HOME/hub/checkpoints,
// $TORCH_HOME defaulting to $XDG_CACHE_HOME/torch, then ~/.cache/torch); the Keras cache ($KERAS_HOME/models, else
// ~/.keras/models).
std::vector<std::filesystem::path> weightsSearchFolders();

enum class WeightsState {
    Missing,   // in none of the folders
    Verified,  // found, and its digest is the published one
    Damaged,   // found, and its digest differs (a truncated or altered file)
    Unchecked, // found; the publisher gives no digest to check it by
};
std::string toString(WeightsState state); // "not downloaded", "verified", "damaged", "unchecked"

struct WeightsStatus {
    WeightsState state = WeightsState::Missing;
    std::filesystem::path path; // the file found (not Missing)
    std::int64_t size = 0;      // its size in bytes
    std::string sha256;         // its SHA-256 (not Missing)
    std::string actual;         // its digest of the entry's kind, for "damaged" messages
    std::int64_t partialBytes = 0; // bytes of a download waiting to resume in weightsDir() (0: none)
    bool inWeightsDir = false;     // the file found is this app's download, not in another program's cache
};

// Looks for the entry's file in weightsSearchFolders(); the first verified or unchecked file wins, else the first
// damaged one. A file is hashed once: its digests are cached by path, size and modification time in
// weightsDir()/digests.json. Throws DataError naming a file that cannot be read.
WeightsStatus weightsStatus(const WeightsEntry &entry);

// The entry's files this app wrote: its file in weightsDir() and a download waiting to resume (FILE.part), those
// that exist. What a front end's Delete may remove: the torch hub and Keras caches belong to other programs.
std::vector<std::filesystem::path> ownWeightsFiles(const WeightsEntry &entry);

// Records a file's digests as weightsStatus would have found them (the downloader hashed it while checking it), so a
// file just downloaded is not read again.
void rememberDigests(const std::filesystem::path &file, const std::string &sha256, const std::string &md5);

// The file's digest of `kind`, compared with `digest`: whether it matches (always false for Kind::None).
bool digestMatches(const Digest &digest, const std::string &sha256, const std::string &md5);

// A --weights value: a catalog name or a file.
struct ResolvedWeights {
    std::filesystem::path file;
    std::string entryName;     // empty for a file given by path
    std::string normalization; // the entry's; empty for a file
};
// A catalog name resolves to its verified (or unchecked) file; a name whose file is missing or damaged throws
// WeightsError with what to do ("mnist-workbench-cli weights fetch NAME"). Anything else is a path, returned as it is.
ResolvedWeights resolveWeights(const std::vector<WeightsEntry> &catalog, const std::string &nameOrFile);
// The same with loadWeightsCatalog(), which is read only when the value may be a name: a value with a '/' or naming
// an existing file is a path (so a bad user catalog never stops runs that name files).
ResolvedWeights resolveWeights(const std::string &nameOrFile);

// The entry a backbone uses for "ImageNet weights": among the catalog's entries for the model, the last one
// whose file is at hand (verified or unchecked), else the last one listed (the catalog lists newer recipes later);
// nullptr when the catalog has none for the model.
const WeightsEntry *imageNetEntryFor(const std::vector<WeightsEntry> &catalog, const std::string &model);

} // namespace mw::core
