// IDX reader and dataset catalog: real MNIST (raw and gzip) and every kind of damaged file.
#include "data/catalog.h"
#include "data/sha256.h"
#include "errors.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace mw::core;
using mw::test::idxBytes;
using mw::test::writeFile;

class TstIdx : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void sha256KnownAnswers()
    {
        Sha256 empty;
        QCOMPARE(empty.hexDigest(), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        Sha256 abc; // fed in pieces, across a block boundary
        const std::string text(1000, 'a');
        abc.update(text.data(), 3);
        abc.update(text.data() + 3, 997);
        QCOMPARE(abc.hexDigest(), std::string("41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"));
    }

    void realMnist()
    {
        MW_REQUIRE_MNIST();
        const Dataset d = loadDataset(mw::test::mnistFolder());
        QCOMPARE(d.name, std::string("MNIST"));
        QVERIFY(d.verified);
        QCOMPARE(d.status(), std::string("verified"));
        QCOMPARE(d.data.train.count, 60000);
        QCOMPARE(d.data.test.count, 10000);
        QCOMPARE(d.data.train.images.size(), std::size_t(60000) * 784);
        const int firstTrain[] = {5, 0, 4, 1, 9}, firstTest[] = {7, 2, 1, 0, 4};
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(int(d.data.train.labels[i]), firstTrain[i]);
            QCOMPARE(int(d.data.test.labels[i]), firstTest[i]);
        }
        // The published class histograms of MNIST.
        const std::array<int, 10> trainHist = {5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949};
        const std::array<int, 10> testHist = {980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009};
        std::array<int, 10> train{}, test{};
        for (auto l : d.data.train.labels)
            ++train[l];
        for (auto l : d.data.test.labels)
            ++test[l];
        QCOMPARE(train, trainHist);
        QCOMPARE(test, testHist);
        // Pixel data as stored: the first training digit (a 5) has ink in its middle rows, none in the corners.
        const std::uint8_t *five = d.data.train.image(0);
        QCOMPARE(int(five[0]), 0);
        QVERIFY(std::accumulate(five, five + 784, 0) > 20000);
    }

    void realMnistGzipHashesTheSame()
    {
        MW_REQUIRE_MNIST();
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        for (IdxRole role : kIdxRoles) {
            const auto source = findIdxFile(mw::test::mnistFolder(), role);
            writeFile(folder / (idxBaseName(role) + ".gz"), mw::test::readFile(source), true);
        }
        const Dataset d = loadDataset(folder);
        QVERIFY2(d.verified, "gzip-compressed MNIST must verify by the checksums of its content");
        QCOMPARE(d.name, std::string("MNIST"));
        QCOMPARE(d.data.test.labels[0], std::uint8_t(7));
    }

    void fashionMnistFromDebian()
    {
        const std::filesystem::path folder = "/usr/share/datasets/fashion-mnist";
        if (!std::filesystem::exists(folder))
            QSKIP("Debian's dataset-fashion-mnist is not installed");
        const Dataset d = loadDataset(folder);
        QCOMPARE(d.name, std::string("Fashion-MNIST"));
        QVERIFY(d.verified);
        QCOMPARE(d.data.total(), 70000);
    }

    void catalogFindsMnist()
    {
        MW_REQUIRE_MNIST();
        const auto found = discoverDatasets();
        const bool hasMnist = std::any_of(found.begin(), found.end(), [](const DatasetLocation &l) {
            return l.name == "MNIST" && l.folder == mw::test::mnistFolder();
        });
        QVERIFY(hasMnist);
    }

    void customFolderLoads()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = std::filesystem::path(dir.path().toStdString()) / "my-digits";
        mw::test::writeSmallDataset(folder, 30, 10, true);
        const Dataset d = loadDataset(folder);
        QVERIFY(!d.verified);
        QCOMPARE(d.status(), std::string("custom"));
        QCOMPARE(d.name, std::string("my-digits"));
        QCOMPARE(d.data.train.count, 30);
        QCOMPARE(d.data.label(35), 5); // test digit 5 of 10 has global index 35
        QCOMPARE(int(d.data.image(31)[0]), 31);
    }

    void dottedNamesAccepted()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        mw::test::writeSmallDataset(folder);
        std::filesystem::rename(folder / "train-images-idx3-ubyte", folder / "train-images.idx3-ubyte");
        QCOMPARE(loadDataset(folder).data.train.count, 100);
    }

    void progressRunsToTheEnd()
    {
        QTemporaryDir dir;
        mw::test::writeSmallDataset(dir.path().toStdString());
        std::vector<double> seen;
        loadMnistFolder(dir.path().toStdString(), [&](double f) { seen.push_back(f); });
        QVERIFY(!seen.empty());
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.back(), 1.0);
    }

    void badInput_data()
    {
        QTest::addColumn<QString>("file");     // which file of the folder is damaged
        QTest::addColumn<QByteArray>("bytes"); // its new content (hex-free: raw bytes)
        QTest::addColumn<bool>("gzip");
        QTest::addColumn<QString>("problem"); // must appear in the message

        auto bytes = [](const std::vector<std::uint8_t> &v) {
            return QByteArray(reinterpret_cast<const char *>(v.data()), qsizetype(v.size()));
        };
        const std::vector<std::uint8_t> pixels(100 * 784, 7);
        const std::vector<std::uint8_t> labels(100, 3);
        const auto images = idxBytes(3, {100, 28, 28}, pixels);

        QTest::newRow("empty file") << "train-images-idx3-ubyte" << QByteArray() << false << "empty file";
        QTest::newRow("truncated header") << "train-images-idx3-ubyte" << bytes({0, 0, 8, 3, 0, 0}) << false
                                          << "truncated IDX header";
        QTest::newRow("wrong magic") << "train-images-idx3-ubyte" << QByteArray("PK\x03\x04 this is a zip file", 24)
                                     << false << "wrong magic number";
        QTest::newRow("labels where images belong") << "train-images-idx3-ubyte" << bytes(idxBytes(1, {100}, labels))
                                                    << false << "has 1 dimensions, expected 3";
        QTest::newRow("truncated images")
            << "train-images-idx3-ubyte" << bytes(std::vector<std::uint8_t>(images.begin(), images.end() - 500))
            << false << "truncated";
        QTest::newRow("header counts far larger than the data")
            << "train-images-idx3-ubyte" << bytes(idxBytes(3, {4000000000u, 28, 28}, pixels)) << false
            << "truncated: header declares";
        QTest::newRow("trailing data") << "train-labels-idx1-ubyte"
                                       << bytes(idxBytes(1, {100}, std::vector<std::uint8_t>(101, 1))) << false
                                       << "more data than its header declares";
        QTest::newRow("image/label count mismatch")
            << "train-labels-idx1-ubyte" << bytes(idxBytes(1, {99}, std::vector<std::uint8_t>(99, 1))) << false
            << "holds 99 labels but train-images-idx3-ubyte holds 100 images";
        QTest::newRow("label outside 0-9") << "train-labels-idx1-ubyte"
                                           << bytes(idxBytes(1, {100}, [] {
                                                  std::vector<std::uint8_t> l(100, 1);
                                                  l[42] = 12;
                                                  return l;
                                              }())) << false
                                           << "label 12 at index 42 is outside 0-9";
        QTest::newRow("zero rows") << "train-images-idx3-ubyte" << bytes(idxBytes(3, {100, 0, 28}, {})) << false
                                   << "images are 0x28, expected 28x28";
        QTest::newRow("32x32 images") << "train-images-idx3-ubyte"
                                      << bytes(idxBytes(3, {100, 32, 32}, std::vector<std::uint8_t>(100 * 1024)))
                                      << false << "images are 32x32, expected 28x28";
        QTest::newRow("no images") << "t10k-images-idx3-ubyte" << bytes(idxBytes(3, {0, 28, 28}, {})) << false
                                   << "holds no images";
        // A gzip header followed by garbage, and a valid gzip cut in half.
        QTest::newRow("corrupt gzip") << "train-images-idx3-ubyte"
                                      << QByteArray("\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage-garbage", 25)
                                      << false << "corrupt gzip data";
        QTest::newRow("truncated gzip") << "train-images-idx3-ubyte" << QByteArray("cut") << true
                                        << "compressed data is truncated";
    }

    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, bytes);
        QFETCH(bool, gzip);
        QFETCH(QString, problem);
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        mw::test::writeSmallDataset(folder);
        std::filesystem::path target = folder / file.toStdString();
        std::vector<std::uint8_t> content(bytes.begin(), bytes.end());
        if (gzip) {
            std::filesystem::remove(target);
            target += ".gz";
            if (bytes == "cut") { // a valid gzip of the real content, cut in half
                writeFile(target, idxBytes(3, {100, 28, 28}, std::vector<std::uint8_t>(100 * 784, 9)), true);
                auto whole = mw::test::readFile(target);
                whole.resize(whole.size() / 2);
                writeFile(target, whole);
            } else {
                writeFile(target, content, true);
            }
        } else {
            writeFile(target, content);
        }
        try {
            loadDataset(folder);
            QFAIL("a damaged folder loaded without an error");
        } catch (const DataError &e) {
            const QString message = QString::fromStdString(e.what());
            QVERIFY2(message.startsWith(QString::fromStdString(target.string()) + QStringLiteral(": ")),
                     qPrintable(QStringLiteral("message must name the file: ") + message));
            QVERIFY2(message.contains(problem), qPrintable(QStringLiteral("message must say: ") + problem
                                                           + QStringLiteral("; got: ") + message));
            QVERIFY2(!message.contains(QLatin1Char('\n')), "one line");
        }
    }

    void hugeCountInSmallGzipAllocatesNothing()
    {
        // 3 TB declared in a file of a few hundred bytes: read what is there, then refuse.
        QTemporaryDir dir;
        const std::filesystem::path file = std::filesystem::path(dir.path().toStdString()) / "x.gz";
        writeFile(file, idxBytes(3, {4000000000u, 28, 28}, std::vector<std::uint8_t>(784 * 10, 1)), true);
        try {
            readIdx(file, 3);
            QFAIL("a lying header was accepted");
        } catch (const DataError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("truncated: header declares 3136000000000 bytes")),
                     e.what());
        }
    }

    void missingFileAndFolder()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        mw::test::writeSmallDataset(folder);
        std::filesystem::remove(folder / "t10k-labels-idx1-ubyte");
        QVERIFY_THROWS_EXCEPTION(DataError, loadDataset(folder));
        try {
            loadDataset(folder);
        } catch (const DataError &e) {
            QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("t10k-labels-idx1-ubyte: file not found")));
        }
        QVERIFY_THROWS_EXCEPTION(DataError, loadDataset(folder / "does-not-exist"));
    }
};

QTEST_GUILESS_MAIN(TstIdx)
#include "tst_idx.moc"
