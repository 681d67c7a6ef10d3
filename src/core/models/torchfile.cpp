// torch.save archives (.pth/.pt) without Python: the zip reader (ziparchive.h) finds the pickle, the restricted
// unpickler (unpickler.h) runs it, and this file picks the state dict out and builds its tensors. LibTorch 1.13's
// pickle_load rejects the OrderedDict these files hold, and a general unpickler would run whatever callable a file
// from the internet names.
#include "models/weights.h"

#include "errors.h"
#include "models/mappedfile.h"
#include "models/unpickler.h"
#include "models/ziparchive.h"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <memory>
#include <unordered_map>

namespace mw::core {
namespace {

using pickle::Kind;
using pickle::Value;
using pickle::describe;
using pickle::Storage;
using pickle::TensorView;

[[noreturn]] void fail(const std::filesystem::path &path, const std::string &problem)
{
    throw WeightsError(path.string() + ": " + problem);
}

bool isTensorDict(const Value &v)
{
    if (v.kind != Kind::Dict)
        return false;
    for (const auto &[key, value] : v.entries)
        if (key->kind != Kind::String || value->kind != Kind::Tensor)
            return false;
    return true;
}

// The state dict itself, or the one a training checkpoint keeps under "state_dict" or "model".
const Value &selectStateDict(const Value &top, const std::filesystem::path &path)
{
    if (top.kind != Kind::Dict)
        fail(path, std::string("holds ") + describe(top.kind) + ", not a state dict");
    if (isTensorDict(top))
        return top;
    const Value *found = nullptr;
    for (const char *name : {"state_dict", "model"}) {
        if (!top.index)
            break;
        const auto it = top.index->find(name);
        if (it != top.index->end() && isTensorDict(*top.entries[it->second].second)) {
            if (found)
                fail(path, "holds state dicts under both \"state_dict\" and \"model\"; which one to load is unclear");
            found = top.entries[it->second].second.get();
        }
    }
    if (found)
        return *found;
    std::string keys;
    std::size_t shown = 0;
    for (const auto &[key, value] : top.entries) {
        if (key->kind == Kind::String && value->kind != Kind::Tensor && shown < 8)
            keys += std::string(shown++ ? ", " : "") + "\"" + key->text + "\" (" + describe(value->kind) + ")";
        if (key->kind != Kind::String)
            fail(path, std::string("holds a dict with a key that is ") + describe(key->kind) + ", not a state dict");
    }
    fail(path, "holds a dict that is not a state dict: " + keys + (shown == 1 ? " is not a tensor" : " are not tensors")
                   + ", and no dict of tensors is under \"state_dict\" or \"model\"");
}

torch::Tensor storageTensor(Storage &s, const ZipArchive &zip)
{
    if (!s.tensor.defined()) {
        const bool boolean = s.type->type == torch::kBool;
        auto raw = torch::empty({std::int64_t(s.numel)}, torch::TensorOptions().dtype(boolean ? torch::kUInt8 : s.type->type));
        // A copy, not from_blob over the map: entries need not be aligned for their element type.
        zip.read(*s.entry, raw.data_ptr(), s.numel * std::uint64_t(s.type->bytes));
        if (boolean)
            raw = raw.ne(0); // a bool tensor holding bytes other than 0/1 is undefined behaviour in kernels
        else if (s.type->type == torch::kFloat16 || s.type->type == torch::kBFloat16 || s.type->type == torch::kFloat64)
            raw = raw.to(torch::kFloat32); // as readSafetensors does
        s.tensor = raw;
    }
    return s.tensor;
}

bool startsWith(const std::string &s, const std::string &prefix) { return s.compare(0, prefix.size(), prefix) == 0; }

// Pre-1.6 torch.save: a protocol-2 pickle of its magic number 0x1950a86a20f9469cfc6c. The whole number, not just the
// pickle header, because a safetensors file whose header is 640 bytes long also starts with 0x80 0x02.
constexpr std::uint8_t kLegacyMagic[] = {0x80, 0x02, 0x8a, 0x0a, 0x6c, 0xfc, 0x9c, 0x46, 0xf9, 0x20, 0x6a, 0xa8, 0x50, 0x19};
bool isLegacy(const std::uint8_t *bytes, std::size_t size)
{
    return size >= sizeof kLegacyMagic && std::memcmp(bytes, kLegacyMagic, sizeof kLegacyMagic) == 0;
}

} // namespace

StateDict readTorchStateDict(const std::filesystem::path &path)
{
    const MappedFile file(path);
    return readTorchStateDictBytes(file.bytes(), path);
}

StateDict readTorchStateDictBytes(std::span<const std::uint8_t> bytes, const std::filesystem::path &path)
{
    const std::uint8_t *d = bytes.data();
    if (isLegacy(d, std::min(bytes.size(), sizeof kLegacyMagic)))
        fail(path, "legacy PyTorch format; re-save it with a current PyTorch: torch.save(torch.load(f), f)");
    if (bytes.size() < 4 || std::memcmp(d, "PK\x03\x04", 4) != 0)
        fail(path, "not a PyTorch file: it does not start like a zip archive");
    const ZipArchive zip(bytes, path);
    if (zip.entries().empty())
        fail(path, "an empty zip archive, not a torch.save file");

    // Every entry sits in one folder named after the file that was saved (PyTorch reads it from the first entry).
    const std::string &first = zip.entries().front().name;
    const auto slash = first.find('/');
    if (slash == std::string::npos)
        fail(path, "a zip archive whose entries are not in a folder, not a torch.save file");
    const std::string prefix = first.substr(0, slash + 1);
    for (const auto &e : zip.entries())
        if (e.name == prefix + "constants.pkl" || startsWith(e.name, prefix + "code/"))
            fail(path, "this is a TorchScript module: load it as a custom backbone");
    const ZipEntry *pickle = zip.find(prefix + "data.pkl");
    if (!pickle)
        fail(path, "a zip archive without " + prefix + "data.pkl, not a torch.save file");
    if (const ZipEntry *order = zip.find(prefix + "byteorder")) {
        const std::string value(reinterpret_cast<const char *>(zip.data(*order)), std::size_t(std::min<std::uint64_t>(order->size, 16)));
        if (value != "little")
            fail(path, "written with byte order \"" + value + "\"; only little-endian files can be read");
    }
    zip.read(*pickle);

    pickle::Unpickled unpickled = pickle::unpickle(path, zip, prefix, *pickle);
    const Value &dict = selectStateDict(*unpickled.top, path);
    StateDict out;
    out.reserve(dict.entries.size());
    for (const auto &[key, value] : dict.entries) {
        const TensorView &t = *value->tensor;
        auto storage = storageTensor(unpickled.storages[t.storage], zip);
        // Tensors that shared a storage in the file share it here too, as torch.load gives them.
        out.emplace_back(key->text, storage.as_strided(t.sizes, t.strides, t.offset));
    }
    return out;
}

StateDict readWeights(const std::filesystem::path &path)
{
    std::uint8_t magic[sizeof kLegacyMagic] = {};
    std::ifstream in(path, std::ios::binary);
    in.read(reinterpret_cast<char *>(magic), sizeof magic);
    const auto got = std::size_t(in.gcount());
    if ((got >= 4 && std::memcmp(magic, "PK\x03\x04", 4) == 0) || isLegacy(magic, got))
        return readTorchStateDict(path); // which says what to do with a legacy file
    if (got >= 8 && std::memcmp(magic, "\x89HDF\r\n\x1a\n", 8) == 0)
        throw WeightsError(path.string() + ": an HDF5 file (Keras .h5 weights); those load into a Keras-layout "
                                           "backbone's weights only, here a .pth or .safetensors file is needed");
    return readSafetensors(path);
}

} // namespace mw::core
