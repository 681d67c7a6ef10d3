// Sweeps on a real Slurm cluster: Debian's slurm-wlm and munge, one node on 127.0.0.1, started and stopped by this
// test (tests/support/slurm-cluster.sh). The trials run as array tasks of the real sbatch, are watched with the
// real squeue and cancelled with the real scancel.
#include "sweep/slurm.h"
#include "clisupport.h"
#include "testsupport.h"
#include "training/progress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <fstream>

#include <signal.h>

using namespace mw::core;
using namespace mw::test;

namespace {

QJsonArray tableTrials(const std::string &dir)
{
    const Cli table = runCli({"sweep", "table", dir, "--json"});
    return QJsonDocument::fromJson(table.out.toUtf8()).object()[QStringLiteral("trials")].toArray();
}

// Waits (bounded) until `done` holds; false when it did not within the time.
template <class F> bool waitFor(F done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QTest::qWait(100);
    }
    return true;
}

const Args kSlurm{"--executor", "slurm", "--slurm-cpus", "1", "--slurm-cli", MW_CLI_PATH};
// Trials long enough (several seconds) to be caught while they train: Dense 32 runs an epoch of 30,000 digits in
// well under a second on one thread since stop 25's speed-ups, so 40 of them.
constexpr std::size_t kLongEpochs = 40;
const Args kLongTrials{"sweep", "--dataset", "MNIST", "--model", "dense32", "--train-limit", "30000", "--val-size",
                       "1000", "--epochs", "40", "--patience", "0"};
// The uninterrupted trial a cut one is compared with runs on kSlurm's one CPU thread too, as a user comparing the two
// would.
const Args kOneThread{"--threads", "1"};

} // namespace

class TstSlurm : public QObject {
    Q_OBJECT

    QTemporaryDir m_cluster;
    QString m_script;

    bool inQueue(const std::string &dir)
    {
        const Cli status = runCli({"sweep", "status", dir, "--json"});
        for (const auto &t : QJsonDocument::fromJson(status.out.toUtf8()).object()[QStringLiteral("trials")].toArray())
            if (!t.toObject()[QStringLiteral("queue")].toString().isEmpty())
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MW_REQUIRE_MNIST();
        m_script = QFINDTESTDATA("support/slurm-cluster.sh");
        QVERIFY(!m_script.isEmpty());
        QProcess start;
        start.start(QStringLiteral("bash"), {m_script, QStringLiteral("start"), m_cluster.path()});
        QVERIFY(start.waitForFinished(60'000));
        QVERIFY2(start.exitCode() == 0, qPrintable(QString::fromLocal8Bit(start.readAllStandardError())));
        // Every program started from here (the CLI, and through it sbatch, squeue, scancel) talks to this cluster.
        qputenv("SLURM_CONF", (m_cluster.path() + QStringLiteral("/slurm.conf")).toLocal8Bit());
    }

    void cleanupTestCase()
    {
        QProcess stop;
        stop.start(QStringLiteral("bash"), {m_script, QStringLiteral("stop"), m_cluster.path()});
        stop.waitForFinished(60'000);
    }

    // Four tiny trials as a job array, two at once, give the table the same sweep gives on this computer.
    void arrayEqualsTheLocalSweep()
    {
        QTemporaryDir tmp;
        const Args sweep{"sweep", "--dataset", "MNIST", "--model", "dense32", "--train-limit", "500", "--val-size",
                         "200", "--epochs", "3", "--vary", "head.learning_rate=1e-3,1e-2", "--vary", "batch_size=32,64"};
        const std::string local = tmp.path().toStdString() + "/local", slurm = tmp.path().toStdString() + "/slurm";
        const Cli l = runCli(sweep + Args{"--parallel", "2", "--out", local});
        QVERIFY2(l.exitCode == 0, qPrintable(l.err));
        const Cli s = runCli(sweep + kSlurm + Args{"--parallel", "2", "--out", slurm});
        QVERIFY2(s.exitCode == 0, qPrintable(s.err + s.out));
        QVERIFY2(s.out.contains(QStringLiteral("submitted Slurm job ")), qPrintable(s.out));
        QCOMPARE(s.out.count(QStringLiteral("  finished  head.learning_rate=")), 4);
        QVERIFY(QFileInfo::exists(QString::fromStdString(slurm + "/slurm/job.sh")));

        const QJsonArray a = tableTrials(local), b = tableTrials(slurm);
        QCOMPARE(a.size(), 4);
        QCOMPARE(b.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject x = a[i].toObject(), y = b[i].toObject();
            QCOMPARE(y[QStringLiteral("trial")], x[QStringLiteral("trial")]);
            QCOMPARE(y[QStringLiteral("values")], x[QStringLiteral("values")]);
            QCOMPARE(y[QStringLiteral("state")].toString(), QStringLiteral("finished"));
            QCOMPARE(y[QStringLiteral("test_accuracy")].toDouble(), x[QStringLiteral("test_accuracy")].toDouble());
            QCOMPARE(y[QStringLiteral("test_loss")].toDouble(), x[QStringLiteral("test_loss")].toDouble());
        }
        QVERIFY(!inQueue(slurm));
    }

    // scancel of a running array task stops the trial where it stands; sweep resume submits it again and it goes on
    // from its last saved state to exactly what the uninterrupted trial measured.
    void cancelledTaskResumesToTheUninterruptedMetrics()
    {
        QTemporaryDir tmp;
        const std::string whole = tmp.path().toStdString() + "/whole", cut = tmp.path().toStdString() + "/cut";
        const Cli w = runCli(kLongTrials + kOneThread + Args{"--out", whole});
        QVERIFY2(w.exitCode == 0, qPrintable(w.err));

        const Cli submitted = runCli(kLongTrials + kSlurm + Args{"--out", cut, "--no-wait"});
        QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
        QCOMPARE(slurmSubmissions(cut).size(), std::size_t(1));
        const std::filesystem::path trial = std::filesystem::path(cut) / "trial-000";
        QVERIFY2(waitFor([&] { return readProgress(trial).epochs.size() >= 2; }, 120'000), "the trial did not start");
        QVERIFY2(!readProgress(trial).ended, "the trial ended before scancel");
        const Cli cancel = runCli({"sweep", "cancel", cut, "--trial", "0"}); // scancel JOB_0
        QVERIFY2(cancel.exitCode == 0, qPrintable(cancel.err));
        QVERIFY(cancel.out.contains(QString::fromStdString("cancelled trial 0")));
        QVERIFY2(waitFor([&] { return !inQueue(cut); }, 60'000), "scancel did not end the task");
        const Sweep sweep = loadSweep(cut);
        const TrialStatus stopped = trialStatus(cut, sweep.trials[0]);
        QVERIFY2(stopped.state == TrialState::Cancelled, toString(stopped.state).c_str());
        QVERIFY(stopped.progress.epochs.size() < kLongEpochs);

        const Cli resumed = runCli({"sweep", "resume", cut});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err + resumed.out));
        QVERIFY(resumed.out.contains(QStringLiteral("resuming 1 trials")));
        const TrialStatus a = trialStatus(whole, sweep.trials[0]), b = trialStatus(cut, sweep.trials[0]);
        QVERIFY(b.state == TrialState::Finished);
        QCOMPARE(b.result->epochs.size(), kLongEpochs);
        QCOMPARE(*b.result->testAccuracy, *a.result->testAccuracy);
        QCOMPARE(*b.result->testLoss, *a.result->testLoss);
        QCOMPARE(b.result->misclassified, a.result->misclassified);
        QCOMPARE(slurmSubmissions(cut).size(), std::size_t(2));
    }

    // Slurm requeues a running task (as after a node failure or a preemption): the task starts again and its trial
    // goes on from its last saved state, ending with the uninterrupted trial's metrics.
    void requeuedTaskResumesItsTrial()
    {
        QTemporaryDir tmp;
        const std::string whole = tmp.path().toStdString() + "/whole", dir = tmp.path().toStdString() + "/requeued";
        const Cli w = runCli(kLongTrials + kOneThread + Args{"--out", whole});
        QVERIFY2(w.exitCode == 0, qPrintable(w.err));
        QProcess p;
        p.start(QStringLiteral(MW_CLI_PATH), qArgs(kLongTrials + kSlurm + Args{"--out", dir}));
        QVERIFY(p.waitForStarted());
        const std::filesystem::path trial = std::filesystem::path(dir) / "trial-000";
        QVERIFY2(waitFor([&] { return readProgress(trial).epochs.size() >= 2; }, 120'000), "the trial did not start");
        const std::string task = slurmSubmissions(dir).front().jobId + "_0";
        auto scontrol = [](const QStringList &args) {
            QProcess c;
            c.start(QStringLiteral("scontrol"), args);
            return c.waitForFinished(30'000) && c.exitCode() == 0;
        };
        QVERIFY(scontrol({QStringLiteral("requeue"), QString::fromStdString(task)}));
        // Slurm holds a requeued task back for a while (BeginTime); let it start again now.
        QTest::qWait(3000);
        QVERIFY(scontrol({QStringLiteral("update"), QStringLiteral("JobId=") + QString::fromStdString(task),
                          QStringLiteral("StartTime=now")}));
        QVERIFY(p.waitForFinished(180'000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const Sweep sweep = loadSweep(dir);
        const TrialStatus a = trialStatus(whole, sweep.trials[0]), b = trialStatus(dir, sweep.trials[0]);
        QVERIFY(b.state == TrialState::Finished);
        std::ifstream progress(trial / kProgressFile);
        const std::string text((std::istreambuf_iterator<char>(progress)), std::istreambuf_iterator<char>());
        QVERIFY2(text.find("\"event\":\"resumed\"") != std::string::npos, "the trial started over instead of resuming");
        QCOMPARE(*b.result->testAccuracy, *a.result->testAccuracy);
        QCOMPARE(*b.result->testLoss, *a.result->testLoss);
        QCOMPARE(b.result->misclassified, a.result->misclassified);
    }

    // Ctrl+C on a sweep that waits for Slurm cancels the array: nothing of it is left in the queue.
    void ctrlCCancelsTheArray()
    {
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString() + "/sweep";
        QProcess p;
        p.start(QStringLiteral(MW_CLI_PATH),
                qArgs(kLongTrials + kSlurm + Args{"--vary", "seed=1,2,3", "--parallel", "1", "--out", dir}));
        QVERIFY(p.waitForStarted());
        QVERIFY2(waitFor([&] { return readProgress(std::filesystem::path(dir) / "trial-000").epochs.size() >= 1; }, 120'000),
                 "no trial started");
        // --parallel 1: the array runs one task at a time, the others wait in Slurm's queue.
        const Cli status = runCli({"sweep", "status", dir, "--json"});
        QStringList queue;
        for (const auto &t : QJsonDocument::fromJson(status.out.toUtf8()).object()[QStringLiteral("trials")].toArray())
            queue << t.toObject()[QStringLiteral("queue")].toString();
        QCOMPARE(queue, (QStringList{QStringLiteral("running"), QStringLiteral("pending"), QStringLiteral("pending")}));
        ::kill(p.processId(), SIGINT);
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("cancelled the sweep's Slurm jobs")));
        QVERIFY2(waitFor([&] { return !inQueue(dir); }, 60'000), "the array is still queued");
        const Sweep sweep = loadSweep(dir);
        for (const TrialStatus &s : sweepStatus(dir, sweep))
            QVERIFY2(s.state != TrialState::Running, s.name.c_str());
    }

    // What Slurm refuses, it says in its own words, in one line; the sweep folder is not left behind.
    void refusalsQuoteSlurm()
    {
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString() + "/sweep";
        const Args sweep{"sweep", "--dataset", "MNIST", "--model", "dense32", "--vary", "seed=1,2", "--out", dir};
        const Cli partition = runCli(sweep + kSlurm + Args{"--slurm-partition", "nosuchpartition"});
        QCOMPARE(partition.exitCode, 2);
        QVERIFY2(partition.err.contains(QStringLiteral(
                     "Slurm refused the sweep: sbatch: error: invalid partition specified: nosuchpartition")),
                 qPrintable(partition.err));
        QCOMPARE(partition.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!std::filesystem::exists(dir));

        QProcessEnvironment noSlurm = QProcessEnvironment::systemEnvironment();
        noSlurm.insert(QStringLiteral("PATH"), QStringLiteral("/nonexistent"));
        const Cli missing = runCli(sweep + kSlurm, noSlurm);
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("sbatch: cannot run it")), qPrintable(missing.err));
        QVERIFY(!std::filesystem::exists(dir));
    }
};

QTEST_GUILESS_MAIN(TstSlurm)
#include "tst_slurm.moc"
