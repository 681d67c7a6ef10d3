#pragma once

// Durations and accuracies as every page of the app words them: one place, one translation context ("Format").
#include "data/normalization.h"

#include <QCoreApplication>
#include <QString>

namespace mw::app {

class Format {
    Q_DECLARE_TR_FUNCTIONS(Format)
public:
    // "7.5 s", "42 s", "3 min 07 s", "2 h 05 min"; tenths only where they matter (under 10 s).
    static QString duration(double seconds);
    // A fraction (0.9751) as a percentage with two decimals, in the UI language's digits: "97.51 %".
    static QString percent(double fraction);
    // How a normalization scales pixels, short: "[−1, 1]", "ImageNet mean/std", "BGR minus ImageNet mean (caffe)".
    static QString normalization(mw::core::Normalization normalization);
};

} // namespace mw::app
