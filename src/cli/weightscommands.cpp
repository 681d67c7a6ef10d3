#include "weightscommands.h"

#include "errors.h"
#include "format.h"
#include "traincommand.h"
#include "weightstore/catalog.h"
#include "weightstore/download.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace mw::cli {
namespace {

using namespace mw::core;

std::string megabytes(std::int64_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", double(bytes) / 1e6);
    return text;
}

// "412.3 of 553.4 MB  12.5 MB/s  ~9 s left": rewritten in place on a terminal, a line every 10 % otherwise.
class FetchProgress {
public:
    explicit FetchProgress(std::string name) : m_name(std::move(name)), m_tty(isatty(STDERR_FILENO)) {}

    void operator()(const DownloadProgress &p)
    {
        const int tenth = p.total > 0 ? int(10 * p.done / p.total) : -1;
        if (!m_tty && tenth == m_lastTenth)
            return;
        m_lastTenth = tenth;
        std::string line = m_name + ": " + megabytes(p.done);
        if (p.total > 0)
            line += " of " + megabytes(p.total);
        line += "  " + megabytes(std::int64_t(p.bytesPerSecond)) + "/s";
        if (p.secondsLeft >= 0)
            line += "  ~" + duration(p.secondsLeft) + " left";
        if (p.resumedFrom > 0)
            line += "  (resumed at " + megabytes(p.resumedFrom) + ")";
        std::fprintf(stderr, m_tty ? "\r%s\x1b[K" : "%s\n", line.c_str());
        m_shown = true;
    }

    ~FetchProgress()
    {
        if (m_tty && m_shown)
            std::fprintf(stderr, "\n");
    }

private:
    std::string m_name;
    bool m_tty;
    bool m_shown = false;
    int m_lastTenth = -2;
};

WeightsStatus fetchOne(const WeightsEntry &entry, const std::string &mirror, const Interruption &interruption)
{
    FetchProgress progress(entry.name);
    DownloadOptions options;
    options.mirror = mirror;
    options.progress = std::ref(progress);
    options.cancelled = [&] { return interruption.requested(); };
    return fetchWeights(entry, options);
}

nlohmann::json entryJson(const WeightsEntry &e, const WeightsStatus &s)
{
    nlohmann::json j = {{"name", e.name},          {"model", e.model},       {"format", toString(e.format)},
                        {"file", e.file},          {"url", e.url},           {"digest", e.digest.describe()},
                        {"status", toString(s.state)}, {"normalization", e.normalization},
                        {"license", e.license},    {"source", e.source},     {"catalog", e.catalogFile}};
    if (s.state != WeightsState::Missing)
        j.update({{"path", s.path.string()}, {"size", s.size}, {"sha256", s.sha256}});
    else if (e.size > 0)
        j["size"] = e.size;
    if (s.partialBytes > 0)
        j["partial_bytes"] = s.partialBytes;
    return j;
}

} // namespace

WeightsCommands addWeightsCommands(CLI::App &app, WeightsOptions &o)
{
    auto *list = app.add_subcommand("weights", "The weights catalog: ImageNet weights for the backbones, where they "
                                               "are (our weights folder, the torch hub and Keras caches) and whether "
                                               "they are verified; fetch downloads them");
    list->add_flag("--json", o.json, "Print JSON instead of a table");
    auto *fetch = list->add_subcommand("fetch", "Download and verify catalog entries (resumes a cut download)");
    fetch->add_option("names", o.names, "Entry names (see weights)")->required();
    fetch->add_option("--mirror", o.mirror, "Base URL that replaces each URL's scheme and host (a local mirror)");
    return {list, fetch};
}

int listWeights(bool json)
{
    const std::vector<WeightsEntry> catalog = loadWeightsCatalog();
    nlohmann::json rows = nlohmann::json::array();
    if (!json)
        std::printf("%-34s %-13s %-11s %9s  %s\n", "NAME", "MODEL", "FORMAT", "SIZE", "STATUS");
    for (const WeightsEntry &e : catalog) {
        const WeightsStatus s = weightsStatus(e);
        if (json) {
            rows.push_back(entryJson(e, s));
            continue;
        }
        const std::int64_t size = s.state != WeightsState::Missing ? s.size : e.size;
        std::string status = toString(s.state);
        if (s.state != WeightsState::Missing)
            status += " " + s.path.string();
        else if (s.partialBytes > 0)
            status += " (" + megabytes(s.partialBytes) + " downloaded, fetch resumes)";
        std::printf("%-34s %-13s %-11s %9s  %s\n", e.name.c_str(), e.model.c_str(), toString(e.format).c_str(),
                    size > 0 ? megabytes(size).c_str() : "-", status.c_str());
    }
    if (json)
        std::cout << rows.dump(2) << '\n';
    else
        std::printf("downloads go to %s\n", weightsDir().c_str());
    return 0;
}

int fetchWeightsCommand(const WeightsOptions &o)
{
    const std::vector<WeightsEntry> catalog = loadWeightsCatalog();
    std::vector<const WeightsEntry *> entries;
    for (const std::string &name : o.names)
        entries.push_back(&weightsEntry(catalog, name)); // every name checked before anything is downloaded
    Interruption interruption;
    for (const WeightsEntry *e : entries) {
        try {
            const WeightsStatus s = fetchOne(*e, o.mirror, interruption);
            std::printf("%s: %s %s (%s)\n", e->name.c_str(), toString(s.state).c_str(), s.path.c_str(),
                        e->digest.describe().c_str());
        } catch (const DownloadCancelled &) {
            std::fprintf(stderr, "mnist-workbench-cli: cancelled; the partial download is kept and the next fetch of "
                                 "%s resumes it\n", e->name.c_str());
            return 130;
        }
    }
    return 0;
}

void addWeightsUseOptions(CLI::App &command, WeightsUse &use)
{
    command.add_flag("--offline", use.offline, "Never download: a catalog name in --weights must be at hand");
    command.add_option("--mirror", use.mirror, "Base URL replacing the host of catalog downloads (a local mirror)");
}

ResolvedWeights fetchCatalogWeights(const std::string &weights, const std::string &model, const WeightsUse &use)
{
    std::error_code ec;
    if (weights.empty() || weights.find('/') != std::string::npos || std::filesystem::exists(weights, ec))
        return {weights, {}, {}}; // none, or a file given by path
    const std::vector<WeightsEntry> catalog = loadWeightsCatalog();
    const WeightsEntry *entry = findWeightsEntry(catalog, weights);
    if (!entry)
        return {weights, {}, {}}; // neither: loading it says "no such file"
    if (entry->model != model)
        throw UsageError("weights", "weights " + entry->name + " are for " + entry->model + ", not " + model,
                         "are for " + entry->model + ", not " + model);
    const WeightsState state = weightsStatus(*entry).state;
    if ((state == WeightsState::Missing || state == WeightsState::Damaged) && !use.offline) {
        Interruption interruption;
        fetchOne(*entry, use.mirror, interruption);
    }
    return resolveWeights(catalog, entry->name); // still missing (offline) or damaged: the engine's one line
}

void prepareCatalogWeights(RunConfig &config, const WeightsUse &use)
{
    const ResolvedWeights resolved = fetchCatalogWeights(config.weights, config.model.name, use);
    if (!use.normalizationGiven && !resolved.normalization.empty())
        config.normalization = normalizationFromString(resolved.normalization);
}

} // namespace mw::cli
