#include "sweepdialog.h"

#include "errors.h"
#include "training/runstore.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QThreadPool>

#include <algorithm>
#include <cmath>

namespace mw::app {
namespace {

QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text.toHtmlEscaped());
}

// mnist-workbench-cli beside the app (installed: both in bin/; built: src/cli next to src/app), else its name.
QString defaultCli()
{
    const QDir here(QCoreApplication::applicationDirPath());
    for (const QString &candidate : {here.filePath(QStringLiteral("mnist-workbench-cli")),
                                     here.filePath(QStringLiteral("../cli/mnist-workbench-cli"))})
        if (QFileInfo(candidate).isExecutable())
            return QFileInfo(candidate).canonicalFilePath();
    return QStringLiteral("mnist-workbench-cli");
}

} // namespace

SweepDialog::SweepDialog(mw::core::SweepDefinition base, const std::vector<std::string> &models, QThreadPool *pool,
                         QWidget *parent)
    : QDialog(parent), m_base(std::move(base)), m_pool(pool),
      m_stamp(QStringLiteral("sweep-") + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")))
{
    m_ui.setupUi(this);
    m_ui.whereCombo->addItem(tr("This computer"));
    m_ui.whereCombo->addItem(tr("Slurm cluster"));
    m_ui.buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Start sweep"));
    m_ui.axesTable->verticalHeader()->hide();

    QSettings settings;
    settings.beginGroup(QStringLiteral("slurm"));
    m_ui.partitionEdit->setText(settings.value(QStringLiteral("partition")).toString());
    m_ui.accountEdit->setText(settings.value(QStringLiteral("account")).toString());
    m_ui.cpusSpin->setValue(settings.value(QStringLiteral("cpus"), 1).toInt());
    m_ui.gpusSpin->setValue(settings.value(QStringLiteral("gpus"), 0).toInt());
    m_ui.memoryEdit->setText(settings.value(QStringLiteral("memory")).toString());
    m_ui.timeEdit->setText(settings.value(QStringLiteral("time")).toString());
    m_ui.parallelSpin->setValue(settings.value(QStringLiteral("parallel"), 0).toInt());
    m_ui.cliEdit->setText(settings.value(QStringLiteral("cli"), defaultCli()).toString());
    m_ui.sharedEdit->setText(settings.value(QStringLiteral("shared")).toString());
    m_ui.extraEdit->setPlainText(settings.value(QStringLiteral("extra")).toString());
    m_ui.whereCombo->setCurrentIndex(settings.value(QStringLiteral("where"), 0).toInt() == 1 ? 1 : 0);
    settings.endGroup();

    if (models.size() > 1) {
        QStringList names;
        for (const std::string &model : models)
            names << QString::fromStdString(model);
        addAxis(QStringLiteral("model"), names.join(QStringLiteral(", ")));
    }
    if (m_ui.axesTable->rowCount() == 0)
        addAxis(QStringLiteral("head.learning_rate"), QString());

    connect(m_ui.addAxisButton, &QPushButton::clicked, this, [this] { addAxis(QStringLiteral("seed"), QString()); });
    connect(m_ui.removeAxisButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui.axesTable->currentRow();
        if (row >= 0)
            m_ui.axesTable->removeRow(row);
        revalidate();
    });
    connect(m_ui.logRangeButton, &QPushButton::clicked, this, &SweepDialog::fillLogRange);
    connect(m_ui.gridRadio, &QRadioButton::toggled, this, &SweepDialog::revalidate);
    connect(m_ui.randomSpin, &QSpinBox::valueChanged, this, &SweepDialog::revalidate);
    connect(m_ui.randomSeedSpin, &QSpinBox::valueChanged, this, &SweepDialog::revalidate);
    connect(m_ui.whereCombo, &QComboBox::currentIndexChanged, this, &SweepDialog::updateWhere);
    connect(m_ui.sharedEdit, &QLineEdit::textChanged, this, &SweepDialog::updateWhere);
    connect(m_ui.folderEdit, &QLineEdit::textEdited, this, [this] { m_folderEdited = true; revalidate(); });
    connect(m_ui.browseFolderButton, &QPushButton::clicked, this, [this] {
        const QString parent = QFileDialog::getExistingDirectory(this, tr("Folder to make the sweep in"),
                                                                 QFileInfo(folder()).absolutePath());
        if (parent.isEmpty())
            return;
        m_ui.folderEdit->setText(QDir(parent).filePath(m_stamp));
        m_folderEdited = true;
        revalidate();
    });
    connect(m_ui.testButton, &QPushButton::clicked, this, &SweepDialog::testSlurm);
    connect(m_ui.buttonBox, &QDialogButtonBox::accepted, this, &SweepDialog::accept);
    connect(m_ui.buttonBox, &QDialogButtonBox::rejected, this, &SweepDialog::reject);
    for (QLineEdit *edit : {m_ui.partitionEdit, m_ui.accountEdit, m_ui.memoryEdit, m_ui.timeEdit, m_ui.cliEdit})
        connect(edit, &QLineEdit::textChanged, this, &SweepDialog::revalidate);
    connect(m_ui.extraEdit, &QPlainTextEdit::textChanged, this, &SweepDialog::revalidate);
    updateWhere();
}

void SweepDialog::addAxis(const QString &setting, const QString &values)
{
    const int row = m_ui.axesTable->rowCount();
    m_ui.axesTable->insertRow(row);
    auto *combo = new QComboBox(m_ui.axesTable);
    for (const std::string &name : mw::core::sweepSettings())
        combo->addItem(QString::fromStdString(name));
    combo->setCurrentText(setting);
    auto *edit = new QLineEdit(values, m_ui.axesTable);
    edit->setPlaceholderText(tr("values, separated by commas"));
    m_ui.axesTable->setCellWidget(row, 0, combo);
    m_ui.axesTable->setCellWidget(row, 1, edit);
    m_ui.axesTable->resizeColumnToContents(0);
    m_ui.axesTable->setCurrentCell(row, 1);
    connect(combo, &QComboBox::currentIndexChanged, this, &SweepDialog::revalidate);
    connect(edit, &QLineEdit::textChanged, this, &SweepDialog::revalidate);
    revalidate();
}

QString SweepDialog::folder() const { return QDir::cleanPath(m_ui.folderEdit->text().trimmed()); }

bool SweepDialog::onSlurm() const { return m_ui.whereCombo->currentIndex() == 1; }

mw::core::SlurmSettings SweepDialog::slurmSettings() const
{
    mw::core::SlurmSettings s;
    s.cli = m_ui.cliEdit->text().trimmed().toStdString();
    s.partition = m_ui.partitionEdit->text().trimmed().toStdString();
    s.account = m_ui.accountEdit->text().trimmed().toStdString();
    s.memory = m_ui.memoryEdit->text().trimmed().toStdString();
    s.time = m_ui.timeEdit->text().trimmed().toStdString();
    s.cpus = m_ui.cpusSpin->value();
    s.gpus = m_ui.gpusSpin->value();
    s.parallel = m_ui.parallelSpin->value();
    for (const QString &line : m_ui.extraEdit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.trimmed().isEmpty())
            s.extraLines.push_back(line.trimmed().toStdString());
    return s;
}

QString SweepDialog::suggestedFolder() const
{
    const QString parent = onSlurm() && !m_ui.sharedEdit->text().trimmed().isEmpty()
                               ? m_ui.sharedEdit->text().trimmed()
                               : QString::fromStdString(mw::core::defaultRunsDir().string()); // listed with the runs
    return QDir(parent).filePath(m_stamp);
}

void SweepDialog::updateWhere()
{
    m_ui.slurmBox->setVisible(onSlurm());
    if (!m_folderEdited)
        m_ui.folderEdit->setText(suggestedFolder());
    revalidate();
}

void SweepDialog::revalidate()
{
    m_sweep.reset();
    m_problem.clear();
    try {
        mw::core::SweepDefinition d = m_base;
        for (int row = 0; row < m_ui.axesTable->rowCount(); ++row) {
            const auto *combo = qobject_cast<QComboBox *>(m_ui.axesTable->cellWidget(row, 0));
            const auto *edit = qobject_cast<QLineEdit *>(m_ui.axesTable->cellWidget(row, 1));
            mw::core::SweepAxis axis;
            axis.setting = combo->currentText().toStdString();
            axis.keys = mw::core::sweepSettingKeys(axis.setting);
            const QString text = edit->text().trimmed();
            if (!text.isEmpty()) {
                for (const std::string &value : mw::core::splitValueList(text.toStdString())) {
                    std::string trimmed = QString::fromStdString(value).trimmed().toStdString();
                    try {
                        axis.values.push_back(mw::core::parseSettingValue(axis.keys.front(), trimmed));
                    } catch (const mw::core::UsageError &e) {
                        throw mw::core::UsageError(axis.setting + " = " + trimmed + ": " + e.problem());
                    }
                }
            }
            d.axes.push_back(std::move(axis));
        }
        d.random = m_ui.randomRadio->isChecked() ? m_ui.randomSpin->value() : 0;
        d.seed = std::uint64_t(m_ui.randomSeedSpin->value());
        mw::core::Sweep sweep = mw::core::expandSweep(d);
        if (folder().isEmpty())
            throw mw::core::UsageError(tr("Give the sweep a folder.").toStdString());
        if (onSlurm())
            mw::core::slurmJobScript(folder().toStdString(), slurmSettings()); // checks the Slurm settings
        m_sweep = std::move(sweep);
    } catch (const mw::core::Error &e) {
        m_problem = QString::fromStdString(e.what());
    }
    m_ui.randomSpin->setEnabled(m_ui.randomRadio->isChecked());
    m_ui.randomSeedSpin->setEnabled(m_ui.randomRadio->isChecked());
    m_ui.buttonBox->button(QDialogButtonBox::Ok)->setEnabled(m_sweep.has_value());
    if (m_sweep)
        m_ui.trialsLabel->setText(tr("%n trial(s), each a run of its own", nullptr, int(m_sweep->trials.size())));
    else
        m_ui.trialsLabel->setText(errorHtml(m_problem));
}

void SweepDialog::fillLogRange()
{
    const int row = std::max(0, m_ui.axesTable->currentRow());
    if (row >= m_ui.axesTable->rowCount())
        return;
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Log range"),
                                               tr("From, to and how many values (e.g. 1e-5, 1e-2, 4):"),
                                               QLineEdit::Normal, QStringLiteral("1e-5, 1e-2, 4"), &ok);
    if (!ok)
        return;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    bool okFrom = false, okTo = false, okCount = false;
    const double from = parts.value(0).trimmed().toDouble(&okFrom), to = parts.value(1).trimmed().toDouble(&okTo);
    const int count = parts.value(2).trimmed().toInt(&okCount);
    if (parts.size() != 3 || !okFrom || !okTo || !okCount || from <= 0 || to <= 0 || count < 2 || count > 100) {
        m_ui.trialsLabel->setText(errorHtml(tr("Log range: give two positive numbers and a count from 2 to 100, "
                                               "e.g. 1e-5, 1e-2, 4")));
        return;
    }
    QStringList values;
    for (int i = 0; i < count; ++i)
        values << QString::number(from * std::pow(to / from, double(i) / (count - 1)), 'g', 3);
    if (auto *edit = qobject_cast<QLineEdit *>(m_ui.axesTable->cellWidget(row, 1)))
        edit->setText(values.join(QStringLiteral(", ")));
}

void SweepDialog::testSlurm()
{
    m_ui.testButton->setEnabled(false);
    m_ui.testLabel->setText(tr("Submitting a one-second job…"));
    const mw::core::SlurmSettings settings = slurmSettings();
    QPointer<SweepDialog> self(this);
    m_pool->start([self, settings] {
        QString message;
        try {
            message = tr("Slurm accepted the test job %1.").arg(QString::fromStdString(mw::core::submitSlurmTestJob(settings)));
        } catch (const mw::core::Error &e) {
            message = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(qApp, [self, message] {
            if (!self)
                return;
            self->m_ui.testButton->setEnabled(true);
            self->m_ui.testLabel->setText(message);
            Q_EMIT self->slurmTested(message);
        });
    });
}

void SweepDialog::accept()
{
    if (!m_sweep)
        return;
    QSettings settings;
    settings.beginGroup(QStringLiteral("slurm"));
    settings.setValue(QStringLiteral("where"), m_ui.whereCombo->currentIndex());
    if (onSlurm()) {
        settings.setValue(QStringLiteral("partition"), m_ui.partitionEdit->text().trimmed());
        settings.setValue(QStringLiteral("account"), m_ui.accountEdit->text().trimmed());
        settings.setValue(QStringLiteral("cpus"), m_ui.cpusSpin->value());
        settings.setValue(QStringLiteral("gpus"), m_ui.gpusSpin->value());
        settings.setValue(QStringLiteral("memory"), m_ui.memoryEdit->text().trimmed());
        settings.setValue(QStringLiteral("time"), m_ui.timeEdit->text().trimmed());
        settings.setValue(QStringLiteral("parallel"), m_ui.parallelSpin->value());
        settings.setValue(QStringLiteral("cli"), m_ui.cliEdit->text().trimmed());
        settings.setValue(QStringLiteral("shared"), m_ui.sharedEdit->text().trimmed());
        settings.setValue(QStringLiteral("extra"), m_ui.extraEdit->toPlainText());
    }
    settings.endGroup();
    QDialog::accept();
}

} // namespace mw::app
