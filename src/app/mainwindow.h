#pragma once

#include <QMainWindow>
#include <QThreadPool>

class QTabWidget;

namespace mw::app {

class DataPage;
class ResultsPage;

// Assembles the pages and owns the thread pool that all engine work runs on.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DataPage *dataPage() const { return m_dataPage; }
    ResultsPage *resultsPage() const { return m_resultsPage; }
    QThreadPool *pool() { return &m_pool; }

private:
    void buildMenus();
    void showAbout();

    QThreadPool m_pool; // declared first: destroyed last, after the pages that use it
    QTabWidget *m_tabs = nullptr;
    DataPage *m_dataPage = nullptr;
    ResultsPage *m_resultsPage = nullptr;
};

} // namespace mw::app
