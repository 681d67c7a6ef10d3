#pragma once

#include "training/config.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLineEdit;
class QSpinBox;

namespace mw::app {

// One training phase's inputs on the Experiment page (the head phase's box, or the fine-tune phase's), read as the
// engine's PhaseConfig and filled from one. The page owns the widgets; this only points at them.
struct PhaseInputs {
    QSpinBox *epochs = nullptr;
    QSpinBox *patience = nullptr;
    QComboBox *optimizer = nullptr; // Adam, SGD, RMSprop
    QLineEdit *learningRate = nullptr;
    QDoubleSpinBox *momentum = nullptr;
    QCheckBox *nesterov = nullptr;
    QSpinBox *batchSize = nullptr;

    // Every input into phase; false when the learning rate does not read as a number (the phase keeps its rate).
    bool read(mw::core::PhaseConfig &phase) const;
    void show(const mw::core::PhaseConfig &phase) const;
    void updateEnabled() const; // momentum for SGD and RMSprop only, Nesterov for SGD with momentum only
};

} // namespace mw::app
