// The torchvision-exact backbones: same names and same features as torchvision itself (Debian's
// python3-torchvision writes random weights and reference features at test time), their declared sizes, and
// clear errors for inputs and weights that do not fit. The Keras-layout backbones: Keras' parameter counts, layer
// names and layer order (their features against Keras' own graphs: tests/fixtures/keras_reference.py).
#include "data/mnist.h"
#include "data/preprocess.h"
#include "errors.h"
#include "models/backbones.h"
#include "models/freeze.h"
#include "models/weights.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <map>
#include <set>

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

struct KerasSpec {
    const char *name;
    BackbonePtr (*make)();
    int width;
    int size, minimum, larger; // default, minimum and a larger odd input side
    std::int64_t kerasTotal;   // Keras' model.summary() "Total params" for include_top=False
    std::size_t weightLayers, modelLayers; // kerasLayers().size(), layers().size() (model.layers less the input)
};

// ResNet50: 53 convolutions and 53 BatchNorms; InceptionV3: 94 of each; VGG16: 13 convolutions; MobileNet: conv1,
// conv1_bn and 13 x (dw, dw_bn, pw, pw_bn). Keras' model.layers with pooling='avg': 176, 312, 20 (with the input).
const KerasSpec kKerasSpecs[] = {
    {"resnet50_keras", makeResNet50Keras, 2048, 32, 32, 65, 23'587'712, 106, 175},
    {"inception_v3_keras", makeInceptionV3Keras, 2048, 75, 75, 99, 21'802'784, 188, 311},
    {"vgg16_keras", makeVgg16Keras, 512, 32, 32, 45, 14'714'688, 13, 19},
    {"mobilenet_v1", makeMobileNetV1, 1024, 32, 32, 45, 3'228'864, 54, 14},
};

const KerasSpec &kerasSpec(const QString &name)
{
    for (const KerasSpec &s : kKerasSpecs)
        if (name == QLatin1String(s.name))
            return s;
    qFatal("no such Keras backbone");
}

void addRowPerKerasBackbone()
{
    QTest::addColumn<QString>("name");
    for (const KerasSpec &s : kKerasSpecs)
        QTest::newRow(s.name) << QString::fromLatin1(s.name);
}

bool startsWith(const std::string &key, const std::string &path) { return key.rfind(path + ".", 0) == 0; }

std::ptrdiff_t indexOf(const std::vector<std::string> &list, const std::string &item)
{
    const auto it = std::find(list.begin(), list.end(), item);
    return it == list.end() ? -1 : it - list.begin();
}

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

    // Forward at the minimum, default and a larger odd size; a training step reaches every parameter.
    void kerasDeclaredSizes_data() { addRowPerKerasBackbone(); }
    void kerasDeclaredSizes()
    {
        QFETCH(QString, name);
        const KerasSpec &s = kerasSpec(name);
        BackbonePtr backbone = s.make();
        QCOMPARE(backbone->featureWidth(), s.width);
        QCOMPARE(backbone->defaultInputSize(), s.size);
        QCOMPARE(backbone->minimumInputSize(), s.minimum);
        {
            torch::NoGradGuard noGrad;
            backbone->eval();
            for (int size : {s.minimum, s.size, s.larger}) {
                const auto y = backbone->features(torch::rand({2, 3, size, size}) * 2 - 1);
                QCOMPARE(y.sizes().vec(), (std::vector<std::int64_t>{2, s.width}));
                QVERIFY(torch::isfinite(y).all().item<bool>());
            }
            QVERIFY_THROWS_EXCEPTION(UsageError, backbone->features(torch::zeros({1, 3, s.minimum - 1, s.minimum})));
        }
        backbone->train();
        backbone->features(torch::rand({2, 3, s.minimum, s.minimum}) * 2 - 1).square().sum().backward();
        for (const auto &item : backbone->named_parameters(true))
            QVERIFY2(item.value().grad().defined() && item.value().grad().abs().sum().item<double>() > 0,
                     item.key().c_str());
    }

    // Parameters plus BatchNorm moving statistics (Keras' non-trainable weights) make Keras' "Total params".
    void kerasParameterCounts_data() { addRowPerKerasBackbone(); }
    void kerasParameterCounts()
    {
        QFETCH(QString, name);
        const KerasSpec &s = kerasSpec(name);
        BackbonePtr backbone = s.make();
        std::int64_t statistics = 0;
        for (const auto &item : backbone->named_buffers(true))
            if (item.key().find("running_") != std::string::npos)
                statistics += item.value().numel();
        qInfo("%s: %lld parameters + %lld BatchNorm statistics", s.name,
              static_cast<long long>(countParameters(*backbone)), static_cast<long long>(statistics));
        QCOMPARE(countParameters(*backbone) + statistics, s.kerasTotal);
    }

    // kerasLayers() names every module with weights once, and every parameter and buffer belongs to one of them.
    void kerasLayersCoverTheState_data() { addRowPerKerasBackbone(); }
    void kerasLayersCoverTheState()
    {
        QFETCH(QString, name);
        const KerasSpec &s = kerasSpec(name);
        BackbonePtr backbone = s.make();
        const auto keras = backbone->kerasLayers();
        QCOMPARE(keras.size(), s.weightLayers);
        std::map<std::string, int> used;
        std::set<std::string> kerasNames;
        for (const auto &[kerasName, path] : keras) {
            QVERIFY2(kerasNames.insert(kerasName).second, kerasName.c_str());
            used[path] = 0;
        }
        QCOMPARE(used.size(), keras.size());
        auto claim = [&](const std::string &key) {
            int owners = 0;
            for (auto &[path, count] : used)
                if (startsWith(key, path)) {
                    ++owners;
                    ++count;
                }
            return owners;
        };
        for (const auto &item : backbone->named_parameters(true))
            QVERIFY2(claim(item.key()) == 1, item.key().c_str());
        for (const auto &item : backbone->named_buffers(true))
            if (item.key().find("num_batches_tracked") == std::string::npos)
                QVERIFY2(claim(item.key()) == 1, item.key().c_str());
        for (const auto &[path, count] : used)
            QVERIFY2(count > 0, path.c_str()); // names something that exists
        if (name != QLatin1String("mobilenet_v1"))
            for (const auto &[kerasName, path] : keras)
                QCOMPARE(path, kerasName); // top-level modules under Keras' names
    }

    void kerasLayerNamesAndOrder_data() { addRowPerKerasBackbone(); }
    void kerasLayerNamesAndOrder()
    {
        QFETCH(QString, name);
        const KerasSpec &s = kerasSpec(name);
        BackbonePtr backbone = s.make();
        const auto layers = backbone->layers();
        const auto keras = backbone->kerasLayers();
        QCOMPARE(layers.size(), s.modelLayers);
        QCOMPARE(std::set<std::string>(layers.begin(), layers.end()).size(), layers.size());
        if (name == QLatin1String("mobilenet_v1")) {
            QCOMPARE(keras.front(), (std::pair<std::string, std::string>{"conv1", "features.0.0"}));
            QCOMPARE(keras[2], (std::pair<std::string, std::string>{"conv_dw_1", "features.1.0"}));
            QCOMPARE(keras.back(), (std::pair<std::string, std::string>{"conv_pw_13_bn", "features.13.4"}));
            return;
        }
        for (const auto &[kerasName, path] : keras)
            QVERIFY2(indexOf(layers, kerasName) >= 0, kerasName.c_str());
        QCOMPARE(freezeLayers(*backbone, int(layers.size())), countParameters(*backbone));

        // Creation order (kerasLayers) and Keras' model.layers order, as model.summary() prints them.
        auto expectRun = [&](const std::vector<std::string> &run) {
            const auto at = indexOf(layers, run.front());
            QVERIFY2(at >= 0, run.front().c_str());
            for (std::size_t i = 0; i < run.size(); ++i)
                QCOMPARE(layers.at(std::size_t(at) + i), run[i]);
        };
        if (name == QLatin1String("resnet50_keras")) {
            QCOMPARE(keras[2].first, std::string("conv2_block1_0_conv"));
            QCOMPARE(keras[4].first, std::string("conv2_block1_1_conv"));
            QCOMPARE(keras.back().first, std::string("conv5_block3_3_bn"));
            QCOMPARE(std::vector<std::string>(layers.begin(), layers.begin() + 6),
                     (std::vector<std::string>{"conv1_pad", "conv1_conv", "conv1_bn", "conv1_relu", "pool1_pad",
                                               "pool1_pool"}));
            expectRun({"conv2_block1_2_relu", "conv2_block1_0_conv", "conv2_block1_3_conv", "conv2_block1_0_bn",
                       "conv2_block1_3_bn", "conv2_block1_add", "conv2_block1_out", "conv2_block2_1_conv"});
            QCOMPARE(layers[173], std::string("conv5_block3_out"));
            QCOMPARE(layers.back(), std::string("avg_pool"));
        } else if (name == QLatin1String("inception_v3_keras")) {
            QCOMPARE(keras[0].first, std::string("conv2d_1"));
            QCOMPARE(keras[1].first, std::string("batch_normalization_1"));
            QCOMPARE(keras.back().first, std::string("batch_normalization_94"));
            expectRun({"max_pooling2d_2", "conv2d_9", "batch_normalization_9", "activation_9", "conv2d_7", "conv2d_10",
                       "batch_normalization_7", "batch_normalization_10", "activation_7", "activation_10",
                       "average_pooling2d_1", "conv2d_6", "conv2d_8", "conv2d_11", "conv2d_12"});
            // The Keras fine-tuning example freezes model.layers[:249], the input and everything up to mixed8.
            QCOMPARE(layers[247], std::string("mixed8"));
            for (const char *named : {"mixed0", "mixed9_0", "mixed9_1", "concatenate_1", "concatenate_2", "mixed10",
                                      "max_pooling2d_4", "average_pooling2d_9", "activation_94"})
                QVERIFY2(indexOf(layers, named) >= 0, named);
            QCOMPARE(layers.back(), std::string("global_average_pooling2d_1"));
            // BatchNormalization(scale=False): beta, no gamma; still a BatchNorm that freezeBatchNorm holds.
            const auto parameters = backbone->named_parameters(true);
            QVERIFY(parameters.contains("batch_normalization_1.bias"));
            QVERIFY(!parameters.contains("batch_normalization_1.weight"));
            QVERIFY(!parameters.contains("conv2d_1.bias"));
            setTrainable(*backbone, true);
            freezeBatchNorm(*backbone);
            QVERIFY(!parameters["batch_normalization_1.bias"].requires_grad());
            QVERIFY(parameters["conv2d_1.weight"].requires_grad());
        } else if (name == QLatin1String("vgg16_keras")) {
            QCOMPARE(layers[2], std::string("block1_pool"));
            QCOMPARE(layers[13], std::string("block4_pool")); // Keras' layers[:15] with its InputLayer
            QCOMPARE(layers.back(), std::string("global_average_pooling2d_1"));
            setTrainable(*backbone, true);
            const auto frozen = freezeLayers(*backbone, 14);
            QCOMPARE(countParameters(*backbone) - frozen, std::int64_t(3 * (512 * 512 * 9 + 512)));
        }
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
