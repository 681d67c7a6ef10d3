// The weights catalog from the command line, against a real HTTP server on 127.0.0.1 (weightsserver.h): list, fetch, verified weights used by embed and train, refusals as one line, Ctrl+C.
#include "models/weights.h"
#include "testsupport.h"
#include "weightsserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>

namespace fs = std::filesystem;

class TstCliWeights : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode;
        QString out, err;
    };

    QTemporaryDir m_dir;
    mw::test::WeightsServer m_server, m_slowServer;
    QString m_url, m_slowUrl;
    QString m_mnist; // found before the test points the data folder at its own

    static Result run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(MW_CLI_PATH), args);
        if (!p.waitForFinished(300000))
            qFatal("mnist-workbench-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QString weightsDir() const { return m_dir.filePath(QStringLiteral("data/weights")); }

    static QString sha256(const QString &file)
    {
        QFile f(file);
        f.open(QIODevice::ReadOnly);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&f);
        return QString::fromLatin1(hash.result().toHex());
    }

private Q_SLOTS:
    void initTestCase()
    {
        MW_REQUIRE_MNIST();
        m_mnist = QString::fromStdString(mw::test::mnistFolder().string());
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("served")));
        // A torchvision MobileNetV2 state dict (BatchNorm statistics randomised) and its features on real digits.
        const QString problem = mw::test::runFixture(
            QStringLiteral("make_backbone_reference.py"),
            {m_dir.filePath(QStringLiteral("served")), m_mnist, QStringLiteral("mobilenet_v2")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString served = m_dir.filePath(QStringLiteral("served"));
        QString error = m_server.start(served);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_slowServer.start(served, {}, {QStringLiteral("--rate"), QStringLiteral("200000")});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_url = m_server.base();
        m_slowUrl = m_slowServer.base();

        const QString sha = sha256(m_dir.filePath(QStringLiteral("served/mobilenet_v2.pth")));
        auto entry = [](const QString &name, const QString &file, const QString &url, const QString &sha) {
            return QJsonObject{{QStringLiteral("name"), name},       {QStringLiteral("model"), QStringLiteral("mobilenet_v2")},
                               {QStringLiteral("format"), QStringLiteral("pth")}, {QStringLiteral("file"), file},
                               {QStringLiteral("url"), url},         {QStringLiteral("sha256"), sha},
                               {QStringLiteral("normalization"), QStringLiteral("imagenet")}};
        };
        const QJsonArray entries = {
            entry(QStringLiteral("mobilenet_v2.test"), QStringLiteral("mobilenet_v2.pth"),
                  m_url + QStringLiteral("/mobilenet_v2.pth"), sha),
            entry(QStringLiteral("mobilenet_v2.bad"), QStringLiteral("bad-copy.pth"),
                  m_url + QStringLiteral("/mobilenet_v2.pth"), QString(64, QLatin1Char('0'))),
            entry(QStringLiteral("mobilenet_v2.slow"), QStringLiteral("slow-copy.pth"),
                  m_slowUrl + QStringLiteral("/mobilenet_v2.pth"), sha)};
        QFile catalog(m_dir.filePath(QStringLiteral("catalog.json")));
        QVERIFY(catalog.open(QIODevice::WriteOnly));
        catalog.write(QJsonDocument(QJsonObject{{QStringLiteral("entries"), entries}}).toJson());
        catalog.close();
        // The CLI inherits these: its data folder, catalog and caches are the test's own.
        qputenv("MNIST_WORKBENCH_WEIGHTS_CATALOG", catalog.fileName().toUtf8());
        qputenv("MNIST_WORKBENCH_DATA_DIR", m_dir.filePath(QStringLiteral("data")).toUtf8());
        qputenv("TORCH_HOME", m_dir.filePath(QStringLiteral("torch")).toUtf8());
        qputenv("KERAS_HOME", m_dir.filePath(QStringLiteral("keras")).toUtf8());
    }

    void listShowsWhatIsAtHand()
    {
        const Result table = run({QStringLiteral("weights")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(QRegularExpression(QStringLiteral("mobilenet_v2.test +mobilenet_v2 +pth .*not downloaded"))),
                 qPrintable(table.out));
        QVERIFY2(table.out.contains(QRegularExpression(QStringLiteral("mobilenet_v1.keras_imagenet_notop +mobilenet_v1 +keras-h5"))),
                 qPrintable(table.out));
        const Result json = run({QStringLiteral("weights"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(rows.size() >= 14); // 11 shipped + 3 of the test's
        for (const auto &row : rows)
            if (row[QStringLiteral("name")] == QStringLiteral("resnet50.tv_imagenet1k_v2"))
                QCOMPARE(row[QStringLiteral("status")].toString(), QStringLiteral("not downloaded"));
    }

    // Fetched over HTTP, verified, then the features embed computes are torchvision's on the same digits.
    void fetchedWeightsAreTheServedOnes()
    {
        const Result fetch = run({QStringLiteral("weights"), QStringLiteral("fetch"), QStringLiteral("mobilenet_v2.test")});
        QVERIFY2(fetch.exitCode == 0, qPrintable(fetch.err));
        QVERIFY2(fetch.out.startsWith(QStringLiteral("mobilenet_v2.test: verified ")), qPrintable(fetch.out));
        QVERIFY(QFile::exists(weightsDir() + QStringLiteral("/mobilenet_v2.pth")));
        QVERIFY(!QFile::exists(weightsDir() + QStringLiteral("/mobilenet_v2.pth.part")));

        const QString out = m_dir.filePath(QStringLiteral("f.npy"));
        const Result embed = run({QStringLiteral("embed"), QStringLiteral("--model"), QStringLiteral("mobilenet_v2"),
                                  QStringLiteral("--weights"), QStringLiteral("mobilenet_v2.test"),
                                  QStringLiteral("--offline"), QStringLiteral("--data"), m_mnist, QStringLiteral("--limit"),
                                  QStringLiteral("4"), QStringLiteral("--normalization"), QStringLiteral("tutorial"),
                                  QStringLiteral("--out"), out});
        QVERIFY2(embed.exitCode == 0, qPrintable(embed.err));
        // The reference scaled to [-1, 1]; left to itself embed scales as the entry's weights were trained.
        QVERIFY2(embed.out.contains(QStringLiteral("tutorial normalization")), qPrintable(embed.out));
        torch::Tensor reference;
        for (const auto &[name, tensor] :
             mw::core::readSafetensors(m_dir.filePath(QStringLiteral("served/mobilenet_v2.features.safetensors")).toStdString()))
            if (name == "features")
                reference = tensor;
        const auto bytes = mw::test::readFile(out.toStdString());
        const std::size_t dataStart = 10 + (bytes[8] | bytes[9] << 8);
        QCOMPARE(bytes.size(), dataStart + std::size_t(reference.numel()) * 4);
        const auto ours = torch::from_blob(const_cast<std::uint8_t *>(bytes.data() + dataStart), reference.sizes(),
                                           torch::kFloat32);
        const double relative = (ours - reference).abs().max().item<double>() / reference.abs().max().item<double>();
        QVERIFY2(relative < 1e-4, qPrintable(QStringLiteral("relative difference %1").arg(relative)));
    }

    // A run started from a catalog name records the entry, the file and its SHA-256, and the entry's normalization.
    void trainRecordsTheEntry()
    {
        const QString data = m_dir.filePath(QStringLiteral("small"));
        mw::test::writeSmallDataset(data.toStdString(), 200, 40);
        const QString runDir = m_dir.filePath(QStringLiteral("run"));
        const Result r = run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("mobilenet_v2"),
                              QStringLiteral("--weights"), QStringLiteral("mobilenet_v2.test"), QStringLiteral("--data"),
                              data, QStringLiteral("--val-size"), QStringLiteral("20"), QStringLiteral("--epochs"),
                              QStringLiteral("1"), QStringLiteral("--finetune-epochs"), QStringLiteral("0"),
                              QStringLiteral("--out"), runDir});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile file(runDir + QStringLiteral("/result.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject result = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject source = result[QStringLiteral("weights_source")].toObject();
        QCOMPARE(source[QStringLiteral("name")].toString(), QStringLiteral("mobilenet_v2.test"));
        QCOMPARE(source[QStringLiteral("file")].toString(), weightsDir() + QStringLiteral("/mobilenet_v2.pth"));
        QCOMPARE(source[QStringLiteral("sha256")].toString(), sha256(m_dir.filePath(QStringLiteral("served/mobilenet_v2.pth"))));
        const QJsonObject config = result[QStringLiteral("config")].toObject();
        QCOMPARE(config[QStringLiteral("weights")].toString(), QStringLiteral("mobilenet_v2.test"));
        QCOMPARE(config[QStringLiteral("normalization")].toString(), QStringLiteral("imagenet"));
    }

    void refusalsAreOneLine()
    {
        const Result bad = run({QStringLiteral("weights"), QStringLiteral("fetch"), QStringLiteral("mobilenet_v2.bad")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.count(QStringLiteral("mnist-workbench-cli: ")), 1); // one error line after the progress lines
        QVERIFY2(bad.err.contains(QString(64, QLatin1Char('0'))), qPrintable(bad.err)); // the digest expected
        QVERIFY(!QFile::exists(weightsDir() + QStringLiteral("/bad-copy.pth")));
        QVERIFY(!QFile::exists(weightsDir() + QStringLiteral("/bad-copy.pth.part")));

        const Result unknown = run({QStringLiteral("weights"), QStringLiteral("fetch"), QStringLiteral("resnet18.nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown weights \"resnet18.nope\"")), qPrintable(unknown.err));

        const QString data = m_dir.filePath(QStringLiteral("small"));
        const Result offline = run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("resnet18"),
                                    QStringLiteral("--weights"), QStringLiteral("resnet18.tv_imagenet1k_v1"),
                                    QStringLiteral("--offline"), QStringLiteral("--data"), data});
        QCOMPARE(offline.exitCode, 2);
        QVERIFY2(offline.err.contains(QStringLiteral("weights fetch resnet18.tv_imagenet1k_v1")), qPrintable(offline.err));

        const Result wrongModel = run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("resnet18"),
                                       QStringLiteral("--weights"), QStringLiteral("mobilenet_v2.test"),
                                       QStringLiteral("--data"), data});
        QCOMPARE(wrongModel.exitCode, 2);
        QVERIFY2(wrongModel.err.contains(QStringLiteral("are for mobilenet_v2")), qPrintable(wrongModel.err));

        // Keras's VGG16 weights fit Keras's VGG16, not torchvision's.
        const Result keras = run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("vgg16"),
                                  QStringLiteral("--weights"), QStringLiteral("vgg16_keras.imagenet_notop"),
                                  QStringLiteral("--data"), data});
        QCOMPARE(keras.exitCode, 2);
        QVERIFY2(keras.err.contains(QStringLiteral("are for vgg16_keras, not vgg16")), qPrintable(keras.err));
    }

    // Ctrl+C stops a download at once with exit 130 and keeps the partial file for the next fetch.
    void ctrlCKeepsThePartialDownload()
    {
        QProcess p;
        p.start(QStringLiteral(MW_CLI_PATH), {QStringLiteral("weights"), QStringLiteral("fetch"), QStringLiteral("mobilenet_v2.slow")});
        QVERIFY(p.waitForStarted());
        const QString part = weightsDir() + QStringLiteral("/slow-copy.pth.part");
        QElapsedTimer waited;
        waited.start();
        while (QFileInfo(part).size() < 100000 && waited.elapsed() < 30000)
            QTest::qWait(100);
        QVERIFY2(QFileInfo(part).size() >= 100000, "the download did not start");
        ::kill(pid_t(p.processId()), SIGINT);
        QElapsedTimer stopping;
        stopping.start();
        QVERIFY(p.waitForFinished(10000));
        qInfo("stopped %lld ms after Ctrl+C", stopping.elapsed());
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("resume")), "no word on resuming");
        QVERIFY(QFileInfo(part).size() >= 100000);
        QVERIFY(!QFile::exists(weightsDir() + QStringLiteral("/slow-copy.pth")));
    }
};

QTEST_GUILESS_MAIN(TstCliWeights)
#include "tst_cli_weights.moc"
