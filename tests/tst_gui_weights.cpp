// The weights catalog in the GUI, offscreen, against weights_server.py on 127.0.0.1 (no internet): the Weights dialog
// shows each entry's status and downloads to "verified"; a throttled download cancelled from the dialog keeps its
// .part while the event loop keeps turning; the Experiment page's "ImageNet weights (catalog)" downloads what a
// ticked backbone lacks when Run is pressed and queues the run with the entry's name (or refuses it with the
// download's one-line message); the model list marks backbones whose weights are at hand; the mirror setting is used.
#include "guisupport.h"
#include "weightsserver.h"
#include "jobs/runqueue.h"
#include "jobs/weightsjobs.h"
#include "pages/experimentpage.h"
#include "settingsdialog.h"
#include "training/config.h"
#include "weightsdialog.h"
#include "weightstore/catalog.h"
#include "widgets/downloadbar.h"
#include "widgets/modeltree.h"
#include "widgets/weightstablemodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QTimer>

using namespace mw::app;
using mw::test::child;

namespace {

constexpr int kWait = 30'000; // every wait is bounded: a download of a few hundred KB from 127.0.0.1 takes far less

using mw::test::randomBytes;
using Server = mw::test::WeightsServer;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QString hex(const QByteArray &bytes, QCryptographicHash::Algorithm algorithm)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, algorithm).toHex());
}

QString weightsDir() { return QString::fromStdString(mw::core::weightsDir().string()); }

int stateOf(const WeightsTableModel *model, const QString &name)
{
    return model->index(model->row(name), 0).data(WeightsTableModel::kStateRole).toInt();
}

QString statusTextOf(const WeightsTableModel *model, const QString &name)
{
    return model->index(model->row(name), WeightsTableModel::ColStatus).data().toString();
}

} // namespace

class TstGuiWeights : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_dataset;
    Server m_fast, m_slow;
    QThreadPool m_pool;
    QJsonArray m_entries;

    // A catalog entry served by `server` from the served folder (or not served at all: a 404).
    void addEntry(const QString &name, const QString &model, const QString &format, const QString &file,
                  const QString &url, const QByteArray &bytes)
    {
        QJsonObject entry{{QStringLiteral("name"), name},     {QStringLiteral("model"), model},
                          {QStringLiteral("format"), format}, {QStringLiteral("file"), file},
                          {QStringLiteral("url"), url},       {QStringLiteral("size"), qint64(bytes.size())},
                          {QStringLiteral("normalization"), QStringLiteral("imagenet")},
                          {QStringLiteral("license"), QStringLiteral("test")}, {QStringLiteral("source"), QStringLiteral("tst_gui_weights")}};
        if (format == QLatin1String("keras-h5"))
            entry.insert(QStringLiteral("md5"), hex(bytes, QCryptographicHash::Md5));
        else
            entry.insert(QStringLiteral("sha256"), hex(bytes, QCryptographicHash::Sha256));
        m_entries.append(entry);
    }

    QString served(const QString &file) const { return m_dir.filePath(QStringLiteral("served/") + file); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_dataset = mw::test::usePageFixture(m_dir); // the app's data folder (and so weightsDir()) in the test's folder
        // The user's own torch hub and Keras caches stay out of it.
        qputenv("TORCH_HOME", m_dir.filePath(QStringLiteral("torch")).toLocal8Bit());
        qputenv("KERAS_HOME", m_dir.filePath(QStringLiteral("keras")).toLocal8Bit());
        registerWeightsMetaTypes();
        registerTrainingMetaTypes();
        setWeightsMirror({});

        const QByteArray resnet18 = randomBytes(300'000, 18), resnet50 = randomBytes(200'000, 50);
        const QByteArray vgg16 = randomBytes(100'000, 16), mobilenet = randomBytes(250'000, 2);
        const QByteArray slow = randomBytes(4'000'000, 7), mirrored = randomBytes(150'000, 3);
        QVERIFY(writeFile(served(QStringLiteral("resnet18.pth")), resnet18));
        QVERIFY(writeFile(served(QStringLiteral("mobilenet_v2.pth")), mobilenet));
        QVERIFY(writeFile(served(QStringLiteral("slow.h5")), slow));
        QVERIFY(writeFile(served(QStringLiteral("files/vgg16.h5")), mirrored));
        // At hand before anything runs: a verified file in the app's folder, a damaged one in the torch hub cache.
        QVERIFY(writeFile(weightsDir() + QStringLiteral("/resnet50-test.pth"), resnet50));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("torch/hub/checkpoints/vgg16-test.pth")), vgg16.left(50'000)));

        QString error = m_fast.start(m_dir.filePath(QStringLiteral("served")));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        error = m_slow.start(m_dir.filePath(QStringLiteral("served")), {}, {QStringLiteral("--rate"), QStringLiteral("100000")});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        // Shipped names are replaced, so each backbone's ImageNet entry is one of ours.
        const QString fast = m_fast.base();
        addEntry(QStringLiteral("resnet18.tv_imagenet1k_v1"), QStringLiteral("resnet18"), QStringLiteral("pth"),
                 QStringLiteral("resnet18-test.pth"), fast + QStringLiteral("/resnet18.pth"), resnet18);
        addEntry(QStringLiteral("resnet50.tv_imagenet1k_v1"), QStringLiteral("resnet50"), QStringLiteral("pth"),
                 QStringLiteral("resnet50-test.pth"), fast + QStringLiteral("/resnet50.pth"), resnet50);
        addEntry(QStringLiteral("vgg16.tv_imagenet1k_v1"), QStringLiteral("vgg16"), QStringLiteral("pth"),
                 QStringLiteral("vgg16-test.pth"), fast + QStringLiteral("/vgg16.pth"), vgg16);
        addEntry(QStringLiteral("mobilenet_v2.tv_imagenet1k_v2"), QStringLiteral("mobilenet_v2"), QStringLiteral("pth"),
                 QStringLiteral("mobilenet_v2-test.pth"), fast + QStringLiteral("/mobilenet_v2.pth"), mobilenet);
        addEntry(QStringLiteral("inception_v3.tv_imagenet1k_v1"), QStringLiteral("inception_v3"), QStringLiteral("pth"),
                 QStringLiteral("inception-test.pth"), fast + QStringLiteral("/nothing-here.pth"), randomBytes(1000, 1));
        addEntry(QStringLiteral("resnet50_keras.imagenet_notop"), QStringLiteral("resnet50_keras"), QStringLiteral("keras-h5"),
                 QStringLiteral("slow-test.h5"), m_slow.base() + QStringLiteral("/slow.h5"), slow);
        addEntry(QStringLiteral("vgg16_keras.imagenet_notop"), QStringLiteral("vgg16_keras"), QStringLiteral("keras-h5"),
                 QStringLiteral("vgg16-test.h5"), QStringLiteral("http://mirror-me.invalid/files/vgg16.h5"), mirrored);
        const QString catalog = m_dir.filePath(QStringLiteral("catalog.json"));
        QVERIFY(writeFile(catalog, QJsonDocument(QJsonObject{{QStringLiteral("entries"), m_entries}}).toJson()));
        qputenv("MNIST_WORKBENCH_WEIGHTS_CATALOG", catalog.toLocal8Bit());
        QCOMPARE(QString::fromStdString(mw::core::weightsEntry(mw::core::loadWeightsCatalog(), "resnet18.tv_imagenet1k_v1").url),
                 fast + QStringLiteral("/resnet18.pth"));
    }

    void cleanup()
    {
        WeightsDownloads::of(&m_pool)->cancelAll();
        QVERIFY(m_pool.waitForDone(kWait));
        QCoreApplication::processEvents();
        setWeightsMirror({});
    }

    void dialogShowsStatusesAndDownloads()
    {
        WeightsDialog dialog(&m_pool);
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), kWait);
        const WeightsTableModel *model = dialog.model();
        const QString resnet50 = QStringLiteral("resnet50.tv_imagenet1k_v1"), vgg16 = QStringLiteral("vgg16.tv_imagenet1k_v1");
        const QString mobilenet = QStringLiteral("mobilenet_v2.tv_imagenet1k_v2");
        QCOMPARE(stateOf(model, resnet50), int(mw::core::WeightsState::Verified));
        QCOMPARE(statusTextOf(model, resnet50), QStringLiteral("verified"));
        QCOMPARE(stateOf(model, vgg16), int(mw::core::WeightsState::Damaged));
        QVERIFY(statusTextOf(model, vgg16).startsWith(QStringLiteral("damaged")));
        QCOMPARE(stateOf(model, mobilenet), int(mw::core::WeightsState::Missing));
        QCOMPARE(statusTextOf(model, mobilenet), QStringLiteral("not downloaded"));
        const int keras = model->row(QStringLiteral("mobilenet_v1.keras_imagenet_notop")); // the shipped entry
        QVERIFY(keras >= 0);
        QCOMPARE(model->index(keras, WeightsTableModel::ColFormat).data().toString(), QStringLiteral("keras-h5"));
        // Where the files live; a file in the torch hub cache is used there, and never deleted here.
        QVERIFY(model->index(model->row(resnet50), WeightsTableModel::ColFile).data().toString().startsWith(QDir::toNativeSeparators(weightsDir())));
        QVERIFY(model->index(model->row(vgg16), WeightsTableModel::ColFile).data().toString().contains(QStringLiteral("hub")));
        dialog.selectEntry(vgg16);
        QVERIFY(!child<QPushButton>(&dialog, "deleteButton")->isEnabled());
        QVERIFY(child<QPushButton>(&dialog, "deleteButton")->toolTip().contains(QStringLiteral("never")));
        dialog.selectEntry(resnet50);
        QVERIFY(child<QPushButton>(&dialog, "deleteButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "downloadButton")->isEnabled()); // verified already

        dialog.selectEntry(mobilenet);
        child<QPushButton>(&dialog, "downloadButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, mobilenet), int(mw::core::WeightsState::Verified), kWait);
        QVERIFY(QFileInfo::exists(weightsDir() + QStringLiteral("/mobilenet_v2-test.pth")));

        // Delete asks first, then removes the file from the app's folder.
        child<QPushButton>(&dialog, "deleteButton")->click();
        auto *question = child<QMessageBox>(&dialog, "deleteWeightsQuestion");
        question->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(model, mobilenet), int(mw::core::WeightsState::Missing), kWait);
        QVERIFY(!QFileInfo::exists(weightsDir() + QStringLiteral("/mobilenet_v2-test.pth")));
    }

    void cancelledDownloadKeepsPartAndWindowTurns()
    {
        WeightsDialog dialog(&m_pool);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), kWait);
        const QString slow = QStringLiteral("resnet50_keras.imagenet_notop"); // 4 MB at 100 kB/s: 40 s unless cancelled
        WeightsDownloads *downloads = WeightsDownloads::of(&m_pool);
        QSignalSpy cancelled(downloads, &WeightsDownloads::cancelled);
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, [&ticks] { ++ticks; });
        timer.start(20);

        dialog.selectEntry(slow);
        child<QPushButton>(&dialog, "downloadButton")->click();
        auto *bar = child<DownloadBar>(&dialog, "downloadBar");
        QTRY_VERIFY_WITH_TIMEOUT(downloads->progress().done > 100'000, kWait);
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("left")) || bar->text().contains(QStringLiteral("/s")), qPrintable(bar->text()));
        const int ticksWhileDownloading = ticks;
        QVERIFY2(ticksWhileDownloading >= 10, qPrintable(QString::number(ticksWhileDownloading)));

        child<QPushButton>(bar, "cancelDownloadButton")->click();
        QTRY_COMPARE_WITH_TIMEOUT(cancelled.count(), 1, 5'000); // the engine stops within a second
        QCOMPARE(cancelled.first().first().toString(), slow);
        QVERIFY(ticks > ticksWhileDownloading);
        const QFileInfo part(weightsDir() + QStringLiteral("/slow-test.h5.part"));
        QVERIFY(part.exists());
        QVERIFY(part.size() > 0 && part.size() < 4'000'000);
        QVERIFY(!QFileInfo::exists(weightsDir() + QStringLiteral("/slow-test.h5")));
        QTRY_VERIFY_WITH_TIMEOUT(statusTextOf(dialog.model(), slow).contains(QStringLiteral("resumes")), kWait);
        QTRY_VERIFY_WITH_TIMEOUT(!bar->isVisible(), kWait);
    }

    void experimentImageNetQueuesTheEntry()
    {
        RunQueue queue(&m_pool);
        ExperimentPage page(&m_pool, &queue);
        page.setDatasetFolder(m_dataset, QStringLiteral("mine"));
        const QString entry = QStringLiteral("resnet18.tv_imagenet1k_v1");
        QVERIFY(page.setModelChecked(QStringLiteral("resnet18"), true));
        QVERIFY(page.setModelChecked(QStringLiteral("mobilenet_v1"), true));
        page.setWeightsSource(ExperimentPage::WeightsSource::ImageNet);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLookingUpImageNet(), kWait);
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
        for (const mw::core::RunConfig &run : page.configs()) {
            if (run.model.name == "resnet18") {
                QCOMPARE(QString::fromStdString(run.weights), entry);
                QVERIFY(run.normalization == mw::core::Normalization::ImageNet);
            } else { // mobilenet_v1: Keras's own file (not downloaded here), with the [-1, 1] it was trained with
                QCOMPARE(run.model.name, std::string("mobilenet_v1"));
                QCOMPARE(run.weights, std::string("mobilenet_v1.keras_imagenet_notop"));
                QVERIFY(run.normalization == mw::core::Normalization::Tutorial);
            }
        }
        QCOMPARE(page.configs().size(), std::size_t(2));
        const QString lines = child<QLabel>(&page, "imageNetLabel")->text();
        QVERIFY2(lines.contains(entry) && lines.contains(QStringLiteral("not downloaded")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("mobilenet_v1.keras_imagenet_notop")), qPrintable(lines));
        QVERIFY2(lines.contains(QStringLiteral("ImageNet mean/std")), qPrintable(lines));
        QVERIFY(child<QPushButton>(&page, "downloadWeightsButton")->isEnabled());
        auto *tree = child<ModelTree>(&page, "modelTree");
        QVERIFY(tree->hasImageNetMark(QStringLiteral("resnet50"))); // its file was there from the start
        QVERIFY(!tree->hasImageNetMark(QStringLiteral("resnet18")));
        QVERIFY(page.setModelChecked(QStringLiteral("mobilenet_v1"), false));

        // Run with the weights not here: they are downloaded first, and the run is queued once they are verified.
        QSignalSpy queued(&queue, &RunQueue::jobQueued);
        page.run();
        QVERIFY(page.isCheckingWeights());
        QTRY_COMPARE_WITH_TIMEOUT(queued.count(), 1, kWait);
        queue.cancelAll();
        const auto config = queued.first().at(1).value<mw::core::RunConfig>();
        QCOMPARE(QString::fromStdString(config.weights), entry);
        QVERIFY(config.normalization == mw::core::Normalization::ImageNet);
        QVERIFY(QFileInfo::exists(weightsDir() + QStringLiteral("/resnet18-test.pth")));
        QTRY_VERIFY_WITH_TIMEOUT(tree->hasImageNetMark(QStringLiteral("resnet18")), kWait); // refreshed after the download
        QTRY_VERIFY_WITH_TIMEOUT(!child<QPushButton>(&page, "downloadWeightsButton")->isEnabled(), kWait);
        QTRY_COMPARE_WITH_TIMEOUT(queue.activeCount(), 0, 120'000);

        // The session keeps the choice; a catalog name given as "the file" is no file that is gone.
        const QJsonObject imageNet = page.saveState();
        QCOMPARE(imageNet.value(QStringLiteral("weights_source")).toString(), QStringLiteral("imagenet"));
        ExperimentPage restored(&m_pool, &queue);
        restored.restoreState(imageNet);
        QVERIFY(restored.weightsSource() == ExperimentPage::WeightsSource::ImageNet);
        page.setWeightsSource(ExperimentPage::WeightsSource::File);
        mw::test::setText(child<QLineEdit>(&page, "weightsEdit"), entry);
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
        QCOMPARE(QString::fromStdString(page.configs().at(0).weights), entry);
        ExperimentPage named(&m_pool, &queue);
        named.restoreState(page.saveState());
        QVERIFY(named.weightsSource() == ExperimentPage::WeightsSource::File);
        QCOMPARE(child<QLineEdit>(&named, "weightsEdit")->text(), entry);
    }

    void failedDownloadRefusesTheRun()
    {
        RunQueue queue(&m_pool);
        ExperimentPage page(&m_pool, &queue);
        page.setDatasetFolder(m_dataset, QStringLiteral("mine"));
        QVERIFY(page.setModelChecked(QStringLiteral("inception_v3"), true)); // its URL answers 404
        page.setWeightsSource(ExperimentPage::WeightsSource::ImageNet);
        QTRY_VERIFY_WITH_TIMEOUT(!page.isLookingUpImageNet(), kWait);
        QVERIFY2(page.problem().isEmpty(), qPrintable(page.problem()));
        QSignalSpy queued(&queue, &RunQueue::jobQueued);
        QSignalSpy refused(&page, &ExperimentPage::runRefused);
        page.run();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, kWait);
        const QString message = refused.first().first().toString();
        qInfo("refused with: %s", qPrintable(message));
        QVERIFY2(!message.isEmpty() && !message.contains(QLatin1Char('\n')), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("nothing-here.pth")), qPrintable(message)); // the engine names the URL
        QCOMPARE(queued.count(), 0);
        QVERIFY(!page.isCheckingWeights());
        child<QMessageBox>(&page, "weightsErrorDialog")->close();
    }

    void mirrorFromTheSettings()
    {
        bool applied = false;
        SettingsDialog settings(QString(), Theme::System, [&applied](const QString &, Theme) { applied = true; });
        auto *mirror = child<QLineEdit>(&settings, "mirrorEdit");
        auto *apply = settings.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply);
        mirror->setText(QStringLiteral("ftp://nowhere"));
        apply->click();
        QVERIFY(!applied); // the engine refuses it, and the dialog says why
        QVERIFY(!child<QLabel>(&settings, "mirrorProblemLabel")->text().isEmpty());
        QVERIFY(weightsMirror().isEmpty());
        mirror->setText(m_fast.base());
        apply->click();
        QVERIFY(applied);
        QCOMPARE(weightsMirror(), m_fast.base());

        // The entry's URL names a host that does not exist; the mirror serves the same path.
        WeightsDownloads *downloads = WeightsDownloads::of(&m_pool);
        QSignalSpy finished(downloads, &WeightsDownloads::finished);
        QSignalSpy failed(downloads, &WeightsDownloads::failed);
        downloads->fetch(mw::core::weightsEntry(mw::core::loadWeightsCatalog(), "vgg16_keras.imagenet_notop"));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, kWait);
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.first().at(1).toString()));
        QVERIFY(finished.first().at(1).value<mw::core::WeightsStatus>().state == mw::core::WeightsState::Verified);
    }
};

QTEST_MAIN(TstGuiWeights)
#include "tst_gui_weights.moc"
