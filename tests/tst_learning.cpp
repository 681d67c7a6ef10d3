// Learning for real, through the whole engine (data, trainer, test evaluation) on real MNIST. Slow on a small CPU:
// minutes, not seconds, so it carries the "slow" label.
#include "runtime.h"
#include "testsupport.h"
#include "training/trainer.h"

#include <chrono>

using namespace mw::core;

class TstLearning : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        MW_REQUIRE_MNIST();
        mw::core::keepFreedMemoryForReuse(); // as the programs do at start-up
    }

    // The tutorial's CNN on the first 10,000 standard-split training digits for 2 epochs, judged on all 10,000
    // official test digits, with the defaults of a network trained from scratch (Adam 1e-3, batches of 32; at the
    // transfer head's 1e-4 it stayed near 95.7%).
    void smallCnnReaches97PercentWithTheDefaults()
    {
        RunConfig c = defaultRunConfig("smallcnn");
        c.dataset = mw::test::mnistFolder().string();
        c.trainLimit = 10000;
        c.head.epochs = 2;
        c.seed = 0;
        const auto start = std::chrono::steady_clock::now();
        const RunResult r = runExperiment(c);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        qInfo("smallcnn, 10,000 digits, 2 epochs: test accuracy %.2f%% (val %.2f%%) in %.0f s on %s, %d threads",
              100 * *r.testAccuracy, 100 * r.epochs.back().valAccuracy, seconds, r.device.c_str(), r.threads);
        QCOMPARE(int(r.epochs.size()), 2);
        QVERIFY2(*r.testAccuracy >= 0.97, qPrintable(QString::number(*r.testAccuracy)));
    }

    // Even random ResNet18 features let the head phase (on the feature cache) get far above chance (10%).
    void headPhaseOnResNet18BeatsChance()
    {
        RunConfig c;
        c.model.name = "resnet18";
        c.dataset = mw::test::mnistFolder().string();
        c.trainLimit = 2000;
        c.head.epochs = 5;
        c.head.learningRate = 1e-3;
        c.finetune.epochs = 0;
        c.batchSize = 64;
        const RunResult r = runExperiment(c);
        qInfo("resnet18 (random init) head phase, 2,000 digits, 5 epochs: val accuracy %.2f%%, test %.2f%%, %.0f s",
              100 * r.epochs.back().valAccuracy, 100 * *r.testAccuracy, r.secondsTotal);
        QVERIFY(r.epochs.back().valAccuracy > 0.35);
        QVERIFY(*r.testAccuracy > 0.35);
    }
};

QTEST_GUILESS_MAIN(TstLearning)
#include "tst_learning.moc"
