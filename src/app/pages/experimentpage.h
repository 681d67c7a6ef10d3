#pragma once

#include "training/config.h"
#include "training/recipe.h"
#include "ui_experimentpage.h"
#include "weightstore/catalog.h"

#include <QHash>
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
class SweepDialog;
class RunFilesCheck;
class RunQueue;
class WeightsDownloads;

// Choose the models (any number: one run each) and the settings they share; Run queues the runs.
// Every change is checked at once with the engine's own validate(), and Run stays off while something is wrong.
// A weights file is read and loaded into each chosen backbone, and a TorchScript module loaded and probed, on the
// pool before anything is queued (RunFilesCheck). Pretrain… makes a weights file in the app (PretrainDialog).
// "ImageNet weights (catalog)" gives each ticked backbone the catalog's entry for it (imageNetEntryFor) and that
// entry's normalization; Download fetches the ones not at hand, and Run waits for them before it queues.
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
    bool isCheckingWeights() const; // weights or a TorchScript module, on the pool (or their download)
    // Where the backbones' weights come from, as the weights combo lists them.
    enum class WeightsSource { RandomInit = 0, File = 1, ImageNet = 2 };
    void setWeightsSource(WeightsSource source);
    WeightsSource weightsSource() const;
    bool isLookingUpImageNet() const { return m_imageNetLookups > 0; }
    QAction *runAction() const { return m_runAction; }

    // The recipes found in recipesDir() (resources/recipes, or $MNIST_WORKBENCH_RECIPES), as the recipe combo lists them.
    const std::vector<mw::core::Recipe> &recipes() const { return m_recipes; }
    // Fills the page from a recipe: its models (with their input sizes) ticked, its settings in the inputs.
    // Returns what did not fit (e.g. a dataset the catalog lacks: the page keeps its own), or an empty string.
    QString applyRecipe(const mw::core::Recipe &recipe);

    // What the page holds, to come back after a restart: the ticked models (with backbones' input sizes), the
    // settings as the engine's RunConfig JSON text (a string, as the engine wrote it), the weights source when it is
    // the catalog's ImageNet weights, and the recipe picked. restoreState() keeps the page's dataset, skips models it
    // does not know, drops a weights file that is gone (a catalog name stays), and ignores settings it cannot read.
    QJsonObject saveState() const;
    void restoreState(const QJsonObject &state);

    // The open Pretrain / Sweep dialog, if any.
    PretrainDialog *pretrainDialog() const;
    SweepDialog *sweepDialog() const;

public Q_SLOTS:
    void run();
    void openPretrainDialog();
    // The Sweep dialog over the ticked models and the page's settings; its sweep then runs on this computer (the
    // trials queued as runs in the sweep's folder) or is submitted to Slurm (on the pool).
    void openSweepDialog();
    void downloadImageNetWeights(); // the ticked backbones' entries that are not at hand
    void refreshImageNet();         // looks again which entries are at hand (on the pool)
    // Weights from a file for the backbones, and `model` ticked at `inputSize` (what "Use these weights" does).
    void useWeights(const QString &file, const QString &model, int inputSize);

Q_SIGNALS:
    void runsQueued(const QList<int> &ids);
    void runRefused(const QString &message); // a weights file or TorchScript module that cannot be used
    void sweepStarted(const QString &folder, const QList<int> &ids); // queued here (ids), or submitted to Slurm (none)
    void sweepRefused(const QString &message);                      // the folder, or Slurm, refused it

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
    // The from-scratch learning rate, which fills the first phase of the baselines' configs: the page's own key.
    static constexpr char kScratchRateKey[] = "scratch_learning_rate";
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
    void startSweep(SweepDialog *dialog);

    // The catalog's ImageNet weights (experimentweights.cpp).
    struct ImageNetChoice {
        QString entry; // empty: the catalog has no entry for the backbone
        mw::core::WeightsStatus status;
    };
    void setUpImageNet();
    void loadCatalog();
    bool isCatalogName(const QString &weights) const;
    // Sets the run's weights (and the catalog entry's normalization) from the source chosen; false and a problem
    // when the backbone's entry is not known yet.
    bool chooseWeights(mw::core::RunConfig &config, bool backbone, const QString &title, Problem *problem) const;
    void applyEntry(mw::core::RunConfig &config, const std::string &name) const;
    void imageNetFound(int generation, const QString &model, const QString &entry, const mw::core::WeightsStatus &status);
    void showImageNet();
    QString imageNetLine(const QString &model, const QString &title) const;
    QStringList missingImageNet() const; // entries of ticked backbones that are not at hand

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
    QPointer<SweepDialog> m_sweepDialog;
    WeightsDownloads *m_downloads;
    std::vector<mw::core::WeightsEntry> m_catalog;
    QString m_catalogProblem; // the user's catalog ($MNIST_WORKBENCH_WEIGHTS_CATALOG) could not be read
    QHash<QString, ImageNetChoice> m_imageNet; // by backbone, from the last lookup
    QHash<QString, QString> m_downloadErrors;  // by entry: why its last download failed
    int m_imageNetLookups = 0;   // running
    int m_imageNetGeneration = 0; // a newer lookup's results replace an older one's
};

} // namespace mw::app
