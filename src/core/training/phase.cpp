#include "training/phase.h"

#include "errors.h"

namespace mw::core {

std::string toString(PhaseName phase)
{
    switch (phase) {
    case PhaseName::Head: return "head";
    case PhaseName::Finetune: return "finetune";
    case PhaseName::Train: return "train";
    }
    return "train";
}

PhaseName phaseNameFromString(const std::string &name)
{
    for (const PhaseName phase : {PhaseName::Head, PhaseName::Finetune, PhaseName::Train})
        if (name == toString(phase))
            return phase;
    throw UsageError("unknown phase \"" + name + "\" (known: head, finetune, train)");
}

const PhaseConfig &phaseSettings(const RunConfig &config, PhaseName phase)
{
    return phase == PhaseName::Finetune ? config.finetune : config.head;
}

} // namespace mw::core
