#pragma once

// Recipes: experiment presets, one JSON file per tutorial experiment (resources/recipes). No LibTorch, so the GUI
// and the CLI share them. A file holds
//   {"name", "title", "description", "models": [...], "config": {...}, "models_config": {"<model>": {...}},
//    "imagenet_weights": true}
// where "config" is a partial RunConfig as runConfigFromJson reads it (missing keys keep their defaults) shared by
// the models, and "models_config" lays a model's own settings over it (JSON merge patch). A "dataset" given as a
// catalog name ("MNIST", "Fashion-MNIST") is looked up when a config is made. "imagenet_weights" (the tutorials'
// recipes) starts each backbone from the weights catalog's ImageNet weights where a file is at hand.
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
    bool imageNetWeights = false; // backbones start from the catalog's ImageNet weights when at hand
    std::filesystem::path file;
};

// $MNIST_WORKBENCH_RECIPES, else <executable's folder>/../share/mnist-workbench/recipes when installed, else the
// source tree's resources/recipes.
std::filesystem::path recipesDir();

// Reads and checks one file: every model known, every model's settings valid. Throws UsageError naming the file
// (and the key or model).
Recipe loadRecipe(const std::filesystem::path &file);
// The same for a file's text already in memory (the fuzz targets read this way).
Recipe parseRecipe(const std::string &text, const std::filesystem::path &file);
// Every *.json in the folder, sorted by name. Throws UsageError for a missing folder, a bad file or a name used twice.
std::vector<Recipe> loadRecipes(const std::filesystem::path &dir = recipesDir());
// Throws UsageError naming the unknown recipe and the known ones.
const Recipe &findRecipe(const std::vector<Recipe> &recipes, const std::string &name);

// The settings of one of the recipe's models, with a catalog dataset name turned into its folder (UsageError when
// the catalog does not have it). An empty dataset stays empty: the caller gives one. With imageNetWeights, a backbone
// whose catalog entry is at hand gets it (config.weights the entry's name, the normalization the entry's).
RunConfig configFor(const Recipe &recipe, const std::string &model);
// What configFor did about ImageNet weights, one line per backbone of an imageNetWeights recipe (none otherwise), for
// front ends to show: "resnet50: ImageNet weights resnet50.tv_imagenet1k_v2 (verified), imagenet normalization", or
// why it starts from random init and what to fetch. Reads the weights catalog (UsageError for a bad user catalog).
std::vector<std::string> recipeWeightsNotes(const Recipe &recipe);

} // namespace mw::core
