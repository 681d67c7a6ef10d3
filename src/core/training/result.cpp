#include "training/result.h"

#include "errors.h"
#include "training/jsonread.h"

namespace mw::core {
namespace {

constexpr int kFormatVersion = 1;

nlohmann::json orNull(const std::optional<double> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

} // namespace

nlohmann::json toJson(const EpochMetrics &m)
{
    return {{"epoch", m.epoch},
            {"phase", m.phase},
            {"train_loss", m.trainLoss},
            {"train_accuracy", m.trainAccuracy},
            {"val_loss", m.valLoss},
            {"val_accuracy", m.valAccuracy},
            {"seconds", m.seconds}};
}

nlohmann::json toJson(const RunResult &r)
{
    nlohmann::json epochs = nlohmann::json::array();
    for (const auto &m : r.epochs)
        epochs.push_back(toJson(m));
    nlohmann::json phases = nlohmann::json::array();
    for (const auto &p : r.phases)
        phases.push_back(
            {{"name", p.name}, {"epochs", p.epochs}, {"best_epoch", p.bestEpoch}, {"seconds", p.seconds}, {"stop_reason", p.stopReason}});
    nlohmann::json weights = r.weightsSha256.empty()
                                 ? nlohmann::json(r.weightsSource)
                                 : nlohmann::json{{"file", r.weightsSource}, {"sha256", r.weightsSha256}};
    return {{"format_version", kFormatVersion},
            {"model", r.model},
            {"dataset", r.dataset},
            {"split", r.split},
            {"device", r.device},
            {"threads", r.threads},
            {"seed", r.seed},
            {"weights_source", weights},
            {"config", toJson(r.config)},
            {"epochs", epochs},
            {"boundary_epoch", r.boundaryEpoch},
            {"phases", phases},
            {"test_accuracy", orNull(r.testAccuracy)},
            {"test_loss", orNull(r.testLoss)},
            {"confusion_matrix", r.confusionMatrix},
            {"misclassified", r.misclassified},
            {"misclassified_predicted", r.misclassifiedPredicted},
            {"parameters",
             {{"total", r.parameters.total},
              {"trainable_head", r.parameters.trainableHead},
              {"trainable_finetune", r.parameters.trainableFinetune}}},
            {"seconds_total", r.secondsTotal},
            {"cancelled", r.cancelled},
            {"warnings", r.warnings}};
}

RunResult runResultFromJson(const nlohmann::json &json)
{
    const JsonReader j(json, "", "key");
    RunResult r;
    if (j.require<int>("format_version") > kFormatVersion)
        throw UsageError("written by a newer MNIST Workbench (format " + json.at("format_version").dump() + ")");
    r.model = j.require<std::string>("model");
    r.dataset = j.require<std::string>("dataset");
    r.split = j.require<std::string>("split");
    r.device = j.require<std::string>("device");
    r.threads = j.require<int>("threads");
    r.seed = j.require<std::uint64_t>("seed");
    if (j.at("weights_source").is_object()) {
        const JsonReader w = j.child("weights_source");
        r.weightsSource = w.require<std::string>("file");
        r.weightsSha256 = w.require<std::string>("sha256");
    } else {
        r.weightsSource = j.require<std::string>("weights_source");
    }
    r.config = runConfigFromJson(j.at("config"));
    if (!j.at("epochs").is_array())
        throw UsageError("key \"epochs\" must be a list");
    for (const auto &e : j.at("epochs")) {
        const JsonReader m(e, "epochs[]", "key");
        r.epochs.push_back({m.require<int>("epoch"), m.require<std::string>("phase"), m.require<double>("train_loss"),
                            m.require<double>("train_accuracy"), m.require<double>("val_loss"),
                            m.require<double>("val_accuracy"), m.require<double>("seconds")});
    }
    r.boundaryEpoch = j.require<int>("boundary_epoch");
    if (!j.at("phases").is_array())
        throw UsageError("key \"phases\" must be a list");
    for (const auto &e : j.at("phases")) {
        const JsonReader p(e, "phases[]", "key");
        PhaseSummary s{p.require<std::string>("name"), p.require<int>("epochs"), p.require<int>("best_epoch"),
                       p.require<double>("seconds"), ""};
        p.read("stop_reason", s.stopReason);
        r.phases.push_back(s);
    }
    r.testAccuracy = j.require<std::optional<double>>("test_accuracy");
    r.testLoss = j.require<std::optional<double>>("test_loss");
    const auto &matrix = j.at("confusion_matrix");
    if (!matrix.is_array() || matrix.size() != 10)
        throw UsageError("key \"confusion_matrix\" must be 10 lists of 10 counts");
    for (std::size_t t = 0; t < 10; ++t) {
        if (!matrix[t].is_array() || matrix[t].size() != 10)
            throw UsageError("key \"confusion_matrix\" must be 10 lists of 10 counts");
        for (std::size_t p = 0; p < 10; ++p) {
            if (!matrix[t][p].is_number_unsigned())
                throw UsageError("key \"confusion_matrix\" must hold counts of 0 or more");
            r.confusionMatrix[t][p] = matrix[t][p].get<int>();
        }
    }
    r.misclassified = j.require<std::vector<int>>("misclassified");
    j.read("misclassified_predicted", r.misclassifiedPredicted);
    const JsonReader p = j.child("parameters");
    r.parameters.total = p.require<std::int64_t>("total");
    r.parameters.trainableHead = p.require<std::int64_t>("trainable_head");
    r.parameters.trainableFinetune = p.require<std::int64_t>("trainable_finetune");
    r.secondsTotal = j.require<double>("seconds_total");
    j.read("cancelled", r.cancelled);
    if (j.has("warnings")) {
        if (!j.at("warnings").is_array())
            throw UsageError("key \"warnings\" must be a list of strings");
        for (const auto &w : j.at("warnings")) {
            if (!w.is_string())
                throw UsageError("key \"warnings\" must be a list of strings");
            r.warnings.push_back(w.get<std::string>());
        }
    }
    return r;
}

} // namespace mw::core
