#include "sweep/sweep.h"

#include "errors.h"
#include "training/jsonread.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <set>
#include <sstream>

namespace mw::core {
namespace {

// Every leaf of a config's JSON as "a.b" -> value: the settings and the type each takes.
void flatten(const nlohmann::json &json, const std::string &prefix, std::vector<std::pair<std::string, nlohmann::json>> &out)
{
    for (const auto &item : json.items()) {
        const std::string key = prefix.empty() ? item.key() : prefix + "." + item.key();
        if (item.value().is_object())
            flatten(item.value(), key, out);
        else
            out.emplace_back(key, item.value());
    }
}

const std::vector<std::pair<std::string, nlohmann::json>> &settingTypes()
{
    static const auto types = [] {
        std::vector<std::pair<std::string, nlohmann::json>> out;
        RunConfig defaults = defaultRunConfig("dense32");
        defaults.model.scriptPath = "x"; // listed only when set
        flatten(toJson(defaults), "", out);
        return out;
    }();
    return types;
}

nlohmann::json::json_pointer pointerOf(const std::string &key)
{
    std::string pointer = "/" + key;
    std::replace(pointer.begin(), pointer.end(), '.', '/');
    return nlohmann::json::json_pointer(pointer);
}

// The axis's setting and value as the user wrote them, for errors: "--vary head.learning_rate=-1".
std::string axisValue(const SweepAxis &axis, const nlohmann::json &value)
{
    return "--vary " + axis.setting + "=" + settingValueText(value);
}

std::string modelNameIn(const nlohmann::json &json, std::string fallback)
{
    if (json.contains("model") && json["model"].is_object() && json["model"].contains("name")
        && json["model"]["name"].is_string())
        return json["model"]["name"].get<std::string>();
    return fallback;
}

nlohmann::json trialJson(const SweepDefinition &d, const std::vector<nlohmann::json> &values)
{
    std::string model = modelNameIn(d.overrides, modelNameIn(d.base, ""));
    for (std::size_t a = 0; a < d.axes.size(); ++a)
        for (const std::string &key : d.axes[a].keys)
            if (key == "model.name" && values[a].is_string())
                model = values[a].get<std::string>();
    nlohmann::json json = d.base;
    if (d.modelsConfig.contains(model))
        json.merge_patch(d.modelsConfig.at(model));
    json.merge_patch(d.overrides);
    for (std::size_t a = 0; a < d.axes.size(); ++a)
        for (const std::string &key : d.axes[a].keys)
            json[pointerOf(key)] = values[a];
    return json;
}

RunConfig trialConfig(const SweepDefinition &d, const std::vector<nlohmann::json> &values)
{
    // The error's key says which axis (if any) the refused value came from.
    auto rethrow = [&](const UsageError &e) {
        for (std::size_t a = 0; a < d.axes.size(); ++a)
            for (const std::string &key : d.axes[a].keys)
                if (key == e.key() || e.key().rfind(key + ".", 0) == 0)
                    throw UsageError(key, axisValue(d.axes[a], values[a]) + ": "
                                              + (e.problem().empty() ? std::string(e.what()) : e.problem()),
                                     e.problem());
        throw e;
    };
    try {
        RunConfig config = runConfigFromJson(trialJson(d, values));
        validate(config);
        return config;
    } catch (const UsageError &e) {
        rethrow(e);
    }
    throw std::logic_error("unreachable");
}

// Grid point `i` (mixed radix, the last axis fastest) as one value per axis.
std::vector<nlohmann::json> gridPoint(const std::vector<SweepAxis> &axes, std::uint64_t i)
{
    std::vector<nlohmann::json> values(axes.size());
    for (std::size_t a = axes.size(); a-- > 0;) {
        const std::uint64_t n = axes[a].values.size();
        values[a] = axes[a].values[i % n];
        i /= n;
    }
    return values;
}

// Uniform in [0, n) from the generator's raw output (the same draw with every standard library).
std::uint64_t uniformBelow(std::mt19937_64 &generator, std::uint64_t n)
{
    const std::uint64_t limit = std::numeric_limits<std::uint64_t>::max() - std::numeric_limits<std::uint64_t>::max() % n;
    for (;;) {
        const std::uint64_t x = generator();
        if (x < limit)
            return x % n;
    }
}

std::string trialName(int index)
{
    char name[32];
    std::snprintf(name, sizeof name, "trial-%03d", index);
    return name;
}

} // namespace

std::string settingValueText(const nlohmann::json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_float())
        return formatNumber(value.get<double>());
    return value.dump();
}

std::vector<std::string> sweepSettings()
{
    std::vector<std::string> names{"model"};
    for (const auto &[key, value] : settingTypes())
        names.push_back(key);
    return names;
}

std::vector<std::string> sweepSettingKeys(const std::string &setting)
{
    if (setting == "model")
        return {"model.name"};
    for (const auto &[key, value] : settingTypes())
        if (key == setting)
            return {key};
    std::string known;
    for (const std::string &name : sweepSettings())
        known += (known.empty() ? "" : ", ") + name;
    throw UsageError(setting, "unknown setting \"" + setting + "\" to vary (known: " + known + ")", "is unknown");
}

nlohmann::json parseSettingValue(const std::string &key, const std::string &text)
{
    const auto type = std::find_if(settingTypes().begin(), settingTypes().end(),
                                   [&](const auto &entry) { return entry.first == key; });
    if (type == settingTypes().end())
        sweepSettingKeys(key); // throws
    const nlohmann::json &example = type->second;
    auto refuse = [&](const char *what) -> nlohmann::json {
        throw UsageError(key, "setting \"" + key + "\": \"" + text + "\" is not " + what,
                         "\"" + text + "\" is not " + what);
    };
    if (example.is_string())
        return text;
    if (example.is_boolean()) {
        if (text == "true" || text == "on" || text == "yes" || text == "1")
            return true;
        if (text == "false" || text == "off" || text == "no" || text == "0")
            return false;
        return refuse("true or false");
    }
    if (example.is_array()) {
        const nlohmann::json parsed = nlohmann::json::parse(text, nullptr, false);
        if (parsed.is_discarded() || !parsed.is_array())
            return refuse("a list such as [128,64]");
        return parsed;
    }
    if (text.empty())
        return refuse("a number");
    char *end = nullptr;
    errno = 0;
    if (example.is_number_integer()) {
        const long long value = std::strtoll(text.c_str(), &end, 10);
        if (*end != '\0' || errno == ERANGE)
            return refuse("a whole number");
        if (example.is_number_unsigned() && value < 0)
            return refuse("a whole number of 0 or more");
        return example.is_number_unsigned() ? nlohmann::json(std::uint64_t(value)) : nlohmann::json(value);
    }
    const double value = std::strtod(text.c_str(), &end);
    if (*end != '\0' || errno == ERANGE)
        return refuse("a number");
    return value;
}

std::vector<std::string> splitValueList(const std::string &text)
{
    std::vector<std::string> values;
    std::string current;
    int depth = 0;
    for (char c : text) {
        if (c == ',' && depth == 0) {
            values.push_back(current);
            current.clear();
            continue;
        }
        depth += c == '[' ? 1 : c == ']' ? -1 : 0;
        current += c;
    }
    values.push_back(current);
    return values;
}

Sweep expandSweep(const SweepDefinition &definition)
{
    std::set<std::string> seen;
    std::uint64_t points = 1;
    for (const SweepAxis &axis : definition.axes) {
        if (axis.values.empty())
            throw UsageError(axis.setting, "--vary " + axis.setting + ": give at least one value", "has no values");
        for (const std::string &key : axis.keys)
            if (!seen.insert(key).second)
                throw UsageError(key, "--vary " + axis.setting + ": \"" + key + "\" is varied twice", "is varied twice");
        points *= axis.values.size();
        if (points > std::uint64_t(1) << 40)
            throw UsageError("the sweep's grid is too large to count; vary fewer settings");
    }
    if (definition.random < 0)
        throw UsageError("random", "--random must be 1 or more, not " + std::to_string(definition.random));
    if (definition.random > 0 && std::uint64_t(definition.random) > points)
        throw UsageError("random", "--random " + std::to_string(definition.random) + " asks for more trials than the grid's "
                                       + std::to_string(points) + " points");
    const std::uint64_t count = definition.random > 0 ? std::uint64_t(definition.random) : points;
    if (count > std::uint64_t(kMaxTrials))
        throw UsageError("the sweep would have " + std::to_string(count) + " trials (at most "
                         + std::to_string(kMaxTrials) + "): vary fewer values, or draw some with --random N");

    // Which grid points: all in order, or N distinct ones drawn with the sweep's seed.
    std::vector<std::uint64_t> chosen;
    if (definition.random == 0) {
        for (std::uint64_t i = 0; i < points; ++i)
            chosen.push_back(i);
    } else {
        std::mt19937_64 generator(definition.seed);
        std::set<std::uint64_t> taken;
        while (chosen.size() < count) {
            const std::uint64_t i = uniformBelow(generator, points);
            if (taken.insert(i).second)
                chosen.push_back(i);
        }
    }

    Sweep sweep;
    sweep.definition = definition;
    for (const std::uint64_t point : chosen) {
        Trial trial;
        trial.index = int(sweep.trials.size());
        trial.name = trialName(trial.index);
        trial.values = gridPoint(definition.axes, point);
        trial.config = trialConfig(definition, trial.values);
        sweep.trials.push_back(std::move(trial));
    }
    return sweep;
}

nlohmann::json toJson(const Sweep &sweep)
{
    const SweepDefinition &d = sweep.definition;
    nlohmann::json axes = nlohmann::json::array();
    for (const SweepAxis &axis : d.axes)
        axes.push_back({{"setting", axis.setting}, {"keys", axis.keys}, {"values", axis.values}});
    nlohmann::json trials = nlohmann::json::array();
    for (const Trial &trial : sweep.trials)
        trials.push_back({{"index", trial.index}, {"name", trial.name}, {"values", trial.values},
                          {"config", toJson(trial.config)}});
    return {{"format", 1},          {"base", d.base},   {"models_config", d.modelsConfig},
            {"overrides", d.overrides}, {"recipe", d.recipe}, {"axes", axes},
            {"random", d.random},   {"seed", d.seed},   {"trials", trials}};
}

Sweep sweepFromJson(const nlohmann::json &json)
{
    const JsonReader r(json, "", "key");
    r.allowOnly({"format", "base", "models_config", "overrides", "recipe", "axes", "random", "seed", "trials"});
    if (r.require<int>("format") != 1)
        throw UsageError("format", "key \"format\" must be 1 (a sweep written by a newer version?)", "must be 1");
    Sweep sweep;
    SweepDefinition &d = sweep.definition;
    d.base = r.at("base");
    d.modelsConfig = r.at("models_config");
    d.overrides = r.at("overrides");
    if (!d.base.is_object() || !d.modelsConfig.is_object() || !d.overrides.is_object())
        throw UsageError("base", "keys \"base\", \"models_config\" and \"overrides\" must be JSON objects",
                         "must be a JSON object");
    r.read("recipe", d.recipe);
    r.read("random", d.random);
    r.read("seed", d.seed);
    const nlohmann::json &axes = r.at("axes");
    if (!axes.is_array())
        throw UsageError("axes", "key \"axes\" must be a list", "must be a list");
    for (std::size_t a = 0; a < axes.size(); ++a) {
        const JsonReader ar(axes[a], "axes[" + std::to_string(a) + "]", "key");
        ar.allowOnly({"setting", "keys", "values"});
        SweepAxis axis;
        axis.setting = ar.require<std::string>("setting");
        const nlohmann::json &keys = ar.at("keys"), &values = ar.at("values");
        if (!keys.is_array() || !values.is_array())
            throw UsageError(ar.key("keys"), "key \"" + ar.key("keys") + "\" and its values must be lists", "must be a list");
        for (const auto &key : keys) {
            if (!key.is_string())
                throw UsageError(ar.key("keys"), "key \"" + ar.key("keys") + "\" must hold setting names", "must hold names");
            axis.keys.push_back(key.get<std::string>());
        }
        axis.values.assign(values.begin(), values.end());
        d.axes.push_back(std::move(axis));
    }
    const nlohmann::json &trials = r.at("trials");
    if (!trials.is_array())
        throw UsageError("trials", "key \"trials\" must be a list", "must be a list");
    if (trials.size() > std::size_t(kMaxTrials))
        throw UsageError("trials", "key \"trials\" holds more than " + std::to_string(kMaxTrials) + " trials",
                         "holds too many trials");
    for (std::size_t t = 0; t < trials.size(); ++t) {
        const JsonReader tr(trials[t], "trials[" + std::to_string(t) + "]", "key");
        tr.allowOnly({"index", "name", "values", "config"});
        Trial trial;
        trial.index = tr.require<int>("index");
        trial.name = tr.require<std::string>("name");
        if (trial.index != int(t) || trial.name != trialName(int(t)))
            throw UsageError(tr.key("name"), "key \"" + tr.key("name") + "\" must be " + trialName(int(t)),
                             "is out of order");
        const nlohmann::json &values = tr.at("values");
        if (!values.is_array() || values.size() != d.axes.size())
            throw UsageError(tr.key("values"), "key \"" + tr.key("values") + "\" must hold one value per axis",
                             "must hold one value per axis");
        trial.values.assign(values.begin(), values.end());
        trial.config = tr.convert("config", [&] { return runConfigFromJson(tr.at("config")); });
        sweep.trials.push_back(std::move(trial));
    }
    return sweep;
}

void createSweepFolder(const std::filesystem::path &dir, const Sweep &sweep)
{
    std::error_code ec;
    if (std::filesystem::exists(dir, ec) && !std::filesystem::is_empty(dir, ec))
        throw UsageError(dir.string() + ": already exists and is not empty (sweep resume / status take a sweep folder)");
    std::filesystem::create_directories(dir, ec);
    const std::filesystem::path file = dir / kSweepFile, temp = dir / (std::string(kSweepFile) + ".part");
    {
        std::ofstream out(temp);
        out << toJson(sweep).dump(2) << '\n';
        out.close();
        if (ec || !out)
            throw UsageError(dir.string() + ": cannot write " + kSweepFile);
    }
    std::filesystem::rename(temp, file, ec);
    if (ec)
        throw UsageError(file.string() + ": cannot write (" + ec.message() + ")");
}

Sweep loadSweep(const std::filesystem::path &dir)
{
    const std::filesystem::path file = dir / kSweepFile;
    std::ifstream in(file);
    if (!in)
        throw DataError(file.string() + ": cannot read (not a sweep folder?)");
    std::ostringstream text;
    text << in.rdbuf();
    const nlohmann::json json = nlohmann::json::parse(text.str(), nullptr, false);
    if (json.is_discarded())
        throw DataError(file.string() + ": not valid JSON");
    try {
        return sweepFromJson(json);
    } catch (const UsageError &e) {
        throw DataError(file.string() + ": " + e.what());
    }
}

} // namespace mw::core
