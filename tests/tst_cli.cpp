// The headless front end as a user calls it: exit codes, one-line errors, --help everywhere.
#include "models/weights.h"
#include "testsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

class TstCli : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode;
        QString out, err;
    };

    static Result run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(MW_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            qFatal("mnist-workbench-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void verifyRealMnist()
    {
        MW_REQUIRE_MNIST();
        const Result r = run({QStringLiteral("verify"), QStringLiteral("--data"),
                              QString::fromStdString(mw::test::mnistFolder().string())});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("MNIST (verified): 60000 train + 10000 test digits")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void verifyByCatalogName()
    {
        MW_REQUIRE_MNIST();
        const Result r = run({QStringLiteral("verify"), QStringLiteral("--dataset"), QStringLiteral("mnist")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("(verified)")));
    }

    void verifyDamagedFolder()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        mw::test::writeSmallDataset(folder);
        auto labels = mw::test::readFile(folder / "t10k-labels-idx1-ubyte");
        labels.back() = 11;
        mw::test::writeFile(folder / "t10k-labels-idx1-ubyte", labels);
        const Result r = run({QStringLiteral("verify"), QStringLiteral("--data"), dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("t10k-labels-idx1-ubyte: label 11 at index 19 is outside 0-9")),
                 qPrintable(r.err));
    }

    void verifyCustomFolder()
    {
        QTemporaryDir dir;
        mw::test::writeSmallDataset(dir.path().toStdString(), 6000, 10);
        const Result r = run({QStringLiteral("verify"), QStringLiteral("--data"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("(custom): 6000 train + 10 test digits")), qPrintable(r.out));
    }

    void usageErrors()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("verify")}).exitCode, 2); // --data missing
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        const Result unknown = run({QStringLiteral("verify"), QStringLiteral("--dataset"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no dataset named \"nope\"")));
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--data"), QStringLiteral("/nonexistent")}).exitCode, 2);
    }

    void helpEverywhere()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("--help")},
                                        QStringList{QStringLiteral("datasets"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("verify"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("bench"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("models"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("embed"), QStringLiteral("--help")}}) {
            const Result r = run(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Usage")) || r.out.contains(QStringLiteral("usage")), qPrintable(r.out));
        }
    }

    void datasetsListsMnist()
    {
        MW_REQUIRE_MNIST();
        const Result r = run({QStringLiteral("datasets")});
        QCOMPARE(r.exitCode, 0);
        const auto line = r.out.split(QLatin1Char('\n')).filter(QStringLiteral("MNIST ")).value(0);
        QVERIFY2(line.contains(QStringLiteral("verified")) && line.contains(QStringLiteral("60000"))
                     && line.contains(QStringLiteral("10000")),
                 qPrintable(r.out));
        const Result json = run({QStringLiteral("datasets"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains(QStringLiteral("\"status\": \"verified\"")));
    }

    void modelsListsTheZoo()
    {
        const Result r = run({QStringLiteral("models"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QMap<QString, QJsonObject> byName;
        for (const auto &row : rows)
            byName.insert(row[QStringLiteral("name")].toString(), row.toObject());
        for (const char *name : {"resnet18", "resnet50", "inception_v3", "mobilenet_v1", "mobilenet_v2", "vgg16", "mlp",
                                 "dense32", "smallcnn", "cnn"})
            QVERIFY2(byName.contains(QLatin1String(name)), name);
        QCOMPARE(byName[QStringLiteral("resnet50")][QStringLiteral("feature_width")].toInt(), 2048);
        QCOMPARE(byName[QStringLiteral("inception_v3")][QStringLiteral("input_size")].toInt(), 75);
        // torchvision's resnet50 without its fc layer has 23,508,032 parameters; Keras' MobileNet without top 3,206,976
        // trainable (its "3,228,864" adds the BatchNorm moving statistics, which are buffers here).
        QCOMPARE(byName[QStringLiteral("resnet50")][QStringLiteral("parameters")][QStringLiteral("backbone")].toInteger(),
                 23508032);
        QCOMPARE(byName[QStringLiteral("mobilenet_v1")][QStringLiteral("parameters")][QStringLiteral("backbone")].toInteger(),
                 3206976);
        // The tutorial's MLP: 784*512+512 + 512*256+256 + 256*10+10.
        QCOMPARE(byName[QStringLiteral("mlp")][QStringLiteral("parameters")][QStringLiteral("total")].toInteger(), 535818);

        const Result table = run({QStringLiteral("models")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains(QStringLiteral("InceptionV3")) || table.out.contains(QStringLiteral("inception_v3")));
    }

    void embedWritesNpy()
    {
        MW_REQUIRE_MNIST();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("f.npy"));
        const Result r = run({QStringLiteral("embed"), QStringLiteral("--model"), QStringLiteral("resnet18"),
                              QStringLiteral("--dataset"), QStringLiteral("MNIST"), QStringLiteral("--split"),
                              QStringLiteral("test"), QStringLiteral("--limit"), QStringLiteral("6"),
                              QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\x93NUMPY\x01\x00"));
        const int headerLength = quint8(bytes[8]) | quint8(bytes[9]) << 8;
        const QByteArray header = bytes.mid(10, headerLength);
        QVERIFY2(header.contains("'descr': '<f4'") && header.contains("'shape': (6, 512)"), header.constData());
        QCOMPARE(bytes.size(), 10 + headerLength + 6 * 512 * 4);
        QCOMPARE((10 + headerLength) % 64, 0);
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    }

    // The CLI's features are torchvision's: weights as users have them (.pth) and as safetensors.
    void embedMatchesTorchvision()
    {
        MW_REQUIRE_MNIST();
        QTemporaryDir dir;
        const QString script = QFINDTESTDATA("fixtures/make_backbone_reference.py");
        QVERIFY(!script.isEmpty());
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {script, dir.path(), QString::fromStdString(mw::test::mnistFolder().string()),
                      QStringLiteral("mobilenet_v2")});
        QVERIFY(python.waitForFinished(300000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const std::filesystem::path folder = dir.path().toStdString();
        torch::Tensor reference;
        for (const auto &[name, tensor] : mw::core::readSafetensors(folder / "mobilenet_v2.features.safetensors"))
            if (name == "features")
                reference = tensor;
        QCOMPARE(reference.size(0), 4);

        for (const char *weights : {"mobilenet_v2.pth", "mobilenet_v2.safetensors"}) {
            const QString out = dir.filePath(QStringLiteral("f.npy"));
            const Result r = run({QStringLiteral("embed"), QStringLiteral("--model"), QStringLiteral("mobilenet_v2"),
                                  QStringLiteral("--weights"), dir.filePath(QLatin1String(weights)),
                                  QStringLiteral("--dataset"), QStringLiteral("MNIST"), QStringLiteral("--limit"),
                                  QStringLiteral("4"), QStringLiteral("--out"), out});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
            const auto bytes = mw::test::readFile(out.toStdString());
            const std::size_t dataStart = 10 + (bytes[8] | bytes[9] << 8);
            QCOMPARE(bytes.size(), dataStart + std::size_t(reference.numel()) * 4);
            const auto ours = torch::from_blob(const_cast<std::uint8_t *>(bytes.data() + dataStart),
                                               reference.sizes(), torch::kFloat32);
            const double relative = (ours - reference).abs().max().item<double>() / reference.abs().max().item<double>();
            QVERIFY2(relative < 1e-4, qPrintable(QStringLiteral("%1: relative difference %2").arg(QLatin1String(weights)).arg(relative)));
        }
    }

    void modelCommandErrors()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("f.npy"));
        const Result baseline = run({QStringLiteral("embed"), QStringLiteral("--model"), QStringLiteral("mlp"),
                                     QStringLiteral("--data"), dir.path(), QStringLiteral("--out"), out});
        QCOMPARE(baseline.exitCode, 2);
        QVERIFY2(baseline.err.contains(QStringLiteral("baseline")), qPrintable(baseline.err));

        const Result unknown = run({QStringLiteral("bench"), QStringLiteral("--model"), QStringLiteral("resnet99")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(QStringLiteral("unknown model \"resnet99\"")), qPrintable(unknown.err));

        const QString garbage = dir.filePath(QStringLiteral("weights.pth"));
        QFile g(garbage);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write(QByteArray(100, 'x'));
        g.close();
        mw::test::writeSmallDataset(dir.path().toStdString(), 100, 10);
        const Result bad = run({QStringLiteral("embed"), QStringLiteral("--model"), QStringLiteral("resnet18"),
                                QStringLiteral("--weights"), garbage, QStringLiteral("--data"), dir.path(),
                                QStringLiteral("--out"), out});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(bad.err.contains(garbage), qPrintable(bad.err));
        QVERIFY(!QFile::exists(out));
    }

    void benchModelWritesFigures()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("b.json"));
        const Result r = run({QStringLiteral("bench"), QStringLiteral("--model"), QStringLiteral("smallcnn"),
                              QStringLiteral("--batch-size"), QStringLiteral("8"), QStringLiteral("--steps"),
                              QStringLiteral("2"), QStringLiteral("--threads"), QStringLiteral("1"),
                              QStringLiteral("--json"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QVERIFY(o[QStringLiteral("inference_images_per_second")].toDouble() > 0);
        QVERIFY(o[QStringLiteral("train_images_per_second")].toDouble() > 0);
        QCOMPARE(o[QStringLiteral("threads")].toInt(), 1);
        QCOMPARE(o[QStringLiteral("device")].toString(), QStringLiteral("cpu"));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
