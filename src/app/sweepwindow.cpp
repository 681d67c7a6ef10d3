#include "sweepwindow.h"

#include "errors.h"
#include "jobs/runqueue.h"
#include "sweep/slurm.h"
#include "training/runstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPointer>
#include <QSignalBlocker>
#include <QThreadPool>

namespace mw::app {

SweepWindow::SweepWindow(const QString &folder, QThreadPool *pool, RunQueue *queue, const QList<int> &ids,
                         QWidget *parent)
    : QDialog(parent), m_folder(QDir(folder).absolutePath()), m_pool(pool), m_queue(queue), m_ids(ids),
      m_poller(m_folder, pool)
{
    m_ui.setupUi(this);
    setModal(false);
    m_proxy.setSourceModel(&m_model);
    m_proxy.setSortRole(SweepTableModel::SortRole);
    m_ui.trialsView->setModel(&m_proxy);
    // Best first, as the engine orders them, until a header is clicked.
    m_ui.trialsView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_ui.trialsView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui.splitter->setSizes({260, 340});
    m_ui.axisCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    resize(980, 720);

    connect(&m_poller, &SweepPoller::read, this, &SweepWindow::present);
    connect(m_ui.refreshButton, &QPushButton::clicked, this, &SweepWindow::refresh);
    connect(m_ui.cancelButton, &QPushButton::clicked, this, &SweepWindow::cancelSweep);
    connect(m_ui.resumeButton, &QPushButton::clicked, this, &SweepWindow::resumeSweep);
    connect(m_ui.cancelTrialButton, &QPushButton::clicked, this, &SweepWindow::cancelTrial);
    connect(m_ui.trialsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SweepWindow::updateTrialButton);
    connect(m_ui.axisCombo, &QComboBox::currentIndexChanged, this, &SweepWindow::showPlot);
    if (m_queue) // the app's own trials: read again as each one ends
        connect(m_queue, &RunQueue::jobFinished, this, [this] { refresh(); });
    retranslate();
    refresh();
}

void SweepWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SweepWindow::retranslate()
{
    m_ui.retranslateUi(this);
    setWindowTitle(tr("Sweep %1").arg(QDir(m_folder).dirName()));
    m_model.retranslate();
}

void SweepWindow::present(const mw::core::SweepSnapshot &snapshot, const QString &error)
{
    if (!error.isEmpty()) {
        m_ui.summaryLabel->setText(error);
        m_poller.setPolling(false);
        Q_EMIT failed(error);
        Q_EMIT refreshed();
        return;
    }
    const mw::core::Sweep &sweep = snapshot.sweep;
    const std::vector<mw::core::TrialStatus> &status = snapshot.status;
    const bool slurm = snapshot.slurm;
    m_slurm = slurm;
    const int axisBefore = m_ui.axisCombo->currentIndex();
    const bool axesChanged = m_ui.axisCombo->count() != int(sweep.definition.axes.size()) + 1;
    m_model.setSweep(sweep, status);
    if (axesChanged) {
        const QSignalBlocker block(m_ui.axisCombo);
        m_ui.axisCombo->clear();
        for (const mw::core::SweepAxis &axis : sweep.definition.axes)
            m_ui.axisCombo->addItem(QString::fromStdString(axis.setting));
        m_ui.axisCombo->addItem(tr("All settings (parallel coordinates)"));
        // The first setting that takes numbers (a learning rate, a batch size) tells most; else the first.
        int first = 0;
        for (std::size_t a = 0; a < sweep.definition.axes.size(); ++a) {
            const auto &values = sweep.definition.axes[a].values;
            if (!values.empty() && values.front().is_number()) {
                first = int(a);
                break;
            }
        }
        m_ui.axisCombo->setCurrentIndex(first);
    } else {
        const QSignalBlocker block(m_ui.axisCombo);
        m_ui.axisCombo->setCurrentIndex(std::max(0, axisBefore));
    }
    showPlot();
    showCurves();

    int finished = 0, busy = 0;
    for (const mw::core::TrialStatus &s : status) {
        finished += mw::core::trialDone(s.state);
        busy += mw::core::trialBusy(s) || (s.state == mw::core::TrialState::Pending && !m_ids.isEmpty());
    }
    QString summary = tr("%1 of %n trial(s) finished", nullptr, int(status.size())).arg(finished);
    if (busy > 0)
        summary += QStringLiteral(" · ") + tr("%n queued or training", nullptr, busy);
    if (slurm)
        summary += QStringLiteral(" · ") + tr("on Slurm");
    summary += QStringLiteral(" · ") + QDir::toNativeSeparators(m_folder);
    const bool canCancel = busy > 0 && (slurm || !m_ids.isEmpty());
    m_ui.cancelButton->setEnabled(canCancel);
    m_ui.resumeButton->setEnabled(busy == 0 && finished < int(status.size()));
    updateTrialButton();
    if (!snapshot.queueError.empty())
        summary += QStringLiteral(" · ") + QString::fromStdString(snapshot.queueError);
    m_ui.summaryLabel->setText(summary);
    m_poller.setPolling(busy > 0);
    Q_EMIT refreshed();
}

void SweepWindow::showPlot()
{
    const int index = m_ui.axisCombo->currentIndex();
    const int axes = m_ui.axisCombo->count() - 1;
    m_ui.sweepPlot->setData(m_model.sweep(), m_model.rows(), index >= 0 && index < axes ? index : SweepPlot::kAllSettings);
}

// Every trial's epochs so far, as its progress.jsonl (or result) tells them.
void SweepWindow::showCurves()
{
    m_ui.curvePlot->clear();
    for (int row = 0; row < m_model.rowCount(); ++row) {
        const mw::core::TrialStatus &s = m_model.status(row);
        const QString title = QString::fromStdString(s.name);
        if (s.result) {
            m_ui.curvePlot->addResult(s.index, title, *s.result);
            continue;
        }
        if (s.progress.epochs.empty())
            continue;
        m_ui.curvePlot->addRun(s.index, title);
        for (const mw::core::EpochMetrics &m : s.progress.epochs)
            m_ui.curvePlot->addEpoch(s.index, m);
    }
}

void SweepWindow::cancelSweep()
{
    if (!m_slurm) {
        for (int id : std::as_const(m_ids))
            m_queue->cancel(id);
        refresh();
        return;
    }
    m_ui.cancelButton->setEnabled(false);
    onPool([dir = std::filesystem::path(m_folder.toStdString())] { mw::core::cancelSlurmJobs(dir); });
}

// The selected trial, when it is one Slurm holds (queued or running) and so can be cancelled alone.
int SweepWindow::selectedSlurmTrial() const
{
    const QModelIndex current = m_ui.trialsView->currentIndex();
    if (!m_slurm || !current.isValid())
        return -1;
    const mw::core::TrialStatus &s = m_model.status(m_proxy.mapToSource(current).row());
    return s.queue.empty() ? -1 : s.index;
}

void SweepWindow::updateTrialButton() { m_ui.cancelTrialButton->setEnabled(selectedSlurmTrial() >= 0); }

void SweepWindow::cancelTrial()
{
    const int index = selectedSlurmTrial();
    if (index < 0)
        return;
    m_ui.cancelTrialButton->setEnabled(false);
    onPool([dir = std::filesystem::path(m_folder.toStdString()), index] { mw::core::cancelSlurmTrial(dir, index); });
}

// Slurm's commands may wait on the cluster's controller: on the pool, then the folder is read again.
void SweepWindow::onPool(std::function<void()> work, std::function<void()> done)
{
    QPointer<SweepWindow> self(this);
    m_pool->start([self, work, done] {
        QString error;
        try {
            work();
        } catch (const mw::core::Error &e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(qApp, [self, error, done] {
            if (!self)
                return;
            if (!error.isEmpty()) {
                self->m_ui.summaryLabel->setText(error);
                Q_EMIT self->failed(error);
            } else if (done) {
                done();
            }
            self->refresh();
        });
    });
}

void SweepWindow::resumeSweep()
{
    const std::vector<int> todo = mw::core::trialsToResume(m_model.statuses());
    if (todo.empty())
        return;
    const std::filesystem::path dir = m_folder.toStdString();
    if (!m_slurm) {
        // Here: new trials as new runs in their folders, stopped ones resumed from their saved state.
        std::vector<mw::core::RunConfig> fresh;
        QStringList folders;
        for (int index : todo) {
            const mw::core::Trial &trial = m_model.sweep().trials[std::size_t(index)];
            const QString trialFolder = QString::fromStdString(mw::core::trialDir(dir, trial).string());
            if (mw::core::RunStore::resumable(trialFolder.toStdString())) {
                QString error;
                const int id = m_queue->resume(trialFolder, &error);
                if (id < 0)
                    Q_EMIT failed(error);
                else
                    m_ids << id;
            } else {
                fresh.push_back(trial.config);
                folders << trialFolder;
            }
        }
        if (!fresh.empty())
            m_ids << m_queue->enqueue(fresh, folders);
        refresh();
        return;
    }
    m_ui.resumeButton->setEnabled(false);
    onPool([dir, todo] { mw::core::submitToSlurm(dir, todo, mw::core::slurmSettingsOf(dir)); },
           [this] { Q_EMIT submitted(m_folder); });
}

} // namespace mw::app
