// The run store as the front ends see it: which runs a folder holds (runs being written or deleted left out,
// interrupted ones found), deleting a run (never one that is training, never half), the default runs folder, and
// the test digits behind a run's confusion cells.
#include "errors.h"
#include "testsupport.h"
#include "training/celldigits.h"
#include "training/mcnemar.h"
#include "training/runstore.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <fstream>

using namespace mw::core;
namespace fs = std::filesystem;

namespace {

// Holds a run's log as an open RunStore does (another program's store, as far as this one can tell).
class HeldLog {
public:
    explicit HeldLog(const fs::path &folder) : m_fd(::open((folder / RunStore::kLogFile).c_str(), O_RDONLY))
    {
        if (m_fd >= 0 && ::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~HeldLog()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    HeldLog(const HeldLog &) = delete;
    HeldLog &operator=(const HeldLog &) = delete;
    bool held() const { return m_fd >= 0; }

private:
    int m_fd;
};

RunResult smallRun(const std::string &model)
{
    RunResult r;
    r.model = model;
    r.dataset = "MNIST";
    r.split = "standard";
    r.config.model.name = model;
    r.testAccuracy = 0.9;
    r.testLoss = 0.3;
    r.confusionMatrix[0][0] = 10;
    return r;
}

// What a program that was killed after a saved epoch leaves: a .part folder with its log and resume state.
void writeInterrupted(const fs::path &dir, const RunResult &partial)
{
    fs::create_directories(dir);
    std::ofstream(dir / RunStore::kLogFile) << "model mlp @28x28\n";
    std::ofstream(dir / RunStore::kResumeFile) << "tensors";
    std::ofstream(dir / RunStore::kResumeInfoFile)
        << nlohmann::json{{"version", 1}, {"config", toJson(partial.config)}, {"result", toJson(partial)}}.dump();
}

std::vector<std::string> names(const std::vector<RunEntry> &entries)
{
    std::vector<std::string> out;
    for (const auto &e : entries)
        out.push_back(e.dir.filename().string());
    return out;
}

// A test part of 20 digits whose labels are their positions modulo 10 (the train part: 30 digits, labels 0-9).
MnistData smallData()
{
    MnistData data;
    data.train.count = 30;
    for (int i = 0; i < 30; ++i)
        data.train.labels.push_back(std::uint8_t(i % 10));
    data.test.count = 20;
    for (int i = 0; i < 20; ++i)
        data.test.labels.push_back(std::uint8_t(i % 10));
    return data;
}

TestDigitDetail keptDetail(int index, int label, int predicted, float loss)
{
    TestDigitDetail d{index, label, predicted, loss, {}};
    d.probabilities[std::size_t(predicted)] = 0.5f;
    return d;
}

// On smallData's test part: 4s (positions 4, 14) and one 3 (3) taken for 9s, 7 (position 7) for a 1.
RunResult evaluatedOnSmallData()
{
    RunResult r = smallRun("mlp");
    for (int pos = 0; pos < 20; ++pos)
        ++r.confusionMatrix[std::size_t(pos % 10)][std::size_t(pos % 10)];
    r.confusionMatrix[0][0] -= 10; // smallRun's own count
    const std::vector<std::pair<int, int>> mistakes = {{4, 9}, {7, 1}, {14, 9}, {3, 9}};
    for (const auto &[pos, said] : mistakes) {
        --r.confusionMatrix[std::size_t(pos % 10)][std::size_t(pos % 10)];
        ++r.confusionMatrix[std::size_t(pos % 10)][std::size_t(said)];
        r.misclassified.push_back(pos);
        r.misclassifiedPredicted.push_back(said);
    }
    return r;
}

std::vector<int> positions(const CellDigits &cell)
{
    std::vector<int> out;
    for (const auto &d : cell.digits)
        out.push_back(d.position);
    return out;
}

} // namespace

class TstRunStore : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    fs::path m_runs;

    fs::path finished(const std::string &name, bool checkpoint = false)
    {
        const auto dir = m_runs / name;
        {
            RunStore store(dir);
            store.log("model mlp");
            store.finish(smallRun("mlp"));
        }
        if (checkpoint)
            mw::test::writeFile(dir / RunStore::kCheckpointFile, {'w'});
        return dir;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_runs = fs::path(m_dir->path().toStdString()) / "runs";
        fs::create_directories(m_runs);
    }

    void defaultRunsFolderIsUnderTheDataFolder()
    {
        qputenv("MNIST_WORKBENCH_DATA_DIR", m_dir->path().toUtf8());
        QCOMPARE(defaultRunsDir(), fs::path(m_dir->path().toStdString()) / "runs");
        QCOMPARE(newRunDir("mlp").parent_path(), defaultRunsDir());
        qunsetenv("MNIST_WORKBENCH_DATA_DIR");
    }

    void aRunFolderSaysWhenItWasMade()
    {
        const std::string time = runDirTime(newRunDir("resnet18", m_runs));
        QCOMPARE(time.size(), std::size_t(8));
        QCOMPARE(time[2], ':');
        QCOMPARE(runDirTime(m_runs / "20240501-142233-resnet18-2"), std::string("14:22:33"));
        QCOMPARE(runDirTime(m_runs / "my-run"), std::string());
        QCOMPARE(runDirTime(m_runs / "2024050-142233-x"), std::string());
    }

    void listingSkipsPartAndDeletingAndFindsInterruptedRuns()
    {
        finished("20240501-100000-mlp");
        finished("20240501-090000-smallcnn", true);
        fs::create_directories(m_runs / "20240501-110000-vgg16.part"); // before its first saved epoch
        std::ofstream(m_runs / "20240501-110000-vgg16.part" / RunStore::kLogFile) << "model vgg16\n";
        finished("20240501-080000-mlp");
        fs::rename(m_runs / "20240501-080000-mlp", m_runs / "20240501-080000-mlp.deleting"); // being deleted
        RunResult partial = smallRun("mlp");
        partial.testAccuracy.reset();
        partial.epochs.push_back({1, PhaseName::Train, 0.5, 0.8, 0.4, 0.85, 1.0});
        writeInterrupted(m_runs / "20240501-120000-mlp.part", partial); // nobody holds it: interrupted
        writeInterrupted(m_runs / "20240501-130000-mlp.part", partial); // a running program holds it
        const HeldLog live(m_runs / "20240501-130000-mlp.part");
        QVERIFY(live.held());
        fs::create_directories(m_runs / "20240501-140000-broken"); // not a run: listed, and loading says why
        std::ofstream(m_runs / "notes.txt") << "a file, not a run";
        RunStore writing(m_runs / "20240501-150000-resnet18"); // this program writing one now

        const auto runs = listRuns(m_runs);
        QCOMPARE(names(runs), (std::vector<std::string>{"20240501-090000-smallcnn", "20240501-100000-mlp",
                                                         "20240501-120000-mlp.part", "20240501-140000-broken"}));
        QVERIFY(runs[0].hasCheckpoint && !runs[0].interrupted);
        QVERIFY(!runs[1].hasCheckpoint && !runs[1].interrupted);
        QVERIFY(runs[2].interrupted);
        QCOMPARE(loadRun(runs[1]).model, std::string("mlp"));
        const RunResult interrupted = loadRun(runs[2]);
        QVERIFY(interrupted.cancelled && !interrupted.testAccuracy);
        QCOMPARE(int(interrupted.epochs.size()), 1);
        QVERIFY(interrupted.warnings.back().find("interrupted") != std::string::npos);
        QVERIFY_THROWS_EXCEPTION(DataError, loadRun(runs[3]));

        QVERIFY(listRuns(m_runs / "missing").empty());
    }

    // A sweep's folder in the runs folder stands for its trials: each listed as a run of that sweep, in its place;
    // trials not started yet are not runs.
    void listingTakesASweepsTrials()
    {
        finished("20240501-100000-mlp");
        fs::create_directories(m_runs / "sweep-20240501-110000");
        std::ofstream(m_runs / "sweep-20240501-110000" / kSweepFile) << "{}";
        finished("sweep-20240501-110000/trial-001");
        finished("sweep-20240501-110000/trial-000");
        finished("20240501-120000-dense32");
        const auto runs = listRuns(m_runs);
        QCOMPARE(names(runs), (std::vector<std::string>{"20240501-100000-mlp", "20240501-120000-dense32", "trial-000",
                                                         "trial-001"}));
        QCOMPARE(runs[0].sweep, std::string());
        QCOMPARE(runs[2].sweep, std::string("sweep-20240501-110000"));
        QCOMPARE(loadRun(runs[3]).model, std::string("mlp"));
        QCOMPARE(sweepOfRun(runs[3].dir), std::string("sweep-20240501-110000"));
        QCOMPARE(sweepOfRun(runs[0].dir), std::string());
    }

    void deletingRefusesATrainingRun()
    {
        // A run being written (this program's store) and a finished run another program is resuming: untouched.
        RunStore writing(m_runs / "20240501-100000-mlp");
        const fs::path part = writing.partDir();
        QCOMPARE(deleteRun(part).outcome, RunDeletion::Outcome::Training);
        QVERIFY(fs::exists(part / RunStore::kLogFile));

        const auto dir = finished("20240501-110000-mlp");
        {
            const HeldLog resuming(dir);
            QVERIFY(resuming.held());
            QCOMPARE(deleteRun(dir).outcome, RunDeletion::Outcome::Training);
            QVERIFY(fs::exists(dir / RunStore::kResultFile));
            QVERIFY(!fs::exists(m_runs / "20240501-110000-mlp.deleting"));
        }
        QCOMPARE(names(listRuns(m_runs)), std::vector<std::string>{"20240501-110000-mlp"});
    }

    void deletingLeavesNothingBehind()
    {
        const auto dir = finished("20240501-100000-mlp", true);
        const auto keep = finished("20240501-110000-mlp");
        // What an earlier deletion could not remove goes with it.
        fs::create_directories(m_runs / "20240501-100000-mlp.deleting");
        std::ofstream(m_runs / "20240501-100000-mlp.deleting" / "stale") << "x";
        const RunDeletion deleted = deleteRun(dir);
        QCOMPARE(deleted.outcome, RunDeletion::Outcome::Deleted);
        QVERIFY(deleted.leftover.empty() && deleted.error.empty());
        QVERIFY(!fs::exists(dir));
        QVERIFY(!fs::exists(m_runs / "20240501-100000-mlp.deleting"));
        QCOMPARE(names(listRuns(m_runs)), std::vector<std::string>{keep.filename().string()});
        QCOMPARE(deleteRun(dir).outcome, RunDeletion::Outcome::Missing);

        // An interrupted run (resume state, no result) is a run; a folder with neither is not, and stays whole.
        RunResult partial = smallRun("mlp");
        partial.testAccuracy.reset();
        writeInterrupted(m_runs / "20240501-120000-mlp.part", partial);
        QCOMPARE(deleteRun(m_runs / "20240501-120000-mlp.part/").outcome, RunDeletion::Outcome::Deleted);
        QVERIFY(!fs::exists(m_runs / "20240501-120000-mlp.part"));
        const fs::path precious = m_runs.parent_path() / "precious";
        fs::create_directories(precious);
        std::ofstream(precious / "keep.txt") << "x";
        QCOMPARE(deleteRun(precious).outcome, RunDeletion::Outcome::NotARun);
        QVERIFY(fs::exists(precious / "keep.txt"));
    }

    void cellDigitsOfAnOlderRunWithoutDetails()
    {
        const MnistData data = smallData();
        const RunResult r = evaluatedOnSmallData();
        // No cell: every mistake, the most common confusion (4 -> 9, twice) first, then in the run's order.
        const CellDigits all = cellDigits(r, data);
        QCOMPARE(int(all.kind), int(CellDigits::Kind::AllMistakes));
        QCOMPARE(positions(all), (std::vector<int>{4, 14, 7, 3}));
        QCOMPARE(all.expected, 4);
        QCOMPARE(all.testPartSize, 20);
        QCOMPARE(all.digits[0].global, 30 + 4); // the standard split's test part follows the 30 training digits
        QCOMPARE(all.digits[0].label, 4);
        QCOMPARE(all.digits[0].predicted, 9);
        QVERIFY(!all.digits[0].detail);

        const CellDigits fours = cellDigits(r, data, 4, 9);
        QCOMPARE(int(fours.kind), int(CellDigits::Kind::Confused));
        QCOMPARE(positions(fours), (std::vector<int>{4, 14}));
        QCOMPARE(fours.expected, 2);
        // A diagonal cell: the digits classified right (the 7 at position 7 was not), in test order.
        const CellDigits sevens = cellDigits(r, data, 7, 7);
        QCOMPARE(int(sevens.kind), int(CellDigits::Kind::Right));
        QCOMPARE(positions(sevens), (std::vector<int>{17}));
        QCOMPARE(sevens.digits[0].predicted, 7);
        QCOMPARE(sevens.expected, 1);
        const CellDigits empty = cellDigits(r, data, 2, 5);
        QVERIFY(empty.digits.empty());
        QCOMPARE(empty.expected, 0);
    }

    void cellDigitsWithDetailsComeWorstFirst()
    {
        const MnistData data = smallData();
        RunResult r = evaluatedOnSmallData();
        r.testDetails = {keptDetail(14, 4, 9, 2.5f), keptDetail(3, 3, 9, 2.0f), keptDetail(4, 4, 9, 1.5f), keptDetail(7, 7, 1, 1.0f),
                         keptDetail(17, 7, 7, 0.9f), keptDetail(2, 2, 2, 0.8f)};
        const CellDigits top = cellDigits(r, data);
        QCOMPARE(int(top.kind), int(CellDigits::Kind::TopLosses));
        QCOMPARE(positions(top), (std::vector<int>{14, 3, 4, 7, 17, 2}));
        QCOMPARE(top.expected, 6);
        QVERIFY(top.digits[0].detail && top.digits[0].detail->loss == 2.5f);
        QCOMPARE(top.digits[5].predicted, 2);

        QCOMPARE(positions(cellDigits(r, data, 4, 9)), (std::vector<int>{14, 4})); // by loss, not test order
        // Right answers with a kept loss first (least sure first), the others after them in test order.
        r.testDetails.push_back(keptDetail(12, 2, 2, 1.2f));
        QCOMPARE(positions(cellDigits(r, data, 2, 2)), (std::vector<int>{12, 2}));
        QCOMPARE(positions(cellDigits(r, data, 7, 7)), (std::vector<int>{17}));
        QCOMPARE(positions(cellDigits(r, data, 0, 0)), (std::vector<int>{0, 10}));
    }

    void cellDigitsNeedTheRunsTestPart()
    {
        const MnistData data = smallData();
        RunResult r = evaluatedOnSmallData();
        r.confusionMatrix[0][0] += 5; // the run evaluated 25 digits: not this dataset's test part
        const CellDigits other = cellDigits(r, data, 4, 9);
        QCOMPARE(int(other.kind), int(CellDigits::Kind::OtherTestPart));
        QVERIFY(other.digits.empty());
        QCOMPARE(other.expected, 25);
        QCOMPARE(other.testPartSize, 20);
        // The tutorial split needs more than its 5,000 test digits: this dataset cannot be split so.
        r = evaluatedOnSmallData();
        r.config.split = SplitKind::Tutorial;
        QVERIFY_THROWS_EXCEPTION(UsageError, cellDigits(r, data));
    }

    void runDatasetFolderFallsBackToTheCatalog()
    {
        qputenv("MNIST_WORKBENCH_DATA_DIR", m_dir->path().toUtf8());
        const fs::path mnist = fs::path(m_dir->path().toStdString()) / "datasets" / "mnist";
        mw::test::writeSmallDataset(mnist);
        RunResult r = smallRun("mlp");
        r.config.dataset = mnist.string();
        QCOMPARE(runDatasetFolder(r), mnist);
        r.config.dataset = "/nowhere/mnist"; // moved, or a run from another machine: found by name
        r.dataset = "MNIST";
        QCOMPARE(runDatasetFolder(r), mnist);
        r.dataset = "no such dataset";
        QVERIFY(runDatasetFolder(r).empty());
        qunsetenv("MNIST_WORKBENCH_DATA_DIR");
    }
};

QTEST_APPLESS_MAIN(TstRunStore)
#include "tst_runstore.moc"
