// Language and theme switches at run time, offscreen, on each page built on its own: a translator coming or going
// re-words what the forms and the code wrote, and what a page shows (a loaded dataset, a finished run, a picked
// combo entry) stays as it was; the plots follow a dark palette and back; the Experiment page's state comes back
// the same after save and restore.
#include "jobs/runqueue.h"
#include "pages/datapage.h"
#include "pages/drawpage.h"
#include "pages/experimentpage.h"
#include "pages/resultspage.h"
#include "pages/trainingpage.h"
#include "guisupport.h"
#include "testsupport.h"
#include "widgets/classcountschart.h"
#include "widgets/confusionmatrixview.h"
#include "widgets/curveplot.h"
#include "widgets/drawingcanvas.h"
#include "widgets/runbarchart.h"

#include <QApplication>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QToolButton>
#include <QTreeWidget>

using namespace mw::app;
using mw::test::child;
using mw::test::WrappingTranslator;
using mw::test::wrapped;

namespace {

QString labelText(QObject *parent, const char *name) { return child<QLabel>(parent, name)->text(); }

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(45, 45, 48));
    p.setColor(QPalette::WindowText, QColor(230, 230, 230));
    p.setColor(QPalette::Base, QColor(30, 30, 32));
    p.setColor(QPalette::AlternateBase, QColor(50, 50, 54));
    p.setColor(QPalette::Text, QColor(230, 230, 230));
    p.setColor(QPalette::Button, QColor(55, 55, 58));
    p.setColor(QPalette::ButtonText, QColor(230, 230, 230));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(239, 239, 239));
    p.setColor(QPalette::WindowText, QColor(20, 20, 20));
    p.setColor(QPalette::Base, QColor(255, 255, 255));
    p.setColor(QPalette::Text, QColor(20, 20, 20));
    return p;
}

} // namespace

class TstGuiLanguage : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dataset; // a small custom dataset: 6,000 train + 50 test digits
    WrappingTranslator m_translator;
    QThreadPool m_pool;

    // The posted LanguageChange events reach every top-level widget, and from there every child.
    void switchTo(bool wrappedLanguage)
    {
        if (wrappedLanguage)
            QVERIFY(QCoreApplication::installTranslator(&m_translator));
        else
            QVERIFY(QCoreApplication::removeTranslator(&m_translator));
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    mw::core::RunResult finishedRun(const std::string &model) const
    {
        mw::core::RunResult r;
        r.model = model;
        r.dataset = "nosuchdataset"; // neither on disk nor in the catalog: the digits pane says so
        r.split = "standard";
        r.device = "cpu";
        r.threads = 2;
        r.config.model.name = model;
        for (int d = 0; d < 10; ++d)
            r.confusionMatrix[std::size_t(d)][std::size_t(d)] = 9;
        r.confusionMatrix[3][5] = 1;
        r.confusionMatrix[7][1] = 2;
        r.testAccuracy = 0.97;
        r.testLoss = 0.05;
        r.phases.push_back({mw::core::PhaseName::Train, 2, 2, 4.0, "max_epochs"});
        r.epochs.push_back({1, mw::core::PhaseName::Train, 0.5, 0.9, 0.4, 0.92, 2.0, true, 1});
        r.epochs.push_back({2, mw::core::PhaseName::Train, 0.3, 0.95, 0.3, 0.94, 2.0, true, 2});
        r.secondsTotal = 7;
        return r;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = mw::test::usePageFixture(m_dir);
    }

    void cleanup()
    {
        QCoreApplication::removeTranslator(&m_translator); // a failed test leaves English for the next
        m_pool.waitForDone();
    }

    void dataPageRewordsAndKeepsItsDataset()
    {
        DataPage page(&m_pool);
        QSignalSpy loaded(&page, &DataPage::datasetLoaded);
        page.openFolder(m_dataset);
        QVERIFY(loaded.wait(20000));
        auto *part = child<QComboBox>(&page, "partCombo");
        auto *classes = child<QComboBox>(&page, "classCombo");
        part->setCurrentIndex(1);
        classes->setCurrentIndex(classes->findData(4));
        const int shown = page.digits().rowCount();
        const QString custom = QStringLiteral("custom (valid MNIST format, not a known dataset)");
        QVERIFY(labelText(&page, "statusLabel").contains(custom));

        switchTo(true);
        QCOMPARE(labelText(&page, "datasetLabel"), wrapped(QStringLiteral("&Dataset:")));
        QCOMPARE(child<QPushButton>(&page, "openFolderButton")->text(), wrapped(QStringLiteral("&Open folder…")));
        QCOMPARE(child<QGroupBox>(&page, "countsBox")->title(), wrapped(QStringLiteral("Digits per class")));
        // What the code wrote shows the same state, in the new words.
        const QString status = labelText(&page, "statusLabel");
        QVERIFY2(status.contains(wrapped(custom)) && status.contains(QStringLiteral("mine")), qPrintable(status));
        QCOMPARE(part->currentIndex(), 1);
        QVERIFY2(part->itemText(1).startsWith(wrapped(QStringLiteral("Validation")) + QStringLiteral(" (")),
                 qPrintable(part->itemText(1)));
        QCOMPARE(classes->currentData().toInt(), 4);
        QCOMPARE(classes->itemText(0), wrapped(QStringLiteral("All")));
        QCOMPARE(page.digits().rowCount(), shown);
        QCOMPARE(labelText(&page, "countLabel"), wrapped(QStringLiteral("%1 digit(s)").arg(shown)));
        QVERIFY(labelText(&page, "digitInfoLabel").startsWith(QStringLiteral("«Digit #")));
        auto *chart = child<ClassCountsChart>(&page, "countsChart");
        auto *series = qobject_cast<QStackedBarSeries *>(chart->chart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().value(0)->label(), wrapped(QStringLiteral("Train")));

        switchTo(false);
        QCOMPARE(labelText(&page, "datasetLabel"), QStringLiteral("&Dataset:"));
        QVERIFY(labelText(&page, "statusLabel").contains(custom));
        QVERIFY(!labelText(&page, "statusLabel").contains(QStringLiteral("«")));
        QCOMPARE(part->currentIndex(), 1);
        QVERIFY(part->itemText(1).startsWith(QStringLiteral("Validation (")));
        QCOMPARE(classes->currentData().toInt(), 4);
        QCOMPARE(labelText(&page, "countLabel"), QStringLiteral("%1 digit(s)").arg(shown));
        QCOMPARE(series->barSets().value(0)->label(), QStringLiteral("Train"));
    }

    void experimentAndTrainingPagesRewordAndKeepTheirState()
    {
        RunQueue queue(&m_pool);
        ExperimentPage experiment(&m_pool, &queue);
        TrainingPage training(&queue);
        experiment.setDatasetFolder(m_dataset, QStringLiteral("mine"));
        QVERIFY(experiment.setModelChecked(QStringLiteral("dense32"), true));
        child<QComboBox>(&experiment, "splitCombo")->setCurrentIndex(1);
        child<QComboBox>(&experiment, "headOptimizerCombo")->setCurrentIndex(1);
        child<QLineEdit>(&experiment, "headLrEdit")->setText(QStringLiteral("3e-3"));
        child<QComboBox>(&experiment, "deviceCombo")->setCurrentIndex(1); // CPU
        QVERIFY2(experiment.problem().isEmpty(), qPrintable(experiment.problem()));

        // A run that finished and one that waits, as the queue reports them (nothing trains here).
        const mw::core::RunResult result = finishedRun("dense32");
        const QString dir = m_dir.filePath(QStringLiteral("run7"));
        Q_EMIT queue.jobQueued(7, result.config);
        Q_EMIT queue.jobStarted(7, dir);
        Q_EMIT queue.phaseStarted(7, mw::core::PhaseName::Head, 2);
        Q_EMIT queue.epochFinished(7, result.epochs[0]);
        Q_EMIT queue.phaseStarted(7, mw::core::PhaseName::Finetune, 1); // the phase marker
        Q_EMIT queue.epochFinished(7, result.epochs[1]);
        Q_EMIT queue.jobFinished(result, dir);
        Q_EMIT queue.jobQueued(8, result.config);
        child<QComboBox>(&training, "viewCombo")->setCurrentIndex(1);
        QTRY_COMPARE(labelText(&training, "queueLabel"), QStringLiteral("0 running, 1 waiting"));
        const QString title = training.title(7);
        QVERIFY(title.endsWith(QStringLiteral(" · run 7")));

        switchTo(true);
        // Experiment page: the form's words, the code's words, and the settings as they were.
        QCOMPARE(child<QGroupBox>(&experiment, "modelsBox")->title(), wrapped(QStringLiteral("Models")));
        QCOMPARE(child<QComboBox>(&experiment, "splitCombo")->currentIndex(), 1);
        QVERIFY(child<QComboBox>(&experiment, "splitCombo")->currentText().startsWith(QStringLiteral("«Keras tutorial")));
        QCOMPARE(child<QComboBox>(&experiment, "headOptimizerCombo")->currentIndex(), 1);
        QCOMPARE(child<QLineEdit>(&experiment, "headLrEdit")->text(), QStringLiteral("3e-3"));
        QCOMPARE(child<QComboBox>(&experiment, "deviceCombo")->currentIndex(), 1);
        QCOMPARE(child<QComboBox>(&experiment, "deviceCombo")->currentText(), wrapped(QStringLiteral("CPU")));
        QCOMPARE(experiment.runAction()->text(), wrapped(QStringLiteral("&Run experiment")));
        auto *tree = child<QTreeWidget>(&experiment, "modelTree");
        QCOMPARE(tree->topLevelItem(0)->text(0), wrapped(QStringLiteral("Backbones (head phase, then fine-tuning)")));
        QCOMPARE(tree->headerItem()->text(0), wrapped(QStringLiteral("Model")));
        QCOMPARE(experiment.checkedModels(), QStringList{QStringLiteral("dense32")});
        QCOMPARE(labelText(&experiment, "summaryLabel"), wrapped(QStringLiteral("1 run(s)")));
        QVERIFY2(experiment.problem().isEmpty(), qPrintable(experiment.problem()));

        // Training page: rows, titles, the queue line and the plot.
        QCOMPARE(labelText(&training, "queueLabel"), wrapped(QStringLiteral("0 running, 1 waiting")));
        QCOMPARE(child<QComboBox>(&training, "viewCombo")->currentIndex(), 1);
        QCOMPARE(child<QComboBox>(&training, "viewCombo")->itemText(0), wrapped(QStringLiteral("All runs (grid)")));
        QVERIFY2(training.title(7).startsWith(QStringLiteral("«")) && training.title(7).endsWith(QStringLiteral(" · run 7»")),
                 qPrintable(training.title(7)));
        QCOMPARE(training.progressText(7), wrapped(QStringLiteral("Finished")));
        QVERIFY2(training.statusText(7).startsWith(QStringLiteral("«Test accuracy 97.00 %, loss 0.0500")),
                 qPrintable(training.statusText(7)));
        QCOMPARE(training.progressText(8), wrapped(QStringLiteral("Waiting for a free slot")));
        QCOMPARE(training.cancelButton(8)->text(), wrapped(QStringLiteral("Cancel")));
        QCOMPARE(child<QComboBox>(&training, "runCombo")->itemText(0), training.title(7));
        const QStringList plotTexts = training.curvePlot()->texts();
        for (const char *text : {"Accuracy", "Loss", "Epoch", "Training", "Validation", "Start fine-tuning"})
            QVERIFY2(plotTexts.contains(wrapped(QString::fromUtf8(text))), qPrintable(plotTexts.join(QStringLiteral(" | "))));
        QVERIFY(plotTexts.contains(training.title(7)));

        switchTo(false);
        QCOMPARE(child<QGroupBox>(&experiment, "modelsBox")->title(), QStringLiteral("Models"));
        QCOMPARE(child<QLineEdit>(&experiment, "headLrEdit")->text(), QStringLiteral("3e-3"));
        QCOMPARE(experiment.runAction()->text(), QStringLiteral("&Run experiment"));
        QCOMPARE(labelText(&experiment, "summaryLabel"), QStringLiteral("1 run(s)"));
        QCOMPARE(labelText(&training, "queueLabel"), QStringLiteral("0 running, 1 waiting"));
        QCOMPARE(training.title(7), title);
        QCOMPARE(training.progressText(7), QStringLiteral("Finished"));
        QVERIFY(training.statusText(7).startsWith(QStringLiteral("Test accuracy 97.00 %")));
        const QStringList english = training.curvePlot()->texts();
        QVERIFY(english.contains(QStringLiteral("Accuracy")) && english.contains(QStringLiteral("Start fine-tuning")));
        QVERIFY(english.contains(title));
    }

    void resultsPageRewordsAndKeepsTheSelectedCell()
    {
        QTemporaryDir runs;
        ResultsPage page(&m_pool, nullptr, runs.path());
        QSignalSpy listed(&page, &ResultsPage::runsLoaded);
        QVERIFY(listed.wait(20000));
        page.addRun(finishedRun("cnn"), QString());
        page.selectRun(0);
        page.showCell(3, 5);
        auto *matrix = child<ConfusionMatrixView>(&page, "confusionView");
        auto *confusions = child<QListWidget>(&page, "confusionsList");
        QCOMPARE(confusions->count(), 2);
        QCOMPARE(confusions->item(0)->text(), QStringLiteral("7→1 ×2"));
        QVERIFY(labelText(&page, "cellLabel").startsWith(QStringLiteral("The run's dataset nosuchdataset is not found")));
        QSignalSpy headers(&page.sortedRuns(), &QAbstractItemModel::headerDataChanged);

        switchTo(true);
        QVERIFY(!headers.isEmpty());
        auto *table = child<QTableView>(&page, "runsTable");
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), wrapped(QStringLiteral("Model")));
        QCOMPARE(table->model()->index(0, ResultsTableModel::DeviceColumn).data().toString(),
                 wrapped(QStringLiteral("CPU, 2 threads")));
        QCOMPARE(child<QPushButton>(&page, "reloadButton")->text(), wrapped(QStringLiteral("Re&load runs")));
        QCOMPARE(labelText(&page, "statusLabel"), wrapped(QStringLiteral("1 run in %1")).arg(runs.path()));
        QVERIFY2(labelText(&page, "matrixTitle").startsWith(QStringLiteral("«Confusion matrix — <b>cnn</b>")),
                 qPrintable(labelText(&page, "matrixTitle")));
        QVERIFY2(labelText(&page, "cellLabel").startsWith(QStringLiteral("«The run's dataset nosuchdataset is not found")),
                 qPrintable(labelText(&page, "cellLabel")));
        QCOMPARE(confusions->item(0)->text(), wrapped(QStringLiteral("7→1 ×2")));
        QCOMPARE(matrix->selectedTrue(), 3);
        QCOMPARE(matrix->selectedPredicted(), 5);
        QCOMPARE(page.selectedRun(), 0);
        QCOMPARE(child<RunBarChart>(&page, "runtimeChart")->chart()->title(), wrapped(QStringLiteral("Build and train time")));
        QCOMPARE(child<RunBarChart>(&page, "accuracyChart")->chart()->title(), wrapped(QStringLiteral("Test accuracy")));
        QCOMPARE(child<RunBarChart>(&page, "accuracyChart")->runs().size(), std::size_t(1));

        switchTo(false);
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Model"));
        QCOMPARE(labelText(&page, "statusLabel"), QStringLiteral("1 run in %1").arg(runs.path()));
        QCOMPARE(confusions->item(0)->text(), QStringLiteral("7→1 ×2"));
        QCOMPARE(matrix->selectedTrue(), 3);
        QCOMPARE(child<RunBarChart>(&page, "runtimeChart")->chart()->title(), QStringLiteral("Build and train time"));
    }

    void drawPageRewordsItsStepsMessagesAndWindow()
    {
        QTemporaryDir runs;
        DrawPage page(&m_pool);
        QSignalSpy listed(&page, &DrawPage::runsListed);
        page.setRunFolder(runs.path());
        QVERIFY(listed.wait(20000));
        // A thick bar as the ink: the steps show their sizes.
        mw::core::GreyImage ink(DrawingCanvas::kResolution, DrawingCanvas::kResolution);
        for (int y = 60; y < 220; ++y)
            for (int x = 120; x < 150; ++x)
                ink.pixels[std::size_t(y) * DrawingCanvas::kResolution + x] = 255;
        page.canvas()->setPicture(ink);
        QVERIFY(!page.steps().empty);
        const QString saved = m_dir.filePath(QStringLiteral("digit.png"));
        QVERIFY(page.saveDigit(saved));
        page.setDetached(true);
        const QString status = labelText(&page, "statusLabel");
        QVERIFY(status.startsWith(QStringLiteral("No trained models yet")));

        switchTo(true);
        QCOMPARE(child<QPushButton>(&page, "clearButton")->text(), wrapped(QStringLiteral("C&lear")));
        QCOMPARE(labelText(&page, "statusLabel"), wrapped(status));
        QCOMPARE(page.message(), wrapped(QStringLiteral("Saved the 28×28 digit to %1")).arg(saved));
        QVERIFY2(labelText(&page, "croppedCaption").startsWith(QStringLiteral("«Cropped")), qPrintable(labelText(&page, "croppedCaption")));
        QCOMPARE(labelText(&page, "digitCaption"), wrapped(QStringLiteral("Centred 28×28\n(centre of mass)")));
        QCOMPARE(child<QPushButton>(&page, "detachButton")->text(), wrapped(QStringLiteral("Att&ach")));
        QVERIFY(page.isDetached());
        QCOMPARE(page.detachedWindow()->windowTitle(), wrapped(QStringLiteral("Draw a digit — MNIST Workbench")));
        QVERIFY(page.canvas()->toolTip().startsWith(QStringLiteral("«Draw a digit")));
        QStringList shortcuts; // as the keyboard help lists them
        for (const QShortcut *shortcut : page.findChildren<QShortcut *>())
            shortcuts << shortcut->whatsThis();
        QVERIFY2(shortcuts.contains(wrapped(QStringLiteral("Clear"))), qPrintable(shortcuts.join(QStringLiteral(", "))));

        switchTo(false);
        QCOMPARE(labelText(&page, "statusLabel"), status);
        QCOMPARE(page.message(), QStringLiteral("Saved the 28×28 digit to %1").arg(saved));
        QCOMPARE(labelText(&page, "digitCaption"), QStringLiteral("Centred 28×28\n(centre of mass)"));
        QCOMPARE(child<QPushButton>(&page, "detachButton")->text(), QStringLiteral("Att&ach"));
        page.setDetached(false);
        QCOMPARE(child<QPushButton>(&page, "detachButton")->text(), QStringLiteral("&Detach"));
    }

    void plotsFollowThePalette()
    {
        CurvePlot plot;
        plot.resize(600, 400);
        plot.addRun(1, QStringLiteral("run"));
        plot.addEpoch(1, {1, mw::core::PhaseName::Train, 0.5, 0.9, 0.4, 0.92, 1.0, true, 1});
        const QString png = m_dir.filePath(QStringLiteral("curves.png"));
        auto corner = [&] {
            QString error;
            if (!plot.exportTo(png, &error))
                qWarning("%s", qPrintable(error));
            return QImage(png).pixelColor(3, 3);
        };
        plot.setPalette(darkPalette());
        QVERIFY2(corner().lightness() < 80, qPrintable(corner().name()));
        plot.setPalette(lightPalette());
        QVERIFY2(corner().lightness() > 200, qPrintable(corner().name()));

        RunBarChart bars;
        ClassCountsChart counts;
        for (QChartView *view : std::initializer_list<QChartView *>{&bars, &counts}) {
            view->setPalette(darkPalette());
            QCOMPARE(view->chart()->theme(), QChart::ChartThemeDark);
            QCOMPARE(view->chart()->backgroundBrush().color(), darkPalette().color(QPalette::Base));
            view->setPalette(lightPalette());
            QCOMPARE(view->chart()->theme(), QChart::ChartThemeLight);
            QCOMPARE(view->chart()->backgroundBrush().color(), QColor(255, 255, 255));
        }

        // The way the app switches themes: the application's palette, which every widget inherits.
        const QPalette original = QApplication::palette();
        RunBarChart inherits;
        CurvePlot inheritsPlot;
        inheritsPlot.resize(600, 400);
        QApplication::setPalette(darkPalette());
        QCoreApplication::processEvents();
        QCOMPARE(inherits.chart()->theme(), QChart::ChartThemeDark);
        QVERIFY(inherits.chart()->backgroundBrush().color().lightness() < 128);
        QVERIFY(inheritsPlot.exportTo(png));
        QVERIFY(QImage(png).pixelColor(3, 3).lightness() < 80);
        QApplication::setPalette(original);
        QCoreApplication::processEvents();
        QVERIFY(inherits.chart()->backgroundBrush().color() == original.color(QPalette::Base));
    }
};

QTEST_MAIN(TstGuiLanguage)
#include "tst_gui_language.moc"
