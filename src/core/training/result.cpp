#include "training/result.h"

#include "errors.h"
#include "training/earlystopping.h"
#include "training/jsonread.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>

namespace mw::core {
namespace {

constexpr int kFormatVersion = 1;

nlohmann::json orNull(const std::optional<double> &value)
{
    return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

// Six significant digits survive the trip through a float (FLT_DIG), so a file read back writes the same text, and
// "0.973412" takes a third of the characters of the float's exact value as a double.
nlohmann::json rounded(float value)
{
    if (!std::isfinite(value))
        return nullptr; // JSON has no NaN; what nlohmann would write anyway
    char text[32];
    std::snprintf(text, sizeof text, "%.6g", double(value));
    return std::strtod(text, nullptr);
}

nlohmann::json toJson(const TestDigitDetail &d)
{
    nlohmann::json probabilities = nlohmann::json::array();
    for (const float p : d.probabilities)
        probabilities.push_back(rounded(p));
    return {{"index", d.index},
            {"label", d.label},
            {"predicted", d.predicted},
            {"loss", rounded(d.loss)},
            {"probabilities", probabilities}};
}

// null stands for NaN (a digit whose logits overflowed), as toJson writes it.
float floatOrNaN(const nlohmann::json &v) { return v.is_null() ? std::numeric_limits<float>::quiet_NaN() : v.get<float>(); }

TestDigitDetail testDigitDetailFromJson(const nlohmann::json &json, const std::string &path)
{
    const JsonReader j(json, path, "key");
    TestDigitDetail d;
    d.index = j.require<int>("index");
    if (d.index < 0)
        throw UsageError("key \"" + j.key("index") + "\" must be a position of 0 or more, not " + std::to_string(d.index));
    auto digit = [&](const char *name) {
        const int value = j.require<int>(name);
        if (value < 0 || value > 9)
            throw UsageError("key \"" + j.key(name) + "\" must be a digit 0 to 9, not " + std::to_string(value));
        return value;
    };
    d.label = digit("label");
    d.predicted = digit("predicted");
    const std::optional<double> loss = j.require<std::optional<double>>("loss");
    d.loss = loss ? float(*loss) : std::numeric_limits<float>::quiet_NaN();
    const nlohmann::json &probabilities = j.at("probabilities");
    const auto wrongProbabilities = [&] {
        throw UsageError("key \"" + j.key("probabilities") + "\" must be a list of 10 probabilities (0 to 1), not "
                         + probabilities.dump().substr(0, 60));
    };
    if (!probabilities.is_array() || probabilities.size() != 10)
        wrongProbabilities();
    for (std::size_t k = 0; k < 10; ++k) {
        const nlohmann::json &p = probabilities[k];
        if (!p.is_null() && (!p.is_number() || p.get<double>() < 0 || p.get<double>() > 1))
            wrongProbabilities();
        d.probabilities[k] = floatOrNaN(p);
    }
    return d;
}

PhaseName phaseFrom(const JsonReader &j, const char *key)
{
    const std::string name = j.require<std::string>(key);
    return j.convert(key, [&] { return phaseNameFromString(name); });
}

// Files written before the epochs said what early stopping made of them: the same rule, replayed over the epochs in
// order (patience does not change which epoch a phase keeps).
void replayEarlyStopping(std::vector<EpochMetrics> &epochs)
{
    std::optional<EarlyStopping> rule;
    int phaseEpoch = 0;
    for (std::size_t i = 0; i < epochs.size(); ++i) {
        EpochMetrics &m = epochs[i];
        if (i == 0 || m.phase != epochs[i - 1].phase) {
            // Fine-tuning starts from the head phase's best and has to beat it.
            rule = m.phase == PhaseName::Finetune && rule
                       ? EarlyStopping(0, rule->state().bestAccuracy, rule->state().bestEpoch)
                       : EarlyStopping(0);
            phaseEpoch = 0;
        }
        const EarlyStopping::Step step = rule->observe(m.epoch, ++phaseEpoch, m.valAccuracy);
        m.improved = step.improved;
        m.bestEpoch = step.bestEpoch;
    }
}

EpochMetrics epochMetricsFromJson(const nlohmann::json &json, bool &keptEpochKnown)
{
    const JsonReader m(json, "epochs[]", "key");
    EpochMetrics e;
    e.epoch = m.require<int>("epoch");
    e.phase = phaseFrom(m, "phase");
    e.trainLoss = m.require<double>("train_loss");
    e.trainAccuracy = m.require<double>("train_accuracy");
    e.valLoss = m.require<double>("val_loss");
    e.valAccuracy = m.require<double>("val_accuracy");
    e.seconds = m.require<double>("seconds");
    keptEpochKnown = keptEpochKnown && m.has("improved") && m.has("best_epoch");
    m.read("improved", e.improved);
    m.read("best_epoch", e.bestEpoch);
    return e;
}

std::array<std::array<int, 10>, 10> confusionMatrixFromJson(const nlohmann::json &matrix)
{
    std::array<std::array<int, 10>, 10> out{};
    if (!matrix.is_array() || matrix.size() != 10)
        throw UsageError("key \"confusion_matrix\" must be 10 lists of 10 counts");
    for (std::size_t t = 0; t < 10; ++t) {
        if (!matrix[t].is_array() || matrix[t].size() != 10)
            throw UsageError("key \"confusion_matrix\" must be 10 lists of 10 counts");
        for (std::size_t p = 0; p < 10; ++p) {
            if (!matrix[t][p].is_number_unsigned())
                throw UsageError("key \"confusion_matrix\" must hold counts of 0 or more");
            if (!holdsWhole<int>(matrix[t][p])) // read as an int, it would wrap to a negative count
                throw UsageError("key \"confusion_matrix\" holds a count larger than "
                                 + std::to_string(std::numeric_limits<int>::max()));
            out[t][p] = matrix[t][p].get<int>();
        }
    }
    return out;
}

} // namespace

EpochMetrics epochMetricsFromJson(const nlohmann::json &json)
{
    bool known = true;
    return epochMetricsFromJson(json, known);
}

nlohmann::json toJson(const EpochMetrics &m)
{
    return {{"epoch", m.epoch},
            {"phase", toString(m.phase)},
            {"train_loss", m.trainLoss},
            {"train_accuracy", m.trainAccuracy},
            {"val_loss", m.valLoss},
            {"val_accuracy", m.valAccuracy},
            {"seconds", m.seconds},
            {"improved", m.improved},
            {"best_epoch", m.bestEpoch}};
}

nlohmann::json toJson(const RunResult &r)
{
    nlohmann::json epochs = nlohmann::json::array();
    for (const auto &m : r.epochs)
        epochs.push_back(toJson(m));
    nlohmann::json phases = nlohmann::json::array();
    for (const auto &p : r.phases)
        phases.push_back(
            {{"name", toString(p.name)}, {"epochs", p.epochs}, {"best_epoch", p.bestEpoch}, {"seconds", p.seconds}, {"stop_reason", p.stopReason}});
    nlohmann::json weights = r.weightsSha256.empty()
                                 ? nlohmann::json(r.weightsSource)
                                 : nlohmann::json{{"file", r.weightsSource}, {"sha256", r.weightsSha256}};
    if (!r.weightsName.empty())
        weights["name"] = r.weightsName;
    nlohmann::json details = nlohmann::json::array();
    for (const auto &d : r.testDetails)
        details.push_back(toJson(d));
    nlohmann::json out = {{"format_version", kFormatVersion},
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
                          {"test_details", details},
                          {"parameters",
                           {{"total", r.parameters.total},
                            {"trainable_head", r.parameters.trainableHead},
                            {"trainable_finetune", r.parameters.trainableFinetune}}},
                          {"seconds_total", r.secondsTotal},
                          {"cancelled", r.cancelled},
                          {"warnings", r.warnings}};
    if (r.splitSizes)
        out["split_sizes"] = {{"train", r.splitSizes->train},
                              {"validation", r.splitSizes->validation},
                              {"test", r.splitSizes->test}};
    return out;
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
    // Files written before split_sizes existed leave it unset.
    if (j.has("split_sizes")) {
        const JsonReader sizes = j.child("split_sizes");
        SplitSizes n{sizes.require<int>("train"), sizes.require<int>("validation"), sizes.require<int>("test")};
        if (n.train < 0 || n.validation < 0 || n.test < 0)
            throw UsageError("key \"split_sizes\" must hold counts of 0 or more");
        r.splitSizes = n;
    }
    r.device = j.require<std::string>("device");
    r.threads = j.require<int>("threads");
    r.seed = j.require<std::uint64_t>("seed");
    if (j.at("weights_source").is_object()) {
        const JsonReader w = j.child("weights_source");
        r.weightsSource = w.require<std::string>("file");
        r.weightsSha256 = w.require<std::string>("sha256");
        w.read("name", r.weightsName);
    } else {
        r.weightsSource = j.require<std::string>("weights_source");
    }
    r.config = runConfigFromJson(j.at("config"));
    if (!j.at("epochs").is_array())
        throw UsageError("key \"epochs\" must be a list");
    bool keptEpochKnown = true;
    for (const auto &e : j.at("epochs"))
        r.epochs.push_back(epochMetricsFromJson(e, keptEpochKnown));
    if (!keptEpochKnown)
        replayEarlyStopping(r.epochs);
    r.boundaryEpoch = j.require<int>("boundary_epoch");
    if (!j.at("phases").is_array())
        throw UsageError("key \"phases\" must be a list");
    for (const auto &e : j.at("phases")) {
        const JsonReader p(e, "phases[]", "key");
        PhaseSummary s{phaseFrom(p, "name"), p.require<int>("epochs"), p.require<int>("best_epoch"),
                       p.require<double>("seconds"), ""};
        p.read("stop_reason", s.stopReason);
        r.phases.push_back(s);
    }
    r.testAccuracy = j.require<std::optional<double>>("test_accuracy");
    r.testLoss = j.require<std::optional<double>>("test_loss");
    r.confusionMatrix = confusionMatrixFromJson(j.at("confusion_matrix"));
    r.misclassified = j.require<std::vector<int>>("misclassified");
    j.read("misclassified_predicted", r.misclassifiedPredicted);
    // Files written before test_details existed have none.
    if (j.has("test_details")) {
        const auto &details = j.at("test_details");
        if (!details.is_array())
            throw UsageError("key \"test_details\" must be a list");
        for (std::size_t i = 0; i < details.size(); ++i)
            r.testDetails.push_back(testDigitDetailFromJson(details[i], "test_details[" + std::to_string(i) + "]"));
    }
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
