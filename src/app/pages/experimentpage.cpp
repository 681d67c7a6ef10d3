#include "pages/experimentpage.h"

#include "data/catalog.h"
#include "errors.h"
#include "jobs/runfilescheck.h"
#include "jobs/runqueue.h"
#include "models/registry.h"
#include "pretraindialog.h"
#include "widgets/modeltree.h"

#include <QAction>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QThread>

#include <algorithm>
#include <filesystem>

namespace mw::app {
namespace {

constexpr int kFolderRole = Qt::UserRole;
constexpr int kDeviceRole = Qt::UserRole;
constexpr int kRecipeRole = Qt::UserRole; // index into m_recipes, -1 for none

QString errorHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace

ExperimentPage::ExperimentPage(QThreadPool *pool, RunQueue *queue, QWidget *parent)
    : QWidget(parent), m_pool(pool), m_queue(queue), m_runAction(new QAction(this)),
      m_filesCheck(new RunFilesCheck(pool, this))
{
    m_ui.setupUi(this);
    m_headInputs = {m_ui.headEpochsSpin, m_ui.headPatienceSpin, m_ui.headOptimizerCombo, m_ui.headLrEdit,
                    m_ui.headMomentumSpin, m_ui.headNesterovCheck, m_ui.headBatchSpin};
    m_finetuneInputs = {m_ui.finetuneEpochsSpin, m_ui.finetunePatienceSpin, m_ui.finetuneOptimizerCombo, m_ui.finetuneLrEdit,
                        m_ui.finetuneMomentumSpin, m_ui.finetuneNesterovCheck, m_ui.finetuneBatchSpin};
    m_ui.splitter->setStretchFactor(0, 5);
    m_ui.splitter->setStretchFactor(1, 6);
    m_ui.splitter->setSizes({500, 780});
    m_ui.settingsGrid->setColumnStretch(0, 1);
    m_ui.settingsGrid->setColumnStretch(1, 1);

    m_runAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    addAction(m_runAction);
    connect(m_runAction, &QAction::triggered, this, &ExperimentPage::run);
    connect(m_ui.runButton, &QPushButton::clicked, m_runAction, &QAction::trigger);

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
    for (QLineEdit *edit : {m_ui.headLrEdit, m_ui.finetuneLrEdit, m_ui.weightsEdit, m_ui.scriptEdit})
        connect(edit, &QLineEdit::textChanged, this, &ExperimentPage::revalidate);
    connect(m_ui.modelTree, &QTreeWidget::itemChanged, this, &ExperimentPage::revalidate);
    connect(m_ui.modelTree, &QTreeWidget::currentItemChanged, this, &ExperimentPage::showModelDescription);
    showModelDescription();
    connect(m_ui.browseWeightsButton, &QPushButton::clicked, this, &ExperimentPage::chooseWeightsFile);
    connect(m_ui.browseScriptButton, &QPushButton::clicked, this, &ExperimentPage::chooseScriptFile);
    connect(m_ui.pretrainButton, &QPushButton::clicked, this, &ExperimentPage::openPretrainDialog);
    connect(m_filesCheck, &RunFilesCheck::reported, m_ui.validationLabel, &QLabel::setText);
    connect(m_filesCheck, &RunFilesCheck::scriptCounted, this, [this](qint64 total, qint64 headPhase) {
        m_ui.modelTree->setCounts(QLatin1String(ModelTree::kScriptModel), total, headPhase);
    });
    connect(m_filesCheck, &RunFilesCheck::passed, this, &ExperimentPage::queueRuns);
    connect(m_filesCheck, &RunFilesCheck::failed, this, &ExperimentPage::refuse);
    connect(m_ui.recipeCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const int recipe = m_ui.recipeCombo->itemData(index, kRecipeRole).toInt();
        if (recipe >= 0 && recipe < int(m_recipes.size()))
            applyRecipe(m_recipes[std::size_t(recipe)]);
        showRecipeDescription();
    });
    retranslate(); // and checks the settings the page starts with
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

void ExperimentPage::showRecipeDescription()
{
    const int recipe = m_ui.recipeCombo->currentData(kRecipeRole).toInt();
    if (recipe < 0 || recipe >= int(m_recipes.size())) {
        if (!m_recipes.empty()) // else the label says why there are none
            m_ui.recipeDescriptionLabel->clear();
        return;
    }
    const QString description = QString::fromStdString(m_recipes[std::size_t(recipe)].description).toHtmlEscaped();
    const QString note = m_recipeNote ? m_recipeNote() : QString();
    m_ui.recipeDescriptionLabel->setText(note.isEmpty() ? description : description + QStringLiteral("<br>") + errorHtml(note));
}

void ExperimentPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Counting builds every network once (a second or two): only when someone looks, and never on this thread.
    m_ui.modelTree->countParameters(m_pool);
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

void ExperimentPage::loadRecipes()
{
    const QSignalBlocker blocker(m_ui.recipeCombo);
    m_ui.recipeCombo->clear();
    m_recipes.clear();
    const std::filesystem::path dir = mw::core::recipesDir();
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec)) {
        try {
            m_recipes = mw::core::loadRecipes(dir);
        } catch (const mw::core::Error &e) {
            m_ui.recipeDescriptionLabel->setText(errorHtml(QString::fromStdString(e.what())));
        }
    }
    // The first item's text ("No recipes found" or "Your own settings") comes from retranslate().
    m_ui.recipeCombo->addItem(QString(), -1);
    if (m_recipes.empty()) {
        m_ui.recipeCombo->setEnabled(false);
        return;
    }
    for (std::size_t i = 0; i < m_recipes.size(); ++i) {
        m_ui.recipeCombo->addItem(QString::fromStdString(m_recipes[i].title), int(i));
        m_ui.recipeCombo->setItemData(m_ui.recipeCombo->count() - 1,
                                      QString::fromStdString(m_recipes[i].description), Qt::ToolTipRole);
    }
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

mw::core::RunConfig ExperimentPage::settings(QString *problem) const
{
    // Every input is read even after a problem, so saveState() has the rest; the first problem is the one shown.
    auto note = [problem](const QString &text) {
        if (problem->isEmpty())
            *problem = text;
    };
    mw::core::RunConfig base = m_base;
    base.dataset = m_ui.datasetCombo->currentData(kFolderRole).toString().toStdString();
    if (base.dataset.empty())
        note(tr("No dataset: load one on the Data page, or open a folder with File > Open dataset folder"));
    base.split = m_ui.splitCombo->currentIndex() == 1 ? mw::core::SplitKind::Tutorial : mw::core::SplitKind::Standard;
    base.trainLimit = m_ui.trainLimitSpin->value();
    base.seed = std::uint64_t(m_ui.seedSpin->value());
    for (const bool head : {true, false}) {
        const PhaseInputs &inputs = head ? m_headInputs : m_finetuneInputs;
        if (!inputs.read(head ? base.head : base.finetune)) { // the phase keeps the rate it had
            const QString which = head ? tr("head phase's") : tr("fine-tune phase's");
            const QString text = inputs.learningRate->text().trimmed();
            note(text.isEmpty() ? tr("The %1 learning rate is empty").arg(which)
                                : tr("The %1 learning rate \"%2\" is not a number (write 1e-4 or 0.0001)").arg(which, text));
        }
    }
    base.batchSize = m_ui.batchSizeSpin->value();
    base.frozenLayers = m_ui.frozenLayersSpin->value();
    base.normalization = m_ui.normalizationCombo->currentIndex() == 1 ? mw::core::Normalization::ImageNet
                                                                        : mw::core::Normalization::Tutorial;
    base.augment.enabled = m_ui.augmentCheck->isChecked();
    base.augment.rotation = m_ui.rotationSpin->value();
    base.augment.shift = m_ui.shiftSpin->value();
    base.augment.zoom = m_ui.zoomSpin->value();
    base.augment.shear = m_ui.shearSpin->value();
    base.augment.flip = m_ui.flipCheck->isChecked();
    base.shiftCanvas = m_ui.shiftCanvasSpin->value() == m_ui.shiftCanvasSpin->minimum() ? 0 : m_ui.shiftCanvasSpin->value();
    base.featureCache = m_ui.featureCacheCheck->isChecked();
    base.device = m_ui.deviceCombo->currentData(kDeviceRole).toString().toStdString();
    base.weights.clear();
    if (m_ui.weightsCombo->currentIndex() == 1) {
        const QString file = m_ui.weightsEdit->text().trimmed();
        if (file.isEmpty())
            note(tr("Choose a weights file for the backbones, or Random init"));
        else if (!QFileInfo(file).isFile())
            note(tr("%1: no such file").arg(file));
        base.weights = file.toStdString();
    }
    return base;
}

std::vector<mw::core::RunConfig> ExperimentPage::configs(QString *problemOut) const
{
    QString scratch;
    QString &problem = problemOut ? *problemOut : scratch;
    problem.clear();
    const mw::core::RunConfig base = settings(&problem);
    if (!problem.isEmpty())
        return {};

    std::vector<mw::core::RunConfig> result;
    for (const ModelTree::Choice &model : m_ui.modelTree->checked()) {
        mw::core::RunConfig config = base;
        config.model.name = model.name.toStdString();
        config.model.inputSize = model.inputSize;
        config.weights = model.backbone ? base.weights : std::string();
        if (model.name == QLatin1String(ModelTree::kScriptModel)) {
            // The module's own weights: the weights file is for the registry's backbones, whose names it has.
            config.weights.clear();
            const QString file = m_ui.scriptEdit->text().trimmed();
            if (file.isEmpty()) {
                problem = tr("%1: choose its TorchScript file (under Backbone weights)").arg(model.title);
                return {};
            }
            if (!QFileInfo(file).isFile()) {
                problem = tr("%1: no such file").arg(file);
                return {};
            }
            config.model.scriptPath = file.toStdString();
        }
        try {
            mw::core::validate(config);
        } catch (const mw::core::Error &e) {
            problem = QStringLiteral("%1: %2").arg(model.title, QString::fromStdString(e.what()));
            return {};
        }
        result.push_back(std::move(config));
    }
    if (result.empty())
        problem = tr("Tick at least one model to run");
    return result;
}

void ExperimentPage::revalidate()
{
    QString problem;
    const auto runs = configs(&problem);
    m_problem = problem;
    markInvalid(problem);
    m_ui.summaryLabel->setText(runs.empty() ? QString() : tr("%n run(s)", nullptr, int(runs.size())));
    updateEnabled();
}

void ExperimentPage::markInvalid(const QString &problem)
{
    if (m_invalidWidget) {
        m_invalidWidget->setStyleSheet(QString());
        m_invalidWidget = nullptr;
    }
    if (problem.isEmpty()) {
        if (!m_filesCheck->isRunning())
            m_ui.validationLabel->clear();
        return;
    }
    m_ui.validationLabel->setText(errorHtml(problem));
    // Point at the input the problem is about: the engine names the setting by its JSON key.
    const std::pair<const char *, QWidget *> keys[] = {
        {"head.epochs", m_ui.headEpochsSpin},
        {"head.patience", m_ui.headPatienceSpin},
        {"head.learning_rate", m_ui.headLrEdit},
        {"head.momentum", m_ui.headMomentumSpin},
        {"finetune.epochs", m_ui.finetuneEpochsSpin},
        {"finetune.patience", m_ui.finetunePatienceSpin},
        {"finetune.learning_rate", m_ui.finetuneLrEdit},
        {"finetune.momentum", m_ui.finetuneMomentumSpin},
        {"batch_size", m_ui.batchSizeSpin},
        {"train_limit", m_ui.trainLimitSpin},
        {"frozen_layers", m_ui.frozenLayersSpin},
        {"weights", m_ui.weightsEdit},
        {"model.script_path", m_ui.scriptEdit},
    };
    QWidget *where = nullptr;
    const auto match = QRegularExpression(QStringLiteral("setting \"([a-z_.]+)\"")).match(problem);
    if (match.hasMatch()) {
        const QByteArray key = match.captured(1).toLatin1();
        for (const auto &[name, widget] : keys)
            if (key == name)
                where = widget;
    } else if (problem.contains(tr("learning rate"))) {
        where = problem.contains(tr("head phase's")) ? static_cast<QWidget *>(m_ui.headLrEdit) : m_ui.finetuneLrEdit;
    } else if (m_ui.weightsCombo->currentIndex() == 1 && problem.contains(m_ui.weightsEdit->text().trimmed())) {
        where = m_ui.weightsEdit;
    } else if (const QString script = QLatin1String(ModelTree::kScriptModel);
               m_ui.modelTree->isChecked(script) && problem.startsWith(m_ui.modelTree->title(script))) {
        where = m_ui.scriptEdit;
    } else if (!m_ui.scriptEdit->text().trimmed().isEmpty() && problem.contains(m_ui.scriptEdit->text().trimmed())) {
        where = m_ui.scriptEdit;
    }
    if (where && (qobject_cast<QLineEdit *>(where) || qobject_cast<QAbstractSpinBox *>(where))) {
        where->setStyleSheet(QStringLiteral("border: 1px solid #c62828;"));
        m_invalidWidget = where;
    }
}

void ExperimentPage::updateEnabled()
{
    const bool ready = m_problem.isEmpty() && !m_filesCheck->isRunning();
    m_ui.runButton->setEnabled(ready);
    m_runAction->setEnabled(ready);

    // Settings that would not change any ticked model are greyed out.
    const QList<ModelTree::Choice> models = m_ui.modelTree->checked();
    const bool backboneSettings = models.isEmpty() || std::any_of(models.begin(), models.end(), [](const auto &model) {
        return model.backbone;
    });
    m_ui.finetuneBox->setEnabled(backboneSettings);
    m_ui.weightsBox->setEnabled(backboneSettings);
    m_ui.featureCacheCheck->setEnabled(backboneSettings && !m_ui.augmentCheck->isChecked());
    const bool fromFile = m_ui.weightsCombo->currentIndex() == 1;
    m_ui.weightsEdit->setEnabled(fromFile);
    m_ui.browseWeightsButton->setEnabled(fromFile);
    const bool scripted = m_ui.modelTree->isChecked(QLatin1String(ModelTree::kScriptModel));
    m_ui.scriptEdit->setEnabled(scripted);
    m_ui.browseScriptButton->setEnabled(scripted);
    for (QWidget *w : std::initializer_list<QWidget *>{m_ui.rotationSpin, m_ui.shiftSpin, m_ui.zoomSpin, m_ui.shearSpin,
                                                        m_ui.flipCheck})
        w->setEnabled(m_ui.augmentCheck->isChecked());
    m_headInputs.updateEnabled();
    m_finetuneInputs.updateEnabled();
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
        tr("Weights (*.pth *.pt *.safetensors);;All files (*)"));
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
        if (choice.backbone && choice.name != QLatin1String(ModelTree::kScriptModel)) {
            model = choice.name;
            break;
        }
    }
    QList<PretrainDialog::DatasetChoice> datasets;
    for (int i = 0; i < m_ui.datasetCombo->count(); ++i)
        datasets.append({m_ui.datasetCombo->itemText(i), m_ui.datasetCombo->itemData(i, kFolderRole).toString()});
    QString unread; // a half-typed learning rate here does not matter to pretraining
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
    m_headInputs.show(c.head);
    m_finetuneInputs.show(c.finetune);
    m_ui.batchSizeSpin->setValue(c.batchSize);
    m_ui.frozenLayersSpin->setValue(c.frozenLayers);
    m_ui.normalizationCombo->setCurrentIndex(c.normalization == mw::core::Normalization::ImageNet ? 1 : 0);
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

QString ExperimentPage::applyRecipe(const mw::core::Recipe &recipe)
{
    // Notes are kept as a way to word them, so the recipe's description follows a change of language.
    m_recipeNote = {};
    std::vector<mw::core::RunConfig> runs;
    for (const auto &model : recipe.models) {
        try {
            runs.push_back(mw::core::configFor(recipe, model));
        } catch (const mw::core::Error &e) {
            // Most likely a dataset the catalog lacks: take the rest of the recipe and keep the page's dataset.
            m_recipeNote = [what = QString::fromStdString(e.what()), kept = m_ui.datasetCombo->currentText()] {
                return tr("%1; the page keeps the dataset %2").arg(what, kept);
            };
            mw::core::Recipe local = recipe;
            local.config.erase("dataset");
            for (auto &entry : local.modelsConfig)
                if (entry.is_object())
                    entry.erase("dataset");
            try {
                runs.push_back(mw::core::configFor(local, model));
            } catch (const mw::core::Error &again) {
                m_recipeNote = [what = QString::fromStdString(again.what())] { return what; };
                return m_recipeNote();
            }
        }
    }
    if (runs.empty()) {
        m_recipeNote = [] { return tr("the recipe names no models"); };
        return m_recipeNote();
    }

    const mw::core::RunConfig &first = runs.front();
    applyConfig(first);
    m_base.model = mw::core::ModelSpec{}; // each run gets its own name and input size from the tree
    m_base.weights.clear();
    for (const QString &name : m_ui.modelTree->models()) {
        const auto run = std::find_if(runs.begin(), runs.end(),
                                      [&](const mw::core::RunConfig &c) { return c.model.name == name.toStdString(); });
        m_ui.modelTree->setChecked(name, run != runs.end());
        if (run != runs.end() && name == QLatin1String(ModelTree::kScriptModel)) {
            if (run->model.inputSize > 0)
                m_ui.modelTree->setInputSize(name, run->model.inputSize);
            if (!run->model.scriptPath.empty())
                m_ui.scriptEdit->setText(QString::fromStdString(run->model.scriptPath));
        } else if (run != runs.end()) { // setInputSize() leaves a baseline's size alone
            const int size = run->model.inputSize > 0 ? run->model.inputSize : mw::core::modelInfo(run->model.name).defaultInputSize;
            m_ui.modelTree->setInputSize(name, size);
        }
    }
    if (!first.dataset.empty()) {
        const bool named = recipe.config.contains("dataset") && recipe.config["dataset"].is_string();
        setDatasetFolder(QString::fromStdString(first.dataset),
                         named ? QString::fromStdString(recipe.config["dataset"].get<std::string>()) : QString());
    }
    revalidate();
    return m_recipeNote ? m_recipeNote() : QString();
}

QJsonObject ExperimentPage::saveState() const
{
    QString unread; // an input that does not read (a learning rate being typed) is saved as it was last applied
    const mw::core::RunConfig config = settings(&unread);
    QJsonObject sizes;
    for (const ModelTree::Choice &model : m_ui.modelTree->checked())
        if (model.backbone)
            sizes.insert(model.name, model.inputSize);
    QJsonObject state{
        {QStringLiteral("models"), QJsonArray::fromStringList(checkedModels())},
        {QStringLiteral("input_sizes"), sizes},
        {QStringLiteral("settings"),
         QJsonDocument::fromJson(QByteArray::fromStdString(mw::core::toJson(config).dump())).object()},
    };
    if (const QString script = m_ui.scriptEdit->text().trimmed(); !script.isEmpty())
        state.insert(QStringLiteral("torchscript_file"), script);
    const int recipe = m_ui.recipeCombo->currentData(kRecipeRole).toInt();
    if (recipe >= 0 && recipe < int(m_recipes.size()))
        state.insert(QStringLiteral("recipe"), QString::fromStdString(m_recipes[std::size_t(recipe)].name));
    return state;
}

void ExperimentPage::restoreState(const QJsonObject &state)
{
    const QJsonValue saved = state.value(QStringLiteral("settings"));
    if (saved.isObject()) {
        try {
            mw::core::RunConfig config = mw::core::runConfigFromJson(
                nlohmann::json::parse(QJsonDocument(saved.toObject()).toJson(QJsonDocument::Compact).toStdString()));
            if (!config.weights.empty() && !QFileInfo(QString::fromStdString(config.weights)).isFile())
                config.weights.clear(); // moved or deleted since: the backbones start from random weights
            applyConfig(config); // leaves the dataset picker alone
        } catch (const std::exception &) {
            // Written by another version, or damaged: the settings stay as they are.
        }
    }
    const QString script = state.value(QStringLiteral("torchscript_file")).toString();
    m_ui.scriptEdit->setText(QFileInfo(script).isFile() ? script : QString()); // like a weights file that is gone
    QStringList models;
    for (const QJsonValue &name : state.value(QStringLiteral("models")).toArray())
        models << name.toString();
    const QJsonObject sizes = state.value(QStringLiteral("input_sizes")).toObject();
    {
        const QSignalBlocker blocker(m_ui.modelTree); // one check at the end, not one per item
        for (const QString &name : m_ui.modelTree->models()) {
            m_ui.modelTree->setChecked(name, models.contains(name));
            if (const int size = sizes.value(name).toInt(); size > 0)
                m_ui.modelTree->setInputSize(name, std::max(size, m_ui.modelTree->minimumInputSize(name)));
        }
    }
    m_ui.modelTree->viewport()->update();

    // The recipe is shown as the one picked, not applied again: the settings above are what the user had.
    int recipe = -1;
    for (std::size_t i = 0; i < m_recipes.size(); ++i)
        if (QString::fromStdString(m_recipes[i].name) == state.value(QStringLiteral("recipe")).toString())
            recipe = int(i);
    {
        const QSignalBlocker blocker(m_ui.recipeCombo);
        m_ui.recipeCombo->setCurrentIndex(std::max(0, m_ui.recipeCombo->findData(recipe, kRecipeRole)));
    }
    m_recipeNote = {};
    showRecipeDescription();
    revalidate();
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
