#pragma once

#include "theme.h"

#include <QMainWindow>
#include <QList>
#include <QPointer>
#include <QString>
#include <QThreadPool>

#include <memory>

class QTabWidget;

namespace mw::app {

class DataPage;
class DrawPage;
class ExperimentPage;
class RunQueue;
class TrainingPage;
class ResultsPage;
class SweepWindow;
class UiLanguage;
class WeightsDialog;

// Assembles the pages and owns the thread pool that all engine work runs on. Remembers the session in QSettings
// (~/.config/mnist-workbench/mnist-workbench.conf): window geometry, page, last dataset, experiment settings, language and theme.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `language` is the one main() installed before the window existed; without one the window makes its own.
    explicit MainWindow(UiLanguage *language = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The language the settings hold ("" = the system's), for main() to install before any widget exists.
    static QString storedLanguage();

    DataPage *dataPage() const { return m_dataPage; }
    DrawPage *drawPage() const { return m_drawPage; }
    ExperimentPage *experimentPage() const { return m_experimentPage; }
    TrainingPage *trainingPage() const { return m_trainingPage; }
    RunQueue *runQueue() const { return m_runQueue; }
    ResultsPage *resultsPage() const { return m_resultsPage; }
    QThreadPool *pool() { return &m_pool; }
    WeightsDialog *weightsDialog() const; // the open one, if any

    // At start: the folder or catalog name given on the command line, else the last dataset of the previous
    // session, else MNIST. False (and a message) when none of them can be found.
    bool openStartupDataset(const QString &folder, const QString &name);

    // Switches at once and remembers the choice ("" = the system's language).
    void setLanguage(const QString &code);
    void setTheme(Theme theme);
    QString languageCode() const;
    Theme theme() const { return m_theme; }

    void saveSession() const;

public Q_SLOTS:
    void showSettings();
    void warnIfSettingsUnsaved(); // a dialog naming the settings file when it cannot be written
    void showWeights();
    // A sweep's window (trials, plots, live curves); `ids`: the RunQueue runs of trials the app itself runs.
    SweepWindow *showSweep(const QString &folder, const QList<int> &ids = {});
    void openSweep(); // asks for a sweep folder
    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void retranslate();
    void restoreSession();

    QThreadPool m_pool; // declared first: destroyed last, after the pages that use it
    std::unique_ptr<UiLanguage> m_ownLanguage;
    UiLanguage *m_language;
    Theme m_theme = Theme::System;
    QTabWidget *m_tabs = nullptr;
    DataPage *m_dataPage = nullptr;
    DrawPage *m_drawPage = nullptr;
    RunQueue *m_runQueue = nullptr;
    ExperimentPage *m_experimentPage = nullptr;
    TrainingPage *m_trainingPage = nullptr;
    ResultsPage *m_resultsPage = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QList<QAction *> m_pageActions;
    QAction *m_openAction = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_weightsAction = nullptr;
    QAction *m_openSweepAction = nullptr;
    QPointer<WeightsDialog> m_weightsDialog;
    QAction *m_settingsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_gettingStartedAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace mw::app
