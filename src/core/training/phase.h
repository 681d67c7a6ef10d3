#pragma once

// The training phases by name. The engine and the front ends speak of them as PhaseName; they are strings ("head",
// "finetune", "train") only in JSON (result.json, the resume state) and in the run's log.
#include "training/config.h"

#include <string>

namespace mw::core {

// Backbones: the head on the frozen backbone, then fine-tuning. Baselines (and pretraining): one phase, Train.
enum class PhaseName { Head, Finetune, Train };

std::string toString(PhaseName phase);
PhaseName phaseNameFromString(const std::string &name); // "head" | "finetune" | "train"; throws UsageError

// The settings a phase trains with: fine-tuning has its own, baselines train with the head's.
const PhaseConfig &phaseSettings(const RunConfig &config, PhaseName phase);

} // namespace mw::core
