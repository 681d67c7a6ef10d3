#include "mainwindow.h"
#include "pages/datapage.h"
#include "runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mnist-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("MNIST Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mnist-workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mnist-workbench.svg")));

    // Installed before the first translated string (the --help text below) and before any widget exists.
    // Either may be missing (English UI, or no Qt translations package); the source strings are the fallback.
    const QLocale locale = QLocale::system();
    QTranslator qtTranslator;
    if (qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator appTranslator;
    if (appTranslator.load(locale, QStringLiteral("mnist-workbench"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&appTranslator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Transfer-learning workbench for handwritten digits"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption datasetOption(QStringLiteral("dataset"),
                                           QApplication::translate("main", "Open the catalog dataset NAME (default MNIST)."),
                                           QStringLiteral("NAME"), QStringLiteral("MNIST"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QApplication::translate("main", "Open the MNIST-format folder DIR."),
                                        QStringLiteral("DIR"));
    parser.addOption(datasetOption);
    parser.addOption(dataOption);
    parser.process(app);

    mw::core::setComputeThreads();
    mw::app::MainWindow window;
    window.show();

    auto *page = window.dataPage();
    if (parser.isSet(dataOption)) {
        page->openFolder(parser.value(dataOption));
    } else if (!page->selectDataset(parser.value(datasetOption))) {
        QMessageBox::warning(&window, QApplication::translate("main", "Dataset not found"),
                             QApplication::translate("main", "No dataset named \"%1\" was found. Run ./workbench.sh to "
                                                             "fetch MNIST, or open a folder with File > Open dataset folder (Ctrl+O).")
                                 .arg(parser.value(datasetOption)));
    }
    return app.exec();
}
