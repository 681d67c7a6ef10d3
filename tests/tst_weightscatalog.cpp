// The weights catalog: the shipped entries are the publishers' own, user catalogs merge and are checked, files are
// found where users already have them and judged by their digests, recipes start from ImageNet weights at hand.
#include "data/md5.h"
#include "errors.h"
#include "testsupport.h"
#include "training/recipe.h"
#include "weightstore/catalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fstream>

using namespace mw::core;
namespace fs = std::filesystem;

class TstWeightsCatalog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    fs::path root() const { return fs::path(m_dir.path().toStdString()); }

    static void writeText(const fs::path &file, const std::string &text)
    {
        fs::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary) << text;
    }

    // A user catalog holding `entries` (JSON objects as text), named by $MNIST_WORKBENCH_WEIGHTS_CATALOG.
    void useCatalog(const std::string &entries)
    {
        const fs::path file = root() / "catalog.json";
        writeText(file, "{\"entries\": [" + entries + "]}");
        qputenv("MNIST_WORKBENCH_WEIGHTS_CATALOG", QByteArray::fromStdString(file.string()));
    }

    static std::string entry(const std::string &name, const std::string &model, const std::string &file,
                             const std::string &digest, const std::string &format = "pth",
                             const std::string &normalization = "imagenet")
    {
        return "{\"name\": \"" + name + "\", \"model\": \"" + model + "\", \"format\": \"" + format + "\", \"file\": \""
               + file + "\", \"url\": \"http://127.0.0.1:9/" + file + "\"" + (digest.empty() ? "" : ", " + digest)
               + ", \"normalization\": \"" + normalization + "\"}";
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        // Every folder the catalog looks in is the test's own: never the user's caches.
        for (const char *sub : {"data", "torch", "keras", "cache"})
            fs::remove_all(root() / sub);
        qputenv("MNIST_WORKBENCH_DATA_DIR", QByteArray::fromStdString((root() / "data").string()));
        qputenv("TORCH_HOME", QByteArray::fromStdString((root() / "torch").string()));
        qputenv("KERAS_HOME", QByteArray::fromStdString((root() / "keras").string()));
        qunsetenv("MNIST_WORKBENCH_WEIGHTS_CATALOG");
    }

    // torchvision's weights enums and keras-applications' sources are the reference, never our own copy.
    void shippedEntriesAreThePublishersOwn()
    {
        QProcess python;
        python.start(QStringLiteral("/usr/bin/python3"), {QFINDTESTDATA("fixtures/catalog_reference.py")});
        QVERIFY(python.waitForFinished(120000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QJsonObject reference = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
        const std::vector<WeightsEntry> catalog = loadWeightsCatalog();

        const QJsonArray torchvision = reference[QStringLiteral("torchvision")].toArray();
        QCOMPARE(torchvision.size(), 7); // resnet18, resnet50 V1+V2, inception_v3, mobilenet_v2 V1+V2, vgg16
        for (const auto &item : torchvision) {
            const QJsonObject tv = item.toObject();
            const auto it = std::find_if(catalog.begin(), catalog.end(), [&](const WeightsEntry &e) {
                return e.url == tv[QStringLiteral("url")].toString().toStdString();
            });
            QVERIFY2(it != catalog.end(), qPrintable(tv[QStringLiteral("member")].toString() + QStringLiteral(" is not in the catalog")));
            QCOMPARE(it->model, tv[QStringLiteral("model")].toString().toStdString());
            QVERIFY(it->format == WeightsFormat::Pth);
            QCOMPARE(it->file, tv[QStringLiteral("file")].toString().toStdString());
            QVERIFY(it->digest.kind == Digest::Kind::Sha256Prefix);
            QCOMPARE(it->digest.hex, tv[QStringLiteral("sha256_prefix")].toString().toStdString());
        }
        for (const auto &item : reference[QStringLiteral("keras")].toArray()) {
            const QJsonObject k = item.toObject();
            const auto it = std::find_if(catalog.begin(), catalog.end(), [&](const WeightsEntry &e) {
                return e.file == k[QStringLiteral("file")].toString().toStdString();
            });
            QVERIFY2(it != catalog.end(), qPrintable(k[QStringLiteral("file")].toString() + QStringLiteral(" is not in the catalog")));
            QVERIFY(it->format == WeightsFormat::KerasH5);
            QCOMPARE(it->model, k[QStringLiteral("model")].toString().toStdString());
            QCOMPARE(it->url, k[QStringLiteral("url")].toString().toStdString());
            if (k[QStringLiteral("md5")].isNull()) {
                QVERIFY(it->digest.kind == Digest::Kind::None);
            } else {
                QVERIFY(it->digest.kind == Digest::Kind::Md5);
                QCOMPARE(it->digest.hex, k[QStringLiteral("md5")].toString().toStdString());
            }
        }
    }

    void md5MatchesTheRfcVectors()
    {
        const std::pair<const char *, const char *> vectors[] = {
            {"", "d41d8cd98f00b204e9800998ecf8427e"},
            {"abc", "900150983cd24fb0d6963f7d28e17f72"},
            {"12345678901234567890123456789012345678901234567890123456789012345678901234567890",
             "57edf4a22be3c955ac49da2e2107b67a"}};
        for (const auto &[text, hex] : vectors) {
            Md5 md5;
            md5.update(text, std::strlen(text));
            QCOMPARE(md5.hexDigest(), std::string(hex));
        }
        writeText(root() / "abc.bin", "abc");
        const FileDigests d = fileDigests(root() / "abc.bin");
        QCOMPARE(d.md5, std::string("900150983cd24fb0d6963f7d28e17f72"));
        QCOMPARE(d.sha256, std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    void badUserCatalogsNameFileEntryAndKey()
    {
        const std::string sha = "\"sha256\": \"" + std::string(64, 'a') + "\"";
        const std::pair<std::string, std::string> cases[] = {
            {"{\"entries\": [" + entry("x", "resnet18", "x.pth", sha) + "]", "invalid JSON"},
            {"{\"entries\": [{\"name\": \"x\", \"model\": \"resnet18\", \"format\": \"pth\", \"file\": \"x.pth\"}]}",
             "entries[0].url"},
            {"{\"entries\": [" + entry("x", "resnet18", "x.pth", "\"md5\": \"abc\"") + "]}", "32 hex digits"},
            {"{\"entries\": [" + entry("x", "mlp", "x.pth", sha) + "]}", "weights fit backbones only"},
            {"{\"entries\": [" + entry("x", "resnet50", "x.h5", sha, "keras-h5") + "]}",
             "Keras .h5 weights load into the Keras-layout backbones"},
            {"{\"entries\": [" + entry("x", "resnet18", "x.pth", sha) + "," + entry("x", "resnet18", "y.pth", sha)
                 + "]}",
             "listed twice"},
            {"{\"entries\": [" + entry("x", "resnet18", "../x.pth", sha) + "]}", "entries[0].file"},
            {"{\"entries\": [" + entry("x", "resnet18", "x.pth", sha, "onnx") + "]}", "entries[0].format"},
            {"{\"entries\": [" + entry("x", "resnet18", "x.pth", sha + ", \"md5\": \"" + std::string(32, 'b') + "\"")
                 + "]}",
             "one digest per entry"},
            {"{\"entries\": [{\"name\": \"x\", \"nmae\": 1}]}", "unknown key \"entries[0].nmae\""},
        };
        for (const auto &[json, fragment] : cases) {
            const fs::path file = root() / "bad.json";
            writeText(file, json);
            qputenv("MNIST_WORKBENCH_WEIGHTS_CATALOG", QByteArray::fromStdString(file.string()));
            MW_EXPECT_THROW_NAMING(UsageError, loadWeightsCatalog(), file.string());
            MW_EXPECT_THROW_NAMING(UsageError, loadWeightsCatalog(), fragment);
        }
    }

    void userCatalogReplacesAndAdds()
    {
        const std::string sha = "\"sha256\": \"" + std::string(64, 'c') + "\"";
        useCatalog(entry("resnet18.tv_imagenet1k_v1", "resnet18", "mirror-copy.pth", sha) + ","
                   + entry("resnet18.lab_digits", "resnet18", "lab.pth", sha));
        const std::vector<WeightsEntry> catalog = loadWeightsCatalog();
        QCOMPARE(weightsEntry(catalog, "resnet18.tv_imagenet1k_v1").file, std::string("mirror-copy.pth"));
        QCOMPARE(weightsEntry(catalog, "resnet18.lab_digits").catalogFile, (root() / "catalog.json").string());
        QCOMPARE(weightsEntry(catalog, "vgg16.tv_imagenet1k_v1").catalogFile, std::string("shipped"));
        MW_EXPECT_THROW_NAMING(UsageError, weightsEntry(catalog, "resnet18.nope"), "resnet18.lab_digits");
    }

    // A PyTorch user's hub cache and a Keras user's cache are used where they are; what is damaged says so.
    void filesAreFoundInTheCachesAndJudgedByDigest()
    {
        const std::string bytes(300000, 'w');
        writeText(root() / "probe.bin", bytes);
        const FileDigests d = fileDigests(root() / "probe.bin");
        useCatalog(entry("resnet18.hub", "resnet18", "hub-" + d.sha256.substr(0, 8) + ".pth",
                         "\"sha256_prefix\": \"" + d.sha256.substr(0, 8) + "\"")
                   + "," + entry("vgg16.keras", "vgg16_keras", "vgg16_notop.h5", "\"md5\": \"" + d.md5 + "\"", "keras-h5")
                   + "," + entry("resnet50.nodigest", "resnet50", "plain.pth", ""));
        const std::vector<WeightsEntry> catalog = loadWeightsCatalog();
        const WeightsEntry &hub = weightsEntry(catalog, "resnet18.hub");
        QVERIFY(weightsStatus(hub).state == WeightsState::Missing);

        const fs::path inHub = root() / "torch/hub/checkpoints" / hub.file;
        writeText(inHub, bytes);
        WeightsStatus s = weightsStatus(hub);
        QVERIFY(s.state == WeightsState::Verified);
        QCOMPARE(s.path, inHub);
        QCOMPARE(s.sha256, d.sha256);
        QCOMPARE(resolveWeights(catalog, hub.name).file, inHub);

        writeText(inHub, bytes.substr(0, 1000)); // truncated: a new size, so the cached digest is not used
        s = weightsStatus(hub);
        QVERIFY(s.state == WeightsState::Damaged);
        MW_EXPECT_THROW_NAMING(WeightsError, resolveWeights(catalog, hub.name), "damaged");
        MW_EXPECT_THROW_NAMING(WeightsError, resolveWeights(catalog, hub.name), d.sha256.substr(0, 8));

        const WeightsEntry &keras = weightsEntry(catalog, "vgg16.keras");
        writeText(root() / "keras/models/vgg16_notop.h5", bytes);
        QVERIFY(weightsStatus(keras).state == WeightsState::Verified);
        QCOMPARE(resolveWeights(catalog, keras.name).file, root() / "keras/models/vgg16_notop.h5");

        const WeightsEntry &plain = weightsEntry(catalog, "resnet50.nodigest");
        writeText(weightsDir() / "plain.pth", bytes);
        QVERIFY(weightsStatus(plain).state == WeightsState::Unchecked);
        QVERIFY(fs::exists(weightsDir() / "digests.json")); // hashed once, then known by size and time
    }

    void aNameNotDownloadedSaysHowToGetIt()
    {
        const std::vector<WeightsEntry> catalog = loadWeightsCatalog();
        MW_EXPECT_THROW_NAMING(WeightsError, resolveWeights(catalog, "resnet50.tv_imagenet1k_v2"),
                               "weights fetch resnet50.tv_imagenet1k_v2");
        MW_EXPECT_THROW_NAMING(WeightsError, resolveWeights(catalog, "resnet50.tv_imagenet1k_v2"),
                               weightsDir().string());
        // Anything that is no name is a path, passed on for the loader to judge.
        QCOMPARE(resolveWeights(catalog, "some/file.pth").file, fs::path("some/file.pth"));
        QVERIFY(resolveWeights(catalog, "some/file.pth").entryName.empty());
    }

    // The tutorials' recipes take ImageNet weights where a verified file is at hand, and say what they did.
    void recipesStartFromImageNetWeightsAtHand()
    {
        const std::string bytes(200000, 'r');
        writeText(root() / "probe.bin", bytes);
        const std::string sha = fileDigests(root() / "probe.bin").sha256;
        useCatalog(entry("resnet50_keras.lab", "resnet50_keras", "resnet50-lab.h5", "\"sha256\": \"" + sha + "\"",
                         "keras-h5", "caffe"));
        Recipe recipe = findRecipe(loadRecipes(), "keras-transfer");
        QVERIFY(recipe.imageNetWeights);
        recipe.config.erase("dataset"); // the test's data folder has no MNIST to look up

        RunConfig c = configFor(recipe, "resnet50_keras");
        QVERIFY(c.weights.empty()); // nothing at hand yet
        std::vector<std::string> notes = recipeWeightsNotes(recipe);
        QCOMPARE(notes.size(), std::size_t(3));
        QVERIFY2(notes[0].find("random init") != std::string::npos, notes[0].c_str());
        QVERIFY2(notes[0].find("weights fetch resnet50_keras.") != std::string::npos, notes[0].c_str());
        QVERIFY2(notes[2].find("weights fetch mobilenet_v1.keras_imagenet_notop") != std::string::npos, notes[2].c_str());

        // The file at hand: the recipe takes it, and keeps the tutorial's [-1, 1] over the weights' own "caffe".
        writeText(weightsDir() / "resnet50-lab.h5", bytes);
        c = configFor(recipe, "resnet50_keras");
        QCOMPARE(c.weights, std::string("resnet50_keras.lab"));
        QVERIFY(c.normalization == Normalization::Tutorial);
        notes = recipeWeightsNotes(recipe);
        QVERIFY2(notes[0].find("ImageNet weights resnet50_keras.lab (verified), tutorial normalization")
                     != std::string::npos,
                 notes[0].c_str());
        QVERIFY(configFor(recipe, "inception_v3_keras").weights.empty());
        // A recipe that leaves the normalization open takes the weights' own.
        recipe.config.erase("normalization");
        QVERIFY(configFor(recipe, "resnet50_keras").normalization == Normalization::Caffe);
    }
};

QTEST_GUILESS_MAIN(TstWeightsCatalog)
#include "tst_weightscatalog.moc"
