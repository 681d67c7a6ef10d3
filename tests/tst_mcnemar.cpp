// McNemar's exact test against values computed exactly (Python: 2 * Fraction(sum(comb(n, i) for i <= k), 2**n)).
#include "errors.h"
#include "training/mcnemar.h"

#include <QtTest>

using namespace mw::core;

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
};

QTEST_APPLESS_MAIN(TstMcNemar)
#include "tst_mcnemar.moc"
