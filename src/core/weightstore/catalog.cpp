// The catalog's entries: parsing, merging the user's catalog over the shipped one, and choosing an entry.
#include "weightstore/catalog.h"

#include "errors.h"
#include "models/registry.h"
#include "training/jsonread.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace mw::core {

extern const char *const kShippedWeightsCatalog; // generated from resources/weights/catalog.json

namespace {

const char *const kEntryKeys[] = {"name",          "model",  "format", "file",    "url",
                                  "sha256",        "sha256_prefix", "md5", "normalization", "size",
                                  "license",       "source", "description"};

WeightsFormat formatFromString(const std::string &name)
{
    if (name == "pth")
        return WeightsFormat::Pth;
    if (name == "safetensors")
        return WeightsFormat::Safetensors;
    if (name == "keras-h5")
        return WeightsFormat::KerasH5;
    throw UsageError("must be pth, safetensors or keras-h5, not \"" + name + "\"");
}

// Lowercase hex of `length` digits (or, for a prefix, 8 to 64).
std::string hexDigits(const std::string &text, std::size_t minimum, std::size_t maximum)
{
    std::string hex = text;
    std::transform(hex.begin(), hex.end(), hex.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    const bool digits = std::all_of(hex.begin(), hex.end(), [](unsigned char c) { return std::isxdigit(c); });
    if (!digits || hex.size() < minimum || hex.size() > maximum)
        throw UsageError(minimum == maximum ? "must be " + std::to_string(minimum) + " hex digits, not \"" + text + "\""
                                            : "must be " + std::to_string(minimum) + " to " + std::to_string(maximum)
                                                  + " hex digits, not \"" + text + "\"");
    return hex;
}

Digest readDigest(const JsonReader &r)
{
    struct Kind {
        const char *key;
        Digest::Kind kind;
        std::size_t minimum, maximum;
    };
    static const Kind kinds[] = {{"sha256", Digest::Kind::Sha256, 64, 64},
                                 {"sha256_prefix", Digest::Kind::Sha256Prefix, 8, 64},
                                 {"md5", Digest::Kind::Md5, 32, 32}};
    Digest digest;
    for (const Kind &k : kinds) {
        if (!r.has(k.key))
            continue;
        if (digest.kind != Digest::Kind::None)
            throw UsageError(r.key(k.key), "key \"" + r.key(k.key) + "\": give one digest per entry, not two");
        const auto text = r.require<std::string>(k.key);
        digest = {k.kind, r.convert(k.key, [&] { return hexDigits(text, k.minimum, k.maximum); })};
    }
    return digest;
}

// A name or file name that is one path component (no folders, nothing hidden).
void checkPlainName(const JsonReader &r, const char *key, const std::string &value)
{
    if (value.empty() || value.front() == '.' || value.find_first_of("/\\ \t\n") != std::string::npos)
        throw UsageError(r.key(key), "key \"" + r.key(key) + "\" must be a plain name without folders or spaces, not \""
                                         + value + "\"");
}

WeightsEntry readEntry(const JsonReader &r, const std::string &origin)
{
    r.allowOnly({kEntryKeys[0], kEntryKeys[1], kEntryKeys[2], kEntryKeys[3], kEntryKeys[4], kEntryKeys[5],
                 kEntryKeys[6], kEntryKeys[7], kEntryKeys[8], kEntryKeys[9], kEntryKeys[10], kEntryKeys[11],
                 kEntryKeys[12]});
    WeightsEntry e;
    e.name = r.require<std::string>("name");
    checkPlainName(r, "name", e.name);
    e.model = r.require<std::string>("model");
    const ModelInfo &info = r.convert("model", [&]() -> const ModelInfo & { return modelInfo(e.model); });
    if (info.kind != ModelKind::Backbone)
        throw UsageError(r.key("model"), "key \"" + r.key("model") + "\": " + e.model
                                             + " is trained from scratch; weights fit backbones only");
    const auto format = r.require<std::string>("format");
    e.format = r.convert("format", [&] { return formatFromString(format); });
    if (e.format == WeightsFormat::KerasH5 && !info.kerasLayout)
        throw UsageError(r.key("model"), "key \"" + r.key("model") + "\": Keras .h5 weights load into the Keras-layout "
                                             "backbones (resnet50_keras, inception_v3_keras, mobilenet_v1, vgg16_keras), "
                                             "not " + e.model);
    e.file = r.require<std::string>("file");
    checkPlainName(r, "file", e.file);
    e.url = r.require<std::string>("url");
    if (e.url.rfind("http://", 0) != 0 && e.url.rfind("https://", 0) != 0)
        throw UsageError(r.key("url"), "key \"" + r.key("url") + "\" must be an http:// or https:// URL, not \"" + e.url
                                           + "\"");
    e.digest = readDigest(r);
    r.read("normalization", e.normalization);
    if (!e.normalization.empty() && e.normalization != "imagenet" && e.normalization != "tutorial"
        && e.normalization != "caffe")
        throw UsageError(r.key("normalization"), "key \"" + r.key("normalization")
                                                     + "\" must be imagenet, tutorial or caffe, not \"" + e.normalization
                                                     + "\"");
    r.read("size", e.size);
    if (e.size < 0)
        throw UsageError(r.key("size"), "key \"" + r.key("size") + "\" must be 0 or more bytes");
    r.read("license", e.license);
    r.read("source", e.source);
    r.read("description", e.description);
    e.catalogFile = origin;
    return e;
}

std::string readWholeFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw UsageError("MNIST_WORKBENCH_WEIGHTS_CATALOG: cannot read " + path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

std::string toString(WeightsFormat format)
{
    switch (format) {
    case WeightsFormat::Pth: return "pth";
    case WeightsFormat::Safetensors: return "safetensors";
    case WeightsFormat::KerasH5: return "keras-h5";
    }
    return "?";
}

std::string Digest::describe() const
{
    switch (kind) {
    case Kind::None: return "none published";
    case Kind::Sha256: return "SHA-256 " + hex;
    case Kind::Sha256Prefix: return "SHA-256 beginning " + hex;
    case Kind::Md5: return "MD5 " + hex;
    }
    return "?";
}

std::vector<WeightsEntry> parseWeightsCatalog(const std::string &json, const std::string &origin)
{
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(json);
    } catch (const nlohmann::json::exception &e) {
        throw UsageError(origin + ": not a weights catalog (invalid JSON: " + e.what() + ")");
    }
    std::vector<WeightsEntry> entries;
    try {
        const JsonReader top(doc, "", "key");
        top.allowOnly({"version", "entries"});
        const nlohmann::json &list = top.at("entries");
        if (!list.is_array())
            throw UsageError("entries", "key \"entries\" must be a list of entries");
        for (std::size_t i = 0; i < list.size(); ++i) {
            WeightsEntry e = readEntry(JsonReader(list[i], "entries[" + std::to_string(i) + "]", "key"), origin);
            if (findWeightsEntry(entries, e.name))
                throw UsageError("entries", "entry \"" + e.name + "\" is listed twice");
            entries.push_back(std::move(e));
        }
    } catch (const UsageError &e) {
        throw UsageError(e.key(), origin + ": " + e.what(), e.problem());
    }
    return entries;
}

std::vector<WeightsEntry> loadWeightsCatalog()
{
    std::vector<WeightsEntry> catalog = parseWeightsCatalog(kShippedWeightsCatalog, "shipped");
    const char *userFile = std::getenv("MNIST_WORKBENCH_WEIGHTS_CATALOG");
    if (!userFile || !*userFile)
        return catalog;
    for (WeightsEntry &e : parseWeightsCatalog(readWholeFile(userFile), userFile)) {
        const auto same = std::find_if(catalog.begin(), catalog.end(), [&](const auto &s) { return s.name == e.name; });
        if (same != catalog.end())
            *same = std::move(e);
        else
            catalog.push_back(std::move(e));
    }
    return catalog;
}

const WeightsEntry *findWeightsEntry(const std::vector<WeightsEntry> &catalog, const std::string &name)
{
    const auto it = std::find_if(catalog.begin(), catalog.end(), [&](const auto &e) { return e.name == name; });
    return it == catalog.end() ? nullptr : &*it;
}

const WeightsEntry &weightsEntry(const std::vector<WeightsEntry> &catalog, const std::string &name)
{
    if (const WeightsEntry *e = findWeightsEntry(catalog, name))
        return *e;
    std::string known;
    for (const auto &e : catalog)
        known += (known.empty() ? "" : ", ") + e.name;
    throw UsageError("weights", "unknown weights \"" + name + "\" (the catalog has: " + known + ")");
}

const WeightsEntry *imageNetEntryFor(const std::vector<WeightsEntry> &catalog, const std::string &model)
{
    const WeightsEntry *listed = nullptr;
    const WeightsEntry *atHand = nullptr;
    for (const auto &e : catalog) {
        if (e.model != model)
            continue;
        listed = &e;
        const WeightsState state = weightsStatus(e).state;
        if (state == WeightsState::Verified || state == WeightsState::Unchecked)
            atHand = &e;
    }
    return atHand ? atHand : listed;
}

} // namespace mw::core
