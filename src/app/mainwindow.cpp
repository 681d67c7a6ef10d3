#include "mainwindow.h"

#include "jobs/runqueue.h"
#include "pages/datapage.h"
#include "pages/drawpage.h"
#include "pages/experimentpage.h"
#include "pages/resultspage.h"
#include "pages/trainingpage.h"
#include "runtime.h"

#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>

namespace mw::app {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("MNIST Workbench"));
    m_pool.setObjectName(QStringLiteral("enginePool"));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_dataPage = new DataPage(&m_pool, m_tabs);
    m_tabs->addTab(m_dataPage, tr("&Data"));
    m_runQueue = new RunQueue(&m_pool, this);
    m_experimentPage = new ExperimentPage(&m_pool, m_runQueue, m_tabs);
    m_tabs->addTab(m_experimentPage, tr("&Experiment"));
    m_trainingPage = new TrainingPage(m_runQueue, m_tabs);
    m_tabs->addTab(m_trainingPage, tr("&Training"));
    m_resultsPage = new ResultsPage(&m_pool, m_tabs);
    m_tabs->addTab(m_resultsPage, tr("&Results"));
    m_drawPage = new DrawPage(&m_pool, m_tabs);
    m_tabs->addTab(m_drawPage, tr("Dra&w"));
    setCentralWidget(m_tabs);

    connect(m_dataPage, &DataPage::datasetLoaded, this, [this](const QString &summary) {
        statusBar()->showMessage(summary);
        m_experimentPage->setDatasetFolder(m_dataPage->datasetFolder(), QString::fromStdString(m_dataPage->dataset()->name));
    });
    connect(m_experimentPage, &ExperimentPage::runsQueued, this, [this] { m_tabs->setCurrentWidget(m_trainingPage); });
    connect(m_runQueue, &RunQueue::jobFinished, m_resultsPage, &ResultsPage::addRun);
    connect(m_dataPage, &DataPage::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Load failed: %1").arg(message));
    });
    auto *runtime = new QLabel(QString::fromStdString(mw::core::runtimeSummary()), this);
    statusBar()->addPermanentWidget(runtime);
    buildMenus();
    resize(1280, 820);
}

MainWindow::~MainWindow()
{
    // Queued work is dropped; running work finishes before the pages it reports to go away.
    m_runQueue->cancelAll(); // training stops within a batch, keeping its best weights
    m_pool.clear();
    m_pool.waitForDone();
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Open dataset folder…"), QKeySequence::Open, m_dataPage, &DataPage::chooseFolder);
    file->addAction(tr("&Rescan datasets"), QKeySequence::Refresh, m_dataPage, &DataPage::refreshCatalog);
    file->addAction(m_experimentPage->runAction());
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < m_tabs->count(); ++i) {
        QString name = m_tabs->tabText(i);
        name.remove(QLatin1Char('&'));
        view->addAction(name, QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                        [this, i] { m_tabs->setCurrentIndex(i); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About MNIST Workbench"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MNIST Workbench"),
                       tr("<h3>MNIST Workbench %1</h3><p>Transfer-learning experiments on handwritten digits.</p>"
                          "<p>Qt %2<br>%3</p>")
                           .arg(QStringLiteral(MW_VERSION), QString::fromLatin1(qVersion()),
                                QString::fromStdString(mw::core::runtimeSummary())));
}

} // namespace mw::app
