// The Experiment and Training pages, offscreen, on real MNIST: runs queued from the page train on the pool while
// their curves fill in, the phase marker lands between the head and fine-tune epochs, results come back through
// RunQueue::jobFinished; cancelling from the page leaves a valid run folder, which Resume run on the Results page
// finishes; bad input never queues a run.
#include "guisupport.h"
#include "jobs/runqueue.h"
#include "mainwindow.h"
#include "pages/experimentpage.h"
#include "pages/resultspage.h"
#include "pages/trainingpage.h"
#include "testsupport.h"
#include "training/runstore.h"
#include "widgets/curveplot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>

#include <nlohmann/json.hpp>

using namespace mw::app;

namespace {

using mw::test::child;
using mw::test::setText;
using mw::test::TickMonitor;

} // namespace

class TstGuiTraining : public QObject {
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QString m_mnist;

    // Tiny settings shared by the tests: a few hundred digits, the tutorial split (5,000 test digits).
    void tinySettings(ExperimentPage *page)
    {
        page->setDatasetFolder(m_mnist, QStringLiteral("MNIST"));
        child<QComboBox>(page, "splitCombo")->setCurrentIndex(1);
        child<QSpinBox>(page, "trainLimitSpin")->setValue(600);
        child<QSpinBox>(page, "batchSizeSpin")->setValue(16);
        child<QSpinBox>(page, "headEpochsSpin")->setValue(2);
        child<QSpinBox>(page, "finetuneEpochsSpin")->setValue(1);
        setText(child<QLineEdit>(page, "headLrEdit"), QStringLiteral("3e-3"));
        setText(child<QLineEdit>(page, "scratchLrEdit"), QStringLiteral("3e-3"));
        setText(child<QLineEdit>(page, "finetuneLrEdit"), QStringLiteral("1e-4"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        MW_REQUIRE_MNIST();
        m_mnist = QString::fromStdString(mw::test::mnistFolder().string()); // before the data folder moves
        QVERIFY(m_dataDir.isValid());
        // Run folders go to a temporary data folder, not the user's.
        qputenv("MNIST_WORKBENCH_DATA_DIR", m_dataDir.path().toLocal8Bit());
    }

    void validatesAsTyped()
    {
        MainWindow window;
        window.show();
        ExperimentPage *page = window.experimentPage();
        auto *tabs = window.findChild<QTabWidget *>();
        tabs->setCurrentWidget(page);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *run = child<QPushButton>(page, "runButton");
        auto *message = child<QLabel>(page, "validationLabel");
        tinySettings(page);

        QVERIFY(!run->isEnabled()); // nothing ticked yet
        QVERIFY2(message->text().contains(QStringLiteral("Tick at least one model")), qPrintable(message->text()));
        QVERIFY(page->setModelChecked(QStringLiteral("dense32"), true));
        QVERIFY2(page->problem().isEmpty(), qPrintable(page->problem()));
        QVERIFY(run->isEnabled());

        auto *lr = child<QLineEdit>(page, "scratchLrEdit"); // dense32 trains from scratch
        setText(lr, QStringLiteral("fast"));
        QVERIFY(!run->isEnabled());
        QVERIFY2(page->problem().contains(QStringLiteral("\"fast\" is not a number")), qPrintable(page->problem()));
        QVERIFY(message->text().contains(QStringLiteral("is not a number")));
        QVERIFY(!lr->styleSheet().isEmpty()); // the field itself is marked
        setText(lr, QStringLiteral("0"));
        // The engine's own check, naming the setting.
        QVERIFY2(page->problem().contains(QStringLiteral("setting \"head.learning_rate\" must be a positive number")),
                 qPrintable(page->problem()));
        QVERIFY(message->text().contains(QStringLiteral("head.learning_rate")));
        QVERIFY(!run->isEnabled());
        QSignalSpy queued(window.runQueue(), &RunQueue::jobQueued);
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier); // Ctrl+R does nothing while something is wrong
        QCOMPARE(queued.count(), 0);
        setText(lr, QStringLiteral("1e-3"));
        QVERIFY(run->isEnabled());
        QVERIFY(lr->styleSheet().isEmpty());

        // Input sizes: a baseline stays 28, a backbone takes the size in its row.
        QVERIFY(page->setModelChecked(QStringLiteral("resnet18"), true));
        const auto configs = page->configs();
        QCOMPARE(int(configs.size()), 2);
        QCOMPARE(configs[0].model.name, std::string("resnet18")); // backbones are listed first
        QCOMPARE(configs[0].model.inputSize, 32);
        QCOMPARE(configs[1].model.name, std::string("dense32"));
        // One run, two first-phase rates: the backbone's head keeps its own, the baseline takes the from-scratch one.
        QCOMPARE(configs[0].head.learningRate, 3e-3); // tinySettings' head rate
        QCOMPARE(configs[1].head.learningRate, 1e-3);
        QCOMPARE(configs[0].trainLimit, 600);
        QVERIFY(configs[0].split == mw::core::SplitKind::Tutorial);
        QCOMPARE(configs[0].dataset, m_mnist.toStdString());
    }

    void recipeFillsThePage()
    {
        // Recipes come from the folder the engine reads them from; here one made for the test.
        QTemporaryDir recipes;
        auto write = [&](const char *name, const nlohmann::json &json) {
            QFile file(recipes.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray::fromStdString(json.dump(2)));
        };
        using nlohmann::json;
        write("a-two-backbones.json",
              json{{"name", "two-backbones"}, {"title", "Two backbones"}, {"description", "test"},
                   {"models", {"resnet18", "mobilenet_v2"}},
                   {"config", {{"dataset", m_mnist.toStdString()}, {"split", "tutorial"}, {"train_limit", 1000},
                               {"batch_size", 64}, {"shift_canvas", 40}, {"validation_size", 2000},
                               {"head", {{"epochs", 7}, {"learning_rate", 0.001}, {"patience", 3}}},
                               {"finetune", {{"epochs", 4}, {"optimizer", "sgd"}, {"momentum", 0.9}, {"learning_rate", 1e-5}}}}},
                   {"models_config", {{"mobilenet_v2", {{"model", {{"input_size", 64}}}}}}}});
        write("b-elsewhere.json", json{{"name", "elsewhere"}, {"title", "Elsewhere"}, {"description", "b"}, {"models", {"dense32"}},
                                       {"config", {{"dataset", "No-Such-Digits"}, {"head", {{"epochs", 3}}}}}});
        qputenv("MNIST_WORKBENCH_RECIPES", recipes.path().toLocal8Bit());
        MainWindow window;
        qunsetenv("MNIST_WORKBENCH_RECIPES");
        ExperimentPage *page = window.experimentPage();
        auto *combo = child<QComboBox>(page, "recipeCombo");
        QVERIFY2(combo->count() == 3, // "your own settings" and the two
                 qPrintable(child<QLabel>(page, "recipeDescriptionLabel")->text()));
        const int twoBackbones = combo->findText(QStringLiteral("Two backbones"));
        const int elsewhere = combo->findText(QStringLiteral("Elsewhere"));
        QVERIFY(twoBackbones > 0 && elsewhere > 0);

        combo->setCurrentIndex(twoBackbones);
        QCOMPARE(page->checkedModels(), (QStringList{QStringLiteral("resnet18"), QStringLiteral("mobilenet_v2")}));
        QCOMPARE(child<QSpinBox>(page, "headEpochsSpin")->value(), 7);
        QCOMPARE(child<QSpinBox>(page, "headPatienceSpin")->value(), 3);
        QCOMPARE(child<QComboBox>(page, "splitCombo")->currentIndex(), 1);
        QCOMPARE(child<QComboBox>(page, "finetuneOptimizerCombo")->currentText(), QStringLiteral("SGD"));
        QCOMPARE(child<QComboBox>(page, "datasetCombo")->currentData().toString(), m_mnist);
        QString problem;
        const auto configs = page->configs(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(int(configs.size()), 2);
        QCOMPARE(configs[0].model.inputSize, 32);
        QCOMPARE(configs[1].model.inputSize, 64); // the recipe's per-model setting
        QCOMPARE(configs[1].finetune.momentum, 0.9);
        QCOMPARE(configs[1].finetune.learningRate, 1e-5);
        QCOMPARE(configs[1].batchSize, 64);
        QCOMPARE(configs[1].trainLimit, 1000);
        QCOMPARE(configs[1].shiftCanvas, 40);
        QCOMPARE(configs[1].validationSize, 2000); // no input for it on the page, but it is kept

        // A recipe whose dataset the catalog lacks still fills the page, says so, and keeps the page's dataset.
        combo->setCurrentIndex(elsewhere);
        QCOMPARE(page->checkedModels(), QStringList{QStringLiteral("dense32")});
        QCOMPARE(child<QSpinBox>(page, "headEpochsSpin")->value(), 3);
        const QString note = child<QLabel>(page, "recipeDescriptionLabel")->text();
        QVERIFY2(note.contains(QStringLiteral("No-Such-Digits")), qPrintable(note));
        QCOMPARE(child<QComboBox>(page, "datasetCombo")->currentData().toString(), m_mnist);
        QVERIFY2(page->problem().isEmpty(), qPrintable(page->problem()));
    }

    void trainsLiveAndFinishes()
    {
        MainWindow window;
        window.resize(1280, 820);
        window.show();
        ExperimentPage *page = window.experimentPage();
        auto *tabs = window.findChild<QTabWidget *>();
        tabs->setCurrentWidget(page);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        tinySettings(page);
        child<QSpinBox>(page, "concurrentSpin")->setValue(2); // both at once, the cores split between them
        QVERIFY(page->setModelChecked(QStringLiteral("resnet18"), true));
        QVERIFY(page->setModelChecked(QStringLiteral("dense32"), true));
        QVERIFY2(page->problem().isEmpty(), qPrintable(page->problem()));

        RunQueue *queue = window.runQueue();
        TrainingPage *training = window.trainingPage();
        CurvePlot *plot = training->curvePlot();
        QSignalSpy queued(queue, &RunQueue::jobQueued);
        QSignalSpy started(queue, &RunQueue::jobStarted);
        QSignalSpy finished(queue, &RunQueue::jobFinished);
        QSignalSpy failed(queue, &RunQueue::jobFailed);
        QSignalSpy batches(queue, &RunQueue::batchProgress);
        QSignalSpy epochs(queue, &RunQueue::epochFinished);
        // Connected after the Training page, so this sees the plot right after the page handled the phase change.
        QHash<int, std::optional<double>> markerAtPhaseStart;
        QHash<int, int> epochsAtPhaseStart;
        connect(queue, &RunQueue::phaseStarted, this, [&](int id, mw::core::PhaseName phase, int) {
            if (phase == mw::core::PhaseName::Finetune) {
                markerAtPhaseStart[id] = plot->boundaryX(id);
                epochsAtPhaseStart[id] = plot->epochPointCount(id);
            }
        });
        int maxLivePoints = 0;
        connect(queue, &RunQueue::batchProgress, this, [&](int id, const mw::core::BatchProgress &) {
            maxLivePoints = std::max(maxLivePoints, plot->batchPointsReceived(id));
        });

        // Ctrl+R queues one run per ticked model and shows the Training page.
        QTRY_VERIFY(queue->gpuCount() >= 0); // "auto" runs start once the queue knows whether there is a GPU
        page->setFocus();
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(queued.count(), 2);
        QCOMPARE(tabs->currentWidget(), static_cast<QWidget *>(training));
        QCOMPARE(training->runs().size(), 2);
        QCOMPARE(started.count(), std::min(2, queue->maxConcurrent())); // 1 on a one-core machine
        QHash<QString, int> idOf; // model -> run id
        for (const auto &args : queued)
            idOf.insert(QString::fromStdString(args.at(1).value<mw::core::RunConfig>().model.name), args.at(0).toInt());
        const int resnet = idOf.value(QStringLiteral("resnet18")), dense = idOf.value(QStringLiteral("dense32"));
        int threads = 0; // of the runs training side by side
        for (int id : {resnet, dense}) {
            if (queue->state(id) != RunQueue::State::Running)
                continue;
            QVERIFY(queue->threads(id) >= 1);
            threads += queue->threads(id);
        }
        QVERIFY2(threads <= std::max(2, QThread::idealThreadCount()), qPrintable(QString::number(threads)));

        // While they train, the GUI thread keeps turning.
        TickMonitor monitor;
        QVERIFY(batches.wait(300000));
        monitor.start();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() + failed.count() == 2; }, 900000));
        monitor.stop();
        qInfo("responsiveness: longest gap between 10 ms timer ticks while training: %.1f ms, the GUI thread ran "
              "%.1f ms of it (%d ticks, %d cores)",
              monitor.longestGapMs(), monitor.longestGapCpuMs(), monitor.ticks(), QThread::idealThreadCount());
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        QVERIFY(maxLivePoints > 0); // running batch values reached the plot while epochs were under way

        for (const auto &args : finished) {
            const auto result = args.at(0).value<mw::core::RunResult>();
            const QString dir = args.at(1).toString();
            const int id = idOf.value(QString::fromStdString(result.model));
            QVERIFY(id > 0);
            QCOMPARE(dir, queue->runDir(id));
            QVERIFY(dir.startsWith(m_dataDir.path())); // run folders go to the (temporary) app data folder
            QVERIFY(!result.cancelled);
            QVERIFY(result.testAccuracy.has_value());
            // Every epoch is a point on the curves.
            QCOMPARE(plot->epochPointCount(id), int(result.epochs.size()));
            QVERIFY(plot->batchPointsReceived(id) > 0);
            QVERIFY(!plot->bestEpochs(id).isEmpty());
            // What the run folder says is what came back.
            const auto stored = mw::core::loadRunResult(dir.toStdString());
            QVERIFY(stored.testAccuracy == result.testAccuracy);
            QTRY_VERIFY2(training->statusText(id).contains(QStringLiteral("Test accuracy")), qPrintable(training->statusText(id)));
            QCOMPARE(training->progressText(id), QStringLiteral("Finished"));
            qInfo("%s: test accuracy %.2f%% after %d epochs, %.1f s, %d threads", result.model.c_str(),
                  100 * *result.testAccuracy, int(result.epochs.size()), result.secondsTotal, result.threads);
            if (id == resnet) {
                QCOMPARE(result.boundaryEpoch, 2);
                QCOMPARE(int(result.epochs.size()), 3);
                // The marker was there as soon as fine-tuning started, between epoch 2 and epoch 3.
                QVERIFY(markerAtPhaseStart.value(id).has_value());
                QCOMPARE(epochsAtPhaseStart.value(id), 2);
                const double x = *markerAtPhaseStart.value(id);
                QVERIFY2(x > result.boundaryEpoch && x < result.boundaryEpoch + 1, qPrintable(QString::number(x)));
                QVERIFY(plot->boundaryX(id) == markerAtPhaseStart.value(id));
                QVERIFY(*result.testAccuracy > 0.15); // 10% is chance; a random-init ResNet on 600 digits
            } else {
                QCOMPARE(id, dense);
                QVERIFY(!plot->boundaryX(id)); // one phase, no marker
                QVERIFY(!markerAtPhaseStart.contains(id));
                QVERIFY(*result.testAccuracy > 0.5);
            }
        }

        // The single-run view shows one column; the grid shows both.
        QCOMPARE(plot->visibleColumns(), 2);
        child<QComboBox>(training, "runCombo")->setCurrentIndex(1);
        child<QComboBox>(training, "viewCombo")->setCurrentIndex(1);
        QTRY_COMPARE(plot->visibleColumns(), 1);
        QCOMPARE(plot->singleRun(), dense);

        // The curves export as images.
        QTemporaryDir out;
        for (const QString &format : CurvePlot::exportFormats()) {
            const QString file = out.filePath(QStringLiteral("curves.") + format);
            QString error;
            QVERIFY2(plot->exportTo(file, &error), qPrintable(error));
            QVERIFY(QFileInfo(file).size() > 1000);
        }
        const QImage png(out.filePath(QStringLiteral("curves.png")));
        QVERIFY(png.width() >= 800 && png.height() >= 400);
        QString error;
        QVERIFY(!plot->exportTo(out.filePath(QStringLiteral("curves.bmpx")), &error));
        QVERIFY(error.contains(QStringLiteral("bmpx")));
    }

    // Benchmark (printed, not judged; goal under 50 ms): the longest pause of the GUI thread while the teaching
    // demo's three runs train on every core, two at once (the default), their curves redrawn live.
    void responsiveWhileThreeRunsTrain()
    {
        MainWindow window;
        window.resize(1280, 820);
        window.show();
        ExperimentPage *page = window.experimentPage();
        window.findChild<QTabWidget *>()->setCurrentWidget(page);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        tinySettings(page);
        for (const char *model : {"resnet18", "cnn", "dense32"})
            QVERIFY(page->setModelChecked(QString::fromLatin1(model), true));
        QVERIFY2(page->problem().isEmpty(), qPrintable(page->problem()));
        RunQueue *queue = window.runQueue();
        QSignalSpy finished(queue, &RunQueue::jobFinished);
        QSignalSpy failed(queue, &RunQueue::jobFailed);
        QSignalSpy batches(queue, &RunQueue::batchProgress);
        QTRY_VERIFY(queue->gpuCount() >= 0);
        TickMonitor monitor;
        page->setFocus();
        QTest::keyClick(&window, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(batches.wait(300000));
        monitor.start();
        QVERIFY(QTest::qWaitFor([&] { return finished.count() + failed.count() == 3; }, 900000));
        monitor.stop();
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        qInfo("responsiveness, 3 runs (resnet18, cnn, dense32), %d at once on %d cores: longest gap between 10 ms timer "
              "ticks %.1f ms, the GUI thread ran %.1f ms of it (%d ticks)",
              queue->maxConcurrent(), QThread::idealThreadCount(), monitor.longestGapMs(), monitor.longestGapCpuMs(),
              monitor.ticks());
        QVERIFY(monitor.ticks() > 0);
    }

    void cancelFromTheGuiLeavesAValidRunThatResumes()
    {
        MainWindow window;
        window.show();
        ExperimentPage *page = window.experimentPage();
        window.findChild<QTabWidget *>()->setCurrentWidget(page);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        tinySettings(page);
        child<QSpinBox>(page, "headEpochsSpin")->setValue(300);
        child<QSpinBox>(page, "headPatienceSpin")->setValue(0); // runs all its epochs
        QVERIFY(page->setModelChecked(QStringLiteral("dense32"), true));
        RunQueue *queue = window.runQueue();
        QSignalSpy queued(queue, &RunQueue::jobQueued);
        QSignalSpy epochs(queue, &RunQueue::epochFinished);
        QSignalSpy finished(queue, &RunQueue::jobFinished);
        QTest::mouseClick(child<QPushButton>(page, "runButton"), Qt::LeftButton);
        QCOMPARE(queued.count(), 1);
        const int id = queued.first().at(0).toInt();
        QVERIFY(QTest::qWaitFor([&] { return epochs.count() >= 2; }, 300000));

        QToolButton *cancel = window.trainingPage()->cancelButton(id);
        QVERIFY(cancel && cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(finished.wait(60000));
        const auto result = finished.first().at(0).value<mw::core::RunResult>();
        const QString dir = finished.first().at(1).toString();
        QVERIFY(result.cancelled);
        QVERIFY(!result.testAccuracy);
        QVERIFY(result.epochs.size() >= 2 && result.epochs.size() < 300);
        // A finished folder under its real name: result, best weights, log; no half-written .part left.
        const std::filesystem::path folder = dir.toStdString();
        const auto stored = mw::core::loadRunResult(folder);
        QVERIFY(stored.cancelled);
        QCOMPARE(stored.epochs.size(), result.epochs.size());
        QVERIFY(std::filesystem::exists(folder / mw::core::RunStore::kCheckpointFile));
        QVERIFY(std::filesystem::exists(folder / mw::core::RunStore::kLogFile));
        QVERIFY(!std::filesystem::exists(folder.string() + ".part"));
        QTRY_VERIFY(window.trainingPage()->statusText(id).contains(QStringLiteral("Cancelled")));
        QVERIFY(!cancel->isVisible());
        QCOMPARE(queue->activeCount(), 0);

        // Resume run on the Results page: the run goes on in its own folder, on the Training page, to its end.
        ResultsPage *results = window.resultsPage();
        window.findChild<QTabWidget *>()->setCurrentWidget(results);
        const int row = results->runs().rowOfDir(QDir(dir).absolutePath());
        QVERIFY(row >= 0);
        results->selectRun(row);
        auto *resume = child<QPushButton>(results, "resumeRunButton");
        QVERIFY(resume->isEnabled());
        QTest::mouseClick(resume, Qt::LeftButton);
        QCOMPARE(queued.count(), 2);
        QCOMPARE(window.findChild<QTabWidget *>()->currentWidget(), window.trainingPage());
        // Asked twice: said why not, nothing queued.
        QTest::mouseClick(resume, Qt::LeftButton);
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("resumeError")));
        window.findChild<QMessageBox *>(QStringLiteral("resumeError"))->close();
        QCOMPARE(queued.count(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 120000);
        const auto resumed = finished.last().at(0).value<mw::core::RunResult>();
        QCOMPARE(finished.last().at(1).toString(), dir);
        QVERIFY(!resumed.cancelled);
        QCOMPARE(int(resumed.epochs.size()), 300);
        QVERIFY(resumed.testAccuracy);
        QVERIFY(!mw::core::loadRunResult(folder).cancelled);
        QVERIFY(!mw::core::RunStore::resumable(folder));
        QCOMPARE(results->runs().rowOfDir(QDir(dir).absolutePath()), row); // the same row, now finished
        QVERIFY(!resume->isEnabled());
    }

    void badWeightsFileQueuesNothing()
    {
        MainWindow window;
        window.show();
        ExperimentPage *page = window.experimentPage();
        window.findChild<QTabWidget *>()->setCurrentWidget(page);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        tinySettings(page);
        QVERIFY(page->setModelChecked(QStringLiteral("resnet18"), true));
        QVERIFY(page->setModelChecked(QStringLiteral("dense32"), true)); // would train fine: still nothing is queued

        QTemporaryDir dir;
        const QString garbage = dir.filePath(QStringLiteral("resnet18-weights.pth"));
        {
            QFile file(garbage);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        child<QComboBox>(page, "weightsCombo")->setCurrentIndex(1);
        setText(child<QLineEdit>(page, "weightsEdit"), garbage);
        QVERIFY2(page->problem().isEmpty(), qPrintable(page->problem()));

        RunQueue *queue = window.runQueue();
        QSignalSpy queued(queue, &RunQueue::jobQueued);
        QSignalSpy refused(page, &ExperimentPage::runRefused);
        QTest::mouseClick(child<QPushButton>(page, "runButton"), Qt::LeftButton);
        QVERIFY(page->isCheckingWeights()); // read on the pool, not here
        QVERIFY(refused.wait(60000));
        const QString message = refused.first().at(0).toString();
        QVERIFY2(message.contains(garbage), qPrintable(message));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("weightsErrorDialog"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->text(), message);
        QCOMPARE(queued.count(), 0);
        QCOMPARE(queue->activeCount(), 0);
        QCOMPARE(window.findChild<QTabWidget *>()->currentWidget(), static_cast<QWidget *>(page));
        box->accept();

        // A well-formed file for another network: refused naming a key the backbone needs.
        const QString other = dir.filePath(QStringLiteral("other.safetensors"));
        {
            const QByteArray header = R"({"encoder.weight":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
            QFile file(other);
            QVERIFY(file.open(QIODevice::WriteOnly));
            const quint64 length = quint64(header.size());
            for (int b = 0; b < 8; ++b)
                file.putChar(char((length >> (8 * b)) & 0xff));
            file.write(header);
            file.write(QByteArray(8, '\0'));
        }
        setText(child<QLineEdit>(page, "weightsEdit"), other);
        QTest::mouseClick(child<QPushButton>(page, "runButton"), Qt::LeftButton);
        QVERIFY(refused.wait(60000));
        const QString second = refused.last().at(0).toString();
        QVERIFY2(second.contains(other) && second.contains(QStringLiteral("conv1.weight")), qPrintable(second));
        QCOMPARE(queued.count(), 0);

        // A missing file is caught as it is typed.
        setText(child<QLineEdit>(page, "weightsEdit"), dir.filePath(QStringLiteral("nothing-here.pth")));
        QVERIFY(page->problem().contains(QStringLiteral("no such file")));
        QVERIFY(!child<QPushButton>(page, "runButton")->isEnabled());
    }
};

QTEST_MAIN(TstGuiTraining)
#include "tst_gui_training.moc"
