// Preprocessing as the networks see it: range [-1, 1], three equal channels, bilinear resize (align_corners=false).
#include "data/preprocess.h"
#include "data/preview.h"
#include "testsupport.h"

using namespace mw::core;

class TstPreprocess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void valueRangeAndChannels_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {28, 32, 75, 224})
            QTest::addRow("%d", size) << size;
    }

    void valueRangeAndChannels()
    {
        QFETCH(int, size);
        auto images = torch::zeros({4, 28, 28}, torch::kUInt8);
        images[0].fill_(0);
        images[1].fill_(255);
        images[2].index_put_({torch::indexing::Slice(0, 14)}, 255); // top half
        images[3] = torch::arange(784).remainder(256).to(torch::kUInt8).view({28, 28});
        const auto x = preprocessBatch(images, size);
        QCOMPARE(x.sizes().vec(), (std::vector<std::int64_t>{4, 3, size, size}));
        QCOMPARE(x.scalar_type(), torch::kFloat32);
        QCOMPARE(x[0].min().item<float>(), -1.0f);
        QCOMPARE(x[0].max().item<float>(), -1.0f);
        QCOMPARE(x[1].min().item<float>(), 1.0f);
        QVERIFY(x.min().item<float>() >= -1.0f && x.max().item<float>() <= 1.0f);
        QVERIFY(torch::equal(x.select(1, 0), x.select(1, 1)));
        QVERIFY(torch::equal(x.select(1, 0), x.select(1, 2)));
        // Top half ink, bottom half background, whatever the size.
        QCOMPARE(x[2][0][0][0].item<float>(), 1.0f);
        QCOMPARE(x[2][0][size - 1][0].item<float>(), -1.0f);
    }

    void noResizeIsExactScaling()
    {
        auto images = torch::arange(784).remainder(256).to(torch::kUInt8).view({1, 28, 28});
        const auto x = preprocessBatch(images, 28);
        const auto expected = images.to(torch::kFloat32) / 127.5 - 1;
        QVERIFY(torch::allclose(x[0][1], expected[0], 0, 1e-6));
    }

    void bilinearWithoutAlignCorners()
    {
        // Doubling a row [0, 255, 0, ...]: with align_corners=false output j samples input (j + 0.5) / 2 - 0.5,
        // so outputs 1..4 sit at 0.25, 0.75, 1.25, 1.75 (align_corners=true would sample j * 27 / 55).
        auto images = torch::zeros({1, 28, 28}, torch::kUInt8);
        images[0].select(1, 1).fill_(255); // column 1 is ink
        const auto x = preprocessBatch(images, 56)[0][0][10];
        const auto value = [&](int i) { return x[i].item<float>(); };
        QCOMPARE(value(0), -1.0f);     // edge: pure input 0
        QVERIFY(qAbs(value(1) - (-0.5f)) < 1e-6); // 0.75 * -1 + 0.25 * 1
        QVERIFY(qAbs(value(2) - 0.5f) < 1e-6);    // 0.25 * -1 + 0.75 * 1
        QVERIFY(qAbs(value(3) - 0.5f) < 1e-6);    // 0.75 * 1 + 0.25 * -1
        QVERIFY(qAbs(value(4) - (-0.5f)) < 1e-6);
    }

    void imagenetNormalization()
    {
        auto images = torch::zeros({2, 28, 28}, torch::kUInt8);
        images[1].fill_(255);
        const auto x = preprocessBatch(images, 32, Normalization::ImageNet);
        const float mean[3] = {0.485f, 0.456f, 0.406f}, stdev[3] = {0.229f, 0.224f, 0.225f};
        for (int c = 0; c < 3; ++c) {
            QVERIFY(qAbs(x[0][c][5][5].item<float>() - (-mean[c] / stdev[c])) < 1e-5);
            QVERIFY(qAbs(x[1][c][5][5].item<float>() - (1 - mean[c]) / stdev[c]) < 1e-5);
        }
        QVERIFY(normalizationFromString("imagenet") == Normalization::ImageNet);
    }

    void previewMatchesTheBatchPath()
    {
        std::vector<std::uint8_t> digit(784);
        for (int i = 0; i < 784; ++i)
            digit[std::size_t(i)] = std::uint8_t((i * 37) % 256);
        const InputPreview p = previewInput(digit.data(), 75);
        QCOMPARE(p.size, 75);
        QCOMPARE(p.values.size(), std::size_t(3 * 75 * 75));
        const auto batch = preprocessBatch(torch::from_blob(digit.data(), {1, 28, 28}, torch::kUInt8), 75);
        QCOMPARE(p.at(2, 40, 13), batch[0][2][40][13].item<float>());
        QCOMPARE(p.min, batch.min().item<float>());
        QCOMPARE(p.max, batch.max().item<float>());
    }

    // What the Draw page shows as the model's view: the engine undoes its own normalization, either kind.
    void modelViewIsTheInputInGreyLevels()
    {
        std::vector<std::uint8_t> digit(784);
        for (std::size_t i = 0; i < digit.size(); ++i)
            digit[i] = std::uint8_t((i * 37) % 256);
        for (const Normalization n : {Normalization::Tutorial, Normalization::ImageNet}) {
            const InputPreview preview = previewInput(digit.data(), 28, n);
            QVERIFY(preview.normalization == n);
            const std::vector<std::uint8_t> grey = greyLevels(preview);
            QCOMPARE(grey.size(), digit.size());
            for (std::size_t i = 0; i < digit.size(); ++i)
                QVERIFY2(std::abs(int(grey[i]) - int(digit[i])) <= 1, qPrintable(QString::number(i)));
        }
        // Resized for a backbone: both normalizations give the same picture back.
        const auto tutorial = greyLevels(previewInput(digit.data(), 32, Normalization::Tutorial));
        const auto imagenet = greyLevels(previewInput(digit.data(), 32, Normalization::ImageNet));
        QCOMPARE(tutorial.size(), std::size_t(32 * 32));
        for (std::size_t i = 0; i < tutorial.size(); ++i)
            QVERIFY(std::abs(int(tutorial[i]) - int(imagenet[i])) <= 1);
        // ImageNet's 0 is the red channel's mean, 0.485 of white.
        InputPreview zero;
        zero.size = 1;
        zero.values = {0, 0, 0};
        zero.normalization = Normalization::ImageNet;
        QCOMPARE(int(greyLevels(zero)[0]), int(std::lround(kImageNetMean[0] * 255)));
    }

    void imagesTensorFromDataset()
    {
        QTemporaryDir dir;
        mw::test::writeSmallDataset(dir.path().toStdString(), 20, 5);
        const auto data = loadMnistFolder(dir.path().toStdString());
        const auto t = imagesTensor(data, {3, 22});
        QCOMPARE(t.sizes().vec(), (std::vector<std::int64_t>{2, 28, 28}));
        QCOMPARE(t[0][0][0].item<int>(), 3);
        QCOMPARE(t[1][0][1].item<int>(), 23);
        QCOMPARE(labelsTensor(data, {3, 22})[1].item<std::int64_t>(), 2);
    }
};

QTEST_GUILESS_MAIN(TstPreprocess)
#include "tst_preprocess.moc"
