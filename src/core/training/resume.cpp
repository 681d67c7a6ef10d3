#include "training/resume.h"

#include "errors.h"
#include "training/jsonread.h"
#include "training/runstore.h"

#include <fstream>

namespace mw::core {
namespace {

constexpr const char *kStateFile = RunStore::kResumeFile;
constexpr const char *kMetaFile = RunStore::kResumeInfoFile;
constexpr int kVersion = 1;

void writeList(torch::serialize::OutputArchive &archive, const std::string &name, const std::vector<torch::Tensor> &list)
{
    torch::serialize::OutputArchive sub;
    sub.write("count", c10::IValue(std::int64_t(list.size())));
    for (std::size_t i = 0; i < list.size(); ++i)
        sub.write(std::to_string(i), list[i].detach().to(torch::kCPU));
    archive.write(name, sub);
}

std::vector<torch::Tensor> readList(torch::serialize::InputArchive &archive, const std::string &name)
{
    torch::serialize::InputArchive sub;
    archive.read(name, sub);
    c10::IValue count;
    sub.read("count", count);
    std::vector<torch::Tensor> out(static_cast<std::size_t>(count.toInt()));
    for (std::size_t i = 0; i < out.size(); ++i)
        sub.read(std::to_string(i), out[i]);
    return out;
}

void renameInto(const std::filesystem::path &temp, const std::filesystem::path &file)
{
    std::error_code ec;
    std::filesystem::rename(temp, file, ec);
    if (ec)
        throw UsageError(file.string() + ": cannot write the resume state (" + ec.message() + ")");
}

} // namespace

nlohmann::json toJson(const ResumeMeta &m)
{
    return {{"config", toJson(m.config)},
            {"phase", toString(m.phase)},
            {"phase_epoch", m.phaseEpoch},
            {"epoch", m.epoch},
            {"best_accuracy", m.best.bestAccuracy},
            {"best_epoch", m.best.bestEpoch},
            {"best_local", m.best.bestPhaseEpoch},
            {"stop_reason", m.stopReason},
            {"phase_seconds", m.phaseSeconds},
            {"run_seconds", m.runSeconds},
            {"last_accuracy", m.lastAccuracy},
            {"shuffle", m.shuffle},
            {"result", toJson(m.result)}};
}

ResumeMeta resumeMetaFromJson(const nlohmann::json &json)
{
    const JsonReader j(json, "", "key");
    ResumeMeta m;
    m.config = runConfigFromJson(j.at("config"));
    const std::string phase = j.require<std::string>("phase");
    m.phase = j.convert("phase", [&] { return phaseNameFromString(phase); });
    m.phaseEpoch = j.require<int>("phase_epoch");
    m.epoch = j.require<int>("epoch");
    m.best.bestAccuracy = j.require<double>("best_accuracy");
    m.best.bestEpoch = j.require<int>("best_epoch");
    m.best.bestPhaseEpoch = j.require<int>("best_local");
    m.stopReason = j.require<std::string>("stop_reason");
    m.phaseSeconds = j.require<double>("phase_seconds");
    m.runSeconds = j.require<double>("run_seconds");
    m.lastAccuracy = j.require<double>("last_accuracy");
    m.shuffle = j.require<std::string>("shuffle");
    m.result = runResultFromJson(j.at("result"));
    return m;
}

void checkResumable(const ResumeMeta &meta, const RunConfig &config, const RunResult &now)
{
    const auto what = [](nlohmann::json json) {
        json.erase("device");
        json.erase("threads");
        return json;
    };
    if (what(toJson(meta.config)) != what(toJson(config)))
        throw UsageError("these settings are not the stopped run's; resume it with the settings in its "
                         + std::string(kMetaFile));
    if (meta.result.weightsSha256 != now.weightsSha256)
        throw UsageError("the weights file " + now.weightsSource
                         + " changed since the run started; it cannot be resumed with them");
}

std::uintmax_t writeResumeState(const std::filesystem::path &folder, const ResumeMeta &meta,
                      const std::vector<torch::Tensor> &current, const std::vector<torch::Tensor> &best,
                      const std::vector<torch::Tensor> &random, const torch::optim::Optimizer &optimizer)
{
    nlohmann::json versioned = toJson(meta);
    versioned["version"] = kVersion;
    const std::string text = versioned.dump();
    torch::serialize::OutputArchive archive;
    archive.write("meta", c10::IValue(text));
    writeList(archive, "current", current);
    writeList(archive, "best", best);
    writeList(archive, "random", random);
    torch::serialize::OutputArchive optimizerArchive;
    optimizer.save(optimizerArchive);
    archive.write("optimizer", optimizerArchive);

    const auto state = folder / kStateFile, stateTemp = folder / (std::string(kStateFile) + ".part");
    try {
        archive.save_to(stateTemp.string());
    } catch (const c10::Error &) {
        throw UsageError(stateTemp.string() + ": cannot write the resume state (disk full?)");
    }
    renameInto(stateTemp, state);
    // The same position in words; resume.pt's own copy is the one a resume goes by.
    const auto info = folder / kMetaFile, infoTemp = folder / (std::string(kMetaFile) + ".part");
    {
        std::ofstream out(infoTemp);
        out << versioned.dump(2) << '\n';
        out.close();
        if (!out)
            throw UsageError(infoTemp.string() + ": cannot write the resume state (disk full?)");
    }
    renameInto(infoTemp, info);
    std::error_code ec;
    const std::uintmax_t bytes = std::filesystem::file_size(state, ec);
    return ec ? 0 : bytes;
}

ResumeState readResumeState(const std::filesystem::path &folder, const torch::Device &device)
{
    const auto file = folder / kStateFile;
    ResumeState state;
    torch::serialize::InputArchive archive;
    nlohmann::json meta;
    try {
        archive.load_from(file.string(), device);
        c10::IValue text;
        archive.read("meta", text);
        meta = nlohmann::json::parse(text.toStringRef());
        state.current = readList(archive, "current");
        state.best = readList(archive, "best");
        state.random = readList(archive, "random");
        archive.read("optimizer", state.optimizer);
    } catch (const c10::Error &) {
        throw UsageError(file.string() + ": not a resume state this version can read");
    } catch (const nlohmann::json::exception &) {
        throw UsageError(file.string() + ": not a resume state this version can read");
    }
    if (!meta.is_object() || meta.value("version", 0) != kVersion)
        throw UsageError(file.string() + ": written by another version of the resume state");
    try {
        state.meta = resumeMetaFromJson(meta);
    } catch (const UsageError &e) {
        throw UsageError(file.string() + ": not a resume state this version can read (" + e.what() + ")");
    }
    // Random generators' states stay on the CPU (they are bytes, not numbers to compute with).
    for (auto &t : state.random)
        t = t.to(torch::kCPU);
    return state;
}

} // namespace mw::core
