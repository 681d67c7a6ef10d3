#include "training/earlystopping.h"

#include <algorithm>

namespace mw::core {

EarlyStopping::EarlyStopping(int patience, double startAccuracy, int startEpoch)
    : m_patience(patience), m_state{startAccuracy, startEpoch, 0}
{
}

EarlyStopping::Step EarlyStopping::observe(int epoch, int phaseEpoch, double validationAccuracy)
{
    Step step;
    if (validationAccuracy > m_state.bestAccuracy) {
        m_state = {validationAccuracy, epoch, phaseEpoch};
        step.improved = true;
    } else {
        step.patienceSpent = m_patience > 0 && phaseEpoch - m_state.bestPhaseEpoch >= m_patience;
    }
    step.bestEpoch = m_state.bestEpoch;
    return step;
}

int lastPhaseEpoch(int maxEpochs, int patience, int bestPhaseEpoch)
{
    const int last = patience > 0 ? std::min(maxEpochs, bestPhaseEpoch + patience) : maxEpochs;
    return std::max(last, 1);
}

} // namespace mw::core
