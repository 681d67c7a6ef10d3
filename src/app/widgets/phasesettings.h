#pragma once

#include "training/config.h"
#include "ui_phasesettings.h"

#include <QList>
#include <QWidget>

class QLineEdit;

namespace mw::app {

// One training phase's inputs (epochs, patience, optimizer, learning rate, momentum, Nesterov, batch size), read as
// the engine's PhaseConfig and filled from one. The Experiment page has two: the head phase and the fine-tune phase.
// The optimizer list is the engine's table (optimizerNames()), so a new optimizer shows up here by itself.
class PhaseSettings : public QWidget {
    Q_OBJECT
public:
    explicit PhaseSettings(QWidget *parent = nullptr);

    // Names the inputs "<phase>EpochsSpin", "<phase>LrEdit", ... (phase: the engine's key, "head" or "finetune"), so
    // two phases on one page stay apart for tests and style sheets. The phase also makes the inputs' setting keys.
    void setPhase(const QString &phase);
    QString phase() const { return m_phase; }

    // Every input into `phase`; false when the learning rate does not read as a number (the phase keeps its rate).
    bool read(mw::core::PhaseConfig &phase) const;
    void show(const mw::core::PhaseConfig &phase);

    // The input of a setting, by its engine key ("head.learning_rate"); nullptr for a key of another phase or none.
    QWidget *input(const QString &key) const;
    QLineEdit *learningRateEdit() const { return m_ui.lrEdit; }
    QSpinBox *epochsSpin() const { return m_ui.epochsSpin; }
    // The inputs in tab order.
    QList<QWidget *> inputs() const;
    // A row of the page's own (e.g. the fine-tune phase's frozen layers) just above the batch size, or just below
    // the learning rate.
    void insertRowBeforeBatchSize(QWidget *label, QWidget *field);
    void insertRowAfterLearningRate(QWidget *label, QWidget *field);

    // A learning rate as people type it: "1e-4", "0.0001", or with the locale's decimal comma. False: not a number.
    static bool readLearningRate(const QString &text, double &rate);

Q_SIGNALS:
    void changed(); // any input, as it changes

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEnabled(); // what the optimizer takes (the engine's table): momentum, Nesterov with a momentum
    const mw::core::OptimizerName &optimizer() const;

    Ui::PhaseSettings m_ui;
    QString m_phase;
};

} // namespace mw::app
