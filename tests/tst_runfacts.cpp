// The facts the engine publishes as typed data, each computed in one place: the phase names (a string only in
// JSON), the early-stopping rule (improved / kept epoch / patience), a run's split sizes, what an old result.json
// without them reads as, the resume state's words, and the SHA-256 of a file.
#include "data/sha256.h"
#include "errors.h"
#include "training/earlystopping.h"
#include "training/phase.h"
#include "training/result.h"
#include "training/resume.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>
#include <fstream>
#include <string>

using namespace mw::core;

#define EXPECT_THROW_NAMING(Type, statement, fragment) MW_EXPECT_THROW_NAMING(Type, statement, fragment)

namespace {

// A backbone run as the trainer records it: three head epochs, then three fine-tune epochs of which only the last
// beats the head phase's best (0.90 at epoch 2).
RunResult backboneRun()
{
    RunResult r;
    r.model = "resnet18";
    r.dataset = "MNIST";
    r.split = "standard";
    r.splitSizes = SplitSizes{55000, 5000, 10000};
    r.device = "cpu";
    r.threads = 2;
    const double accuracies[] = {0.85, 0.90, 0.90, 0.88, 0.90, 0.93};
    const bool improved[] = {true, true, false, false, false, true};
    const int kept[] = {1, 2, 2, 2, 2, 6};
    for (int e = 1; e <= 6; ++e) {
        const auto i = std::size_t(e - 1);
        r.epochs.push_back({e, e <= 3 ? PhaseName::Head : PhaseName::Finetune, 0.5, 0.8, 0.4, accuracies[i], 1.0,
                            improved[i], kept[i]});
    }
    r.boundaryEpoch = 3;
    r.phases.push_back({PhaseName::Head, 3, 2, 3.0, "max_epochs"});
    r.phases.push_back({PhaseName::Finetune, 3, 6, 3.0, "max_epochs"});
    r.testAccuracy = 0.92;
    r.testLoss = 0.3;
    return r;
}

// As a file holds it: written out and parsed again (counts read back as unsigned numbers).
nlohmann::json asWritten(const nlohmann::json &json) { return nlohmann::json::parse(json.dump()); }

void writeFile(const std::filesystem::path &file, const std::string &bytes)
{
    std::ofstream out(file, std::ios::binary);
    out << bytes;
}

} // namespace

class TstRunFacts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void phaseNamesAreStringsOnlyInJson()
    {
        QCOMPARE(toString(PhaseName::Head), std::string("head"));
        QCOMPARE(toString(PhaseName::Finetune), std::string("finetune"));
        QCOMPARE(toString(PhaseName::Train), std::string("train"));
        for (const PhaseName phase : {PhaseName::Head, PhaseName::Finetune, PhaseName::Train})
            QVERIFY(phaseNameFromString(toString(phase)) == phase);
        EXPECT_THROW_NAMING(UsageError, phaseNameFromString("warmup"), "\"warmup\"");

        // Through result.json and back: the same phases, written as their names.
        const RunResult r = backboneRun();
        const nlohmann::json json = asWritten(toJson(r));
        QCOMPARE(json["epochs"][3]["phase"].get<std::string>(), std::string("finetune"));
        QCOMPARE(json["phases"][0]["name"].get<std::string>(), std::string("head"));
        const RunResult back = runResultFromJson(json);
        QVERIFY(back.epochs[0].phase == PhaseName::Head && back.epochs[5].phase == PhaseName::Finetune);
        QVERIFY(back.phase(PhaseName::Finetune) && back.phase(PhaseName::Finetune)->bestEpoch == 6);
        QVERIFY(!back.phase(PhaseName::Train));
        QCOMPARE(asWritten(toJson(back)), json);

        nlohmann::json bad = json;
        bad["epochs"][1]["phase"] = "warmup";
        EXPECT_THROW_NAMING(UsageError, runResultFromJson(bad), "\"epochs[].phase\"");
        bad = json;
        bad["phases"][1]["name"] = 3;
        EXPECT_THROW_NAMING(UsageError, runResultFromJson(bad), "\"phases[].name\" must be a string");
    }

    // Phase settings: fine-tuning has its own, baselines train with the head's.
    void phaseSettingsFollowThePhase()
    {
        RunConfig c;
        c.head.patience = 4;
        c.finetune.patience = 7;
        QCOMPARE(phaseSettings(c, PhaseName::Head).patience, 4);
        QCOMPARE(phaseSettings(c, PhaseName::Train).patience, 4);
        QCOMPARE(phaseSettings(c, PhaseName::Finetune).patience, 7);
    }

    void earlyStoppingImprovesOnlyOnABetterAccuracy()
    {
        EarlyStopping rule(2);
        auto step = rule.observe(1, 1, 0.50);
        QVERIFY(step.improved && !step.patienceSpent);
        QCOMPARE(step.bestEpoch, 1);
        step = rule.observe(2, 2, 0.60);
        QVERIFY(step.improved);
        QCOMPARE(step.bestEpoch, 2);
        step = rule.observe(3, 3, 0.60); // equal is not better
        QVERIFY(!step.improved && !step.patienceSpent);
        QCOMPARE(step.bestEpoch, 2);
        step = rule.observe(4, 4, 0.55); // two epochs after the best: patience 2 is spent
        QVERIFY(!step.improved && step.patienceSpent);
        QCOMPARE(step.bestEpoch, 2);
        QCOMPARE(rule.state().bestAccuracy, 0.60);
        QCOMPARE(rule.state().bestPhaseEpoch, 2);

        // Patience 0 never stops early.
        EarlyStopping never(0);
        never.observe(1, 1, 0.9);
        for (int e = 2; e < 50; ++e)
            QVERIFY(!never.observe(e, e, 0.1).patienceSpent);
    }

    void fineTuningHasToBeatTheHeadPhasesBest()
    {
        // The head phase kept epoch 5 at 0.90; fine-tuning's epochs are 6, 7, ... (1, 2, ... within the phase).
        EarlyStopping rule(2, 0.90, 5);
        auto step = rule.observe(6, 1, 0.85);
        QVERIFY(!step.improved && !step.patienceSpent);
        QCOMPARE(step.bestEpoch, 5);
        step = rule.observe(7, 2, 0.90);
        QVERIFY(!step.improved && step.patienceSpent); // two epochs without beating what it started from
        QCOMPARE(step.bestEpoch, 5);

        EarlyStopping better(2, 0.90, 5);
        step = better.observe(6, 1, 0.91);
        QVERIFY(step.improved);
        QCOMPARE(step.bestEpoch, 6);

        // A resumed phase restores where its rule stood.
        EarlyStopping resumed(2);
        resumed.restore({0.95, 9, 4});
        step = resumed.observe(11, 6, 0.94);
        QVERIFY(!step.improved && step.patienceSpent);
        QCOMPARE(step.bestEpoch, 9);
    }

    void lastPhaseEpochIsPatienceAfterTheBest()
    {
        QCOMPARE(lastPhaseEpoch(10, 3, 2), 5);
        QCOMPARE(lastPhaseEpoch(10, 3, 9), 10); // the limit comes first
        QCOMPARE(lastPhaseEpoch(10, 0, 2), 10); // no early stopping
        QCOMPARE(lastPhaseEpoch(10, 3, 0), 3);  // nothing kept yet (fine-tuning that has not beaten the head phase)
        QCOMPARE(lastPhaseEpoch(0, 3, 0), 1);
    }

    void resultRecordsSplitSizesAndKeptEpochs()
    {
        const RunResult r = backboneRun();
        const nlohmann::json json = asWritten(toJson(r));
        QCOMPARE(json["split_sizes"], (nlohmann::json{{"train", 55000}, {"validation", 5000}, {"test", 10000}}));
        QCOMPARE(json["epochs"][5]["improved"].get<bool>(), true);
        QCOMPARE(json["epochs"][4]["best_epoch"].get<int>(), 2);
        const RunResult back = runResultFromJson(json);
        QVERIFY(back.splitSizes);
        QCOMPARE(back.splitSizes->train, 55000);
        QCOMPARE(back.splitSizes->validation, 5000);
        QCOMPARE(back.splitSizes->test, 10000);

        nlohmann::json bad = json;
        bad["split_sizes"]["test"] = -1;
        EXPECT_THROW_NAMING(UsageError, runResultFromJson(bad), "\"split_sizes\"");
        bad = json;
        bad["split_sizes"].erase("train");
        EXPECT_THROW_NAMING(UsageError, runResultFromJson(bad), "\"split_sizes.train\" is missing");
    }

    // A result.json written before split sizes and kept epochs were recorded still reads: the sizes are unknown, and
    // the epochs get improved / best_epoch from the same early-stopping rule, so old runs keep their stars.
    void oldResultJsonStillReads()
    {
        const RunResult r = backboneRun();
        nlohmann::json old = asWritten(toJson(r));
        old.erase("split_sizes");
        for (auto &epoch : old["epochs"]) {
            epoch.erase("improved");
            epoch.erase("best_epoch");
        }
        const RunResult back = runResultFromJson(old);
        QVERIFY(!back.splitSizes);
        QCOMPARE(back.epochs.size(), r.epochs.size());
        for (std::size_t i = 0; i < r.epochs.size(); ++i) {
            QVERIFY2(back.epochs[i].improved == r.epochs[i].improved, qPrintable(QString::number(i + 1)));
            QCOMPARE(back.epochs[i].bestEpoch, r.epochs[i].bestEpoch);
        }
        // Each phase's last epoch names the epoch the phase kept.
        QCOMPARE(back.epochs[2].bestEpoch, back.phase(PhaseName::Head)->bestEpoch);
        QCOMPARE(back.epochs[5].bestEpoch, back.phase(PhaseName::Finetune)->bestEpoch);

        // A baseline: one phase, starting from nothing.
        nlohmann::json baseline = old;
        for (auto &epoch : baseline["epochs"])
            epoch["phase"] = "train";
        baseline["phases"] = nlohmann::json::array({{{"name", "train"}, {"epochs", 6}, {"best_epoch", 6}, {"seconds", 6.0}}});
        const RunResult one = runResultFromJson(baseline);
        const int kept[] = {1, 2, 2, 2, 2, 6};
        for (std::size_t i = 0; i < 6; ++i)
            QCOMPARE(one.epochs[i].bestEpoch, kept[i]);
    }

    // Found by fuzz_result_json: a count past INT_MAX read as a wrapped (negative) one, which the next write could
    // not read back; a list entry past INT64_MAX read as -1. Both are refused now, naming the key.
    void countsTooLargeAreRefusedNotWrapped()
    {
        nlohmann::json json = asWritten(toJson(backboneRun()));
        json["confusion_matrix"][8][3] = 11111111112u; // the fuzzer's value
        EXPECT_THROW_NAMING(UsageError, runResultFromJson(asWritten(json)),
                            "\"confusion_matrix\" holds a count larger than 2147483647");
        json = asWritten(toJson(backboneRun()));
        json["misclassified"] = nlohmann::json::array({18446744073709551615u});
        EXPECT_THROW_NAMING(UsageError, runResultFromJson(asWritten(json)), "\"misclassified\" must be a list");
    }

    void resumeMetaRoundTrips()
    {
        ResumeMeta meta;
        meta.config.model.name = "mlp";
        meta.config.head.epochs = 7;
        meta.phase = PhaseName::Finetune;
        meta.phaseEpoch = 2;
        meta.epoch = 5;
        meta.best = {0.93, 4, 0};
        meta.stopReason = "";
        meta.phaseSeconds = 12.5;
        meta.runSeconds = 40.25;
        meta.lastAccuracy = 0.93;
        meta.shuffle = "1 2 3";
        meta.result = backboneRun();
        const nlohmann::json json = asWritten(toJson(meta));
        // The words resume.json has always used (RunStore::resumeSettings and the Results page read them).
        for (const char *key : {"config", "phase", "phase_epoch", "epoch", "best_accuracy", "best_epoch", "best_local",
                                "stop_reason", "phase_seconds", "run_seconds", "last_accuracy", "shuffle", "result"})
            QVERIFY2(json.contains(key), key);
        QCOMPARE(json["phase"].get<std::string>(), std::string("finetune"));
        const ResumeMeta back = resumeMetaFromJson(json);
        QVERIFY(back.phase == PhaseName::Finetune);
        QCOMPARE(back.best.bestEpoch, 4);
        QCOMPARE(back.config.head.epochs, 7);
        QCOMPARE(asWritten(toJson(back)), json);

        nlohmann::json bad = json;
        bad.erase("shuffle");
        EXPECT_THROW_NAMING(UsageError, resumeMetaFromJson(bad), "\"shuffle\" is missing");
        bad = json;
        bad["phase"] = "cooldown";
        EXPECT_THROW_NAMING(UsageError, resumeMetaFromJson(bad), "\"phase\"");
    }

    void fileSha256OfAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path folder = dir.path().toStdString();
        writeFile(folder / "abc.txt", "abc");
        writeFile(folder / "empty", "");
        // FIPS 180-4's examples.
        QCOMPARE(fileSha256(folder / "abc.txt"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QCOMPARE(fileSha256(folder / "empty"), std::string("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
        // Larger than the read buffer (1 MiB): the same digest as hashing the bytes in one go.
        std::string big(3 * (1 << 20) + 17, '\0');
        for (std::size_t i = 0; i < big.size(); ++i)
            big[i] = char(i * 31 % 251);
        writeFile(folder / "big", big);
        Sha256 whole;
        whole.update(big.data(), big.size());
        QCOMPARE(fileSha256(folder / "big"), whole.hexDigest());
    }

    void fileSha256NamesAFileItCannotRead()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const std::filesystem::path folder = dir.path().toStdString();
        const auto missing = folder / "no-such-weights.pth";
        EXPECT_THROW_NAMING(DataError, fileSha256(missing), missing.string() + ": cannot read");
        EXPECT_THROW_NAMING(DataError, fileSha256(folder), folder.string() + ": cannot read");
    }
};

QTEST_GUILESS_MAIN(TstRunFacts)
#include "tst_runfacts.moc"
