#pragma once

// Shared by the drawing tests: a small model trained for real on MNIST into a run folder, and pictures as files.
#include "data/catalog.h"
#include "draw/image.h"
#include "testsupport.h"
#include "training/runstore.h"
#include "training/trainer.h"

#include <QBuffer>
#include <QImage>

#include <chrono>
#include <cstring>

namespace mw::test {

// Trains `model` on the first `digits` training digits of an MNIST folder (default: real MNIST) into a run folder.
inline mw::core::RunResult trainRun(const std::string &model, const std::filesystem::path &dir, int digits, int epochs,
                                    const std::filesystem::path &dataset = mnistFolder())
{
    mw::core::RunConfig c;
    c.model.name = model;
    c.dataset = dataset.string();
    c.trainLimit = digits;
    c.head.epochs = epochs;
    c.head.learningRate = 1e-3;
    c.batchSize = 64;
    c.seed = 1;
    mw::core::RunStore store(dir);
    const auto start = std::chrono::steady_clock::now();
    auto result = mw::core::runExperiment(c, {}, {}, &store);
    qInfo("trained %s on %d digits, %d epochs: test accuracy %.2f%% in %.1f s", model.c_str(), digits, epochs,
          100 * result.testAccuracy.value_or(0),
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
    return result;
}

// The first nTrain training and nTest test digits of real MNIST as an MNIST-format folder: training on it
// evaluates 10,000 fewer test digits, which on a busy two-core machine is most of a small model's training time.
inline void writeMnistSubset(const mw::core::MnistData &mnist, const std::filesystem::path &folder, int nTrain, int nTest)
{
    std::filesystem::create_directories(folder);
    auto part = [&](const mw::core::DigitSet &set, int n, const char *images, const char *labels) {
        const std::vector<std::uint8_t> pixels(set.images.begin(), set.images.begin() + std::ptrdiff_t(n) * 784);
        const std::vector<std::uint8_t> tags(set.labels.begin(), set.labels.begin() + n);
        writeFile(folder / images, idxBytes(3, {std::uint32_t(n), 28, 28}, pixels));
        writeFile(folder / labels, idxBytes(1, {std::uint32_t(n)}, tags));
    };
    part(mnist.train, nTrain, "train-images-idx3-ubyte", "train-labels-idx1-ubyte");
    part(mnist.test, nTest, "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte");
}

inline QImage toQImage(const mw::core::GreyImage &grey)
{
    QImage image(grey.width, grey.height, QImage::Format_Grayscale8);
    for (int y = 0; y < grey.height; ++y)
        std::memcpy(image.scanLine(y), grey.pixels.data() + std::size_t(y) * grey.width, std::size_t(grey.width));
    return image;
}

inline QImage mnistImage(const std::uint8_t *pixels)
{
    QImage image(28, 28, QImage::Format_Grayscale8);
    for (int y = 0; y < 28; ++y)
        std::memcpy(image.scanLine(y), pixels + y * 28, 28);
    return image;
}

inline std::vector<std::uint8_t> encoded(const QImage &image, const char *format = "PNG")
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, format))
        qFatal("cannot encode a test picture as %s", format);
    return {bytes.begin(), bytes.end()};
}

} // namespace mw::test
