// The app as a desktop citizen, offscreen: the session (geometry, page, dataset, experiment settings) comes back
// after a restart, the language switches at once without a restart, the dark theme reaches the palette, every
// shortcut is listed and none is bound twice, and the help shows the README's walk-through.
#include "format.h"
#include "helpdialogs.h"
#include "mainwindow.h"
#include "pages/datapage.h"
#include "pages/experimentpage.h"
#include "settingsdialog.h"
#include "testsupport.h"
#include "theme.h"
#include "uilanguage.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>
#include <QTabWidget>
#include <QTextBrowser>

using namespace mw::app;

class TstGuiDesktop : public QObject {
    Q_OBJECT

    static QString tabText(const MainWindow &window, int index)
    {
        return window.findChild<QTabWidget *>()->tabText(index);
    }

    // Qt posts LanguageChange and palette changes to the windows; the event loop delivers them.
    static void settle() { QCoreApplication::processEvents(); }

    static QString fashionFolder()
    {
        for (const auto &location : mw::core::discoverDatasets())
            if (location.folder.string().find("fashion") != std::string::npos)
                return QString::fromStdString(location.folder.string());
        return {};
    }

private Q_SLOTS:
    void init() { QSettings().clear(); } // XDG_CONFIG_HOME is this test's own folder (tests/CMakeLists.txt)

    // Every page words durations and accuracies the same way (one formatting unit, one translation context).
    void durationsAndPercentages()
    {
        const QLocale original;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(Format::duration(7.46), QStringLiteral("7.5 s"));
        QCOMPARE(Format::duration(0), QStringLiteral("0.0 s"));
        QCOMPARE(Format::duration(-3), QStringLiteral("0.0 s")); // a clock that went back shows no negative time
        QCOMPARE(Format::duration(42.4), QStringLiteral("42 s"));
        QCOMPARE(Format::duration(59.7), QStringLiteral("1 min 00 s")); // never "60 s"
        QCOMPARE(Format::duration(187), QStringLiteral("3 min 07 s"));
        QCOMPARE(Format::duration(7500), QStringLiteral("2 h 05 min"));
        QCOMPARE(Format::percent(0.97512), QStringLiteral("97.51 %"));
        QCOMPARE(Format::percent(1), QStringLiteral("100.00 %"));
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(Format::percent(0.97512), QStringLiteral("97,51 %"));
        QLocale::setDefault(original);
    }

    void sessionComesBack()
    {
        const QString fashion = fashionFolder();
        if (fashion.isEmpty())
            QSKIP("Fashion-MNIST (Debian's dataset-fashion-mnist) is not installed");
        QStringList models;
        {
            MainWindow window;
            window.show();
            QSignalSpy loaded(window.dataPage(), &DataPage::datasetLoaded);
            QVERIFY(window.openStartupDataset(fashion, {}));
            QVERIFY(loaded.wait(30000));
            window.resize(1100, 700);
            window.findChild<QTabWidget *>()->setCurrentIndex(3);
            QVERIFY(window.experimentPage()->setModelChecked(QStringLiteral("mlp"), true));
            QVERIFY(window.experimentPage()->setModelChecked(QStringLiteral("smallcnn"), true));
            window.experimentPage()->findChild<QSpinBox *>(QStringLiteral("headEpochsSpin"))->setValue(7);
            window.experimentPage()->findChild<QSpinBox *>(QStringLiteral("headBatchSpin"))->setValue(256);
            QString problem;
            const auto configs = window.experimentPage()->configs(&problem);
            QVERIFY2(!configs.empty(), qPrintable(problem));
            QCOMPARE(configs.front().head.batchSize, 256); // the head phase's own batch size reaches the run
            QCOMPARE(configs.front().finetune.batchSize, 0);
            models = window.experimentPage()->checkedModels();
            QVERIFY(window.close()); // nothing is training: no question, the session is written
        }
        MainWindow again;
        again.show();
        QCOMPARE(again.size(), QSize(1100, 700));
        QCOMPARE(again.findChild<QTabWidget *>()->currentIndex(), 3);
        QCOMPARE(again.experimentPage()->checkedModels(), models);
        QCOMPARE(again.experimentPage()->findChild<QSpinBox *>(QStringLiteral("headEpochsSpin"))->value(), 7);
        QCOMPARE(again.experimentPage()->findChild<QSpinBox *>(QStringLiteral("headBatchSpin"))->value(), 256);
        // No dataset on the command line: the last one used opens, not MNIST.
        QSignalSpy loaded(again.dataPage(), &DataPage::datasetLoaded);
        QVERIFY(again.openStartupDataset({}, {}));
        QVERIFY(loaded.wait(30000));
        QCOMPARE(QDir(again.dataPage()->datasetFolder()).canonicalPath(), QDir(fashion).canonicalPath());
    }

    void languageSwitchesWithoutRestart()
    {
        UiLanguage language;
        language.apply(QStringLiteral("en"));
        MainWindow window(&language);
        window.show();
        QCOMPARE(tabText(window, 0), QStringLiteral("Data"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));

        // Through the dialog, as a user does it: pick German, Apply.
        window.showSettings();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        const int german = combo->findData(QStringLiteral("de"));
        QVERIFY2(german >= 0, "German is offered");
        QVERIFY(combo->findData(QStringLiteral("fr")) >= 0);
        combo->setCurrentIndex(german);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QCOMPARE(language.code(), QStringLiteral("de"));
        settle();
        QCOMPARE(tabText(window, 0), QStringLiteral("Daten"));
        QCOMPARE(tabText(window, 3), QStringLiteral("Ergebnisse"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
        QCOMPARE(combo->currentIndex(), german); // the open dialog retranslated itself and kept the choice
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Einstellungen"));
        dialog->reject();

        window.setLanguage(QStringLiteral("fr"));
        settle();
        QCOMPARE(tabText(window, 0), QStringLiteral("Données"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("fr"));
        QCOMPARE(MainWindow::storedLanguage(), QStringLiteral("fr"));

        window.setLanguage(QStringLiteral("en"));
        settle();
        QCOMPARE(tabText(window, 0), QStringLiteral("Data"));
        QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    }

    // A settings file that cannot be written is said in a dialog naming it, not silently lost.
    void unwritableSettingsSaySo()
    {
        UiLanguage language;
        language.apply(QStringLiteral("en"));
        MainWindow window(&language);
        window.show();
        // Where the settings folder should be, a file: QSettings cannot write, even as root.
        const QString file = QSettings().fileName();
        const QString folder = QFileInfo(file).absolutePath();
        QVERIFY(QDir(folder).removeRecursively());
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        window.showSettings();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        settle();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("settingsNotSaved"));
        QVERIFY2(box && box->isVisible(), "no dialog says the settings were not saved");
        QVERIFY2(box->text().contains(file), qPrintable(box->text()));
        box->accept();
        dialog->reject();
        QVERIFY(QFile::remove(folder)); // the next tests' settings folder
    }

    void darkThemeAndBack()
    {
        MainWindow window;
        window.show();
        const QString systemStyle = QApplication::style()->name();
        window.setTheme(Theme::Dark);
        settle();
        QVERIFY(isDark(QApplication::palette()));
        QVERIFY(isDark(window.palette()));
        QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
        QCOMPARE(QSettings().value(QStringLiteral("ui/theme")).toString(), QStringLiteral("dark"));
        window.setTheme(Theme::Light);
        QVERIFY(!isDark(QApplication::palette()));
        window.setTheme(Theme::System);
        QCOMPARE(QApplication::style()->name(), systemStyle);
        {
            QSettings().setValue(QStringLiteral("ui/theme"), QStringLiteral("dark"));
            MainWindow restarted; // the theme is part of the session
            QCOMPARE(restarted.theme(), Theme::Dark);
            QVERIFY(isDark(QApplication::palette()));
            restarted.setTheme(Theme::System);
        }
    }

    void everyShortcutListedOnce()
    {
        MainWindow window;
        const QList<ShortcutEntry> list = shortcuts(&window);
        QHash<QString, QString> byKeys;
        for (const ShortcutEntry &entry : list) {
            const QString keys = entry.keys.toString(QKeySequence::PortableText);
            QVERIFY2(!byKeys.contains(keys), qPrintable(QStringLiteral("%1 is bound to both \"%2\" and \"%3\"")
                                                            .arg(keys, byKeys.value(keys), entry.what)));
            byKeys.insert(keys, entry.what);
        }
        for (const char *keys : {"Ctrl+O", "Ctrl+R", "Ctrl+Q", "Ctrl+1", "Ctrl+5", "Ctrl+,", "Ctrl+/", "F1", "Esc",
                                 "Ctrl+Z", "Del"})
            QVERIFY2(byKeys.contains(QString::fromLatin1(keys)), keys);
        QCOMPARE(byKeys.value(QStringLiteral("Ctrl+R")), QStringLiteral("Run experiment"));
    }

    void helpShowsWalkthroughAndVersions()
    {
        const QString markdown = gettingStartedMarkdown();
        QVERIFY(markdown.startsWith(QStringLiteral("### A teaching demo")));
        QVERIFY(markdown.contains(QStringLiteral("Ctrl+R")));
        QVERIFY(!markdown.contains(QStringLiteral("## CLI reference")));

        MainWindow window;
        QString about;
        QTimer::singleShot(0, &window, [&about] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                about = box->text();
                box->accept();
            }
        });
        window.showAbout();
        QVERIFY2(about.contains(QStringLiteral("LibTorch ")), qPrintable(about));
        QVERIFY(about.contains(QString::fromLatin1(qVersion())));
        QVERIFY(about.contains(QStringLiteral(MW_VERSION)));
    }
};

QTEST_MAIN(TstGuiDesktop)
#include "tst_gui_desktop.moc"
