// Recipe files (training/recipe.h parseRecipe, what loadRecipe runs on a file's text): every model looked up and
// every model's settings validated. $MNIST_WORKBENCH_RECIPES can point at a folder of anyone's recipes.
#include "fuzzsupport.h"
#include "training/recipe.h"

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    mw::fuzz::expectRefusals([&] {
        const mw::core::Recipe recipe = mw::core::parseRecipe(text, "fuzz-recipe.json");
        mw::fuzz::check(!recipe.models.empty() && !recipe.name.empty(), "a recipe has a name and models");
    });
    return 0;
}
