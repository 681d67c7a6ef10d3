#include "pages/resultspage.h"

#include "data/catalog.h"
#include "data/split.h"
#include "errors.h"
#include "jobs/loadrunsjob.h"
#include "training/runstore.h"
#include "widgets/figureexport.h"

#include <QAction>
#include <QChart>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThreadPool>

#include <algorithm>
#include <filesystem>
#include <map>
#include <unordered_set>

namespace mw::app {
namespace {

constexpr int kCellRole = Qt::UserRole; // confusionsList items: true * 10 + predicted
constexpr int kCommonConfusions = 8;

QString qs(const std::string &s) { return QString::fromStdString(s); }

std::filesystem::path fsPath(const QString &path) { return std::filesystem::path(path.toStdString()); }

} // namespace

ResultsPage::ResultsPage(QThreadPool *pool, QWidget *parent, const QString &runsFolder)
    : QWidget(parent), m_pool(pool),
      m_runsFolder(runsFolder.isEmpty() ? qs((mw::core::appDataDir() / "runs").string()) : runsFolder)
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
    // A few lines of a log the run has just written: read at once rather than round a pool trip.
    record.trainDigits = record.dir.isEmpty() ? 0 : trainDigitsFromLog(record.dir);
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
        namespace fs = std::filesystem;
        const fs::path folder = fsPath(dir);
        std::error_code ec;
        if (fs::exists(folder, ec)) {
            // Never delete a folder that is not a run, whatever the table was told (an interrupted run holds its
            // resume state only), nor one a run is writing.
            if (mw::core::RunStore::inUse(folder)) {
                showError(tr("Cannot delete run"), tr("%1: the run is training; cancel it first.").arg(dir),
                          QStringLiteral("deleteErrorDialog"));
                return;
            }
            if (!fs::exists(folder / mw::core::RunStore::kResultFile, ec)
                && !fs::exists(folder / mw::core::RunStore::kResumeInfoFile, ec)) {
                showError(tr("Cannot delete run"),
                          tr("%1 holds no %2, so it is not a run folder; nothing was deleted.")
                              .arg(dir, QString::fromLatin1(mw::core::RunStore::kResultFile)),
                          QStringLiteral("deleteErrorDialog"));
                return;
            }
            // Renamed first, in one step: the store never lists a half-deleted run under its real name.
            fs::path doomed = folder;
            doomed += ".deleting";
            fs::remove_all(doomed, ec);
            fs::rename(folder, doomed, ec);
            if (ec) {
                showError(tr("Cannot delete run"),
                          tr("%1: cannot delete the run (%2). It is still there.").arg(dir, qs(ec.message())),
                          QStringLiteral("deleteErrorDialog"));
                return;
            }
            fs::remove_all(doomed, ec);
            if (ec)
                note = tr(" Some files were left in %1 (%2).").arg(qs(doomed.string()), qs(ec.message()));
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
        const auto *first = r.phase("head") ? r.phase("head") : r.phase("train");
        bar.headSeconds = first ? first->seconds : 0;
        bar.finetuneSeconds = r.phase("finetune") ? r.phase("finetune")->seconds : 0;
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
    m_ui.matrixTitle->setText(tr("Confusion matrix — <b>%1</b>, %2 % of %3 test digits right")
                                  .arg(m_model.runLabel(row).toHtmlEscaped())
                                  .arg(*r.testAccuracy * 100, 0, 'f', 2)
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

QString ResultsPage::datasetFolderOf(const mw::core::RunResult &result) const
{
    std::error_code ec;
    if (!result.config.dataset.empty() && std::filesystem::is_directory(result.config.dataset, ec))
        return qs(result.config.dataset);
    // Moved, or a run from another machine: the catalog's dataset of the same name holds the same digits.
    for (const auto &location : mw::core::discoverDatasets())
        if (location.name == result.dataset)
            return qs(location.folder.string());
    return {};
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

void ResultsPage::fillCellDigits(bool keepDigits)
{
    const int row = selectedRun();
    if (row < 0 || !m_model.run(row).result.testAccuracy)
        return;
    const auto &r = m_model.run(row).result;
    const QString folder = datasetFolderOf(r);
    if (folder.isEmpty()) {
        m_digits.clear();
        m_ui.cellLabel->setText(tr("The run's dataset %1 is not found (it was in %2), so its digits cannot be shown.")
                                    .arg(qs(r.dataset), qs(r.config.dataset)));
        return;
    }
    const auto found = m_datasets.find(folder);
    if (found == m_datasets.end()) {
        m_digits.clear();
        if (m_datasetErrors.count(folder)) {
            m_ui.cellLabel->setText(tr("Cannot show the digits: %1").arg(m_datasetErrors[folder]));
            return;
        }
        m_ui.cellLabel->setText(tr("Loading the test digits from %1…").arg(folder));
        loadDataset(folder);
        return;
    }
    const DatasetPtr dataset = found->second;
    mw::core::Split split;
    try {
        // Only the test part matters here, and no validation size changes it (standard: the official test digits;
        // tutorial: the last 5,000), so none is held out: small datasets split too.
        mw::core::SplitOptions options;
        options.kind = r.config.split;
        options.validationSize = 0;
        split = mw::core::makeSplit(dataset->data, options);
    } catch (const mw::core::Error &e) {
        m_digits.clear();
        m_ui.cellLabel->setText(tr("Cannot show the digits: %1").arg(qs(e.what())));
        return;
    }
    const auto &test = split.test;
    if (int(test.size()) != ResultsTableModel::testSize(r)) {
        m_digits.clear();
        m_ui.cellLabel->setText(tr("%1 now has %2 test digits but the run evaluated %3: it is not the data this run used.")
                                    .arg(folder)
                                    .arg(test.size())
                                    .arg(ResultsTableModel::testSize(r)));
        return;
    }

    std::map<int, const mw::core::TestDigitDetail *> details; // by test position
    for (const auto &detail : r.testDetails)
        details[detail.index] = &detail;
    std::vector<TestDigitsModel::Digit> digits;
    auto digitAt = [&](int position, int predicted) {
        const int global = test[std::size_t(position)];
        TestDigitsModel::Digit digit{position, global, dataset->data.label(global), predicted, std::nullopt};
        if (const auto found = details.find(position); found != details.end())
            digit.detail = *found->second;
        return digit;
    };
    // Worst first: by loss where the run kept it (a digit without one after all those with one).
    auto byLoss = [](const TestDigitsModel::Digit &a, const TestDigitsModel::Digit &b) {
        return a.detail && (!b.detail || a.detail->loss > b.detail->loss);
    };
    int expected = 0;
    QString what;
    if (m_cellTrue >= 0 && m_cellTrue == m_cellPredicted) {
        std::unordered_set<int> wrong(r.misclassified.begin(), r.misclassified.end());
        for (int pos = 0; pos < int(test.size()); ++pos)
            if (!wrong.count(pos) && dataset->data.label(test[std::size_t(pos)]) == m_cellTrue)
                digits.push_back(digitAt(pos, m_cellTrue));
        std::stable_sort(digits.begin(), digits.end(), byLoss); // the right answers it was least sure of first
        expected = r.confusionMatrix[std::size_t(m_cellTrue)][std::size_t(m_cellTrue)];
        what = tr("%1 test digits %2 classified right").arg(digits.size()).arg(m_cellTrue);
    } else {
        std::map<std::pair<int, int>, int> pairCounts;
        for (std::size_t i = 0; i < r.misclassified.size(); ++i) {
            const int pos = r.misclassified[i];
            if (pos < 0 || pos >= int(test.size()))
                continue;
            const int predicted = i < r.misclassifiedPredicted.size() ? r.misclassifiedPredicted[i] : -1;
            const auto digit = digitAt(pos, predicted);
            if (m_cellTrue < 0 || (digit.label == m_cellTrue && digit.predicted == m_cellPredicted)) {
                digits.push_back(digit);
                ++pairCounts[{digit.label, digit.predicted}];
            }
        }
        if (m_cellTrue < 0 && !r.testDetails.empty()) {
            // The top losses: the mistakes and the right answers the model was least sure of, worst first.
            digits.clear();
            for (const auto &detail : r.testDetails)
                if (detail.index >= 0 && detail.index < int(test.size()))
                    digits.push_back(digitAt(detail.index, detail.predicted));
            std::stable_sort(digits.begin(), digits.end(), byLoss);
            expected = int(r.testDetails.size());
            what = tr("Top losses: the %1 test digits the model was most wrong or least sure about, worst first "
                      "(the percentage is its confidence); click a cell to see one kind")
                       .arg(digits.size());
        } else if (m_cellTrue < 0) {
            // An older run without probabilities: the most repeated confusions first.
            std::stable_sort(digits.begin(), digits.end(), [&](const auto &a, const auto &b) {
                return pairCounts[{a.label, a.predicted}] > pairCounts[{b.label, b.predicted}];
            });
            expected = int(r.misclassified.size());
            what = tr("All %1 mistakes, the most common confusions first; click a cell to see one kind").arg(digits.size());
        } else {
            std::stable_sort(digits.begin(), digits.end(), byLoss);
            expected = r.confusionMatrix[std::size_t(m_cellTrue)][std::size_t(m_cellPredicted)];
            what = tr("%1 test digits %2 taken for %3").arg(digits.size()).arg(m_cellTrue).arg(m_cellPredicted);
        }
    }
    if (int(digits.size()) != expected)
        what += QLatin1Char(' ') + tr("(the matrix says %1: %2 may not hold the digits this run saw)").arg(expected).arg(folder);
    else if (dataset->name != r.dataset)
        what += QLatin1Char(' ') + tr("(shown from %1; the run used %2)").arg(qs(dataset->name), qs(r.dataset));
    if (r.config.shiftCanvas > 0)
        what += QLatin1Char(' ') + tr("(shown as stored; the run saw each at its own place on a %1×%1 canvas)")
                                       .arg(r.config.shiftCanvas);
    m_ui.cellLabel->setText(what);
    if (keepDigits)
        return;
    m_digits.setDigits(dataset, std::move(digits));
    Q_EMIT cellDigitsShown(m_digits.rowCount());
}

// ---- export ----

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

void ResultsPage::showError(const QString &title, const QString &message, const QString &objectName)
{
    // Window-modal but not blocking: training behind it keeps reporting.
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace mw::app
