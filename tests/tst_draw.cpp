// Drawing and pictures, engine side: MNIST-style preprocessing step by step, ink detection and inversion, decoding
// picture files, the Classifier (predictions, saliency) and the CLI's predict, all on real MNIST with a model
// trained here.
#include "data/preprocess.h"
#include "draw/classifier.h"
#include "draw/digitprep.h"
#include "drawsupport.h"
#include "errors.h"
#include "models/checkpoint.h"
#include "models/zoo.h"
#include "runtime.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cmath>
#include <numeric>

using namespace mw::core;

namespace {

#define EXPECT_THROW_NAMING(Type, statement, fragment) MW_EXPECT_THROW_NAMING(Type, statement, fragment)

GreyImage canvasWith(const std::function<bool(int, int)> &ink, int side = 280)
{
    GreyImage image(side, side);
    for (int y = 0; y < side; ++y)
        for (int x = 0; x < side; ++x)
            image.at(x, y) = ink(x, y) ? 255 : 0;
    return image;
}

// An "L": asymmetric, so its centre of mass is not the middle of its bounding box.
GreyImage letterL(int x0, int y0, double scale)
{
    return canvasWith([=](int x, int y) {
        const double u = (x - x0) / scale, v = (y - y0) / scale;
        return (u >= 0 && u < 20 && v >= 0 && v < 150) || (u >= 0 && u < 80 && v >= 130 && v < 150);
    });
}

struct Moments {
    double mass = 0, cx = 0, cy = 0;
};

Moments moments(const GreyImage &image)
{
    Moments m;
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x) {
            const double v = image.at(x, y);
            m.mass += v;
            m.cx += v * (x + 0.5);
            m.cy += v * (y + 0.5);
        }
    if (m.mass > 0) {
        m.cx /= m.mass;
        m.cy /= m.mass;
    }
    return m;
}

double meanAbsDiff(const GreyImage &a, const GreyImage &b)
{
    double sum = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i)
        sum += std::abs(int(a.pixels[i]) - int(b.pixels[i]));
    return sum / double(a.pixels.size());
}

GreyImage fromTensor(const torch::Tensor &t)
{
    const auto u8 = t.round().clamp(0, 255).to(torch::kUInt8).contiguous();
    GreyImage image(int(u8.size(1)), int(u8.size(0)));
    std::memcpy(image.pixels.data(), u8.data_ptr<std::uint8_t>(), image.pixels.size());
    return image;
}

torch::Tensor toTensor(const GreyImage &image)
{
    return torch::from_blob(const_cast<std::uint8_t *>(image.pixels.data()), {image.height, image.width}, torch::kUInt8)
        .to(torch::kFloat32);
}

} // namespace

class TstDraw : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    std::filesystem::path m_run;
    std::shared_ptr<const Dataset> m_mnist;
    std::shared_ptr<Classifier> m_classifier;
    RunResult m_result;

    std::filesystem::path tempPath(const char *name) const { return std::filesystem::path(m_dir.path().toStdString()) / name; }

    // A small MLP trained once for the tests that need a model (seconds on two cores).
    void ensureModel()
    {
        if (m_classifier)
            return;
        m_run = tempPath("run-mlp");
        m_result = mw::test::trainRun("mlp", m_run, 3000, 3);
        m_classifier = Classifier::load(m_run);
        m_mnist = std::make_shared<const Dataset>(loadDataset(mw::test::mnistFolder()));
    }

    struct CliResult {
        int exitCode;
        QString out, err;
    };
    static CliResult cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(MW_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            qFatal("mnist-workbench-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        setComputeThreads(0);
    }

    // ---- resampling -------------------------------------------------------------------------------------------------

    // Shrinking by a whole factor is exactly average pooling; growing is torch's bilinear (align_corners = false).
    void resizeMatchesTorch()
    {
        torch::manual_seed(3);
        const GreyImage source = fromTensor(torch::randint(0, 256, {60, 90}, torch::kFloat32));
        const GreyImage shrunk = resizeImage(source, 30, 20);
        const auto pooled = torch::avg_pool2d(toTensor(source).view({1, 1, 60, 90}), {3, 3}).view({20, 30});
        QVERIFY(meanAbsDiff(shrunk, fromTensor(pooled)) < 0.01);

        namespace F = torch::nn::functional;
        const GreyImage small = fromTensor(torch::randint(0, 256, {7, 5}, torch::kFloat32));
        const GreyImage grown = resizeImage(small, 23, 31);
        const auto reference = F::interpolate(toTensor(small).view({1, 1, 7, 5}),
                                              F::InterpolateFuncOptions()
                                                  .size(std::vector<std::int64_t>{31, 23})
                                                  .mode(torch::kBilinear)
                                                  .align_corners(false))
                                   .view({31, 23});
        const GreyImage expected = fromTensor(reference);
        for (std::size_t i = 0; i < grown.pixels.size(); ++i)
            QVERIFY2(std::abs(int(grown.pixels[i]) - int(expected.pixels[i])) <= 1, qPrintable(QString::number(i)));
    }

    // Area averaging by a fractional factor keeps every source pixel's weight: the mean grey level is kept.
    void areaAveragingKeepsInk()
    {
        torch::manual_seed(4);
        const GreyImage source = fromTensor(torch::randint(0, 256, {97, 61}, torch::kFloat32));
        const GreyImage out = resizeImage(source, 17, 29);
        const double inMean = std::accumulate(source.pixels.begin(), source.pixels.end(), 0.0) / source.pixels.size();
        const double outMean = std::accumulate(out.pixels.begin(), out.pixels.end(), 0.0) / out.pixels.size();
        QVERIFY2(std::abs(inMean - outMean) < 0.5, qPrintable(QStringLiteral("%1 vs %2").arg(inMean).arg(outMean)));
        // A hard black/white edge becomes grey where a target pixel straddles it: anti-aliasing.
        const GreyImage edge = canvasWith([](int x, int) { return x < 140; });
        const GreyImage scaled = resizeImage(edge, 3, 3);
        QCOMPARE(int(scaled.at(0, 0)), 255);
        QVERIFY(std::abs(int(scaled.at(1, 1)) - 128) <= 1); // 140 of 280 columns: half of the middle pixel's 93.3
        QCOMPARE(int(scaled.at(2, 2)), 0);
    }

    // ---- MNIST's steps ----------------------------------------------------------------------------------------------

    void cropFitAndCentre()
    {
        const GreyImage l = letterL(100, 60, 1.0);
        const DigitSteps steps = prepareDigit(l);
        QVERIFY(!steps.empty);
        QCOMPARE(steps.cropX, 100);
        QCOMPARE(steps.cropY, 60);
        QCOMPARE(steps.cropped.width, 80);
        QCOMPARE(steps.cropped.height, 150);
        QCOMPARE(steps.fitted.height, 20); // the longer side fills the 20x20 box ...
        QCOMPARE(steps.fitted.width, 11);  // ... and the aspect ratio is kept (80 / 150 * 20 = 10.7)
        QCOMPARE(steps.digit.width, 28);
        QCOMPARE(steps.digit.height, 28);
        // Centre of mass within half a pixel of pixel (14, 14)'s centre (whole-pixel shifts, as MNIST did).
        const Moments m = moments(steps.digit);
        QVERIFY2(std::abs(m.cx - 14.5) <= 0.5 && std::abs(m.cy - 14.5) <= 0.5,
                 qPrintable(QStringLiteral("centre of mass %1, %2").arg(m.cx).arg(m.cy)));
        // ... which for an L is not where the bounding box would put it.
        QVERIFY(steps.offsetX != (28 - steps.fitted.width) / 2 || steps.offsetY != (28 - steps.fitted.height) / 2);
        // Nothing lost: the 28x28 holds exactly the fitted pixels.
        QCOMPARE(moments(steps.digit).mass, moments(steps.fitted).mass);
        const auto [lo, hi] = std::minmax_element(steps.digit.pixels.begin(), steps.digit.pixels.end());
        QCOMPARE(int(*lo), 0);
        QCOMPARE(int(*hi), 255);
    }

    // Where and how large the digit was drawn does not matter; that is the point of MNIST's normalisation.
    void positionAndSizeDoNotMatter()
    {
        const GreyImage reference = prepareDigit(letterL(100, 60, 1.0)).digit;
        QCOMPARE(prepareDigit(letterL(10, 110, 1.0)).digit.pixels, reference.pixels);
        const GreyImage bigger = prepareDigit(letterL(20, 5, 1.5)).digit;
        QVERIFY2(meanAbsDiff(bigger, reference) < 4, qPrintable(QString::number(meanAbsDiff(bigger, reference))));
        const GreyImage smaller = prepareDigit(letterL(200, 200, 0.45)).digit;
        QVERIFY2(meanAbsDiff(smaller, reference) < 8, qPrintable(QString::number(meanAbsDiff(smaller, reference))));
    }

    void wideDigitsKeepTheirShape()
    {
        const DigitSteps steps = prepareDigit(canvasWith([](int x, int y) { return x >= 30 && x < 230 && y >= 100 && y < 140; }));
        QCOMPARE(steps.fitted.width, 20);
        QCOMPARE(steps.fitted.height, 4);
        int rows = 0;
        for (int y = 0; y < 28; ++y)
            rows += std::any_of(steps.digit.pixels.begin() + y * 28, steps.digit.pixels.begin() + y * 28 + 28,
                                [](std::uint8_t v) { return v > 0; });
        QCOMPARE(rows, 4);
    }

    void emptyOrFaintIsNoDigit()
    {
        const DigitSteps blank = prepareDigit(GreyImage(280, 280));
        QVERIFY(blank.empty);
        QCOMPARE(blank.digit.pixels, std::vector<std::uint8_t>(784, 0));
        GreyImage faint(280, 280, 0);
        faint.at(50, 50) = 20; // below the ink threshold: dust, not a stroke
        QVERIFY(prepareDigit(faint).empty);
        QVERIFY(prepareDigit(GreyImage()).empty);
    }

    // Without centring the digit stays where it was drawn, scaled with the whole canvas.
    void centringOff()
    {
        const GreyImage corner = canvasWith([](int x, int y) { return x >= 10 && x < 50 && y >= 10 && y < 70; });
        PrepareOptions off;
        off.centre = false;
        const DigitSteps raw = prepareDigit(corner, off);
        QVERIFY(!raw.empty);
        const Moments m = moments(raw.digit);
        QVERIFY2(m.cx < 4 && m.cy < 5, qPrintable(QStringLiteral("%1, %2").arg(m.cx).arg(m.cy)));
        QCOMPARE(raw.digit.pixels, fitIntoSquare(corner, 28).pixels);
        const Moments centred = moments(prepareDigit(corner).digit);
        QVERIFY(std::abs(centred.cx - 14.5) <= 0.5 && std::abs(centred.cy - 14.5) <= 0.5);
    }

    // ---- ink and inversion ------------------------------------------------------------------------------------------

    void darkInkOnPaperIsInverted()
    {
        // A "scan": grey paper (about 200, with noise) and dark pencil (about 60), not square.
        GreyImage scan(300, 180);
        std::uint32_t seed = 7;
        for (int y = 0; y < scan.height; ++y)
            for (int x = 0; x < scan.width; ++x) {
                seed = seed * 1664525u + 1013904223u;
                const int noise = int(seed >> 28) - 8; // -8..7
                const bool stroke = x >= 140 && x < 160 && y >= 30 && y < 150;
                scan.at(x, y) = std::uint8_t((stroke ? 60 : 200) + noise);
            }
        bool inverted = false;
        const GreyImage ink = toInk(scan, &inverted);
        QVERIFY(inverted);
        QVERIFY(ink.at(5, 5) <= 15);      // paper is (nearly) black
        QVERIFY(ink.at(150, 90) >= 235); // pencil is (nearly) full ink
        const DigitSteps steps = prepareDigit(ink);
        QCOMPARE(steps.cropX, 140);
        QCOMPARE(steps.cropped.width, 20);
        QCOMPARE(steps.cropped.height, 120);
    }

    void lightInkOnDarkIsKept()
    {
        GreyImage picture = canvasWith([](int x, int y) { return (x - 140) * (x - 140) + (y - 140) * (y - 140) < 2500; }, 200);
        for (auto &v : picture.pixels)
            v = v ? 200 : 10;
        bool inverted = true;
        const GreyImage ink = toInk(picture, &inverted);
        QVERIFY(!inverted);
        QCOMPARE(int(ink.at(0, 0)), 0);
        QCOMPARE(int(ink.at(140, 140)), 255); // stretched from 200
        // MNIST's own digits go through untouched.
        GreyImage mnistLike = canvasWith([](int x, int y) { return x > 10 && x < 15 && y > 4 && y < 24; }, 28);
        QCOMPARE(toInk(mnistLike).pixels, mnistLike.pixels);
    }

    void blankPaperHasNoInk()
    {
        GreyImage paper(64, 48, 230);
        paper.at(30, 20) = 215; // a speck
        bool inverted = false;
        const GreyImage ink = toInk(paper, &inverted);
        QVERIFY(inverted);
        QVERIFY(std::all_of(ink.pixels.begin(), ink.pixels.end(), [](std::uint8_t v) { return v == 0; }));
        QVERIFY(prepareDigit(ink).empty);
    }

    // ---- decoding ---------------------------------------------------------------------------------------------------

    void decodesGreyColourAndAlpha()
    {
        // Grey PNG of any size: exact.
        GreyImage grey(123, 77);
        for (std::size_t i = 0; i < grey.pixels.size(); ++i)
            grey.pixels[i] = std::uint8_t(i * 7 % 256);
        const GreyImage back = decodeImage(mw::test::encoded(mw::test::toQImage(grey)), "grey.png");
        QCOMPARE(back.width, 123);
        QCOMPARE(back.height, 77);
        QCOMPARE(back.pixels, grey.pixels);

        // Colour: blue ink on yellow paper becomes dark on light by luminance, then ink.
        QImage colour(400, 300, QImage::Format_RGB32);
        colour.fill(QColor(250, 240, 120));
        for (int y = 50; y < 250; ++y)
            for (int x = 180; x < 210; ++x)
                colour.setPixelColor(x, y, QColor(20, 30, 160));
        const GreyImage decoded = decodeImage(mw::test::encoded(colour), "colour.png");
        QCOMPARE(decoded.width, 400);
        QCOMPARE(int(decoded.at(0, 0)), (299 * 250 + 587 * 240 + 114 * 120 + 500) / 1000);
        QCOMPARE(int(decoded.at(190, 100)), (299 * 20 + 587 * 30 + 114 * 160 + 500) / 1000);
        bool inverted = false;
        const GreyImage ink = toInk(decoded, &inverted);
        QVERIFY(inverted);
        QCOMPARE(int(ink.at(190, 100)), 255);
        QCOMPARE(int(ink.at(0, 0)), 0);

        // JPEG, lossy: the same picture within a few grey levels.
        const GreyImage jpeg = decodeImage(mw::test::encoded(colour, "JPG"), "colour.jpg");
        QCOMPARE(jpeg.width, 400);
        QVERIFY(std::abs(int(jpeg.at(190, 100)) - int(decoded.at(190, 100))) < 12);

        // Black strokes on a transparent sheet stay visible (laid on white), and white strokes on one too (on black).
        for (const QColor &stroke : {QColor(Qt::black), QColor(Qt::white)}) {
            QImage sheet(100, 100, QImage::Format_ARGB32);
            sheet.fill(Qt::transparent);
            for (int y = 20; y < 80; ++y)
                for (int x = 45; x < 55; ++x)
                    sheet.setPixelColor(x, y, stroke);
            const GreyImage strokes = toInk(decodeImage(mw::test::encoded(sheet), "sheet.png"));
            QCOMPARE(int(strokes.at(50, 50)), 255);
            QCOMPARE(int(strokes.at(5, 5)), 0);
        }
    }

    void decodeErrorsNameTheFile()
    {
        const auto dir = tempPath("decode");
        std::filesystem::create_directories(dir);
        mw::test::writeFile(dir / "empty.png", {});
        mw::test::writeFile(dir / "notes.txt", {'h', 'e', 'l', 'l', 'o', '\n'});
        auto png = mw::test::encoded(mw::test::toQImage(letterL(100, 60, 1)));
        png.resize(png.size() / 2);
        mw::test::writeFile(dir / "truncated.png", png);
        EXPECT_THROW_NAMING(DataError, readImageFile(dir / "empty.png"), "empty.png: empty file");
        EXPECT_THROW_NAMING(DataError, readImageFile(dir / "notes.txt"), "notes.txt: not an image");
        EXPECT_THROW_NAMING(DataError, readImageFile(dir / "truncated.png"), "truncated.png: damaged image");
        EXPECT_THROW_NAMING(DataError, readImageFile(dir / "missing.png"), "missing.png: cannot read");
        EXPECT_THROW_NAMING(DataError, readImageFile(dir), "is a folder");
    }

    // ---- the classifier ---------------------------------------------------------------------------------------------

    void classifierLoadErrors()
    {
        const auto dir = tempPath("not-a-run");
        std::filesystem::create_directories(dir);
        EXPECT_THROW_NAMING(WeightsError, Classifier::load(dir), "no best.safetensors");
        EXPECT_THROW_NAMING(WeightsError, Classifier::load(dir / "nothing.safetensors"), "no such run folder");
        mw::test::writeFile(dir / "text.safetensors", {'n', 'o', 'p', 'e', '\n', '\n', '\n', '\n', '\n'});
        EXPECT_THROW_NAMING(WeightsError, Classifier::load(dir / "text.safetensors"), "text.safetensors");
    }

    // The classifier sees digits exactly as training and evaluation did: same accuracy on the 10,000 test digits.
    void classifierAgreesWithTheTrainer()
    {
        MW_REQUIRE_MNIST();
        ensureModel();
        QCOMPARE(m_classifier->model(), std::string("mlp"));
        QCOMPARE(m_classifier->inputSize(), 28);
        const DigitSet &test = m_mnist->data.test;
        const auto predictions = m_classifier->classify(test.images.data(), test.count);
        int correct = 0;
        for (int i = 0; i < test.count; ++i) {
            const auto &p = predictions[std::size_t(i)];
            QVERIFY(std::abs(std::accumulate(p.probabilities.begin(), p.probabilities.end(), 0.0) - 1) < 1e-4);
            correct += p.digit == test.labels[std::size_t(i)];
        }
        qInfo("classifier: %d / %d test digits right; the trainer said %.2f%%", correct, test.count,
              100 * *m_result.testAccuracy);
        QVERIFY(*m_result.testAccuracy > 0.85);
        QVERIFY(std::abs(correct - *m_result.testAccuracy * test.count) <= 2); // batch sizes may round differently
        // One at a time gives the same as in a batch.
        const auto single = m_classifier->classify(test.image(0));
        for (int d = 0; d < 10; ++d)
            QVERIFY(std::abs(single.probabilities[std::size_t(d)] - predictions[0].probabilities[std::size_t(d)]) < 1e-5);
    }

    // Saliency is the input gradient: it predicts how much the score moves when a pixel changes (finite differences).
    void saliencyIsTheInputGradient()
    {
        MW_REQUIRE_MNIST();
        ensureModel();
        const std::uint8_t *digit = m_mnist->data.test.image(0);
        const int answer = m_classifier->classify(digit).digit;
        const auto saliency = m_classifier->saliency(digit, answer);
        QCOMPARE(int(saliency.size()), 784);
        QCOMPARE(*std::max_element(saliency.begin(), saliency.end()), 1.0f);
        QVERIFY(*std::min_element(saliency.begin(), saliency.end()) >= 0);
        QVERIFY(m_classifier->saliency(digit, (answer + 1) % 10) != saliency);

        const Checkpoint checkpoint = readCheckpoint(m_run / RunStore::kCheckpointFile);
        auto network = makeNetwork(modelSpecFromJson(checkpoint.config.at("model")));
        loadStateDict(*network, checkpoint.tensors, "checkpoint");
        network->eval();
        torch::NoGradGuard noGrad;
        const auto base = torch::from_blob(const_cast<std::uint8_t *>(digit), {1, 28, 28}, torch::kUInt8).to(torch::kFloat32);
        auto score = [&](const torch::Tensor &pixels) {
            return network->forward(preprocessBatch(pixels.clone(), 28))[0][answer].item<double>(); // it scales in place
        };
        const double s0 = score(base);
        std::vector<std::pair<double, int>> slopes;
        for (int p = 0; p < 784; ++p) {
            auto moved = base.clone();
            moved.view({-1})[p] += 1.0; // one grey level
            slopes.push_back({std::abs(score(moved) - s0), p});
        }
        const double top = std::max_element(slopes.begin(), slopes.end())->first;
        for (const auto &[slope, p] : slopes)
            QVERIFY2(std::abs(slope / top - saliency[std::size_t(p)]) < 0.02,
                     qPrintable(QStringLiteral("pixel %1: finite difference %2, saliency %3").arg(p).arg(slope / top).arg(saliency[std::size_t(p)])));
    }

    // Real test digits as pictures on the 280x280 canvas (upscaled as the canvas shows a dropped file), then through
    // MNIST's steps again: the model's answer stays the same for at least 98% of them.
    void canvasPathKeepsPredictions()
    {
        MW_REQUIRE_MNIST();
        ensureModel();
        constexpr int n = 1000;
        const DigitSet &test = m_mnist->data.test;
        const auto direct = m_classifier->classify(test.images.data(), n);
        std::vector<std::uint8_t> redrawn;
        double diff = 0;
        for (int i = 0; i < n; ++i) {
            const auto png = mw::test::encoded(mw::test::mnistImage(test.image(i)));
            const GreyImage canvas = fitIntoSquare(toInk(decodeImage(png, "digit.png")), 280);
            const DigitSteps steps = prepareDigit(canvas);
            QVERIFY(!steps.empty);
            redrawn.insert(redrawn.end(), steps.digit.pixels.begin(), steps.digit.pixels.end());
            GreyImage original(28, 28);
            std::memcpy(original.pixels.data(), test.image(i), 784);
            diff += meanAbsDiff(steps.digit, original);
        }
        const auto viaCanvas = m_classifier->classify(redrawn.data(), n);
        int same = 0, rightDirect = 0, rightCanvas = 0;
        for (int i = 0; i < n; ++i) {
            same += direct[std::size_t(i)].digit == viaCanvas[std::size_t(i)].digit;
            rightDirect += direct[std::size_t(i)].digit == test.labels[std::size_t(i)];
            rightCanvas += viaCanvas[std::size_t(i)].digit == test.labels[std::size_t(i)];
        }
        qInfo("canvas path: %d of %d predictions unchanged; accuracy %d -> %d; mean |pixel difference| %.2f grey levels",
              same, n, rightDirect, rightCanvas, diff / n);
        QVERIFY2(same >= 980, qPrintable(QString::number(same)));
    }

    // ---- predict --------------------------------------------------------------------------------------------------

    void predictCommand()
    {
        MW_REQUIRE_MNIST();
        ensureModel();
        const DigitSet &test = m_mnist->data.test;
        QStringList images;
        for (int i = 0; i < 10; ++i) {
            const QString file = QString::fromStdString(tempPath("").string()) + QStringLiteral("digit-%1.png").arg(i);
            QVERIFY(mw::test::mnistImage(test.image(i)).save(file));
            images << file;
        }
        // The first digit again as a photo would bring it: large, colour, dark ink on light paper.
        QImage photo = mw::test::mnistImage(test.image(0)).scaled(252, 252, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        photo.invertPixels();
        QImage paper(400, 300, QImage::Format_RGB32);
        paper.fill(QColor(235, 230, 215));
        for (int y = 0; y < photo.height(); ++y)
            for (int x = 0; x < photo.width(); ++x) {
                const int v = qGray(photo.pixel(x, y));
                const QColor c(std::min(235, v), std::min(230, v), std::min(215, v + 10));
                paper.setPixelColor(x + 70, y + 24, c);
            }
        const QString photoFile = QString::fromStdString(tempPath("photo.jpg").string());
        QVERIFY(paper.save(photoFile, "JPG", 95));
        images << photoFile;

        QStringList args = {QStringLiteral("predict"), QStringLiteral("--run"), QString::fromStdString(m_run.string()),
                            QStringLiteral("--json")};
        for (const QString &file : images)
            args << QStringLiteral("--image") << file;
        const CliResult r = cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(rows.size(), images.size());
        int right = 0;
        for (int i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows[i].toObject();
            QCOMPARE(row.keys(), (QStringList{QStringLiteral("image"), QStringLiteral("prediction"), QStringLiteral("probabilities")}));
            QCOMPARE(row[QStringLiteral("image")].toString(), images[i]);
            const QJsonArray p = row[QStringLiteral("probabilities")].toArray();
            QCOMPARE(p.size(), 10);
            double sum = 0;
            int argmax = 0;
            for (int d = 0; d < 10; ++d) {
                sum += p[d].toDouble();
                if (p[d].toDouble() > p[argmax].toDouble())
                    argmax = d;
            }
            QVERIFY(std::abs(sum - 1) < 1e-4);
            QCOMPARE(row[QStringLiteral("prediction")].toInt(), argmax);
            if (i < 10)
                right += argmax == test.labels[std::size_t(i)];
        }
        QVERIFY2(right >= 8, qPrintable(QString::number(right)));
        // The photo of digit 0 says what the plain picture of it says.
        QCOMPARE(rows[10].toObject()[QStringLiteral("prediction")].toInt(), rows[0].toObject()[QStringLiteral("prediction")].toInt());

        // The checkpoint file itself gives the same; text output has a line per picture.
        const CliResult text = cli({QStringLiteral("predict"), QStringLiteral("--checkpoint"),
                                    QString::fromStdString((m_run / RunStore::kCheckpointFile).string()),
                                    QStringLiteral("--image"), images[0], QStringLiteral("--image"), images[1]});
        QCOMPARE(text.exitCode, 0);
        const QStringList lines = text.out.trimmed().split(QLatin1Char('\n'));
        QCOMPARE(lines.size(), 3); // the model, then one line per picture
        QVERIFY2(lines[1].startsWith(images[0] + QStringLiteral(": ") + QString::number(rows[0].toObject()[QStringLiteral("prediction")].toInt())),
                 qPrintable(lines[1]));
    }

    void predictErrors()
    {
        MW_REQUIRE_MNIST();
        ensureModel();
        const QString run = QString::fromStdString(m_run.string());
        const QString notes = QString::fromStdString(tempPath("notes.txt").string());
        mw::test::writeFile(notes.toStdString(), {'h', 'i', '\n'});
        const QString blank = QString::fromStdString(tempPath("blank.png").string());
        QImage white(50, 50, QImage::Format_Grayscale8);
        white.fill(255);
        QVERIFY(white.save(blank));
        const QString emptyDir = QString::fromStdString(tempPath("empty-run").string());
        QVERIFY(QDir().mkpath(emptyDir));
        struct Case {
            QStringList args;
            QString says;
        };
        const QList<Case> cases = {
            {{QStringLiteral("--run"), run, QStringLiteral("--image"), notes}, notes + QStringLiteral(": not an image")},
            {{QStringLiteral("--run"), run, QStringLiteral("--image"), blank}, blank + QStringLiteral(": no digit")},
            {{QStringLiteral("--run"), emptyDir, QStringLiteral("--image"), blank}, QStringLiteral("no best.safetensors")},
            {{QStringLiteral("--image"), blank}, QStringLiteral("--run DIR or --checkpoint FILE")},
        };
        for (const Case &c : cases) {
            const CliResult r = cli(QStringList{QStringLiteral("predict")} + c.args);
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.out.isEmpty());
            QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
            QVERIFY2(r.err.contains(c.says), qPrintable(r.err));
        }
    }
};

QTEST_GUILESS_MAIN(TstDraw)
#include "tst_draw.moc"
