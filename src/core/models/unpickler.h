#pragma once

// The restricted unpickler of torch.save archives: it knows only what a state dict is made of (dicts, tuples, lists,
// numbers, strings, tensors rebuilt over the archive's storages) and refuses every other callable by name before it
// could be called, with limits on stack, memo, values and nesting so a hostile file cannot exhaust memory.
// Engine-internal: torchfile.cpp turns its values into a StateDict.
#include "models/ziparchive.h"

#include <torch/torch.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace mw::core::pickle {

struct StorageType {
    const char *name;
    torch::ScalarType type;
    int bytes;
};
inline constexpr StorageType kStorageTypes[] = {
    {"FloatStorage", torch::kFloat32, 4}, {"DoubleStorage", torch::kFloat64, 8}, {"HalfStorage", torch::kFloat16, 2},
    {"BFloat16Storage", torch::kBFloat16, 2}, {"LongStorage", torch::kInt64, 8}, {"IntStorage", torch::kInt32, 4},
    {"ShortStorage", torch::kInt16, 2},     {"CharStorage", torch::kInt8, 1},    {"ByteStorage", torch::kUInt8, 1},
    {"BoolStorage", torch::kBool, 1},
};

enum class Kind { None, Bool, Int, Float, String, Bytes, Tuple, List, Dict, Global, StorageRef, Tensor };

struct Value;
using Ref = std::shared_ptr<Value>;

struct TensorView {
    std::size_t storage = 0;
    std::int64_t offset = 0;
    std::vector<std::int64_t> sizes, strides;
};

struct Value {
    explicit Value(Kind k) : kind(k) {}
    Kind kind;
    int depth = 1;
    bool contained = false; // placed inside another value: from then on it may not change (no cycles possible)
    std::int64_t integer = 0; // Bool, Int; Global: Callable; StorageRef: index
    double real = 0;
    std::string text;                          // String, Bytes; Global: its dotted name
    const StorageType *storageType = nullptr;  // Global naming a storage type
    std::vector<Ref> items;                    // Tuple, List
    std::vector<std::pair<Ref, Ref>> entries;  // Dict, in insertion order
    std::unique_ptr<std::unordered_map<std::string, std::size_t>> index; // Dict: position of each string key
    std::unique_ptr<TensorView> tensor;
};

inline const char *describe(Kind k)
{
    switch (k) {
    case Kind::None: return "None";
    case Kind::Bool: return "a bool";
    case Kind::Int: return "an int";
    case Kind::Float: return "a float";
    case Kind::String: return "a string";
    case Kind::Bytes: return "bytes";
    case Kind::Tuple: return "a tuple";
    case Kind::List: return "a list";
    case Kind::Dict: return "a dict";
    case Kind::Global: return "a class or function";
    case Kind::StorageRef: return "a storage";
    case Kind::Tensor: return "a tensor";
    }
    return "something";
}

struct Storage {
    std::string key;
    const StorageType *type = nullptr;
    std::uint64_t numel = 0;
    const ZipEntry *entry = nullptr;
    torch::Tensor tensor; // filled on first use
};

// What the pickle built, and the storages its tensors refer to (read from the archive on first use).
struct Unpickled {
    Ref top;
    std::vector<Storage> storages;
};

// Runs the pickle entry `pickle` of the torch.save archive whose entries sit under `prefix`. Throws WeightsError
// naming `path` and the byte where the pickle stops being a plain state dict.
Unpickled unpickle(const std::filesystem::path &path, const ZipArchive &zip, const std::string &prefix,
                   const ZipEntry &pickle);

} // namespace mw::core::pickle
