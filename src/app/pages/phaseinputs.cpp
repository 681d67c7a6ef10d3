#include "pages/phaseinputs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

#include <algorithm>

namespace mw::app {
namespace {

const mw::core::OptimizerKind kOptimizers[] = {mw::core::OptimizerKind::Adam, mw::core::OptimizerKind::Sgd,
                                              mw::core::OptimizerKind::RmsProp};

} // namespace

bool PhaseInputs::read(mw::core::PhaseConfig &phase) const
{
    phase.epochs = epochs->value();
    phase.batchSize = batchSize->value();
    phase.patience = patience->value();
    phase.optimizer = kOptimizers[std::clamp(optimizer->currentIndex(), 0, 2)];
    const bool adam = phase.optimizer == mw::core::OptimizerKind::Adam;
    phase.momentum = adam ? 0 : momentum->value();
    phase.nesterov = phase.optimizer == mw::core::OptimizerKind::Sgd && phase.momentum > 0 && nesterov->isChecked();
    const QString text = learningRate->text().trimmed();
    bool ok = false;
    double rate = QLocale::c().toDouble(text, &ok);
    if (!ok)
        rate = QLocale().toDouble(text, &ok); // "1,5e-4" where the comma is the decimal point
    if (!ok)
        return false;
    phase.learningRate = rate;
    return true;
}

void PhaseInputs::show(const mw::core::PhaseConfig &phase) const
{
    epochs->setValue(phase.epochs);
    patience->setValue(phase.patience);
    optimizer->setCurrentIndex(int(phase.optimizer));
    learningRate->setText(QString::number(phase.learningRate, 'g', 6));
    momentum->setValue(phase.momentum);
    nesterov->setChecked(phase.nesterov);
    batchSize->setValue(phase.batchSize);
}

void PhaseInputs::updateEnabled() const
{
    momentum->setEnabled(optimizer->currentIndex() != 0);
    nesterov->setEnabled(optimizer->currentIndex() == 1 && momentum->value() > 0);
}

} // namespace mw::app
