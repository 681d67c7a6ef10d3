// McNemar's exact test against values computed exactly (Python: 2 * Fraction(sum(comb(n, i) for i <= k), 2**n)),
// and the one rule of which two runs it may pair (the Results table and the CLI's compare both ask it).
#include "errors.h"
#include "training/mcnemar.h"

#include <QtTest>

using namespace mw::core;

namespace {

// A run evaluated on the standard split of MNIST's 10,000 test digits, 1,000 per class, 20 of them wrong.
RunResult evaluatedRun(const std::string &model)
{
    RunResult r;
    r.model = model;
    r.dataset = "MNIST";
    r.split = "standard";
    r.config.model.name = model;
    r.config.dataset = "/data/mnist";
    for (int d = 0; d < 10; ++d)
        r.confusionMatrix[std::size_t(d)][std::size_t(d)] = 1000;
    r.confusionMatrix[4][4] -= 20;
    r.confusionMatrix[4][9] += 20;
    r.testAccuracy = 0.998;
    r.testLoss = 0.01;
    return r;
}

using Reason = NotComparable::Reason;

} // namespace

class TstMcNemar : public QObject {
    Q_OBJECT

    static bool close(double actual, double expected)
    {
        return std::abs(actual - expected) <= 1e-10 * std::max(1.0, std::abs(expected)) + 1e-15;
    }

private Q_SLOTS:
    void exactPValues_data()
    {
        QTest::addColumn<int>("b");
        QTest::addColumn<int>("c");
        QTest::addColumn<double>("p");
        QTest::newRow("10/2") << 10 << 2 << 0.03857421875; // 79 / 2048: 0.0386 to four places
        QTest::newRow("2/10 symmetric") << 2 << 10 << 0.03857421875;
        QTest::newRow("0/5") << 0 << 5 << 0.0625;
        QTest::newRow("1/0") << 1 << 0 << 1.0;
        QTest::newRow("equal") << 5 << 5 << 1.0;
        QTest::newRow("no disagreement") << 0 << 0 << 1.0;
        QTest::newRow("3/4") << 3 << 4 << 1.0;
        QTest::newRow("30/12") << 30 << 12 << 0.007915897334896727;
        QTest::newRow("150/100") << 150 << 100 << 0.001883300935076157;
        // 0.5^2300 underflows a double: only a log-space sum gets this right.
        QTest::newRow("1200/1100") << 1200 << 1100 << 0.03896685268382058;
        QTest::newRow("40/0") << 40 << 0 << 1.8189894035458565e-12;
    }
    void exactPValues()
    {
        QFETCH(int, b);
        QFETCH(int, c);
        QFETCH(double, p);
        const double actual = mcnemarExactP(b, c);
        QVERIFY2(close(actual, p), qPrintable(QStringLiteral("p(%1, %2) = %3, expected %4")
                                                  .arg(b).arg(c).arg(actual, 0, 'g', 17).arg(p, 0, 'g', 17)));
    }

    void fourPlaces() { QCOMPARE(QString::number(mcnemarExactP(10, 2), 'f', 4), QStringLiteral("0.0386")); }

    void negativeCountsAreRefused() { QVERIFY_THROWS_EXCEPTION(UsageError, mcnemarExactP(-1, 3)); }

    void fromMisclassifiedLists()
    {
        // Both wrong on 3 and 9; only the first on 1, 4, 7; only the second on 12. Order and repeats do not matter.
        const McNemarResult r = mcnemarTest({7, 3, 1, 9, 4, 4}, {9, 12, 3});
        QCOMPARE(r.onlyFirstWrong, 3);
        QCOMPARE(r.onlySecondWrong, 1);
        QVERIFY(close(r.pValue, 0.625)); // n = 4, k = 1: 2 * 5 / 16
        const McNemarResult swapped = mcnemarTest({9, 12, 3}, {7, 3, 1, 9, 4});
        QCOMPARE(swapped.onlyFirstWrong, 1);
        QCOMPARE(swapped.onlySecondWrong, 3);
        QCOMPARE(swapped.pValue, r.pValue);
        const McNemarResult same = mcnemarTest({5, 6}, {6, 5});
        QCOMPARE(same.onlyFirstWrong + same.onlySecondWrong, 0);
        QCOMPARE(same.pValue, 1.0);
    }

    void runsOnTheSameTestDigitsAreComparable()
    {
        const RunResult a = evaluatedRun("smallcnn"), b = evaluatedRun("mlp");
        QCOMPARE(evaluatedTestDigits(a), 10000);
        QVERIFY(!whyNotComparable(a, b));
        QVERIFY(!whyNotComparable(a.config, b.config));
    }

    void whyNotNamesTheFirstDifference_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QString>("second");
        QTest::addColumn<QString>("words");
        QTest::newRow("no test result") << 0 << int(Reason::NoTestResult) << "tested" << "not tested" << "the second run";
        QTest::newRow("dataset") << 1 << int(Reason::DifferentDataset) << "MNIST" << "Fashion-MNIST" << "datasets";
        QTest::newRow("split") << 2 << int(Reason::DifferentSplit) << "standard" << "tutorial" << "splits";
        QTest::newRow("test size") << 3 << int(Reason::DifferentTestSize) << "10000" << "9999" << "test sizes";
        QTest::newRow("canvas") << 4 << int(Reason::DifferentCanvas) << "0" << "48" << "canvases";
        QTest::newRow("positions") << 5 << int(Reason::DifferentPositions) << "0" << "7" << "different seeds";
    }
    void whyNotNamesTheFirstDifference()
    {
        QFETCH(int, change);
        QFETCH(int, reason);
        QFETCH(QString, first);
        QFETCH(QString, second);
        QFETCH(QString, words);
        RunResult a = evaluatedRun("smallcnn");
        RunResult b = evaluatedRun("mlp");
        switch (change) {
        case 0: b.testAccuracy.reset(); b.testLoss.reset(); b.cancelled = true; break;
        case 1: b.dataset = "Fashion-MNIST"; break;
        case 2: b.split = "tutorial"; break;
        case 3: --b.confusionMatrix[0][0]; break; // a dataset that changed between the runs
        case 4: b.config.shiftCanvas = 48; break;
        case 5: // shifted digits on both: the seed places every test digit
            a.config.shiftCanvas = 48;
            b.config.shiftCanvas = 48;
            b.config.seed = 7;
            break;
        }
        const auto why = whyNotComparable(a, b);
        QVERIFY(why);
        QCOMPARE(int(why->reason), reason);
        QCOMPARE(QString::fromStdString(why->first), first);
        QCOMPARE(QString::fromStdString(why->second), second);
        QVERIFY2(QString::fromStdString(why->message()).contains(words), why->message().c_str());
        // The rule is symmetric in what it refuses.
        const auto back = whyNotComparable(b, a);
        QVERIFY(back);
        QCOMPARE(int(back->reason), reason);
        QCOMPARE(QString::fromStdString(back->first), second);
    }

    void howARunTrainedDoesNotMatter()
    {
        // The CLI's compare used to refuse these (seed, train_limit and validation_size had to match) while the
        // Results table paired them: each run is one classifier on the same test digits, so the engine pairs them.
        const RunResult a = evaluatedRun("smallcnn");
        RunResult b = evaluatedRun("mlp");
        b.seed = b.config.seed = 42;
        b.config.trainLimit = 1000;
        b.config.validationSize = 2000;
        b.config.head.epochs = 3;
        QVERIFY(!whyNotComparable(a, b));
        QVERIFY(!whyNotComparable(a.config, b.config));
        // Unshifted digits sit where they are whatever the seed; shifted ones on the same canvas by the same seed too.
        RunResult c = evaluatedRun("smallcnn"), d = evaluatedRun("mlp");
        c.config.shiftCanvas = d.config.shiftCanvas = 48;
        c.config.seed = d.config.seed = 3;
        QVERIFY(!whyNotComparable(c, d));
    }

    void shiftedDigitsAreComparedOnlyWhenPlacedAlike()
    {
        // The Results table used to pair these (it looked at dataset, split and test size only): the test digits are
        // the same, but the runs saw them at other places, so the engine refuses.
        const RunResult plain = evaluatedRun("mlp");
        RunResult shifted = evaluatedRun("smallcnn");
        shifted.config.shiftCanvas = 48;
        QCOMPARE(int(whyNotComparable(plain, shifted)->reason), int(Reason::DifferentCanvas));
        RunResult reseeded = shifted;
        reseeded.config.seed = 1;
        QCOMPARE(int(whyNotComparable(shifted, reseeded)->reason), int(Reason::DifferentPositions));
        QCOMPARE(int(whyNotComparable(shifted.config, reseeded.config)->reason), int(Reason::DifferentPositions));
    }

    void settingsAnswerBeforeTheRuns()
    {
        RunConfig a, b;
        a.dataset = b.dataset = "/data/mnist";
        QVERIFY(!whyNotComparable(a, b));
        b.dataset = "/data/fashion";
        QCOMPARE(int(whyNotComparable(a, b)->reason), int(Reason::DifferentDataset));
        QCOMPARE(whyNotComparable(a, b)->second, std::string("/data/fashion"));
        b.dataset = a.dataset;
        b.split = SplitKind::Tutorial;
        const auto split = whyNotComparable(a, b);
        QCOMPARE(int(split->reason), int(Reason::DifferentSplit));
        QCOMPARE(split->second, std::string("tutorial"));
        b.split = a.split;
        b.shiftCanvas = 48;
        QCOMPARE(int(whyNotComparable(a, b)->reason), int(Reason::DifferentCanvas));
    }
};

QTEST_APPLESS_MAIN(TstMcNemar)
#include "tst_mcnemar.moc"
