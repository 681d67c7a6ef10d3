// The Results page, offscreen: runs written into a run store show up after start (a damaged one is skipped with a
// message), sort, carry the engine's McNemar p-values, export as CSV/JSON and figures, delete after a question,
// and their confusion cells list the right real MNIST test digits (with the model's probabilities; the top losses
// when no cell is chosen); a past run's learning curves come back with it.
#include "guisupport.h"
#include "mainwindow.h"
#include "pages/resultspage.h"
#include "testsupport.h"
#include "training/mcnemar.h"
#include "training/runstore.h"
#include "widgets/confusionmatrixview.h"
#include "widgets/curveplot.h"
#include "widgets/figureexport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QThreadPool>

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <set>

using namespace mw::app;
using namespace mw::core;

namespace {

struct Mistake {
    int position;
    int predicted;
};

// Positions of the MNIST test part with a given label, from the real labels.
std::vector<int> positionsOf(const std::vector<int> &labels, int digit, int count, int skip = 0)
{
    std::vector<int> out;
    for (int pos = 0; pos < int(labels.size()) && int(out.size()) < count; ++pos)
        if (labels[std::size_t(pos)] == digit && skip-- <= 0)
            out.push_back(pos);
    return out;
}

} // namespace

class TstGuiResults : public QObject {
    Q_OBJECT

    std::filesystem::path m_mnist;                // captured before tests point the data folder elsewhere
    std::map<SplitKind, std::vector<int>> m_labels; // test-part labels per split
    std::unique_ptr<QTemporaryDir> m_dataDir;
    std::filesystem::path m_runs;

    // A run as the trainer would report it, consistent with the real test labels: its matrix counts every digit.
    RunResult makeRun(const std::string &model, SplitKind split, const std::vector<Mistake> &mistakes,
                      double headSeconds, double finetuneSeconds, int headEpochs, int finetuneEpochs) const
    {
        const auto &labels = m_labels.at(split);
        RunResult r;
        r.model = model;
        r.dataset = "MNIST";
        r.split = toString(split);
        r.device = "cpu";
        r.threads = 2;
        r.config.model.name = model;
        r.config.dataset = m_mnist.string();
        r.config.split = split;
        r.config.trainLimit = 1000;
        for (std::size_t i = 0; i < labels.size(); ++i)
            ++r.confusionMatrix[std::size_t(labels[i])][std::size_t(labels[i])];
        for (const auto &m : mistakes) {
            const int truth = labels[std::size_t(m.position)];
            --r.confusionMatrix[std::size_t(truth)][std::size_t(truth)];
            ++r.confusionMatrix[std::size_t(truth)][std::size_t(m.predicted)];
            r.misclassified.push_back(m.position);
            r.misclassifiedPredicted.push_back(m.predicted);
        }
        r.testAccuracy = 1.0 - double(mistakes.size()) / double(labels.size());
        r.testLoss = 0.05 + 0.001 * double(mistakes.size());
        if (finetuneEpochs > 0) {
            r.phases.push_back({PhaseName::Head, headEpochs, headEpochs, headSeconds, "max_epochs"});
            r.phases.push_back({PhaseName::Finetune, finetuneEpochs, headEpochs + finetuneEpochs, finetuneSeconds, "patience"});
            r.boundaryEpoch = headEpochs;
            r.parameters = {11'000'000, 75'000, 10'900'000};
        } else {
            r.phases.push_back({PhaseName::Train, headEpochs, headEpochs, headSeconds, "max_epochs"});
            r.parameters = {600'000, 600'000, 0};
        }
        for (int e = 1; e <= headEpochs + finetuneEpochs; ++e)
            r.epochs.push_back({e, e <= headEpochs ? (finetuneEpochs ? PhaseName::Head : PhaseName::Train) : PhaseName::Finetune,
                                0.5, 0.9, 0.4, 0.92, 1.0});
        r.secondsTotal = headSeconds + finetuneSeconds + 3.0;
        return r;
    }

    // Written by the engine's own RunStore, with the split sizes the trainer records.
    std::filesystem::path store(RunResult r, const std::string &folderName, int trainDigits = 1000) const
    {
        const auto dir = m_runs / folderName;
        RunStore runStore(dir);
        runStore.log("model " + r.model + " @28x28, 1 parameters; weights: random init");
        r.splitSizes = SplitSizes{trainDigits, 5000, ResultsTableModel::testSize(r)};
        runStore.finish(r);
        return dir;
    }

    RunResult runA() const // smallcnn: 30 fours taken for nines, 20 sevens for ones
    {
        std::vector<Mistake> m;
        for (int pos : positionsOf(m_labels.at(SplitKind::Standard), 4, 30))
            m.push_back({pos, 9});
        for (int pos : positionsOf(m_labels.at(SplitKind::Standard), 7, 20))
            m.push_back({pos, 1});
        return makeRun("smallcnn", SplitKind::Standard, m, 20.0, 0, 10, 0);
    }
    RunResult runB() const // mlp: shares 10 of A's fours, adds 90 threes taken for fives
    {
        std::vector<Mistake> m;
        for (int pos : positionsOf(m_labels.at(SplitKind::Standard), 4, 10))
            m.push_back({pos, 9});
        for (int pos : positionsOf(m_labels.at(SplitKind::Standard), 3, 90))
            m.push_back({pos, 5});
        return makeRun("mlp", SplitKind::Standard, m, 5.0, 0, 8, 0);
    }
    RunResult runC() const // resnet18 on the tutorial split: not comparable with the others
    {
        std::vector<Mistake> m;
        for (int pos : positionsOf(m_labels.at(SplitKind::Tutorial), 2, 25))
            m.push_back({pos, 7});
        return makeRun("resnet18", SplitKind::Tutorial, m, 30.0, 90.0, 5, 3);
    }

    static bool waitListed(ResultsPage *page)
    {
        return QTest::qWaitFor([page] { return !page->isLoading(); }, 20000);
    }

    static QMessageBox *waitForBox(QWidget *parent, const QString &name)
    {
        QMessageBox *box = nullptr;
        const bool shown =
            QTest::qWaitFor([&] { return (box = parent->findChild<QMessageBox *>(name)) && box->isVisible(); }, 5000);
        return shown ? box : nullptr;
    }

    static QString cell(const ResultsPage *page, int row, int column)
    {
        return page->runs().index(row, column).data().toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        MW_REQUIRE_MNIST();
        m_mnist = mw::test::mnistFolder();
        const Dataset mnist = loadDataset(m_mnist);
        for (SplitKind kind : {SplitKind::Standard, SplitKind::Tutorial}) {
            SplitOptions options;
            options.kind = kind;
            for (int global : makeSplit(mnist.data, options).test)
                m_labels[kind].push_back(mnist.data.label(global));
        }
    }

    void init()
    {
        m_dataDir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dataDir->isValid());
        qputenv("MNIST_WORKBENCH_DATA_DIR", m_dataDir->path().toUtf8());
        m_runs = appDataDir() / "runs";
        QCOMPARE(QString::fromStdString(m_runs.parent_path().string()), m_dataDir->path());
        std::filesystem::create_directories(m_runs);
    }

    void cleanup() { qunsetenv("MNIST_WORKBENCH_DATA_DIR"); }

    void storedRunsAppearAfterStart()
    {
        const auto dirA = store(runA(), "20240501-100000-smallcnn", 1000);
        store(runB(), "20240501-110000-mlp", 2000);
        store(runC(), "20240501-120000-resnet18", 3000);
        std::filesystem::create_directories(m_runs / "20240501-123000-vgg16.part"); // still running: not a result
        std::filesystem::create_directories(m_runs / "20240501-130000-broken");
        mw::test::writeFile(m_runs / "20240501-130000-broken" / "result.json", {'{', ' ', 'n', 'o'});
        std::filesystem::create_directories(m_runs / "20240501-140000-nokey");
        {
            auto json = toJson(runA());
            json.erase("confusion_matrix");
            std::ofstream(m_runs / "20240501-140000-nokey" / "result.json") << json.dump();
        }

        MainWindow window;
        ResultsPage *page = window.resultsPage();
        QVERIFY(page);
        QCOMPARE(page->runsFolder(), QString::fromStdString(m_runs.string()));
        QVERIFY(waitListed(page));
        QAbstractItemModelTester tester(const_cast<ResultsTableModel *>(&page->runs()),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(const_cast<QSortFilterProxyModel *>(&page->sortedRuns()),
                                             QAbstractItemModelTester::FailureReportingMode::QtTest);

        // Three good runs in folder (= time) order; the damaged two are skipped, each with a reason.
        QCOMPARE(page->runs().rowCount(), 3);
        QCOMPARE(cell(page, 0, ResultsTableModel::ModelColumn), QStringLiteral("smallcnn"));
        QCOMPARE(cell(page, 0, ResultsTableModel::AccuracyColumn), QStringLiteral("99.50 %"));
        QCOMPARE(cell(page, 1, ResultsTableModel::AccuracyColumn), QStringLiteral("99.00 %"));
        QCOMPARE(cell(page, 2, ResultsTableModel::AccuracyColumn), QStringLiteral("99.50 %")); // 25 of 5,000
        QCOMPARE(cell(page, 2, ResultsTableModel::EpochsColumn), QStringLiteral("5 + 3"));
        QCOMPARE(cell(page, 2, ResultsTableModel::FinetuneTimeColumn), QStringLiteral("1 min 30 s"));
        QCOMPARE(page->runs().run(0).dir, QString::fromStdString(dirA.string()));
        QCOMPARE(page->problems().size(), 2);
        auto *status = page->findChild<QLabel *>(QStringLiteral("statusLabel"));
        QVERIFY(status->text().contains(QStringLiteral("skipped 2")));
        QVERIFY2(status->toolTip().contains(QStringLiteral("20240501-130000-broken/result.json: not valid JSON")),
                 qPrintable(status->toolTip()));
        QVERIFY2(status->toolTip().contains(QStringLiteral("confusion_matrix")), qPrintable(status->toolTip()));

        // Images per second: training digits (from the result) x epochs / training seconds.
        QCOMPARE(page->runs().index(0, ResultsTableModel::ImagesPerSecondColumn).data(ResultsTableModel::SortRole).toDouble(),
                 1000.0 * 10 / 20.0);
        QCOMPARE(page->runs().index(2, ResultsTableModel::ImagesPerSecondColumn).data(ResultsTableModel::SortRole).toDouble(),
                 3000.0 * 8 / 120.0);
        QVERIFY(page->runs().index(0, ResultsTableModel::ImagesPerSecondColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("1000 training digits × 10 epochs")));

        // Sorting goes through the proxy with numeric values, not the display text.
        auto *table = page->findChild<QTableView *>(QStringLiteral("runsTable"));
        table->sortByColumn(ResultsTableModel::TotalTimeColumn, Qt::DescendingOrder);
        const auto &proxy = page->sortedRuns();
        auto sortedModels = [&] {
            QStringList models;
            for (int i = 0; i < proxy.rowCount(); ++i)
                models << proxy.index(i, ResultsTableModel::ModelColumn).data().toString();
            return models;
        };
        QCOMPARE(sortedModels(), (QStringList{QStringLiteral("resnet18"), QStringLiteral("smallcnn"), QStringLiteral("mlp")}));
        table->sortByColumn(ResultsTableModel::ImagesPerSecondColumn, Qt::AscendingOrder); // 200, 500, 3200
        QCOMPARE(sortedModels(), (QStringList{QStringLiteral("resnet18"), QStringLiteral("smallcnn"), QStringLiteral("mlp")}));
        // The charts follow the table's order.
        auto *runtime = page->findChild<RunBarChart *>(QStringLiteral("runtimeChart"));
        QCOMPARE(runtime->runs().size(), std::size_t(3));
        QCOMPARE(runtime->runs()[2].label, QStringLiteral("mlp"));
        QCOMPARE(runtime->runs()[0].finetuneSeconds, 90.0);

        // McNemar: the most accurate run is the reference at first (smallcnn, the first of two at 99.50 %);
        // the p-value is the engine's; the tutorial-split run cannot be compared.
        QCOMPARE(page->runs().referenceDir(), QString::fromStdString(dirA.string()));
        QCOMPARE(cell(page, 0, ResultsTableModel::McNemarColumn), QStringLiteral("reference"));
        const McNemarResult ab = mcnemarTest(runB().misclassified, runA().misclassified);
        QCOMPARE(ab.onlyFirstWrong, 90);
        QCOMPARE(ab.onlySecondWrong, 40);
        QCOMPARE(cell(page, 1, ResultsTableModel::McNemarColumn),
                 ab.pValue < 1e-4 ? QStringLiteral("< 0.0001") : QString::number(ab.pValue, 'f', 4));
        QCOMPARE(page->runs().index(1, ResultsTableModel::McNemarColumn).data(ResultsTableModel::SortRole).toDouble(),
                 ab.pValue);
        QCOMPARE(cell(page, 2, ResultsTableModel::McNemarColumn), QStringLiteral("n/a"));
        QVERIFY(page->runs().index(2, ResultsTableModel::McNemarColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("Different splits")));

        // Another reference, picked in the combo box: the column follows.
        auto *combo = page->findChild<QComboBox *>(QStringLiteral("referenceCombo"));
        QCOMPARE(combo->count(), 3);
        combo->setCurrentIndex(1);
        Q_EMIT combo->activated(1);
        QCOMPARE(page->runs().referenceDir(), page->runs().run(1).dir);
        QCOMPARE(cell(page, 1, ResultsTableModel::McNemarColumn), QStringLiteral("reference"));
        QCOMPARE(page->runs().index(0, ResultsTableModel::McNemarColumn).data(ResultsTableModel::SortRole).toDouble(),
                 mcnemarTest(runA().misclassified, runB().misclassified).pValue);
    }

    void exportsTableAndFigures()
    {
        store(runA(), "20240501-100000-smallcnn");
        store(runB(), "20240501-110000-mlp", 2000);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ResultsPage *page = window.resultsPage();
        QVERIFY(waitListed(page));
        QCOMPARE(page->runs().rowCount(), 2);
        page->findChild<QTableView *>(QStringLiteral("runsTable"))
            ->sortByColumn(ResultsTableModel::AccuracyColumn, Qt::AscendingOrder);

        QTemporaryDir out;
        const QString csvPath = out.filePath(QStringLiteral("results.csv"));
        QCOMPARE(page->exportTable(csvPath), QString());
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(csv.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        const QStringList header = lines[0].split(QLatin1Char(','));
        auto field = [&](int line, const char *name) {
            return lines[line].split(QLatin1Char(','))[header.indexOf(QLatin1String(name))];
        };
        // In the table's order: mlp (99.00 %) before smallcnn (99.50 %), with raw numbers.
        QCOMPARE(field(1, "model"), QStringLiteral("mlp"));
        QCOMPARE(field(1, "test_accuracy").toDouble(), 0.99);
        QCOMPARE(field(2, "model"), QStringLiteral("smallcnn"));
        QCOMPARE(field(2, "test_accuracy").toDouble(), 0.995);
        QCOMPARE(field(1, "epochs_train"), QStringLiteral("8"));
        QCOMPARE(field(1, "epochs_head"), QString());
        QCOMPARE(field(1, "train_digits"), QStringLiteral("2000"));
        QCOMPARE(field(1, "images_per_second").toDouble(), 2000.0 * 8 / 5.0);
        QCOMPARE(field(1, "mcnemar_reference"), QStringLiteral("smallcnn"));
        QCOMPARE(field(1, "mcnemar_p").toDouble(), mcnemarTest(runB().misclassified, runA().misclassified).pValue);
        QCOMPARE(field(2, "mcnemar_p"), QString()); // the reference itself

        const QString jsonPath = out.filePath(QStringLiteral("results.json"));
        QCOMPARE(page->exportTable(jsonPath), QString());
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        const QJsonArray runs = QJsonDocument::fromJson(jsonFile.readAll()).array();
        QCOMPARE(runs.size(), 2);
        const QJsonObject mlp = runs[0].toObject();
        QCOMPARE(mlp[QStringLiteral("model")].toString(), QStringLiteral("mlp"));
        QCOMPARE(mlp[QStringLiteral("test_digits")].toInt(), 10000);
        QCOMPARE(mlp[QStringLiteral("misclassified")].toInt(), 100);
        QCOMPARE(mlp[QStringLiteral("epochs")].toObject()[QStringLiteral("train")].toInt(), 8);
        QCOMPARE(mlp[QStringLiteral("mcnemar")].toObject()[QStringLiteral("only_this_wrong")].toInt(), 90);
        QCOMPARE(mlp[QStringLiteral("mcnemar")].toObject()[QStringLiteral("only_reference_wrong")].toInt(), 40);
        QVERIFY(!page->exportTable(out.filePath(QStringLiteral("results.xlsx"))).isEmpty());

        // Every figure in every format it offers.
        page->selectRun(0);
        for (const QString &figure : {QStringLiteral("runtime"), QStringLiteral("accuracy"), QStringLiteral("confusion")}) {
            for (const QString &format : figureFormats()) {
                const QString path = out.filePath(figure + QLatin1Char('.') + format);
                QCOMPARE(page->exportFigure(figure, path), QString());
                QFile file(path);
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                if (format == QLatin1String("png")) {
                    QImage image;
                    QVERIFY(image.loadFromData(bytes, "PNG"));
                    QVERIFY(image.width() > 100 && image.height() > 100);
                } else if (format == QLatin1String("pdf")) {
                    QVERIFY(bytes.startsWith("%PDF"));
                } else {
                    QVERIFY(bytes.contains("<svg"));
                    QVERIFY(bytes.size() > 2000); // drawn, not an empty canvas
                }
            }
        }
        QVERIFY(!page->exportFigure(QStringLiteral("runtime"), out.filePath(QStringLiteral("chart.bmp"))).isEmpty());
    }

    void deleteAsksThenRemovesTheFolder()
    {
        const auto dirA = store(runA(), "20240501-100000-smallcnn");
        const auto dirB = store(runB(), "20240501-110000-mlp");
        MainWindow window;
        window.show();
        ResultsPage *page = window.resultsPage();
        QVERIFY(waitListed(page));
        QCOMPARE(page->runs().rowCount(), 2);
        QSignalSpy deleted(page, &ResultsPage::runDeleted);

        page->selectRun(page->runs().rowOfDir(QString::fromStdString(dirB.string())));
        page->deleteSelectedRun();
        QMessageBox *box = waitForBox(page, QStringLiteral("deleteRunDialog"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("mlp")));
        box->button(QMessageBox::Cancel)->click();
        QTRY_VERIFY(!page->findChild<QMessageBox *>(QStringLiteral("deleteRunDialog")));
        QVERIFY(std::filesystem::exists(dirB));
        QCOMPARE(page->runs().rowCount(), 2);

        page->deleteSelectedRun();
        box = waitForBox(page, QStringLiteral("deleteRunDialog"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(deleted.size(), 1);
        QCOMPARE(deleted.first().first().toString(), QString::fromStdString(dirB.string()));
        QVERIFY(!std::filesystem::exists(dirB));
        QVERIFY(std::filesystem::exists(dirA));
        QCOMPARE(page->runs().rowCount(), 1);
        QCOMPARE(cell(page, 0, ResultsTableModel::ModelColumn), QStringLiteral("smallcnn"));
        // Nothing is left under another name either, and a reload agrees.
        QCOMPARE(int(std::distance(std::filesystem::directory_iterator(m_runs), {})), 1);
        page->reloadRuns();
        QVERIFY(waitListed(page));
        QCOMPARE(page->runs().rowCount(), 1);

        // A folder that is not a run (no result.json) is never deleted, whatever the table was told.
        const auto notARun = m_runs.parent_path() / "precious";
        std::filesystem::create_directories(notARun);
        mw::test::writeFile(notARun / "keep.txt", {'x'});
        page->addRun(runB(), QString::fromStdString(notARun.string()));
        page->selectRun(page->runs().rowOfDir(QString::fromStdString(notARun.string())));
        page->deleteSelectedRun();
        box = waitForBox(page, QStringLiteral("deleteRunDialog"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QMessageBox *error = waitForBox(page, QStringLiteral("deleteErrorDialog"));
        QVERIFY(error);
        QVERIFY(error->text().contains(QStringLiteral("not a run folder")));
        error->close();
        QVERIFY(std::filesystem::exists(notARun / "keep.txt"));
        QCOMPARE(page->runs().rowCount(), 2);
    }

    void interruptedRunIsListedToResumeOrDelete()
    {
        // What a killed program leaves: a .part folder with its log and its last resume state. One nobody holds is
        // listed (cancelled, saying why) for Resume run or Delete; one a running program holds is not.
        const auto interrupted = [&](const std::string &name) {
            const auto dir = m_runs / name;
            std::filesystem::create_directories(dir);
            std::ofstream(dir / RunStore::kLogFile) << "model mlp @28x28\n";
            std::ofstream(dir / RunStore::kResumeFile) << "tensors"; // only looked at when resumed
            RunResult partial = runB();
            partial.testAccuracy.reset();
            partial.testLoss.reset();
            std::ofstream(dir / RunStore::kResumeInfoFile)
                << nlohmann::json{{"version", 1}, {"config", toJson(partial.config)}, {"result", toJson(partial)}}.dump();
            return dir;
        };
        const auto left = interrupted("20240501-150000-mlp.part");
        const auto live = interrupted("20240501-160000-mlp.part");
        const int held = ::open((live / RunStore::kLogFile).c_str(), O_RDONLY);
        QVERIFY(held >= 0 && ::flock(held, LOCK_EX | LOCK_NB) == 0); // as an open RunStore holds it
        QVERIFY(RunStore::inUse(live) && !RunStore::inUse(left));

        MainWindow window;
        window.show();
        ResultsPage *page = window.resultsPage();
        QVERIFY(waitListed(page));
        QCOMPARE(page->runs().rowCount(), 1);
        const int row = page->runs().rowOfDir(QString::fromStdString(left.string()));
        QVERIFY(row >= 0);
        const RunResult listed = page->runs().run(row).result;
        QVERIFY(listed.cancelled && !listed.testAccuracy);
        QVERIFY(!listed.warnings.empty() && listed.warnings.back().find("interrupted") != std::string::npos);
        page->selectRun(row);
        QVERIFY(mw::test::child<QPushButton>(page, "resumeRunButton")->isEnabled());

        page->deleteSelectedRun();
        QMessageBox *box = waitForBox(page, QStringLiteral("deleteRunDialog"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(!std::filesystem::exists(left));
        QCOMPARE(page->runs().rowCount(), 0);
        QVERIFY(!mw::test::child<QPushButton>(page, "resumeRunButton")->isEnabled());

        // The held one is not a result and is never deleted while held.
        page->addRun(listed, QString::fromStdString(live.string()));
        page->selectRun(page->runs().rowOfDir(QString::fromStdString(live.string())));
        page->deleteSelectedRun();
        box = waitForBox(page, QStringLiteral("deleteRunDialog"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QMessageBox *error = waitForBox(page, QStringLiteral("deleteErrorDialog"));
        QVERIFY(error && error->text().contains(QStringLiteral("training")));
        error->close();
        QVERIFY(std::filesystem::exists(live / RunStore::kResumeInfoFile));
        ::close(held);
    }

    void clickingACellListsItsTestDigits()
    {
        const auto dirA = store(runA(), "20240501-100000-smallcnn");
        store(runC(), "20240501-120000-resnet18");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.findChild<QTabWidget *>()->setCurrentWidget(window.resultsPage());
        ResultsPage *page = window.resultsPage();
        QVERIFY(waitListed(page));
        QSignalSpy shown(page, &ResultsPage::cellDigitsShown);
        page->selectRun(page->runs().rowOfDir(QString::fromStdString(dirA.string())));
        auto *view = page->findChild<ConfusionMatrixView *>(QStringLiteral("confusionView"));
        QVERIFY(view->hasMatrix());
        QCOMPARE(view->matrix()[4][9], 30);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoadingDigits(), 20000); // MNIST loads on the pool once
        QCOMPARE(page->cellDigits().rowCount(), 50);               // every mistake, before any cell is chosen

        QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(4, 9).center());
        QCOMPARE(view->selectedTrue(), 4);
        QCOMPARE(view->selectedPredicted(), 9);
        const auto expected = positionsOf(m_labels.at(SplitKind::Standard), 4, 30);
        const TestDigitsModel &digits = page->cellDigits();
        QCOMPARE(digits.rowCount(), 30);
        std::set<int> positions;
        const Dataset mnist = loadDataset(m_mnist);
        for (int row = 0; row < digits.rowCount(); ++row) {
            const QModelIndex index = digits.index(row);
            positions.insert(index.data(TestDigitsModel::PositionRole).toInt());
            QCOMPARE(index.data(TestDigitsModel::LabelRole).toInt(), 4);
            QCOMPARE(index.data(TestDigitsModel::PredictedRole).toInt(), 9);
            QCOMPARE(index.data(Qt::DisplayRole).toString(), QStringLiteral("4→9"));
            // The picture is the dataset's own test digit at that position.
            const int global = index.data(TestDigitsModel::GlobalIndexRole).toInt();
            QCOMPARE(global, mnist.data.train.count + index.data(TestDigitsModel::PositionRole).toInt());
            const QImage image = index.data(TestDigitsModel::ImageRole).value<QImage>();
            QCOMPARE(image.size(), QSize(28, 28));
            QCOMPARE(image.pixel(14, 14), QColor::fromRgb(mnist.data.image(global)[14 * 28 + 14],
                                                          mnist.data.image(global)[14 * 28 + 14],
                                                          mnist.data.image(global)[14 * 28 + 14]).rgb());
        }
        QCOMPARE(positions, std::set<int>(expected.begin(), expected.end()));
        auto *label = page->findChild<QLabel *>(QStringLiteral("cellLabel"));
        QVERIFY2(label->text().startsWith(QStringLiteral("30 test digits 4 taken for 9")), qPrintable(label->text()));

        // A diagonal cell: the digits classified right (every 7 but the 20 taken for ones).
        QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(7, 7).center());
        QCOMPARE(digits.rowCount(), view->matrix()[7][7]);
        for (int row = 0; row < digits.rowCount(); row += 97)
            QCOMPARE(digits.index(row).data(TestDigitsModel::LabelRole).toInt(), 7);

        // The tutorial-split run counts positions in its own test part (the last 5,000 digits).
        page->selectRun(page->runs().rowOfDir(page->runs().run(1).dir));
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoadingDigits(), 20000);
        QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(2, 7).center());
        QCOMPARE(digits.rowCount(), 25);
        for (int row = 0; row < digits.rowCount(); ++row) {
            const QModelIndex index = digits.index(row);
            QCOMPARE(index.data(TestDigitsModel::LabelRole).toInt(), 2);
            QCOMPARE(index.data(TestDigitsModel::GlobalIndexRole).toInt(),
                     mnist.data.total() - 5000 + index.data(TestDigitsModel::PositionRole).toInt());
        }
        QVERIFY(shown.size() >= 4);
    }

    void pastRunKeepsItsCurvesAndTopLosses()
    {
        // The tutorial-split ResNet18 run (5 head + 3 fine-tune epochs), with the probabilities a newer trainer
        // keeps: its 25 mistakes (2 taken for 7, the later ones surer) and 5 right answers it was unsure of.
        RunResult r = runC();
        const auto &labels = m_labels.at(SplitKind::Tutorial);
        auto detail = [](int index, int label, int predicted, float pPredicted, float pLabel) {
            TestDigitDetail d{index, label, predicted, 0, {}};
            const float rest = (1.0f - pPredicted - (label == predicted ? 0 : pLabel)) / (label == predicted ? 9 : 8);
            d.probabilities.fill(rest);
            d.probabilities[std::size_t(predicted)] = pPredicted;
            if (label != predicted)
                d.probabilities[std::size_t(label)] = pLabel;
            d.loss = -std::log(d.probabilities[std::size_t(label)]);
            return d;
        };
        for (std::size_t i = 0; i < r.misclassified.size(); ++i)
            r.testDetails.push_back(detail(r.misclassified[i], 2, 7, 0.5f + 0.015f * float(i), 0.2f - 0.005f * float(i)));
        for (int pos : positionsOf(labels, 3, 5))
            r.testDetails.push_back(detail(pos, 3, 3, 0.45f, 0.45f));
        const auto dir = store(r, "20240501-120000-resnet18");

        MainWindow window; // a restart: everything comes from result.json
        window.show();
        ResultsPage *page = window.resultsPage();
        QVERIFY(waitListed(page));
        page->selectRun(page->runs().rowOfDir(QString::fromStdString(dir.string())));
        auto *curves = page->findChild<CurvePlot *>(QStringLiteral("curvesPlot"));
        QVERIFY(curves);
        QCOMPARE(curves->epochPointCount(0), 8);
        QCOMPARE(curves->boundaryX(0).value_or(-1), 5.5); // the fine-tune marker after the 5 head epochs
        QCOMPARE(curves->bestEpochs(0), (QList<int>{5, 8}));
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("curves.png"));
        QCOMPARE(page->exportFigure(QStringLiteral("curves"), png), QString());
        QVERIFY(QImage(png).width() > 100);

        // No cell chosen: the top losses, worst first, each with the model's confidence.
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoadingDigits(), 20000);
        const TestDigitsModel &digits = page->cellDigits();
        QCOMPARE(digits.rowCount(), 30);
        double previous = std::numeric_limits<double>::infinity();
        for (int row = 0; row < digits.rowCount(); ++row) {
            const QModelIndex index = digits.index(row);
            const double loss = index.data(TestDigitsModel::LossRole).toDouble();
            QVERIFY(loss <= previous);
            previous = loss;
            QVERIFY(index.data(Qt::ToolTipRole).toString().contains(QStringLiteral("loss")));
        }
        const QModelIndex worst = digits.index(0);
        QCOMPARE(worst.data(TestDigitsModel::PositionRole).toInt(), r.misclassified.back()); // the surest mistake
        QCOMPARE(worst.data(Qt::DisplayRole).toString(), QStringLiteral("2→7"));
        QCOMPARE(worst.data(DigitDelegate::CornerTextRole).toString(), QStringLiteral("86%"));
        QCOMPARE(digits.index(29).data(Qt::DisplayRole).toString(), QStringLiteral("3"));
        QCOMPARE(digits.index(29).data(DigitDelegate::CornerTextRole).toString(), QStringLiteral("45%")); // right, unsure
        auto *label = page->findChild<QLabel *>(QStringLiteral("cellLabel"));
        QVERIFY2(label->text().startsWith(QStringLiteral("Top losses")), qPrintable(label->text()));

        // A cell's digits come worst first too.
        auto *view = page->findChild<ConfusionMatrixView *>(QStringLiteral("confusionView"));
        QTest::mouseClick(view, Qt::LeftButton, {}, view->cellRect(2, 7).center());
        QCOMPARE(digits.rowCount(), 25);
        QCOMPARE(digits.index(0).data(TestDigitsModel::PositionRole).toInt(), r.misclassified.back());
        QCOMPARE(digits.index(24).data(TestDigitsModel::PositionRole).toInt(), r.misclassified.front());
    }

    void addRunWorksStandalone()
    {
        // The slot the run queue calls, on a page of its own: no MainWindow, an empty store.
        QThreadPool pool;
        {
            ResultsPage page(&pool);
            QVERIFY(waitListed(&page));
            QCOMPARE(page.runs().rowCount(), 0);
            QSignalSpy shown(&page, &ResultsPage::cellDigitsShown);
            const auto dir = store(runB(), "20240501-110000-mlp", 2000);
            page.addRun(loadRunResult(dir), QString::fromStdString(dir.string()));
            QCOMPARE(page.runs().rowCount(), 1);
            QCOMPARE(page.selectedRun(), 0);
            QCOMPARE(cell(&page, 0, ResultsTableModel::AccuracyColumn), QStringLiteral("99.00 %"));
            QCOMPARE(page.runs().run(0).result.splitSizes->train, 2000);
            QCOMPARE(cell(&page, 0, ResultsTableModel::McNemarColumn), QStringLiteral("reference"));
            QVERIFY(page.findChild<ConfusionMatrixView *>(QStringLiteral("confusionView"))->hasMatrix());
            // The same folder again replaces its row.
            page.addRun(runB(), QString::fromStdString(dir.string()));
            QCOMPARE(page.runs().rowCount(), 1);
            // A run without a folder (cancelled before the test digits) shows, with n/a figures.
            RunResult cancelled = runA();
            cancelled.testAccuracy.reset();
            cancelled.testLoss.reset();
            cancelled.cancelled = true;
            page.addRun(cancelled, {});
            QCOMPARE(page.runs().rowCount(), 2);
            QCOMPARE(cell(&page, 1, ResultsTableModel::AccuracyColumn), QStringLiteral("n/a"));
            QCOMPARE(cell(&page, 1, ResultsTableModel::McNemarColumn), QStringLiteral("n/a"));
            QVERIFY(page.runs().index(1, ResultsTableModel::McNemarColumn).data(Qt::ToolTipRole).toString().contains(
                QStringLiteral("cancelled")));
            page.selectRun(1);
            QVERIFY(!page.findChild<ConfusionMatrixView *>(QStringLiteral("confusionView"))->hasMatrix());
            QTRY_VERIFY_WITH_TIMEOUT(!page.isLoadingDigits(), 20000);
        }
        pool.waitForDone();
    }

    void mcnemarColumnAsksTheEngine()
    {
        // The table used to pair runs on shifted digits with unshifted ones (it looked at dataset, split and test size
        // only); the engine's rule (mw::core::whyNotComparable) refuses, and the table says why. How a run trained
        // (seed, train_limit) does not matter, as before.
        const auto dirA = store(runA(), "20240501-100000-smallcnn");
        RunResult reseeded = runB();
        reseeded.seed = reseeded.config.seed = 9;
        reseeded.config.trainLimit = 0;
        store(reseeded, "20240501-110000-mlp");
        RunResult shifted = runB();
        shifted.model = shifted.config.model.name = "mlp-shifted";
        shifted.config.shiftCanvas = 48;
        store(shifted, "20240501-120000-mlp");
        QThreadPool pool;
        {
            ResultsPage page(&pool);
            QVERIFY(waitListed(&page));
            QCOMPARE(page.runs().rowCount(), 3);
            page.setReference(page.runs().rowOfDir(QString::fromStdString(dirA.string())));
            QCOMPARE(page.runs().index(1, ResultsTableModel::McNemarColumn).data(ResultsTableModel::SortRole).toDouble(),
                     mcnemarTest(runB().misclassified, runA().misclassified).pValue);
            QCOMPARE(cell(&page, 2, ResultsTableModel::McNemarColumn), QStringLiteral("n/a"));
            const QString why = page.runs().index(2, ResultsTableModel::McNemarColumn).data(Qt::ToolTipRole).toString();
            QVERIFY2(why.contains(QStringLiteral("canvases (48 and 0")), qPrintable(why));
        }
        pool.waitForDone();
    }

    void trainDigitsComeFromTheResultNotTheLog()
    {
        // Images per second needs the digits each epoch trained on. The engine records them in result.json
        // (split_sizes); the table no longer reads them out of the log's words. A run whose log is gone still has the
        // figure; a result written before split_sizes existed has none, whatever its log says.
        const auto dirB = store(runB(), "20240501-110000-mlp", 2000);
        std::filesystem::remove(dirB / RunStore::kLogFile);
        const auto dirA = m_runs / "20240501-100000-smallcnn";
        {
            RunStore old(dirA);
            old.log("data MNIST (verified), standard split: 1000 train / 5000 validation / 10000 test; seed 0");
            old.finish(runA()); // no split sizes, as an older version wrote result.json
        }
        QThreadPool pool;
        {
            ResultsPage page(&pool);
            QVERIFY(waitListed(&page));
            QCOMPARE(page.runs().rowCount(), 2);
            const int b = page.runs().rowOfDir(QString::fromStdString(dirB.string()));
            const int a = page.runs().rowOfDir(QString::fromStdString(dirA.string()));
            QVERIFY(a >= 0 && b >= 0);
            QCOMPARE(page.runs().index(b, ResultsTableModel::ImagesPerSecondColumn).data(ResultsTableModel::SortRole).toDouble(),
                     2000.0 * 8 / 5.0);
            QVERIFY(page.runs().index(b, ResultsTableModel::ImagesPerSecondColumn).data(Qt::ToolTipRole).toString().contains(
                QStringLiteral("2000 training digits")));
            QVERIFY(!page.runs().run(a).result.splitSizes);
            QVERIFY(!page.runs().index(a, ResultsTableModel::ImagesPerSecondColumn).data(ResultsTableModel::SortRole).isValid());
            QCOMPARE(cell(&page, a, ResultsTableModel::ImagesPerSecondColumn), QStringLiteral("n/a"));
        }
        pool.waitForDone();
    }
};

QTEST_MAIN(TstGuiResults)
#include "tst_gui_results.moc"
