#include "models/kerash5.h"

#include "errors.h"

#include <hdf5.h>

#include <algorithm>
#include <cstring>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <regex>
#include <set>

namespace mw::core {
namespace {

// Far above any Keras application (VGG16's largest kernel has 2.4 M values, ResNet152 60 M parameters in all), far
// below what a hostile file could make us allocate.
constexpr hssize_t kMaxDatasetValues = hssize_t(1) << 28;
constexpr hssize_t kMaxFileValues = hssize_t(1) << 30;
constexpr std::size_t kMaxNames = 100'000;

[[noreturn]] void fail(const std::filesystem::path &path, const std::string &problem)
{
    throw WeightsError(path.string() + ": " + problem);
}

// libhdf5 keeps global state; one reader at a time, whatever its build.
std::mutex &hdf5Mutex()
{
    static std::mutex mutex;
    return mutex;
}

// An HDF5 identifier closed at scope exit.
class Handle {
public:
    Handle(hid_t id, herr_t (*close)(hid_t)) : m_id(id), m_close(close) {}
    ~Handle()
    {
        if (m_id >= 0)
            m_close(m_id);
    }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    hid_t get() const { return m_id; }
    bool valid() const { return m_id >= 0; }

private:
    hid_t m_id;
    herr_t (*m_close)(hid_t);
};

bool hasAttribute(hid_t object, const std::string &name)
{
    return H5Aexists(object, name.c_str()) > 0;
}

// A string-array attribute (fixed-length or variable-length strings, as h5py 2 and 3 write them). An attribute
// with no values (Keras writes an empty float array for a layer without weights) is an empty list.
std::vector<std::string> readStrings(hid_t object, const std::string &name, const std::filesystem::path &path,
                                     const std::string &where)
{
    const Handle attribute(H5Aopen(object, name.c_str(), H5P_DEFAULT), H5Aclose);
    if (!attribute.valid())
        fail(path, where + ": attribute " + name + " cannot be read");
    const Handle space(H5Aget_space(attribute.get()), H5Sclose);
    const hssize_t count = space.valid() ? H5Sget_simple_extent_npoints(space.get()) : -1;
    if (count < 0 || std::size_t(count) > kMaxNames)
        fail(path, where + ": attribute " + name + " has an unreadable or absurd size");
    const Handle type(H5Aget_type(attribute.get()), H5Tclose);
    if (count == 0)
        return {};
    if (!type.valid() || H5Tget_class(type.get()) != H5T_STRING)
        fail(path, where + ": attribute " + name + " is not a list of names");
    std::vector<std::string> out;
    out.reserve(std::size_t(count));
    if (H5Tis_variable_str(type.get()) > 0) {
        const Handle memory(H5Tcopy(H5T_C_S1), H5Tclose);
        H5Tset_size(memory.get(), H5T_VARIABLE);
        std::vector<char *> values(std::size_t(count), nullptr);
        if (H5Aread(attribute.get(), memory.get(), values.data()) < 0)
            fail(path, where + ": attribute " + name + " cannot be read");
        for (char *v : values)
            out.emplace_back(v ? v : "");
        H5Dvlen_reclaim(memory.get(), space.get(), H5P_DEFAULT, values.data());
        return out;
    }
    const std::size_t width = H5Tget_size(type.get());
    if (width == 0 || width > 4096)
        fail(path, where + ": attribute " + name + " has names of an absurd length");
    std::vector<char> buffer(width * std::size_t(count));
    if (H5Aread(attribute.get(), type.get(), buffer.data()) < 0)
        fail(path, where + ": attribute " + name + " cannot be read");
    for (hssize_t i = 0; i < count; ++i) {
        const char *begin = buffer.data() + std::size_t(i) * width;
        out.emplace_back(begin, strnlen(begin, width));
    }
    return out;
}

// Keras splits an attribute too large for the object header into NAME0, NAME1, ... (save_attributes_to_hdf5_group).
std::optional<std::vector<std::string>> readNames(hid_t object, const std::string &name,
                                                  const std::filesystem::path &path, const std::string &where)
{
    if (hasAttribute(object, name))
        return readStrings(object, name, path, where);
    if (!hasAttribute(object, name + "0"))
        return std::nullopt;
    std::vector<std::string> all;
    for (int chunk = 0; hasAttribute(object, name + std::to_string(chunk)); ++chunk) {
        auto part = readStrings(object, name + std::to_string(chunk), path, where);
        all.insert(all.end(), part.begin(), part.end());
        if (all.size() > kMaxNames)
            fail(path, where + ": attribute " + name + " has too many names");
    }
    return all;
}

torch::Tensor readDataset(hid_t group, const std::string &name, const std::filesystem::path &path,
                          const std::string &layer, hssize_t &budget)
{
    const std::string where = "layer " + layer + ", weight " + name;
    if (H5Lexists(group, name.c_str(), H5P_DEFAULT) <= 0)
        fail(path, where + ": listed in weight_names but not in the file");
    const Handle dataset(H5Dopen2(group, name.c_str(), H5P_DEFAULT), H5Dclose);
    if (!dataset.valid())
        fail(path, where + ": not a dataset");
    const Handle type(H5Dget_type(dataset.get()), H5Tclose);
    if (!type.valid() || H5Tget_class(type.get()) != H5T_FLOAT)
        fail(path, where + ": not floating-point values");
    const Handle space(H5Dget_space(dataset.get()), H5Sclose);
    const int rank = space.valid() ? H5Sget_simple_extent_ndims(space.get()) : -1;
    if (rank < 0 || rank > 4)
        fail(path, where + ": has " + std::to_string(rank) + " dimensions; Keras weights have 1 to 4");
    hsize_t dims[4] = {};
    H5Sget_simple_extent_dims(space.get(), dims, nullptr);
    std::vector<std::int64_t> sizes;
    hssize_t values = 1;
    for (int i = 0; i < rank; ++i) {
        if (dims[i] > hsize_t(kMaxDatasetValues))
            fail(path, where + ": absurd size");
        sizes.push_back(std::int64_t(dims[i]));
        values *= hssize_t(dims[i]);
        if (values > kMaxDatasetValues)
            fail(path, where + ": more values than any Keras weight has");
    }
    budget -= values;
    if (budget < 0)
        fail(path, "more weights than any Keras model has");
    torch::Tensor out = torch::empty(sizes, torch::kFloat32);
    if (values > 0 && H5Dread(dataset.get(), H5T_NATIVE_FLOAT, H5S_ALL, H5S_ALL, H5P_DEFAULT, out.data_ptr()) < 0)
        fail(path, where + ": cannot be read (the file is truncated or damaged)");
    return out;
}

// "conv1_conv/kernel:0" -> "kernel"; "kernel" stays.
std::string weightKind(const std::string &name)
{
    std::string kind = name.substr(name.rfind('/') + 1);
    if (const auto colon = kind.rfind(':'); colon != std::string::npos)
        kind.erase(colon);
    return kind;
}

std::string describeNonHdf5(const std::filesystem::path &path)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) {
        if (std::filesystem::exists(path / "saved_model.pb", ec))
            return "a TensorFlow SavedModel folder, not a Keras .h5 file: load it in TensorFlow and save its weights "
                   "with model.save_weights('weights.h5')";
        return "a folder, not a Keras .h5 file";
    }
    if (!std::filesystem::exists(path, ec))
        return "no such file";
    char magic[4] = {};
    std::ifstream in(path, std::ios::binary);
    in.read(magic, 4);
    if (in.gcount() == 4 && std::memcmp(magic, "PK\x03\x04", 4) == 0)
        return "a zip archive (a PyTorch .pth, or a Keras 3 .keras file), not a Keras .h5 file";
    if (path.filename() == "saved_model.pb")
        return "a TensorFlow SavedModel's graph, not a Keras .h5 file";
    return "not an HDF5 file, so no Keras .h5 weights";
}

// The Keras class prefixes Keras names unnamed layers with.
const std::regex &autoName()
{
    static const std::regex pattern("(conv2d|batch_normalization|dense|depthwise_conv2d)(?:_([0-9]{1,9}))?");
    return pattern;
}

// Our parameter or buffer for a Keras weight, and the Keras tensor in our layout.
std::pair<std::string, torch::Tensor> ourWeight(const std::string &kind, const torch::Tensor &keras)
{
    if (kind == "kernel")
        return {"weight", keras.dim() == 4 ? keras.permute({3, 2, 0, 1}) : keras.dim() == 2 ? keras.t() : keras};
    if (kind == "depthwise_kernel") {
        if (keras.dim() != 4)
            return {"weight", keras};
        // (H, W, C, M) -> (C * M, 1, H, W): output channel c * M + m, as Keras orders them.
        return {"weight", keras.permute({2, 3, 0, 1}).reshape({-1, 1, keras.size(0), keras.size(1)})};
    }
    if (kind == "bias" || kind == "beta")
        return {"bias", keras};
    if (kind == "gamma")
        return {"weight", keras};
    if (kind == "moving_mean")
        return {"running_mean", keras};
    if (kind == "moving_variance")
        return {"running_var", keras};
    return {};
}

// A shape of ours in Keras's layout, for messages in the file's terms.
std::vector<std::int64_t> kerasShape(const std::string &kind, torch::IntArrayRef ours)
{
    if (kind == "kernel" && ours.size() == 4)
        return {ours[2], ours[3], ours[1], ours[0]};
    if (kind == "kernel" && ours.size() == 2)
        return {ours[1], ours[0]};
    if (kind == "depthwise_kernel" && ours.size() == 4)
        return {ours[2], ours[3], ours[0], ours[1]};
    return ours.vec();
}

// Keras's name for a parameter or buffer of ours ("running_var" -> "moving_variance").
std::string kerasKind(const std::string &ours)
{
    if (ours == "running_mean")
        return "moving_mean";
    if (ours == "running_var")
        return "moving_variance";
    if (ours == "weight")
        return "kernel or gamma";
    if (ours == "bias")
        return "bias or beta";
    return ours;
}

} // namespace

bool isHdf5File(const std::filesystem::path &path)
{
    char magic[8] = {};
    std::ifstream in(path, std::ios::binary);
    in.read(magic, 8);
    return in.gcount() == 8 && std::memcmp(magic, "\x89HDF\r\n\x1a\n", 8) == 0;
}

std::vector<KerasLayerWeights> readKerasH5(const std::filesystem::path &path)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec) || !isHdf5File(path))
        fail(path, describeNonHdf5(path));
    const std::lock_guard lock(hdf5Mutex());
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); // errors become our messages, not libhdf5's stack on stderr
    const Handle file(H5Fopen(path.c_str(), H5F_ACC_RDONLY, H5P_DEFAULT), H5Fclose);
    if (!file.valid())
        fail(path, "an HDF5 file libhdf5 cannot open (truncated or damaged)");
    // model.save() puts the weights under model_weights; save_weights() at the root.
    const bool full = H5Lexists(file.get(), "model_weights", H5P_DEFAULT) > 0;
    const Handle root(H5Gopen2(file.get(), full ? "model_weights" : "/", H5P_DEFAULT), H5Gclose);
    if (!root.valid())
        fail(path, "its model_weights group cannot be read");
    const auto layerNames = readNames(root.get(), "layer_names", path, full ? "model_weights" : "the file");
    if (!layerNames)
        fail(path, "an HDF5 file without Keras's layer_names: not weights saved by Keras (model.save_weights or "
                   "model.save)");

    std::vector<KerasLayerWeights> out;
    hssize_t budget = kMaxFileValues;
    for (const std::string &layer : *layerNames) {
        if (layer.empty() || H5Lexists(root.get(), layer.c_str(), H5P_DEFAULT) <= 0)
            fail(path, "layer " + (layer.empty() ? std::string("with an empty name") : layer) +
                           " is listed in layer_names but has no group");
        const Handle group(H5Gopen2(root.get(), layer.c_str(), H5P_DEFAULT), H5Gclose);
        if (!group.valid())
            fail(path, "layer " + layer + ": not a group");
        const auto names = readNames(group.get(), "weight_names", path, "layer " + layer);
        if (!names || names->empty())
            continue;
        KerasLayerWeights weights{layer, {}};
        for (const std::string &name : *names)
            weights.weights.emplace_back(weightKind(name), readDataset(group.get(), name, path, layer, budget));
        out.push_back(std::move(weights));
    }
    if (out.empty())
        fail(path, "a Keras file without weights (its layers hold none)");
    return out;
}

StateDict kerasStateDict(const std::vector<KerasLayerWeights> &layers, const Backbone &backbone,
                         const std::string &model, const std::filesystem::path &source)
{
    const auto ours = backbone.kerasLayers();
    if (ours.empty())
        fail(source, "Keras .h5 weights, but " + model +
                         " is not a Keras-layout backbone (those are resnet50_keras, inception_v3_keras, "
                         "mobilenet_v1 and vgg16_keras)");
    std::map<std::string, std::string> pathOf(ours.begin(), ours.end());

    // Unnamed layers of a class the backbone leaves unnamed too: in order of Keras's count, they become the
    // backbone's class_1, class_2, ... whatever count the file's session started from.
    std::set<std::string> unnamed;
    for (const auto &[keras, path] : ours) {
        std::smatch m;
        if (std::regex_match(keras, m, autoName()))
            unnamed.insert(m[1]);
    }
    std::map<std::string, std::vector<std::pair<long, std::size_t>>> counted; // class -> (count, index in file)
    for (std::size_t i = 0; i < layers.size(); ++i) {
        std::smatch m;
        if (std::regex_match(layers[i].layer, m, autoName()) && unnamed.count(m[1]))
            counted[m[1]].emplace_back(m[2].matched ? std::stol(m[2]) : 0, i);
    }
    std::vector<std::string> ourName(layers.size());
    for (std::size_t i = 0; i < layers.size(); ++i)
        ourName[i] = layers[i].layer;
    for (auto &[prefix, list] : counted) {
        std::sort(list.begin(), list.end());
        for (std::size_t k = 0; k < list.size(); ++k)
            ourName[list[k].second] = prefix + "_" + std::to_string(k + 1);
    }

    std::map<std::string, torch::Tensor> expected;
    for (const auto &item : backbone.named_parameters(true))
        expected[item.key()] = item.value();
    for (const auto &item : backbone.named_buffers(true))
        expected[item.key()] = item.value();

    StateDict out;
    std::map<std::string, std::string> filled; // our layer path -> the file's layer
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const KerasLayerWeights &layer = layers[i];
        const auto at = pathOf.find(ourName[i]);
        if (at == pathOf.end())
            fail(source, "layer " + layer.layer + " is not a layer of " + model +
                             " (weights for another model, or a model with a top?)");
        if (!filled.emplace(at->second, layer.layer).second)
            fail(source, "layers " + filled[at->second] + " and " + layer.layer + " both go to " + model + "'s " +
                             ourName[i]);
        for (const auto &[kind, keras] : layer.weights) {
            auto [name, tensor] = ourWeight(kind, keras);
            const std::string key = at->second + "." + name;
            const auto want = expected.find(key);
            if (name.empty() || want == expected.end())
                fail(source, "layer " + layer.layer + ": weight " + kind + " has no place in " + model + "'s " +
                                 ourName[i]);
            if (tensor.sizes() != want->second.sizes())
                fail(source, "layer " + layer.layer + ": " + kind + " has shape " + shapeText(keras.sizes()) + ", " +
                                 model + "'s is " + shapeText(kerasShape(kind, want->second.sizes())));
            out.emplace_back(key, tensor.contiguous());
        }
    }
    for (const auto &[keras, path] : ours)
        if (!filled.count(path))
            fail(source, "has no weights for " + model + "'s layer " + keras + " (a file for another model?)");
    std::set<std::string> given;
    for (const auto &item : out)
        given.insert(item.first);
    for (const auto &[keras, path] : ours)
        for (const auto &[key, tensor] : expected)
            if (key.rfind(path + ".", 0) == 0 && key.find('.', path.size() + 1) == std::string::npos &&
                !given.count(key) && key.substr(path.size() + 1) != "num_batches_tracked")
                fail(source, "layer " + filled[path] + " lacks the " + kerasKind(key.substr(path.size() + 1)) +
                                 " that " + model + "'s " + keras + " has");
    return out;
}

void loadKerasWeights(Backbone &backbone, const std::string &model, const std::filesystem::path &path)
{
    loadStateDict(backbone, kerasStateDict(readKerasH5(path), backbone, model, path), path.string());
}

} // namespace mw::core
