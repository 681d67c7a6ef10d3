#pragma once

// MNIST's own normalisation, applied to a drawing or a picture, step by step (torch-free, for the GUI and the CLI).
#include "draw/image.h"

namespace mw::core {

constexpr int kFittedSide = 20; // MNIST fitted each digit into 20x20 ...
constexpr int kDigitSide = 28;  // ... and centred it by its centre of mass on pixel (14, 14) of 28x28

struct PrepareOptions {
    // On: MNIST's steps (crop, fit 20x20, centre of mass). Off: the whole image as it is, only scaled to 28x28,
    // so a digit drawn small or in a corner reaches the model that way.
    bool centre = true;
    int inkThreshold = 25; // pixels above this count as ink for the bounding box (edges of strokes are fainter)
};

// Every step's picture, so a front end can show what happened to the drawing.
struct DigitSteps {
    GreyImage cropped; // the ink's bounding box, at the source's resolution
    int cropX = 0, cropY = 0; // its top-left corner in the source
    GreyImage fitted;  // cropped, scaled to fit 20x20 keeping its aspect ratio (a "1" is narrow), area-averaged
    GreyImage digit;   // 28x28, light ink on black as in MNIST: what the models classify
    bool empty = true; // no ink: there is nothing to classify
    int offsetX = 0, offsetY = 0; // where `fitted` landed inside `digit` (when centring)
};

// `ink` as toInk makes it (0 background). Never throws; an image without ink gives empty steps and a black digit.
DigitSteps prepareDigit(const GreyImage &ink, const PrepareOptions &options = {});

} // namespace mw::core
