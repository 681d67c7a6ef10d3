// The Experiment page's recipes and session: what it is filled from and what comes back after a restart.
#include "pages/experimentpage.h"

#include "errors.h"
#include "models/registry.h"
#include "widgets/modeltree.h"

#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <filesystem>

namespace mw::app {

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
    // The first phase's rates: the first backbone's for the head, the first baseline's from scratch; the defaults
    // where the recipe has none of that kind.
    auto firstRate = [&](mw::core::ModelKind kind, double otherwise) {
        for (const auto &run : runs)
            if (run.model.name != mw::core::kTorchScriptModel && mw::core::modelInfo(run.model.name).kind == kind)
                return run.head.learningRate;
        return otherwise;
    };
    m_ui.headPhase->learningRateEdit()->setText(
        QString::number(firstRate(mw::core::ModelKind::Backbone, mw::core::kHeadLearningRate), 'g', 6));
    m_ui.scratchLrEdit->setText(
        QString::number(firstRate(mw::core::ModelKind::Baseline, mw::core::kScratchLearningRate), 'g', 6));
    m_base.model = mw::core::ModelSpec{}; // each run gets its own name and input size from the tree
    m_base.weights.clear();
    // A recipe that starts its backbones from the catalog's ImageNet weights names an entry for each backbone whose
    // file is at hand: the page's ImageNet choice does the same per ticked backbone, and says what each one lacks.
    if (std::any_of(runs.begin(), runs.end(),
                    [this](const mw::core::RunConfig &c) { return isCatalogName(QString::fromStdString(c.weights)); })) {
        setWeightsSource(WeightsSource::ImageNet);
    } else if (recipe.imageNetWeights) {
        const auto previous = m_recipeNote;
        m_recipeNote = [previous] {
            const QString none = tr("none of its backbones has ImageNet weights at hand, so they start from random "
                                    "init; choose “ImageNet weights (catalog)” under Backbone weights to download them");
            return previous ? previous() + QStringLiteral("; ") + none : none;
        };
    }
    for (const QString &name : m_ui.modelTree->models()) {
        const auto run = std::find_if(runs.begin(), runs.end(),
                                      [&](const mw::core::RunConfig &c) { return c.model.name == name.toStdString(); });
        m_ui.modelTree->setChecked(name, run != runs.end());
        if (run != runs.end() && name == QLatin1String(mw::core::kTorchScriptModel)) {
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
    Problem unread; // an input that does not read (a learning rate being typed) is saved as it was last applied
    const mw::core::RunConfig config = settings(&unread);
    QJsonObject sizes;
    for (const ModelTree::Choice &model : m_ui.modelTree->checked())
        if (model.backbone)
            sizes.insert(model.name, model.inputSize);
    QJsonObject state{
        {QStringLiteral("models"), QJsonArray::fromStringList(checkedModels())},
        {QStringLiteral("input_sizes"), sizes},
        // The engine's JSON as it wrote it, read back by the engine: no second JSON library in between.
        {QStringLiteral("settings"), QString::fromStdString(mw::core::toJson(config).dump())},
    };
    if (weightsSource() == WeightsSource::ImageNet) // the entries are chosen per backbone when the page runs
        state.insert(QStringLiteral("weights_source"), QStringLiteral("imagenet"));
    if (const QString script = m_ui.scriptEdit->text().trimmed(); !script.isEmpty())
        state.insert(QStringLiteral("torchscript_file"), script);
    state.insert(QLatin1String(kScratchRateKey), m_ui.scratchLrEdit->text().trimmed());
    const int recipe = m_ui.recipeCombo->currentData(kRecipeRole).toInt();
    if (recipe >= 0 && recipe < int(m_recipes.size()))
        state.insert(QStringLiteral("recipe"), QString::fromStdString(m_recipes[std::size_t(recipe)].name));
    return state;
}

void ExperimentPage::restoreState(const QJsonObject &state)
{
    const QJsonValue saved = state.value(QStringLiteral("settings"));
    if (saved.isString()) {
        try {
            mw::core::RunConfig config = mw::core::runConfigFromJson(nlohmann::json::parse(saved.toString().toStdString()));
            const QString weights = QString::fromStdString(config.weights);
            if (!weights.isEmpty() && !QFileInfo(weights).isFile() && !isCatalogName(weights))
                config.weights.clear(); // moved or deleted since: the backbones start from random weights
            applyConfig(config); // leaves the dataset picker alone
        } catch (const std::exception &) {
            // Written by another version, or damaged: the settings stay as they are.
        }
    }
    if (const QString rate = state.value(QLatin1String(kScratchRateKey)).toString(); !rate.isEmpty())
        m_ui.scratchLrEdit->setText(rate);
    if (state.value(QStringLiteral("weights_source")).toString() == QLatin1String("imagenet"))
        setWeightsSource(WeightsSource::ImageNet);
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

} // namespace mw::app
