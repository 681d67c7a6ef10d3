#pragma once

// Helpers shared by the tests: where real MNIST lives, and writers for small IDX files made inside a test.
#include "data/catalog.h"

#include <QProcess>
#include <QtTest>

#include <zlib.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <vector>

namespace mw::test {

// Real MNIST, as the README's commands install it. Tests that need it fail (not skip) without it.
inline std::filesystem::path mnistFolder()
{
    return mw::core::appDataDir() / "datasets" / "mnist";
}

inline bool haveMnist()
{
    std::error_code ec;
    return std::filesystem::exists(mnistFolder() / "train-images-idx3-ubyte", ec);
}

#define MW_REQUIRE_MNIST()                                                                                          \
    do {                                                                                                            \
        if (!mw::test::haveMnist())                                                                                 \
            QFAIL(qPrintable(QStringLiteral("real MNIST not found in %1: run ./workbench.sh test, which fetches it") \
                                 .arg(QString::fromStdString(mw::test::mnistFolder().string()))));                  \
    } while (0)

// Runs tests/fixtures/<script> with Debian's python3 (torch, torchvision), which writes reference files at test time.
// Returns what went wrong, or an empty string.
inline QString runFixture(const QString &script, const QStringList &args, int timeoutMs = 300'000)
{
    const QString path = QFINDTESTDATA(QStringLiteral("fixtures/") + script);
    if (path.isEmpty())
        return QStringLiteral("tests/fixtures/%1 not found").arg(script);
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), QStringList{path} + args);
    if (python.waitForFinished(timeoutMs) && python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0)
        return {};
    return QStringLiteral("%1 failed (Debian's python3-torch and python3-torchvision are needed): %2 %3")
        .arg(script, QString::fromLocal8Bit(python.readAllStandardError()), python.errorString());
}

// `statement` throws Type whose message contains `fragment` (an error must name the file, key or setting).
#define MW_EXPECT_THROW_NAMING(Type, statement, fragment)                                                          \
    do {                                                                                                            \
        bool thrown = false;                                                                                        \
        try {                                                                                                       \
            (void)(statement);                                                                                      \
        } catch (const Type &e) {                                                                                   \
            thrown = true;                                                                                          \
            QVERIFY2(std::string(e.what()).find(fragment) != std::string::npos, e.what());                          \
        }                                                                                                           \
        QVERIFY2(thrown, "no " #Type " from " #statement);                                                          \
    } while (0)

inline std::vector<std::uint8_t> idxBytes(std::uint8_t dims, const std::vector<std::uint32_t> &shape,
                                          const std::vector<std::uint8_t> &payload)
{
    std::vector<std::uint8_t> bytes = {0, 0, 0x08, dims};
    for (std::uint32_t d : shape)
        for (int b = 0; b < 4; ++b)
            bytes.push_back(std::uint8_t(d >> (24 - 8 * b)));
    bytes.insert(bytes.end(), payload.begin(), payload.end());
    return bytes;
}

inline void writeFile(const std::filesystem::path &path, const std::vector<std::uint8_t> &bytes, bool gzip = false)
{
    if (gzip) {
        gzFile f = gzopen(path.c_str(), "wb1");
        QVERIFY(f);
        if (!bytes.empty())
            QCOMPARE(gzwrite(f, bytes.data(), unsigned(bytes.size())), int(bytes.size()));
        gzclose(f);
    } else {
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char *>(bytes.data()), std::streamsize(bytes.size()));
    }
}

inline std::vector<std::uint8_t> readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

// A small valid MNIST-format folder: nTrain + nTest digits whose pixels encode their index, labels i % 10.
inline void writeSmallDataset(const std::filesystem::path &folder, int nTrain = 100, int nTest = 20, bool gzip = false)
{
    std::filesystem::create_directories(folder);
    auto part = [&](const char *images, const char *labels, int n, int offset) {
        std::vector<std::uint8_t> pixels(static_cast<std::size_t>(n) * 784);
        std::vector<std::uint8_t> tags(static_cast<std::size_t>(n));
        for (int i = 0; i < n; ++i) {
            for (int p = 0; p < 784; ++p)
                pixels[std::size_t(i) * 784 + p] = std::uint8_t((i + offset + p) % 256);
            tags[std::size_t(i)] = std::uint8_t((i + offset) % 10);
        }
        const std::string ext = gzip ? ".gz" : "";
        writeFile(folder / (images + ext), idxBytes(3, {std::uint32_t(n), 28, 28}, pixels), gzip);
        writeFile(folder / (labels + ext), idxBytes(1, {std::uint32_t(n)}, tags), gzip);
    };
    part("train-images-idx3-ubyte", "train-labels-idx1-ubyte", nTrain, 0);
    part("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte", nTest, nTrain);
}

} // namespace mw::test
