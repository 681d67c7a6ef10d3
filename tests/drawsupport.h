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

// Trains `model` on the first `digits` training digits of real MNIST into a run folder `dir`.
inline mw::core::RunResult trainRun(const std::string &model, const std::filesystem::path &dir, int digits, int epochs)
{
    mw::core::RunConfig c;
    c.model.name = model;
    c.dataset = mnistFolder().string();
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
