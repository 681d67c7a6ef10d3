// Drawing and pictures, engine side: MNIST-style preprocessing step by step, ink detection and inversion, decoding
// picture files, the Classifier (predictions, saliency) and the CLI's predict, all on real MNIST with a model
// trained here.
#include "data/preprocess.h"
#include "draw/classifier.h"
#include "draw/classifyround.h"
#include "draw/decoders.h"
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
#include <QImageWriter>
#include <QTemporaryDir>

#include <cmath>
#include <cstdio> // before jpeglib.h
#include <cstdlib>
#include <jpeglib.h>
#include <numeric>
#include <thread>
#include <zlib.h>

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

// ---- pictures made byte by byte: what Qt does not write, and headers that lie (generated here, no binaries in git)

void appendLe(std::vector<std::uint8_t> &b, std::uint32_t v, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        b.push_back(std::uint8_t(v >> (8 * i)));
}

void putBe32(std::vector<std::uint8_t> &b, std::size_t at, std::uint32_t v)
{
    for (int i = 0; i < 4; ++i)
        b[at + std::size_t(i)] = std::uint8_t(v >> (24 - 8 * i));
}

// A TGA header: no ID, no colour map, `type` 2 (raw) or 10 (run-length), top row first.
std::vector<std::uint8_t> tgaHeader(int type, int width, int height, int bits = 24)
{
    std::vector<std::uint8_t> b = {0, 0, std::uint8_t(type), 0, 0, 0, 0, 0, 0, 0, 0, 0};
    appendLe(b, std::uint32_t(width), 2);
    appendLe(b, std::uint32_t(height), 2);
    b.push_back(std::uint8_t(bits));
    b.push_back(0x20);
    return b;
}

// A BMP header (BITMAPINFOHEADER, 24 bits per pixel) whose pixels start at byte 54.
std::vector<std::uint8_t> bmpHeader(int width, int height)
{
    std::vector<std::uint8_t> b = {'B', 'M'};
    for (std::uint32_t v : {0u, 0u, 54u, 40u, std::uint32_t(width), std::uint32_t(height)})
        appendLe(b, v, 4);
    appendLe(b, 1, 2);  // planes
    appendLe(b, 24, 2); // bits per pixel
    for (std::uint32_t v : {0u, 0u, 2835u, 2835u, 0u, 0u})
        appendLe(b, v, 4);
    return b;
}

void appendPngChunk(std::vector<std::uint8_t> &png, const char *type, const std::vector<std::uint8_t> &data)
{
    png.resize(png.size() + 4);
    putBe32(png, png.size() - 4, std::uint32_t(data.size()));
    const std::size_t start = png.size();
    png.insert(png.end(), type, type + 4);
    png.insert(png.end(), data.begin(), data.end());
    const auto crc = std::uint32_t(crc32(0, png.data() + start, uInt(png.size() - start)));
    png.resize(png.size() + 4);
    putBe32(png, png.size() - 4, crc);
}

// An 8-bit PNG written by hand (zlib for the pixels), Adam7-interlaced if asked: Qt does not write interlaced PNGs.
std::vector<std::uint8_t> handMadePng(int width, int height, int colourType, int channels,
                                      const std::vector<std::uint8_t> &samples, bool interlaced)
{
    static const int adam7[7][4] = {{0, 0, 8, 8}, {4, 0, 8, 8}, {0, 4, 4, 8}, {2, 0, 4, 4},
                                    {0, 2, 2, 4}, {1, 0, 2, 2}, {0, 1, 1, 2}};
    static const int whole[1][4] = {{0, 0, 1, 1}};
    std::vector<std::uint8_t> raw; // each row of each pass: filter type 0, then its samples
    for (int p = 0; p < (interlaced ? 7 : 1); ++p) {
        const int *pass = interlaced ? adam7[p] : whole[0];
        if (pass[0] >= width || pass[1] >= height)
            continue; // an empty pass has no rows
        for (int y = pass[1]; y < height; y += pass[3]) {
            raw.push_back(0);
            for (int x = pass[0]; x < width; x += pass[2])
                for (int c = 0; c < channels; ++c)
                    raw.push_back(samples[(std::size_t(y) * width + x) * channels + c]);
        }
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    std::vector<std::uint8_t> packed(packedSize);
    if (compress2(packed.data(), &packedSize, raw.data(), uLong(raw.size()), 9) != Z_OK)
        qFatal("zlib failed");
    packed.resize(packedSize);
    std::vector<std::uint8_t> png = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    std::vector<std::uint8_t> header(13, 0);
    putBe32(header, 0, std::uint32_t(width));
    putBe32(header, 4, std::uint32_t(height));
    header[8] = 8;
    header[9] = std::uint8_t(colourType);
    header[12] = interlaced ? 1 : 0;
    appendPngChunk(png, "IHDR", header);
    appendPngChunk(png, "IDAT", packed);
    appendPngChunk(png, "IEND", {});
    return png;
}

// The same PNG declaring another size: its IHDR rewritten and the IHDR's CRC recomputed, so only the size lies.
std::vector<std::uint8_t> withPngSize(std::vector<std::uint8_t> png, std::uint32_t width, std::uint32_t height)
{
    putBe32(png, 16, width);
    putBe32(png, 20, height);
    putBe32(png, 29, std::uint32_t(crc32(0, png.data() + 12, 17)));
    return png;
}

// Offset of the first JPEG marker segment `marker` (0xc0: SOF0 ...), after its FF xx; 0 when there is none.
std::size_t jpegSegment(const std::vector<std::uint8_t> &jpeg, std::initializer_list<int> markers)
{
    for (std::size_t at = 2; at + 4 <= jpeg.size() && jpeg[at] == 0xff;) {
        if (std::find(markers.begin(), markers.end(), jpeg[at + 1]) != markers.end())
            return at + 2;
        at += 2 + (std::size_t(jpeg[at + 2]) << 8 | jpeg[at + 3]);
    }
    return 0;
}

std::vector<std::uint8_t> withJpegSize(std::vector<std::uint8_t> jpeg, int width, int height)
{
    const std::size_t sof = jpegSegment(jpeg, {0xc0, 0xc1, 0xc2});
    if (!sof)
        qFatal("no SOF in the test JPEG");
    jpeg[sof + 3] = std::uint8_t(height >> 8);
    jpeg[sof + 4] = std::uint8_t(height);
    jpeg[sof + 5] = std::uint8_t(width >> 8);
    jpeg[sof + 6] = std::uint8_t(width);
    return jpeg;
}

// A JPEG written with libjpeg itself: CMYK, and scan scripts that Qt's writer has no option for.
std::vector<std::uint8_t> libjpegEncode(int width, int height, int components, J_COLOR_SPACE space,
                                        const std::vector<std::uint8_t> &samples,
                                        const std::vector<jpeg_scan_info> &scans = {}, bool arithmetic = false)
{
    jpeg_compress_struct c{};
    jpeg_error_mgr err{};
    c.err = jpeg_std_error(&err);
    jpeg_create_compress(&c);
    unsigned char *out = nullptr;
    unsigned long size = 0;
    jpeg_mem_dest(&c, &out, &size);
    c.image_width = JDIMENSION(width);
    c.image_height = JDIMENSION(height);
    c.input_components = components;
    c.in_color_space = space;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, 95, TRUE);
    c.arith_code = arithmetic ? TRUE : FALSE;
    if (!scans.empty()) {
        c.scan_info = scans.data();
        c.num_scans = int(scans.size());
    }
    jpeg_start_compress(&c, TRUE);
    while (c.next_scanline < c.image_height) {
        JSAMPROW row = const_cast<JSAMPROW>(samples.data() + std::size_t(c.next_scanline) * width * components);
        jpeg_write_scanlines(&c, &row, 1);
    }
    jpeg_finish_compress(&c);
    std::vector<std::uint8_t> bytes(out, out + size);
    jpeg_destroy_compress(&c);
    std::free(out);
    return bytes;
}

// A progressive scan script for a grey JPEG: DC, then every AC coefficient alone (and refined, if `refine`).
std::vector<jpeg_scan_info> singleCoefficientScans(bool refine)
{
    std::vector<jpeg_scan_info> scans = {{1, {0}, 0, 0, 0, 0}};
    for (int k = 1; k < 64; ++k)
        scans.push_back({1, {0}, k, k, 0, refine ? 1 : 0});
    for (int k = 1; refine && k < 64; ++k)
        scans.push_back({1, {0}, k, k, 1, 0});
    return scans;
}

std::vector<std::uint8_t> randomSamples(std::size_t n, std::uint32_t seed)
{
    std::vector<std::uint8_t> samples(n);
    for (auto &v : samples) {
        seed = seed * 1664525u + 1013904223u;
        v = std::uint8_t(seed >> 24);
    }
    return samples;
}

// What decodeImage should give for a picture, from Qt's own reading of the same bytes (then the same grey rule).
GreyImage greyAsQtReadsIt(const std::vector<std::uint8_t> &bytes)
{
    QImage image = QImage::fromData(bytes.data(), int(bytes.size()));
    if (image.isNull())
        qFatal("Qt cannot read the test picture");
    const int channels = image.hasAlphaChannel() ? 4 : 3;
    image = image.convertToFormat(channels == 4 ? QImage::Format_RGBA8888 : QImage::Format_RGB888);
    std::vector<std::uint8_t> samples;
    for (int y = 0; y < image.height(); ++y)
        samples.insert(samples.end(), image.constScanLine(y), image.constScanLine(y) + image.width() * channels);
    return mw::core::decoders::toGreyImage(samples.data(), image.width(), image.height(), channels);
}

// Pictures of noise in the kinds a camera, a drawing program or a scanner writes, with how far decodeImage may be from
// Qt reading the same bytes (0: exactly; JPEG: a rounding step or two). Qt writes most; the rest is made by hand.
constexpr int kSampleWidth = 61, kSampleHeight = 43;

struct PictureCase {
    const char *what;
    std::vector<std::uint8_t> bytes;
    int tolerance;
};

QImage noiseImage(const std::vector<std::uint8_t> &noise, QImage::Format format, int bytesPerPixel)
{
    QImage image(kSampleWidth, kSampleHeight, format);
    for (int y = 0; y < kSampleHeight; ++y)
        std::memcpy(image.scanLine(y), noise.data() + std::size_t(y) * kSampleWidth * 8,
                    std::size_t(kSampleWidth) * bytesPerPixel);
    return image;
}

std::vector<std::uint8_t> progressiveJpeg(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "JPG");
    writer.setProgressiveScanWrite(true);
    if (!writer.write(image))
        qFatal("cannot write a progressive JPEG");
    return {bytes.begin(), bytes.end()};
}

std::vector<PictureCase> pngsQtReads(const std::vector<std::uint8_t> &noise)
{
    using mw::test::encoded;
    constexpr int w = kSampleWidth, h = kSampleHeight;
    const QImage grey = noiseImage(noise, QImage::Format_Grayscale8, 1), rgb = noiseImage(noise, QImage::Format_RGB888, 3);
    const QImage rgba = noiseImage(noise, QImage::Format_RGBA8888, 4);
    const std::vector<std::uint8_t> greySamples(noise.begin(), noise.begin() + w * h),
        rgbSamples(noise.begin(), noise.begin() + w * h * 3), gaSamples(noise.begin(), noise.begin() + w * h * 2);
    return {
        {"grey PNG", encoded(grey), 0},
        {"RGB PNG", encoded(rgb), 0},
        {"RGBA PNG", encoded(rgba), 0},
        {"16-bit grey PNG", encoded(noiseImage(noise, QImage::Format_Grayscale16, 2)), 0},
        {"16-bit RGBA PNG", encoded(noiseImage(noise, QImage::Format_RGBA64, 8)), 0},
        {"palette PNG", encoded(rgb.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither)), 0},
        {"palette PNG with transparency (tRNS)", encoded(rgba.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither)), 0},
        {"1-bit PNG", encoded(grey.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither)), 0},
        {"grey + alpha PNG", handMadePng(w, h, 4, 2, gaSamples, false), 0},
        {"interlaced grey PNG", handMadePng(w, h, 0, 1, greySamples, true), 0},
        {"interlaced RGB PNG", handMadePng(w, h, 2, 3, rgbSamples, true), 0},
        {"interlaced grey + alpha PNG", handMadePng(w, h, 4, 2, gaSamples, true), 0},
    };
}

std::vector<PictureCase> otherPicturesQtReads(const std::vector<std::uint8_t> &noise)
{
    using mw::test::encoded;
    constexpr int w = kSampleWidth, h = kSampleHeight;
    const QImage grey = noiseImage(noise, QImage::Format_Grayscale8, 1), rgb = noiseImage(noise, QImage::Format_RGB888, 3);
    const std::vector<std::uint8_t> greySamples(noise.begin(), noise.begin() + w * h),
        cmyk(noise.begin(), noise.begin() + w * h * 4);
    return {
        {"grey JPEG", encoded(grey, "JPG"), 2},
        {"colour JPEG", encoded(rgb, "JPG"), 2},
        {"progressive JPEG", progressiveJpeg(rgb), 2},
        {"CMYK JPEG", libjpegEncode(w, h, 4, JCS_CMYK, cmyk), 2},
        {"progressive JPEG of 64 scans", libjpegEncode(w, h, 1, JCS_GRAYSCALE, greySamples, singleCoefficientScans(false)), 2},
        {"BMP", encoded(rgb, "BMP"), 0},
        {"PGM", encoded(grey, "PGM"), 0},
        {"PPM", encoded(rgb, "PPM"), 0},
    };
}

int maxAbsDiff(const GreyImage &a, const GreyImage &b)
{
    if (a.width != b.width || a.height != b.height)
        return 1000;
    int most = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i)
        most = std::max(most, std::abs(int(a.pixels[i]) - int(b.pixels[i])));
    return most;
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
        EXPECT_THROW_NAMING(DataError, readImageFile(dir / "truncated.png"), "truncated.png: truncated PNG");
        EXPECT_THROW_NAMING(DataError, readImageFile(dir / "missing.png"), "missing.png: cannot read");
        EXPECT_THROW_NAMING(DataError, readImageFile(dir), "is a folder");
    }

    // PNG and JPEG through libpng and libjpeg-turbo, BMP and PNM through stb_image and our PNM reader: the same pixels
    // as Qt reads from the same bytes, for each kind a camera, a drawing program or a scanner writes.
    void decodesLikeQt()
    {
        const auto noise = randomSamples(std::size_t(kSampleWidth) * kSampleHeight * 8, 11);
        auto cases = pngsQtReads(noise);
        for (auto &c : otherPicturesQtReads(noise))
            cases.push_back(std::move(c));
        for (const PictureCase &c : cases) {
            const GreyImage ours = decodeImage(c.bytes, c.what);
            const int diff = maxAbsDiff(ours, greyAsQtReadsIt(c.bytes));
            qInfo("%s: %d x %d, largest difference from Qt %d", c.what, ours.width, ours.height, diff);
            QVERIFY2(ours.width == kSampleWidth && ours.height == kSampleHeight, c.what);
            QVERIFY2(diff <= c.tolerance, qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(c.what)).arg(diff)));
        }
        QCOMPARE(int(cases[3].bytes[24]), 16); // the 16-bit cases really are 16-bit
        QCOMPARE(int(cases[5].bytes[25]), 3);  // palette
        QCOMPARE(int(cases[7].bytes[24]), 1);  // one bit per pixel
        QVERIFY(jpegSegment(cases[14].bytes, {0xc2})); // SOF2: progressive indeed
    }

    // Formats Qt does not read: TGA (raw and run-length) and 16-bit or 12-bit PGM, against pixels known here.
    void decodesTgaAndDeepPnm()
    {
        // 4 x 2, top row first: a run of 4 dark blue pixels (BGR), then 4 raw ones.
        auto rle = tgaHeader(10, 4, 2);
        for (int v : {0x83, 200, 10, 10, 0x03, 0, 0, 0, 255, 255, 255, 0, 0, 255, 0, 255, 0})
            rle.push_back(std::uint8_t(v));
        const GreyImage fromRle = decodeImage(rle, "rle.tga");
        const std::vector<std::uint8_t> expected = {32, 32, 32, 32, 0, 255, 76, 150};
        QCOMPARE(fromRle.pixels, expected);
        auto raw = tgaHeader(2, 4, 2);
        for (int i = 0; i < 4; ++i)
            raw.insert(raw.end(), {200, 10, 10});
        raw.insert(raw.end(), rle.end() - 12, rle.end());
        QCOMPARE(decodeImage(raw, "raw.tga").pixels, expected);

        // Scaled by the largest value the header gives, big-endian samples.
        const std::string header16 = "P5\n# a comment\n3 2\n65535\n", header12 = "P5 3 2 4095 ";
        std::vector<std::uint8_t> deep(header16.begin(), header16.end()), twelve(header12.begin(), header12.end());
        for (int v : {0, 65535, 32768, 257, 4095, 1000})
            deep.insert(deep.end(), {std::uint8_t(v >> 8), std::uint8_t(v)});
        for (int v : {0, 4095, 2048, 4, 100, 5000})
            twelve.insert(twelve.end(), {std::uint8_t(v >> 8), std::uint8_t(v)});
        QCOMPARE(decodeImage(deep, "deep.pgm").pixels, (std::vector<std::uint8_t>{0, 255, 128, 1, 16, 4}));
        QCOMPARE(decodeImage(twelve, "twelve.pgm").pixels, (std::vector<std::uint8_t>{0, 255, 128, 0, 6, 255})); // 5000: clamped
    }

    // Headers that declare more than the limits are refused from the header alone, before anything is allocated for
    // the pixels; the error is one line naming the file, the declared size and the limit.
    void picturesOverTheLimits()
    {
        // Found by fuzzing: each took seconds and hundreds of MB, then "predicted" a digit from pixels never there.
        auto tga = tgaHeader(10, 1104, 65331);
        tga.resize(26, 0xff);
        auto bmp = bmpHeader(655400, 32);
        bmp.resize(83, 0x80);
        auto bigTga = tgaHeader(10, 8192, 10240);
        bigTga.resize(685, 0xff);
        const auto png = mw::test::encoded(mw::test::toQImage(letterL(100, 60, 1)));
        const auto jpeg = mw::test::encoded(mw::test::toQImage(letterL(100, 60, 1)), "JPG");
        const std::string pnm = "P6\n99999999999999999999 2\n255\n";
        struct Case {
            std::vector<std::uint8_t> bytes;
            const char *says;
        };
        const std::vector<Case> cases = {
            {tga, "a.pic: TGA declares 1104 x 65331 pixels, over the limit of 16384 pixels a side"},
            {bmp, "a.pic: BMP declares 655400 x 32 pixels, over the limit of 16384 pixels a side"},
            {bigTga, "a.pic: TGA declares 8192 x 10240 pixels (83886080), over the limit of 64 M pixels in all"},
            {withPngSize(png, 30000, 30000), "a.pic: PNG declares 30000 x 30000 pixels, over the limit of 16384 pixels a side"},
            {withPngSize(png, 9000, 9000), "a.pic: PNG declares 9000 x 9000 pixels (81000000), over the limit of 64 M"},
            {withJpegSize(jpeg, 30000, 2000), "a.pic: JPEG declares 30000 x 2000 pixels, over the limit of 16384 pixels a side"},
            {{pnm.begin(), pnm.end()}, "a.pic: PNM declares 1099511627776 x 2 pixels, over the limit of 16384"},
            {withPngSize(png, 0, 5), "a.pic: damaged image (PNG declares 0 x 5 pixels)"},
        };
        for (const Case &c : cases) {
            EXPECT_THROW_NAMING(DataError, decodeImage(c.bytes, "a.pic"), c.says);
            try {
                decodeImage(c.bytes, "a.pic");
            } catch (const DataError &e) {
                QVERIFY2(std::string(e.what()).find('\n') == std::string::npos, e.what());
            }
        }
        // A file larger than any picture within the limits is refused by its size, unread (a sparse file here).
        const auto huge = tempPath("huge.png");
        mw::test::writeFile(huge, png);
        std::filesystem::resize_file(huge, std::uintmax_t(kMaxImageFileBytes) + 1);
        EXPECT_THROW_NAMING(DataError, readImageFile(huge), "huge.png: 268435457 bytes, over the limit of 256 MiB");
    }

    // A file that ends before its pixels is an error that says "truncated", never pixels the file did not hold.
    void truncatedPictures()
    {
        using mw::test::encoded;
        QImage rgb(300, 200, QImage::Format_RGB888);
        const auto noise = randomSamples(300 * 200 * 3, 5);
        for (int y = 0; y < 200; ++y)
            std::memcpy(rgb.scanLine(y), noise.data() + y * 900, 900);
        auto half = [](std::vector<std::uint8_t> bytes) {
            bytes.resize(bytes.size() / 2);
            return bytes;
        };
        auto cut = [](std::vector<std::uint8_t> bytes, std::size_t n) {
            bytes.resize(bytes.size() - n);
            return bytes;
        };
        const auto png = encoded(rgb), jpeg = encoded(rgb, "JPG");
        const auto smallPng = encoded(mw::test::toQImage(letterL(100, 60, 1)));
        const auto smallJpeg = encoded(mw::test::toQImage(letterL(100, 60, 1)), "JPG");
        auto rawTga = tgaHeader(2, 300, 200);
        rawTga.insert(rawTga.end(), noise.begin(), noise.end());
        auto rle = tgaHeader(10, 300, 200);
        for (int i = 0; i < 100; ++i) // 100 runs of 128 pixels: 12,800 of the 60,000 declared
            rle.insert(rle.end(), {0xff, 1, 2, 3});
        const auto pgm = encoded(rgb.convertToFormat(QImage::Format_Grayscale8), "PGM");
        struct Case {
            std::vector<std::uint8_t> bytes;
            const char *says;
        };
        const std::vector<Case> cases = {
            {half(png), "a.pic: truncated PNG (the file ends before its pixels do)"},
            {cut(png, 12), "a.pic: truncated PNG"}, // every pixel there, but not the end: still cut short
            {half(jpeg), "a.pic: truncated JPEG (Premature end of JPEG file)"},
            {cut(jpeg, 2), "a.pic: truncated JPEG"},
            {half(progressiveJpeg(rgb)), "a.pic: truncated JPEG"},
            // Small files declaring big pictures within the limits: they cannot hold them even at the format's best
            // compression, so nothing is allocated for those pixels.
            {withPngSize(smallPng, 8000, 8000), "a.pic: truncated PNG: its 8000 x 8000 pixels need at least 62023 bytes (deflate"},
            {withJpegSize(smallJpeg, 8000, 8000), "a.pic: truncated JPEG: its 8000 x 8000 pixels need at least 125000 bytes (one bit"},
            {half(encoded(rgb, "BMP")), "a.pic: truncated BMP: its 300 x 200 pixels need 180054 bytes, the file has 90027"},
            {cut(encoded(rgb, "PPM"), 1), "a.pic: truncated PNM"},
            {cut(pgm, 300), "a.pic: truncated PNM"},
            {half(rawTga), "a.pic: truncated TGA: its 300 x 200 pixels need 180018 bytes, the file has 90009"},
            {rle, "a.pic: truncated TGA: its 300 x 200 pixels need at least"},
        };
        for (const Case &c : cases)
            EXPECT_THROW_NAMING(DataError, decodeImage(c.bytes, "a.pic"), c.says);
    }

    // Damaged Huffman tables are what reached out-of-bounds accesses in stb_image's JPEG decoder (UBSan, issue 19):
    // JPEG now never reaches stb_image, and libjpeg-turbo refuses them in one line. Too many progressive scans (a CPU
    // bomb: each scan walks the whole picture) are refused the same way.
    void damagedJpegIsAnError()
    {
        const auto jpeg = mw::test::encoded(mw::test::toQImage(letterL(100, 60, 1)), "JPG");
        const std::size_t dht = jpegSegment(jpeg, {0xc4});
        QVERIFY(dht);
        auto tooManyCodes = jpeg; // 16 lengths of 17 codes each: 272, more than a table can hold
        std::fill_n(tooManyCodes.begin() + std::ptrdiff_t(dht) + 3, 16, std::uint8_t(17));
        auto overfull = jpeg; // three codes of one bit (the total kept): no prefix code has that
        overfull[dht + 3] = std::uint8_t(overfull[dht + 3] + 3);
        const auto longer = std::find_if(overfull.begin() + std::ptrdiff_t(dht) + 4, overfull.begin() + std::ptrdiff_t(dht) + 19,
                                         [](std::uint8_t n) { return n >= 3; });
        *longer = std::uint8_t(*longer - 3);
        std::vector<std::uint8_t> grey(64 * 64, 128);
        const auto manyScans = libjpegEncode(64, 64, 1, JCS_GRAYSCALE, grey, singleCoefficientScans(true));
        struct Case {
            std::vector<std::uint8_t> bytes;
            const char *says;
        };
        const std::vector<Case> cases = {
            {tooManyCodes, "a.jpg: damaged image (JPEG: Bogus Huffman table definition)"},
            {overfull, "a.jpg: damaged image (JPEG: Bogus Huffman table definition)"},
            {manyScans, "a.jpg: damaged image (JPEG: more than 100 progressive scans)"},
        };
        for (const Case &c : cases)
            EXPECT_THROW_NAMING(DataError, decodeImage(c.bytes, "a.jpg"), c.says);
        QCOMPARE(singleCoefficientScans(true).size(), std::size_t(127));
    }

    // Formats nothing here reads are named in the error, which says what to do; so is arithmetic coding.
    void refusedFormats()
    {
        const std::string gif = "GIF89a", tiff("II*\0\x08\0\0\0", 8), text = "P2\n2 2\n255\n0 1 2 3\n";
        const std::vector<std::uint8_t> gifBytes(gif.begin(), gif.end()), tiffBytes(tiff.begin(), tiff.end()),
            textPgm(text.begin(), text.end());
        EXPECT_THROW_NAMING(DataError, decodeImage(gifBytes, "a.gif"),
                            "a.gif: not an image in a format read here: GIF is not read (PNG, JPEG, BMP, TGA and binary PNM are)");
        EXPECT_THROW_NAMING(DataError, decodeImage(tiffBytes, "a.tif"), "a.tif: not an image in a format read here: TIFF");
        EXPECT_THROW_NAMING(DataError, decodeImage(textPgm, "a.pgm"), "a.pgm: not an image in a format read here: text or PAM PNM");
        const std::vector<std::uint8_t> grey(64 * 64, 99);
        EXPECT_THROW_NAMING(DataError, decodeImage(libjpegEncode(64, 64, 1, JCS_GRAYSCALE, grey, {}, true), "a.jpg"),
                            "a.jpg: arithmetic-coded JPEG is not read");
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

    // The Draw page's round: each model's answer is what the model alone says, in the models' order, whatever order
    // the workers took them in; more models than workers and no models at all work too. The workers' one-thread
    // setting stays theirs: a thread started afterwards still computes on every core.
    void classifyRoundAnswersLikeEachModel()
    {
        MW_REQUIRE_MNIST();
        ensureModel();
        const auto other = Classifier::load(m_run);
        std::vector<ClassifierPtr> models = {m_classifier, other, m_classifier, other, m_classifier};
        ClassifyRound round(2);
        QCOMPARE(round.workers(), 2);
        QVERIFY(round.classify(m_mnist->data.test.image(0), {}).empty());
        for (int i = 0; i < 20; ++i) {
            const std::uint8_t *digit = m_mnist->data.test.image(i);
            const auto alone = m_classifier->classify(digit);
            const auto answers = round.classify(digit, models);
            QCOMPARE(answers.size(), models.size());
            for (const auto &answer : answers) {
                QCOMPARE(answer.digit, alone.digit);
                for (int d = 0; d < 10; ++d)
                    QVERIFY(std::abs(answer.probabilities[std::size_t(d)] - alone.probabilities[std::size_t(d)]) < 1e-6);
            }
        }
        QVERIFY(m_classifier->lastSeconds() > 0);
        int threadsLater = 0;
        std::thread([&] { threadsLater = at::get_num_threads(); }).join();
        QCOMPARE(threadsLater, int(std::max(1u, std::thread::hardware_concurrency())));
    }

    // bench --classify times the page's round on real digits and says so in JSON; a path that is no run is one line.
    void benchClassifyCommand()
    {
        MW_REQUIRE_MNIST();
        ensureModel();
        const QString run = QString::fromStdString(m_run.string());
        const QString json = QString::fromStdString(tempPath("bench-classify.json").string());
        const CliResult r = cli({QStringLiteral("bench"), QStringLiteral("--classify"), run, run, QStringLiteral("--saliency"),
                                 run, QStringLiteral("--repeat"), QStringLiteral("10"), QStringLiteral("--json"), json,
                                 QStringLiteral("--data"), QString::fromStdString(mw::test::mnistFolder().string())});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("2 model(s) (mlp, mlp)")), qPrintable(r.out));
        QFile file(json);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("rounds")).toInt(), 10);
        QVERIFY(o.value(QStringLiteral("median_ms")).toDouble() > 0);
        QVERIFY(o.value(QStringLiteral("max_ms")).toDouble() >= o.value(QStringLiteral("median_ms")).toDouble());
        QCOMPARE(o.value(QStringLiteral("models")).toArray().size(), 2);
        QVERIFY(o.value(QStringLiteral("saliency")).toObject().value(QStringLiteral("median_ms")).toDouble() > 0);

        const QString missing = QString::fromStdString(tempPath("no-such-run").string());
        const CliResult bad = cli({QStringLiteral("bench"), QStringLiteral("--classify"), missing, QStringLiteral("--data"),
                                   QString::fromStdString(mw::test::mnistFolder().string())});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(bad.err.contains(missing + QStringLiteral(": no such run folder")), qPrintable(bad.err));
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
