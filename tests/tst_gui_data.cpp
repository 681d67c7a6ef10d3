// The Data page, offscreen: real MNIST loads off the GUI thread and shows its digits; a damaged folder shows an
// error and leaves the loaded dataset in place.
#include "mainwindow.h"
#include "pages/datapage.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QListView>
#include <QMessageBox>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace mw::app;

class TstGuiData : public QObject {
    Q_OBJECT

    static bool waitLoaded(DataPage *page)
    {
        return QTest::qWaitFor([page] { return !page->isLoading(); }, 20000);
    }

private Q_SLOTS:
    void loadsMnistAndShowsDigits()
    {
        MW_REQUIRE_MNIST();
        MainWindow window;
        window.show();
        DataPage *page = window.dataPage();
        QSignalSpy loaded(page, &DataPage::datasetLoaded);
        QVERIFY(page->selectDataset(QStringLiteral("MNIST")));
        QVERIFY(page->isLoading()); // the load runs on the pool; the GUI thread returned at once
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().first().toString().startsWith(QStringLiteral("MNIST (verified): 60000 train + 10000")));

        QAbstractItemModelTester tester(const_cast<DigitListModel *>(&page->digits()),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->digits().rowCount(), 55000); // standard split, train part

        auto *view = page->findChild<QListView *>(QStringLiteral("digitView"));
        QVERIFY(view);
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QModelIndex first = page->digits().index(0);
        QVERIFY(view->visualRect(first).isValid());
        const QImage image = first.data(DigitListModel::ImageRole).value<QImage>();
        QCOMPARE(image.size(), QSize(28, 28));
        QCOMPARE(first.data(DigitListModel::LabelRole).toInt(), 5); // MNIST's first training digit

        // The preview shows what the network sees, at the chosen input size.
        auto *preview = page->findChild<InputPreview *>(QStringLiteral("inputPreview"));
        QVERIFY(preview);
        QCOMPARE(preview->input().size, 32);
        QCOMPARE(preview->input().min, -1.0f);
        QVERIFY(preview->input().max > 0.9f && preview->input().max <= 1.0f);
        auto *sizes = page->findChild<QComboBox *>(QStringLiteral("inputSizeCombo"));
        sizes->setCurrentIndex(sizes->findData(75));
        QCOMPARE(preview->input().size, 75);

        // Filter by class: the count matches the chart.
        auto *classes = page->findChild<QComboBox *>(QStringLiteral("classCombo"));
        classes->setCurrentIndex(classes->findData(3));
        const auto counts = mw::core::classCounts(page->dataset()->data, page->split());
        QCOMPARE(page->digits().rowCount(), counts[0][3]);
        for (int row : {0, 100, page->digits().rowCount() - 1})
            QCOMPARE(page->digits().index(row).data(DigitListModel::LabelRole).toInt(), 3);

        // The tutorial split pages through all 60,000 training digits; the last one is reachable.
        classes->setCurrentIndex(0);
        auto *split = page->findChild<QComboBox *>(QStringLiteral("splitCombo"));
        split->setCurrentIndex(1);
        QCOMPARE(page->digits().rowCount(), 60000);
        const QModelIndex last = page->digits().index(59999);
        // The view lays items out in batches while the event loop turns; the last one is reachable once it has.
        QVERIFY(QTest::qWaitFor([&] {
            view->scrollTo(last);
            return view->viewport()->rect().intersects(view->visualRect(last));
        }, 5000));
        auto *part = page->findChild<QComboBox *>(QStringLiteral("partCombo"));
        part->setCurrentIndex(2);
        QCOMPARE(page->digits().rowCount(), 5000);
        QCOMPARE(page->digits().index(0).data(DigitListModel::GlobalIndexRole).toInt(), 65000);
    }

    void damagedFolderShowsErrorAndKeepsRunning()
    {
        MW_REQUIRE_MNIST();
        MainWindow window;
        window.show();
        DataPage *page = window.dataPage();
        QSignalSpy loaded(page, &DataPage::datasetLoaded);
        QVERIFY(page->selectDataset(QStringLiteral("MNIST")));
        QVERIFY(loaded.wait(20000));

        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        mw::test::writeSmallDataset(folder);
        auto images = mw::test::readFile(folder / "train-images-idx3-ubyte");
        images.resize(images.size() - 1000);
        mw::test::writeFile(folder / "train-images-idx3-ubyte", images);

        QSignalSpy failed(page, &DataPage::loadFailed);
        page->openFolder(dir.path());
        QVERIFY(failed.wait(20000));
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("loadErrorDialog"));
        QVERIFY(box);
        QVERIFY(QTest::qWaitFor([box] { return box->isVisible(); }));
        QVERIFY2(box->text().contains(QStringLiteral("train-images-idx3-ubyte: truncated")), qPrintable(box->text()));
        // MNIST is still loaded and browsable; the damaged folder did not join the picker.
        QCOMPARE(page->dataset()->name, std::string("MNIST"));
        QCOMPARE(page->digits().rowCount(), 55000);
        auto *picker = page->findChild<QComboBox *>(QStringLiteral("datasetCombo"));
        QCOMPARE(picker->currentText(), QStringLiteral("MNIST"));
        QCOMPARE(picker->findData(dir.path()), -1);
        box->accept();

        // A valid custom folder loads and joins the picker as "custom".
        QTemporaryDir good;
        mw::test::writeSmallDataset(std::filesystem::path(good.path().toStdString()) / "mine", 6000, 50);
        page->openFolder(good.path() + QStringLiteral("/mine"));
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.last().first().toString().startsWith(QStringLiteral("mine (custom)")));
        QCOMPARE(page->digits().rowCount(), 1000); // 6,000 train digits less 5,000 validation
    }
};

QTEST_MAIN(TstGuiData)
#include "tst_gui_data.moc"
