#include "training/resume.h"

#include "errors.h"
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

std::uintmax_t writeResumeState(const std::filesystem::path &folder, const nlohmann::json &meta,
                      const std::vector<torch::Tensor> &current, const std::vector<torch::Tensor> &best,
                      const std::vector<torch::Tensor> &random, const torch::optim::Optimizer &optimizer)
{
    nlohmann::json versioned = meta;
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
    try {
        archive.load_from(file.string(), device);
        c10::IValue meta;
        archive.read("meta", meta);
        state.meta = nlohmann::json::parse(meta.toStringRef());
        state.current = readList(archive, "current");
        state.best = readList(archive, "best");
        state.random = readList(archive, "random");
        archive.read("optimizer", state.optimizer);
    } catch (const c10::Error &) {
        throw UsageError(file.string() + ": not a resume state this version can read");
    } catch (const nlohmann::json::exception &) {
        throw UsageError(file.string() + ": not a resume state this version can read");
    }
    if (state.meta.value("version", 0) != kVersion)
        throw UsageError(file.string() + ": written by another version of the resume state");
    // Random generators' states stay on the CPU (they are bytes, not numbers to compute with).
    for (auto &t : state.random)
        t = t.to(torch::kCPU);
    return state;
}

} // namespace mw::core
