// Where a catalog entry's file is: the folders searched, the digest cache, the status, and --weights resolution.
#include "weightstore/catalog.h"

#include "data/catalog.h"
#include "data/md5.h"
#include "errors.h"

#include <nlohmann/json.hpp>

#include <cstdlib>
#include <fstream>
#include <mutex>

namespace fs = std::filesystem;

namespace mw::core {
namespace {

fs::path envPath(const char *name)
{
    const char *value = std::getenv(name);
    return value && *value ? fs::path(value) : fs::path();
}

fs::path home() { return envPath("HOME").empty() ? fs::path(".") : envPath("HOME"); }

// The torch hub's own rule (torch.hub.get_dir): $TORCH_HOME, else $XDG_CACHE_HOME/torch, else ~/.cache/torch.
fs::path torchHubCheckpoints()
{
    fs::path torchHome = envPath("TORCH_HOME");
    if (torchHome.empty())
        torchHome = (envPath("XDG_CACHE_HOME").empty() ? home() / ".cache" : envPath("XDG_CACHE_HOME")) / "torch";
    return torchHome / "hub" / "checkpoints";
}

// Keras's get_file(cache_subdir='models'): $KERAS_HOME/models, else ~/.keras/models.
fs::path kerasModels()
{
    const fs::path kerasHome = envPath("KERAS_HOME");
    return (kerasHome.empty() ? home() / ".keras" : kerasHome) / "models";
}

// Hashing a 500 MB file takes seconds: a file's digests are kept by path, size and modification time, so it is read
// once. The cache is a convenience: a cache that cannot be read or written is rebuilt, never an error.
class DigestCache {
public:
    FileDigests digestsOf(const fs::path &file)
    {
        const Stamp stamp = stampOf(file);
        {
            std::lock_guard lock(m_mutex);
            const nlohmann::json cache = read();
            if (cache.contains(stamp.key)) {
                const auto &c = cache[stamp.key];
                if (c.value("size", std::int64_t(-1)) == stamp.size && c.value("mtime", std::int64_t(-1)) == stamp.mtime)
                    return {c.value("sha256", ""), c.value("md5", "")};
            }
        }
        const FileDigests digests = fileDigests(file); // outside the lock: other files need not wait
        remember(file, digests);
        return digests;
    }

    void remember(const fs::path &file, const FileDigests &digests)
    {
        const Stamp stamp = stampOf(file);
        std::lock_guard lock(m_mutex);
        nlohmann::json cache = read();
        cache[stamp.key] = {{"size", stamp.size}, {"mtime", stamp.mtime}, {"sha256", digests.sha256}, {"md5", digests.md5}};
        write(cache);
    }

private:
    struct Stamp {
        std::string key;
        std::int64_t size, mtime;
    };

    static Stamp stampOf(const fs::path &file)
    {
        return {fs::absolute(file).lexically_normal().string(), std::int64_t(fs::file_size(file)),
                std::int64_t(fs::last_write_time(file).time_since_epoch().count())};
    }

    static fs::path file() { return weightsDir() / "digests.json"; }

    static nlohmann::json read()
    {
        std::ifstream in(file());
        nlohmann::json cache = nlohmann::json::parse(in, nullptr, false);
        return cache.is_object() ? cache : nlohmann::json::object();
    }

    static void write(const nlohmann::json &cache)
    {
        std::error_code ec;
        fs::create_directories(weightsDir(), ec);
        const fs::path part = file().string() + ".part";
        {
            std::ofstream out(part, std::ios::trunc);
            out << cache.dump(1);
            if (!out)
                return;
        }
        fs::rename(part, file(), ec);
    }

    std::mutex m_mutex;
};

DigestCache &digestCache()
{
    static DigestCache cache;
    return cache;
}

std::string actualOfKind(const Digest &digest, const FileDigests &d)
{
    return digest.kind == Digest::Kind::Md5 ? d.md5 : d.sha256;
}

} // namespace

fs::path weightsDir() { return appDataDir() / "weights"; }

std::vector<fs::path> ownWeightsFiles(const WeightsEntry &entry)
{
    std::vector<fs::path> files;
    std::error_code ec;
    for (const fs::path &file : {weightsDir() / entry.file, weightsDir() / (entry.file + ".part")})
        if (fs::is_regular_file(file, ec))
            files.push_back(file);
    return files;
}

void rememberDigests(const fs::path &file, const std::string &sha256, const std::string &md5)
{
    digestCache().remember(file, {sha256, md5});
}

std::vector<fs::path> weightsSearchFolders()
{
    std::vector<fs::path> folders;
    for (const fs::path &f : {weightsDir(), torchHubCheckpoints(), kerasModels()})
        if (std::find(folders.begin(), folders.end(), f) == folders.end())
            folders.push_back(f);
    return folders;
}

std::string toString(WeightsState state)
{
    switch (state) {
    case WeightsState::Missing: return "not downloaded";
    case WeightsState::Verified: return "verified";
    case WeightsState::Damaged: return "damaged";
    case WeightsState::Unchecked: return "unchecked";
    }
    return "?";
}

bool digestMatches(const Digest &digest, const std::string &sha256, const std::string &md5)
{
    switch (digest.kind) {
    case Digest::Kind::None: return false;
    case Digest::Kind::Sha256: return sha256 == digest.hex;
    case Digest::Kind::Sha256Prefix: return sha256.rfind(digest.hex, 0) == 0;
    case Digest::Kind::Md5: return md5 == digest.hex;
    }
    return false;
}

WeightsStatus weightsStatus(const WeightsEntry &entry)
{
    WeightsStatus status;
    std::error_code ec;
    const fs::path part = weightsDir() / (entry.file + ".part");
    if (fs::is_regular_file(part, ec))
        status.partialBytes = std::int64_t(fs::file_size(part, ec));
    for (const fs::path &folder : weightsSearchFolders()) {
        const fs::path file = folder / entry.file;
        if (!fs::is_regular_file(file, ec))
            continue;
        const FileDigests digests = digestCache().digestsOf(file);
        WeightsStatus found = status;
        found.path = file;
        found.inWeightsDir = folder == weightsDir();
        found.size = std::int64_t(fs::file_size(file, ec));
        found.sha256 = digests.sha256;
        found.actual = actualOfKind(entry.digest, digests);
        found.state = entry.digest.kind == Digest::Kind::None ? WeightsState::Unchecked
                      : digestMatches(entry.digest, digests.sha256, digests.md5) ? WeightsState::Verified
                                                                                  : WeightsState::Damaged;
        if (found.state != WeightsState::Damaged)
            return found;
        if (status.state == WeightsState::Missing)
            status = found; // the first damaged file, unless a good one comes later
    }
    return status;
}

ResolvedWeights resolveWeights(const std::vector<WeightsEntry> &catalog, const std::string &nameOrFile)
{
    const WeightsEntry *entry = findWeightsEntry(catalog, nameOrFile);
    if (!entry)
        return {nameOrFile, {}, {}};
    const WeightsStatus status = weightsStatus(*entry);
    switch (status.state) {
    case WeightsState::Verified:
    case WeightsState::Unchecked: return {status.path, entry->name, entry->normalization};
    case WeightsState::Damaged:
        throw WeightsError(entry->name + ": " + status.path.string() + " is damaged (" + entry->digest.describe()
                           + " expected, the file has " + status.actual + "); delete it and run mnist-workbench-cli "
                           "weights fetch " + entry->name);
    case WeightsState::Missing: break;
    }
    throw WeightsError(entry->name + ": not downloaded yet; run mnist-workbench-cli weights fetch " + entry->name
                       + " (or put " + entry->file + " in " + weightsDir().string() + ")");
}

ResolvedWeights resolveWeights(const std::string &nameOrFile)
{
    // A path never needs the catalog; a bad user catalog must not stop runs that name files.
    std::error_code ec;
    if (nameOrFile.find('/') != std::string::npos || fs::exists(nameOrFile, ec))
        return {nameOrFile, {}, {}};
    return resolveWeights(loadWeightsCatalog(), nameOrFile);
}

} // namespace mw::core
