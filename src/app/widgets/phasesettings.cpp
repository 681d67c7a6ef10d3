#include "widgets/phasesettings.h"

#include <QEvent>
#include <QLocale>

#include <algorithm>

namespace mw::app {

PhaseSettings::PhaseSettings(QWidget *parent) : QWidget(parent)
{
    m_ui.setupUi(this);
    for (const mw::core::OptimizerName &entry : mw::core::optimizerNames())
        m_ui.optimizerCombo->addItem(QString::fromLatin1(entry.displayName), QString::fromLatin1(entry.name));
    for (QSpinBox *spin : {m_ui.epochsSpin, m_ui.patienceSpin, m_ui.batchSpin})
        connect(spin, &QSpinBox::valueChanged, this, &PhaseSettings::changed);
    connect(m_ui.momentumSpin, &QDoubleSpinBox::valueChanged, this, &PhaseSettings::changed);
    connect(m_ui.optimizerCombo, &QComboBox::currentIndexChanged, this, &PhaseSettings::changed);
    connect(m_ui.nesterovCheck, &QCheckBox::toggled, this, &PhaseSettings::changed);
    connect(m_ui.lrEdit, &QLineEdit::textChanged, this, &PhaseSettings::changed);
    connect(this, &PhaseSettings::changed, this, &PhaseSettings::updateEnabled);
    updateEnabled();
}

void PhaseSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        m_ui.retranslateUi(this);
    QWidget::changeEvent(event);
}

void PhaseSettings::setPhase(const QString &phase)
{
    m_phase = phase;
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        QString name = child->property("mwBaseName").toString();
        if (name.isEmpty()) {
            name = child->objectName();
            child->setProperty("mwBaseName", name);
        }
        if (!name.isEmpty())
            child->setObjectName(phase + name.left(1).toUpper() + name.mid(1));
    }
}

const mw::core::OptimizerName &PhaseSettings::optimizer() const
{
    const QString name = m_ui.optimizerCombo->currentData().toString();
    for (const mw::core::OptimizerName &entry : mw::core::optimizerNames())
        if (name == QLatin1String(entry.name))
            return entry;
    return mw::core::optimizerNames().front();
}

bool PhaseSettings::read(mw::core::PhaseConfig &phase) const
{
    phase.epochs = m_ui.epochsSpin->value();
    phase.batchSize = m_ui.batchSpin->value();
    phase.patience = m_ui.patienceSpin->value();
    // A setting the optimizer does not take is greyed out, and left out rather than refused.
    const mw::core::OptimizerName &optimizer = this->optimizer();
    phase.optimizer = optimizer.kind;
    phase.momentum = optimizer.takesMomentum ? m_ui.momentumSpin->value() : 0;
    phase.nesterov = optimizer.takesNesterov && phase.momentum > 0 && m_ui.nesterovCheck->isChecked();
    return readLearningRate(m_ui.lrEdit->text(), phase.learningRate);
}

bool PhaseSettings::readLearningRate(const QString &text, double &rate)
{
    bool ok = false;
    double value = QLocale::c().toDouble(text.trimmed(), &ok);
    if (!ok)
        value = QLocale().toDouble(text.trimmed(), &ok); // "1,5e-4" where the comma is the decimal point
    if (ok)
        rate = value;
    return ok;
}

void PhaseSettings::show(const mw::core::PhaseConfig &phase)
{
    m_ui.epochsSpin->setValue(phase.epochs);
    m_ui.patienceSpin->setValue(phase.patience);
    m_ui.optimizerCombo->setCurrentIndex(
        std::max(0, m_ui.optimizerCombo->findData(QString::fromStdString(mw::core::toString(phase.optimizer)))));
    m_ui.lrEdit->setText(QString::number(phase.learningRate, 'g', 6));
    m_ui.momentumSpin->setValue(phase.momentum);
    m_ui.nesterovCheck->setChecked(phase.nesterov);
    m_ui.batchSpin->setValue(phase.batchSize);
}

QWidget *PhaseSettings::input(const QString &key) const
{
    if (!key.startsWith(m_phase + QLatin1Char('.')))
        return nullptr;
    const QString setting = key.mid(m_phase.size() + 1);
    const std::pair<const char *, QWidget *> inputs[] = {
        {"epochs", m_ui.epochsSpin},       {"patience", m_ui.patienceSpin},   {"optimizer", m_ui.optimizerCombo},
        {"learning_rate", m_ui.lrEdit},    {"momentum", m_ui.momentumSpin},   {"nesterov", m_ui.nesterovCheck},
        {"batch_size", m_ui.batchSpin},
    };
    for (const auto &[name, widget] : inputs)
        if (setting == QLatin1String(name))
            return widget;
    return nullptr;
}

QList<QWidget *> PhaseSettings::inputs() const
{
    QList<QWidget *> list;
    for (int row = 0; row < m_ui.form->rowCount(); ++row)
        for (auto role : {QFormLayout::FieldRole, QFormLayout::SpanningRole})
            if (QLayoutItem *item = m_ui.form->itemAt(row, role); item && item->widget())
                list << item->widget();
    return list;
}

void PhaseSettings::insertRowBeforeBatchSize(QWidget *label, QWidget *field)
{
    int row = 0;
    QFormLayout::ItemRole role;
    m_ui.form->getWidgetPosition(m_ui.batchSpin, &row, &role);
    m_ui.form->insertRow(row, label, field);
}

void PhaseSettings::insertRowAfterLearningRate(QWidget *label, QWidget *field)
{
    int row = 0;
    QFormLayout::ItemRole role;
    m_ui.form->getWidgetPosition(m_ui.lrEdit, &row, &role);
    m_ui.form->insertRow(row + 1, label, field);
}

void PhaseSettings::updateEnabled()
{
    const mw::core::OptimizerName &optimizer = this->optimizer();
    m_ui.momentumSpin->setEnabled(optimizer.takesMomentum);
    m_ui.nesterovCheck->setEnabled(optimizer.takesNesterov && m_ui.momentumSpin->value() > 0);
}

} // namespace mw::app
