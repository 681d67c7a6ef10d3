// Recipes (every shipped one parses and validates; broken ones name the file and the key), shifted digits (each
// digit lands whole inside its canvas, at positions fixed by the seed, and the baselines take the canvas), and what
// pretraining refuses before it trains.
#include "data/preprocess.h"
#include "errors.h"
#include "models/freeze.h"
#include "models/network.h"
#include "models/zoo.h"
#include "testsupport.h"
#include "training/pretrain.h"
#include "training/recipe.h"
#include "training/shift.h"
#include "training/trainer.h"

#include <QTemporaryDir>

#include <cstdlib>
#include <set>

using namespace mw::core;

namespace {

#define EXPECT_THROW_NAMING(Type, statement, fragment) MW_EXPECT_THROW_NAMING(Type, statement, fragment)

// A backbone small enough to run every epoch through it.
class TinyBackbone : public Backbone {
public:
    TinyBackbone()
    {
        conv = register_module("conv", torch::nn::Conv2d(torch::nn::Conv2dOptions(3, 8, 3).stride(2)));
        bn = register_module("bn", torch::nn::BatchNorm2d(8));
    }
    torch::Tensor features(const torch::Tensor &x) override
    {
        return torch::adaptive_avg_pool2d(torch::relu(bn->forward(conv->forward(x))), {3, 3}).flatten(1);
    }
    int featureWidth() const override { return 72; }
    int defaultInputSize() const override { return 24; }
    int minimumInputSize() const override { return 8; }
    std::vector<std::string> layers() const override { return {"conv", "bn"}; }

    torch::nn::Conv2d conv{nullptr};
    torch::nn::BatchNorm2d bn{nullptr};
};

void writeText(const std::filesystem::path &path, const std::string &text)
{
    std::ofstream(path) << text;
}

} // namespace

class TstRecipes : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::filesystem::path path(const std::string &name) const
    {
        return std::filesystem::path(m_dir.path().toStdString()) / name;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        MW_REQUIRE_MNIST();
        torch::set_num_threads(1);
    }

    // ---------------------------------------------------------------- recipes

    void everyRecipeParsesAndValidates()
    {
        const auto recipes = loadRecipes(recipesDir());
        std::set<std::string> names;
        for (const auto &recipe : recipes) {
            names.insert(recipe.name);
            QVERIFY(!recipe.title.empty() && recipe.description.size() > 40);
            QCOMPARE(recipe.file.stem().string(), recipe.name);
            for (const auto &model : recipe.models) {
                const RunConfig c = configFor(recipe, model);
                QCOMPARE(c.model.name, model);
                validate(c);
                // Catalog names became folders that hold a dataset.
                QVERIFY2(std::filesystem::exists(std::filesystem::path(c.dataset) / "train-labels-idx1-ubyte")
                             || std::filesystem::exists(std::filesystem::path(c.dataset) / "train-labels-idx1-ubyte.gz"),
                         c.dataset.c_str());
            }
        }
        QCOMPARE(names, (std::set<std::string>{"from-scratch", "inception-fashion-augment", "keras-transfer",
                                               "mlp-vs-cnn", "mlp-vs-cnn-shifted", "vgg16-feature-extractor",
                                               "vgg16-partly-frozen"}));

        // The tutorials' settings, as the issue lists them.
        const Recipe &keras = findRecipe(recipes, "keras-transfer");
        // Keras's own networks, scaled to [-1, 1] as the tutorial scaled them.
        QCOMPARE(keras.models, (std::vector<std::string>{"resnet50_keras", "inception_v3_keras", "mobilenet_v1"}));
        for (const auto &[model, size] : std::vector<std::pair<std::string, int>>{
                 {"resnet50_keras", 32}, {"inception_v3_keras", 75}, {"mobilenet_v1", 32}}) {
            const RunConfig c = configFor(keras, model);
            QVERIFY(modelInfo(model).kerasLayout);
            QVERIFY(c.normalization == Normalization::Tutorial);
            QCOMPARE(c.model.inputSize, size);
            QVERIFY(c.split == SplitKind::Tutorial);
            QCOMPARE(c.head.epochs, 1000);
            QCOMPARE(c.finetune.epochs, 100);
            QCOMPARE(c.head.patience, 10);
            QCOMPARE(c.finetune.patience, 10);
            QCOMPARE(c.head.learningRate, 1e-4);
            QCOMPARE(c.finetune.learningRate, 1e-6);
        }
        const RunConfig frozen = configFor(findRecipe(recipes, "vgg16-partly-frozen"), "vgg16_keras");
        QCOMPARE(frozen.frozenLayers, 14);
        QVERIFY(frozen.finetune.epochs > 0);
        QCOMPARE(configFor(findRecipe(recipes, "vgg16-feature-extractor"), "vgg16_keras").finetune.epochs, 0);
        QCOMPARE(configFor(findRecipe(recipes, "mlp-vs-cnn-shifted"), "mlp").shiftCanvas, 48);
        QCOMPARE(configFor(findRecipe(recipes, "mlp-vs-cnn"), "smallcnn").shiftCanvas, 0);
        const RunConfig fashion = configFor(findRecipe(recipes, "inception-fashion-augment"), "inception_v3");
        QVERIFY(fashion.augment.enabled && !fashion.augment.flip);
        QCOMPARE(loadDataset(fashion.dataset).name, std::string("Fashion-MNIST"));
        QCOMPARE(loadDataset(configFor(keras, "resnet50_keras").dataset).name, std::string("MNIST"));

        EXPECT_THROW_NAMING(UsageError, findRecipe(recipes, "nope"), "unknown recipe \"nope\" (known: from-scratch");
        EXPECT_THROW_NAMING(UsageError, configFor(keras, "mlp"), "no model \"mlp\"");
    }

    void recipesDirFollowsTheEnvironment()
    {
        const auto source = recipesDir();
        QVERIFY(std::filesystem::exists(source / "keras-transfer.json"));
        qputenv("MNIST_WORKBENCH_RECIPES", QByteArray::fromStdString(path("mine").string()));
        QCOMPARE(recipesDir(), path("mine"));
        EXPECT_THROW_NAMING(UsageError, loadRecipes(), "no recipes folder");
        qunsetenv("MNIST_WORKBENCH_RECIPES");
        QCOMPARE(recipesDir(), source);
    }

    void partialSettingsAndModelOverrides()
    {
        const auto dir = path("partial");
        std::filesystem::create_directories(dir);
        writeText(dir / "quick.json", R"({"name": "quick", "title": "Quick", "description": "two baselines",
            "models": ["mlp", "cnn"],
            "config": {"dataset": "mnist", "batch_size": 64, "head": {"epochs": 3, "learning_rate": 0.002}},
            "models_config": {"cnn": {"head": {"epochs": 5}, "seed": 9}}})");
        const Recipe r = findRecipe(loadRecipes(dir), "quick");
        const RunConfig mlp = configFor(r, "mlp"), cnn = configFor(r, "cnn");
        QCOMPARE(mlp.head.epochs, 3);
        QCOMPARE(cnn.head.epochs, 5);
        QCOMPARE(cnn.head.learningRate, 0.002); // merged, not replaced
        QCOMPARE(mlp.batchSize, 64);
        QCOMPARE(cnn.seed, std::uint64_t(9));
        QCOMPARE(mlp.head.patience, 10); // defaults stay
        QCOMPARE(std::filesystem::path(mlp.dataset), mw::test::mnistFolder()); // catalog names are case-insensitive
    }

    void brokenRecipesNameTheFileAndTheProblem_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("fragment");
        const QString ok = QStringLiteral(R"("name": "x", "title": "t", "description": "d")");
        QTest::addRow("not json") << QStringLiteral("{\"name\": ") << QStringLiteral("not valid JSON");
        QTest::addRow("no models") << QStringLiteral("{%1}").arg(ok) << QStringLiteral("key \"models\" is missing");
        QTest::addRow("unknown model") << QStringLiteral("{%1, \"models\": [\"resnet51\"]}").arg(ok)
                                       << QStringLiteral("unknown model \"resnet51\"");
        QTest::addRow("unknown key") << QStringLiteral("{%1, \"models\": [\"mlp\"], \"modles\": 1}").arg(ok)
                                     << QStringLiteral("unknown key \"modles\"");
        QTest::addRow("bad setting") << QStringLiteral("{%1, \"models\": [\"mlp\"], \"config\": {\"head\": {\"epochz\": 3}}}").arg(ok)
                                     << QStringLiteral("model \"mlp\": unknown setting \"head.epochz\"");
        QTest::addRow("invalid value") << QStringLiteral("{%1, \"models\": [\"mlp\"], \"config\": {\"batch_size\": 0}}").arg(ok)
                                       << QStringLiteral("\"batch_size\" must be at least 1");
        QTest::addRow("override for another model")
            << QStringLiteral("{%1, \"models\": [\"mlp\"], \"models_config\": {\"cnn\": {}}}").arg(ok)
            << QStringLiteral("\"models_config.cnn\" names a model that \"models\" does not list");
        QTest::addRow("model name in config")
            << QStringLiteral("{%1, \"models\": [\"mlp\"], \"config\": {\"model\": {\"name\": \"cnn\"}}}").arg(ok)
            << QStringLiteral("\"config.model.name\" does not belong in a recipe");
        QTest::addRow("bad name") << QStringLiteral(R"({"name": "My Recipe", "title": "t", "description": "d", "models": ["mlp"]})")
                                  << QStringLiteral("lower-case letters");
        QTest::addRow("shift canvas too small")
            << QStringLiteral("{%1, \"models\": [\"mlp\"], \"config\": {\"shift_canvas\": 20}}").arg(ok)
            << QStringLiteral("\"shift_canvas\" must be 0 (off) or a canvas side from 28");
    }

    void brokenRecipesNameTheFileAndTheProblem()
    {
        QFETCH(QString, json);
        QFETCH(QString, fragment);
        const auto file = path("broken.json");
        writeText(file, json.toStdString());
        EXPECT_THROW_NAMING(UsageError, loadRecipe(file), file.string());
        EXPECT_THROW_NAMING(UsageError, loadRecipe(file), fragment.toStdString());
    }

    void twoRecipesWithOneName()
    {
        const auto dir = path("twice");
        std::filesystem::create_directories(dir);
        const std::string recipe = R"({"name": "same", "title": "t", "description": "d", "models": ["mlp"]})";
        writeText(dir / "a.json", recipe);
        writeText(dir / "b.json", recipe);
        EXPECT_THROW_NAMING(UsageError, loadRecipes(dir), "the name \"same\" is taken");
        // An unknown dataset is found out when a config is made, naming what the catalog has.
        const auto other = path("nodata");
        std::filesystem::create_directories(other);
        writeText(other / "r.json", R"({"name": "r", "title": "t", "description": "d", "models": ["mlp"],
                                       "config": {"dataset": "Kuzushiji-MNIST"}})");
        const auto recipes = loadRecipes(other);
        EXPECT_THROW_NAMING(UsageError, configFor(recipes.front(), "mlp"), "dataset \"Kuzushiji-MNIST\" is neither");
    }

    // ---------------------------------------------------------------- shifted digits

    void shiftedDigitsLandWholeInsideTheCanvas()
    {
        const Dataset d = loadDataset(mw::test::mnistFolder());
        std::vector<int> indices(64);
        std::iota(indices.begin(), indices.end(), 0);
        const auto digits = imagesTensor(d.data, indices);
        const int canvas = 48;
        const auto positions = canvasPositions(64, canvas, 11, Part::Train);
        QCOMPARE(positions.sizes().vec(), (std::vector<std::int64_t>{64, 2}));
        QVERIFY(positions.min().item<std::int64_t>() >= 0);
        QVERIFY(positions.max().item<std::int64_t>() <= canvas - 28);

        const auto placed = placeOnCanvas(digits, positions, canvas);
        QCOMPARE(placed.sizes().vec(), (std::vector<std::int64_t>{64, canvas, canvas}));
        QVERIFY(placed.dtype() == torch::kUInt8);
        std::set<std::pair<std::int64_t, std::int64_t>> seen;
        for (int i = 0; i < 64; ++i) {
            const std::int64_t top = positions[i][0].item<std::int64_t>(), left = positions[i][1].item<std::int64_t>();
            seen.insert({top, left});
            // The digit, pixel for pixel, at its position; black everywhere else.
            QVERIFY(torch::equal(placed[i].narrow(0, top, 28).narrow(1, left, 28), digits[i]));
            QCOMPARE(placed[i].to(torch::kInt64).sum().item<std::int64_t>(), digits[i].to(torch::kInt64).sum().item<std::int64_t>());
        }
        QVERIFY2(seen.size() > 40, qPrintable(QString::number(seen.size()))); // positions vary from digit to digit
        // Both axes use the whole range.
        QVERIFY(positions.select(1, 0).min().item<std::int64_t>() <= 2 && positions.select(1, 0).max().item<std::int64_t>() >= 18);
        QVERIFY(positions.select(1, 1).min().item<std::int64_t>() <= 2 && positions.select(1, 1).max().item<std::int64_t>() >= 18);

        // Fixed by the seed and the part; the first digits keep their places when fewer are taken.
        QVERIFY(torch::equal(canvasPositions(64, canvas, 11, Part::Train), positions));
        QVERIFY(torch::equal(canvasPositions(10, canvas, 11, Part::Train), positions.narrow(0, 0, 10)));
        QVERIFY(!torch::equal(canvasPositions(64, canvas, 12, Part::Train), positions));
        QVERIFY(!torch::equal(canvasPositions(64, canvas, 11, Part::Test), positions));
        // A 28 canvas leaves the digits where they are.
        QVERIFY(torch::equal(placeOnCanvas(digits, canvasPositions(64, 28, 1, Part::Test), 28), digits));
    }

    void baselinesTakeTheCanvas()
    {
        // Layer sizes follow the input side; forward works in both modes at 48x48.
        const std::vector<std::pair<std::string, std::int64_t>> expected = {
            {"mlp", 2304 * 512 + 512 + 512 * 256 + 256 + 256 * 10 + 10},
            {"dense32", 2304 * 32 + 32 + 32 * 10 + 10},
            {"smallcnn", 320 + 18'496 + 42 * 42 * 64 * 128 + 128 + 1'290},
            {"cnn", 288 + 9'216 + 18'432 + 36'864 + 64 + 64 + 128 + 128 + 12 * 12 * 64 * 256 + 512 + 2'570}};
        for (const auto &[name, parameters] : expected) {
            ModelSpec spec;
            spec.name = name;
            spec.inputSize = 48;
            QCOMPARE(inputSizeOf(spec), 48);
            const NetworkPtr net = makeNetwork(spec);
            QCOMPARE(countParameters(*net), parameters);
            const auto x = preprocessBatch(torch::randint(0, 256, {2, 48, 48}, torch::kUInt8), 48);
            for (bool training : {true, false}) {
                net->train(training);
                QCOMPARE(net->forward(x).sizes().vec(), (std::vector<std::int64_t>{2, 10}));
            }
            spec.inputSize = 0;
            QCOMPARE(inputSizeOf(spec), 28);
            spec.inputSize = 20;
            EXPECT_THROW_NAMING(UsageError, inputSizeOf(spec), "at least 28x28");
        }

        RunConfig c;
        c.model.name = "mlp";
        c.dataset = mw::test::mnistFolder().string();
        c.shiftCanvas = 40;
        validate(c);
        c.model.inputSize = 40;
        validate(c);
        c.model.inputSize = 28;
        EXPECT_THROW_NAMING(UsageError, validate(c), "\"model.input_size\" must be 40 for mlp on the shifted");
        c.model.inputSize = 0;
        c.shiftCanvas = 27;
        EXPECT_THROW_NAMING(UsageError, validate(c), "\"shift_canvas\"");
    }

    void trainingOnShiftedDigits()
    {
        RunConfig c;
        c.model.name = "mlp";
        c.dataset = mw::test::mnistFolder().string();
        c.trainLimit = 4000;
        c.validationSize = 1000;
        c.head.epochs = 3;
        c.head.learningRate = 1e-3;
        c.seed = 5;
        c.shiftCanvas = 36;
        const RunResult shifted = runExperiment(c);
        QCOMPARE(shifted.config.model.inputSize, 36);
        QCOMPARE(shifted.parameters.total, std::int64_t(1296 * 512 + 512 + 512 * 256 + 256 + 2570));
        QCOMPARE(toJson(shifted)["config"]["shift_canvas"].get<int>(), 36);
        // The same seed places the digits the same way (and starts from the same weights): the same first epoch.
        c.head.epochs = 1;
        const RunResult again = runExperiment(c);
        QCOMPARE(again.epochs.front().trainLoss, shifted.epochs.front().trainLoss);
        QCOMPARE(again.epochs.front().valLoss, shifted.epochs.front().valLoss);

        c.head.epochs = 3;
        c.shiftCanvas = 0;
        const RunResult centred = runExperiment(c);
        qInfo("mlp, 3 epochs on 4000 digits: test accuracy %.4f centred, %.4f shifted on a 36x36 canvas",
              *centred.testAccuracy, *shifted.testAccuracy);
        // Digits are still learnable wherever they sit, but a dense network finds it much harder.
        QVERIFY(*shifted.testAccuracy > 0.3);
        QVERIFY(*centred.testAccuracy > *shifted.testAccuracy + 0.15);
    }

    // The feature cache is computed from the digits on their canvas, exactly as the frozen backbone sees them
    // batch by batch; a cache of the centred digits would give other losses.
    void featureCacheSeesTheShiftedDigits()
    {
        RunConfig c;
        c.model.name = "tiny";
        c.model.inputSize = 24;
        c.model.headHidden = {16};
        c.dataset = mw::test::mnistFolder().string();
        c.trainLimit = 500;
        c.validationSize = 500;
        c.head.epochs = 2;
        c.head.learningRate = 3e-3;
        c.finetune.epochs = 0;
        c.shiftCanvas = 44;
        c.seed = 2;
        auto net = [] {
            torch::manual_seed(1);
            return std::make_shared<TransferNet>(std::make_shared<TinyBackbone>(), HeadOptions{{16}, 0.2});
        };
        const RunResult cached = runExperiment(c, net());
        c.featureCache = false;
        const RunResult direct = runExperiment(c, net());
        c.shiftCanvas = 0;
        c.featureCache = true;
        const RunResult centred = runExperiment(c, net());
        QCOMPARE(cached.epochs.size(), direct.epochs.size());
        for (std::size_t i = 0; i < cached.epochs.size(); ++i) {
            QVERIFY2(std::abs(cached.epochs[i].trainLoss - direct.epochs[i].trainLoss) < 1e-4,
                     qPrintable(QStringLiteral("%1 vs %2").arg(cached.epochs[i].trainLoss).arg(direct.epochs[i].trainLoss)));
            QVERIFY(std::abs(cached.epochs[i].valLoss - direct.epochs[i].valLoss) < 1e-4);
            QVERIFY(std::abs(cached.epochs[i].trainLoss - centred.epochs[i].trainLoss) > 1e-3);
        }
        QVERIFY(std::abs(*cached.testLoss - *direct.testLoss) < 1e-4);
    }

    // ---------------------------------------------------------------- pretraining

    void pretrainRefusesWhatItCannotDo()
    {
        RunConfig c;
        c.model.name = "mlp";
        c.dataset = mw::test::mnistFolder().string();
        const auto out = path("p.safetensors");
        EXPECT_THROW_NAMING(UsageError, pretrainBackbone(c, out), "needs a backbone");
        c.model.name = "resnet18";
        c.weights = "/x/w.pth";
        EXPECT_THROW_NAMING(UsageError, pretrainBackbone(c, out), "\"weights\" does not apply");
        c.weights.clear();
        EXPECT_THROW_NAMING(UsageError, pretrainBackbone(c, "/proc/no/p.safetensors"), "cannot write");
        QVERIFY(!std::filesystem::exists(out));
    }
};

QTEST_GUILESS_MAIN(TstRecipes)
#include "tst_recipes.moc"
