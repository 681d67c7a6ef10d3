// Faults a machine really has, as the CLI meets them: a full disk (while a run, embed or a weights download writes)
// and a read-only run store (small tmpfs mounts made by the test, as root), and a run killed (SIGKILL) at random
// moments. Each failure is one line naming the file, what was there before stays intact, and nothing half-written is
// ever read back as good: every run a listing shows loads, and an interrupted one resumes to the end.
#include "testsupport.h"
#include "weightsserver.h"
#include "errors.h"
#include "training/runstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/mount.h>
#include <unistd.h>

namespace fs = std::filesystem;

class TstFaults : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode;
        QString out, err;
    };

    QTemporaryDir m_dir;
    QString m_data;  // a small MNIST-format folder of real digits' shape (generated)
    QString m_mount; // the tmpfs of the current test, empty when none

    static Result run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(MW_CLI_PATH), args);
        if (!p.waitForFinished(300000))
            qFatal("mnist-workbench-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QStringList trainArgs(const QString &model, const QString &data, const QString &out, int epochs = 1)
    {
        return {QStringLiteral("train"), QStringLiteral("--model"), model, QStringLiteral("--data"), data,
                QStringLiteral("--val-size"), QStringLiteral("100"), QStringLiteral("--epochs"),
                QString::number(epochs), QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), out};
    }

    // A tmpfs of `kilobytes` at <temp>/<name>: the disk the test fills or makes read-only. Skips without root.
    bool mountSmallDisk(const QString &name, int kilobytes)
    {
        m_mount = m_dir.filePath(name);
        QDir().mkpath(m_mount);
        const QByteArray options = "size=" + QByteArray::number(kilobytes) + "k";
        if (::mount("tmpfs", m_mount.toLocal8Bit().constData(), "tmpfs", 0, options.constData()) != 0) {
            m_mount.clear();
            return false;
        }
        return true;
    }

    // Fills the mounted disk up to `leaveKilobytes` free.
    void fill(int leaveKilobytes)
    {
        QFile filler(m_mount + QStringLiteral("/filler"));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(1024, 'f');
        const fs::space_info space = fs::space(m_mount.toStdString());
        for (std::uintmax_t i = 0; i + std::uintmax_t(leaveKilobytes) < space.available / 1024; ++i)
            if (filler.write(block) != block.size())
                break;
    }

    static QByteArray sha256(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }

    // Every run the listing shows loads; returns how many there are.
    static int everyListedRunLoads(const QString &runs)
    {
        int n = 0;
        for (const mw::core::RunEntry &entry : mw::core::listRuns(runs.toStdString())) {
            try {
                mw::core::loadRun(entry);
            } catch (const std::exception &e) {
                QTest::qFail(qPrintable(QStringLiteral("listed run does not load: %1").arg(QString::fromUtf8(e.what()))),
                             __FILE__, __LINE__);
            }
            ++n;
        }
        return n;
    }

#define MW_NEED_A_SMALL_DISK(name, kb)                                                                                  \
    if (!mountSmallDisk(QStringLiteral(name), kb))                                                                     \
        QSKIP("mounting a tmpfs needs root (CAP_SYS_ADMIN): the fault tests run as root, as CI does");

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("digits"));
        mw::test::writeSmallDataset(m_data.toStdString(), 1000, 100);
    }

    void cleanup()
    {
        qunsetenv("MNIST_WORKBENCH_WEIGHTS_CATALOG");
        qunsetenv("MNIST_WORKBENCH_DATA_DIR");
        if (!m_mount.isEmpty())
            ::umount2(m_mount.toLocal8Bit().constData(), MNT_DETACH);
        m_mount.clear();
    }

    // The disk fills while a run writes its checkpoint: one line naming the file and the reason; the run that was
    // there before still loads with the same result; nothing half-written is listed.
    void fullDiskDuringARun()
    {
        MW_NEED_A_SMALL_DISK("full", 2048);
        const QString runs = m_mount + QStringLiteral("/runs");
        QVERIFY(QDir().mkpath(runs));
        const Result before = run(trainArgs(QStringLiteral("dense32"), m_data, runs + QStringLiteral("/before")));
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        const QByteArray resultBefore = sha256(runs + QStringLiteral("/before/result.json"));

        fill(300); // the LeNet-style CNN's checkpoint is 3.5 MB
        const Result full = run(trainArgs(QStringLiteral("cnn"), m_data, runs + QStringLiteral("/cnn")));
        QCOMPARE(full.exitCode, 2);
        const QStringList lines = full.err.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines[0].contains(runs + QStringLiteral("/cnn")) && lines[0].contains(QStringLiteral("No space left")),
                 qPrintable(lines[0]));
        QCOMPARE(sha256(runs + QStringLiteral("/before/result.json")), resultBefore);
        QCOMPARE(everyListedRunLoads(runs), 1);
    }

    // A run store that became read-only: one line, and the runs in it are as they were.
    void readOnlyRunStore()
    {
        MW_NEED_A_SMALL_DISK("readonly", 4096);
        const QString runs = m_mount + QStringLiteral("/runs");
        QVERIFY(QDir().mkpath(runs));
        QCOMPARE(run(trainArgs(QStringLiteral("dense32"), m_data, runs + QStringLiteral("/before"))).exitCode, 0);
        QVERIFY(::mount(nullptr, m_mount.toLocal8Bit().constData(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) == 0);
        const Result ro = run(trainArgs(QStringLiteral("dense32"), m_data, runs + QStringLiteral("/after")));
        QCOMPARE(ro.exitCode, 2);
        QCOMPARE(ro.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(ro.err.contains(QStringLiteral("Read-only file system")), qPrintable(ro.err));
        QCOMPARE(everyListedRunLoads(runs), 1);
    }

    // embed's .npy on a full disk: one line with the reason; the file that was there is untouched.
    void fullDiskKeepsThePreviousFeatures()
    {
        MW_NEED_A_SMALL_DISK("npy", 2048);
        const QString out = m_mount + QStringLiteral("/features.npy");
        const QString data = m_dir.filePath(QStringLiteral("digits-5100")); // embed uses the standard split
        mw::test::writeSmallDataset(data.toStdString(), 5100, 100);
        const QStringList embed = {QStringLiteral("embed"), QStringLiteral("--model"), QStringLiteral("resnet18"),
                                   QStringLiteral("--data"), data, QStringLiteral("--split"), QStringLiteral("train"), QStringLiteral("--out"), out, QStringLiteral("--limit")};
        const Result first = run(embed + QStringList{QStringLiteral("10")});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        const QByteArray before = sha256(out);
        fill(100);
        const Result full = run(embed + QStringList{QStringLiteral("100")}); // 100 x 512 floats: 200 KB
        QCOMPARE(full.exitCode, 2);
        QVERIFY2(full.err.contains(out) && full.err.contains(QStringLiteral("No space left")), qPrintable(full.err));
        QCOMPARE(sha256(out), before);
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    }

    // A weights download that fills the disk: one line with the system's reason; a file downloaded before stays
    // verified, and the partial one is never taken for the file (it waits, as a .part, to resume).
    void fullDiskDuringADownload()
    {
        MW_NEED_A_SMALL_DISK("download", 1024);
        const QString served = m_dir.filePath(QStringLiteral("served"));
        QVERIFY(QDir().mkpath(served));
        QString catalog = QStringLiteral("{\"entries\": [");
        for (const auto &[name, size] : {std::pair{QStringLiteral("small"), 50'000}, std::pair{QStringLiteral("big"), 600'000}}) {
            const QByteArray bytes = mw::test::randomBytes(size, quint32(size));
            QFile f(served + QLatin1Char('/') + name + QStringLiteral(".pth"));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size());
            f.close();
            catalog += QStringLiteral("%1{\"name\": \"resnet18.%2\", \"model\": \"resnet18\", \"format\": \"pth\", "
                                      "\"file\": \"%2.pth\", \"url\": \"URL/%2.pth\", \"sha256\": \"%3\"}")
                           .arg(name == QStringLiteral("big") ? QStringLiteral(",") : QString(), name,
                                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        }
        mw::test::WeightsServer server;
        const QString error = server.start(served);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile file(m_dir.filePath(QStringLiteral("catalog.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QString(catalog + QStringLiteral("]}")).replace(QStringLiteral("URL"), server.base()).toUtf8());
        file.close();
        qputenv("MNIST_WORKBENCH_WEIGHTS_CATALOG", file.fileName().toUtf8());
        qputenv("MNIST_WORKBENCH_DATA_DIR", m_mount.toUtf8());
        auto weights = [](const QStringList &args) { return run(QStringList{QStringLiteral("weights")} + args); };

        QCOMPARE(weights({QStringLiteral("fetch"), QStringLiteral("resnet18.small")}).exitCode, 0);
        fill(200);
        const Result full = weights({QStringLiteral("fetch"), QStringLiteral("resnet18.big")});
        QCOMPARE(full.exitCode, 2);
        QCOMPARE(full.err.count(QStringLiteral("mnist-workbench-cli: ")), 1);
        QVERIFY2(full.err.contains(QStringLiteral("No space left")), qPrintable(full.err));
        const Result list = weights({QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        QMap<QString, QString> status;
        for (const auto &row : QJsonDocument::fromJson(list.out.toUtf8()).array())
            status[row[QStringLiteral("name")].toString()] = row[QStringLiteral("status")].toString();
        QCOMPARE(status[QStringLiteral("resnet18.small")], QStringLiteral("verified"));
        QCOMPARE(status[QStringLiteral("resnet18.big")], QStringLiteral("not downloaded"));
    }

    // Killed at random moments (20 times, each at its own time): every run left behind is listed as finished or as
    // interrupted, loads, and an interrupted one resumes to the end.
    void killedRunsLoadOrResume()
    {
        const QString runs = m_dir.filePath(QStringLiteral("killed"));
        QVERIFY(QDir().mkpath(runs));
        auto start = [&](int i, QProcess &p) {
            p.start(QStringLiteral(MW_CLI_PATH), trainArgs(QStringLiteral("cnn"), m_data,
                                                           runs + QStringLiteral("/run%1").arg(i, 2, 10, QLatin1Char('0')), 4)
                                                     + QStringList{QStringLiteral("--train-limit"), QStringLiteral("500")});
            return p.waitForStarted();
        };
        // One run to the end says how long a run takes here; the kills land anywhere from its start to past its end.
        QElapsedTimer whole;
        whole.start();
        {
            QProcess p;
            QVERIFY(start(0, p));
            QVERIFY(p.waitForFinished(300000) && p.exitCode() == 0);
        }
        const int duration = int(whole.elapsed());
        QRandomGenerator random(20261203); // the same moments every time, printed below
        int finished = 0, interrupted = 0;
        for (int i = 1; i < 20; ++i) {
            QProcess p;
            QVERIFY(start(i, p));
            const int after = int(duration * (0.1 + random.bounded(1.0)));
            if (!p.waitForFinished(after)) {
                ::kill(pid_t(p.processId()), SIGKILL);
                QVERIFY(p.waitForFinished(10000));
            }
            qInfo("run %d: killed after %d ms of a %d ms run (%s)", i, after, duration,
                  p.exitStatus() == QProcess::CrashExit ? "killed" : "had finished");
        }
        for (const mw::core::RunEntry &entry : mw::core::listRuns(runs.toStdString())) {
            mw::core::RunResult result;
            try {
                result = mw::core::loadRun(entry);
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("%1 is listed but does not load: %2")
                                     .arg(QString::fromStdString(entry.dir.string()), QString::fromUtf8(e.what()))));
            }
            if (!entry.interrupted) {
                ++finished;
                continue;
            }
            ++interrupted;
            const Result resumed = run({QStringLiteral("resume"), QString::fromStdString(entry.dir.string())});
            QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        }
        // Killed before its first epoch was saved: a .part without resume state, which the listing leaves out.
        const int unsaved = 20 - finished - interrupted;
        qInfo("20 runs: %d finished, %d interrupted and resumed, %d killed before anything was saved", finished,
              interrupted, unsaved);
        QVERIFY(interrupted > 0); // the moments were chosen so that some kills land mid-run
        for (const mw::core::RunEntry &entry : mw::core::listRuns(runs.toStdString())) {
            QVERIFY(!entry.interrupted);
            try {
                QVERIFY(mw::core::loadRun(entry).testAccuracy.has_value());
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("%1 does not load after its resume: %2")
                                     .arg(QString::fromStdString(entry.dir.string()), QString::fromUtf8(e.what()))));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstFaults)
#include "tst_faults.moc"
