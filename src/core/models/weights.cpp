#include "models/weights.h"

#include "errors.h"
#include "models/mappedfile.h"

#include <nlohmann/json.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cerrno>
#include <cstring>
#include <set>

namespace mw::core {
namespace {

constexpr std::uint64_t kMaxHeaderBytes = 100ull << 20; // the format's own limit

[[noreturn]] void fail(const std::filesystem::path &path, const std::string &problem)
{
    throw WeightsError(path.string() + ": " + problem);
}

struct DType {
    const char *name;
    torch::ScalarType type;
    int bytes;
};
constexpr DType kDTypes[] = {
    {"F32", torch::kFloat32, 4}, {"F16", torch::kFloat16, 2}, {"BF16", torch::kBFloat16, 2},
    {"F64", torch::kFloat64, 8}, {"I64", torch::kInt64, 8},   {"I32", torch::kInt32, 4},
    {"U8", torch::kUInt8, 1},    {"BOOL", torch::kBool, 1},
};

const DType *dtypeByName(const std::string &name)
{
    for (const auto &d : kDTypes)
        if (name == d.name)
            return &d;
    return nullptr;
}

const DType *dtypeByType(torch::ScalarType type)
{
    for (const auto &d : kDTypes)
        if (type == d.type)
            return &d;
    return nullptr;
}

struct Header {
    nlohmann::ordered_json json;
    std::uint64_t dataStart = 0;
};

Header parseHeader(std::span<const std::uint8_t> file, const std::filesystem::path &path)
{
    if (file.size() < 8)
        fail(path, "too short for a safetensors header");
    std::uint64_t length = 0;
    for (int i = 7; i >= 0; --i)
        length = (length << 8) | file[i];
    if (length > kMaxHeaderBytes)
        fail(path, "safetensors header length " + std::to_string(length) + " exceeds the 100 MB limit");
    if (length > file.size() - 8)
        fail(path, "truncated: header length " + std::to_string(length) + " is past the end of the file");
    Header header;
    header.dataStart = 8 + length;
    header.json = nlohmann::ordered_json::parse(file.data() + 8, file.data() + 8 + length, nullptr, false);
    if (header.json.is_discarded() || !header.json.is_object())
        fail(path, "safetensors header is not a JSON object");
    return header;
}

// A step counter that nothing in inference or our training reads.
bool isBatchCounter(const std::string &key)
{
    return key.size() >= 19 && key.compare(key.size() - 19, 19, "num_batches_tracked") == 0;
}

// Keys a torchvision file has that a backbone does not need: its ImageNet classifier and Inception's auxiliary one.
bool harmless(const std::string &key)
{
    for (const char *prefix : {"fc.", "classifier.", "AuxLogits."})
        if (key.rfind(prefix, 0) == 0)
            return true;
    return isBatchCounter(key);
}

std::string firstFew(const std::vector<std::string> &names)
{
    std::string s;
    for (std::size_t i = 0; i < names.size() && i < 5; ++i)
        s += (i ? ", " : "") + names[i];
    if (names.size() > 5)
        s += ", ... (" + std::to_string(names.size()) + " in all)";
    return s;
}

} // namespace

StateDict readSafetensors(const std::filesystem::path &path)
{
    const MappedFile file(path);
    return readSafetensorsBytes(file.bytes(), path);
}

StateDict readSafetensorsBytes(std::span<const std::uint8_t> file, const std::filesystem::path &path)
{
    const Header header = parseHeader(file, path);
    const std::uint64_t dataBytes = file.size() - header.dataStart;
    StateDict out;
    for (const auto &item : header.json.items()) {
        const std::string &name = item.key(); // not a structured binding: clang 14 cannot capture those in lambdas
        const auto &entry = item.value();
        if (name == "__metadata__")
            continue;
        auto bad = [&](const std::string &problem) { fail(path, "tensor \"" + name + "\": " + problem); };
        if (!entry.is_object() || !entry.contains("dtype") || !entry.contains("shape") || !entry.contains("data_offsets"))
            bad("entry needs dtype, shape and data_offsets");
        if (!entry["dtype"].is_string())
            bad("dtype is not a string");
        const DType *dtype = dtypeByName(entry["dtype"].get<std::string>());
        if (!dtype)
            bad("unsupported dtype " + entry["dtype"].get<std::string>());
        const auto &shapeJson = entry["shape"];
        const auto &offsets = entry["data_offsets"];
        if (!shapeJson.is_array() || shapeJson.size() > 8)
            bad("shape is not an array of at most 8 sizes");
        if (!offsets.is_array() || offsets.size() != 2 || !offsets[0].is_number_unsigned() || !offsets[1].is_number_unsigned())
            bad("data_offsets is not [begin, end]");
        std::vector<std::int64_t> shape;
        std::uint64_t elements = 1;
        for (const auto &d : shapeJson) {
            if (!d.is_number_unsigned() || d.get<std::uint64_t>() > (1ull << 40))
                bad("shape holds a size that is not a non-negative integer");
            shape.push_back(d.get<std::int64_t>());
            elements *= d.get<std::uint64_t>();
            if (elements > dataBytes)
                bad("shape " + shapeText(shape) + " needs more data than the file holds");
        }
        const auto begin = offsets[0].get<std::uint64_t>(), end = offsets[1].get<std::uint64_t>();
        if (begin > end || end > dataBytes)
            bad("data_offsets [" + std::to_string(begin) + ", " + std::to_string(end) + "] lie outside the "
                + std::to_string(dataBytes) + " data bytes");
        if (end - begin != elements * std::uint64_t(dtype->bytes))
            bad("data_offsets span " + std::to_string(end - begin) + " bytes but shape " + shapeText(shape)
                + " of " + dtype->name + " needs " + std::to_string(elements * dtype->bytes));
        auto view = torch::from_blob(const_cast<std::uint8_t *>(file.data() + header.dataStart + begin), shape,
                                     torch::TensorOptions().dtype(dtype->type));
        const bool floating = dtype->type == torch::kFloat16 || dtype->type == torch::kBFloat16
                           || dtype->type == torch::kFloat64;
        out.emplace_back(name, floating ? view.to(torch::kFloat32) : view.clone());
    }
    return out;
}

std::map<std::string, std::string> readSafetensorsMetadata(const std::filesystem::path &path)
{
    const MappedFile file(path);
    const Header header = parseHeader(file.bytes(), path);
    std::map<std::string, std::string> metadata;
    if (header.json.contains("__metadata__") && header.json["__metadata__"].is_object())
        for (const auto &[key, value] : header.json["__metadata__"].items())
            if (value.is_string())
                metadata[key] = value.get<std::string>();
    return metadata;
}

void writeSafetensors(const std::filesystem::path &path, const StateDict &tensors,
                      const std::map<std::string, std::string> &metadata)
{
    nlohmann::ordered_json header = nlohmann::ordered_json::object();
    if (!metadata.empty())
        header["__metadata__"] = metadata;
    std::vector<torch::Tensor> contiguous;
    std::uint64_t offset = 0;
    for (const auto &[name, tensor] : tensors) {
        const DType *dtype = dtypeByType(tensor.scalar_type());
        if (!dtype)
            fail(path, "tensor \"" + name + "\" has a dtype safetensors cannot hold here");
        contiguous.push_back(tensor.detach().to(torch::kCPU).contiguous());
        const std::uint64_t bytes = std::uint64_t(contiguous.back().numel()) * std::uint64_t(dtype->bytes);
        header[name] = {{"dtype", dtype->name}, {"shape", tensor.sizes().vec()}, {"data_offsets", {offset, offset + bytes}}};
        offset += bytes;
    }
    std::string text = header.dump();
    text.append((8 - text.size() % 8) % 8, ' '); // keeps tensor data 8-byte aligned, as the reference writer does

    const std::filesystem::path part = path.string() + ".part";
    std::FILE *f = std::fopen(part.c_str(), "wb");
    if (!f)
        fail(path, std::string("cannot write: ") + std::strerror(errno));
    bool ok = true;
    std::uint8_t length[8];
    for (int i = 0; i < 8; ++i)
        length[i] = std::uint8_t(std::uint64_t(text.size()) >> (8 * i));
    ok &= std::fwrite(length, 1, 8, f) == 8;
    ok &= std::fwrite(text.data(), 1, text.size(), f) == text.size();
    for (const auto &t : contiguous) {
        const std::size_t bytes = std::size_t(t.numel()) * t.element_size();
        ok &= std::fwrite(t.data_ptr(), 1, bytes, f) == bytes;
    }
    ok &= std::fflush(f) == 0 && ::fsync(fileno(f)) == 0;
    ok &= std::fclose(f) == 0;
    std::error_code ec;
    if (!ok) {
        const int error = errno; // the failed write's reason ("No space left on device"), before remove changes it
        std::filesystem::remove(part, ec);
        fail(path, std::string("could not write the whole file (") + std::strerror(error) + ")");
    }
    std::filesystem::rename(part, path, ec);
    if (ec) {
        std::filesystem::remove(part, ec);
        fail(path, "cannot move the finished file into place: " + ec.message());
    }
}

StateDict stateDictOf(const torch::nn::Module &module)
{
    StateDict out;
    for (const auto &item : module.named_parameters(true))
        out.emplace_back(item.key(), item.value());
    for (const auto &item : module.named_buffers(true))
        out.emplace_back(item.key(), item.value());
    return out;
}

LoadReport loadStateDict(torch::nn::Module &module, const StateDict &tensors, const std::string &source,
                         bool allowUnexpected)
{
    std::map<std::string, torch::Tensor> targets;
    for (const auto &[name, tensor] : stateDictOf(module))
        targets.emplace(name, tensor);

    LoadReport report;
    std::set<std::string> seen;
    std::vector<std::string> mismatched;
    for (const auto &[name, tensor] : tensors) {
        const auto it = targets.find(name);
        if (it == targets.end()) {
            (harmless(name) ? report.ignored : report.unexpected).push_back(name);
            continue;
        }
        seen.insert(name);
        if (it->second.sizes() != tensor.sizes())
            mismatched.push_back(name + " is " + shapeText(tensor.sizes()) + " in the file but "
                                 + shapeText(it->second.sizes()) + " in the model");
        else
            report.loaded.push_back(name);
    }
    for (const auto &[name, tensor] : targets)
        if (!seen.count(name) && !isBatchCounter(name))
            report.missing.push_back(name);

    std::string problems;
    if (!mismatched.empty())
        problems += "shape mismatch: " + firstFew(mismatched);
    if (!report.missing.empty())
        problems += std::string(problems.empty() ? "" : "; ") + std::to_string(report.missing.size())
                  + " missing key(s): " + firstFew(report.missing);
    if (!report.unexpected.empty() && !allowUnexpected)
        problems += std::string(problems.empty() ? "" : "; ") + std::to_string(report.unexpected.size())
                  + " unexpected key(s): " + firstFew(report.unexpected);
    if (!problems.empty())
        throw WeightsError(source + ": does not fit the model: " + problems);

    torch::NoGradGuard noGrad;
    for (const auto &[name, tensor] : tensors) {
        const auto it = targets.find(name);
        if (it != targets.end())
            it->second.copy_(tensor);
    }
    return report;
}

std::string shapeText(torch::IntArrayRef shape)
{
    std::string s = "[";
    for (std::size_t i = 0; i < shape.size(); ++i)
        s += (i ? ", " : "") + std::to_string(shape[i]);
    return s + "]";
}

} // namespace mw::core
