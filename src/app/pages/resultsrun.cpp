// The Results page's selected run: its confusion matrix, the most common confusions and the test digits of a cell.
#include "pages/resultspage.h"

#include "errors.h"
#include "format.h"
#include "training/celldigits.h"
#include "training/runstore.h"

#include <QFileInfo>
#include <QMessageBox>
#include <QThreadPool>

#include <algorithm>
#include <filesystem>

namespace mw::app {
namespace {

constexpr int kCommonConfusions = 8;

QString qs(const std::string &s) { return QString::fromStdString(s); }

} // namespace

void ResultsPage::showSelectedRun()
{
    m_cellTrue = m_cellPredicted = -1;
    m_ui.confusionsList->clear();
    const int row = selectedRun();
    refreshResumeButton();
    m_ui.curvesPlot->clear();
    if (row >= 0) {
        m_ui.curvesPlot->addResult(0, m_model.runLabel(row), m_model.run(row).result);
        m_ui.curvesPlot->setView(CurvePlot::View::Single, 0);
    }
    if (row < 0 || !m_model.run(row).result.testAccuracy) {
        m_ui.confusionView->clear(row < 0 ? QString() : tr("No test evaluation: the run was cancelled before it"));
        m_digits.clear();
        showRunTexts();
        return;
    }
    const auto &r = m_model.run(row).result;
    m_ui.confusionView->setMatrix(r.confusionMatrix);
    std::vector<std::pair<int, int>> errors; // (count, cell)
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p)
            if (t != p && r.confusionMatrix[t][p] > 0)
                errors.push_back({r.confusionMatrix[t][p], t * 10 + p});
    std::stable_sort(errors.begin(), errors.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (std::size_t i = 0; i < errors.size() && i < std::size_t(kCommonConfusions); ++i) {
        auto *item = new QListWidgetItem(m_ui.confusionsList);
        item->setData(kCellRole, errors[i].second);
    }
    showRunTexts();
    fillCellDigits();
}

void ResultsPage::showRunTexts()
{
    const int row = selectedRun();
    if (row < 0) {
        m_ui.matrixTitle->setText(tr("Confusion matrix"));
        m_ui.cellLabel->setText(m_model.rowCount() ? tr("Select a run in the table") : tr("No runs yet"));
        return;
    }
    const auto &r = m_model.run(row).result;
    if (!r.testAccuracy) {
        m_ui.matrixTitle->setText(tr("Confusion matrix — <b>%1</b>").arg(m_model.runLabel(row).toHtmlEscaped()));
        m_ui.cellLabel->setText(tr("This run was cancelled before its test evaluation: it has no confusion matrix."));
        return;
    }
    m_ui.matrixTitle->setText(tr("Confusion matrix — <b>%1</b>, %2 of %3 test digits right")
                                  .arg(m_model.runLabel(row).toHtmlEscaped(), Format::percent(*r.testAccuracy))
                                  .arg(ResultsTableModel::testSize(r)));
    for (int i = 0; i < m_ui.confusionsList->count(); ++i) {
        QListWidgetItem *item = m_ui.confusionsList->item(i);
        const int cell = item->data(kCellRole).toInt(), t = cell / 10, p = cell % 10;
        const int count = r.confusionMatrix[std::size_t(t)][std::size_t(p)];
        item->setText(tr("%1→%2 ×%3").arg(t).arg(p).arg(count));
        item->setToolTip(tr("%1 test digits %2 taken for %3").arg(count).arg(t).arg(p));
    }
}

void ResultsPage::showCell(int trueDigit, int predicted)
{
    m_cellTrue = trueDigit;
    m_cellPredicted = predicted;
    if (m_ui.confusionView->selectedTrue() != trueDigit || m_ui.confusionView->selectedPredicted() != predicted)
        m_ui.confusionView->selectCell(trueDigit, predicted);
    for (int i = 0; i < m_ui.confusionsList->count(); ++i)
        if (m_ui.confusionsList->item(i)->data(kCellRole).toInt() == trueDigit * 10 + predicted)
            m_ui.confusionsList->setCurrentRow(i);
    fillCellDigits();
}

void ResultsPage::loadDataset(const QString &folder)
{
    if (m_loadingDatasets.count(folder))
        return;
    m_loadingDatasets.insert(folder);
    auto *job = new LoadDatasetJob(folder.toStdString());
    connect(job, &LoadDatasetJob::loaded, this, [this, folder](const DatasetPtr &dataset) {
        m_datasets[folder] = dataset;
        m_loadingDatasets.erase(folder);
        fillCellDigits();
    });
    connect(job, &LoadDatasetJob::failed, this, [this, folder](const QString &message) {
        m_datasetErrors[folder] = message;
        m_loadingDatasets.erase(folder);
        fillCellDigits();
    });
    m_pool->start(job);
}

DatasetPtr ResultsPage::datasetOf(const mw::core::RunResult &r, QString *folder)
{
    *folder = qs(mw::core::runDatasetFolder(r).string());
    if (folder->isEmpty()) {
        m_ui.cellLabel->setText(tr("The run's dataset %1 is not found (it was in %2), so its digits cannot be shown.")
                                    .arg(qs(r.dataset), qs(r.config.dataset)));
        return nullptr;
    }
    if (const auto found = m_datasets.find(*folder); found != m_datasets.end())
        return found->second;
    if (m_datasetErrors.count(*folder)) {
        m_ui.cellLabel->setText(tr("Cannot show the digits: %1").arg(m_datasetErrors[*folder]));
        return nullptr;
    }
    m_ui.cellLabel->setText(tr("Loading the test digits from %1…").arg(*folder));
    loadDataset(*folder);
    return nullptr;
}

void ResultsPage::fillCellDigits(bool keepDigits)
{
    const int row = selectedRun();
    if (row < 0 || !m_model.run(row).result.testAccuracy)
        return;
    const auto &r = m_model.run(row).result;
    QString folder;
    const DatasetPtr dataset = datasetOf(r, &folder);
    mw::core::CellDigits cell;
    try {
        if (dataset)
            cell = mw::core::cellDigits(r, dataset->data, m_cellTrue, m_cellPredicted);
    } catch (const mw::core::Error &e) {
        m_ui.cellLabel->setText(tr("Cannot show the digits: %1").arg(qs(e.what())));
        m_digits.clear();
        return;
    }
    if (!dataset) {
        m_digits.clear(); // datasetOf says why
        return;
    }
    if (cell.kind == mw::core::CellDigits::Kind::OtherTestPart) {
        m_digits.clear();
        m_ui.cellLabel->setText(tr("%1 now has %2 test digits but the run evaluated %3: it is not the data this run used.")
                                    .arg(folder)
                                    .arg(cell.testPartSize)
                                    .arg(cell.expected));
        return;
    }
    m_ui.cellLabel->setText(cellText(cell, r, dataset->name, folder));
    if (keepDigits)
        return;
    m_digits.setDigits(dataset, std::move(cell.digits));
    Q_EMIT cellDigitsShown(m_digits.rowCount());
}

QString ResultsPage::cellText(const mw::core::CellDigits &cell, const mw::core::RunResult &r,
                              const std::string &datasetName, const QString &folder) const
{
    using Kind = mw::core::CellDigits::Kind;
    const auto shown = cell.digits.size();
    QString what;
    switch (cell.kind) {
    case Kind::Right: what = tr("%1 test digits %2 classified right").arg(shown).arg(m_cellTrue); break;
    case Kind::Confused:
        what = tr("%1 test digits %2 taken for %3").arg(shown).arg(m_cellTrue).arg(m_cellPredicted);
        break;
    case Kind::TopLosses:
        what = tr("Top losses: the %1 test digits the model was most wrong or least sure about, worst first "
                  "(the percentage is its confidence); click a cell to see one kind")
                   .arg(shown);
        break;
    case Kind::AllMistakes:
        what = tr("All %1 mistakes, the most common confusions first; click a cell to see one kind").arg(shown);
        break;
    case Kind::OtherTestPart: break;
    }
    if (int(shown) != cell.expected)
        what += QLatin1Char(' ') + tr("(the matrix says %1: %2 may not hold the digits this run saw)").arg(cell.expected).arg(folder);
    else if (datasetName != r.dataset)
        what += QLatin1Char(' ') + tr("(shown from %1; the run used %2)").arg(qs(datasetName), qs(r.dataset));
    if (r.config.shiftCanvas > 0)
        what += QLatin1Char(' ') + tr("(shown as stored; the run saw each at its own place on a %1×%1 canvas)")
                                       .arg(r.config.shiftCanvas);
    return what;
}

void ResultsPage::showError(const QString &title, const QString &message, const QString &objectName)
{
    // Window-modal but not blocking: training behind it keeps reporting.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace mw::app
