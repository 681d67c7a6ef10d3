// The training engine on real MNIST: phases and what each may change, the feature cache, early stopping, NaN
// losses, cancellation, run folders, determinism, and the settings' JSON. (Learning to 97% is tst_learning.)
#include "data/preprocess.h"
#include "errors.h"
#include "models/checkpoint.h"
#include "models/freeze.h"
#include "models/zoo.h"
#include "random.h"
#include "runtime.h"
#include "testsupport.h"
#include "torchsupport.h"
#include "training/augment.h"
#include "training/optimizers.h"
#include "training/runstore.h"
#include "training/trainer.h"

#include <QTemporaryDir>

#include <ATen/CPUGeneratorImpl.h>

#include <map>
#include <numeric>
#include <set>
#include <sstream>
#include <thread>

using namespace mw::core;

namespace {

using mw::test::changed;
using mw::test::Snapshot;
using mw::test::snapshot;
using mw::test::TinyBackbone;

std::shared_ptr<TransferNet> tinyNet(std::uint64_t seed = 1)
{
    return withDefaultGenerator(seed, [] {
        return std::make_shared<TransferNet>(std::make_shared<TinyBackbone>(), HeadOptions{{32}, 0.2});
    });
}

bool isBatchNorm(const std::string &name) { return name.find(".bn") != std::string::npos; }

RunConfig tinyConfig()
{
    RunConfig c;
    c.model.name = "tiny";
    c.model.inputSize = 16;
    c.model.headHidden = {32};
    c.dataset = mw::test::mnistFolder().string();
    c.trainLimit = 1000;
    c.batchSize = 32;
    c.head.epochs = 3;
    c.head.learningRate = 3e-3;
    c.finetune.epochs = 0;
    c.seed = 7;
    return c;
}

RunConfig denseConfig()
{
    RunConfig c;
    c.model.name = "dense32";
    c.dataset = mw::test::mnistFolder().string();
    c.trainLimit = 2000;
    c.batchSize = 32;
    c.head.epochs = 2;
    c.head.learningRate = 1e-3;
    c.seed = 3;
    return c;
}

// Early stopping's verdicts recorded on the epochs, checked against the validation accuracies themselves: an epoch
// improved when it beat every earlier one of its phase (fine-tuning also the head phase's best), best_epoch names
// the phase's kept epoch so far, and each phase's last epoch names the epoch the phase kept.
void checkKeptEpochs(const RunResult &r)
{
    double bestAccuracy = -1;
    int bestEpoch = 0;
    for (std::size_t i = 0; i < r.epochs.size(); ++i) {
        const EpochMetrics &m = r.epochs[i];
        if (i == 0 || m.phase != r.epochs[i - 1].phase) {
            if (m.phase != PhaseName::Finetune) {
                bestAccuracy = -1;
                bestEpoch = 0;
            }
        }
        const bool improved = m.valAccuracy > bestAccuracy;
        if (improved) {
            bestAccuracy = m.valAccuracy;
            bestEpoch = m.epoch;
        }
        const QByteArray where = "epoch " + QByteArray::number(m.epoch);
        QVERIFY2(m.improved == improved, where.constData());
        QVERIFY2(m.bestEpoch == bestEpoch, where.constData());
        if (i + 1 == r.epochs.size() || r.epochs[i + 1].phase != m.phase) {
            QVERIFY2(r.phase(m.phase), where.constData());
            QVERIFY2(r.phase(m.phase)->bestEpoch == m.bestEpoch, where.constData());
        }
    }
}

// The same numbers: every epoch's losses, the test loss and the misclassified digits.
bool sameRun(const RunResult &a, const RunResult &b)
{
    bool equal = a.epochs.size() == b.epochs.size() && a.testLoss == b.testLoss && a.misclassified == b.misclassified;
    for (std::size_t i = 0; equal && i < a.epochs.size(); ++i)
        equal = a.epochs[i].trainLoss == b.epochs[i].trainLoss && a.epochs[i].valLoss == b.epochs[i].valLoss;
    return equal;
}

#define EXPECT_THROW_NAMING(Type, statement, fragment) MW_EXPECT_THROW_NAMING(Type, statement, fragment)

// Accuracy and mean loss of a network on a part of the split, computed here rather than by the trainer.
std::pair<double, double> evaluateOn(Network &net, const RunConfig &c, Part which)
{
    torch::NoGradGuard noGrad;
    const Dataset d = loadDataset(c.dataset);
    const Split split = makeSplit(d.data, splitOptionsOf(c));
    const auto images = imagesTensor(d.data, split.part(which));
    const auto labels = labelsTensor(d.data, split.part(which));
    net.eval();
    const auto logits = net.forward(preprocessBatch(images, c.model.inputSize ? c.model.inputSize : 28));
    return {logits.argmax(1).eq(labels).to(torch::kFloat64).mean().item<double>(),
            torch::nn::functional::cross_entropy(logits, labels).item<double>()};
}


// Checks a run's testDetails against its own misclassified list and, through `net` (the trained network), against
// each test digit's loss and probabilities computed here in one batch.
void checkTestDetails(const RunResult &r, Network &net, const RunConfig &c)
{
    const auto &details = r.testDetails;
    std::map<int, int> wrong; // position -> predicted
    for (std::size_t i = 0; i < r.misclassified.size(); ++i)
        wrong[r.misclassified[i]] = r.misclassifiedPredicted[i];
    std::map<int, int> seen;
    for (const auto &d : details)
        ++seen[d.index];
    QCOMPARE(seen.size(), details.size()); // each digit once
    for (const auto &[index, predicted] : wrong) {
        QVERIFY2(seen.count(index), qPrintable(QString::number(index)));
        // index captured as a copy: clang 14 cannot capture a structured binding.
        const auto it = std::find_if(details.begin(), details.end(),
                                     [index = index](const TestDigitDetail &d) { return d.index == index; });
        QCOMPARE(it->predicted, predicted);
    }
    for (std::size_t i = 0; i < details.size(); ++i) {
        const auto &d = details[i];
        float sum = 0;
        int argmax = 0;
        for (int k = 0; k < 10; ++k) {
            sum += d.probabilities[std::size_t(k)];
            if (d.probabilities[std::size_t(k)] > d.probabilities[std::size_t(argmax)])
                argmax = k;
        }
        QVERIFY2(std::abs(sum - 1) < 1e-4, qPrintable(QString::number(sum)));
        QCOMPARE(d.predicted, argmax);
        QCOMPARE(d.label != d.predicted, bool(wrong.count(d.index)));
        QVERIFY2(std::abs(d.loss + std::log(d.probabilities[std::size_t(d.label)])) < 1e-4,
                 qPrintable(QStringLiteral("%1 vs %2").arg(d.loss).arg(d.probabilities[std::size_t(d.label)])));
        if (i > 0)
            QVERIFY(details[i - 1].loss >= d.loss);
    }
    // Sorted by loss, so the first kTopLosses are the top losses; whatever comes after is there for being wrong.
    for (std::size_t i = std::size_t(kTopLosses); i < details.size(); ++i)
        QVERIFY(details[i].label != details[i].predicted);

    // The same digits through the network here: indices, labels, losses and probabilities agree, and every digit
    // left out is right and has no higher loss than the last of the top losses.
    torch::NoGradGuard noGrad;
    const Dataset data = loadDataset(c.dataset);
    const Split split = makeSplit(data.data, splitOptionsOf(c));
    const auto labels = labelsTensor(data.data, split.part(Part::Test));
    net.eval();
    const auto logits = net.forward(preprocessBatch(imagesTensor(data.data, split.part(Part::Test)), c.model.inputSize));
    const auto losses = torch::nn::functional::cross_entropy(
        logits, labels, torch::nn::functional::CrossEntropyFuncOptions().reduction(torch::kNone));
    const auto probabilities = logits.softmax(1);
    const auto truth = labels.accessor<std::int64_t, 1>();
    const auto loss = losses.accessor<float, 1>();
    const auto p = probabilities.accessor<float, 2>();
    const auto predicted = logits.argmax(1);
    const auto said = predicted.accessor<std::int64_t, 1>();
    const std::int64_t n = labels.size(0);
    const std::size_t top = std::size_t(std::min<std::int64_t>(kTopLosses, n));
    std::vector<std::int64_t> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](std::int64_t a, std::int64_t b) { return loss[a] > loss[b]; });
    std::set<int> expected(r.misclassified.begin(), r.misclassified.end());
    for (std::size_t i = 0; i < top; ++i)
        expected.insert(int(order[i]));
    QCOMPARE(details.size(), expected.size());
    QVERIFY(details.size() >= top);
    for (const auto &d : details) {
        QCOMPARE(d.label, int(truth[d.index]));
        QVERIFY(std::abs(d.loss - loss[d.index]) < 1e-4);
        for (int k = 0; k < 10; ++k)
            QVERIFY(std::abs(d.probabilities[std::size_t(k)] - p[d.index][k]) < 1e-5);
    }
    const float lastTop = details[top - 1].loss;
    for (std::int64_t i = 0; i < n; ++i)
        if (!seen.count(int(i))) {
            QCOMPARE(said[i], truth[i]);
            QVERIFY(loss[i] <= lastTop + 1e-4);
        }
}

} // namespace

class TstTrainer : public QObject {
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
        keepFreedMemoryForReuse(); // as the programs do at start-up
        torch::set_num_threads(1); // the machine's cores are shared; these models are tiny
    }

    // ---------------------------------------------------------------- settings

    void configDefaultsAreTheTutorials()
    {
        const RunConfig c;
        QCOMPARE(c.head.epochs, 1000);
        QCOMPARE(c.head.learningRate, 1e-4);
        QCOMPARE(c.finetune.epochs, 100);
        QCOMPARE(c.finetune.learningRate, 1e-6);
        QVERIFY(c.head.optimizer == OptimizerKind::Adam && c.finetune.optimizer == OptimizerKind::Adam);
        QCOMPARE(c.head.patience, 10);
        QCOMPARE(c.finetune.patience, 10);
        QCOMPARE(c.batchSize, 32);
    }

    void configJsonRoundTrip()
    {
        RunConfig c;
        c.model.name = "resnet50";
        c.model.inputSize = 48;
        c.model.headHidden = {256};
        c.model.headDropout = 0.3;
        c.weights = "/x/w.pth";
        c.dataset = "/data/mnist";
        c.split = SplitKind::Tutorial;
        c.trainLimit = 123;
        c.seed = 18446744073709551615ull;
        c.head = {7, 3, OptimizerKind::Sgd, 0.05, 0.9, true, 256};
        c.finetune = {5, 0, OptimizerKind::RmsProp, 1e-5, 0.5, false};
        c.batchSize = 64;
        c.frozenLayers = 4;
        c.augment = {true, 15, 0.2, 0.05, 5, true};
        c.normalization = Normalization::ImageNet;
        c.featureCache = false;
        c.device = "cuda:1";
        c.threads = 3;
        c.precision = "bf16";
        c.channelsLast = true;
        const nlohmann::json j = toJson(c);
        QCOMPARE(toJson(runConfigFromJson(nlohmann::json::parse(j.dump()))), j);
        QCOMPARE(j["head"]["optimizer"].get<std::string>(), std::string("sgd"));
        QCOMPARE(j["split"].get<std::string>(), std::string("tutorial"));
        // Partial settings keep the defaults, the model's own (mlp trains from scratch: 1e-3).
        const RunConfig partial = runConfigFromJson({{"model", {{"name", "mlp"}}}, {"head", {{"epochs", 4}}}});
        QCOMPARE(partial.head.epochs, 4);
        QCOMPARE(partial.head.learningRate, kScratchLearningRate);
        QCOMPARE(partial.finetune.epochs, 100);
    }

    void configJsonErrorsNameTheKey()
    {
        EXPECT_THROW_NAMING(UsageError, runConfigFromJson({{"head", {{"epochz", 3}}}}), "\"head.epochz\"");
        EXPECT_THROW_NAMING(UsageError, runConfigFromJson({{"batch_size", "big"}}), "\"batch_size\" must be a whole");
        EXPECT_THROW_NAMING(UsageError, runConfigFromJson({{"head", {{"learning_rate", true}}}}),
                            "\"head.learning_rate\" must be a number");
        EXPECT_THROW_NAMING(UsageError, runConfigFromJson({{"finetune", {{"optimizer", "adagrad"}}}}),
                            "\"finetune.optimizer\"");
        EXPECT_THROW_NAMING(UsageError, runConfigFromJson({{"split", "random"}}), "\"split\"");
        EXPECT_THROW_NAMING(UsageError, runConfigFromJson({{"seed", -1}}), "\"seed\"");
        EXPECT_THROW_NAMING(UsageError, runConfigFromJson(nlohmann::json::array()), "JSON object");
        EXPECT_THROW_NAMING(UsageError, runConfigFromJson({{"channels_last", "yes"}}), "\"channels_last\"");
    }

    void validationNamesTheSetting()
    {
        RunConfig good = denseConfig();
        validate(good);
        auto expect = [&](auto change, const char *fragment) {
            RunConfig c = good;
            change(c);
            EXPECT_THROW_NAMING(UsageError, validate(c), fragment);
        };
        expect([](RunConfig &c) { c.head.learningRate = -1; }, "\"head.learning_rate\" must be a positive");
        expect([](RunConfig &c) { c.finetune.learningRate = std::nan(""); }, "\"finetune.learning_rate\"");
        expect([](RunConfig &c) { c.batchSize = 0; }, "\"batch_size\" must be at least 1");
        expect([](RunConfig &c) { c.head.epochs = 0; }, "\"head.epochs\"");
        expect([](RunConfig &c) { c.head.patience = -2; }, "\"head.patience\"");
        expect([](RunConfig &c) { c.head.nesterov = true; }, "\"head.nesterov\"");
        expect([](RunConfig &c) { c.head.momentum = 0.9; }, "\"head.momentum\" does not apply to adam");
        expect([](RunConfig &c) { c.weights = "w.pth"; }, "\"weights\"");
        expect([](RunConfig &c) { c.model.name = "resnet51"; }, "unknown model \"resnet51\"");
        expect([](RunConfig &c) { c.dataset.clear(); }, "\"dataset\"");
        expect([](RunConfig &c) { c.augment.zoom = 1.5; }, "\"augment.zoom\"");
        expect([](RunConfig &c) {
            c.model.name = "inception_v3";
            c.model.inputSize = 32;
        }, "at least 75");
    }

    // ---------------------------------------------------------------- phases

    void headPhaseLeavesBackboneBitIdentical()
    {
        auto net = tinyNet();
        const Snapshot before = snapshot(*net);
        RunConfig c = tinyConfig();
        const RunResult r = runExperiment(c, net);

        const auto moved = changed(before, *net);
        QVERIFY(!moved.empty());
        for (const auto &name : moved)
            QVERIFY2(name.rfind("head.", 0) == 0, name.c_str()); // nothing of the backbone, BatchNorm buffers included
        QCOMPARE(r.phases.size(), std::size_t(1));
        QVERIFY(r.phases[0].name == PhaseName::Head);
        QCOMPARE(r.boundaryEpoch, r.phases[0].epochs);
        QCOMPARE(int(r.epochs.size()), 3);
        // A random tiny backbone's features are enough for a head to beat chance (10%) by far: 29-31% after these
        // three epochs, depending on the dropout masks drawn.
        qInfo("tiny backbone, head phase: val acc %.4f, test acc %.4f", r.epochs.back().valAccuracy, *r.testAccuracy);
        QVERIFY2(r.epochs.back().valAccuracy > 0.25, qPrintable(QString::number(r.epochs.back().valAccuracy)));
        QCOMPARE(r.parameters.total, countParameters(*net));
        QCOMPARE(r.parameters.trainableHead, countParameters(net->head()));
    }

    void finetuneKeepsBatchNormAndFrozenLayers()
    {
        auto net = tinyNet();
        const Snapshot before = snapshot(*net);
        RunConfig c = tinyConfig();
        c.head.epochs = 1;
        c.finetune.epochs = 2;
        c.finetune.learningRate = 3e-3;
        c.frozenLayers = 1; // conv1
        const RunResult r = runExperiment(c, net);

        QCOMPARE(r.boundaryEpoch, 1);
        QCOMPARE(r.phases.size(), std::size_t(2));
        QVERIFY(r.phases[1].name == PhaseName::Finetune);
        QCOMPARE(int(r.epochs.size()), 3);
        QVERIFY(r.epochs[0].phase == PhaseName::Head);
        QVERIFY(r.epochs[1].phase == PhaseName::Finetune);
        QCOMPARE(r.epochs[2].epoch, 3);
        // Fine-tuning improved on the head (else the head's weights would be back and nothing would have changed).
        QVERIFY2(r.phases[1].bestEpoch > r.boundaryEpoch, qPrintable(QString::number(r.phases[1].bestEpoch)));
        checkKeptEpochs(r);
        if (QTest::currentTestFailed())
            return;

        const auto moved = changed(before, *net);
        for (const auto &name : moved) {
            QVERIFY2(!isBatchNorm(name), name.c_str()); // statistics and affine parameters
            QVERIFY2(name.rfind("backbone.conv1.", 0) != 0, name.c_str());
        }
        const auto has = [&](const std::string &name) { return std::find(moved.begin(), moved.end(), name) != moved.end(); };
        QVERIFY(has("backbone.conv2.weight"));
        QVERIFY(has("head.logits.weight"));
        // Trainable in fine-tuning: everything but BatchNorm's affine parameters and conv1.
        const std::int64_t bnAffine = 2 * 8 + 2 * 16, conv1 = 8 * 3 * 3 * 3;
        QCOMPARE(r.parameters.trainableFinetune, r.parameters.total - bnAffine - conv1);
    }

    void eachPhaseHasItsOwnBatchSize()
    {
        RunConfig c = tinyConfig(); // 1000 training digits
        c.head.epochs = 1;
        c.head.batchSize = 250; // on cached features
        c.finetune.epochs = 1;
        c.finetune.learningRate = 1e-3; // the run's batch_size, 32
        QMap<QString, int> batches;
        TrainerCallbacks callbacks;
        callbacks.batchProgress = [&](const BatchProgress &p) { batches[QString::fromStdString(toString(p.phase))] = p.batches; };
        runExperiment(c, tinyNet(), callbacks);
        QCOMPARE(batches.value(QStringLiteral("head")), 4);
        QCOMPARE(batches.value(QStringLiteral("finetune")), 32); // ceil(1000 / 32)
        c.head.batchSize = -1;
        EXPECT_THROW_NAMING(UsageError, validate(c, false), "\"head.batch_size\"");
        QCOMPARE(runConfigFromJson(toJson(c)).head.batchSize, -1); // kept as written; validate() says what is wrong
    }

    void featureCacheMatchesTheFrozenBackbone()
    {
        RunConfig c = tinyConfig();
        c.head.epochs = 3;
        auto cached = tinyNet(), direct = tinyNet();
        QVERIFY(changed(snapshot(*cached), *direct).empty());
        const RunResult a = runExperiment(c, cached);
        c.featureCache = false;
        const RunResult b = runExperiment(c, direct);

        QCOMPARE(a.epochs.size(), b.epochs.size());
        for (std::size_t i = 0; i < a.epochs.size(); ++i) {
            QVERIFY2(std::abs(a.epochs[i].trainLoss - b.epochs[i].trainLoss) < 1e-4,
                     qPrintable(QStringLiteral("epoch %1: %2 vs %3").arg(i + 1).arg(a.epochs[i].trainLoss).arg(b.epochs[i].trainLoss)));
            QVERIFY(std::abs(a.epochs[i].valLoss - b.epochs[i].valLoss) < 1e-4);
            QVERIFY(std::abs(a.epochs[i].valAccuracy - b.epochs[i].valAccuracy) <= 2.0 / 5000);
        }
        QVERIFY(std::abs(*a.testAccuracy - *b.testAccuracy) <= 2.0 / 10000);
        const auto sa = stateDictOf(*cached), sb = stateDictOf(*direct);
        for (std::size_t i = 0; i < sa.size(); ++i)
            QVERIFY2(torch::allclose(sa[i].second, sb[i].second, 1e-4, 1e-5), sa[i].first.c_str());
        qInfo("head phase, 3 epochs: %.2f s with the feature cache, %.2f s through the backbone",
              a.phases[0].seconds, b.phases[0].seconds);
    }

    void baselinesTrainInOnePhase()
    {
        const RunResult r = runExperiment(denseConfig());
        QCOMPARE(r.phases.size(), std::size_t(1));
        QVERIFY(r.phases[0].name == PhaseName::Train);
        QCOMPARE(r.boundaryEpoch, 2);
        QCOMPARE(r.parameters.total, std::int64_t(784 * 32 + 32 + 32 * 10 + 10));
        QCOMPARE(r.parameters.trainableHead, r.parameters.total);
        QCOMPARE(r.parameters.trainableFinetune, std::int64_t(0));
        qInfo("dense32, 2 epochs on 2000 digits: test accuracy %.4f", *r.testAccuracy);
        QVERIFY(*r.testAccuracy > 0.7); // PyTorch gets 75-81% with this recipe, depending on the seed
        // The confusion matrix and the misclassified list describe the same 10,000 predictions.
        int total = 0, diagonal = 0;
        for (int t = 0; t < 10; ++t)
            for (int p = 0; p < 10; ++p) {
                total += r.confusionMatrix[t][p];
                diagonal += t == p ? r.confusionMatrix[t][p] : 0;
            }
        QCOMPARE(total, 10000);
        QCOMPARE(int(r.misclassified.size()), total - diagonal);
        QCOMPARE(r.misclassified.size(), r.misclassifiedPredicted.size());
        QCOMPARE(double(diagonal) / total, *r.testAccuracy);
        const Dataset d = loadDataset(mw::test::mnistFolder());
        for (std::size_t i = 0; i < r.misclassified.size(); ++i)
            QVERIFY(d.data.test.labels[std::size_t(r.misclassified[i])] != r.misclassifiedPredicted[i]);
    }

    void testDetailsHoldTheMistakesAndTheTopLosses()
    {
        // All 10,000 test digits: after two epochs far more than kTopLosses of them are wrong.
        RunConfig c = denseConfig();
        c.model.inputSize = 28;
        torch::manual_seed(c.seed);
        const NetworkPtr net = makeNetwork(c.model);
        const RunResult r = runExperiment(c, net);
        QVERIFY(r.misclassified.size() > std::size_t(kTopLosses));
        checkTestDetails(r, *net, c);
        if (QTest::currentTestFailed())
            return;

        // A test part of 150 real digits, fewer than kTopLosses of them wrong: the top losses bring in right ones.
        const Dataset mnist = loadDataset(mw::test::mnistFolder());
        const auto folder = path("small-test-part");
        std::filesystem::create_directories(folder);
        auto write = [&](const char *images, const char *labels, const DigitSet &set, int count) {
            const auto pixels = set.images.begin(), tags = set.labels.begin();
            mw::test::writeFile(folder / images, mw::test::idxBytes(3, {std::uint32_t(count), 28, 28},
                                                                    {pixels, pixels + std::ptrdiff_t(count) * 784}));
            mw::test::writeFile(folder / labels, mw::test::idxBytes(1, {std::uint32_t(count)}, {tags, tags + count}));
        };
        write("train-images-idx3-ubyte", "train-labels-idx1-ubyte", mnist.data.train, 3000);
        write("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte", mnist.data.test, 150);
        RunConfig small = c;
        small.dataset = folder.string();
        small.validationSize = 500;
        small.head.epochs = 3;
        small.head.learningRate = 3e-3;
        torch::manual_seed(small.seed);
        const NetworkPtr smallNet = makeNetwork(small.model);
        const RunResult s = runExperiment(small, smallNet);
        qInfo("150 test digits: %zu misclassified, %zu details", s.misclassified.size(), s.testDetails.size());
        QVERIFY(s.misclassified.size() < std::size_t(kTopLosses));
        QCOMPARE(s.testDetails.size(), std::size_t(kTopLosses));
        checkTestDetails(s, *smallNet, small);
        if (QTest::currentTestFailed())
            return;

        // result.json keeps them (six significant digits), and reading what it wrote writes the same again. (Parsed
        // text, as from a file: the reader takes counts to be unsigned numbers.)
        const nlohmann::json j = nlohmann::json::parse(toJson(r).dump());
        QCOMPARE(j["test_details"].size(), r.testDetails.size());
        const RunResult loaded = runResultFromJson(nlohmann::json::parse(j.dump(2)));
        QCOMPARE(toJson(loaded), j);
        QCOMPARE(loaded.testDetails.size(), r.testDetails.size());
        for (std::size_t i = 0; i < r.testDetails.size(); ++i) {
            const auto &a = loaded.testDetails[i], &b = r.testDetails[i];
            QCOMPARE(a.index, b.index);
            QCOMPARE(a.label, b.label);
            QCOMPARE(a.predicted, b.predicted);
            QVERIFY(std::abs(a.loss - b.loss) <= 1e-5f * std::max(1.0f, b.loss));
            for (std::size_t k = 0; k < 10; ++k)
                QVERIFY(std::abs(a.probabilities[k] - b.probabilities[k]) <= 1e-6f);
        }
        nlohmann::json without = j;
        without.erase("test_details");
        qInfo("result.json of dense32 with %zu misclassified: %zu bytes, %zu without test_details",
              r.misclassified.size(), j.dump(2).size(), without.dump(2).size());
        // Written before test_details existed.
        const RunResult old = runResultFromJson(without);
        QVERIFY(old.testDetails.empty());
        QCOMPARE(old.misclassified, r.misclassified);

        auto rejected = [&](const std::function<void(nlohmann::json &)> &change, const char *fragment) {
            nlohmann::json bad = j;
            change(bad);
            EXPECT_THROW_NAMING(UsageError, runResultFromJson(bad), fragment);
        };
        rejected([](nlohmann::json &b) { b["test_details"][0]["probabilities"].erase(9); },
                 "\"test_details[0].probabilities\" must be a list of 10");
        rejected([](nlohmann::json &b) { b["test_details"][1]["probabilities"][3] = 1.5; },
                 "\"test_details[1].probabilities\"");
        rejected([](nlohmann::json &b) { b["test_details"][1]["probabilities"][3] = "x"; },
                 "\"test_details[1].probabilities\"");
        rejected([](nlohmann::json &b) { b["test_details"][2]["label"] = 10; }, "\"test_details[2].label\" must be a digit");
        rejected([](nlohmann::json &b) { b["test_details"][2]["predicted"] = -1; }, "\"test_details[2].predicted\"");
        rejected([](nlohmann::json &b) { b["test_details"][0]["index"] = -3; }, "\"test_details[0].index\"");
        rejected([](nlohmann::json &b) { b["test_details"][0].erase("loss"); }, "\"test_details[0].loss\" is missing");
        rejected([](nlohmann::json &b) { b["test_details"][0]["loss"] = "high"; }, "\"test_details[0].loss\" must be");
        rejected([](nlohmann::json &b) { b["test_details"][0] = 5; }, "\"test_details[0]\" must be a JSON object");
        rejected([](nlohmann::json &b) { b["test_details"] = {{"index", 1}}; }, "\"test_details\" must be a list");
    }

    // ---------------------------------------------------------------- early stopping

    void earlyStoppingStopsAtBestPlusPatienceAndRestores()
    {
        RunConfig c = denseConfig();
        c.trainLimit = 300;
        c.head.epochs = 200;
        c.head.patience = 3;
        c.head.learningRate = 1e-2;
        const auto dir = path("early");
        RunResult r;
        {
            RunStore store(dir);
            r = runExperiment(c, {}, {}, &store);
        }
        const PhaseSummary &p = r.phases[0];
        QCOMPARE(p.stopReason, std::string("patience"));
        QVERIFY(p.epochs < 200);
        QCOMPARE(r.epochs.back().epoch, p.bestEpoch + 3);
        const double best = r.epochs[std::size_t(p.bestEpoch - 1)].valAccuracy;
        for (const auto &m : r.epochs)
            QVERIFY(m.epoch == p.bestEpoch || (m.epoch < p.bestEpoch ? m.valAccuracy < best + 1e-12 : m.valAccuracy <= best));
        // The epochs say the same as the phase: the kept epoch improved, the three after it did not.
        checkKeptEpochs(r);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(r.epochs[std::size_t(p.bestEpoch - 1)].improved);
        for (std::size_t i = std::size_t(p.bestEpoch); i < r.epochs.size(); ++i)
            QVERIFY(!r.epochs[i].improved && r.epochs[i].bestEpoch == p.bestEpoch);

        // The saved checkpoint is the best epoch's network, not the last one's.
        const Checkpoint checkpoint = readCheckpoint(dir / RunStore::kCheckpointFile);
        const RunConfig saved = runConfigFromJson(checkpoint.config);
        const NetworkPtr net = makeNetwork(saved.model);
        loadStateDict(*net, checkpoint.tensors, "checkpoint");
        const auto [accuracy, loss] = evaluateOn(*net, c, Part::Validation);
        const auto &bestMetrics = r.epochs[std::size_t(p.bestEpoch - 1)];
        QVERIFY2(std::abs(accuracy - bestMetrics.valAccuracy) <= 1.0 / 5000,
                 qPrintable(QStringLiteral("%1 vs %2").arg(accuracy).arg(bestMetrics.valAccuracy)));
        QVERIFY(std::abs(loss - bestMetrics.valLoss) < 1e-4);
        QVERIFY(std::abs(loss - r.epochs.back().valLoss) > 1e-3);
        const auto [testAccuracy, testLoss] = evaluateOn(*net, c, Part::Test);
        QVERIFY(std::abs(testAccuracy - *r.testAccuracy) <= 1.0 / 10000);
        QVERIFY(std::abs(testLoss - *r.testLoss) < 1e-4);
    }

    void nanLossStopsThePhaseAndKeepsTheBestWeights()
    {
        RunConfig c = denseConfig();
        c.head.optimizer = OptimizerKind::Sgd;
        c.head.learningRate = 1e30;
        std::vector<std::string> logged;
        TrainerCallbacks callbacks;
        callbacks.log = [&](const std::string &line) { logged.push_back(line); };
        const auto dir = path("nan");
        RunResult r;
        {
            RunStore store(dir);
            r = runExperiment(c, callbacks, {}, &store);
        }
        QCOMPARE(r.phases[0].stopReason, std::string("nan_loss"));
        QVERIFY(r.epochs.empty());
        QCOMPARE(r.warnings.size(), std::size_t(1));
        QVERIFY2(r.warnings[0].find("NaN in epoch 1") != std::string::npos, r.warnings[0].c_str());
        QVERIFY(std::any_of(logged.begin(), logged.end(), [](const std::string &l) { return l.find("NaN") != std::string::npos; }));
        // The weights it started with are back: finite, and as good as chance.
        QVERIFY(r.testAccuracy && std::isfinite(*r.testLoss));
        QVERIFY(*r.testAccuracy < 0.3);
        const Checkpoint checkpoint = readCheckpoint(dir / RunStore::kCheckpointFile);
        for (const auto &[name, tensor] : checkpoint.tensors)
            QVERIFY2(torch::isfinite(tensor).all().item<bool>(), name.c_str());
        QCOMPARE(loadRunResult(dir).warnings, r.warnings);
    }

    // ---------------------------------------------------------------- runs on disk

    void runFolderHoldsResultCheckpointAndLog()
    {
        const auto dir = path("runs/first");
        RunConfig c = denseConfig();
        RunResult r;
        {
            RunStore store(dir);
            QVERIFY(std::filesystem::is_directory(store.partDir()));
            QVERIFY(!std::filesystem::exists(dir));
            r = runExperiment(c, {}, {}, &store);
            QVERIFY(store.finished());
        }
        QVERIFY(!std::filesystem::exists(path("runs/first.part")));
        for (const char *file : {RunStore::kResultFile, RunStore::kCheckpointFile, RunStore::kLogFile})
            QVERIFY2(std::filesystem::is_regular_file(dir / file), file);
        const RunResult loaded = loadRunResult(dir);
        QCOMPARE(toJson(loaded), toJson(r));
        const nlohmann::json j = toJson(r);
        for (const char *key : {"model", "dataset", "split", "device", "threads", "seed", "weights_source", "config",
                                "epochs", "boundary_epoch", "phases", "test_accuracy", "test_loss", "confusion_matrix",
                                "misclassified", "parameters", "seconds_total"})
            QVERIFY2(j.contains(key), key);
        QCOMPARE(j["model"].get<std::string>(), std::string("dense32"));
        QCOMPARE(j["dataset"].get<std::string>(), std::string("MNIST"));
        QCOMPARE(j["weights_source"].get<std::string>(), std::string("random init"));
        QCOMPARE(j["config"]["model"]["input_size"].get<int>(), 28);
        for (const char *key : {"epoch", "phase", "train_loss", "train_accuracy", "val_loss", "val_accuracy", "seconds",
                                "improved", "best_epoch"})
            QVERIFY2(j["epochs"][0].contains(key), key);
        // The digits each part held, as the split made them (train_limit 2,000; 5,000 validation; the official test).
        QVERIFY(r.splitSizes && loaded.splitSizes);
        QCOMPARE(r.splitSizes->train, 2000);
        QCOMPARE(r.splitSizes->validation, 5000);
        QCOMPARE(r.splitSizes->test, 10000);
        QCOMPARE(j["split_sizes"]["train"].get<int>(), 2000);
        for (const char *key : {"name", "epochs", "best_epoch", "seconds"})
            QVERIFY2(j["phases"][0].contains(key), key);
        const auto log = mw::test::readFile(dir / RunStore::kLogFile);
        const std::string logText(log.begin(), log.end());
        QVERIFY(logText.find("train epoch 2") != std::string::npos);
        QVERIFY(logText.find("test: accuracy") != std::string::npos);

        // A folder that holds something is never overwritten, and a failed start leaves nothing behind.
        EXPECT_THROW_NAMING(UsageError, RunStore{dir}, "not empty");
        EXPECT_THROW_NAMING(UsageError, RunStore{dir / RunStore::kLogFile}, "not a folder");
        EXPECT_THROW_NAMING(UsageError, RunStore{"/proc/mnist-workbench-run"}, "cannot create");
        {
            RunStore store(path("runs/bad"));
            RunConfig bad = c;
            bad.dataset = path("no-such-folder").string();
            QVERIFY_THROWS_EXCEPTION(DataError, runExperiment(bad, {}, {}, &store));
        }
        QVERIFY(!std::filesystem::exists(path("runs/bad")));
        QVERIFY(!std::filesystem::exists(path("runs/bad.part")));
        // newRunDir never names an existing run.
        const auto fresh = newRunDir("dense32", path("runs"));
        QVERIFY(!std::filesystem::exists(fresh));
        QVERIFY(fresh.filename().string().find("dense32") != std::string::npos);
    }

    void badWeightsAreRefusedBeforeTraining()
    {
        const auto file = path("garbage.safetensors");
        mw::test::writeFile(file, std::vector<std::uint8_t>(64, 7));
        RunConfig c;
        c.model.name = "resnet18";
        c.dataset = mw::test::mnistFolder().string();
        c.weights = file.string();
        c.trainLimit = 100;
        c.head.epochs = 1;
        QVERIFY_THROWS_EXCEPTION(WeightsError, runExperiment(c));
        c.device = "tpu";
        EXPECT_THROW_NAMING(UsageError, runExperiment(c), "tpu");
    }

    void cancelMidEpochLeavesAValidRunFolder()
    {
        RunConfig c = tinyConfig();
        c.trainLimit = 3000;
        c.featureCache = false; // epochs long enough to be interrupted in the middle
        c.head.epochs = 5;
        auto net = tinyNet();
        std::stop_source stop;
        int afterStop = 0, stoppedAt = 0;
        TrainerCallbacks callbacks;
        callbacks.batchProgress = [&](const BatchProgress &p) {
            if (stop.stop_requested())
                ++afterStop;
            else if (p.epoch == 2 && p.batch < p.batches) {
                stoppedAt = p.batch;
                stop.request_stop();
            }
        };
        const auto dir = path("cancelled");
        RunResult r;
        {
            RunStore store(dir);
            r = runExperiment(c, net, callbacks, stop.get_token(), &store);
        }
        QVERIFY2(stoppedAt > 0, "no progress report in the middle of epoch 2");
        QCOMPARE(afterStop, 0); // not one more batch
        QVERIFY(r.cancelled);
        QCOMPARE(int(r.epochs.size()), 1); // the interrupted epoch is dropped
        QCOMPARE(r.phases[0].stopReason, std::string("cancelled"));
        QCOMPARE(r.phases[0].bestEpoch, 1);
        QVERIFY(!r.testAccuracy);

        const RunResult loaded = loadRunResult(dir);
        QVERIFY(loaded.cancelled);
        QCOMPARE(toJson(loaded), toJson(r));
        QVERIFY(!std::filesystem::exists(path("cancelled.part")));
        // The checkpoint is the network as it is now: epoch 1's weights, restored.
        const Checkpoint checkpoint = readCheckpoint(dir / RunStore::kCheckpointFile);
        const auto now = stateDictOf(*net);
        QCOMPARE(checkpoint.tensors.size(), now.size());
        for (std::size_t i = 0; i < now.size(); ++i)
            QVERIFY2(torch::equal(checkpoint.tensors[i].second, now[i].second), now[i].first.c_str());
        const auto [accuracy, loss] = evaluateOn(*net, c, Part::Validation);
        QVERIFY(std::abs(accuracy - r.epochs[0].valAccuracy) <= 1.0 / 5000);
    }

    void cancelWhileCachingFeatures()
    {
        RunConfig c = tinyConfig();
        std::stop_source stop;
        stop.request_stop();
        const auto dir = path("cancelled-early");
        RunResult r;
        {
            RunStore store(dir);
            r = runExperiment(c, tinyNet(), {}, stop.get_token(), &store);
        }
        QVERIFY(r.cancelled);
        QVERIFY(r.epochs.empty());
        QVERIFY(loadRunResult(dir).cancelled);
        QVERIFY(std::filesystem::is_regular_file(dir / RunStore::kCheckpointFile));
    }

    // ---------------------------------------------------------------- determinism

    void sameSeedSameMetrics()
    {
        RunConfig c = denseConfig();
        const RunResult a = runExperiment(c), b = runExperiment(c);
        QCOMPARE(a.epochs.size(), b.epochs.size());
        for (std::size_t i = 0; i < a.epochs.size(); ++i) {
            QCOMPARE(a.epochs[i].trainLoss, b.epochs[i].trainLoss);
            QCOMPARE(a.epochs[i].trainAccuracy, b.epochs[i].trainAccuracy);
            QCOMPARE(a.epochs[i].valLoss, b.epochs[i].valLoss);
            QCOMPARE(a.epochs[i].valAccuracy, b.epochs[i].valAccuracy);
        }
        QCOMPARE(*a.testLoss, *b.testLoss);
        QCOMPARE(a.misclassified, b.misclassified);

        // With dropout and the head phase's cache too.
        RunConfig t = tinyConfig();
        const RunResult x = runExperiment(t, tinyNet()), y = runExperiment(t, tinyNet());
        QCOMPARE(toJson(x)["epochs"][2]["train_loss"], toJson(y)["epochs"][2]["train_loss"]);
        QCOMPARE(*x.testLoss, *y.testLoss);

        c.seed = 4;
        const RunResult other = runExperiment(c);
        QVERIFY(other.epochs[0].trainLoss != a.epochs[0].trainLoss);
    }

    void concurrentRunsKeepTheirOwnRandomNumbers()
    {
        // The GUI trains several runs at once in one process. Dropout (here the transfer head's) and augmentation draw
        // from each run's own generator, and initial weights are drawn under a lock: a run beside others gives what
        // it gives alone. (Before, all drew from torch's one default generator and this failed.)
        RunConfig cached = tinyConfig();
        cached.head.epochs = 2;
        RunConfig augmented = cached;
        augmented.augment.enabled = true; // no feature cache: every batch augmented and through the backbone
        const RunResult cachedAlone = runExperiment(cached, tinyNet()),
                        augmentedAlone = runExperiment(augmented, tinyNet());
        QVERIFY(!sameRun(cachedAlone, augmentedAlone));

        std::vector<RunResult> results(4);
        {
            std::vector<std::jthread> runs;
            runs.emplace_back([&] { results[0] = runExperiment(cached, tinyNet()); });
            runs.emplace_back([&] { results[1] = runExperiment(augmented, tinyNet()); });
            runs.emplace_back([&] { results[2] = runExperiment(augmented, tinyNet()); });
            runs.emplace_back([&] {
                // Networks built meanwhile (the drawing board loads models while runs train) take no numbers from them.
                for (int i = 0; i < 20; ++i)
                    makeNetwork(denseConfig().model);
                results[3] = runExperiment(cached, tinyNet());
            });
        }
        QVERIFY2(sameRun(results[0], cachedAlone), "run beside others");
        QVERIFY2(sameRun(results[1], augmentedAlone), "augmented run beside others");
        QVERIFY2(sameRun(results[2], augmentedAlone), "the same augmented run twice at once");
        QVERIFY2(sameRun(results[3], cachedAlone), "run after networks were built beside it");
    }

    void resumeEndsAsTheUninterruptedRun()
    {
        // Cancelled in the head phase, cancelled in fine-tuning and killed there (the .part folder a crash leaves):
        // each run resumed from its folder ends with the uninterrupted run's epochs, test figures and checkpoint.
        RunConfig c = tinyConfig();
        c.head.epochs = 4;
        c.finetune.epochs = 3;
        c.finetune.learningRate = 1e-3;
        RunResult whole;
        {
            RunStore store(path("whole"));
            whole = runExperiment(c, tinyNet(), {}, {}, &store);
        }
        QCOMPARE(int(whole.epochs.size()), 7);
        QVERIFY(!RunStore::resumable(path("whole"))); // an ended run keeps no resume state
        EXPECT_THROW_NAMING(UsageError, RunStore(path("whole"), RunStore::Mode::Resume), "nothing to resume");
        const Checkpoint wholeCheckpoint = readCheckpoint(path("whole") / RunStore::kCheckpointFile);

        for (const auto &[stopAfter, killed] : {std::pair{2, false}, std::pair{5, false}, std::pair{5, true}}) {
            const auto dir = path("stopped-" + std::to_string(stopAfter) + (killed ? "-killed" : ""));
            {
                std::stop_source stop;
                TrainerCallbacks callbacks;
                callbacks.epochFinished = [&, stopAfter = stopAfter](const EpochMetrics &m) {
                    if (m.epoch == stopAfter)
                        stop.request_stop();
                };
                RunStore store(dir);
                QVERIFY(runExperiment(c, tinyNet(), callbacks, stop.get_token(), &store).cancelled);
            }
            QVERIFY(RunStore::resumable(dir));
            if (killed) { // as a kill leaves it: the .part folder, no result
                std::filesystem::rename(dir, path(dir.filename().string() + ".part"));
                std::filesystem::remove(path(dir.filename().string() + ".part") / RunStore::kResultFile);
                QVERIFY(RunStore::resumable(dir));
            }
            std::vector<int> seen;
            std::set<int> trained;
            RunResult resumed;
            {
                RunStore store(dir, RunStore::Mode::Resume);
                TrainerCallbacks callbacks;
                callbacks.epochFinished = [&](const EpochMetrics &m) { seen.push_back(m.epoch); };
                callbacks.batchProgress = [&](const BatchProgress &p) { trained.insert(p.epoch); };
                resumed = runExperiment(RunStore::resumeSettings(store.dir()), tinyNet(), callbacks, {}, &store);
            }
            const std::string what = "stopped after epoch " + std::to_string(stopAfter);
            // It went on from a saved epoch (state is saved after most epochs of a run this small), not from the start.
            QVERIFY2(!trained.empty() && *trained.begin() > 1 && *trained.begin() <= stopAfter + 1, what.c_str());
            QVERIFY2(sameRun(resumed, whole), what.c_str());
            QVERIFY(!resumed.cancelled);
            QCOMPARE(resumed.boundaryEpoch, whole.boundaryEpoch);
            QCOMPARE(resumed.phases.size(), whole.phases.size());
            for (std::size_t i = 0; i < whole.phases.size(); ++i) {
                QCOMPARE(resumed.phases[i].epochs, whole.phases[i].epochs);
                QCOMPARE(resumed.phases[i].bestEpoch, whole.phases[i].bestEpoch);
                QCOMPARE(resumed.phases[i].stopReason, whole.phases[i].stopReason);
            }
            for (std::size_t i = 0; i < whole.epochs.size(); ++i) {
                QCOMPARE(resumed.epochs[i].improved, whole.epochs[i].improved);
                QCOMPARE(resumed.epochs[i].bestEpoch, whole.epochs[i].bestEpoch);
            }
            QCOMPARE(seen, (std::vector<int>{1, 2, 3, 4, 5, 6, 7})); // the earlier epochs told again, for the curves
            QVERIFY(!loadRunResult(dir).cancelled);
            QVERIFY(!RunStore::resumable(dir));
            QVERIFY(!std::filesystem::exists(path(dir.filename().string() + ".part")));
            const Checkpoint checkpoint = readCheckpoint(dir / RunStore::kCheckpointFile);
            QCOMPARE(checkpoint.tensors.size(), wholeCheckpoint.tensors.size());
            for (std::size_t i = 0; i < checkpoint.tensors.size(); ++i)
                QVERIFY2(torch::equal(checkpoint.tensors[i].second, wholeCheckpoint.tensors[i].second), what.c_str());
        }

        // Other settings than the stopped run's are refused, and the run stays as it was, still resumable.
        const auto dir = path("stopped-changed");
        {
            std::stop_source stop;
            TrainerCallbacks callbacks;
            callbacks.epochFinished = [&](const EpochMetrics &) { stop.request_stop(); };
            RunStore store(dir);
            QVERIFY(runExperiment(c, tinyNet(), callbacks, stop.get_token(), &store).cancelled);
        }
        {
            RunStore store(dir, RunStore::Mode::Resume);
            RunConfig other = RunStore::resumeSettings(store.dir());
            other.head.learningRate *= 2;
            EXPECT_THROW_NAMING(UsageError, runExperiment(other, tinyNet(), {}, {}, &store), "not the stopped run's");
        }
        QVERIFY(loadRunResult(dir).cancelled);
        QVERIFY(RunStore::resumable(dir));
    }

    void bf16AndChannelsLastTrainForReal()
    {
        // The CUDA paths' switches, exercised on the CPU: LeNet-style CNN (convolutions and BatchNorm), 1 epoch.
        RunConfig c;
        c.model.name = "cnn";
        c.dataset = mw::test::mnistFolder().string();
        c.trainLimit = 2000;
        c.head.epochs = 1;
        c.head.learningRate = 1e-3;
        c.seed = 5;
        c.precision = "fp16";
        EXPECT_THROW_NAMING(UsageError, validate(c), "\"precision\" must be fp32 or bf16");
        c.precision = "fp32";
        const RunResult fp32 = runExperiment(c);
        c.channelsLast = true;
        const RunResult nhwc = runExperiment(c);
        c.channelsLast = false;
        c.precision = "bf16";
        const RunResult bf16 = runExperiment(c);
        qInfo("cnn, 1 epoch on 2000 digits: fp32 %.4f, channels-last %.4f, bf16 %.4f test accuracy (losses %.5f, %.5f, "
              "%.5f)",
              *fp32.testAccuracy, *nhwc.testAccuracy, *bf16.testAccuracy, *fp32.testLoss, *nhwc.testLoss, *bf16.testLoss);
        // The same arithmetic in another memory layout (other kernels, other rounding, amplified by 63 Adam steps):
        // the same learning. A layout mix-up would leave the network near chance.
        QVERIFY2(std::abs(fp32.epochs[0].trainLoss - nhwc.epochs[0].trainLoss) < 0.05 * fp32.epochs[0].trainLoss,
                 qPrintable(QStringLiteral("train loss %1 vs %2").arg(fp32.epochs[0].trainLoss).arg(nhwc.epochs[0].trainLoss)));
        QVERIFY(std::abs(*fp32.testAccuracy - *nhwc.testAccuracy) <= 0.01);
        // bf16 really ran (other numbers) and still learned about as well.
        QVERIFY(fp32.epochs[0].trainLoss != bf16.epochs[0].trainLoss);
        QVERIFY2(*bf16.testAccuracy > *fp32.testAccuracy - 0.03, "bf16 learns like fp32");
        QVERIFY(*fp32.testAccuracy > 0.85);
        QCOMPARE(toJson(bf16)["config"]["precision"].get<std::string>(), std::string("bf16"));
    }

    void dropoutMaskKeepsItsShareOnAnyThreads()
    {
        // The dropout mask: the share kept is 1 - p, kept values are scaled by 1 / (1 - p), and the same generator
        // state gives the same mask on one thread or two; the next draw gives another.
        for (const double p : {0.25, 0.4, 0.5}) {
            auto generator = at::make_generator<at::CPUGeneratorImpl>(11);
            auto again = at::make_generator<at::CPUGeneratorImpl>(11);
            at::set_num_threads(1);
            const auto mask = dropoutMask({64, 32, 14, 14}, p, generator);
            at::set_num_threads(2);
            QVERIFY(torch::equal(mask, dropoutMask({64, 32, 14, 14}, p, again)));
            QVERIFY(!torch::equal(mask, dropoutMask({64, 32, 14, 14}, p, again)));
            const double kept = mask.gt(0).to(torch::kFloat64).mean().item<double>();
            QVERIFY2(std::abs(kept - (1 - p)) < 0.005, qPrintable(QStringLiteral("p %1: kept %2").arg(p).arg(kept)));
            QCOMPARE(mask.max().item<float>(), float(1 / (1 - p)));
            QVERIFY(mask.eq(0).logical_or(mask.eq(float(1 / (1 - p)))).all().item<bool>());
            // Neighbouring elements are not tied together (four share one 64-bit draw).
            const auto flat = mask.flatten().gt(0).to(torch::kFloat64);
            const double both = (flat.narrow(0, 0, flat.numel() - 1) * flat.narrow(0, 1, flat.numel() - 1)).mean().item<double>();
            QVERIFY(std::abs(both - (1 - p) * (1 - p)) < 0.005);
        }
        at::set_num_threads(1);
    }

    void fusedAdamFollowsLibTorchAdam()
    {
        // The trainer's one-pass Adam against LibTorch's: the same weights after 40 steps (with and without weight
        // decay, on two threads so the range is split), state that LibTorch's Adam loads and goes on from, and a
        // parameter it cannot take in one pass (a transposed view) handed to LibTorch's own step.
        at::set_num_threads(2);
        for (const double decay : {0.0, 1e-2}) {
            torch::manual_seed(7);
            const auto init = std::vector<torch::Tensor>{torch::randn({300, 257}), torch::randn({257}),
                                                         torch::randn({3})};
            auto copies = [&] {
                std::vector<torch::Tensor> out;
                for (const auto &t : init)
                    out.push_back(t.clone().requires_grad_(true));
                return out;
            };
            auto ours = copies(), theirs = copies();
            const auto options = torch::optim::AdamOptions(1e-2).weight_decay(decay);
            FusedAdam fused(ours, options);
            torch::optim::Adam reference(theirs, options);
            auto loss = [](const std::vector<torch::Tensor> &p, const torch::Tensor &x) {
                return (torch::tanh(x.matmul(p[0]) + p[1]).pow(2).sum(1) * p[2].sum()).mean();
            };
            for (int step = 0; step < 40; ++step) {
                const auto x = torch::randn({16, 300});
                fused.zero_grad();
                reference.zero_grad();
                loss(ours, x).backward();
                loss(theirs, x).backward();
                fused.step();
                reference.step();
            }
            for (std::size_t i = 0; i < init.size(); ++i) {
                QVERIFY2(!torch::equal(ours[i], init[i]), "the parameters moved");
                const double gap = (ours[i] - theirs[i]).abs().max().item<double>();
                QVERIFY2(gap < 1e-5, qPrintable(QStringLiteral("parameter %1 differs by %2").arg(i).arg(gap)));
            }
            // Saved by ours, loaded by LibTorch's: both go on alike.
            torch::serialize::OutputArchive out;
            fused.save(out);
            std::stringstream bytes;
            out.save_to(bytes);
            torch::serialize::InputArchive in;
            in.load_from(bytes);
            auto continued = copies();
            for (std::size_t i = 0; i < init.size(); ++i)
                continued[i].data().copy_(ours[i]);
            torch::optim::Adam loaded(continued, options);
            loaded.load(in);
            const auto x = torch::randn({16, 300});
            fused.zero_grad();
            loaded.zero_grad();
            loss(ours, x).backward();
            loss(continued, x).backward();
            fused.step();
            loaded.step();
            for (std::size_t i = 0; i < init.size(); ++i)
                QVERIFY((ours[i] - continued[i]).abs().max().item<double>() < 1e-6);
        }
        // A non-contiguous parameter: LibTorch's own step, the same result.
        torch::manual_seed(3);
        const auto base = torch::randn({20, 30});
        auto transposed = [&] { return torch::empty_strided({20, 30}, {1, 20}).copy_(base).requires_grad_(true); };
        auto a = transposed(), b = transposed();
        QVERIFY(!a.is_contiguous());
        FusedAdam fused({a}, torch::optim::AdamOptions(1e-2));
        torch::optim::Adam reference({b}, torch::optim::AdamOptions(1e-2));
        for (int step = 0; step < 5; ++step) {
            fused.zero_grad();
            reference.zero_grad();
            a.sin().sum().backward();
            b.sin().sum().backward();
            fused.step();
            reference.step();
        }
        QVERIFY(torch::equal(a, b));
        at::set_num_threads(1);
    }

    void augmentationMovesDigitsButKeepsThem()
    {
        const Dataset d = loadDataset(mw::test::mnistFolder());
        const auto images = imagesTensor(d.data, {0, 1, 2, 3, 4, 5, 6, 7});
        const auto original = images.to(torch::kFloat32);
        AugmentConfig none;
        none.enabled = true;
        none.rotation = none.shift = none.zoom = none.shear = 0;
        QVERIFY(torch::allclose(augmentBatch(images, none), original, 0, 1e-3));

        AugmentConfig flip = none;
        flip.flip = true;
        torch::manual_seed(2);
        const auto flipped = augmentBatch(images, flip);
        int mirrored = 0;
        for (int i = 0; i < 8; ++i) {
            const bool same = torch::allclose(flipped[i], original[i], 0, 1e-3);
            const bool mirror = torch::allclose(flipped[i], original[i].flip({1}), 0, 1e-3);
            QVERIFY(same || mirror);
            mirrored += mirror;
        }
        QVERIFY(mirrored > 0 && mirrored < 8);

        // The default transforms move every digit a little and keep its ink (MNIST digits have a 4-pixel margin).
        torch::manual_seed(3);
        const auto moved = augmentBatch(images, AugmentConfig{});
        QCOMPARE(moved.sizes().vec(), images.sizes().vec());
        for (int i = 0; i < 8; ++i) {
            QVERIFY(!torch::allclose(moved[i], original[i], 0, 1));
            const double ink = original[i].sum().item<double>(), kept = moved[i].sum().item<double>();
            QVERIFY2(std::abs(kept / ink - 1) < 0.3, qPrintable(QString::number(kept / ink)));
        }

        // Training with it still learns digits, and the run records it.
        RunConfig c = denseConfig();
        c.augment.enabled = true;
        c.head.epochs = 3;
        c.head.learningRate = 3e-3;
        const RunResult r = runExperiment(c);
        qInfo("dense32 with augmentation, 3 epochs on 2000 digits: test accuracy %.4f", *r.testAccuracy);
        QVERIFY(*r.testAccuracy > 0.7);
        QCOMPARE(toJson(r)["config"]["augment"]["enabled"].get<bool>(), true);
    }
};

QTEST_GUILESS_MAIN(TstTrainer)
#include "tst_trainer.moc"
