// The Results page's exports: the table as CSV or JSON, and its figures as PNG, SVG or PDF.
#include "pages/resultspage.h"

#include "widgets/figureexport.h"

#include <QChart>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>

namespace mw::app {

QString ResultsPage::exportTable(const QString &path) const
{
    std::vector<int> rows;
    for (int i = 0; i < m_proxy.rowCount(); ++i)
        rows.push_back(m_proxy.mapToSource(m_proxy.index(i, 0)).row());
    const QString suffix = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    if (suffix == QLatin1String("csv"))
        bytes = m_model.toCsv(rows);
    else if (suffix == QLatin1String("json"))
        bytes = m_model.toJson(rows);
    else
        return tr("%1: the table is saved as .csv or .json").arg(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("%1: cannot write (%2)").arg(path, file.errorString());
    return {};
}

QString ResultsPage::exportFigure(const QString &figure, const QString &path)
{
    if (figure == QLatin1String("confusion")) {
        auto *view = m_ui.confusionView;
        return saveFigure(view, [view](QPainter &painter, const QRect &area) { view->paint(painter, area); }, path,
                          QSize(480, 480));
    }
    if (figure == QLatin1String("curves")) {
        QString error;
        return m_ui.curvesPlot->exportTo(path, &error) ? QString() : error;
    }
    RunBarChart *chart = figure == QLatin1String("accuracy") ? m_ui.accuracyChart
                         : figure == QLatin1String("runtime") ? m_ui.runtimeChart
                                                              : nullptr;
    if (!chart)
        return tr("no figure called \"%1\"").arg(figure);
    return saveFigure(chart, [chart](QPainter &painter, const QRect &area) {
        // The chart laid out at the figure's size (a hidden tab's chart has never been laid out), then put back.
        QChart *c = chart->chart();
        const QSizeF shown = c->size();
        c->resize(area.size());
        chart->scene()->render(&painter, area, QRectF(c->pos(), area.size()));
        c->resize(shown);
    }, path);
}

void ResultsPage::chooseTableExport(const QString &suffix)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter = suffix == QLatin1String("csv") ? tr("CSV table (*.csv)") : tr("JSON (*.json)");
    QString path = QFileDialog::getSaveFileName(this, tr("Export the results table"),
                                                QDir(dir).filePath(QStringLiteral("results.") + suffix), filter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + suffix;
    const QString error = exportTable(path);
    if (!error.isEmpty())
        showError(tr("Cannot export the table"), error, QStringLiteral("exportErrorDialog"));
    else
        m_ui.statusLabel->setText(tr("Saved the table to %1").arg(path));
}

void ResultsPage::chooseFigureExport(const QString &figure)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString selected;
    QString path = QFileDialog::getSaveFileName(this, tr("Save the figure"),
                                                QDir(dir).filePath(figure + QStringLiteral(".png")),
                                                figureFileFilter(), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty()) {
        // The chosen filter's suffix: "PDF document (*.pdf)" -> pdf.
        const qsizetype star = selected.indexOf(QStringLiteral("*."));
        path += QLatin1Char('.') + (star >= 0 ? selected.mid(star + 2).chopped(1) : QStringLiteral("png"));
    }
    const QString error = exportFigure(figure, path);
    if (!error.isEmpty())
        showError(tr("Cannot save the figure"), error, QStringLiteral("exportErrorDialog"));
    else
        m_ui.statusLabel->setText(tr("Saved the figure to %1").arg(path));
}

} // namespace mw::app
