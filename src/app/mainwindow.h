#pragma once

#include <QMainWindow>
#include <QThreadPool>

class QTabWidget;

namespace mw::app {

class DataPage;
class DrawPage;
class ExperimentPage;
class RunQueue;
class TrainingPage;
class ResultsPage;

// Assembles the pages and owns the thread pool that all engine work runs on.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DataPage *dataPage() const { return m_dataPage; }
    DrawPage *drawPage() const { return m_drawPage; }
    ExperimentPage *experimentPage() const { return m_experimentPage; }
    TrainingPage *trainingPage() const { return m_trainingPage; }
    RunQueue *runQueue() const { return m_runQueue; }
    ResultsPage *resultsPage() const { return m_resultsPage; }
    QThreadPool *pool() { return &m_pool; }

private:
    void buildMenus();
    void showAbout();

    QThreadPool m_pool; // declared first: destroyed last, after the pages that use it
    QTabWidget *m_tabs = nullptr;
    DataPage *m_dataPage = nullptr;
    DrawPage *m_drawPage = nullptr;
    RunQueue *m_runQueue = nullptr;
    ExperimentPage *m_experimentPage = nullptr;
    TrainingPage *m_trainingPage = nullptr;
    ResultsPage *m_resultsPage = nullptr;
};

} // namespace mw::app
