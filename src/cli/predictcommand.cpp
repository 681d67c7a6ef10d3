#include "predictcommand.h"

#include "draw/classifier.h"
#include "draw/digitprep.h"
#include "errors.h"

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>
#include <iostream>

namespace mw::cli {
using namespace mw::core;

CLI::App *addPredictCommand(CLI::App &app, PredictOptions &o)
{
    auto *cmd = app.add_subcommand("predict", "Classify picture files (any size, grey or colour, dark or light ink) "
                                              "with a trained model, preprocessed like MNIST");
    auto *run = cmd->add_option("--run", o.run, "Run folder (uses its best.safetensors)");
    auto *checkpoint = cmd->add_option("--checkpoint", o.checkpoint, "Checkpoint file (.safetensors) of a run");
    run->excludes(checkpoint);
    checkpoint->excludes(run);
    cmd->add_option("--image", o.images, "Picture file (PNG, JPEG, BMP, GIF, TGA, PNM); repeat for several")
        ->required();
    cmd->add_flag("--json", o.json, "Print a JSON array of {image, prediction, probabilities}");
    cmd->add_flag("--no-centre", o.noCentre,
                  "Skip MNIST's crop, 20x20 fit and centring: the whole picture scaled to 28x28");
    return cmd;
}

int predict(const PredictOptions &o)
{
    if (o.run.empty() == o.checkpoint.empty())
        throw UsageError("give the model with --run DIR or --checkpoint FILE");
    const auto classifier = Classifier::load(o.run.empty() ? o.checkpoint : o.run);

    PrepareOptions prepare;
    prepare.centre = !o.noCentre;
    std::vector<std::uint8_t> digits;
    for (const auto &image : o.images) {
        const DigitSteps steps = prepareDigit(toInk(readImageFile(image)), prepare);
        if (steps.empty)
            throw DataError(image + ": no digit in the picture (it is blank or has no contrast)");
        digits.insert(digits.end(), steps.digit.pixels.begin(), steps.digit.pixels.end());
    }
    const auto predictions = classifier->classify(digits.data(), int(o.images.size()));

    if (o.json) {
        nlohmann::json rows = nlohmann::json::array();
        for (std::size_t i = 0; i < o.images.size(); ++i)
            rows.push_back({{"image", o.images[i]},
                            {"prediction", predictions[i].digit},
                            {"probabilities", predictions[i].probabilities}});
        std::cout << rows.dump(2) << '\n';
        return 0;
    }
    std::printf("%s (%s), input %dx%d\n", classifier->model().c_str(), classifier->checkpoint().c_str(),
                classifier->inputSize(), classifier->inputSize());
    for (std::size_t i = 0; i < o.images.size(); ++i) {
        const auto &p = predictions[i];
        std::printf("%s: %d (%.1f%%)  ", o.images[i].c_str(), p.digit, 100.0 * p.probabilities[std::size_t(p.digit)]);
        for (int d = 0; d < 10; ++d)
            std::printf(" %d:%.3f", d, p.probabilities[std::size_t(d)]);
        std::printf("\n");
    }
    return 0;
}

} // namespace mw::cli
