// The torchvision-exact backbones: same names and same features as torchvision itself (Debian's
// python3-torchvision writes random weights and reference features at test time), their declared sizes, and
// clear errors for inputs and weights that do not fit.
#include "data/mnist.h"
#include "data/preprocess.h"
#include "errors.h"
#include "models/backbones.h"
#include "models/freeze.h"
#include "models/weights.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace mw::core;

namespace {

struct Spec {
    const char *name;
    BackbonePtr (*make)();
    int width;
    int size;
};

const Spec kSpecs[] = {
    {"resnet18", makeResNet18, 512, 32},         {"resnet50", makeResNet50, 2048, 32},
    {"vgg16", makeVgg16, 512, 32},               {"mobilenet_v2", makeMobileNetV2, 1280, 32},
    {"mobilenet_v1", makeMobileNetV1, 1024, 32}, {"inception_v3", makeInceptionV3, 2048, 75},
};
constexpr int kDigits = 4; // as the script computes

const Spec &spec(const QString &name)
{
    for (const Spec &s : kSpecs)
        if (name == QLatin1String(s.name))
            return s;
    qFatal("no such backbone");
}

torch::Tensor tensorNamed(const StateDict &dict, const std::string &name)
{
    for (const auto &[key, tensor] : dict)
        if (key == name)
            return tensor;
    return {};
}

double relativeDifference(const torch::Tensor &actual, const torch::Tensor &expected)
{
    return (actual - expected).abs().max().item<double>() / expected.abs().max().item<double>();
}

void addRowPerBackbone()
{
    QTest::addColumn<QString>("name");
    for (const Spec &s : kSpecs)
        QTest::newRow(s.name) << QString::fromLatin1(s.name);
}

} // namespace

class TstBackbones : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    torch::Tensor m_digits; // uint8 [4, 28, 28]: the first MNIST test digits

    std::filesystem::path file(const std::string &name) const
    {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        MW_REQUIRE_MNIST();
        QVERIFY(m_dir.isValid());
        QStringList args = {m_dir.path(), QString::fromStdString(mw::test::mnistFolder().string())};
        for (const Spec &s : kSpecs)
            args << QString::fromLatin1(s.name);
        const QString problem = mw::test::runFixture(QStringLiteral("make_backbone_reference.py"), args);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        const MnistData mnist = loadMnistFolder(mw::test::mnistFolder());
        std::vector<int> first;
        for (int i = 0; i < kDigits; ++i)
            first.push_back(mnist.train.count + i);
        m_digits = imagesTensor(mnist, first);
    }

    // torchvision's state dict loads without a mapping (only its classifier is left out) and the features of real
    // digits, preprocessed by our own pipeline, are torchvision's.
    void matchesTorchvision_data() { addRowPerBackbone(); }
    void matchesTorchvision()
    {
        QFETCH(QString, name);
        const Spec &s = spec(name);
        torch::NoGradGuard noGrad;
        BackbonePtr backbone = s.make();
        backbone->eval();
        const auto weights = file(std::string(s.name) + ".safetensors");
        const LoadReport report = loadStateDict(*backbone, readSafetensors(weights), weights.string());
        QVERIFY(report.missing.empty());
        QVERIFY(report.unexpected.empty());
        QCOMPARE(report.loaded.size(), stateDictOf(*backbone).size()); // every parameter and buffer, once
        for (const std::string &key : report.ignored)
            QVERIFY2(key.rfind("fc.", 0) == 0 || key.rfind("classifier.", 0) == 0 || key.rfind("AuxLogits.", 0) == 0,
                     key.c_str());
        if (name == QLatin1String("inception_v3"))
            QVERIFY(std::count_if(report.ignored.begin(), report.ignored.end(),
                                  [](const std::string &k) { return k.rfind("AuxLogits.", 0) == 0; })
                    > 0);
        if (name != QLatin1String("mobilenet_v1")) // torchvision's classifier was in the file and was skipped
            QVERIFY(!report.ignored.empty());

        const StateDict reference = readSafetensors(file(std::string(s.name) + ".features.safetensors"));
        const torch::Tensor x = preprocessBatch(m_digits, s.size);
        const torch::Tensor referenceInput = tensorNamed(reference, "input");
        QCOMPARE(x.sizes().vec(), referenceInput.sizes().vec());
        QVERIFY2((x - referenceInput).abs().max().item<float>() < 1e-5f, "preprocessing differs from the script's");

        const torch::Tensor expected = tensorNamed(reference, "features");
        const torch::Tensor y = backbone->features(x);
        QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{kDigits, s.width}));
        QVERIFY(expected.abs().max().item<double>() > 0);
        const double difference = relativeDifference(y, expected);
        qInfo("%s: relative difference to torchvision %.2g", s.name, difference);
        QVERIFY2(difference <= 1e-4, qPrintable(QStringLiteral("%1: features differ from torchvision's by %2 (relative)")
                                                    .arg(name, QString::number(difference))));

        // The comparison can tell: the same architecture with its own random weights is far off.
        BackbonePtr fresh = s.make();
        fresh->eval();
        QVERIFY(relativeDifference(fresh->features(x), expected) > 1e-2);
    }

    void declaredSizes_data() { addRowPerBackbone(); }
    void declaredSizes()
    {
        QFETCH(QString, name);
        const Spec &s = spec(name);
        torch::NoGradGuard noGrad;
        BackbonePtr backbone = s.make();
        backbone->eval();
        QCOMPARE(backbone->featureWidth(), s.width);
        QCOMPARE(backbone->defaultInputSize(), s.size);
        QVERIFY(backbone->minimumInputSize() <= backbone->defaultInputSize());
        for (int size : {backbone->minimumInputSize(), backbone->defaultInputSize()}) {
            const auto y = backbone->features(torch::rand({2, 3, size, size}) * 2 - 1);
            QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{2, s.width}));
            QVERIFY(torch::isfinite(y).all().item<bool>());
        }
    }

    void tooSmallInputIsAUsageError_data() { addRowPerBackbone(); }
    void tooSmallInputIsAUsageError()
    {
        QFETCH(QString, name);
        const Spec &s = spec(name);
        torch::NoGradGuard noGrad;
        BackbonePtr backbone = s.make();
        backbone->eval();
        const int small = backbone->minimumInputSize() - 1;
        try {
            backbone->features(torch::zeros({1, 3, small, small}));
            QFAIL("no error for a too-small input");
        } catch (const UsageError &e) {
            const QString message = QString::fromUtf8(e.what());
            QVERIFY2(message.contains(name) && message.contains(QStringLiteral("%1x%1").arg(small)), e.what());
        }
        QVERIFY_THROWS_EXCEPTION(UsageError, backbone->features(torch::zeros({1, 1, s.size, s.size})));
        QVERIFY_THROWS_EXCEPTION(UsageError, backbone->features(torch::zeros({3, s.size, s.size})));
    }

    // layers() covers every parameter, in forward order, so freezing K layers freezes a prefix of the network.
    void layersCoverTheBackbone_data() { addRowPerBackbone(); }
    void layersCoverTheBackbone()
    {
        QFETCH(QString, name);
        BackbonePtr backbone = spec(name).make();
        const auto layers = backbone->layers();
        QVERIFY(!layers.empty());
        std::vector<std::string> order; // each parameter's layer, in registration (= forward) order
        for (const auto &item : backbone->named_parameters(true)) {
            const auto it = std::find_if(layers.begin(), layers.end(),
                                         [&](const std::string &l) { return item.key().rfind(l + ".", 0) == 0; });
            QVERIFY2(it != layers.end(), item.key().c_str());
            if (order.empty() || order.back() != *it)
                order.push_back(*it);
        }
        for (std::size_t i = 1; i < order.size(); ++i) {
            const auto a = std::find(layers.begin(), layers.end(), order[i - 1]);
            const auto b = std::find(layers.begin(), layers.end(), order[i]);
            QVERIFY2(a < b, order[i].c_str());
        }
        QCOMPARE(freezeLayers(*backbone, int(layers.size())), countParameters(*backbone));
    }

    void vggLayersCountAsKerasDoes()
    {
        BackbonePtr vgg = makeVgg16();
        const auto layers = vgg->layers();
        QCOMPARE(layers.size(), std::size_t(18)); // 13 convolutions + 5 pools
        QCOMPARE(layers[2], std::string("features.4"));   // block1_pool
        QCOMPARE(layers[13], std::string("features.23")); // block4_pool: Keras' layers[:15] with its InputLayer
        // Freezing through block4 leaves block5 (3 convolutions of 512x512x3x3 + bias) trainable.
        const auto frozen = freezeLayers(*vgg, 14);
        QCOMPARE(countParameters(*vgg) - frozen, std::int64_t(3 * (512 * 512 * 9 + 512)));
    }

    // Keras' MobileNet(include_top=False) reports 3,228,864 parameters: 3,206,976 trainable plus the BatchNorm
    // moving means and variances.
    void mobileNetV1HasKerasParameterCount()
    {
        BackbonePtr backbone = makeMobileNetV1();
        std::int64_t statistics = 0;
        for (const auto &item : backbone->named_buffers(true))
            if (item.key().find("running_") != std::string::npos)
                statistics += item.value().numel();
        QCOMPARE(countParameters(*backbone), std::int64_t(3'206'976));
        QCOMPARE(countParameters(*backbone) + statistics, std::int64_t(3'228'864));
    }

    void misShapedTensorIsAWeightsErrorNamingTheKey()
    {
        StateDict dict = readSafetensors(file("resnet18.safetensors"));
        const std::string key = "layer2.0.downsample.0.weight";
        bool replaced = false;
        for (auto &[name, tensor] : dict)
            if (name == key) {
                tensor = torch::zeros({128, 64, 3, 3}); // should be [128, 64, 1, 1]
                replaced = true;
            }
        QVERIFY(replaced);
        const auto damaged = file("damaged.safetensors");
        writeSafetensors(damaged, dict);

        BackbonePtr backbone = makeResNet18();
        const auto before = stateDictOf(*backbone);
        std::vector<torch::Tensor> copies;
        for (const auto &entry : before)
            copies.push_back(entry.second.clone());
        try {
            loadStateDict(*backbone, readSafetensors(damaged), damaged.string());
            QFAIL("a mis-shaped tensor loaded");
        } catch (const WeightsError &e) {
            const std::string message = e.what();
            QVERIFY2(message.find(key) != std::string::npos, e.what());
            QVERIFY2(message.find(damaged.string()) != std::string::npos, e.what());
        }
        for (std::size_t i = 0; i < before.size(); ++i) // nothing was half-loaded
            QVERIFY2(torch::equal(before[i].second, copies[i]), before[i].first.c_str());
    }
};

QTEST_GUILESS_MAIN(TstBackbones)
#include "tst_backbones.moc"
