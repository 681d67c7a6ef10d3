#include "mainwindow.h"
#include "runtime.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    mw::core::keepFreedMemoryForReuse(); // before anything allocates: training steps reuse their buffers
    // Fractional scale factors (125 %, 150 %) as the desktop sets them, not rounded to whole numbers.
    QGuiApplication::setHighDpiScaleFactorRoundingPolicy(Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mnist-workbench")); // settings: ~/.config/mnist-workbench/
    QApplication::setApplicationName(QStringLiteral("mnist-workbench"));
    QApplication::setApplicationDisplayName(QStringLiteral("MNIST Workbench"));
    QApplication::setApplicationVersion(QStringLiteral(MW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.mnistworkbench.MnistWorkbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mnist-workbench.svg")));

    // Installed before the first translated string (the --help text below) and before any widget exists.
    mw::app::UiLanguage language;
    language.apply(mw::app::MainWindow::storedLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Transfer-learning workbench for handwritten digits"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption datasetOption(
        QStringLiteral("dataset"),
        QApplication::translate("main", "Open the catalog dataset NAME (default: the last one used, else MNIST)."),
        QStringLiteral("NAME"));
    const QCommandLineOption dataOption(QStringLiteral("data"),
                                        QApplication::translate("main", "Open the MNIST-format folder DIR."),
                                        QStringLiteral("DIR"));
    parser.addOption(datasetOption);
    parser.addOption(dataOption);
    parser.process(app);

    mw::core::setComputeThreads();
    mw::app::MainWindow window(&language);
    window.show();
    window.openStartupDataset(parser.value(dataOption), parser.value(datasetOption));
    return app.exec();
}
