#include "pages/experimentpage.h"

#include "data/catalog.h"
#include "errors.h"
#include "jobs/runfilescheck.h"
#include "jobs/runqueue.h"
#include "jobs/weightsjobs.h"
#include "models/registry.h"
#include "pretraindialog.h"
#include "widgets/modeltree.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>

#include <algorithm>

namespace mw::app {

ExperimentPage::ExperimentPage(QThreadPool *pool, RunQueue *queue, QWidget *parent)
    : QWidget(parent), m_pool(pool), m_queue(queue), m_runAction(new QAction(this)),
      m_filesCheck(new RunFilesCheck(pool, this)), m_downloads(WeightsDownloads::of(pool))
{
    m_ui.setupUi(this);
    setUpPhases();
    m_ui.splitter->setStretchFactor(0, 5);
    m_ui.splitter->setStretchFactor(1, 6);
    m_ui.splitter->setSizes({500, 780});
    m_ui.settingsGrid->setColumnStretch(0, 1);
    m_ui.settingsGrid->setColumnStretch(1, 1);

    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    addAction(m_runAction);
    connect(m_runAction, &QAction::triggered, this, &ExperimentPage::run);
    connect(m_ui.runButton, &QPushButton::clicked, m_runAction, &QAction::trigger);
    connect(m_ui.sweepButton, &QPushButton::clicked, this, &ExperimentPage::openSweepDialog);

    for (const auto &location : mw::core::discoverDatasets())
        m_ui.datasetCombo->addItem(QString::fromStdString(location.name), QString::fromStdString(location.folder.string()));
    const int mnist = m_ui.datasetCombo->findText(QStringLiteral("MNIST"));
    if (mnist >= 0)
        m_ui.datasetCombo->setCurrentIndex(mnist);

    m_ui.modelTree->fill();
    fillDevices(m_queue->gpuCount());
    connect(m_queue, &RunQueue::devicesProbed, this, &ExperimentPage::fillDevices);
    m_ui.concurrentSpin->setMaximum(std::max(1, QThread::idealThreadCount()));
    m_ui.concurrentSpin->setValue(m_queue->maxConcurrent());
    m_ui.gpuSharingCheck->setChecked(m_queue->gpuSharing());
    connect(m_ui.concurrentSpin, &QSpinBox::valueChanged, m_queue, &RunQueue::setMaxConcurrent);
    connect(m_ui.gpuSharingCheck, &QCheckBox::toggled, m_queue, &RunQueue::setGpuSharing);
    loadRecipes();

    // Every input is checked as it changes.
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &ExperimentPage::revalidate);
    for (QDoubleSpinBox *spin : findChildren<QDoubleSpinBox *>())
        connect(spin, &QDoubleSpinBox::valueChanged, this, &ExperimentPage::revalidate);
    for (QComboBox *combo : findChildren<QComboBox *>())
        if (combo != m_ui.recipeCombo)
            connect(combo, &QComboBox::currentIndexChanged, this, &ExperimentPage::revalidate);
    for (QCheckBox *check : findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, this, &ExperimentPage::revalidate);
    for (QLineEdit *edit : {m_ui.headPhase->learningRateEdit(), m_ui.scratchLrEdit,
                            m_ui.finetunePhase->learningRateEdit(), m_ui.weightsEdit, m_ui.scriptEdit})
        connect(edit, &QLineEdit::textChanged, this, &ExperimentPage::revalidate);
    connect(m_ui.modelTree, &QTreeWidget::itemChanged, this, &ExperimentPage::revalidate);
    connect(m_ui.modelTree, &QTreeWidget::currentItemChanged, this, &ExperimentPage::showModelDescription);
    showModelDescription();
    connect(m_ui.browseWeightsButton, &QPushButton::clicked, this, &ExperimentPage::chooseWeightsFile);
    connect(m_ui.browseScriptButton, &QPushButton::clicked, this, &ExperimentPage::chooseScriptFile);
    connect(m_ui.pretrainButton, &QPushButton::clicked, this, &ExperimentPage::openPretrainDialog);
    connect(m_filesCheck, &RunFilesCheck::reported, m_ui.validationLabel, &QLabel::setText);
    connect(m_filesCheck, &RunFilesCheck::scriptCounted, this, [this](qint64 total, qint64 headPhase) {
        m_ui.modelTree->setCounts(QLatin1String(mw::core::kTorchScriptModel), total, headPhase);
    });
    connect(m_filesCheck, &RunFilesCheck::passed, this, &ExperimentPage::queueRuns);
    connect(m_filesCheck, &RunFilesCheck::failed, this, &ExperimentPage::refuse);
    connect(m_filesCheck, &RunFilesCheck::abandoned, this, [this](const QString &message) {
        updateEnabled();
        m_ui.validationLabel->setText(errorHtml(message));
    });
    loadCatalog();
    setUpImageNet();
    connect(m_ui.recipeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int recipe = m_ui.recipeCombo->itemData(index, kRecipeRole).toInt();
        if (recipe >= 0 && recipe < int(m_recipes.size()))
            applyRecipe(m_recipes[std::size_t(recipe)]);
        showRecipeDescription();
    });
    retranslate(); // and checks the settings the page starts with
}

QString ExperimentPage::errorHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text.toHtmlEscaped());
}

void ExperimentPage::setUpPhases()
{
    m_ui.headPhase->setPhase(QStringLiteral("head"));
    m_ui.finetunePhase->setPhase(QStringLiteral("finetune"));
    m_ui.finetunePhase->insertRowBeforeBatchSize(m_ui.frozenLayersLabel, m_ui.frozenLayersSpin);
    // The first phase's learning rate is two: a new head on a pretrained backbone and a network trained from scratch
    // want about 10x apart, and one run may hold both.
    m_ui.headPhase->insertRowAfterLearningRate(m_ui.scratchLrLabel, m_ui.scratchLrEdit);
    m_ui.headPhase->learningRateEdit()->setText(QString::number(mw::core::kHeadLearningRate));
    m_ui.scratchLrEdit->setText(QString::number(mw::core::kScratchLearningRate));
    // Fine-tuning can be skipped (0 epochs), and starts from a far smaller rate than the head.
    m_ui.finetunePhase->epochsSpin()->setMinimum(0);
    m_ui.finetunePhase->epochsSpin()->setValue(5);
    m_ui.finetunePhase->learningRateEdit()->setText(QString::number(mw::core::kFinetuneLearningRate));
    QWidget *previous = m_ui.seedSpin;
    for (QWidget *input : m_ui.headPhase->inputs() + m_ui.finetunePhase->inputs()) {
        setTabOrder(previous, input);
        previous = input;
    }
    setTabOrder(previous, m_ui.weightsCombo);
}

// Out of line: PretrainDialog is complete here. A dialog still open is a child and goes with the page.
ExperimentPage::~ExperimentPage() = default;

bool ExperimentPage::isCheckingWeights() const { return m_filesCheck->isRunning(); }

void ExperimentPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ExperimentPage::retranslate()
{
    m_runAction->setText(tr("&Run experiment"));
    m_ui.headPhase->epochsSpin()->setToolTip(tr("Most epochs of the first phase: backbones train only the head on frozen "
                                                "features; baselines train from scratch"));
    m_ui.headPhase->learningRateEdit()->setToolTip(tr("Learning rate of a new head on a pretrained backbone, e.g. 1e-4 "
                                                      "or 0.0001 (networks trained from scratch: the next row)"));
    m_ui.finetunePhase->epochsSpin()->setToolTip(tr("Most fine-tune epochs: the whole backbone trains (BatchNorm stays in "
                                                    "inference mode); Skip: no fine-tuning"));
    m_ui.finetunePhase->epochsSpin()->setSpecialValueText(tr("Skip"));
    m_runAction->setToolTip(m_ui.runButton->toolTip());
    m_ui.modelTree->retranslate();
    fillDevices(m_queue->gpuCount());
    if (m_recipes.empty()) {
        m_ui.recipeCombo->setItemText(0, tr("No recipes found"));
        m_ui.recipeCombo->setToolTip(tr("Recipes are read from %1").arg(QString::fromStdString(mw::core::recipesDir().string())));
    } else {
        m_ui.recipeCombo->setItemText(0, tr("Your own settings"));
    }
    showRecipeDescription();
    revalidate();
}

void ExperimentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Counting builds every network once (a second or two): only when someone looks, and never on this thread.
    m_ui.modelTree->countParameters(m_pool);
    if (m_imageNet.isEmpty() && m_imageNetLookups == 0)
        refreshImageNet(); // the list's ImageNet marks; files are hashed on the pool, once
}

void ExperimentPage::fillDevices(int gpus)
{
    const QSignalBlocker blocker(m_ui.deviceCombo);
    const QString current = m_ui.deviceCombo->currentData(kDeviceRole).toString();
    m_ui.deviceCombo->clear();
    QString autoText = gpus < 0    ? tr("Auto (looking for GPUs…)")
                       : gpus == 0 ? tr("Auto: CPU (no GPU found)")
                                   : tr("Auto: GPU (cuda:0)");
    m_ui.deviceCombo->addItem(autoText, QStringLiteral("auto"));
    m_ui.deviceCombo->addItem(tr("CPU"), QStringLiteral("cpu"));
    if (gpus <= 0) {
        m_ui.deviceCombo->addItem(gpus == 0 ? tr("GPU (none found)") : tr("GPU"), QStringLiteral("cuda"));
        if (gpus == 0)
            if (auto *model = qobject_cast<QStandardItemModel *>(m_ui.deviceCombo->model()))
                model->item(2)->setEnabled(false);
    }
    for (int i = 0; i < gpus; ++i)
        m_ui.deviceCombo->addItem(tr("GPU %1 (cuda:%1)").arg(i), QStringLiteral("cuda:%1").arg(i));
    const int keep = m_ui.deviceCombo->findData(current == QLatin1String("cuda") ? QStringLiteral("cuda:0") : current);
    m_ui.deviceCombo->setCurrentIndex(std::max(0, keep));

    const QString cores = tr("%n CPU core(s)", nullptr, QThread::idealThreadCount());
    m_ui.devicesLabel->setText(gpus < 0    ? tr("%1, looking for GPUs…").arg(cores)
                               : gpus == 0 ? tr("%1, no CUDA GPU").arg(cores)
                                           : tr("%1, %n CUDA GPU(s)", nullptr, gpus).arg(cores));
    if (gpus >= 0)
        revalidate();
}

void ExperimentPage::setDatasetFolder(const QString &folder, const QString &name)
{
    int index = m_ui.datasetCombo->findData(folder, kFolderRole);
    if (index < 0) {
        m_ui.datasetCombo->addItem(name.isEmpty() ? QFileInfo(folder).fileName() : name, folder);
        index = m_ui.datasetCombo->count() - 1;
    }
    m_ui.datasetCombo->setItemData(index, folder, Qt::ToolTipRole);
    m_ui.datasetCombo->setCurrentIndex(index);
}

bool ExperimentPage::setModelChecked(const QString &model, bool checked)
{
    return m_ui.modelTree->setChecked(model, checked);
}

QStringList ExperimentPage::checkedModels() const { return m_ui.modelTree->checkedModels(); }

mw::core::RunConfig ExperimentPage::settings(Problem *problem) const
{
    // Every input is read even after a problem, so saveState() has the rest; the first problem is the one shown.
    auto note = [problem](const QString &text, const QString &key) {
        if (problem->text.isEmpty())
            *problem = {text, key};
    };
    mw::core::RunConfig base = m_base;
    base.dataset = m_ui.datasetCombo->currentData(kFolderRole).toString().toStdString();
    if (base.dataset.empty())
        note(tr("No dataset: load one on the Data page, or open a folder with File > Open dataset folder"),
             QStringLiteral("dataset"));
    base.split = m_ui.splitCombo->currentIndex() == 1 ? mw::core::SplitKind::Tutorial : mw::core::SplitKind::Standard;
    base.trainLimit = m_ui.trainLimitSpin->value();
    base.seed = std::uint64_t(m_ui.seedSpin->value());
    for (const bool head : {true, false}) {
        const PhaseSettings *inputs = head ? m_ui.headPhase : m_ui.finetunePhase;
        if (!inputs->read(head ? base.head : base.finetune)) { // the phase keeps the rate it had
            const QString which = head ? tr("head phase's") : tr("fine-tune phase's");
            const QString text = inputs->learningRateEdit()->text().trimmed();
            note(text.isEmpty() ? tr("The %1 learning rate is empty").arg(which)
                                : tr("The %1 learning rate \"%2\" is not a number (write 1e-4 or 0.0001)").arg(which, text),
                 inputs->phase() + QStringLiteral(".learning_rate"));
        }
    }
    base.batchSize = m_ui.batchSizeSpin->value();
    base.frozenLayers = m_ui.frozenLayersSpin->value();
    base.normalization = mw::core::Normalization(m_ui.normalizationCombo->currentIndex()); // the combo's order
    base.augment.enabled = m_ui.augmentCheck->isChecked();
    base.augment.rotation = m_ui.rotationSpin->value();
    base.augment.shift = m_ui.shiftSpin->value();
    base.augment.zoom = m_ui.zoomSpin->value();
    base.augment.shear = m_ui.shearSpin->value();
    base.augment.flip = m_ui.flipCheck->isChecked();
    base.shiftCanvas = m_ui.shiftCanvasSpin->value() == m_ui.shiftCanvasSpin->minimum() ? 0 : m_ui.shiftCanvasSpin->value();
    base.featureCache = m_ui.featureCacheCheck->isChecked();
    base.device = m_ui.deviceCombo->currentData(kDeviceRole).toString().toStdString();
    base.weights.clear(); // with ImageNet weights, each backbone gets its own entry (configs())
    if (weightsSource() == WeightsSource::File) {
        // A catalog name works here as on the command line (--weights NAME).
        const QString file = m_ui.weightsEdit->text().trimmed();
        if (file.isEmpty())
            note(tr("Choose a weights file for the backbones, or Random init"), QStringLiteral("weights"));
        else if (!QFileInfo(file).isFile() && !isCatalogName(file))
            note(tr("%1: no such file").arg(file), QStringLiteral("weights"));
        base.weights = file.toStdString();
    }
    return base;
}

std::vector<mw::core::RunConfig> ExperimentPage::configs(QString *problem) const
{
    Problem found;
    auto runs = configs(&found);
    if (problem)
        *problem = found.text;
    return runs;
}

std::vector<mw::core::RunConfig> ExperimentPage::configs(Problem *problemOut) const
{
    Problem &problem = *problemOut;
    problem = {};
    const mw::core::RunConfig base = settings(&problem);
    if (!problem.text.isEmpty())
        return {};

    double scratchRate = mw::core::kScratchLearningRate;
    const bool scratchRead = PhaseSettings::readLearningRate(m_ui.scratchLrEdit->text(), scratchRate);
    std::vector<mw::core::RunConfig> result;
    for (const ModelTree::Choice &model : m_ui.modelTree->checked()) {
        mw::core::RunConfig config = base;
        config.model.name = model.name.toStdString();
        config.model.inputSize = model.inputSize;
        if (!model.backbone) {
            if (!scratchRead) {
                const QString text = m_ui.scratchLrEdit->text().trimmed();
                problem = {text.isEmpty() ? tr("The from-scratch learning rate is empty")
                                          : tr("The from-scratch learning rate \"%1\" is not a number (write 1e-3 or "
                                               "0.001)").arg(text),
                           QLatin1String(kScratchRateKey)};
                return {};
            }
            config.head.learningRate = scratchRate;
        }
        if (!chooseWeights(config, model.backbone, model.title, &problem))
            return {};
        if (model.name == QLatin1String(mw::core::kTorchScriptModel)) {
            // The module's own weights (chooseWeights left none): the weights file is for the registry's backbones.
            const QString file = m_ui.scriptEdit->text().trimmed();
            if (file.isEmpty()) {
                problem = {tr("%1: choose its TorchScript file (under Backbone weights)").arg(model.title),
                           QStringLiteral("model.script_path")};
                return {};
            }
            if (!QFileInfo(file).isFile()) {
                problem = {tr("%1: no such file").arg(file), QStringLiteral("model.script_path")};
                return {};
            }
            config.model.scriptPath = file.toStdString();
        }
        try {
            mw::core::validate(config);
        } catch (const mw::core::UsageError &e) {
            // A baseline's first phase takes its rate from the from-scratch field: that is the one to mark.
            const bool scratch = !model.backbone && e.key() == "head.learning_rate";
            problem = {QStringLiteral("%1: %2").arg(model.title, QString::fromStdString(e.what())),
                       scratch ? QLatin1String(kScratchRateKey) : QString::fromStdString(e.key())};
            return {};
        } catch (const mw::core::Error &e) {
            problem = {QStringLiteral("%1: %2").arg(model.title, QString::fromStdString(e.what())), QString()};
            return {};
        }
        result.push_back(std::move(config));
    }
    if (result.empty())
        problem = {tr("Tick at least one model to run"), QString()};
    return result;
}

void ExperimentPage::revalidate()
{
    Problem problem;
    const auto runs = configs(&problem);
    m_problem = problem.text;
    markInvalid(problem);
    m_ui.summaryLabel->setText(runs.empty() ? QString() : tr("%n run(s)", nullptr, int(runs.size())));
    updateEnabled();
}

void ExperimentPage::markInvalid(const Problem &problem)
{
    if (m_invalidWidget) {
        m_invalidWidget->setStyleSheet(QString());
        m_invalidWidget = nullptr;
    }
    if (problem.text.isEmpty()) {
        if (!m_filesCheck->isRunning())
            m_ui.validationLabel->clear();
        return;
    }
    m_ui.validationLabel->setText(errorHtml(problem.text));
    QWidget *where = input(problem.key);
    if (where && (qobject_cast<QLineEdit *>(where) || qobject_cast<QAbstractSpinBox *>(where))) {
        where->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
        m_invalidWidget = where;
    }
}

QWidget *ExperimentPage::input(const QString &key) const
{
    if (QWidget *phase = m_ui.headPhase->input(key))
        return phase;
    if (QWidget *phase = m_ui.finetunePhase->input(key))
        return phase;
    const std::pair<const char *, QWidget *> inputs[] = {
        {"batch_size", m_ui.batchSizeSpin},       {"train_limit", m_ui.trainLimitSpin},
        {"seed", m_ui.seedSpin},                  {"frozen_layers", m_ui.frozenLayersSpin},
        {"weights", m_ui.weightsEdit},            {"model.script_path", m_ui.scriptEdit},
        {"augment.rotation", m_ui.rotationSpin},  {"augment.shift", m_ui.shiftSpin},
        {"augment.zoom", m_ui.zoomSpin},          {"augment.shear", m_ui.shearSpin},
        {"shift_canvas", m_ui.shiftCanvasSpin},   {"dataset", m_ui.datasetCombo},
        {"device", m_ui.deviceCombo},             {kScratchRateKey, m_ui.scratchLrEdit},
    };
    for (const auto &[name, widget] : inputs)
        if (key == QLatin1String(name))
            return widget;
    return nullptr;
}

void ExperimentPage::updateEnabled()
{
    const bool ready = m_problem.isEmpty() && !m_filesCheck->isRunning();
    m_ui.runButton->setEnabled(ready);
    m_runAction->setEnabled(ready);
    m_ui.sweepButton->setEnabled(ready);

    // Settings that would not change any ticked model are greyed out.
    const QList<ModelTree::Choice> models = m_ui.modelTree->checked();
    const bool backboneSettings = models.isEmpty() || std::any_of(models.begin(), models.end(), [](const auto &model) {
        return model.backbone;
    });
    m_ui.finetuneBox->setEnabled(backboneSettings);
    m_ui.weightsBox->setEnabled(backboneSettings);
    m_ui.featureCacheCheck->setEnabled(backboneSettings && !m_ui.augmentCheck->isChecked());
    const bool fromFile = weightsSource() == WeightsSource::File;
    m_ui.weightsEdit->setEnabled(fromFile);
    m_ui.browseWeightsButton->setEnabled(fromFile);
    showImageNet();
    const bool scripted = m_ui.modelTree->isChecked(QLatin1String(mw::core::kTorchScriptModel));
    m_ui.scriptEdit->setEnabled(scripted);
    m_ui.browseScriptButton->setEnabled(scripted);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui.rotationSpin, m_ui.shiftSpin, m_ui.zoomSpin, m_ui.shearSpin,
                                                        m_ui.flipCheck})
        w->setEnabled(m_ui.augmentCheck->isChecked());
}

void ExperimentPage::showModelDescription()
{
    const QString description = m_ui.modelTree->currentDescription();
    if (description.isEmpty())
        m_ui.modelDescriptionLabel->clear();
    else
        m_ui.modelDescriptionLabel->setText(description);
}

void ExperimentPage::chooseWeightsFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Backbone weights"), QFileInfo(m_ui.weightsEdit->text()).absolutePath(),
        tr("Weights (*.pth *.pt *.safetensors *.h5);;All files (*)"));
    if (!file.isEmpty())
        m_ui.weightsEdit->setText(file);
}

void ExperimentPage::chooseScriptFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("TorchScript module"), QFileInfo(m_ui.scriptEdit->text()).absolutePath(),
        tr("TorchScript (*.pt *.pth *.ts);;All files (*)"));
    if (!file.isEmpty())
        m_ui.scriptEdit->setText(file);
}

PretrainDialog *ExperimentPage::pretrainDialog() const { return m_pretrainDialog; }

void ExperimentPage::openPretrainDialog()
{
    if (m_pretrainDialog) {
        m_pretrainDialog->show();
        m_pretrainDialog->raise();
        m_pretrainDialog->activateWindow();
        return;
    }
    QString model; // the first ticked backbone the engine can pretrain
    for (const ModelTree::Choice &choice : m_ui.modelTree->checked()) {
        if (choice.backbone && choice.name != QLatin1String(mw::core::kTorchScriptModel)) {
            model = choice.name;
            break;
        }
    }
    QList<PretrainDialog::DatasetChoice> datasets;
    for (int i = 0; i < m_ui.datasetCombo->count(); ++i)
        datasets.append({m_ui.datasetCombo->itemText(i), m_ui.datasetCombo->itemData(i, kFolderRole).toString()});
    Problem unread; // a half-typed learning rate here does not matter to pretraining
    auto *dialog = new PretrainDialog(m_pool, settings(&unread), datasets, model, this);
    m_pretrainDialog = dialog;
    connect(dialog, &PretrainDialog::weightsChosen, this, &ExperimentPage::useWeights);
    // Gone once closed; a pretraining cancelled on the way out winds down on the pool by itself.
    connect(dialog, &QDialog::finished, dialog, &QObject::deleteLater);
    dialog->show();
}

void ExperimentPage::useWeights(const QString &file, const QString &model, int inputSize)
{
    m_ui.weightsCombo->setCurrentIndex(1);
    m_ui.weightsEdit->setText(file);
    if (m_ui.modelTree->setChecked(model, true)) {
        if (inputSize > 0)
            m_ui.modelTree->setInputSize(model, std::max(inputSize, m_ui.modelTree->minimumInputSize(model)));
        m_ui.modelTree->setCurrentModel(model);
    }
    revalidate();
}

void ExperimentPage::applyConfig(const mw::core::RunConfig &c)
{
    m_base = c;
    m_ui.splitCombo->setCurrentIndex(c.split == mw::core::SplitKind::Tutorial ? 1 : 0);
    m_ui.trainLimitSpin->setValue(c.trainLimit);
    m_ui.seedSpin->setValue(int(std::min<std::uint64_t>(c.seed, std::uint64_t(m_ui.seedSpin->maximum()))));
    m_ui.headPhase->show(c.head);
    m_ui.finetunePhase->show(c.finetune);
    m_ui.batchSizeSpin->setValue(c.batchSize);
    m_ui.frozenLayersSpin->setValue(c.frozenLayers);
    m_ui.normalizationCombo->setCurrentIndex(int(c.normalization));
    m_ui.featureCacheCheck->setChecked(c.featureCache);
    m_ui.augmentCheck->setChecked(c.augment.enabled);
    m_ui.rotationSpin->setValue(c.augment.rotation);
    m_ui.shiftSpin->setValue(c.augment.shift);
    m_ui.zoomSpin->setValue(c.augment.zoom);
    m_ui.shearSpin->setValue(c.augment.shear);
    m_ui.flipCheck->setChecked(c.augment.flip);
    m_ui.shiftCanvasSpin->setValue(std::max(c.shiftCanvas, m_ui.shiftCanvasSpin->minimum()));
    const int device = m_ui.deviceCombo->findData(QString::fromStdString(c.device));
    m_ui.deviceCombo->setCurrentIndex(device >= 0 ? device : 0);
    m_ui.weightsCombo->setCurrentIndex(c.weights.empty() ? 0 : 1);
    m_ui.weightsEdit->setText(QString::fromStdString(c.weights));
}

void ExperimentPage::run()
{
    revalidate();
    if (!m_problem.isEmpty() || m_filesCheck->isRunning())
        return;
    m_filesCheck->start(configs()); // queueRuns() when the files pass, refuse() when one does not
    updateEnabled();
}

void ExperimentPage::queueRuns(const std::vector<mw::core::RunConfig> &runs)
{
    updateEnabled(); // the check is over
    Q_EMIT runsQueued(m_queue->enqueue(runs));
}

void ExperimentPage::refuse(const QString &message, const QString &title, const QString &explanation)
{
    updateEnabled(); // the check is over
    m_ui.validationLabel->setText(errorHtml(message));
    // Window-modal but not blocking: runs already under way keep reporting behind it.
    auto *box = new QMessageBox(QMessageBox::Critical, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("weightsErrorDialog"));
    box->setInformativeText(explanation);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT runRefused(message);
}

} // namespace mw::app
