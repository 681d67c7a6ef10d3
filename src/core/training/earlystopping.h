#pragma once

// The early-stopping rule of a training phase, the one place it lives (no LibTorch: the front ends use it too, to say
// how long a phase can still run). A phase keeps the weights of its epoch with the best validation accuracy; an epoch
// improves only when it beats that accuracy strictly. Fine-tuning starts from the head phase's best, so it has to
// beat that one, and keeps the head phase's epoch when it never does. With patience P > 0 a phase stops after P
// epochs without improving.
namespace mw::core {

class EarlyStopping {
public:
    // Where the rule stands; what a resumed run restores.
    struct State {
        double bestAccuracy = -1; // validation accuracy of the kept weights (-1: none measured yet)
        int bestEpoch = 0;        // their epoch, counted over the whole run (0: the phase's initial weights)
        int bestPhaseEpoch = 0;   // the same epoch counted within the phase (0: from before the phase)
    };
    struct Step {
        bool improved = false;      // this epoch's weights are the ones the phase keeps now
        int bestEpoch = 0;          // the kept epoch (run-wide numbering) after this one
        bool patienceSpent = false; // the phase stops here
    };

    // startAccuracy and startEpoch: the weights the phase starts from (fine-tuning: the head phase's best).
    explicit EarlyStopping(int patience, double startAccuracy = -1, int startEpoch = 0);

    // The phase's epoch phaseEpoch (1, 2, ... within the phase; epoch over the whole run) ended with this
    // validation accuracy.
    Step observe(int epoch, int phaseEpoch, double validationAccuracy);

    const State &state() const { return m_state; }
    void restore(const State &state) { m_state = state; }

private:
    int m_patience;
    State m_state;
};

// The last epoch (counted within the phase) that a phase of at most maxEpochs can run if validation accuracy does not
// improve again: patience epochs after its best, or its limit, whichever comes first; at least 1.
int lastPhaseEpoch(int maxEpochs, int patience, int bestPhaseEpoch);

} // namespace mw::core
