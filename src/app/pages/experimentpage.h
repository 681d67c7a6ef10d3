#pragma once

#include "training/config.h"
#include "training/recipe.h"
#include "ui_experimentpage.h"

#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <optional>
#include <vector>

class QAction;
class QThreadPool;

namespace mw::app {

class PretrainDialog;
class RunFilesCheck;
class RunQueue;

// Choose the models (any number: one run each) and the settings they share; Run queues the runs.
// Every change is checked at once with the engine's own validate(), and Run stays off while something is wrong.
// A weights file is read and loaded into each chosen backbone, and a TorchScript module loaded and probed, on the
// pool before anything is queued (RunFilesCheck). Pretrain… makes a weights file in the app (PretrainDialog).
class ExperimentPage : public QWidget {
    Q_OBJECT
public:
    ExperimentPage(QThreadPool *pool, RunQueue *queue, QWidget *parent = nullptr);
    ~ExperimentPage() override;

    // The dataset the runs use (the Data page's folder); it joins the picker when it is not there.
    void setDatasetFolder(const QString &folder, const QString &name = {});
    bool setModelChecked(const QString &model, bool checked);
    QStringList checkedModels() const;

    // One config per ticked model, or the first problem (as validate() words it).
    std::vector<mw::core::RunConfig> configs(QString *problem = nullptr) const;
    QString problem() const { return m_problem; }
    bool isCheckingWeights() const; // weights or a TorchScript module, on the pool
    QAction *runAction() const { return m_runAction; }

    // The recipes found in recipesDir() (resources/recipes, or $MNIST_WORKBENCH_RECIPES), as the recipe combo lists them.
    const std::vector<mw::core::Recipe> &recipes() const { return m_recipes; }
    // Fills the page from a recipe: its models (with their input sizes) ticked, its settings in the inputs.
    // Returns what did not fit (e.g. a dataset the catalog lacks: the page keeps its own), or an empty string.
    QString applyRecipe(const mw::core::Recipe &recipe);

    // What the page holds, to come back after a restart: the ticked models (with backbones' input sizes), the
    // settings as the engine's RunConfig JSON text (a string, as the engine wrote it), and the recipe picked. restoreState() keeps the page's dataset, skips
    // models it does not know, drops a weights file that is gone, and ignores settings it cannot read.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // The open Pretrain dialog, if any.
    PretrainDialog *pretrainDialog() const;

public Q_SLOTS:
    void run();
    void openPretrainDialog();
    // Weights from a file for the backbones, and `model` ticked at `inputSize` (what "Use these weights" does).
    void useWeights(const QString &file, const QString &model, int inputSize);

Q_SIGNALS:
    void runsQueued(const QList<int> &ids);
    void runRefused(const QString &message); // a weights file or TorchScript module that cannot be used

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What is wrong with the settings, and the setting it is about as the engine's JSON key ("head.learning_rate";
    // empty when it is about none), so the page can point at the input.
    struct Problem {
        QString text;
        QString key;
    };

    // Combo items keep their folder, device or recipe (index into m_recipes, -1 for none) at this role.
    static constexpr int kFolderRole = Qt::UserRole;
    static constexpr int kDeviceRole = Qt::UserRole;
    static constexpr int kRecipeRole = Qt::UserRole;
    static QString errorHtml(const QString &text); // red, for the validation and recipe labels

    void setUpPhases();
    void retranslate();
    void showRecipeDescription();
    mw::core::RunConfig settings(Problem *problem) const;
    std::vector<mw::core::RunConfig> configs(Problem *problem) const;
    void fillDevices(int gpus);
    void loadRecipes();
    void chooseWeightsFile();
    void chooseScriptFile();
    void revalidate();
    void markInvalid(const Problem &problem);
    QWidget *input(const QString &key) const; // by the setting's JSON key; nullptr when the page has none
    void updateEnabled();
    void showModelDescription();
    void applyConfig(const mw::core::RunConfig &config);
    void queueRuns(const std::vector<mw::core::RunConfig> &configs);
    void refuse(const QString &message, const QString &title, const QString &explanation);

    Ui::ExperimentPage m_ui;
    QThreadPool *m_pool;
    RunQueue *m_queue;
    QAction *m_runAction;
    RunFilesCheck *m_filesCheck;
    std::vector<mw::core::Recipe> m_recipes;
    mw::core::RunConfig m_base; // settings the page has no input for (e.g. a recipe's validation size) ride along
    QString m_problem;
    std::function<QString()> m_recipeNote; // words what did not fit of the recipe applied last, if anything
    QWidget *m_invalidWidget = nullptr;
    QPointer<PretrainDialog> m_pretrainDialog;
};

} // namespace mw::app
