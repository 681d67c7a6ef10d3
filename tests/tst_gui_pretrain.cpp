// The Experiment page's other backbone sources, offscreen, with the real engine on small real data: a backbone
// pretrained in the app (PretrainDialog, on Fashion-MNIST when Debian's package is installed, else MNIST) writes a
// safetensors file that the page takes as weights for a transfer run; cancelling or closing leaves no file; a
// TorchScript module made by python3-torch trains as a backbone, and a file that is not TorchScript is refused
// before anything is queued.
#include "guisupport.h"
#include "jobs/runqueue.h"
#include "mainwindow.h"
#include "models/weights.h"
#include "pages/experimentpage.h"
#include "pretraindialog.h"
#include "testsupport.h"
#include "training/pretrain.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

using namespace mw::app;

namespace {

using mw::test::child;
using mw::test::setText;

// Files left in a folder, hidden ones (a stray .part) included.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TstGuiPretrain : public QObject {
    Q_OBJECT

    QTemporaryDir m_dataDir;
    QTemporaryDir m_scriptDir;
    QString m_mnist;
    bool m_haveFashion = false;

    // A few hundred digits, one short epoch: the engine for real, in seconds.
    void tinySettings(ExperimentPage *page)
    {
        page->setDatasetFolder(m_mnist, QStringLiteral("MNIST"));
        child<QComboBox>(page, "splitCombo")->setCurrentIndex(1); // tutorial: 5,000 validation and test digits
        child<QSpinBox>(page, "trainLimitSpin")->setValue(300);
        child<QSpinBox>(page, "batchSizeSpin")->setValue(16);
        child<QSpinBox>(page, "headEpochsSpin")->setValue(1);
        child<QSpinBox>(page, "finetuneEpochsSpin")->setValue(0);
        setText(child<QLineEdit>(page, "headLrEdit"), QStringLiteral("3e-3"));
    }

    // The window with the Experiment page showing and tiny settings on it.
    void showPage(MainWindow &window)
    {
        window.show();
        window.findChild<QTabWidget *>()->setCurrentWidget(window.experimentPage());
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        tinySettings(window.experimentPage());
    }

    PretrainDialog *openDialog(ExperimentPage *page)
    {
        QTest::mouseClick(child<QPushButton>(page, "pretrainButton"), Qt::LeftButton);
        PretrainDialog *dialog = page->pretrainDialog();
        if (dialog) {
            // The dataset it learns on: Fashion-MNIST when Debian's package is there (the default), else MNIST.
            auto *datasets = child<QComboBox>(dialog, "datasetCombo");
            if (!m_haveFashion)
                datasets->setCurrentIndex(datasets->findText(QStringLiteral("MNIST")));
            child<QSpinBox>(dialog, "epochsSpin")->setValue(1);
            child<QSpinBox>(dialog, "trainLimitSpin")->setValue(300);
        }
        return dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MW_REQUIRE_MNIST();
        m_mnist = QString::fromStdString(mw::test::mnistFolder().string()); // before the data folder moves
        QVERIFY(m_dataDir.isValid() && m_scriptDir.isValid());
        // Run folders and pretrained weights go to a temporary data folder, not the user's.
        qputenv("MNIST_WORKBENCH_DATA_DIR", m_dataDir.path().toLocal8Bit());
        for (const auto &location : mw::core::discoverDatasets())
            m_haveFashion = m_haveFashion || location.name == "Fashion-MNIST";
        if (!m_haveFashion)
            qInfo("Fashion-MNIST is not installed (Debian's dataset-fashion-mnist): pretraining on MNIST instead");
    }

    void pretrainedWeightsStartATransferRun()
    {
        MainWindow window;
        showPage(window);
        ExperimentPage *page = window.experimentPage();
        QVERIFY(page->setModelChecked(QStringLiteral("resnet18"), true));

        PretrainDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Defaults: the ticked backbone at its own input size, Fashion-MNIST, the CLI's epochs and learning rate.
        QCOMPARE(child<QComboBox>(dialog, "modelCombo")->currentData().toString(), QStringLiteral("resnet18"));
        QCOMPARE(child<QSpinBox>(dialog, "inputSizeSpin")->value(), 32);
        QCOMPARE(child<QLineEdit>(dialog, "lrEdit")->text(), QStringLiteral("1e-3"));
        const QString set = m_haveFashion ? QStringLiteral("fashion-mnist") : QStringLiteral("mnist");
        const QString out = QDir(m_dataDir.path()).filePath(QStringLiteral("pretrained/resnet18-%1.safetensors").arg(set));
        QCOMPARE(child<QLineEdit>(dialog, "outputEdit")->text(), out);
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        {
            // The untouched defaults, in a dialog of their own.
            PretrainDialog fresh(window.pool(), mw::core::RunConfig{}, {{QStringLiteral("MNIST"), m_mnist}}, {});
            QCOMPARE(child<QSpinBox>(&fresh, "epochsSpin")->value(), 10);
            QCOMPARE(child<QSpinBox>(&fresh, "trainLimitSpin")->value(), 0);
            QCOMPARE(child<QComboBox>(&fresh, "modelCombo")->currentIndex(), 0);
        }

        QSignalSpy ended(dialog, &PretrainDialog::ended);
        auto *start = child<QPushButton>(dialog, "startButton");
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QVERIFY(!start->isVisible());
        QVERIFY(child<QPushButton>(dialog, "cancelButton")->isVisible());
        QVERIFY(!child<QComboBox>(dialog, "modelCombo")->isEnabled());
        QVERIFY(ended.wait(600000));
        QVERIFY2(!dialog->isRunning() && dialog->writtenFile() == out,
                 qPrintable(child<QLabel>(dialog, "validationLabel")->text()));
        QVERIFY(QFileInfo(out).isFile());
        QCOMPARE(filesIn(QFileInfo(out).absolutePath()), QStringList{QFileInfo(out).fileName()}); // no .part left
        const QString summary = child<QLabel>(dialog, "resultLabel")->text();
        QVERIFY2(summary.contains(out) && summary.contains(QStringLiteral("test accuracy")), qPrintable(summary));
        QCOMPARE(child<QTreeWidget>(dialog, "epochTable")->topLevelItemCount(), 1);
        QCOMPARE(child<QProgressBar>(dialog, "progressBar")->value(), 1000);
        qInfo("%s", qPrintable(summary));
        // The file says how it was made.
        const auto metadata = mw::core::readSafetensorsMetadata(out.toStdString());
        const auto about = nlohmann::json::parse(metadata.at(mw::core::kPretrainMetadataKey));
        QCOMPARE(about.at("model").get<std::string>(), std::string("resnet18"));
        QCOMPARE(about.at("input_size").get<int>(), 32);
        QCOMPARE(about.at("train_limit").get<int>(), 300);

        // "Use these weights": the page takes the file, the backbone ticked at that size, and the dialog goes.
        QVERIFY(page->setModelChecked(QStringLiteral("resnet18"), false));
        QTest::mouseClick(child<QPushButton>(dialog, "useButton"), Qt::LeftButton);
        QTRY_VERIFY(!page->pretrainDialog());
        QCOMPARE(child<QComboBox>(page, "weightsCombo")->currentIndex(), 1);
        QCOMPARE(child<QLineEdit>(page, "weightsEdit")->text(), out);
        QCOMPARE(page->checkedModels(), QStringList{QStringLiteral("resnet18")});
        QString problem;
        const auto configs = page->configs(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(configs.at(0).model.inputSize, 32);
        QCOMPARE(configs.at(0).weights, out.toStdString());

        // A transfer run from them: checked on the pool, queued, started, trained.
        RunQueue *queue = window.runQueue();
        QSignalSpy queued(queue, &RunQueue::jobQueued);
        QSignalSpy started(queue, &RunQueue::jobStarted);
        QSignalSpy finished(queue, &RunQueue::jobFinished);
        QSignalSpy failed(queue, &RunQueue::jobFailed);
        QTRY_VERIFY(queue->gpuCount() >= 0);
        QTest::mouseClick(child<QPushButton>(page, "runButton"), Qt::LeftButton);
        QVERIFY(page->isCheckingWeights());
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 120000);
        QCOMPARE(queued.first().at(1).value<mw::core::RunConfig>().weights, out.toStdString());
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 60000);
        QVERIFY(QTest::qWaitFor([&] { return finished.count() + failed.count() == 1; }, 600000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        const auto result = finished.first().at(0).value<mw::core::RunResult>();
        QCOMPARE(result.weightsSource, out.toStdString());
        QVERIFY(result.testAccuracy.has_value());
        qInfo("transfer run from the pretrained resnet18: test accuracy %.2f%%", 100 * *result.testAccuracy);
    }

    void cancelAndCloseLeaveNoFile()
    {
        MainWindow window;
        showPage(window);
        ExperimentPage *page = window.experimentPage();
        PretrainDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        QCOMPARE(child<QComboBox>(dialog, "modelCombo")->currentIndex(), 0); // nothing ticked: the first backbone
        child<QComboBox>(dialog, "modelCombo")->setCurrentIndex(
            child<QComboBox>(dialog, "modelCombo")->findData(QStringLiteral("resnet18")));
        child<QSpinBox>(dialog, "inputSizeSpin")->setValue(32);
        child<QSpinBox>(dialog, "epochsSpin")->setValue(100);
        child<QSpinBox>(dialog, "trainLimitSpin")->setValue(3000); // long epochs: it must stop mid-epoch
        QTemporaryDir outDir;
        const QString out = outDir.filePath(QStringLiteral("cancelled.safetensors"));
        setText(child<QLineEdit>(dialog, "outputEdit"), out);
        // The name typed is kept when the backbone changes.
        child<QComboBox>(dialog, "modelCombo")->setCurrentIndex(0);
        child<QComboBox>(dialog, "modelCombo")->setCurrentIndex(
            child<QComboBox>(dialog, "modelCombo")->findData(QStringLiteral("resnet18")));
        QCOMPARE(child<QLineEdit>(dialog, "outputEdit")->text(), out);

        auto *progress = child<QProgressBar>(dialog, "progressBar");
        auto *label = child<QLabel>(dialog, "progressLabel");
        QSignalSpy ended(dialog, &PretrainDialog::ended);
        QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QVERIFY(dialog->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() == 1000 && progress->value() > 0, 300000);
        QVERIFY2(label->text().contains(QStringLiteral("Epoch 1 of 100")), qPrintable(label->text()));
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("left")), 120000); // time left, once it knows
        auto *cancel = child<QPushButton>(dialog, "cancelButton");
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(ended.wait(120000));
        QVERIFY(!dialog->isRunning());
        QVERIFY2(label->text().contains(QStringLiteral("Cancelled")), qPrintable(label->text()));
        QVERIFY(dialog->writtenFile().isEmpty());
        QVERIFY(!child<QPushButton>(dialog, "useButton")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "startButton")->isEnabled());
        QCOMPARE(filesIn(outDir.path()), QStringList()); // neither the file nor a half-written .part

        // Closing while it trains asks first; No keeps it training, Yes cancels and closes.
        child<QSpinBox>(dialog, "epochsSpin")->setValue(100);
        QTest::mouseClick(child<QPushButton>(dialog, "startButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() == 1000 && progress->value() > 0, 300000);
        dialog->close();
        QPointer<QMessageBox> question = dialog->findChild<QMessageBox *>(QStringLiteral("pretrainCloseQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        dialog->close(); // asked once, not twice
        QCOMPARE(dialog->findChildren<QMessageBox *>().size(), 1);
        question->button(QMessageBox::No)->click();
        QTRY_VERIFY(!question); // the answered question goes away
        QVERIFY(dialog->isVisible() && dialog->isRunning());
        QTest::keyClick(dialog, Qt::Key_Escape);
        question = dialog->findChild<QMessageBox *>(QStringLiteral("pretrainCloseQuestion"));
        QVERIFY(question);
        QTRY_VERIFY(question->isVisible());
        question->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!page->pretrainDialog()); // closed and deleted; the job winds down on the pool
        QVERIFY(window.pool()->waitForDone(120000));
        QCOMPARE(filesIn(outDir.path()), QStringList());
    }

    void badInputIsAMessage()
    {
        MainWindow window;
        showPage(window);
        ExperimentPage *page = window.experimentPage();
        QTemporaryDir empty; // a "dataset" without its files
        page->setDatasetFolder(empty.path(), QStringLiteral("Empty"));
        PretrainDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        auto *start = child<QPushButton>(dialog, "startButton");

        // Checked as typed.
        setText(child<QLineEdit>(dialog, "lrEdit"), QStringLiteral("fast"));
        QVERIFY2(dialog->problem().contains(QStringLiteral("\"fast\" is not a number")), qPrintable(dialog->problem()));
        QVERIFY(!start->isEnabled());
        setText(child<QLineEdit>(dialog, "lrEdit"), QStringLiteral("0"));
        QVERIFY2(dialog->problem().contains(QStringLiteral("head.learning_rate")), qPrintable(dialog->problem()));
        setText(child<QLineEdit>(dialog, "lrEdit"), QStringLiteral("1e-3"));
        QVERIFY(start->isEnabled());

        // Data that cannot be read: a message naming the folder, and the dialog stays usable.
        auto *datasets = child<QComboBox>(dialog, "datasetCombo");
        datasets->setCurrentIndex(datasets->findText(QStringLiteral("Empty")));
        QTemporaryDir outDir;
        setText(child<QLineEdit>(dialog, "outputEdit"), outDir.filePath(QStringLiteral("never.safetensors")));
        QSignalSpy ended(dialog, &PretrainDialog::ended);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(ended.wait(60000));
        auto *box = dialog->findChild<QMessageBox *>(QStringLiteral("pretrainErrorDialog"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QVERIFY2(box->text().contains(empty.path()), qPrintable(box->text()));
        QVERIFY(child<QLabel>(dialog, "validationLabel")->text().contains(empty.path().toHtmlEscaped()));
        QVERIFY(!dialog->isRunning() && start->isEnabled());
        QCOMPARE(filesIn(outDir.path()), QStringList());
        box->accept();
        dialog->close();
        QTRY_VERIFY(!page->pretrainDialog());
    }

    void torchScriptBackbone()
    {
        // Debian's python3-torch scripts a small CNN (forward -> [B, 16]) and saves a plain state dict beside it.
        const QString script = QFINDTESTDATA("fixtures/make_torchscript.py");
        QVERIFY(!script.isEmpty());
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {script, m_scriptDir.path()});
        QVERIFY2(python.waitForFinished(120000) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0,
                 python.readAllStandardError().constData());
        const QString module = m_scriptDir.filePath(QStringLiteral("cnn.pt"));
        const QString notScript = m_scriptDir.filePath(QStringLiteral("state_dict.pth"));

        MainWindow window;
        showPage(window);
        ExperimentPage *page = window.experimentPage();
        child<QSpinBox>(page, "finetuneEpochsSpin")->setValue(1); // through the module's own parameters too
        auto *run = child<QPushButton>(page, "runButton");
        auto *scriptEdit = child<QLineEdit>(page, "scriptEdit");
        QVERIFY(!scriptEdit->isEnabled());
        QVERIFY(page->setModelChecked(QStringLiteral("torchscript"), true));
        QVERIFY(scriptEdit->isEnabled());
        // Validated as typed: no file, then a file that is not there.
        QVERIFY2(page->problem().contains(QStringLiteral("TorchScript file")), qPrintable(page->problem()));
        QVERIFY(!run->isEnabled());
        QVERIFY(!scriptEdit->styleSheet().isEmpty());
        setText(scriptEdit, m_scriptDir.filePath(QStringLiteral("nothing-here.pt")));
        QVERIFY2(page->problem().contains(QStringLiteral("no such file")), qPrintable(page->problem()));
        QVERIFY(!run->isEnabled());

        // A file that is not TorchScript: refused with a message before anything is queued.
        setText(scriptEdit, notScript);
        QVERIFY2(page->problem().isEmpty(), qPrintable(page->problem()));
        QVERIFY(scriptEdit->styleSheet().isEmpty());
        RunQueue *queue = window.runQueue();
        QSignalSpy queued(queue, &RunQueue::jobQueued);
        QSignalSpy finished(queue, &RunQueue::jobFinished);
        QSignalSpy failed(queue, &RunQueue::jobFailed);
        QSignalSpy refused(page, &ExperimentPage::runRefused);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(page->isCheckingWeights());
        QVERIFY(refused.wait(60000));
        const QString message = refused.first().at(0).toString();
        QVERIFY2(message.contains(notScript) && message.contains(QStringLiteral("not a TorchScript module")),
                 qPrintable(message));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("weightsErrorDialog"));
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->text(), message);
        QCOMPARE(queued.count(), 0);
        QCOMPARE(queue->activeCount(), 0);
        box->accept();

        // The module itself: probed, counted, then a run through it starts and finishes.
        setText(scriptEdit, module);
        QTRY_VERIFY(queue->gpuCount() >= 0);
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, 60000);
        const auto config = queued.first().at(1).value<mw::core::RunConfig>();
        QCOMPARE(config.model.name, std::string("torchscript"));
        QCOMPARE(config.model.scriptPath, module.toStdString());
        QCOMPARE(config.model.inputSize, 32);
        QVERIFY(config.weights.empty());
        QVERIFY(QTest::qWaitFor([&] { return finished.count() + failed.count() == 1; }, 600000));
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().at(1).toString()));
        const auto result = finished.first().at(0).value<mw::core::RunResult>();
        QVERIFY(!result.cancelled);
        QVERIFY(result.testAccuracy.has_value());
        QCOMPARE(result.weightsSource, module.toStdString());
        QCOMPARE(int(result.epochs.size()), 2); // head, then fine-tuning
        qInfo("TorchScript backbone: test accuracy %.2f%%", 100 * *result.testAccuracy);
        QTreeWidgetItem *row = nullptr;
        for (QTreeWidgetItemIterator it(child<QTreeWidget>(page, "modelTree")); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString() == QLatin1String("torchscript"))
                row = *it;
        QVERIFY(row);
        QCOMPARE(row->text(2), QLocale().toString(qlonglong(result.parameters.total)));

        // The session keeps the module's file.
        const QJsonObject state = page->saveState();
        scriptEdit->clear();
        page->restoreState(state);
        QCOMPARE(scriptEdit->text(), module);
        QCOMPARE(page->checkedModels(), QStringList{QStringLiteral("torchscript")});
    }
};

QTEST_MAIN(TstGuiPretrain)
#include "tst_gui_pretrain.moc"
