// safetensors read/write, torch.save (.pth) files, and loading state dicts: round trips, files made by real PyTorch,
// files that try to run code, damaged files, keys that do not fit.
#include "errors.h"
#include "models/weights.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <random>

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

// A torchvision-like module, the same as Net in fixtures/make_torch_files.py.
struct TorchNet : torch::nn::Module {
    torch::nn::Conv2d conv1{nullptr};
    torch::nn::BatchNorm2d bn1{nullptr};
    torch::nn::Linear fc{nullptr};
    TorchNet()
    {
        conv1 = register_module("conv1", torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 8, 3).padding(1).bias(false)));
        bn1 = register_module("bn1", torch::nn::BatchNorm2d(8));
        fc = register_module("fc", torch::nn::Linear(8, 10));
    }
    torch::Tensor forward(torch::Tensor x)
    {
        x = torch::relu(bn1(conv1(x)));
        return fc(torch::adaptive_avg_pool2d(x, {1, 1}).flatten(1));
    }
};

std::uint32_t le(const std::vector<std::uint8_t> &b, std::size_t at, int bytes)
{
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i)
        v = (v << 8) | b.at(at + std::size_t(i));
    return v;
}

// Where a zip entry's data and its two CRC fields are, found through the central directory.
struct ZipSpan {
    std::size_t data = 0, size = 0, central = 0, local = 0;
};
ZipSpan findEntry(const std::vector<std::uint8_t> &zip, const std::string &suffix)
{
    for (std::size_t p = 0; p + 46 <= zip.size(); ++p) {
        if (le(zip, p, 4) != 0x02014b50)
            continue;
        const std::string name(reinterpret_cast<const char *>(&zip[p + 46]), le(zip, p + 28, 2));
        if (name.size() < suffix.size() || name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        ZipSpan s;
        s.central = p;
        s.local = le(zip, p + 42, 4);
        s.size = le(zip, p + 24, 4);
        s.data = s.local + 30 + le(zip, s.local + 26, 2) + le(zip, s.local + 28, 2);
        return s;
    }
    return {};
}

// Makes a changed entry pass the CRC check, so that what comes after it (the unpickler) is what gets tested.
void fixCrc(std::vector<std::uint8_t> &zip, const ZipSpan &s)
{
    const auto crc = std::uint32_t(crc32(0L, zip.data() + s.data, uInt(s.size)));
    for (int i = 0; i < 4; ++i)
        zip[s.central + 16 + std::size_t(i)] = zip[s.local + 14 + std::size_t(i)] = std::uint8_t(crc >> (8 * i));
}

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
    std::filesystem::path torchFile(const QString &name) const { return file("torch") / name.toStdString(); }
    std::filesystem::path torchFile(const char *name) const { return file("torch") / name; }

    // Reading `path` must fail with a WeightsError that names the file and contains `problem`.
    static void expectError(const std::filesystem::path &path, const QString &problem,
                            StateDict (*read)(const std::filesystem::path &) = readTorchStateDict)
    {
        try {
            read(path);
            QFAIL(qPrintable(QStringLiteral("read without an error: ") + QString::fromStdString(path.string())));
        } catch (const WeightsError &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.startsWith(QString::fromStdString(path.string()) + QStringLiteral(": ")), qPrintable(message));
            QVERIFY2(message.contains(problem), qPrintable(message));
        }
    }
    static void expectError(const std::filesystem::path &path, const char *problem,
                            StateDict (*read)(const std::filesystem::path &) = readTorchStateDict)
    {
        expectError(path, QString::fromUtf8(problem), read);
    }

    static void compareStateDicts(const StateDict &read, const StateDict &expected)
    {
        QCOMPARE(read.size(), expected.size());
        for (std::size_t i = 0; i < read.size(); ++i) {
            QCOMPARE(read[i].first, expected[i].first);
            QCOMPARE(read[i].second.scalar_type(), expected[i].second.scalar_type());
            QCOMPARE(read[i].second.sizes().vec(), expected[i].second.sizes().vec());
            QVERIFY2(torch::equal(read[i].second, expected[i].second), read[i].first.c_str());
        }
    }

private Q_SLOTS:
    // Debian's python3-torch writes the .pth files and their reference values into the temporary folder, once.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString problem = mw::test::runFixture(QStringLiteral("make_torch_files.py"),
                                                     {QString::fromStdString(file("torch").string())}, 180'000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void torchSaveMatchesPyTorchValueByValue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("torch.save(state_dict)") << "state_dict.pth";
        QTest::newRow("pickle protocol 4") << "proto4.pth";
        QTest::newRow("zip64 records") << "zip64.pth";
        QTest::newRow("{'model': state_dict, 'epoch': 3}") << "model_key.pth";
    }

    void torchSaveMatchesPyTorchValueByValue()
    {
        QFETCH(QString, name);
        // float32, float16 and bfloat16 (read as float32), int64, bool, 0-d, empty, and a strided view at an offset
        // into a storage another entry shares, in the file's order.
        const StateDict expected = readSafetensors(torchFile("ref.safetensors"));
        const StateDict read = readTorchStateDict(torchFile(name));
        compareStateDicts(read, expected);
        compareStateDicts(readWeights(torchFile(name)), expected);
        QCOMPARE(read.back().first, std::string("extra.empty"));
        QCOMPARE(read[10].first, std::string("extra.index"));
        QCOMPARE(read[10].second[5].item<std::int64_t>(), std::int64_t(-9'000'000'000'000'000));
    }

    void trainingCheckpointYieldsItsStateDict()
    {
        // {'epoch', 'state_dict', 'optimizer' (tensors, floats, lists, None), 'best_acc', 'arch', ...}
        compareStateDicts(readTorchStateDict(torchFile("checkpoint.pth")),
                          readSafetensors(torchFile("checkpoint_ref.safetensors")));
        expectError(torchFile("two_dicts.pth"), "under both \"state_dict\" and \"model\"");
        expectError(torchFile("no_state_dict.pth"), "\"epoch\" (an int), \"weights\" (a list) are not tensors");
    }

    void pthLoadsIntoALibTorchModuleAndComputesLikePyTorch()
    {
        TorchNet net;
        const LoadReport report = loadStateDict(net, readWeights(torchFile("module.pth")), "module.pth");
        QVERIFY(report.missing.empty() && report.unexpected.empty());
        QCOMPARE(net.bn1->num_batches_tracked.item<std::int64_t>(), std::int64_t(7));
        net.eval();
        torch::NoGradGuard noGrad;
        const StateDict io = readSafetensors(torchFile("io.safetensors"));
        const torch::Tensor out = net.forward(io.at(0).second);
        QVERIFY2(torch::allclose(out, io.at(1).second, 1e-5, 1e-6),
                 qPrintable(QString::number((out - io.at(1).second).abs().max().item<double>())));
    }

    void picklesThatRunCodeAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("global");
        QTest::newRow("__reduce__ -> os.system, via torch.save") << "evil_reduce.pth" << "posix.system";
        QTest::newRow("GLOBAL os system") << "evil_os.pth" << "os.system";
        QTest::newRow("STACK_GLOBAL builtins eval") << "evil_eval.pth" << "builtins.eval";
    }

    void picklesThatRunCodeAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QString, global);
        // Each of these runs "touch PWNED" when PyTorch's torch.load reads it.
        const QString refusal = QStringLiteral("refuses to load: the pickle names ") + global
                              + QStringLiteral(" (only state-dict contents are allowed)");
        expectError(torchFile(name), refusal);
        expectError(torchFile(name), refusal, readWeights);
        QVERIFY2(!std::filesystem::exists(torchFile("PWNED")), "the pickle ran a command");
    }

    void otherThingsTorchSavesGetAHint_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        const QString hint = QStringLiteral("; this looks like a whole pickled model (torch.save(model)): save model.state_dict() instead");
        QTest::newRow("torch.save(model), class in __main__")
            << "whole_model.pth" << QStringLiteral("the pickle names __main__.Net (only state-dict contents are allowed)") + hint;
        QTest::newRow("torch.save(nn.Sequential)")
            << "whole_sequential.pth"
            << QStringLiteral("names torch.nn.modules.container.Sequential (only state-dict contents are allowed)") + hint;
        QTest::newRow("legacy") << "legacy.pth"
                                << "legacy PyTorch format; re-save it with a current PyTorch: torch.save(torch.load(f), f)";
        QTest::newRow("TorchScript") << "script.pt" << "this is a TorchScript module: load it as a custom backbone";
        QTest::newRow("deflated") << "deflated.pth" << "is compressed (method 8)";
    }

    void otherThingsTorchSavesGetAHint()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        expectError(torchFile(name), problem);
        expectError(torchFile(name), problem, readWeights);
    }

    void lyingAndHostilePicklesAreCaught_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("problem");
        QTest::newRow("size past storage") << "lie_size.pth" << "a tensor reaches past the end of its storage 0 (4 elements)";
        QTest::newRow("stride past storage") << "lie_stride.pth" << "a tensor reaches past the end of its storage 0";
        QTest::newRow("stride 0, 10^12 elements")
            << "lie_expand.pth" << "a tensor has more elements than its storage 0 holds (4)";
        QTest::newRow("storage larger than entry")
            << "lie_numel.pth" << "storage 0 claims 1000000000000 elements of FloatStorage but lie_numel/data/0 holds 16 bytes";
        QTest::newRow("nested 100 deep") << "deep.pth" << "nests values deeper than 64 levels";
        QTest::newRow("list inside itself") << "cycle.pth" << "puts a container inside itself";
        QTest::newRow("endless stack") << "tall.pth" << "its stack grows past 1048576 entries";
        QTest::newRow("storage entry missing") << "lie_key.pth" << "names storage 7, but the archive has no entry lie_key/data/7";
    }

    void lyingAndHostilePicklesAreCaught()
    {
        QFETCH(QString, name);
        QFETCH(QString, problem);
        expectError(torchFile(name), problem);
        // The same pickle with a truthful header reads: the refusal is about the lie, not the hand-made archive.
        const StateDict ok = readTorchStateDict(torchFile("fake_ok.pth"));
        QVERIFY(torch::equal(ok.at(0).second, torch::tensor({2.0f, 3.0f, 4.0f})));
    }

    void readWeightsTellsTheFormatsApart()
    {
        // A 640-byte safetensors header: its length field starts 0x80 0x02, like a pickle.
        std::string header = R"({"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}})";
        header.append(640 - header.size(), ' ');
        auto bytes = safetensorsBytes(header, 0);
        QCOMPARE(int(bytes[0]), 0x80);
        QCOMPARE(int(bytes[1]), 0x02);
        const float value = 2.5f;
        bytes.insert(bytes.end(), reinterpret_cast<const std::uint8_t *>(&value), reinterpret_cast<const std::uint8_t *>(&value) + 4);
        mw::test::writeFile(file("pickle-like.safetensors"), bytes);
        QCOMPARE(readWeights(file("pickle-like.safetensors")).at(0).second.item<float>(), 2.5f);
        compareStateDicts(readWeights(torchFile("ref.safetensors")), readSafetensors(torchFile("ref.safetensors")));

        // A Keras .h5 file (HDF5 signature) is named for what it is, not misread as a damaged safetensors file.
        std::vector<std::uint8_t> hdf5 = {0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};
        hdf5.resize(2048, 0);
        mw::test::writeFile(file("resnet50_notop.h5"), hdf5);
        expectError(file("resnet50_notop.h5"), "load into a Keras-layout backbone's weights only", readWeights);
    }

    void damagedPthFilesAreErrorsNotCrashes()
    {
        const auto good = mw::test::readFile(torchFile("state_dict.pth"));
        QVERIFY(good.size() > 4000);
        const auto path = file("damaged.pth");
        // Cut anywhere: the end record is gone, or (cut inside it) what it points at is.
        for (std::size_t length : {std::size_t(4), std::size_t(30), good.size() / 3, good.size() / 2, good.size() - 200,
                                   good.size() - 23, good.size() - 1}) {
            mw::test::writeFile(path, std::vector<std::uint8_t>(good.begin(), good.begin() + std::ptrdiff_t(length)));
            expectError(path, "truncated");
        }
        std::vector<std::uint8_t> onlyMagic(100, 'x');
        std::copy_n("PK\x03\x04", 4, onlyMagic.begin());
        mw::test::writeFile(path, onlyMagic);
        expectError(path, "no zip end-of-archive record (the file is truncated or not a zip archive)");
        mw::test::writeFile(path, std::vector<std::uint8_t>(1000, 0x5a));
        expectError(path, "not a PyTorch file");
        mw::test::writeFile(path, {});
        expectError(path, "empty file");
        expectError(file("no-such.pth"), "cannot open");
        // Garbage that is neither zip nor pickle goes to the safetensors reader, which says what it found.
        expectError(path, "empty file", readWeights);

        // One flipped bit in a tensor's bytes would be a silently wrong weight.
        auto flipped = good;
        const ZipSpan conv = findEntry(flipped, "/data/0");
        QVERIFY(conv.size > 0);
        flipped[conv.data + conv.size / 2] ^= 0x10;
        mw::test::writeFile(path, flipped);
        expectError(path, "entry state_dict/data/0 is damaged (CRC-32 mismatch)");
    }

    void mutatedPicklesAreErrorsNotCrashes()
    {
        // Random damage inside data.pkl, with the CRC made to fit so the unpickler sees every byte of it: each file
        // either reads or is a WeightsError; nothing crashes, hangs or throws anything else.
        const auto good = mw::test::readFile(torchFile("state_dict.pth"));
        const ZipSpan pkl = findEntry(good, "/data.pkl");
        QVERIFY(pkl.size > 500);
        const std::uint8_t interesting[] = {'(', ')', ']', '}', 't', 'R', 'b', 'Q', 's', 'u', 'a', 'e', 'h', 'q', 'r',
                                            'j', 'K', 'J', 0x8a, 0x85, 0x86, 0x87, 0x93, 0x94, 0x95, '.', '0', '2', 0xff};
        std::mt19937 random(2024);
        const auto path = file("mutated.pth");
        int read = 0, refused = 0;
        for (int round = 0; round < 1500; ++round) {
            auto bytes = good;
            const int changes = 1 + int(random() % 3);
            for (int c = 0; c < changes; ++c) {
                const std::size_t at = pkl.data + random() % pkl.size;
                bytes[at] = random() % 2 ? interesting[random() % sizeof interesting] : std::uint8_t(random());
            }
            fixCrc(bytes, pkl);
            mw::test::writeFile(path, bytes);
            try {
                readTorchStateDict(path);
                ++read;
            } catch (const WeightsError &) {
                ++refused;
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("round %1: not a WeightsError: %2").arg(round).arg(QString::fromUtf8(e.what()))));
            }
        }
        qInfo("mutated pickles: %d read, %d refused", read, refused);
        QVERIFY(refused > 500); // the damage is real, and it was noticed

        // The same for the zip structure: the central directory, the end records and a local header.
        read = refused = 0;
        for (int round = 0; round < 1500; ++round) {
            auto bytes = good;
            const int changes = 1 + int(random() % 3);
            for (int c = 0; c < changes; ++c) {
                const bool local = random() % 4 == 0;
                const std::size_t at = local ? pkl.local + random() % (pkl.data - pkl.local)
                                             : pkl.central + random() % (bytes.size() - pkl.central);
                bytes[at] = random() % 2 ? std::uint8_t(0xff) : std::uint8_t(random());
            }
            mw::test::writeFile(path, bytes);
            try {
                readTorchStateDict(path);
                ++read;
            } catch (const WeightsError &) {
                ++refused;
            } catch (const std::exception &e) {
                QFAIL(qPrintable(QStringLiteral("zip round %1: not a WeightsError: %2").arg(round).arg(QString::fromUtf8(e.what()))));
            }
        }
        qInfo("mutated zip records: %d read, %d refused", read, refused);
        QVERIFY(refused > 500);
    }

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
