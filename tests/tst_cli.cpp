// The headless front end as a user calls it: exit codes, one-line errors, --help everywhere.
#include "models/weights.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <set>

#include <signal.h>

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

    // The first training and test digits of a real set as a new MNIST-format folder: real digits, quick to test on.
    static void smallCopy(const std::filesystem::path &from, const std::filesystem::path &to, int nTrain, int nTest)
    {
        const auto data = mw::core::loadMnistFolder(from);
        std::filesystem::create_directories(to);
        auto write = [&](const mw::core::DigitSet &set, int n, const char *images, const char *labels) {
            const std::vector<std::uint8_t> pixels(set.images.begin(), set.images.begin() + n * 784);
            const std::vector<std::uint8_t> tags(set.labels.begin(), set.labels.begin() + n);
            mw::test::writeFile(to / images, mw::test::idxBytes(3, {std::uint32_t(n), 28, 28}, pixels));
            mw::test::writeFile(to / labels, mw::test::idxBytes(1, {std::uint32_t(n)}, tags));
        };
        write(data.train, nTrain, "train-images-idx3-ubyte", "train-labels-idx1-ubyte");
        write(data.test, nTest, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
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
        const QString problem = mw::test::runFixture(
            QStringLiteral("make_backbone_reference.py"),
            {dir.path(), QString::fromStdString(mw::test::mnistFolder().string()), QStringLiteral("mobilenet_v2")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
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

    // ---------------------------------------------------------------- experiments

    void recipesListsThem()
    {
        const Result r = run({QStringLiteral("recipes")});
        QCOMPARE(r.exitCode, 0);
        for (const char *name : {"keras-transfer", "mlp-vs-cnn", "mlp-vs-cnn-shifted", "vgg16-feature-extractor",
                                 "vgg16-partly-frozen", "from-scratch", "inception-fashion-augment"})
            QVERIFY2(r.out.contains(QLatin1String(name)), name);
        QVERIFY2(r.out.contains(QStringLiteral("resnet50_keras,inception_v3_keras,mobilenet_v1")), qPrintable(r.out));

        const Result json = run({QStringLiteral("recipes"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QCOMPARE(list.size(), 7);
        for (const auto &item : list) {
            const QJsonObject o = item.toObject();
            QVERIFY(!o[QStringLiteral("title")].toString().isEmpty());
            QVERIFY(!o[QStringLiteral("models")].toArray().isEmpty());
            QVERIFY(o[QStringLiteral("config")].isObject());
        }
    }

    void compareTwoBaselines()
    {
        MW_REQUIRE_MNIST();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("runs")), json = dir.filePath(QStringLiteral("cmp.json"));
        const Result r = run({QStringLiteral("compare"), QStringLiteral("--models"), QStringLiteral("dense32,mlp"),
                              QStringLiteral("--dataset"), QStringLiteral("MNIST"), QStringLiteral("--train-limit"),
                              QStringLiteral("1000"), QStringLiteral("--val-size"), QStringLiteral("1000"),
                              QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--lr"),
                              QStringLiteral("0.001"), QStringLiteral("--threads"), QStringLiteral("1"),
                              QStringLiteral("--out"), out, QStringLiteral("--json"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // The table: a header, one row per model with its accuracy and parameters, then the McNemar test.
        QVERIFY2(r.out.contains(QStringLiteral("MODEL")) && r.out.contains(QStringLiteral("TEST ACC")), qPrintable(r.out));
        // Baselines start from nothing: their WEIGHTS column is "-".
        static const QRegularExpression dense(QStringLiteral("\\ndense32 +\\d+\\.\\d\\d% .* 25,450/25,450  -\\n"));
        static const QRegularExpression mlp(QStringLiteral("\\nmlp +\\d+\\.\\d\\d% .* 535,818/535,818  -\\n"));
        QVERIFY2(dense.match(r.out).hasMatch() && mlp.match(r.out).hasMatch(), qPrintable(r.out));
        static const QRegularExpression pair(QStringLiteral("dense32 vs mlp +b +(\\d+) +c +(\\d+) +p = ([0-9.e+-]+)"));
        const auto printed = pair.match(r.out);
        QVERIFY2(printed.hasMatch(), qPrintable(r.out));

        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        const QJsonArray runs = o[QStringLiteral("runs")].toArray();
        QCOMPARE(runs.size(), 2);
        std::vector<std::set<int>> wrong;
        for (const auto &item : runs) {
            const QJsonObject entry = item.toObject(), result = entry[QStringLiteral("result")].toObject();
            // Each run wrote its own folder, as train does.
            QVERIFY(QFile::exists(entry[QStringLiteral("run_folder")].toString() + QStringLiteral("/result.json")));
            QVERIFY(entry[QStringLiteral("run_folder")].toString().startsWith(out));
            // The same digits, order and seed for both.
            QCOMPARE(result[QStringLiteral("config")][QStringLiteral("train_limit")].toInt(), 1000);
            QCOMPARE(result[QStringLiteral("seed")].toInteger(), 0);
            std::set<int> misclassified;
            for (const auto &i : result[QStringLiteral("misclassified")].toArray())
                misclassified.insert(i.toInt());
            wrong.push_back(misclassified);
        }
        // McNemar's counts are the digits only one of the two got wrong; the p-value is a probability.
        int onlyFirst = 0, onlySecond = 0;
        for (int i : wrong[0])
            onlyFirst += !wrong[1].count(i);
        for (int i : wrong[1])
            onlySecond += !wrong[0].count(i);
        const QJsonObject test = o[QStringLiteral("mcnemar")].toArray().at(0).toObject();
        QCOMPARE(test[QStringLiteral("only_first_wrong")].toInt(), onlyFirst);
        QCOMPARE(test[QStringLiteral("only_second_wrong")].toInt(), onlySecond);
        QCOMPARE(printed.captured(1).toInt(), onlyFirst);
        QCOMPARE(printed.captured(2).toInt(), onlySecond);
        const double p = test[QStringLiteral("p_value")].toDouble();
        QVERIFY(p >= 0 && p <= 1);
        QVERIFY(onlyFirst + onlySecond > 0);
    }

    // Without a recipe and without --lr, each model starts from its own kind's rate: one compare holds both.
    void compareGivesEachKindItsLearningRate()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("cmp.json"));
        const std::filesystem::path small = dir.filePath(QStringLiteral("mnist-small")).toStdString();
        MW_REQUIRE_MNIST();
        smallCopy(mw::test::mnistFolder(), small, 400, 200);
        const Result r = run({QStringLiteral("compare"), QStringLiteral("--models"), QStringLiteral("dense32,resnet18"),
                              QStringLiteral("--data"), QString::fromStdString(small.string()), QStringLiteral("--val-size"),
                              QStringLiteral("100"), QStringLiteral("--head-epochs"), QStringLiteral("1"),
                              QStringLiteral("--finetune-epochs"), QStringLiteral("0"), QStringLiteral("--threads"),
                              QStringLiteral("1"), QStringLiteral("--out"), dir.filePath(QStringLiteral("runs")),
                              QStringLiteral("--json"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QMap<QString, double> rates;
        for (const auto &item : QJsonDocument::fromJson(f.readAll()).object()[QStringLiteral("runs")].toArray()) {
            const QJsonObject o = item.toObject();
            rates[o[QStringLiteral("model")].toString()] = o[QStringLiteral("result")].toObject()[QStringLiteral(
                "config")].toObject()[QStringLiteral("head")].toObject()[QStringLiteral("learning_rate")].toDouble();
        }
        QCOMPARE(rates.value(QStringLiteral("dense32")), 1e-3);
        QCOMPARE(rates.value(QStringLiteral("resnet18")), 1e-4);
    }

    void compareShortensARecipe()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(QStringLiteral("cmp.json"));
        // The recipe's MNIST, cut down to real digits that a LeNet evaluates in seconds on one thread.
        const std::filesystem::path small = dir.filePath(QStringLiteral("mnist-small")).toStdString();
        MW_REQUIRE_MNIST();
        smallCopy(mw::test::mnistFolder(), small, 1000, 500);
        const Result r = run({QStringLiteral("compare"), QStringLiteral("--recipe"), QStringLiteral("from-scratch"),
                              QStringLiteral("--data"), QString::fromStdString(small.string()),
                              QStringLiteral("--train-limit"), QStringLiteral("300"), QStringLiteral("--val-size"),
                              QStringLiteral("300"), QStringLiteral("--head-epochs"), QStringLiteral("1"),
                              QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"),
                              dir.filePath(QStringLiteral("runs")), QStringLiteral("--json"), json});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("recipe from-scratch: mnist-small, standard split, seed 0, first 300 "
                                               "training digits")),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("dense32 vs cnn")));
        QFile f(json);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(o[QStringLiteral("recipe")].toString(), QStringLiteral("from-scratch"));
        const QJsonArray runs = o[QStringLiteral("runs")].toArray();
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs[0].toObject()[QStringLiteral("model")].toString(), QStringLiteral("dense32"));
        for (const auto &item : runs) {
            const QJsonObject config = item.toObject()[QStringLiteral("result")].toObject()[QStringLiteral("config")].toObject();
            // The flags shortened it; everything else is the recipe's.
            QCOMPARE(config[QStringLiteral("head")].toObject()[QStringLiteral("epochs")].toInt(), 1);
            QCOMPARE(config[QStringLiteral("train_limit")].toInt(), 300);
            QCOMPARE(config[QStringLiteral("batch_size")].toInt(), 128);
            QCOMPARE(config[QStringLiteral("head")].toObject()[QStringLiteral("learning_rate")].toDouble(), 1e-3);
            QCOMPARE(config[QStringLiteral("head")].toObject()[QStringLiteral("patience")].toInt(), 5);
        }
    }

    void compareErrors()
    {
        auto expect = [](const QStringList &args, const char *fragment) {
            const Result r = run(args);
            QVERIFY2(r.exitCode == 2, qPrintable(args.join(QLatin1Char(' '))));
            QVERIFY2(r.err.contains(QLatin1String(fragment)), qPrintable(r.err));
            QVERIFY(!r.out.contains(QStringLiteral("epoch")));
        };
        const QString compare = QStringLiteral("compare");
        expect({compare, QStringLiteral("--recipe"), QStringLiteral("nope")}, "unknown recipe \"nope\"");
        expect({compare, QStringLiteral("--recipe"), QStringLiteral("mlp-vs-cnn"), QStringLiteral("--models"),
                QStringLiteral("mlp")},
               "excludes");
        expect({compare, QStringLiteral("--models"), QStringLiteral("mlp,cnn")}, "--dataset");
        expect({compare, QStringLiteral("--models"), QStringLiteral("mlp,resnet99"), QStringLiteral("--dataset"),
                QStringLiteral("MNIST")},
               "unknown model \"resnet99\"");
        expect({compare, QStringLiteral("--models"), QStringLiteral("resnet18,mobilenet_v1"), QStringLiteral("--dataset"),
                QStringLiteral("MNIST"), QStringLiteral("--weights"), QStringLiteral("w.pth")},
               "as MODEL=FILE");
        expect({compare, QStringLiteral("--recipe"), QStringLiteral("mlp-vs-cnn"), QStringLiteral("--lr=-1")},
               "--lr-head must be a positive number");
        expect({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("mlp"), QStringLiteral("--dataset"),
                QStringLiteral("MNIST"), QStringLiteral("--shift-canvas"), QStringLiteral("20")},
               "--shift-canvas must be 0 (off)");
        expect({QStringLiteral("pretrain"), QStringLiteral("--model"), QStringLiteral("mlp"), QStringLiteral("--dataset"),
                QStringLiteral("MNIST"), QStringLiteral("--out"), QStringLiteral("/tmp/x.safetensors")},
               "needs a backbone");
    }

    // Pretraining on a few hundred real Fashion-MNIST digits, then a transfer run that starts from those weights.
    void pretrainThenTransfer()
    {
        const std::filesystem::path fashion = "/usr/share/datasets/fashion-mnist";
        if (!std::filesystem::exists(fashion / "train-images-idx3-ubyte.gz"))
            QFAIL("Debian's Fashion-MNIST (dataset-fashion-mnist) is not installed: run ./workbench.sh test");
        QTemporaryDir dir;
        const std::filesystem::path small = dir.filePath(QStringLiteral("fashion-small")).toStdString();
        smallCopy(fashion, small, 456, 200);
        const QString weights = dir.filePath(QStringLiteral("fashion-mobilenet.safetensors"));
        const QString data = QString::fromStdString(small.string());
        const Result pre = run({QStringLiteral("pretrain"), QStringLiteral("--model"), QStringLiteral("mobilenet_v1"),
                                QStringLiteral("--data"), data, QStringLiteral("--val-size"), QStringLiteral("200"),
                                QStringLiteral("--epochs"), QStringLiteral("2"), QStringLiteral("--threads"),
                                QStringLiteral("1"), QStringLiteral("--out"), weights});
        QVERIFY2(pre.exitCode == 0, qPrintable(pre.err + pre.out));
        QVERIFY2(pre.out.contains(QStringLiteral("pretrained mobilenet_v1 on fashion-small")), qPrintable(pre.out));

        // Safetensors: the backbone alone, with torchvision-style names, and metadata saying how it was made.
        QFile f(weights);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        const QByteArray sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        QVERIFY2(pre.out.contains(QString::fromLatin1(sha256)), qPrintable(pre.out));
        quint64 headerLength = 0;
        for (int i = 0; i < 8; ++i)
            headerLength |= quint64(quint8(bytes[i])) << (8 * i);
        const QJsonObject header = QJsonDocument::fromJson(bytes.mid(8, qsizetype(headerLength))).object();
        const QJsonObject about = QJsonDocument::fromJson(
            header[QStringLiteral("__metadata__")].toObject()[QStringLiteral("mnist_workbench_pretrain")].toString().toUtf8()).object();
        QCOMPARE(about[QStringLiteral("model")].toString(), QStringLiteral("mobilenet_v1"));
        QCOMPARE(about[QStringLiteral("dataset")].toString(), QStringLiteral("fashion-small"));
        QCOMPARE(about[QStringLiteral("input_size")].toInt(), 32);
        QVERIFY(about[QStringLiteral("epochs")].toInt() >= 1);
        QVERIFY(about[QStringLiteral("test_accuracy")].isDouble());
        int tensors = 0;
        for (auto it = header.begin(); it != header.end(); ++it) {
            if (it.key() == QStringLiteral("__metadata__"))
                continue;
            ++tensors;
            QVERIFY2(it.key().startsWith(QStringLiteral("features.")), qPrintable(it.key()));
        }

        // train --weights loads every tensor and records the file with its SHA-256.
        const QString json = dir.filePath(QStringLiteral("transfer.json"));
        const Result transfer = run({QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("mobilenet_v1"),
                                     QStringLiteral("--weights"), weights, QStringLiteral("--data"), data,
                                     QStringLiteral("--val-size"), QStringLiteral("200"), QStringLiteral("--epochs"),
                                     QStringLiteral("1"), QStringLiteral("--finetune-epochs"), QStringLiteral("0"),
                                     QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"),
                                     dir.filePath(QStringLiteral("run")), QStringLiteral("--json"), json});
        QVERIFY2(transfer.exitCode == 0, qPrintable(transfer.err));
        QVERIFY2(transfer.out.contains(QStringLiteral("%1 tensors loaded").arg(tensors)), qPrintable(transfer.out));
        QFile g(json);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QJsonObject source = QJsonDocument::fromJson(g.readAll()).object()[QStringLiteral("weights_source")].toObject();
        QCOMPARE(source[QStringLiteral("file")].toString(), weights);
        QCOMPARE(source[QStringLiteral("sha256")].toString(), QString::fromLatin1(sha256));
    }

    void ctrlCStopsTrainingWith130AndResumeGoesOn()
    {
        MW_REQUIRE_MNIST();
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("run"));
        QProcess p;
        p.start(QStringLiteral(MW_CLI_PATH),
                {QStringLiteral("train"), QStringLiteral("--model"), QStringLiteral("mlp"), QStringLiteral("--dataset"),
                 QStringLiteral("MNIST"), QStringLiteral("--train-limit"), QStringLiteral("2000"),
                 QStringLiteral("--val-size"), QStringLiteral("1000"), QStringLiteral("--epochs"), QStringLiteral("20"),
                 QStringLiteral("--patience"),
                 QStringLiteral("0"), QStringLiteral("--lr"), QStringLiteral("0.001"), QStringLiteral("--threads"),
                 QStringLiteral("1"), QStringLiteral("--out"), out});
        QVERIFY(p.waitForStarted());
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        while (!output.contains("train    epoch   1") && timer.elapsed() < 60000) {
            p.waitForReadyRead(1000);
            output += p.readAllStandardOutput();
        }
        QVERIFY2(output.contains("train    epoch   1"), output.constData());
        ::kill(pid_t(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 130);
        const QString said = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(said.contains(QStringLiteral("cancelled")) && said.contains(QStringLiteral("mnist-workbench-cli resume")),
                 qPrintable(said));
        // The run so far is kept, whole: its result says cancelled, with the best checkpoint beside it.
        QFile f(out + QStringLiteral("/result.json"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject result = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(result[QStringLiteral("cancelled")].toBool(), true);
        const qsizetype before = result[QStringLiteral("epochs")].toArray().size();
        QVERIFY(before >= 1 && before < 20);
        QVERIFY(QFile::exists(out + QStringLiteral("/best.safetensors")));

        // resume goes on with it in its folder, to the end the run would have had.
        QProcess r;
        r.start(QStringLiteral(MW_CLI_PATH), {QStringLiteral("resume"), out});
        QVERIFY(r.waitForFinished(300000));
        const QString log = QString::fromUtf8(r.readAllStandardOutput());
        QVERIFY2(r.exitCode() == 0, qPrintable(log + QString::fromUtf8(r.readAllStandardError())));
        QVERIFY2(log.contains(QStringLiteral("resumed from the run's last saved state")), qPrintable(log));
        f.close();
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject resumed = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(resumed[QStringLiteral("cancelled")].toBool(), false);
        QCOMPARE(resumed[QStringLiteral("epochs")].toArray().size(), 20);
        QVERIFY(resumed[QStringLiteral("test_accuracy")].toDouble() > 0.85);
        QVERIFY(!QFile::exists(out + QStringLiteral("/resume.pt")));

        // A run that ended has nothing to resume: exit 2, one line, the folder untouched.
        QProcess again;
        again.start(QStringLiteral(MW_CLI_PATH), {QStringLiteral("resume"), out});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 2);
        QVERIFY(QString::fromUtf8(again.readAllStandardError()).contains(QStringLiteral("nothing to resume")));
        QVERIFY(QFile::exists(out + QStringLiteral("/result.json")));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
