#pragma once

// Recipes: experiment presets, one JSON file per tutorial experiment (resources/recipes). No LibTorch, so the GUI
// and the CLI share them. A file holds
//   {"name", "title", "description", "models": [...], "config": {...}, "models_config": {"<model>": {...}}}
// where "config" is a partial RunConfig as runConfigFromJson reads it (missing keys keep their defaults) shared by
// the models, and "models_config" lays a model's own settings over it (JSON merge patch). A "dataset" given as a
// catalog name ("MNIST", "Fashion-MNIST") is looked up when a config is made.
#include "training/config.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <vector>

namespace mw::core {

struct Recipe {
    std::string name; // "keras-transfer": what --recipe takes
    std::string title, description;
    std::vector<std::string> models; // run in this order, on the same split, order and seed
    nlohmann::json config = nlohmann::json::object();
    nlohmann::json modelsConfig = nlohmann::json::object();
    std::filesystem::path file;
};

// $MNIST_WORKBENCH_RECIPES, else <executable's folder>/../share/mnist-workbench/recipes when installed, else the
// source tree's resources/recipes.
std::filesystem::path recipesDir();

// Reads and checks one file: every model known, every model's settings valid. Throws UsageError naming the file
// (and the key or model).
Recipe loadRecipe(const std::filesystem::path &file);
// Every *.json in the folder, sorted by name. Throws UsageError for a missing folder, a bad file or a name used twice.
std::vector<Recipe> loadRecipes(const std::filesystem::path &dir = recipesDir());
// Throws UsageError naming the unknown recipe and the known ones.
const Recipe &findRecipe(const std::vector<Recipe> &recipes, const std::string &name);

// The settings of one of the recipe's models, with a catalog dataset name turned into its folder (UsageError when
// the catalog does not have it). An empty dataset stays empty: the caller gives one.
RunConfig configFor(const Recipe &recipe, const std::string &model);

} // namespace mw::core
