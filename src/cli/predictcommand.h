#pragma once

// The CLI's predict command: a trained model classifies picture files, preprocessed as the drawing board does it.
#include <string>
#include <vector>

namespace CLI {
class App;
}

namespace mw::cli {

struct PredictOptions {
    std::string run, checkpoint;
    std::vector<std::string> images;
    bool json = false, noCentre = false;
};

CLI::App *addPredictCommand(CLI::App &app, PredictOptions &options);

// Loads the model once, then every picture before printing anything, so a bad file (exit 2 through the engine's
// Error) leaves no partial output.
int predict(const PredictOptions &options);

} // namespace mw::cli
