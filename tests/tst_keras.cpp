// The Keras-layout backbones against Keras's own graphs. tests/fixtures/keras_reference.py runs keras-applications'
// model code as written (Debian's python3-keras-applications) on a small Keras-API shim over PyTorch, saves random
// weights with non-trivial BatchNorm statistics as Keras writes .h5 files (python3-h5py), and computes the features
// of real MNIST digits; ours load the .h5 file and must give the same features. Bad .h5 files are one-line errors
// that leave the backbone as it was.
#include "data/mnist.h"
#include "data/preprocess.h"
#include "errors.h"
#include "models/kerash5.h"
#include "models/weights.h"
#include "models/zoo.h"
#include "npy.h"
#include "runtime.h"
#include "testsupport.h"

#include <QTemporaryDir>

#include <cstring>
#include <fstream>

using namespace mw::core;

namespace {

constexpr int kDigits = 4;

// A float32 C-order .npy as numpy.save writes it.
torch::Tensor readNpy(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    char magic[8] = {};
    in.read(magic, 8);
    if (std::memcmp(magic, "\x93NUMPY", 6) != 0)
        return {};
    std::size_t headerLength = 0;
    if (magic[6] == 1) {
        unsigned char b[2];
        in.read(reinterpret_cast<char *>(b), 2);
        headerLength = b[0] | (b[1] << 8);
    } else {
        unsigned char b[4];
        in.read(reinterpret_cast<char *>(b), 4);
        headerLength = b[0] | (b[1] << 8) | (b[2] << 16) | (std::size_t(b[3]) << 24);
    }
    std::string header(headerLength, '\0');
    in.read(header.data(), std::streamsize(headerLength));
    if (header.find("'<f4'") == std::string::npos || header.find("'fortran_order': False") == std::string::npos)
        return {};
    const auto open = header.find('(', header.find("'shape'")), close = header.find(')', open);
    std::vector<std::int64_t> shape;
    std::string dims = header.substr(open + 1, close - open - 1);
    for (std::size_t at = 0; at < dims.size();) {
        const std::size_t comma = dims.find(',', at);
        const std::string item = dims.substr(at, comma == std::string::npos ? std::string::npos : comma - at);
        if (item.find_first_of("0123456789") != std::string::npos)
            shape.push_back(std::stoll(item));
        if (comma == std::string::npos)
            break;
        at = comma + 1;
    }
    torch::Tensor out = torch::empty(shape, torch::kFloat32);
    in.read(reinterpret_cast<char *>(out.data_ptr<float>()), std::streamsize(out.numel() * 4));
    return in ? out : torch::Tensor();
}

double relativeDifference(const torch::Tensor &actual, const torch::Tensor &expected)
{
    return (actual - expected).abs().max().item<double>() / expected.abs().max().item<double>();
}

bool sameState(const StateDict &a, const StateDict &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].first != b[i].first || !torch::equal(a[i].second, b[i].second))
            return false;
    return true;
}

StateDict copyOf(const torch::nn::Module &module)
{
    StateDict out;
    for (const auto &[name, tensor] : stateDictOf(module))
        out.emplace_back(name, tensor.clone());
    return out;
}

} // namespace

class TstKeras : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    torch::Tensor m_digits; // uint8 [4, 28, 28]: the first MNIST test digits

    std::filesystem::path file(const QString &name) const { return m_dir.filePath(name).toStdString(); }

    // The reference's .h5 (and, with `size`, its features of our preprocessed digits at that size).
    QString reference(const QString &model, int size, const QString &naming, bool full, const QString &h5,
                      const QString &features = {})
    {
        QStringList args = {model, QStringLiteral("--size"), QString::number(size), QStringLiteral("--h5"),
                            m_dir.filePath(h5), QStringLiteral("--naming"), naming};
        if (full)
            args << QStringLiteral("--full-model");
        if (!features.isEmpty()) {
            const torch::Tensor x = preprocessBatch(m_digits, size).permute({0, 2, 3, 1}).contiguous(); // NHWC
            writeNpy(file(h5 + QStringLiteral(".input.npy")), x);
            args << QStringLiteral("--input") << m_dir.filePath(h5 + QStringLiteral(".input.npy"))
                 << QStringLiteral("--output") << m_dir.filePath(features);
        }
        return mw::test::runFixture(QStringLiteral("keras_reference.py"), args);
    }

    // Edits an .h5 file with python3-h5py: `code` sees the open file as f.
    QString h5edit(const QString &name, const QString &code)
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"),
                     {QStringLiteral("-c"), QStringLiteral("import h5py, numpy as np\nf = h5py.File(%1, 'r+')\n%2\nf.close()")
                                                .arg(QStringLiteral("'") + m_dir.filePath(name) + QStringLiteral("'"),
                                                     code)});
        if (!python.waitForFinished(60'000) || python.exitCode() != 0)
            return QString::fromLocal8Bit(python.readAllStandardError());
        return {};
    }

    // `path` into `model` fails with one line that names the file and contains `fragment`; the backbone is unchanged.
    void expectRefused(const std::string &model, const std::filesystem::path &path, const std::string &fragment)
    {
        BackbonePtr backbone = makeBackbone(model);
        const StateDict before = copyOf(*backbone);
        try {
            loadBackboneWeights(*backbone, model, path);
            QFAIL(qPrintable(QString::fromStdString(path.string() + " loaded into " + model)));
        } catch (const WeightsError &e) {
            const std::string message = e.what();
            QVERIFY2(message.find(fragment) != std::string::npos, e.what());
            QVERIFY2(message.rfind(path.string(), 0) == 0, e.what());
            QVERIFY2(message.find('\n') == std::string::npos, e.what());
        }
        QVERIFY2(sameState(before, stateDictOf(*backbone)), "a refused file changed the backbone");
    }

private Q_SLOTS:
    void initTestCase()
    {
        MW_REQUIRE_MNIST();
        mw::core::keepFreedMemoryForReuse(); // as the programs do at start-up
        QVERIFY(m_dir.isValid());
        const MnistData mnist = loadMnistFolder(mw::test::mnistFolder());
        std::vector<int> first;
        for (int i = 0; i < kDigits; ++i)
            first.push_back(mnist.train.count + i);
        m_digits = imagesTensor(mnist, first);
    }

    void shimSelfTest()
    {
        // The reference's own layers against hand-computed values: TF 'same' padding at stride 2 (the extra pixel
        // after), average pooling that leaves the padding out, max pooling that padding never wins, and so on.
        const QString problem = mw::test::runFixture(QStringLiteral("keras_reference.py"), {QStringLiteral("--self-test")});
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The tutorial's sizes and larger odd ones (where 'same' padding is asymmetric), both Keras's and tf.keras's
    // automatic layer names, both save_weights and save files.
    void matchesKeras_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("keras");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("naming");
        QTest::addColumn<bool>("full");
        const QString keras = QStringLiteral("keras"), tf = QStringLiteral("tf.keras");
        QTest::newRow("resnet50_keras 32") << "resnet50_keras" << "resnet50" << 32 << keras << false;
        QTest::newRow("resnet50_keras 45 tf.keras save") << "resnet50_keras" << "resnet50" << 45 << tf << true;
        QTest::newRow("inception_v3_keras 75") << "inception_v3_keras" << "inception_v3" << 75 << keras << false;
        QTest::newRow("inception_v3_keras 99 tf.keras") << "inception_v3_keras" << "inception_v3" << 99 << tf << false;
        QTest::newRow("mobilenet_v1 32") << "mobilenet_v1" << "mobilenet" << 32 << keras << false;
        QTest::newRow("mobilenet_v1 33 save") << "mobilenet_v1" << "mobilenet" << 33 << keras << true;
        QTest::newRow("vgg16_keras 32") << "vgg16_keras" << "vgg16" << 32 << keras << false;
        QTest::newRow("vgg16_keras 37 tf.keras") << "vgg16_keras" << "vgg16" << 37 << tf << false;
    }
    void matchesKeras()
    {
        QFETCH(QString, name);
        QFETCH(QString, keras);
        QFETCH(int, size);
        QFETCH(QString, naming);
        QFETCH(bool, full);
        const QString h5 = QStringLiteral("%1-%2.h5").arg(name).arg(size);
        const QString problem = reference(keras, size, naming, full, h5, h5 + QStringLiteral(".features.npy"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const torch::Tensor expected = readNpy(file(h5 + QStringLiteral(".features.npy")));
        QVERIFY(expected.defined());

        torch::NoGradGuard noGrad;
        BackbonePtr backbone = makeBackbone(name.toStdString());
        backbone->eval();
        const torch::Tensor x = preprocessBatch(m_digits, size);
        const torch::Tensor random = backbone->features(x);
        const std::string summary = loadBackboneWeights(*backbone, name.toStdString(), file(h5));
        QVERIFY2(summary.find("Keras weights") != std::string::npos, summary.c_str());
        const torch::Tensor y = backbone->features(x);
        QCOMPARE(y.sizes().vec(), expected.sizes().vec());
        QVERIFY(expected.abs().max().item<double>() > 0);
        const double difference = relativeDifference(y, expected);
        qInfo("%s at %d: relative difference to Keras's graph %.2g", qPrintable(name), size, difference);
        QVERIFY2(difference <= 1e-4, qPrintable(QStringLiteral("features differ from Keras's by %1 (relative)")
                                                    .arg(difference)));
        // The comparison can tell: the same network with its own random weights is far off.
        QVERIFY(relativeDifference(random, expected) > 0.1);
    }

    // What is not a Keras weights file says what it is.
    void otherFilesAreNamed()
    {
        const auto noise = file(QStringLiteral("noise.h5"));
        std::ofstream(noise, std::ios::binary) << std::string(4096, '\x5a');
        expectRefused("vgg16_keras", noise, "not an HDF5 file");
        const auto zip = file(QStringLiteral("model.keras"));
        std::ofstream(zip, std::ios::binary) << std::string("PK\x03\x04", 4) << std::string(100, '\0');
        expectRefused("vgg16_keras", zip, "a zip archive (a PyTorch .pth, or a Keras 3 .keras file)");
        const auto saved = file(QStringLiteral("saved_model"));
        std::filesystem::create_directories(saved / "variables");
        std::ofstream(saved / "saved_model.pb") << "graph";
        expectRefused("vgg16_keras", saved, "a TensorFlow SavedModel folder");
        // An HDF5 file that is no Keras file.
        QVERIFY(reference(QStringLiteral("vgg16"), 32, QStringLiteral("keras"), false, QStringLiteral("plain.h5")).isEmpty());
        QCOMPARE(h5edit(QStringLiteral("plain.h5"), QStringLiteral("del f.attrs['layer_names']")), QString());
        expectRefused("vgg16_keras", file(QStringLiteral("plain.h5")), "without Keras's layer_names");
    }

    // Weights that do not fit: named by their Keras layer; nothing is loaded.
    void misfitsAreNamed()
    {
        QVERIFY(reference(QStringLiteral("vgg16"), 32, QStringLiteral("keras"), false, QStringLiteral("vgg.h5")).isEmpty());
        QVERIFY(reference(QStringLiteral("resnet50"), 32, QStringLiteral("keras"), false, QStringLiteral("r.h5")).isEmpty());
        const auto vgg = file(QStringLiteral("vgg.h5")), resnet = file(QStringLiteral("r.h5"));
        expectRefused("resnet50_keras", vgg, "layer block1_conv1 is not a layer of resnet50_keras");
        expectRefused("resnet50", resnet, "resnet50 is not a Keras-layout backbone");

        // Truncated: half the file.
        const auto cut = file(QStringLiteral("cut.h5"));
        std::filesystem::copy_file(resnet, cut);
        std::filesystem::resize_file(cut, std::filesystem::file_size(resnet) / 2);
        expectRefused("resnet50_keras", cut, "");

        auto damaged = [&](const QString &name, const QString &code) {
            std::filesystem::copy_file(resnet, file(name));
            const QString problem = h5edit(name, code);
            if (!problem.isEmpty())
                qWarning("%s", qPrintable(problem));
            return file(name);
        };
        // A layer missing.
        expectRefused("resnet50_keras",
                      damaged(QStringLiteral("missing.h5"),
                              QStringLiteral("names = [n for n in f.attrs['layer_names'] if n != b'conv1_bn']\n"
                                             "f.attrs['layer_names'] = np.array(names)")),
                      "has no weights for resnet50_keras's layer conv1_bn");
        // A kernel of the wrong shape.
        expectRefused("resnet50_keras",
                      damaged(QStringLiteral("shape.h5"),
                              QStringLiteral("del f['conv1_conv/conv1_conv/kernel:0']\n"
                                             "f['conv1_conv/conv1_conv/kernel:0'] = np.zeros((7, 7, 1, 64), 'f4')")),
                      "layer conv1_conv: kernel has shape [7, 7, 1, 64], resnet50_keras's is [7, 7, 3, 64]");
        // A BatchNorm without its variance.
        expectRefused("resnet50_keras",
                      damaged(QStringLiteral("variance.h5"),
                              QStringLiteral("g = f['conv1_bn']\n"
                                             "g.attrs['weight_names'] = np.array([n for n in g.attrs['weight_names'] "
                                             "if b'moving_variance' not in n])")),
                      "layer conv1_bn lacks the moving_variance");
        // A weight listed but not stored.
        expectRefused("resnet50_keras",
                      damaged(QStringLiteral("listed.h5"), QStringLiteral("del f['conv1_conv/conv1_conv/bias:0']")),
                      "layer conv1_conv, weight conv1_conv/bias:0: listed in weight_names but not in the file");
        // A layer more than the model has.
        expectRefused("resnet50_keras",
                      damaged(QStringLiteral("extra.h5"),
                              QStringLiteral("g = f.create_group('predictions')\n"
                                             "g['predictions/kernel:0'] = np.zeros((2048, 1000), 'f4')\n"
                                             "g.attrs['weight_names'] = np.array([b'predictions/kernel:0'])\n"
                                             "f.attrs['layer_names'] = np.array(list(f.attrs['layer_names']) + "
                                             "[b'predictions'])")),
                      "layer predictions is not a layer of resnet50_keras");
    }
};

QTEST_MAIN(TstKeras)
#include "tst_keras.moc"
