#include "pages/resultspage.h"

#include "errors.h"
#include "format.h"
#include "jobs/loadrunsjob.h"
#include "training/celldigits.h"
#include "training/runstore.h"

#include <QAction>
#include <QComboBox>
#include <QRegularExpression>
#include <QSignalBlocker>
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

QString qs(const std::string &s) { return QString::fromStdString(s); }

} // namespace

ResultsPage::ResultsPage(QThreadPool *pool, QWidget *parent, const QString &runsFolder)
    : QWidget(parent), m_pool(pool),
      m_runsFolder(runsFolder.isEmpty() ? qs(mw::core::defaultRunsDir().string()) : runsFolder)
{
    m_ui.setupUi(this);
    m_proxy.setSourceModel(&m_model);
    m_proxy.setSortRole(ResultsTableModel::SortRole);
    m_proxy.setFilterRole(ResultsTableModel::SweepRole);
    connect(m_ui.sweepCombo, &QComboBox::currentIndexChanged, this, &ResultsPage::filterToSweep);
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

// The run store: listing, deleting and resuming runs.

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
        const bool inStore = !record.dir.isEmpty() && record.dir.startsWith(store + QLatin1Char('/')); // a sweep's too
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
    record.sweep = runDir.isEmpty() ? QString() : qs(mw::core::sweepOfRun(record.dir.toStdString()));
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

// The table, its reference run and the charts.

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
    refreshSweepCombo();
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

// "All runs", then each sweep the runs come from; the table and charts show the runs of the sweep picked.
void ResultsPage::refreshSweepCombo()
{
    const QString current = m_ui.sweepCombo->currentData().toString();
    QStringList sweeps;
    for (int row = 0; row < m_model.rowCount(); ++row)
        if (const QString &sweep = m_model.run(row).sweep; !sweep.isEmpty() && !sweeps.contains(sweep))
            sweeps << sweep;
    sweeps.sort();
    const QSignalBlocker blocker(m_ui.sweepCombo);
    m_ui.sweepCombo->clear();
    m_ui.sweepCombo->addItem(tr("All runs"), QString());
    for (const QString &sweep : std::as_const(sweeps))
        m_ui.sweepCombo->addItem(tr("Sweep %1").arg(sweep), sweep);
    m_ui.sweepCombo->setCurrentIndex(std::max(0, m_ui.sweepCombo->findData(current)));
    m_ui.sweepCombo->setEnabled(!sweeps.isEmpty());
    filterToSweep();
}

void ResultsPage::filterToSweep()
{
    const QString sweep = m_ui.sweepCombo->currentData().toString();
    m_proxy.setFilterRegularExpression(sweep.isEmpty() ? QRegularExpression()
                                                       : QRegularExpression(QLatin1Char('^')
                                                                            + QRegularExpression::escape(sweep)
                                                                            + QLatin1Char('$')));
    refreshCharts();
}

void ResultsPage::setSweepFilter(const QString &sweep)
{
    m_ui.sweepCombo->setCurrentIndex(std::max(0, m_ui.sweepCombo->findData(sweep)));
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

} // namespace mw::app
