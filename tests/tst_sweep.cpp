// Sweeps on this computer: the definition and its trials, sweep.json, progress.jsonl, and the CLI's sweep commands
// on real MNIST digits (tst_slurm runs the same on a real Slurm cluster).
#include "errors.h"
#include "sweep/trials.h"
#include "clisupport.h"
#include "testsupport.h"
#include "training/progress.h"
#include "training/runstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <set>

#include <signal.h>

using namespace mw::core;
using namespace mw::test;

namespace {

SweepAxis axis(const std::string &setting, std::vector<std::string> values)
{
    SweepAxis a{setting, sweepSettingKeys(setting), {}};
    for (const std::string &v : values)
        a.values.push_back(parseSettingValue(a.keys.front(), v));
    return a;
}

SweepDefinition smallDefinition()
{
    SweepDefinition d;
    d.overrides = {{"model", {{"name", "dense32"}}}, {"dataset", "/data"}};
    d.axes = {axis("head.learning_rate", {"1e-3", "1e-2"}), axis("batch_size", {"32", "64", "128"})};
    return d;
}

} // namespace

class TstSweep : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void gridInOrderEachTrialItsValues()
    {
        const Sweep sweep = expandSweep(smallDefinition());
        QCOMPARE(sweep.trials.size(), std::size_t(6));
        QCOMPARE(sweep.trials[0].name, std::string("trial-000"));
        QCOMPARE(sweep.trials[5].name, std::string("trial-005"));
        // The last axis fastest.
        QCOMPARE(sweep.trials[1].config.head.learningRate, 1e-3);
        QCOMPARE(sweep.trials[1].config.batchSize, 64);
        QCOMPARE(sweep.trials[3].config.head.learningRate, 1e-2);
        QCOMPARE(sweep.trials[3].config.batchSize, 32);
        QCOMPARE(sweep.trials[3].values[1].get<int>(), 32);
        QCOMPARE(sweep.trials[3].config.dataset, std::string("/data"));
    }

    void modelAxisGivesEachModelItsDefaults()
    {
        SweepDefinition d;
        d.overrides = {{"dataset", "/data"}};
        d.axes = {axis("model", {"dense32", "resnet18"})};
        const Sweep sweep = expandSweep(d);
        QCOMPARE(sweep.trials[0].config.head.learningRate, kScratchLearningRate);
        QCOMPARE(sweep.trials[1].config.head.learningRate, kHeadLearningRate);
        // A learning rate the user gave holds for both.
        d.overrides["head"]["learning_rate"] = 0.05;
        const Sweep given = expandSweep(d);
        QCOMPARE(given.trials[0].config.head.learningRate, 0.05);
        QCOMPARE(given.trials[1].config.head.learningRate, 0.05);
    }

    void recipePatchesComeBeforeTheUsersSettings()
    {
        SweepDefinition d;
        d.base = {{"head", {{"epochs", 7}}}, {"dataset", "/data"}};
        d.modelsConfig = {{"resnet18", {{"head", {{"epochs", 3}}}, {"batch_size", 16}}}};
        d.overrides = {{"batch_size", 8}};
        d.axes = {axis("model", {"dense32", "resnet18"})};
        const Sweep sweep = expandSweep(d);
        QCOMPARE(sweep.trials[0].config.head.epochs, 7);
        QCOMPARE(sweep.trials[1].config.head.epochs, 3);
        QCOMPARE(sweep.trials[1].config.batchSize, 8);
    }

    void refusedValuesNameTheAxisAndValue()
    {
        SweepDefinition d = smallDefinition();
        d.axes[0].values.push_back(-1.0);
        MW_EXPECT_THROW_NAMING(UsageError, expandSweep(d), "--vary head.learning_rate=-1: must be a positive number");
        d = smallDefinition();
        d.axes.push_back(axis("model", {"dense32", "nosuchnet"}));
        MW_EXPECT_THROW_NAMING(UsageError, expandSweep(d), "--vary model=nosuchnet");
        d = smallDefinition();
        d.axes[1].values.clear();
        MW_EXPECT_THROW_NAMING(UsageError, expandSweep(d), "--vary batch_size: give at least one value");
        d = smallDefinition();
        d.axes.push_back(axis("batch_size", {"16"}));
        MW_EXPECT_THROW_NAMING(UsageError, expandSweep(d), "is varied twice");
        d = smallDefinition();
        d.random = 7;
        MW_EXPECT_THROW_NAMING(UsageError, expandSweep(d), "more trials than the grid's 6 points");
        d = smallDefinition();
        for (int i = 0; i < 3; ++i)
            d.axes.push_back(axis(i == 0 ? "seed" : i == 1 ? "train_limit" : "validation_size",
                                  std::vector<std::string>(30, "1")));
        MW_EXPECT_THROW_NAMING(UsageError, expandSweep(d), "draw some with --random N");
        // Values are read as the setting's type.
        MW_EXPECT_THROW_NAMING(UsageError, parseSettingValue("batch_size", "3.5"), "\"3.5\" is not a whole number");
        MW_EXPECT_THROW_NAMING(UsageError, parseSettingValue("augment.enabled", "maybe"), "true or false");
        MW_EXPECT_THROW_NAMING(UsageError, sweepSettingKeys("learning_rate"), "unknown setting \"learning_rate\"");
        QCOMPARE(parseSettingValue("model.head_hidden", "[128,64]"), nlohmann::json({128, 64}));
        QCOMPARE(splitValueList("[128,64],[],[32]"), (std::vector<std::string>{"[128,64]", "[]", "[32]"}));
    }

    void randomDrawIsDistinctAndFixedBySeed()
    {
        SweepDefinition d = smallDefinition();
        d.axes.push_back(axis("seed", {"1", "2", "3", "4", "5"}));
        d.random = 12;
        d.seed = 7;
        const Sweep a = expandSweep(d), b = expandSweep(d);
        std::set<std::string> points;
        for (std::size_t i = 0; i < a.trials.size(); ++i) {
            QCOMPARE(nlohmann::json(a.trials[i].values), nlohmann::json(b.trials[i].values));
            points.insert(nlohmann::json(a.trials[i].values).dump());
        }
        QCOMPARE(points.size(), std::size_t(12));
        d.seed = 8;
        const Sweep c = expandSweep(d);
        bool differs = false;
        for (std::size_t i = 0; i < c.trials.size(); ++i)
            differs = differs || nlohmann::json(c.trials[i].values) != nlohmann::json(a.trials[i].values);
        QVERIFY(differs);
    }

    void sweepFileRoundTripAndDamage()
    {
        QTemporaryDir tmp;
        const std::filesystem::path dir = std::filesystem::path(tmp.path().toStdString()) / "s";
        const Sweep sweep = expandSweep(smallDefinition());
        createSweepFolder(dir, sweep);
        const Sweep back = loadSweep(dir);
        QCOMPARE(toJson(back), toJson(sweep));
        MW_EXPECT_THROW_NAMING(UsageError, createSweepFolder(dir, sweep), "already exists");
        // A hand-edited trial list that skips a trial is refused, naming the file and the key.
        nlohmann::json json = toJson(sweep);
        json["trials"].erase(json["trials"].begin() + 1);
        std::ofstream(dir / kSweepFile) << json.dump();
        MW_EXPECT_THROW_NAMING(DataError, loadSweep(dir), "sweep.json: key \"trials[1].name\" must be trial-001");
        std::ofstream(dir / kSweepFile) << "{\"format\": 1, ";
        MW_EXPECT_THROW_NAMING(DataError, loadSweep(dir), "sweep.json: not valid JSON");
    }

    void progressFollowsResumesAndIgnoresAHalfLine()
    {
        auto epoch = [](int e, double acc) {
            EpochMetrics m;
            m.epoch = e;
            m.valAccuracy = acc;
            return progressEpoch(m).dump() + "\n";
        };
        std::string text = progressPhase(PhaseName::Train, 5).dump() + "\n" + epoch(1, 0.5) + epoch(2, 0.6)
                           + epoch(3, 0.7) + progressResumed(2).dump() + "\n" + epoch(3, 0.65);
        RunProgress p = parseProgress(text + "{\"event\":\"ep");
        QCOMPARE(p.epochs.size(), std::size_t(3));
        QCOMPARE(p.epochs.back().valAccuracy, 0.65);
        QCOMPARE(p.maxEpochs, 5);
        QVERIFY(!p.ended);
        RunResult r;
        r.testAccuracy = 0.9;
        r.testLoss = 0.3;
        p = parseProgress(text + progressEnd(r).dump() + "\n");
        QVERIFY(p.ended && !p.cancelled);
        QCOMPARE(*p.testAccuracy, 0.9);
        MW_EXPECT_THROW_NAMING(DataError, parseProgress(text + "{\"event\":\"nap\"}\n", "x/progress.jsonl"),
                               "x/progress.jsonl line 7");
    }

    // A real sweep on real digits: four trials two at once, their states and the table.
    void localSweepOnRealDigits()
    {
        MW_REQUIRE_MNIST();
        QTemporaryDir tmp;
        const std::string dir = tmp.path().toStdString() + "/sweep";
        const Cli r = runCli({"sweep", "--dataset", "MNIST", "--model", "dense32", "--train-limit", "500", "--val-size",
                              "200", "--epochs", "3", "--vary", "head.learning_rate=1e-3,1e-2", "--vary",
                              "batch-size=32,64", "--parallel", "2", "--out", dir, "--json", dir + ".json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.out.count(QStringLiteral("  finished  head.learning_rate=")), 4);
        QVERIFY2(r.out.contains(QStringLiteral("TRIAL        head.learning_rate  batch-size  STATE")), qPrintable(r.out));
        const Sweep sweep = loadSweep(dir);
        const auto status = sweepStatus(dir, sweep);
        for (const TrialStatus &s : status) {
            QVERIFY(s.state == TrialState::Finished);
            QVERIFY(s.progress.ended);
            QCOMPARE(s.progress.epochs.size(), std::size_t(3));
            QCOMPARE(*s.progress.testAccuracy, *s.result->testAccuracy); // progress.jsonl and result.json agree
            QCOMPARE(s.result->threads, 1); // two at once on 2 cores: one thread each
        }
        const auto rows = sweepTable(sweep, status);
        QVERIFY(rows.front().best && !rows.front().pVersusBest);
        for (std::size_t i = 1; i < rows.size(); ++i) {
            QVERIFY(*rows[i - 1].testAccuracy >= *rows[i].testAccuracy);
            QVERIFY(rows[i].pVersusBest && *rows[i].pVersusBest <= 1);
        }
        // Adam at 1e-2 learns more than at 1e-3 in three short epochs.
        QCOMPARE(rows.front().values[0].get<double>(), 1e-2);

        // The table command says the same as JSON, and the --json file holds it too.
        const Cli table = runCli({"sweep", "table", dir, "--json"});
        QCOMPARE(table.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(table.out.toUtf8()).object();
        QCOMPARE(json[QStringLiteral("trials")].toArray().size(), 4);
        QCOMPARE(json[QStringLiteral("trials")].toArray()[0].toObject()[QStringLiteral("test_accuracy")].toDouble(),
                 *rows.front().testAccuracy);
        QFile file(QString::fromStdString(dir + ".json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(file.readAll()).object()[QStringLiteral("trials")], json[QStringLiteral("trials")]);
        const Cli csv = runCli({"sweep", "table", dir, "--csv"});
        QVERIFY(csv.out.startsWith(QStringLiteral("trial,head.learning_rate,batch-size,state,test_accuracy")));
        const Cli st = runCli({"sweep", "status", dir});
        QVERIFY2(st.out.contains(QStringLiteral("4 of 4 trials finished")), qPrintable(st.out));
        // Nothing left to do.
        const Cli again = runCli({"sweep", "resume", dir});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.contains(QStringLiteral("every trial has finished")));
    }

    // Ctrl+C stops the trials (kept, resumable); resume finishes them with the metrics of an uninterrupted sweep.
    void interruptedLocalSweepResumesToTheSameMetrics()
    {
        MW_REQUIRE_MNIST();
        QTemporaryDir tmp;
        const Args settings{"sweep", "--dataset", "MNIST", "--model", "dense32", "--train-limit", "30000", "--val-size",
                            "1000", "--epochs", "10", "--patience", "0", "--vary", "seed=1,2", "--parallel", "2"};
        const std::string whole = tmp.path().toStdString() + "/whole", cut = tmp.path().toStdString() + "/cut";
        const Cli uninterrupted = runCli(settings + Args{"--out", whole});
        QVERIFY2(uninterrupted.exitCode == 0, qPrintable(uninterrupted.err));

        QProcess p;
        p.start(QStringLiteral(MW_CLI_PATH), qArgs(settings + Args{"--out", cut}));
        QVERIFY(p.waitForStarted());
        // Once both trials have trained two epochs, Ctrl+C.
        QElapsedTimer clock;
        clock.start();
        auto epochsOf = [&](const char *trial) {
            return readProgress(std::filesystem::path(cut) / trial).epochs.size();
        };
        while ((epochsOf("trial-000") < 2 || epochsOf("trial-001") < 2) && clock.elapsed() < 120'000)
            QTest::qWait(50);
        QVERIFY2(epochsOf("trial-000") < 10 && epochsOf("trial-001") < 10, "the trials ended before the interruption");
        ::kill(p.processId(), SIGINT);
        QVERIFY(p.waitForFinished(60'000));
        QCOMPARE(p.exitCode(), 130);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(QStringLiteral("sweep resume")));
        const Sweep sweep = loadSweep(cut);
        for (const TrialStatus &s : sweepStatus(cut, sweep))
            QVERIFY2(s.state == TrialState::Cancelled || s.state == TrialState::Finished, toString(s.state).c_str());

        const Cli resumed = runCli({"sweep", "resume", cut});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        const auto a = sweepStatus(whole, sweep), b = sweepStatus(cut, sweep);
        for (std::size_t i = 0; i < a.size(); ++i) {
            QVERIFY(b[i].state == TrialState::Finished);
            QCOMPARE(*b[i].result->testAccuracy, *a[i].result->testAccuracy);
            QCOMPARE(*b[i].result->testLoss, *a[i].result->testLoss);
            QCOMPARE(b[i].result->misclassified, a[i].result->misclassified);
        }
    }

    void badInputIsOneLine()
    {
        QTemporaryDir tmp;
        const std::string out = tmp.path().toStdString() + "/s";
        auto refused = [&](const Args &extra, const char *fragment) {
            const Cli r = runCli(Args{"sweep", "--data", tmp.path().toStdString(), "--model", "dense32", "--out", out} + extra);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(QString::fromUtf8(fragment)), qPrintable(r.err));
            QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
            QVERIFY2(!std::filesystem::exists(out), "a refused sweep left its folder");
        };
        refused({"--vary", "learning_rate=1,2"}, "--vary learning_rate: unknown setting");
        refused({"--vary", "lr-head=1e-3,-2"}, "--vary lr-head=-2: must be a positive number");
        refused({"--vary", "batch_size="}, "--vary batch_size: give at least one value");
        refused({"--vary", "batch_size=32,big"}, "--vary batch_size=big: \"big\" is not a whole number");
        refused({"--vary", "seed=1,2", "--random", "3"}, "more trials than the grid's 2 points");
        refused({"--vary", "seed=1,2", "--executor", "slurm", "--slurm-time", "soon"},
                "\"time\" must be a time limit");
        const Cli missing = runCli({"sweep", "status", tmp.path().toStdString() + "/none"});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.err.contains(QStringLiteral("sweep.json: cannot read")));
    }
};

QTEST_GUILESS_MAIN(TstSweep)
#include "tst_sweep.moc"
