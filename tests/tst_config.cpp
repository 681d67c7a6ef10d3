// Settings errors as data: validate() and the JSON reader say which setting is wrong in UsageError::key(), so a
// front end points at the input or flag without reading the message.
#include "errors.h"
#include "training/config.h"

#include <QtTest>

#include <functional>
#include <string>

using namespace mw::core;

namespace {

// The key of the UsageError that `f` throws; "(no error)" or "(another error)" otherwise.
std::string keyOf(const std::function<void()> &f, std::string *message = nullptr)
{
    try {
        f();
    } catch (const UsageError &e) {
        if (message)
            *message = e.what();
        return e.key();
    } catch (...) {
        return "(another error)";
    }
    return "(no error)";
}

RunConfig goodConfig()
{
    RunConfig c;
    c.model.name = "mlp";
    c.dataset = "/nowhere/mnist"; // validate() does not open it
    return c;
}

} // namespace

Q_DECLARE_METATYPE(std::function<void(mw::core::RunConfig &)>)

class TstConfig : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void goodConfigPasses() { QCOMPARE(keyOf([] { validate(goodConfig()); }), std::string("(no error)")); }

    // A network trained from scratch and a new head on a pretrained backbone start from rates 10x apart, from the
    // engine's defaults and from partial JSON (recipes); a rate the JSON gives is kept.
    void learningRateDefaultsByKind()
    {
        QCOMPARE(defaultRunConfig("smallcnn").head.learningRate, 1e-3);
        QCOMPARE(defaultRunConfig("dense32").head.learningRate, 1e-3);
        QCOMPARE(defaultRunConfig("resnet50").head.learningRate, 1e-4);
        QCOMPARE(defaultRunConfig("resnet50").finetune.learningRate, 1e-6);
        QCOMPARE(defaultRunConfig("torchscript").head.learningRate, 1e-4);
        QCOMPARE(runConfigFromJson({{"model", {{"name", "cnn"}}}}).head.learningRate, 1e-3);
        QCOMPARE(runConfigFromJson({{"model", {{"name", "mobilenet_v2"}}}}).head.learningRate, 1e-4);
        QCOMPARE(runConfigFromJson({{"model", {{"name", "cnn"}}}, {"head", {{"learning_rate", 5e-4}}}}).head.learningRate,
                 5e-4);
        QCOMPARE(runConfigFromJson(toJson(defaultRunConfig("mlp"))).head.learningRate, 1e-3);
    }

    void validateNamesTheSetting_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<std::function<void(RunConfig &)>>("spoil");
        auto row = [](const char *key, std::function<void(RunConfig &)> spoil) {
            QTest::newRow(key) << QString::fromLatin1(key) << spoil;
        };
        row("model.name", [](RunConfig &c) { c.model.name = "nosuchnet"; });
        row("model.script_path", [](RunConfig &c) { c.model.name = kTorchScriptModel; });
        row("model.input_size", [](RunConfig &c) { c.model.inputSize = 32; }); // a baseline sees 28x28
        row("model.head_dropout", [](RunConfig &c) { c.model.headDropout = 1.5; });
        row("weights", [](RunConfig &c) { c.weights = "/some/file.pth"; }); // a baseline trains from scratch
        row("dataset", [](RunConfig &c) { c.dataset.clear(); });
        row("train_limit", [](RunConfig &c) { c.trainLimit = -1; });
        row("head.epochs", [](RunConfig &c) { c.head.epochs = 0; });
        row("head.learning_rate", [](RunConfig &c) { c.head.learningRate = 0; });
        row("finetune.learning_rate", [](RunConfig &c) { c.finetune.learningRate = -1; });
        row("finetune.momentum", [](RunConfig &c) { c.finetune.momentum = 0.5; }); // Adam has its own
        row("head.nesterov", [](RunConfig &c) { c.head.nesterov = true; });
        row("batch_size", [](RunConfig &c) { c.batchSize = 0; });
        row("precision", [](RunConfig &c) { c.precision = "fp8"; });
        row("augment.zoom", [](RunConfig &c) { c.augment.zoom = 2; });
        row("shift_canvas", [](RunConfig &c) { c.shiftCanvas = 5; });
    }

    void validateNamesTheSetting()
    {
        QFETCH(QString, key);
        QFETCH(std::function<void(RunConfig &)>, spoil);
        RunConfig c = goodConfig();
        spoil(c);
        std::string message;
        QCOMPARE(QString::fromStdString(keyOf([&] { validate(c); }, &message)), key);
        QVERIFY2(!message.empty(), "the message is still there for the CLI and the logs");
        // The problem without the setting's name, for a front end that names it its own way (an unknown model's
        // message is the registry's own, naming the model and the known ones).
        try {
            validate(c);
        } catch (const UsageError &e) {
            if (key == QLatin1String("model.name"))
                return;
            QVERIFY(!e.problem().empty());
            QCOMPARE(std::string(e.what()), "setting \"" + e.key() + "\" " + e.problem());
        }
    }

    void readerNamesTheKey_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("key");
        QTest::newRow("wrong type") << R"({"head": {"epochs": "many"}})" << "head.epochs";
        QTest::newRow("unknown key") << R"({"augment": {"spin": 3}})" << "augment.spin";
        QTest::newRow("not an object") << R"({"model": 3})" << "model";
        QTest::newRow("unknown optimizer") << R"({"finetune": {"optimizer": "lion"}})" << "finetune.optimizer";
        QTest::newRow("unknown split") << R"({"split": "sideways"})" << "split";
        QTest::newRow("negative seed") << R"({"seed": -1})" << "seed";
        QTest::newRow("top level") << R"([1, 2])" << "";
    }

    void readerNamesTheKey()
    {
        QFETCH(QString, json);
        QFETCH(QString, key);
        const auto parsed = nlohmann::json::parse(json.toStdString());
        QCOMPARE(QString::fromStdString(keyOf([&] { runConfigFromJson(parsed); })), key);
    }

    void errorsAboutNoSettingHaveNoKey()
    {
        QCOMPARE(UsageError("give a dataset").key(), std::string());
        QCOMPARE(UsageError("give a dataset").problem(), std::string());
        QCOMPARE(keyOf([] { optimizerFromString("lion"); }), std::string());
    }

    void optimizerTableIsTheOneMapping()
    {
        QCOMPARE(optimizerNames().size(), std::size_t(3));
        for (const OptimizerName &entry : optimizerNames()) {
            QCOMPARE(toString(entry.kind), std::string(entry.name));
            QVERIFY(optimizerFromString(entry.name) == entry.kind);
            QVERIFY(std::string(entry.displayName).size() > 0);
        }
        // validate() refuses what the table says an optimizer does not take, and takes the rest.
        for (const OptimizerName &entry : optimizerNames()) {
            RunConfig c = goodConfig();
            c.finetune.optimizer = entry.kind;
            c.finetune.momentum = 0.9;
            QCOMPARE(keyOf([&] { validate(c); }), std::string(entry.takesMomentum ? "(no error)" : "finetune.momentum"));
            if (!entry.takesMomentum)
                continue;
            c.finetune.nesterov = true;
            QCOMPARE(keyOf([&] { validate(c); }), std::string(entry.takesNesterov ? "(no error)" : "finetune.nesterov"));
            c.finetune.momentum = 0;
            QCOMPARE(keyOf([&] { validate(c); }), std::string("finetune.nesterov")); // never without a momentum
        }
        std::string message;
        keyOf([] { optimizerFromString("lion"); }, &message);
        QVERIFY2(message.find("(adam, sgd, rmsprop)") != std::string::npos, message.c_str());
    }
};

QTEST_APPLESS_MAIN(TstConfig)
#include "tst_config.moc"
