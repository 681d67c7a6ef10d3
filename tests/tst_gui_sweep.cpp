// The Sweep dialog, offscreen: from the Experiment page's ticked models and settings to trials that train as runs
// of the page's RunQueue, each in its folder of the sweep; problems named as the user typed them; the Slurm
// settings kept and checked with a test job; a sweep's trials on a real Slurm cluster (tests/support/
// slurm-cluster.sh) followed on the Training page.
#include "clisupport.h"
#include "guisupport.h"
#include "jobs/runqueue.h"
#include "pages/experimentpage.h"
#include "pages/resultspage.h"
#include "pages/trainingpage.h"
#include "sweep/trials.h"
#include "sweepdialog.h"
#include "sweepwindow.h"
#include "widgets/curveplot.h"
#include "widgets/sweepplot.h"

#include <QApplication>
#include <QComboBox>
#include <QFileInfo>
#include <QFont>
#include <QGroupBox>
#include <QRadioButton>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QToolButton>

using namespace mw::app;
using mw::test::child;

namespace {

QLineEdit *valuesOf(SweepDialog *dialog, int row)
{
    return qobject_cast<QLineEdit *>(child<QTableWidget>(dialog, "axesTable")->cellWidget(row, 1));
}

QPushButton *okButton(SweepDialog *dialog)
{
    return child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok);
}

} // namespace

class TstGuiSweep : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dataset; // 6,000 train + 50 test digits
    QThreadPool m_pool;

    void smallSettings(ExperimentPage &page)
    {
        page.setDatasetFolder(m_dataset, QStringLiteral("mine"));
        child<QSpinBox>(&page, "trainLimitSpin")->setValue(300);
        child<QSpinBox>(&page, "headEpochsSpin")->setValue(2);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = mw::test::usePageFixture(m_dir);
    }

    void cleanup() { m_pool.waitForDone(); }

    // Two models ticked and a learning-rate axis: four trials, queued as runs in the sweep's folder, all finishing.
    void localSweepQueuesItsTrialsAsRuns()
    {
        RunQueue queue(&m_pool);
        queue.setMaxConcurrent(2);
        ExperimentPage page(&m_pool, &queue);
        smallSettings(page);
        QVERIFY(page.setModelChecked(QStringLiteral("dense32"), true));
        QVERIFY(page.setModelChecked(QStringLiteral("mlp"), true));
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));

        child<QPushButton>(&page, "sweepButton")->click();
        SweepDialog *dialog = page.sweepDialog();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(child<QTableWidget>(dialog, "axesTable")->rowCount(), 1); // the ticked models are the first axis
        QCOMPARE(valuesOf(dialog, 0)->text(), QStringLiteral("mlp, dense32")); // as the model tree lists them
        dialog->addAxis(QStringLiteral("head.learning_rate"), QStringLiteral("1e-3, 1e-2"));
        QVERIFY2(dialog->problem().isEmpty(), qPrintable(dialog->problem()));
        QVERIFY(child<QLabel>(dialog, "trialsLabel")->text().contains(QStringLiteral("4 trial(s)")));

        // A value the engine refuses names the setting and the value, and OK goes off.
        valuesOf(dialog, 1)->setText(QStringLiteral("1e-3, -1"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog->problem().contains(QStringLiteral("head.learning_rate=-1: must be a positive number")),
                 qPrintable(dialog->problem()));
        valuesOf(dialog, 1)->setText(QStringLiteral("1e-3, one"));
        QVERIFY2(dialog->problem().contains(QStringLiteral("\"one\" is not a number")), qPrintable(dialog->problem()));
        valuesOf(dialog, 1)->setText(QStringLiteral("1e-3, 1e-2"));
        QVERIFY(okButton(dialog)->isEnabled());

        child<QComboBox>(dialog, "whereCombo")->setCurrentIndex(0); // this computer (the dialog keeps the last choice)
        const QString folder = m_dir.filePath(QStringLiteral("sweeps/first"));
        child<QLineEdit>(dialog, "folderEdit")->setText(folder);
        Q_EMIT child<QLineEdit>(dialog, "folderEdit")->textEdited(folder);
        QSignalSpy started(&page, &ExperimentPage::sweepStarted);
        QSignalSpy finished(&queue, &RunQueue::jobFinished);
        QSignalSpy refused(&page, &ExperimentPage::sweepRefused);
        okButton(dialog)->click();
        QVERIFY2(refused.isEmpty(), refused.isEmpty() ? "" : qPrintable(refused.first().at(0).toString()));
        QCOMPARE(started.count(), 1);
        QCOMPARE(started.first().at(1).value<QList<int>>().size(), 4);
        QVERIFY(finished.wait(120'000));
        while (finished.count() < 4)
            QVERIFY(finished.wait(120'000));

        const std::filesystem::path dir = folder.toStdString();
        const mw::core::Sweep sweep = mw::core::loadSweep(dir);
        QCOMPARE(sweep.trials.size(), std::size_t(4));
        QCOMPARE(sweep.trials[0].config.model.name, std::string("mlp"));
        QCOMPARE(sweep.trials[3].config.model.name, std::string("dense32"));
        QCOMPARE(sweep.trials[3].config.head.learningRate, 1e-2);
        QCOMPARE(sweep.trials[3].config.trainLimit, 300); // the page's settings ride along
        for (const mw::core::TrialStatus &s : mw::core::sweepStatus(dir, sweep)) {
            QVERIFY2(s.state == mw::core::TrialState::Finished, s.name.c_str());
            QCOMPARE(s.progress.epochs.size(), std::size_t(2));
        }
        // The sweep's window: every trial with its figures, the best first and bold, accuracy against the
        // learning rate on a log axis, all settings at once, and the curves.
        SweepWindow window(folder, &m_pool, &queue);
        QSignalSpy refreshed(&window, &SweepWindow::refreshed);
        QVERIFY(refreshed.wait(30'000));
        QCOMPARE(window.trials().rowCount(), 4);
        QVERIFY(window.trials().rows().front().best);
        QVERIFY(window.trials().data(window.trials().index(0, 0), Qt::FontRole).value<QFont>().bold());
        QCOMPARE(window.trials().headerData(1, Qt::Horizontal, Qt::DisplayRole).toString(), QStringLiteral("model"));
        auto *axis = child<QComboBox>(&window, "axisCombo");
        QCOMPARE(axis->count(), 3); // model, head.learning_rate, all settings
        auto *plot = child<SweepPlot>(&window, "sweepPlot");
        QCOMPARE(axis->currentIndex(), 1); // the first setting that takes numbers
        QCOMPARE(plot->plottedTrials(), 4);
        QVERIFY(plot->logarithmic());
        axis->setCurrentIndex(0);
        QVERIFY(!plot->logarithmic()); // models side by side
        QCOMPARE(plot->plottedTrials(), 4);
        axis->setCurrentIndex(2);
        QCOMPARE(plot->plottedTrials(), 4);
        QCOMPARE(child<CurvePlot>(&window, "curvePlot")->runs().size(), 4);
        QVERIFY(!child<QPushButton>(&window, "resumeButton")->isEnabled()); // nothing left to run
        QVERIFY(!child<QPushButton>(&window, "cancelTrialButton")->isEnabled()); // only for a trial Slurm holds
        QVERIFY(plot->exportTo(m_dir.filePath(QStringLiteral("sweep.png"))).isEmpty());

        // The Results page lists a sweep's trials with the runs, and filters to one sweep.
        ResultsPage results(&m_pool, nullptr, m_dir.filePath(QStringLiteral("sweeps")));
        QSignalSpy listed(&results, &ResultsPage::runsLoaded);
        QVERIFY(listed.wait(30'000));
        QCOMPARE(results.runs().rowCount(), 4);
        QVERIFY2(results.problems().isEmpty(), qPrintable(results.problems().join(QLatin1Char('\n'))));
        auto *sweeps = child<QComboBox>(&results, "sweepCombo");
        QCOMPARE(sweeps->count(), 2); // all runs, and this sweep
        results.setSweepFilter(QStringLiteral("first"));
        QCOMPARE(results.sortedRuns().rowCount(), 4);
        results.setSweepFilter(QStringLiteral("another"));
        QCOMPARE(sweeps->currentIndex(), 0); // not there: every run

        // The finished runs' folders are the trials'.
        QStringList dirs;
        for (const QVariantList &args : finished)
            dirs << args.at(1).toString();
        dirs.sort();
        QCOMPARE(dirs.first(), QString::fromStdString((dir / "trial-000").string()));
    }

    // A random choice and its count; the Slurm settings are checked as typed and kept for next time; Test says what
    // went wrong in one line when Slurm's commands are not there.
    void slurmSettingsAreCheckedAndKept()
    {
        RunQueue queue(&m_pool);
        ExperimentPage page(&m_pool, &queue);
        smallSettings(page);
        QVERIFY(page.setModelChecked(QStringLiteral("dense32"), true));
        page.openSweepDialog();
        SweepDialog *dialog = page.sweepDialog();
        QVERIFY(dialog);
        valuesOf(dialog, 0)->setText(QStringLiteral("1e-4, 1e-3, 1e-2"));
        dialog->addAxis(QStringLiteral("seed"), QStringLiteral("1, 2, 3"));
        child<QRadioButton>(dialog, "randomRadio")->setChecked(true);
        child<QSpinBox>(dialog, "randomSpin")->setValue(4);
        QVERIFY(child<QLabel>(dialog, "trialsLabel")->text().contains(QStringLiteral("4 trial(s)")));
        child<QSpinBox>(dialog, "randomSpin")->setValue(10);
        QVERIFY2(dialog->problem().contains(QStringLiteral("more trials than the grid's 9 points")),
                 qPrintable(dialog->problem()));
        child<QSpinBox>(dialog, "randomSpin")->setValue(4);

        child<QComboBox>(dialog, "whereCombo")->setCurrentIndex(1);
        QVERIFY(dialog->onSlurm());
        QVERIFY(!child<QGroupBox>(dialog, "slurmBox")->isHidden());
        child<QLineEdit>(dialog, "sharedEdit")->setText(m_dir.filePath(QStringLiteral("shared")));
        QVERIFY(dialog->folder().startsWith(m_dir.filePath(QStringLiteral("shared/sweep-"))));
        child<QLineEdit>(dialog, "timeEdit")->setText(QStringLiteral("soon"));
        QVERIFY(!okButton(dialog)->isEnabled());
        QVERIFY2(dialog->problem().contains(QStringLiteral("\"time\" must be a time limit")), qPrintable(dialog->problem()));
        child<QLineEdit>(dialog, "timeEdit")->setText(QStringLiteral("00:30:00"));
        child<QLineEdit>(dialog, "partitionEdit")->setText(QStringLiteral("gpu"));
        QVERIFY(okButton(dialog)->isEnabled());

        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", "/nonexistent");
        QSignalSpy tested(dialog, &SweepDialog::slurmTested);
        child<QPushButton>(dialog, "testButton")->click();
        QVERIFY(tested.wait(30'000));
        qputenv("PATH", path);
        QVERIFY2(tested.first().at(0).toString().startsWith(QStringLiteral("sbatch: cannot run it")),
                 qPrintable(tested.first().at(0).toString()));

        // Kept for next time (Cancel keeps nothing; OK does).
        QSettings().remove(QStringLiteral("slurm"));
        const QString folder = dialog->folder();
        QSignalSpy refused(&page, &ExperimentPage::sweepRefused);
        // A cluster whose configuration Slurm cannot use (an empty file): sbatch says so at once.
        const QString conf = m_dir.filePath(QStringLiteral("empty-slurm.conf"));
        QFile(conf).open(QIODevice::WriteOnly);
        qputenv("SLURM_CONF", conf.toLocal8Bit());
        dialog->accept(); // submits to a Slurm that is not there: refused, and the folder it made goes again
        QVERIFY(refused.wait(30'000));
        qunsetenv("SLURM_CONF");
        QVERIFY2(refused.first().at(0).toString().startsWith(QStringLiteral("Slurm refused the sweep: ")),
                 qPrintable(refused.first().at(0).toString()));
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(QSettings().value(QStringLiteral("slurm/partition")).toString(), QStringLiteral("gpu"));
        QCOMPARE(QSettings().value(QStringLiteral("slurm/time")).toString(), QStringLiteral("00:30:00"));
    }

    // A sweep submitted to a real Slurm cluster, one task at a time: the Training page shows its trials as runs from
    // their folders and squeue (one training with live curves, one pending in the queue), Cancel on the pending one
    // scancels its task alone, and the other ends with its test figures.
    void slurmTrialsAppearOnTheTrainingPage()
    {
        QTemporaryDir cluster;
        const QString script = QFINDTESTDATA("support/slurm-cluster.sh");
        QProcess start;
        start.start(QStringLiteral("bash"), {script, QStringLiteral("start"), cluster.path()});
        QVERIFY(start.waitForFinished(60'000));
        QVERIFY2(start.exitCode() == 0, qPrintable(QString::fromLocal8Bit(start.readAllStandardError())));
        qputenv("SLURM_CONF", (cluster.path() + QStringLiteral("/slurm.conf")).toLocal8Bit());
        auto stopCluster = qScopeGuard([&] {
            QProcess stop;
            stop.start(QStringLiteral("bash"), {script, QStringLiteral("stop"), cluster.path()});
            stop.waitForFinished(60'000);
            qunsetenv("SLURM_CONF");
        });

        const std::string folder = m_dir.filePath(QStringLiteral("slurm-sweep")).toStdString();
        const mw::test::Cli submitted = mw::test::runCli(
            {"sweep", "--data", m_dataset.toStdString(), "--model", "mlp", "--val-size", "1000", "--epochs", "20",
             "--patience", "0",
             "--vary", "head.learning_rate=1e-3,1e-2", "--executor", "slurm", "--slurm-cli", MW_CLI_PATH,
             "--parallel", "1", "--out", folder, "--no-wait"});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));

        RunQueue queue(&m_pool);
        TrainingPage page(&queue);
        page.followSweep(QString::fromStdString(folder));
        const QString dir = QString::fromStdString(folder);
        QTRY_VERIFY_WITH_TIMEOUT(page.sweepTrialRun(dir, 0) != 0 && page.sweepTrialRun(dir, 1) != 0, 30'000);
        const int first = page.sweepTrialRun(dir, 0), second = page.sweepTrialRun(dir, 1);
        QCOMPARE(page.runs().size(), 2);
        QVERIFY(page.title(second).contains(QStringLiteral("trial 1")));
        // One task at a time: the second waits in Slurm's queue while the first trains, its epochs plotted live.
        QTRY_VERIFY_WITH_TIMEOUT(page.curvePlot()->epochPointCount(first) >= 1, 120'000);
        // Rows redraw on a short timer.
        QTRY_VERIFY_WITH_TIMEOUT(page.statusText(first).contains(QStringLiteral("On Slurm node ")), 10'000);
        QVERIFY2(page.progressText(first).startsWith(QStringLiteral("Training · epoch ")), qPrintable(page.progressText(first)));
        QVERIFY2(page.progressText(second).contains(QStringLiteral("Pending in Slurm's queue")),
                 qPrintable(page.progressText(second)));
        QToolButton *cancel = page.cancelButton(second);
        QVERIFY(cancel->isVisibleTo(&page));
        cancel->click();
        QTRY_VERIFY_WITH_TIMEOUT(page.progressText(second) == QStringLiteral("Cancelled"), 60'000);
        QVERIFY2(page.statusText(second).contains(QStringLiteral("Not run")), qPrintable(page.statusText(second)));

        QTRY_VERIFY_WITH_TIMEOUT(page.progressText(first) == QStringLiteral("Finished"), 180'000);
        QVERIFY2(page.statusText(first).startsWith(QStringLiteral("Test accuracy ")), qPrintable(page.statusText(first)));
        QCOMPARE(page.curvePlot()->epochPointCount(first), 20);
        const mw::core::Sweep sweep = mw::core::loadSweep(folder);
        QVERIFY(mw::core::trialStatus(folder, sweep.trials[1]).state == mw::core::TrialState::Pending);
    }
};

QTEST_MAIN(TstGuiSweep)
#include "tst_gui_sweep.moc"
