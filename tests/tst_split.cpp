// Standard and tutorial splits on real MNIST: sizes, disjointness, determinism, training limits.
#include "data/split.h"
#include "errors.h"
#include "testsupport.h"

#include <set>

using namespace mw::core;

class TstSplit : public QObject {
    Q_OBJECT
    Dataset m_mnist;

    static void checkDisjointAndInRange(const Split &s, int total)
    {
        std::set<int> seen;
        for (Part p : {Part::Train, Part::Validation, Part::Test})
            for (int i : s.part(p)) {
                QVERIFY(i >= 0 && i < total);
                QVERIFY2(seen.insert(i).second, "a digit is in two parts");
            }
    }

private Q_SLOTS:
    void initTestCase()
    {
        MW_REQUIRE_MNIST();
        m_mnist = loadDataset(mw::test::mnistFolder());
    }

    void standard()
    {
        const Split s = makeSplit(m_mnist.data, {});
        QCOMPARE(s.train.size(), std::size_t(55000));
        QCOMPARE(s.validation.size(), std::size_t(5000));
        QCOMPARE(s.test.size(), std::size_t(10000));
        checkDisjointAndInRange(s, 70000);
        QCOMPARE(s.test.front(), 60000); // the official test digits, in order
        QCOMPARE(s.test.back(), 69999);
        QVERIFY(s.validation.back() < 60000); // held out of the official train part
        QVERIFY(std::is_sorted(s.train.begin(), s.train.end()));
        // Validation is a random draw: every class is there in roughly its share.
        const auto counts = classCounts(m_mnist.data, s);
        for (int c = 0; c < 10; ++c)
            QVERIFY2(counts[1][c] > 380 && counts[1][c] < 620, qPrintable(QString::number(counts[1][c])));
        int sum = 0;
        for (int c = 0; c < 10; ++c)
            sum += counts[0][c] + counts[1][c];
        QCOMPARE(sum, 60000);
    }

    void standardIsDeterministicBySeed()
    {
        const Split a = makeSplit(m_mnist.data, {SplitKind::Standard, 7});
        const Split b = makeSplit(m_mnist.data, {SplitKind::Standard, 7});
        const Split c = makeSplit(m_mnist.data, {SplitKind::Standard, 8});
        QCOMPARE(a.validation, b.validation);
        QVERIFY(a.validation != c.validation);
        // The same seed gives the same digits on every platform (own Fisher-Yates over mt19937_64).
        const Split zero = makeSplit(m_mnist.data, {SplitKind::Standard, 0});
        QCOMPARE(zero.validation.size(), std::size_t(5000));
    }

    void tutorial()
    {
        const Split s = makeSplit(m_mnist.data, {SplitKind::Tutorial});
        QCOMPARE(s.train.size(), std::size_t(60000));
        QCOMPARE(s.validation.size(), std::size_t(5000));
        QCOMPARE(s.test.size(), std::size_t(5000));
        checkDisjointAndInRange(s, 70000);
        QCOMPARE(s.train.front(), 0);
        QCOMPARE(s.train.back(), 59999);
        QCOMPARE(s.validation.front(), 60000); // the first half of the official test digits
        QCOMPARE(s.test.front(), 65000);
        QCOMPARE(s.test.back(), 69999);
        QCOMPARE(m_mnist.data.label(s.validation.front()), 7);
    }

    void trainLimit()
    {
        const Split s = makeSplit(m_mnist.data, {SplitKind::Tutorial, 0, 5000, 1000});
        QCOMPARE(s.train.size(), std::size_t(1000));
        QCOMPARE(s.train.back(), 999);
        QCOMPARE(s.validation.size(), std::size_t(5000)); // the limit touches training digits only
        const Split full = makeSplit(m_mnist.data, {SplitKind::Standard, 3});
        const Split limited = makeSplit(m_mnist.data, {SplitKind::Standard, 3, 5000, 500});
        QVERIFY(std::equal(limited.train.begin(), limited.train.end(), full.train.begin()));
        QCOMPARE(limited.validation, full.validation);
    }

    void tooSmall()
    {
        MnistData tiny;
        tiny.train.count = 100;
        tiny.test.count = 10;
        QVERIFY_THROWS_EXCEPTION(UsageError, makeSplit(tiny, {}));
        QVERIFY_THROWS_EXCEPTION(UsageError, makeSplit(tiny, {SplitKind::Tutorial}));
        QVERIFY_THROWS_EXCEPTION(UsageError, splitKindFromString("random"));
        QVERIFY(splitKindFromString("tutorial") == SplitKind::Tutorial);
    }
};

QTEST_GUILESS_MAIN(TstSplit)
#include "tst_split.moc"
