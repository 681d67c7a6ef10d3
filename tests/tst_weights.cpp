// safetensors read/write and loading state dicts: round trips, damaged files, keys that do not fit.
#include "errors.h"
#include "models/weights.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace mw::core;

namespace {

struct Tiny : torch::nn::Module {
    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};
    Tiny()
    {
        conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 4, 3)));
        bn = register_module("bn", torch::nn::BatchNorm2d(4));
    }
};

std::vector<std::uint8_t> safetensorsBytes(const std::string &header, std::size_t dataBytes)
{
    std::vector<std::uint8_t> bytes(8);
    for (int i = 0; i < 8; ++i)
        bytes[std::size_t(i)] = std::uint8_t(std::uint64_t(header.size()) >> (8 * i));
    bytes.insert(bytes.end(), header.begin(), header.end());
    bytes.resize(bytes.size() + dataBytes, 0);
    return bytes;
}

} // namespace

class TstWeights : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::filesystem::path file(const char *name) const { return std::filesystem::path(m_dir.path().toStdString()) / name; }

private Q_SLOTS:
    void roundTripKeepsValuesAndOrder()
    {
        torch::manual_seed(1);
        const StateDict written = {
            {"b.weight", torch::randn({3, 4})},
            {"a.count", torch::tensor({7}, torch::kInt64)},
            {"half", torch::randn({5}).to(torch::kFloat16)},
            {"brain", torch::randn({2, 2}).to(torch::kBFloat16)},
            {"strided", torch::arange(12, torch::kFloat32).view({3, 4}).t()}, // not contiguous
            {"empty", torch::zeros({0, 3})},
        };
        writeSafetensors(file("a.safetensors"), written, {{"model", "tiny"}, {"source", "test"}});
        QVERIFY(!std::filesystem::exists(file("a.safetensors.part")));
        const StateDict read = readSafetensors(file("a.safetensors"));
        QCOMPARE(read.size(), written.size());
        for (std::size_t i = 0; i < read.size(); ++i) {
            QCOMPARE(read[i].first, written[i].first);
            const auto expected = written[i].second.is_floating_point() ? written[i].second.to(torch::kFloat32)
                                                                        : written[i].second;
            QCOMPARE(read[i].second.scalar_type(), expected.scalar_type());
            QVERIFY2(torch::equal(read[i].second, expected), read[i].first.c_str());
        }
        QCOMPARE(readSafetensorsMetadata(file("a.safetensors")).at("model"), std::string("tiny"));
    }

    void interoperatesWithTheReferenceLayout()
    {
        // Written by hand as the safetensors spec lays it out: 8-byte little-endian length, JSON, raw data.
        const float values[2] = {1.5f, -2.0f};
        auto bytes = safetensorsBytes(R"({"x":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})", 0);
        const auto *raw = reinterpret_cast<const std::uint8_t *>(values);
        bytes.insert(bytes.end(), raw, raw + 8);
        mw::test::writeFile(file("ref.safetensors"), bytes);
        const StateDict read = readSafetensors(file("ref.safetensors"));
        QCOMPARE(read.at(0).second[1].item<float>(), -2.0f);
    }

    void damagedFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("problem");
        auto st = [](const std::string &header, std::size_t data) {
            const auto b = safetensorsBytes(header, data);
            return QByteArray(reinterpret_cast<const char *>(b.data()), qsizetype(b.size()));
        };
        QTest::newRow("empty") << QByteArray() << "empty file";
        QTest::newRow("garbage") << QByteArray("hello world, not weights at all") << "exceeds the 100 MB limit";
        QTest::newRow("short") << QByteArray("\x10\x00", 2) << "too short";
        QTest::newRow("header past end") << QByteArray("\xff\x00\x00\x00\x00\x00\x00\x00{}", 10) << "past the end";
        QTest::newRow("not json") << st("{not json", 0) << "not a JSON object";
        QTest::newRow("offsets past end") << st(R"({"x":{"dtype":"F32","shape":[4],"data_offsets":[0,16]}})", 8)
                                          << "lie outside the 8 data bytes";
        QTest::newRow("offsets disagree with shape")
            << st(R"({"x":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", 8) << "needs 12";
        QTest::newRow("huge shape") << st(R"({"x":{"dtype":"F32","shape":[1000000,1000000],"data_offsets":[0,8]}})", 8)
                                    << "needs more data than the file holds";
        QTest::newRow("unknown dtype") << st(R"({"x":{"dtype":"F8_E4M3","shape":[1],"data_offsets":[0,1]}})", 8)
                                       << "unsupported dtype";
        QTest::newRow("negative size") << st(R"({"x":{"dtype":"F32","shape":[-1],"data_offsets":[0,4]}})", 8)
                                       << "not a non-negative integer";
        QTest::newRow("missing field") << st(R"({"x":{"dtype":"F32","shape":[1]}})", 8) << "needs dtype, shape";
    }

    void damagedFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        const auto path = file("bad.safetensors");
        mw::test::writeFile(path, std::vector<std::uint8_t>(content.begin(), content.end()));
        try {
            readSafetensors(path);
            QFAIL("a damaged file was read");
        } catch (const WeightsError &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(QString::fromStdString(path.string())), qPrintable(message));
            QVERIFY2(message.contains(problem), qPrintable(message));
        }
    }

    void failedWriteLeavesTheOldFileIntact()
    {
        const auto path = file("keep.safetensors");
        writeSafetensors(path, {{"x", torch::ones({2})}});
        const auto before = mw::test::readFile(path);
        // An undefined tensor dtype cannot be written: the error comes before anything touches the old file.
        QVERIFY_THROWS_EXCEPTION(WeightsError, writeSafetensors(path, {{"x", torch::ones({2}, torch::kInt16)}}));
        QCOMPARE(mw::test::readFile(path), before);
        QVERIFY_THROWS_EXCEPTION(WeightsError, writeSafetensors(file("no/such/folder/x.safetensors"), {}));
    }

    void loadStateDictFits()
    {
        Tiny source, target;
        torch::NoGradGuard g;
        source.bn->running_mean.uniform_();
        StateDict dict = stateDictOf(source);
        dict.emplace_back("fc.weight", torch::zeros({10, 4})); // a torchvision classifier: ignored
        const LoadReport report = loadStateDict(target, dict, "tiny.pth");
        QCOMPARE(report.ignored, std::vector<std::string>{"fc.weight"});
        QVERIFY(report.missing.empty());
        QVERIFY(torch::equal(target.conv->weight, source.conv->weight));
        QVERIFY(torch::equal(target.bn->running_mean, source.bn->running_mean));
    }

    void loadStateDictRefusesWhatDoesNotFit()
    {
        Tiny source, target;
        const auto before = target.conv->weight.clone();
        StateDict wrongShape = stateDictOf(source);
        for (auto &[name, t] : wrongShape)
            if (name == "bn.weight")
                t = torch::ones({5});
        try {
            loadStateDict(target, wrongShape, "w.safetensors");
            QFAIL("a mis-shaped tensor was loaded");
        } catch (const WeightsError &e) {
            QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("bn.weight is [5] in the file but [4] in the model")),
                     e.what());
        }
        QVERIFY2(torch::equal(target.conv->weight, before), "nothing may change when loading fails");

        StateDict missing = stateDictOf(source);
        missing.erase(missing.begin()); // conv.weight
        missing.emplace_back("layer9.weight", torch::ones({1}));
        try {
            loadStateDict(target, missing, "w.safetensors");
            QFAIL("missing keys were accepted");
        } catch (const WeightsError &e) {
            const QString m = QString::fromUtf8(e.what());
            QVERIFY2(m.contains(QStringLiteral("1 missing key(s): conv.weight")), e.what());
            QVERIFY2(m.contains(QStringLiteral("1 unexpected key(s): layer9.weight")), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TstWeights)
#include "tst_weights.moc"
