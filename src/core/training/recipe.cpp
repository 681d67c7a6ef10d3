#include "training/recipe.h"

#include "data/catalog.h"
#include "errors.h"
#include "training/jsonread.h"
#include "weightstore/catalog.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <optional>
#include <set>

#ifndef MW_RECIPES_SOURCE_DIR
#define MW_RECIPES_SOURCE_DIR ""
#endif

namespace mw::core {
namespace {

// The catalog's ImageNet entry for a backbone when its file is at hand; nothing for baselines, a missing file or a
// user catalog that cannot be read (recipeWeightsNotes says why).
std::optional<WeightsEntry> imageNetWeightsAtHand(const std::string &model)
{
    if (modelInfo(model).kind != ModelKind::Backbone)
        return std::nullopt;
    try {
        const std::vector<WeightsEntry> catalog = loadWeightsCatalog();
        const WeightsEntry *entry = imageNetEntryFor(catalog, model);
        if (!entry)
            return std::nullopt;
        const WeightsState state = weightsStatus(*entry).state;
        if (state == WeightsState::Verified || state == WeightsState::Unchecked)
            return *entry;
    } catch (const Error &) {
    }
    return std::nullopt;
}

// The recipe sets the normalization itself: the Keras tutorial scaled to [-1, 1] for all three backbones, whatever
// their weights were trained with, and reproducing it means doing the same. Else the weights' own applies.
bool setsNormalization(const Recipe &recipe, const std::string &model)
{
    return recipe.config.contains("normalization")
        || (recipe.modelsConfig.contains(model) && recipe.modelsConfig.at(model).contains("normalization"));
}

void applyEntry(RunConfig &config, const WeightsEntry &entry, bool recipeSetsNormalization)
{
    config.weights = entry.name;
    if (!entry.normalization.empty() && !recipeSetsNormalization)
        config.normalization = normalizationFromString(entry.normalization);
}

[[noreturn]] void bad(const std::filesystem::path &file, const std::string &problem)
{
    throw UsageError(file.string() + ": " + problem);
}

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

RunConfig parse(const Recipe &recipe, const std::string &model)
{
    nlohmann::json json = recipe.config;
    if (recipe.modelsConfig.contains(model))
        json.merge_patch(recipe.modelsConfig.at(model));
    if (!json.contains("model"))
        json["model"] = nlohmann::json::object();
    try {
        if (!json["model"].is_object())
            throw UsageError("setting \"model\" must be a JSON object, not " + json["model"].dump());
        json["model"]["name"] = model;
        return runConfigFromJson(json);
    } catch (const UsageError &e) {
        bad(recipe.file, "model \"" + model + "\": " + e.what());
    }
}

} // namespace

std::filesystem::path recipesDir()
{
    if (const char *env = std::getenv("MNIST_WORKBENCH_RECIPES"); env && *env)
        return env;
    std::error_code ec;
    const auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
    if (!ec) {
        const auto installed = exe.parent_path().parent_path() / "share" / "mnist-workbench" / "recipes";
        if (std::filesystem::is_directory(installed, ec))
            return installed;
    }
    return MW_RECIPES_SOURCE_DIR;
}

Recipe loadRecipe(const std::filesystem::path &file)
{
    std::ifstream in(file, std::ios::binary);
    if (!in)
        bad(file, "cannot read");
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    return parseRecipe(text, file);
}

Recipe parseRecipe(const std::string &text, const std::filesystem::path &file)
{
    nlohmann::json json;
    try {
        json = nlohmann::json::parse(text);
    } catch (const nlohmann::json::exception &e) {
        bad(file, std::string("not valid JSON (") + e.what() + ")");
    }
    Recipe recipe;
    recipe.file = file;
    try {
        const JsonReader r(json, "", "key");
        r.allowOnly({"name", "title", "description", "models", "config", "models_config", "imagenet_weights"});
        r.read("imagenet_weights", recipe.imageNetWeights);
        recipe.name = r.require<std::string>("name");
        recipe.title = r.require<std::string>("title");
        recipe.description = r.require<std::string>("description");
        if (recipe.name.empty()
            || !std::all_of(recipe.name.begin(), recipe.name.end(), [](unsigned char c) {
                   return std::islower(c) || std::isdigit(c) || c == '-' || c == '_';
               }))
            throw UsageError("key \"name\" must be lower-case letters, digits and dashes, not \"" + recipe.name + "\"");
        const nlohmann::json &models = r.at("models");
        if (!models.is_array() || models.empty())
            throw UsageError("key \"models\" must be a non-empty list of model names");
        for (const auto &m : models) {
            if (!m.is_string())
                throw UsageError("key \"models\" must list model names (strings), not " + m.dump());
            const std::string name = m.get<std::string>();
            if (std::find(recipe.models.begin(), recipe.models.end(), name) != recipe.models.end())
                throw UsageError("key \"models\" lists \"" + name + "\" twice");
            modelInfo(name); // UsageError naming the known models
            recipe.models.push_back(name);
        }
        if (r.has("config")) {
            r.child("config"); // throws unless an object
            recipe.config = json.at("config");
        }
        if (r.has("models_config")) {
            r.child("models_config"); // throws unless an object
            recipe.modelsConfig = json.at("models_config");
            for (const auto &item : recipe.modelsConfig.items()) {
                if (std::find(recipe.models.begin(), recipe.models.end(), item.key()) == recipe.models.end())
                    throw UsageError("key \"models_config." + item.key() + "\" names a model that \"models\" does not list");
                r.child("models_config").child(item.key()); // throws unless an object
            }
        }
        if (recipe.config.contains("model") && recipe.config["model"].is_object()
            && recipe.config["model"].contains("name"))
            throw UsageError("key \"config.model.name\" does not belong in a recipe: list the models under \"models\"");
    } catch (const UsageError &e) {
        bad(file, e.what());
    }
    for (const auto &model : recipe.models) {
        RunConfig config = parse(recipe, model);
        if (config.dataset.empty())
            config.dataset = "(given when run)";
        try {
            validate(config);
        } catch (const UsageError &e) {
            bad(file, "model \"" + model + "\": " + e.what());
        }
    }
    return recipe;
}

std::vector<Recipe> loadRecipes(const std::filesystem::path &dir)
{
    std::error_code ec;
    if (!std::filesystem::is_directory(dir, ec))
        throw UsageError(dir.string() + ": no recipes folder here (MNIST_WORKBENCH_RECIPES can name another)");
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(dir, ec))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    if (ec)
        throw UsageError(dir.string() + ": cannot list (" + ec.message() + ")");
    std::vector<Recipe> recipes;
    std::set<std::string> names;
    for (const auto &file : files) {
        Recipe recipe = loadRecipe(file);
        if (!names.insert(recipe.name).second)
            bad(file, "the name \"" + recipe.name + "\" is taken by another recipe in " + dir.string());
        recipes.push_back(std::move(recipe));
    }
    std::sort(recipes.begin(), recipes.end(), [](const Recipe &a, const Recipe &b) { return a.name < b.name; });
    return recipes;
}

const Recipe &findRecipe(const std::vector<Recipe> &recipes, const std::string &name)
{
    std::string known;
    for (const auto &recipe : recipes) {
        if (recipe.name == name)
            return recipe;
        known += (known.empty() ? "" : ", ") + recipe.name;
    }
    throw UsageError("unknown recipe \"" + name + "\" (known: " + (known.empty() ? "none" : known) + ")");
}

RunConfig configFor(const Recipe &recipe, const std::string &model)
{
    if (std::find(recipe.models.begin(), recipe.models.end(), model) == recipe.models.end())
        bad(recipe.file, "the recipe has no model \"" + model + "\"");
    RunConfig config = parse(recipe, model);
    if (recipe.imageNetWeights && config.weights.empty())
        if (const auto at = imageNetWeightsAtHand(model))
            applyEntry(config, *at, setsNormalization(recipe, model));
    std::error_code ec;
    if (config.dataset.empty() || std::filesystem::is_directory(config.dataset, ec))
        return config;
    std::string found;
    for (const auto &location : discoverDatasets()) {
        if (lower(location.name) == lower(config.dataset)) {
            config.dataset = location.folder.string();
            return config;
        }
        found += (found.empty() ? "" : ", ") + location.name;
    }
    bad(recipe.file, "dataset \"" + config.dataset + "\" is neither a folder nor a dataset the catalog found (found: "
                         + (found.empty() ? "none" : found) + ")");
}

std::vector<std::string> recipeWeightsNotes(const Recipe &recipe)
{
    if (!recipe.imageNetWeights)
        return {};
    const std::vector<WeightsEntry> catalog = loadWeightsCatalog();
    std::vector<std::string> notes;
    for (const std::string &model : recipe.models) {
        if (modelInfo(model).kind != ModelKind::Backbone)
            continue;
        const WeightsEntry *entry = imageNetEntryFor(catalog, model);
        if (!entry) {
            notes.push_back(model + ": random init; the weights catalog has no ImageNet weights for it");
            continue;
        }
        const WeightsStatus status = weightsStatus(*entry);
        if (status.state == WeightsState::Verified || status.state == WeightsState::Unchecked)
            notes.push_back(model + ": ImageNet weights " + entry->name + " (" + toString(status.state) + "), "
                            + (setsNormalization(recipe, model) ? toString(parse(recipe, model).normalization)
                                                                : entry->normalization)
                            + " normalization");
        else
            notes.push_back(model + ": random init, because ImageNet weights " + entry->name + " are "
                            + toString(status.state) + " (mnist-workbench-cli weights fetch " + entry->name
                            + ", or Download on the Experiment page)");
    }
    return notes;
}

} // namespace mw::core
