#pragma once

#include "data/normalization.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mw::core {

// One digit as a network sees it, without LibTorch in the header (for the GUI).
struct InputPreview {
    int size = 0;
    std::vector<float> values; // [3][size][size], channel-major
    float min = 0, max = 0;
    Normalization normalization = Normalization::Tutorial; // how values were scaled

    float at(int channel, int y, int x) const { return values[(std::size_t(channel) * size + y) * size + x]; }
};

// Runs the same preprocessBatch the trainer uses on one 28x28 uint8 image.
InputPreview previewInput(const std::uint8_t *image28, int size, Normalization normalization = Normalization::Tutorial);

// Channel 0 scaled back to the grey levels it came from (0 black .. 255 white; row-major, size x size): the inverse
// of preprocessBatch's normalization, so a front end can show what the network sees.
std::vector<std::uint8_t> greyLevels(const InputPreview &input);

// Input sizes a user can preview before the model registry names them: the tutorials' backbones and baselines.
struct InputSizePreset {
    std::string label;
    int size;
};
const std::vector<InputSizePreset> &inputSizePresets();

} // namespace mw::core
