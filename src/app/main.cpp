#include "mainwindow.h"
#include "pages/datapage.h"
#include "runtime.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("mnist-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("MNIST Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("mnist-workbench"));

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
                                                             "fetch MNIST, or open a folder with File > Open.")
                                 .arg(parser.value(datasetOption)));
    }
    return app.exec();
}
