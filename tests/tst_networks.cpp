// Heads, the tutorials' baselines, freezing, checkpoints and TorchScript backbones.
#include "data/preprocess.h"
#include "errors.h"
#include "models/baselines.h"
#include "models/checkpoint.h"
#include "models/freeze.h"
#include "models/scriptbackbone.h"
#include "testsupport.h"
#include "torchsupport.h"

#include <QTemporaryDir>

#include <cmath>
#include <cstring>
#include <map>

using namespace mw::core;

namespace {

using mw::test::Snapshot;
using mw::test::snapshot;
using mw::test::TinyBackbone;

// Padded, stride 1 first, pooled to 1x1: 16 features at 32x32.
std::shared_ptr<TinyBackbone> tinyBackbone() { return std::make_shared<TinyBackbone>(mw::test::TinyShape{1, 1, 1, 32}); }

// One Adam step on random data over every parameter (frozen ones included, as a careless trainer would pass them).
void trainStep(Network &net, int size = 32, double lr = 1e-2)
{
    torch::manual_seed(11);
    const auto x = torch::rand({8, 3, size, size}) * 2 - 1;
    const auto y = torch::randint(0, 10, {8}, torch::kInt64);
    torch::optim::Adam adam(net.parameters(), torch::optim::AdamOptions(lr));
    adam.zero_grad();
    torch::nn::functional::cross_entropy(net.forward(x), y).backward();
    adam.step();
}

bool isBatchNormKey(const std::string &key) { return key.find("bn") != std::string::npos; }

torch::Tensor readF32(const std::filesystem::path &path, std::vector<std::int64_t> shape)
{
    const auto bytes = mw::test::readFile(path);
    auto t = torch::empty(shape, torch::kFloat32);
    if (bytes.size() != std::size_t(t.numel()) * sizeof(float))
        return {};
    std::memcpy(t.data_ptr<float>(), bytes.data(), bytes.size());
    return t;
}

std::int64_t numel(const torch::nn::Module &module, const std::string &prefix)
{
    std::int64_t n = 0;
    for (const auto &p : module.named_parameters(true))
        if (p.key().rfind(prefix, 0) == 0)
            n += p.value().numel();
    return n;
}

#define EXPECT_WEIGHTS_ERROR(statement, fragment) MW_EXPECT_THROW_NAMING(WeightsError, statement, fragment)

} // namespace

class TstNetworks : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::filesystem::path file(const std::string &name) const
    {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        torch::set_num_threads(1); // the machine's cores are shared; these models are tiny
    }

    // ---------------------------------------------------------------- Head

    void headShapeAndDefaultLayout()
    {
        Head head(2048, HeadOptions{});
        const auto out = head->forward(torch::randn({5, 2048}));
        QCOMPARE(out.sizes().vec(), (std::vector<std::int64_t>{5, 10}));
        std::vector<std::string> names;
        for (const auto &p : head->named_parameters())
            names.push_back(p.key() + shapeString(p.value()));
        QCOMPARE(names, (std::vector<std::string>{"hidden.0.weight[128,2048]", "hidden.0.bias[128]",
                                                  "hidden.1.weight[64,128]", "hidden.1.bias[64]",
                                                  "logits.weight[10,64]", "logits.bias[10]"}));
        QCOMPARE(countParameters(*head), std::int64_t(2048 * 128 + 128 + 128 * 64 + 64 + 64 * 10 + 10));
    }

    void headHeNormalInit()
    {
        torch::manual_seed(3);
        Head head(2048, HeadOptions{{512, 256}, 0.2});
        const auto params = head->named_parameters();
        for (const auto &[name, fanIn] : std::vector<std::pair<std::string, int>>{{"hidden.0.weight", 2048},
                                                                                  {"hidden.1.weight", 512}}) {
            const auto w = params[name];
            const double expected = std::sqrt(2.0 / fanIn);
            const double stdev = w.std().item<double>();
            QVERIFY2(std::abs(stdev / expected - 1) < 0.02, qPrintable(QStringLiteral("%1: std %2, He-normal %3")
                                                                         .arg(QString::fromStdString(name))
                                                                         .arg(stdev)
                                                                         .arg(expected)));
            QVERIFY(std::abs(w.mean().item<double>()) < 0.05 * expected);
            // Normal, not uniform: a normal sample of this size has values beyond 3 sigma, a uniform one cannot.
            QVERIFY(w.abs().max().item<double>() > 3.5 * expected);
        }
        QVERIFY(torch::equal(params["hidden.0.bias"], torch::zeros({512})));
        // The logits layer is Glorot-uniform: bounded by sqrt(6 / (fan_in + fan_out)).
        const double bound = std::sqrt(6.0 / (256 + 10));
        QVERIFY(params["logits.weight"].abs().max().item<double>() <= bound);
        QVERIFY(std::abs(params["logits.weight"].std().item<double>() / (bound / std::sqrt(3.0)) - 1) < 0.1);
    }

    void headDropoutOnlyWhileTraining()
    {
        torch::manual_seed(4);
        Head head(64, HeadOptions{{256, 256}, 0.2});
        const auto x = torch::randn({16, 64});
        head->eval();
        QVERIFY(torch::equal(head->forward(x), head->forward(x)));
        head->train();
        QVERIFY(!torch::equal(head->forward(x), head->forward(x)));

        Head noDropout(64, HeadOptions{{256, 256}, 0.0});
        noDropout->train();
        QVERIFY(torch::equal(noDropout->forward(x), noDropout->forward(x)));
    }

    void headWidthsAndDepthAreSettings_data()
    {
        QTest::addColumn<std::vector<int>>("hidden");
        QTest::addRow("none") << std::vector<int>{};
        QTest::addRow("one") << std::vector<int>{32};
        QTest::addRow("three") << std::vector<int>{300, 100, 50};
    }

    void headWidthsAndDepthAreSettings()
    {
        QFETCH(std::vector<int>, hidden);
        Head head(100, HeadOptions{hidden, 0.5});
        std::int64_t expected = 0;
        int inputs = 100;
        for (std::size_t i = 0; i < hidden.size(); ++i) {
            const auto w = head->named_parameters()["hidden." + std::to_string(i) + ".weight"];
            QCOMPARE(w.sizes().vec(), (std::vector<std::int64_t>{hidden[i], inputs}));
            expected += std::int64_t(inputs) * hidden[i] + hidden[i];
            inputs = hidden[i];
        }
        expected += std::int64_t(inputs) * 10 + 10;
        QCOMPARE(countParameters(*head), expected);
        QCOMPARE(head->named_parameters().size(), 2 * hidden.size() + 2);
        QCOMPARE(head->forward(torch::randn({3, 100})).sizes().vec(), (std::vector<std::int64_t>{3, 10}));
    }

    // ---------------------------------------------------------------- Baselines

    void baselinesShapesAndKerasParameterCounts_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<qint64>("parameters");
        // Keras model.summary() figures of the tutorials' models on 28x28x1:
        QTest::addRow("mlp") << "mlp" << qint64(535'818); // 784*512+512 + 512*256+256 + 256*10+10
        QTest::addRow("dense32") << "dense32" << qint64(25'450); // 784*32+32 + 32*10+10
        // conv 3*3*32+32 = 320; conv 3*3*32*64+64 = 18,496; 28-conv->26-pool s1->25-conv->23-pool s1->22;
        // dense 22*22*64*128+128 = 3,965,056; dense 128*10+10 = 1,290.
        QTest::addRow("smallcnn") << "smallcnn" << qint64(3'985'162);
        // convs without bias 288 + 9,216 + 18,432 + 36,864; BN 64 + 64 + 128 + 128; dense 3136*256 = 802,816,
        // BN1d 512, dense 256*10+10 = 2,570.
        QTest::addRow("cnn") << "cnn" << qint64(871'082);
    }

    void baselinesShapesAndKerasParameterCounts()
    {
        QFETCH(QString, name);
        QFETCH(qint64, parameters);
        const std::string model = name.toStdString();
        NetworkPtr net;
        if (model == "mlp")
            net = std::make_shared<DenseNet>(std::vector<int>{512, 256});
        else if (model == "dense32")
            net = std::make_shared<DenseNet>(std::vector<int>{32});
        else if (model == "smallcnn")
            net = std::make_shared<SmallCnn>();
        else
            net = std::make_shared<LeNet>();
        QCOMPARE(countParameters(*net), std::int64_t(parameters));
        QCOMPARE(countParameters(*net, true), std::int64_t(parameters));
        QVERIFY(net->backbone() == nullptr);
        QVERIFY(&net->head() == static_cast<torch::nn::Module *>(net.get()));

        torch::manual_seed(5);
        const auto x = preprocessBatch(torch::randint(0, 256, {4, 28, 28}, torch::kUInt8), 28);
        QCOMPARE(x.sizes().vec(), (std::vector<std::int64_t>{4, 3, 28, 28}));
        for (bool training : {true, false}) {
            net->train(training);
            const auto logits = net->forward(x);
            QCOMPARE(logits.sizes().vec(), (std::vector<std::int64_t>{4, 10}));
            QVERIFY(torch::isfinite(logits).all().item<bool>());
        }
    }

    // ---------------------------------------------------------------- Freezing

    void headPhaseFreezesBackboneAndBatchNormStatistics()
    {
        torch::manual_seed(6);
        TransferNet net(tinyBackbone(), HeadOptions{});
        net.train();
        setTrainable(*net.backbone(), false);
        freezeBatchNorm(*net.backbone());
        QCOMPARE(countParameters(net, true), countParameters(net.head()));
        const auto backboneBefore = snapshot(*net.backbone());
        const auto headBefore = snapshot(net.head());

        trainStep(net);

        for (const auto &[name, tensor] : stateDictOf(*net.backbone()))
            QVERIFY2(torch::equal(tensor, backboneBefore.at(name)), name.c_str());
        for (const auto &[name, tensor] : stateDictOf(net.head()))
            QVERIFY2(!torch::equal(tensor, headBefore.at(name)), name.c_str());
    }

    void withoutFreezingTheSameStepChangesTheBackbone()
    {
        // The control for the test above: the same step does reach every backbone tensor when nothing is frozen.
        torch::manual_seed(6);
        TransferNet net(tinyBackbone(), HeadOptions{});
        net.train();
        const auto before = snapshot(*net.backbone());
        trainStep(net);
        for (const auto &[name, tensor] : stateDictOf(*net.backbone()))
            QVERIFY2(!torch::equal(tensor, before.at(name)), name.c_str());
    }

    void fineTuneKeepsBatchNormFrozen()
    {
        torch::manual_seed(7);
        TransferNet net(tinyBackbone(), HeadOptions{});
        setTrainable(net, true);
        net.train();
        freezeBatchNorm(net);
        const auto before = snapshot(net);

        trainStep(net);

        int batchNorm = 0, changed = 0;
        for (const auto &[name, tensor] : stateDictOf(net)) {
            if (isBatchNormKey(name)) {
                ++batchNorm; // weight, bias, running_mean, running_var, num_batches_tracked
                QVERIFY2(torch::equal(tensor, before.at(name)), name.c_str());
            } else {
                ++changed;
                QVERIFY2(!torch::equal(tensor, before.at(name)), name.c_str());
            }
        }
        QCOMPARE(batchNorm, 10);
        QCOMPARE(changed, 3 + 6); // conv1.weight, conv2.weight/bias, the head's six
    }

    void freezeLayersFreezesExactlyThePrefix_data()
    {
        QTest::addColumn<int>("count");
        for (int k : {0, 1, 2, 3, 4, 9})
            QTest::addRow("%d", k) << k;
    }

    void freezeLayersFreezesExactlyThePrefix()
    {
        QFETCH(int, count);
        torch::manual_seed(8);
        auto backbone = tinyBackbone();
        TransferNet net(backbone, HeadOptions{});
        const auto layers = backbone->layers();
        std::int64_t expected = 0;
        for (int i = 0; i < count && i < int(layers.size()); ++i)
            expected += numel(*backbone, layers[std::size_t(i)] + ".");
        QCOMPARE(freezeLayers(*backbone, count), expected);

        for (const auto &p : backbone->named_parameters()) {
            bool inPrefix = false;
            for (int i = 0; i < count && i < int(layers.size()); ++i)
                inPrefix |= p.key().rfind(layers[std::size_t(i)] + ".", 0) == 0;
            QVERIFY2(p.value().requires_grad() == !inPrefix, p.key().c_str());
        }
        QCOMPARE(countParameters(net, true), countParameters(net) - expected);

        // And a training step respects it (BatchNorm left in training mode here, so only parameters are checked).
        net.train();
        const auto before = snapshot(net);
        trainStep(net);
        for (const auto &p : backbone->named_parameters())
            QVERIFY2(torch::equal(p.value(), before.at("backbone." + p.key())) == !p.value().requires_grad(),
                     p.key().c_str());
    }

    // ---------------------------------------------------------------- Checkpoints

    void checkpointRoundTripIsExact_data()
    {
        QTest::addColumn<QString>("kindName");
        QTest::addRow("lenet") << "lenet";
        QTest::addRow("transfer") << "transfer";
    }

    void checkpointRoundTripIsExact()
    {
        QFETCH(QString, kindName);
        const std::string kind = kindName.toStdString();
        auto build = [&]() -> NetworkPtr {
            if (kind == "lenet")
                return std::make_shared<LeNet>();
            return std::make_shared<TransferNet>(tinyBackbone(), HeadOptions{{32}, 0.1});
        };
        const int size = kind == "lenet" ? 28 : 32;
        torch::manual_seed(9);
        auto trained = build();
        trained->train();
        trainStep(*trained, size); // moves weights and BatchNorm statistics away from their initial values
        trainStep(*trained, size);
        const nlohmann::json config = {{"model", kind},
                                       {"head", {{"hidden", {32}}, {"dropout", 0.1}}},
                                       {"normalization", "tutorial"},
                                       {"note", "ünïcödé"}};
        const auto path = file(kind + ".safetensors");
        saveCheckpoint(path, *trained, config);
        QVERIFY(std::filesystem::exists(path));
        QVERIFY(!std::filesystem::exists(path.string() + ".part"));

        const Checkpoint checkpoint = readCheckpoint(path);
        QCOMPARE(checkpoint.config, config);
        QCOMPARE(checkpoint.tensors.size(), stateDictOf(*trained).size());

        torch::manual_seed(10);
        auto rebuilt = build();
        trained->eval();
        rebuilt->eval();
        const auto x = torch::rand({6, 3, size, size}) * 2 - 1;
        const auto expected = trained->forward(x);
        QVERIFY(!torch::equal(rebuilt->forward(x), expected)); // the comparison below can fail
        const auto report = loadStateDict(*rebuilt, checkpoint.tensors, path.string());
        QVERIFY(report.missing.empty() && report.unexpected.empty() && report.ignored.empty());
        QVERIFY(torch::equal(rebuilt->forward(x), expected));
        const auto original = snapshot(*trained);
        for (const auto &[name, tensor] : stateDictOf(*rebuilt))
            QVERIFY2(torch::equal(tensor, original.at(name)), name.c_str());
    }

    void foreignOrDamagedCheckpointsAreRefused()
    {
        LeNet net;
        const auto good = file("good.safetensors");
        saveCheckpoint(good, net, {{"model", "cnn"}});
        const auto bytes = mw::test::readFile(good);

        const auto plain = file("plain.safetensors");
        writeSafetensors(plain, stateDictOf(net), {{"format", "pt"}});
        EXPECT_WEIGHTS_ERROR(readCheckpoint(plain), "not a MNIST Workbench checkpoint");
        EXPECT_WEIGHTS_ERROR(readCheckpoint(plain), plain.string());

        const auto garbage = file("garbage.bin");
        mw::test::writeFile(garbage, std::vector<std::uint8_t>(4096, 0xAB));
        EXPECT_WEIGHTS_ERROR(readCheckpoint(garbage), "not a MNIST Workbench checkpoint");

        const auto zip = file("model.pth");
        mw::test::writeFile(zip, {'P', 'K', 3, 4, 0, 0, 0, 0});
        EXPECT_WEIGHTS_ERROR(readCheckpoint(zip), ".pth");

        const auto truncated = file("truncated.safetensors");
        mw::test::writeFile(truncated, std::vector<std::uint8_t>(bytes.begin(), bytes.end() - 100));
        EXPECT_WEIGHTS_ERROR(readCheckpoint(truncated), truncated.string());

        const auto badJson = file("badjson.safetensors");
        writeSafetensors(badJson, stateDictOf(net), {{"mnist_workbench", "{\"model\": "}});
        EXPECT_WEIGHTS_ERROR(readCheckpoint(badJson), "not valid JSON");

        EXPECT_WEIGHTS_ERROR(readCheckpoint(file("missing.safetensors")), "missing.safetensors");

        // A checkpoint of another model does not load silently.
        const Checkpoint checkpoint = readCheckpoint(good);
        SmallCnn other;
        EXPECT_WEIGHTS_ERROR(loadStateDict(other, checkpoint.tensors, good.string()), "does not fit");
    }

    // ---------------------------------------------------------------- TorchScript

    void scriptBackboneMatchesPyTorch()
    {
        QVERIFY(makeTorchScript());
        ScriptBackbone backbone(file("cnn.pt"));
        QCOMPARE(backbone.featureWidth(), 16);
        QCOMPARE(backbone.defaultInputSize(), 32);
        QCOMPARE(backbone.layers(), (std::vector<std::string>{"conv1", "bn1", "conv2", "bn2"}));

        std::vector<std::string> names;
        for (const auto &p : backbone.named_parameters())
            names.push_back(p.key());
        QCOMPARE(names, (std::vector<std::string>{"conv1.weight", "bn1.weight", "bn1.bias", "conv2.weight",
                                                  "conv2.bias", "bn2.weight", "bn2.bias"}));
        QCOMPARE(backbone.named_buffers().size(), std::size_t(6));
        QVERIFY(backbone.named_buffers().contains("bn2.running_var"));

        const auto input = readF32(file("cnn_input.f32"), {2, 3, 32, 32});
        const auto reference = readF32(file("cnn_features.f32"), {2, 16});
        QVERIFY(input.defined() && reference.defined());
        backbone.eval();
        torch::NoGradGuard noGrad;
        const auto features = backbone.features(input);
        QCOMPARE(features.sizes().vec(), (std::vector<std::int64_t>{2, 16}));
        const double error = (features - reference).abs().max().item<double>();
        QVERIFY2(error < 1e-5, qPrintable(QStringLiteral("max abs difference %1").arg(error)));
        QVERIFY(reference.abs().max().item<double>() > 0.1); // not a trivial all-zero reference
    }

    void scriptBackboneTrainsInPlace()
    {
        QVERIFY(makeTorchScript());
        auto backbone = std::make_shared<ScriptBackbone>(file("cnn.pt"));
        auto &module = backbone->module();
        // Registered tensors are the scripted module's own.
        for (const auto &p : module.named_parameters(true))
            QCOMPARE(backbone->named_parameters()[p.name].data_ptr(), p.value.data_ptr());
        for (const auto &b : module.named_buffers(true))
            QCOMPARE(backbone->named_buffers()[b.name].data_ptr(), b.value.data_ptr());

        auto scripted = [&] {
            Snapshot s;
            for (const auto &p : module.named_parameters(true))
                s[p.name] = p.value.detach().clone();
            for (const auto &b : module.named_buffers(true))
                s[b.name] = b.value.detach().clone();
            return s;
        };
        TransferNet net(backbone, HeadOptions{});
        net.eval();
        QVERIFY(!module.is_training());
        {
            const auto before = scripted();
            torch::NoGradGuard noGrad;
            net.forward(torch::rand({4, 3, 32, 32}));
            for (const auto &[name, tensor] : scripted())
                QVERIFY2(torch::equal(tensor, before.at(name)), name.c_str()); // eval reaches the scripted BN
        }
        net.train();
        QVERIFY(module.is_training());
        const auto before = scripted();
        trainStep(net);
        for (const auto &[name, tensor] : scripted())
            QVERIFY2(!torch::equal(tensor, before.at(name)), name.c_str());

        // Fine-tune setting: freezeBatchNorm reaches the scripted BatchNorms (statistics and affine parameters fixed).
        {
            net.train();
            freezeBatchNorm(net);
            QVERIFY(!module.attr("bn1").toModule().is_training());
            QVERIFY(module.attr("conv1").toModule().is_training());
            const auto frozen = scripted();
            trainStep(net);
            for (const auto &[name, tensor] : scripted())
                QVERIFY2(torch::equal(tensor, frozen.at(name)) == (name.rfind("bn", 0) == 0), name.c_str());
            net.train(); // back to plain training for the rest
            setTrainable(net, true);
        }

        // Freezing the registered parameters freezes the scripted ones.
        QCOMPARE(freezeLayers(*backbone, 2), std::int64_t(8 * 3 * 3 * 3 + 8 + 8));
        QVERIFY(!module.attr("conv1").toModule().attr("weight").toTensor().requires_grad());
        QVERIFY(module.attr("conv2").toModule().attr("weight").toTensor().requires_grad());
        const auto conv1 = module.attr("conv1").toModule().attr("weight").toTensor().clone();
        trainStep(net);
        QVERIFY(torch::equal(module.attr("conv1").toModule().attr("weight").toTensor(), conv1));

        // A checkpoint of it round-trips like any network.
        net.eval();
        const auto x = torch::rand({3, 3, 32, 32});
        const auto expected = net.forward(x);
        saveCheckpoint(file("script.safetensors"), net, {{"model", "torchscript"}});
        TransferNet rebuilt(std::make_shared<ScriptBackbone>(file("cnn.pt")), HeadOptions{});
        rebuilt.eval();
        loadStateDict(rebuilt, readCheckpoint(file("script.safetensors")).tensors, "script.safetensors");
        QVERIFY(torch::equal(rebuilt.forward(x), expected));
    }

    void scriptBackboneOutputShapes()
    {
        QVERIFY(makeTorchScript());
        ScriptBackbone map4d(file("map4d.pt"));
        QCOMPARE(map4d.featureWidth(), 4 * 16 * 16);
        QCOMPARE(map4d.features(torch::zeros({2, 3, 32, 32})).sizes().vec(), (std::vector<std::int64_t>{2, 1024}));
        QCOMPARE(map4d.layers(), (std::vector<std::string>{"conv"}));

        ScriptBackbone fixed64(file("fixed64.pt"), 64);
        QCOMPARE(fixed64.featureWidth(), 10);
        QCOMPARE(fixed64.defaultInputSize(), 64);
    }

    void scriptBackboneErrors()
    {
        QVERIFY(makeTorchScript());
        EXPECT_WEIGHTS_ERROR(ScriptBackbone{file("seq3d.pt")}, "[1, 4, 1024]");
        EXPECT_WEIGHTS_ERROR(ScriptBackbone{file("seq3d.pt")}, "seq3d.pt");
        EXPECT_WEIGHTS_ERROR(ScriptBackbone{file("fixed64.pt")}, "forward fails on a [1, 3, 32, 32] input");
        EXPECT_WEIGHTS_ERROR(ScriptBackbone{file("state_dict.pth")}, "not a TorchScript module");
        EXPECT_WEIGHTS_ERROR(ScriptBackbone{file("state_dict.pth")}, "state_dict.pth");
        const auto garbage = file("garbage.pt");
        mw::test::writeFile(garbage, std::vector<std::uint8_t>(1000, 0x5A));
        EXPECT_WEIGHTS_ERROR(ScriptBackbone{garbage}, "not a TorchScript module");
        EXPECT_WEIGHTS_ERROR(ScriptBackbone{file("nothing-here.pt")}, "nothing-here.pt");
    }

private:
    static std::string shapeString(const torch::Tensor &t)
    {
        std::string s = "[";
        for (std::int64_t i = 0; i < t.dim(); ++i)
            s += (i ? "," : "") + std::to_string(t.size(i));
        return s + "]";
    }

    // Debian's python3-torch scripts the modules into the test's temporary folder, once.
    bool makeTorchScript()
    {
        if (m_madeTorchScript)
            return true;
        const QString problem = mw::test::runFixture(QStringLiteral("make_torchscript.py"), {m_dir.path()}, 120'000);
        if (!problem.isEmpty()) {
            qWarning("%s", qPrintable(problem));
            return false;
        }
        m_madeTorchScript = true;
        return true;
    }
    bool m_madeTorchScript = false;
};

QTEST_GUILESS_MAIN(TstNetworks)
#include "tst_networks.moc"
