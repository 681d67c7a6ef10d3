#include "mainwindow.h"

#include "data/catalog.h"
#include "helpdialogs.h"
#include "jobs/weightsjobs.h"
#include "jobs/runqueue.h"
#include "pages/datapage.h"
#include "pages/drawpage.h"
#include "pages/experimentpage.h"
#include "pages/resultspage.h"
#include "pages/trainingpage.h"
#include "pretraindialog.h"
#include "runtime.h"
#include "settingsdialog.h"
#include "sweepwindow.h"
#include "training/runstore.h"
#include "uilanguage.h"
#include "weightsdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace mw::app {
namespace {

// QSettings keys, in one place.
const QString kGeometry = QStringLiteral("window/geometry");
const QString kWindowState = QStringLiteral("window/state");
const QString kPage = QStringLiteral("window/page");
const QString kDataFolder = QStringLiteral("data/folder");
const QString kExperiment = QStringLiteral("experiment/state");
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");

// The platform's keys for a standard action; some platforms (offscreen, a bare X11 session) define none.
QKeySequence standardKeys(QKeySequence::StandardKey key, QKeyCombination fallback)
{
    const QList<QKeySequence> keys = QKeySequence::keyBindings(key);
    return keys.isEmpty() ? QKeySequence(fallback) : keys.first();
}

} // namespace

QString MainWindow::storedLanguage() { return QSettings().value(kLanguage).toString(); }

MainWindow::MainWindow(UiLanguage *language, QWidget *parent) : QMainWindow(parent), m_language(language)
{
    if (!m_language) {
        m_ownLanguage = std::make_unique<UiLanguage>();
        m_ownLanguage->apply(storedLanguage());
        m_language = m_ownLanguage.get();
    }
    m_pool.setObjectName(QStringLiteral("enginePool"));

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    // No mnemonics on the tabs: the pages' own labels use Alt+letters; the View menu has Ctrl+1..5.
    m_dataPage = new DataPage(&m_pool, m_tabs);
    m_tabs->addTab(m_dataPage, QString());
    m_runQueue = new RunQueue(&m_pool, this);
    m_experimentPage = new ExperimentPage(&m_pool, m_runQueue, m_tabs);
    m_tabs->addTab(m_experimentPage, QString());
    m_trainingPage = new TrainingPage(m_runQueue, m_tabs);
    m_tabs->addTab(m_trainingPage, QString());
    m_resultsPage = new ResultsPage(&m_pool, m_tabs);
    m_tabs->addTab(m_resultsPage, QString());
    m_drawPage = new DrawPage(&m_pool, m_tabs);
    m_tabs->addTab(m_drawPage, QString());
    setCentralWidget(m_tabs);

    connect(m_dataPage, &DataPage::datasetLoaded, this, [this](const QString &summary) {
        statusBar()->showMessage(summary);
        m_experimentPage->setDatasetFolder(m_dataPage->datasetFolder(), QString::fromStdString(m_dataPage->dataset()->name));
        QSettings().setValue(kDataFolder, m_dataPage->datasetFolder());
    });
    connect(m_experimentPage, &ExperimentPage::runsQueued, this, [this] { m_tabs->setCurrentWidget(m_trainingPage); });
    connect(m_experimentPage, &ExperimentPage::sweepStarted, this,
            [this](const QString &folder, const QList<int> &ids) { showSweep(folder, ids); });
    connect(m_runQueue, &RunQueue::jobFinished, m_resultsPage, &ResultsPage::addRun);
    connect(m_resultsPage, &ResultsPage::resumeRequested, this, [this](const QString &dir) {
        QString error;
        if (m_runQueue->resume(dir, &error) < 0) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Cannot resume the run"), error, QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("resumeError"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setWindowModality(Qt::WindowModal);
            box->show();
            return;
        }
        m_tabs->setCurrentWidget(m_trainingPage);
    });
    connect(m_dataPage, &DataPage::loadFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Load failed: %1").arg(message));
    });
    auto *runtime = new QLabel(QString::fromStdString(mw::core::runtimeSummary()), this);
    statusBar()->addPermanentWidget(runtime);
    buildMenus();
    retranslate();
    resize(1280, 820);
    restoreSession();
}

MainWindow::~MainWindow()
{
    // Queued work is dropped; running work finishes before the pages it reports to go away.
    m_runQueue->cancelAll(); // training stops within a batch, keeping its best weights
    if (PretrainDialog *pretrain = m_experimentPage->pretrainDialog())
        pretrain->cancel(); // stops within a batch, writing nothing
    WeightsDownloads::of(&m_pool)->cancelAll(); // within a second, keeping the .part for the next session
    m_pool.clear();
    m_pool.waitForDone();
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_openAction = m_fileMenu->addAction(QString(), QKeySequence::Open, m_dataPage, &DataPage::chooseFolder);
    m_rescanAction = m_fileMenu->addAction(QString(), QKeySequence::Refresh, m_dataPage, &DataPage::refreshCatalog);
    m_weightsAction = m_fileMenu->addAction(QString(), this, &MainWindow::showWeights);
    m_openSweepAction = m_fileMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                                              &MainWindow::openSweep);
    m_fileMenu->addAction(m_experimentPage->runAction());
    m_fileMenu->addSeparator();
    m_settingsAction = m_fileMenu->addAction(QString(), standardKeys(QKeySequence::Preferences, Qt::CTRL | Qt::Key_Comma),
                                             this, &MainWindow::showSettings);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_fileMenu->addSeparator();
    m_quitAction = m_fileMenu->addAction(QString(), standardKeys(QKeySequence::Quit, Qt::CTRL | Qt::Key_Q), this,
                                         &QWidget::close);

    m_viewMenu = menuBar()->addMenu(QString());
    for (int i = 0; i < m_tabs->count(); ++i)
        m_pageActions.append(m_viewMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this,
                                                   [this, i] { m_tabs->setCurrentIndex(i); }));

    m_helpMenu = menuBar()->addMenu(QString());
    m_gettingStartedAction = m_helpMenu->addAction(QString(), standardKeys(QKeySequence::HelpContents, Qt::Key_F1), this,
                                                   [this] { showGettingStarted(this); });
    m_shortcutsAction = m_helpMenu->addAction(QString(), QKeySequence(Qt::CTRL | Qt::Key_Slash), this,
                                              [this] { showShortcuts(this); });
    m_helpMenu->addSeparator();
    m_aboutAction = m_helpMenu->addAction(QString(), this, &MainWindow::showAbout);
    m_aboutQtAction = m_helpMenu->addAction(QString(), qApp, &QApplication::aboutQt);
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("MNIST Workbench"));
    const QStringList pages{tr("Data"), tr("Experiment"), tr("Training"), tr("Results"), tr("Draw")};
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabText(i, pages[i]);
        m_pageActions[i]->setText(pages[i]);
    }
    m_fileMenu->setTitle(tr("&File"));
    m_openAction->setText(tr("&Open dataset folder…"));
    m_rescanAction->setText(tr("&Rescan datasets"));
    m_weightsAction->setText(tr("&Weights…"));
    m_weightsAction->setToolTip(tr("The weights catalog: ImageNet weights for the backbones, their status, download "
                                   "and delete"));
    m_openSweepAction->setText(tr("Open s&weep…"));
    m_openSweepAction->setToolTip(tr("A sweep's folder: its trials, their figures and curves (also while they run on "
                                     "a cluster)"));
    m_settingsAction->setText(tr("&Settings…"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_gettingStartedAction->setText(tr("&Getting started"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_aboutAction->setText(tr("&About MNIST Workbench"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

SweepWindow *MainWindow::showSweep(const QString &folder, const QList<int> &ids)
{
    auto *window = new SweepWindow(folder, &m_pool, m_runQueue, ids, this);
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Trials the app does not run (a Slurm array) appear on the Training page while they are queued or train.
    if (ids.isEmpty())
        m_trainingPage->followSweep(folder);
    connect(window, &SweepWindow::submitted, m_trainingPage, &TrainingPage::followSweep);
    window->show();
    return window;
}

void MainWindow::openSweep()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Open a sweep folder"), QString::fromStdString(mw::core::defaultRunsDir().string()));
    if (!folder.isEmpty())
        showSweep(folder);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::restoreSession()
{
    const QSettings settings;
    setTheme(themeFromKey(settings.value(kTheme).toString()));
    restoreGeometry(settings.value(kGeometry).toByteArray());
    restoreState(settings.value(kWindowState).toByteArray());
    m_tabs->setCurrentIndex(std::clamp(settings.value(kPage, 0).toInt(), 0, m_tabs->count() - 1));
    const QJsonDocument experiment = QJsonDocument::fromJson(settings.value(kExperiment).toByteArray());
    if (experiment.isObject())
        m_experimentPage->restoreState(experiment.object());
}

void MainWindow::saveSession() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kWindowState, saveState());
    settings.setValue(kPage, m_tabs->currentIndex());
    settings.setValue(kExperiment, QJsonDocument(m_experimentPage->saveState()).toJson(QJsonDocument::Compact));
}

bool MainWindow::openStartupDataset(const QString &folder, const QString &name)
{
    if (!folder.isEmpty()) {
        m_dataPage->openFolder(folder);
        return true;
    }
    if (!name.isEmpty() && m_dataPage->selectDataset(name))
        return true;
    if (name.isEmpty()) {
        const QString last = QSettings().value(kDataFolder).toString();
        if (!last.isEmpty() && QDir(last).exists()) {
            m_dataPage->openFolder(last);
            return true;
        }
        if (m_dataPage->selectDataset(QStringLiteral("MNIST")))
            return true;
    }
    QMessageBox::warning(this, tr("Dataset not found"),
                         tr("No dataset named \"%1\" was found. Fetch MNIST with mnist-workbench-fetch-mnist (or "
                            "./workbench.sh in the source tree), or open a folder with File > Open dataset folder "
                            "(Ctrl+O).")
                             .arg(name.isEmpty() ? QStringLiteral("MNIST") : name));
    return false;
}

QString MainWindow::languageCode() const { return m_language->code(); }

void MainWindow::setLanguage(const QString &code)
{
    if (code != m_language->code())
        m_language->apply(code); // every widget gets a LanguageChange
    QSettings().setValue(kLanguage, code);
}

void MainWindow::setTheme(Theme theme)
{
    m_theme = theme;
    applyTheme(theme);
    QSettings().setValue(kTheme, themeKey(theme));
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(languageCode(), m_theme, [this](const QString &code, Theme theme) {
        setLanguage(code);
        setTheme(theme);
        warnIfSettingsUnsaved();
    }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// QSettings writes lazily and says nothing when it cannot: after a user changes settings it is asked, and a file that
// cannot be written (a read-only folder, a full disk) is said in a dialog naming it, instead of settings that are
// silently gone at the next start.
void MainWindow::warnIfSettingsUnsaved()
{
    QSettings settings;
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Settings not saved"),
                                tr("Your settings could not be written to %1 (a read-only folder or a full disk?). "
                                   "They apply until you quit.")
                                    .arg(QDir::toNativeSeparators(settings.fileName())),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("settingsNotSaved"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

WeightsDialog *MainWindow::weightsDialog() const { return m_weightsDialog; }

void MainWindow::showWeights()
{
    if (!m_weightsDialog) {
        m_weightsDialog = new WeightsDialog(&m_pool, this);
        m_weightsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_weightsDialog->show();
    m_weightsDialog->raise();
    m_weightsDialog->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const PretrainDialog *pretrain = m_experimentPage->pretrainDialog();
    if (const int active = m_runQueue->activeCount() + (pretrain && pretrain->isRunning() ? 1 : 0); active > 0) {
        const auto answer = QMessageBox::question(
            this, tr("Quit while training?"),
            tr("%n run(s) are still training or waiting. Quit and cancel them? Each keeps its best weights so far.", "",
               active),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
    }
    saveSession();
    QMainWindow::closeEvent(event);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About MNIST Workbench"),
                       tr("<h3>MNIST Workbench %1</h3><p>Transfer-learning experiments on handwritten digits.</p>"
                          "<p>Qt %2 (built with %3)<br>%4</p><p>Settings: %5<br>Data: %6</p>")
                           .arg(QStringLiteral(MW_VERSION), QString::fromLatin1(qVersion()),
                                QStringLiteral(QT_VERSION_STR), QString::fromStdString(mw::core::runtimeSummary()),
                                QSettings().fileName().toHtmlEscaped(),
                                QString::fromStdString(mw::core::appDataDir().string()).toHtmlEscaped()));
}

} // namespace mw::app
