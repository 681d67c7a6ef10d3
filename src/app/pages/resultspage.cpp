#include "pages/resultspage.h"

#include "errors.h"
#include "format.h"
#include "jobs/loadrunsjob.h"
#include "training/celldigits.h"
#include "training/runstore.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QThreadPool>

#include <algorithm>
#include <filesystem>

namespace mw::app {
namespace {

constexpr int kCellRole = Qt::UserRole; // confusionsList items: true * 10 + predicted
constexpr int kCommonConfusions = 8;

QString qs(const std::string &s) { return QString::fromStdString(s); }

} // namespace

ResultsPage::ResultsPage(QThreadPool *pool, QWidget *parent, const QString &runsFolder)
    : QWidget(parent), m_pool(pool),
      m_runsFolder(runsFolder.isEmpty() ? qs(mw::core::defaultRunsDir().string()) : runsFolder)
{
    m_ui.setupUi(this);
    m_proxy.setSourceModel(&m_model);
    m_proxy.setSortRole(ResultsTableModel::SortRole);
    m_ui.runsTable->setModel(&m_proxy);
    // Runs stay in the order they ran until a header is clicked.
    m_ui.runsTable->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui.runsTable->horizontalHeader()->setSectionsMovable(true);
    m_ui.runsTable->horizontalHeader()->setStretchLastSection(true);
    m_ui.runsTable->verticalHeader()->hide();
    m_ui.runtimeChart->setKind(RunBarChart::Kind::Runtime);
    m_ui.accuracyChart->setKind(RunBarChart::Kind::Accuracy);
    m_delegate.setCellSize(44);
    m_ui.cellDigitsView->setModel(&m_digits);
    m_ui.cellDigitsView->setItemDelegate(&m_delegate);
    m_ui.mainSplitter->setStretchFactor(0, 2);
    m_ui.mainSplitter->setStretchFactor(1, 3);
    m_ui.mainSplitter->setSizes({240, 520});
    m_ui.lowerSplitter->setStretchFactor(0, 4);
    m_ui.lowerSplitter->setStretchFactor(1, 3);
    m_ui.lowerSplitter->setStretchFactor(2, 3);
    m_ui.lowerSplitter->setSizes({500, 380, 380});

    auto *exportMenu = new QMenu(this);
    m_csvAction = exportMenu->addAction(QString(), this, [this] { chooseTableExport(QStringLiteral("csv")); });
    m_jsonAction = exportMenu->addAction(QString(), this, [this] { chooseTableExport(QStringLiteral("json")); });
    m_ui.exportTableButton->setMenu(exportMenu);

    m_referenceAction = new QAction(m_ui.runsTable);
    connect(m_referenceAction, &QAction::triggered, this, [this] { setReference(selectedRun()); });
    m_deleteAction = new QAction(m_ui.runsTable);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, &ResultsPage::deleteSelectedRun);
    m_ui.runsTable->addAction(m_referenceAction);
    m_ui.runsTable->addAction(m_deleteAction);
    retranslate();

    connect(m_ui.reloadButton, &QPushButton::clicked, this, &ResultsPage::reloadRuns);
    connect(m_ui.deleteRunButton, &QPushButton::clicked, this, &ResultsPage::deleteSelectedRun);
    connect(m_ui.resumeRunButton, &QPushButton::clicked, this, [this] {
        if (const int row = selectedRun(); row >= 0)
            Q_EMIT resumeRequested(m_model.run(row).dir);
    });
    connect(m_ui.saveChartButton, &QPushButton::clicked, this, [this] {
        const QWidget *tab = m_ui.chartTabs->currentWidget();
        chooseFigureExport(tab == m_ui.accuracyTab ? QStringLiteral("accuracy")
                           : tab == m_ui.curvesTab ? QStringLiteral("curves")
                                                   : QStringLiteral("runtime"));
    });
    connect(m_ui.saveMatrixButton, &QPushButton::clicked, this,
            [this] { chooseFigureExport(QStringLiteral("confusion")); });
    connect(m_ui.referenceCombo, &QComboBox::activated, this,
            [this](int index) { setReference(m_model.rowOfDir(m_ui.referenceCombo->itemData(index).toString())); });
    connect(m_ui.runsTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultsPage::showSelectedRun);
    connect(&m_proxy, &QAbstractItemModel::layoutChanged, this, &ResultsPage::refreshCharts);
    connect(&m_proxy, &QAbstractItemModel::modelReset, this, &ResultsPage::showSelectedRun);
    connect(m_ui.confusionView, &ConfusionMatrixView::cellClicked, this, &ResultsPage::showCell);
    connect(m_ui.confusionsList, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        const int cell = item->data(kCellRole).toInt();
        showCell(cell / 10, cell % 10);
    });
    runsChanged();
    reloadRuns();
}

void ResultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ResultsPage::retranslate()
{
    m_csvAction->setText(tr("As &CSV…"));
    m_jsonAction->setText(tr("As &JSON…"));
    m_referenceAction->setText(tr("Use as McNemar &reference"));
    m_deleteAction->setText(tr("&Delete run…"));
    m_model.retranslate();
    m_ui.runsTable->resizeColumnsToContents();
    refreshStatus(); // a note such as "Saved the table" gives way to the run count
    showRunTexts();
    fillCellDigits(true);
}

// ---- the run store ----

void ResultsPage::reloadRuns()
{
    const int generation = ++m_listingGeneration;
    m_loadingRuns = true;
    m_ui.reloadButton->setEnabled(false);
    refreshStatus();
    auto *job = new LoadRunsJob(m_runsFolder);
    connect(job, &LoadRunsJob::finished, this,
            [this, generation](std::vector<RunRecord> runs, const QStringList &problems) {
                if (generation == m_listingGeneration)
                    finishListing(std::move(runs), problems);
            });
    m_pool->start(job);
}

void ResultsPage::finishListing(std::vector<RunRecord> runs, const QStringList &problems)
{
    m_loadingRuns = false;
    m_ui.reloadButton->setEnabled(true);
    m_problems = problems;
    const int selected = selectedRun();
    const QString selectedDir = selected >= 0 ? m_model.run(selected).dir : QString();
    // Runs that arrived through addRun() from folders outside the store stay; the store's own are as listed now.
    const QString store = QDir(m_runsFolder).absolutePath();
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const RunRecord &record = m_model.run(row);
        const bool inStore = !record.dir.isEmpty() && QFileInfo(record.dir).absolutePath() == store;
        const bool listed = std::any_of(runs.begin(), runs.end(), [&](const RunRecord &r) { return r.dir == record.dir; });
        if (!inStore && !listed)
            runs.push_back(record);
    }
    const int count = int(runs.size());
    m_model.setRuns(std::move(runs));
    runsChanged();
    // The run that was selected stays so; at start, the latest run is.
    const int keep = selectedDir.isEmpty() ? -1 : m_model.rowOfDir(selectedDir);
    selectRun(keep >= 0 ? keep : m_model.rowCount() - 1);
    Q_EMIT runsLoaded(count);
}

void ResultsPage::addRun(const mw::core::RunResult &result, const QString &runDir)
{
    RunRecord record;
    record.result = result;
    record.dir = runDir.isEmpty() ? QString() : QDir(runDir).absolutePath();
    const bool first = selectedRun() < 0;
    m_model.addRun(std::move(record));
    runsChanged();
    if (first)
        selectRun(runDir.isEmpty() ? m_model.rowCount() - 1 : m_model.rowOfDir(QDir(runDir).absolutePath()));
}

void ResultsPage::deleteSelectedRun()
{
    const int row = selectedRun();
    if (row < 0)
        return;
    const RunRecord &record = m_model.run(row);
    const QString dir = record.dir;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete run"),
                                tr("Delete the run %1 (test accuracy %2)?")
                                    .arg(m_model.runLabel(row),
                                         m_model.index(row, ResultsTableModel::AccuracyColumn).data().toString()),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteRunDialog"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setInformativeText(dir.isEmpty() ? tr("It has no run folder; it leaves the table only.")
                                          : tr("This deletes its folder %1 with the result, the best checkpoint and "
                                               "the log. It cannot be undone.").arg(dir));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, dir](QAbstractButton *button) {
        if (box->standardButton(button) == QMessageBox::Yes)
            deleteRun(dir);
    });
    box->open();
}

void ResultsPage::deleteRun(const QString &dir)
{
    const int row = dir.isEmpty() ? selectedRun() : m_model.rowOfDir(dir);
    if (row < 0)
        return;
    QString note;
    if (!dir.isEmpty()) {
        using Outcome = mw::core::RunDeletion::Outcome;
        const mw::core::RunDeletion deletion = mw::core::deleteRun(dir.toStdString());
        const QString name = QStringLiteral("deleteErrorDialog");
        switch (deletion.outcome) {
        case Outcome::Training:
            showError(tr("Cannot delete run"), tr("%1: the run is training; cancel it first.").arg(dir), name);
            return;
        case Outcome::NotARun:
            showError(tr("Cannot delete run"),
                      tr("%1 holds no %2, so it is not a run folder; nothing was deleted.")
                          .arg(dir, QString::fromLatin1(mw::core::RunStore::kResultFile)),
                      name);
            return;
        case Outcome::Failed:
            showError(tr("Cannot delete run"),
                      tr("%1: cannot delete the run (%2). It is still there.").arg(dir, qs(deletion.error)), name);
            return;
        case Outcome::Deleted:
            if (!deletion.leftover.empty())
                note = tr(" Some files were left in %1 (%2).").arg(qs(deletion.leftover.string()), qs(deletion.error));
            break;
        case Outcome::Missing: break; // already gone: the row goes too
        }
    }
    const QString label = m_model.runLabel(row);
    m_model.removeRun(row);
    runsChanged();
    m_ui.statusLabel->setText(tr("Deleted the run %1.").arg(label) + note);
    Q_EMIT runDeleted(dir);
}

// ---- table, reference, charts ----

int ResultsPage::selectedRun() const
{
    const QModelIndex current = m_ui.runsTable->selectionModel()->currentIndex();
    return current.isValid() ? m_proxy.mapToSource(current).row() : -1;
}

void ResultsPage::selectRun(int modelRow)
{
    if (modelRow < 0 || modelRow >= m_model.rowCount()) {
        m_ui.runsTable->selectionModel()->clear();
        showSelectedRun();
        return;
    }
    const QModelIndex index = m_proxy.mapFromSource(m_model.index(modelRow, 0));
    m_ui.runsTable->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_ui.runsTable->scrollTo(index);
}

void ResultsPage::setReference(int modelRow)
{
    m_model.setReferenceDir(modelRow >= 0 && modelRow < m_model.rowCount() ? m_model.run(modelRow).dir : QString());
    refreshReferenceCombo();
}

void ResultsPage::runsChanged()
{
    // Until the user picks one, the most accurate run is the reference.
    if (m_model.referenceDir().isEmpty() && m_model.rowCount() > 0) {
        int best = -1;
        for (int row = 0; row < m_model.rowCount(); ++row) {
            const auto &acc = m_model.run(row).result.testAccuracy;
            if (acc && (best < 0 || *acc > *m_model.run(best).result.testAccuracy))
                best = row;
        }
        if (best >= 0)
            m_model.setReferenceDir(m_model.run(best).dir);
    }
    refreshReferenceCombo();
    refreshCharts();
    refreshStatus();
    m_ui.runsTable->resizeColumnsToContents();
    m_ui.deleteRunButton->setEnabled(m_model.rowCount() > 0);
    m_ui.exportTableButton->setEnabled(m_model.rowCount() > 0);
    refreshResumeButton();
}

void ResultsPage::refreshResumeButton()
{
    const int row = selectedRun();
    m_ui.resumeRunButton->setEnabled(row >= 0 && m_model.run(row).result.cancelled && !m_model.run(row).dir.isEmpty()
                                     && mw::core::RunStore::resumable(m_model.run(row).dir.toStdString()));
}

void ResultsPage::refreshReferenceCombo()
{
    const QSignalBlocker blocker(m_ui.referenceCombo);
    m_ui.referenceCombo->clear();
    for (int row = 0; row < m_model.rowCount(); ++row)
        m_ui.referenceCombo->addItem(m_model.runLabel(row), m_model.run(row).dir);
    m_ui.referenceCombo->setCurrentIndex(m_model.rowOfDir(m_model.referenceDir()));
    m_ui.referenceCombo->setEnabled(m_model.rowCount() > 1);
}

void ResultsPage::refreshCharts()
{
    std::vector<RunBar> bars;
    for (int i = 0; i < m_proxy.rowCount(); ++i) {
        const int row = m_proxy.mapToSource(m_proxy.index(i, 0)).row();
        const auto &r = m_model.run(row).result;
        RunBar bar;
        bar.label = m_model.runLabel(row);
        using mw::core::PhaseName;
        const auto *first = r.phase(PhaseName::Head) ? r.phase(PhaseName::Head) : r.phase(PhaseName::Train);
        bar.headSeconds = first ? first->seconds : 0;
        bar.finetuneSeconds = r.phase(PhaseName::Finetune) ? r.phase(PhaseName::Finetune)->seconds : 0;
        bar.otherSeconds = std::max(0.0, r.secondsTotal - bar.headSeconds - bar.finetuneSeconds);
        bar.accuracy = r.testAccuracy;
        bars.push_back(bar);
    }
    m_ui.runtimeChart->setRuns(bars);
    m_ui.accuracyChart->setRuns(bars);
}

void ResultsPage::refreshStatus()
{
    if (m_loadingRuns) {
        m_ui.statusLabel->setText(tr("Reading runs from %1…").arg(m_runsFolder));
        return;
    }
    QString text = (m_model.rowCount() == 1 ? tr("1 run in %1") : tr("%1 runs in %2").arg(m_model.rowCount()))
                       .arg(QDir::toNativeSeparators(m_runsFolder));
    if (!m_problems.isEmpty())
        text += QStringLiteral(" — ") + tr("skipped %1 that could not be read: ").arg(m_problems.size())
                + m_problems.first() + (m_problems.size() > 1 ? QStringLiteral(" …") : QString());
    m_ui.statusLabel->setText(text);
    m_ui.statusLabel->setToolTip(m_problems.join(QLatin1Char('\n')));
}

// ---- the selected run: confusion matrix and its digits ----

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
