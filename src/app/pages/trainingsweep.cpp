// The Training page's followed sweeps: the trials of a sweep this app does not run (a Slurm array) as rows of the
// page, fed by a SweepPoller reading their folders and Slurm's queue, through the same steps a queued run takes.
#include "pages/trainingpage.h"

#include "errors.h"
#include "jobs/runqueue.h"
#include "jobs/sweeppoller.h"
#include "widgets/curveplot.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QThreadPool>
#include <QToolButton>

namespace mw::app {

void TrainingPage::followSweep(const QString &folder)
{
    const QString dir = QDir(folder).absolutePath();
    for (auto it = m_followed.cbegin(); it != m_followed.cend(); ++it)
        if (it.key()->folder() == dir) {
            it.key()->refresh();
            return;
        }
    auto *poller = new SweepPoller(dir, m_queue->pool(), this);
    m_followed.insert(poller, {});
    connect(poller, &SweepPoller::read, this,
            [this, poller](const mw::core::SweepSnapshot &snapshot, const QString &error) {
                showSweep(poller, snapshot, error);
            });
    poller->refresh();
}

int TrainingPage::sweepTrialRun(const QString &folder, int trial) const
{
    const QString dir = QDir(folder).absolutePath();
    for (auto it = m_followed.cbegin(); it != m_followed.cend(); ++it)
        if (it.key()->folder() == dir)
            return it.value().value(trial, 0);
    return 0;
}

// A Slurm sweep's reading: rows for its trials while any is queued or training, then polling stops.
void TrainingPage::showSweep(SweepPoller *poller, const mw::core::SweepSnapshot &snapshot, const QString &error)
{
    QHash<int, int> &ids = m_followed[poller];
    bool busy = false;
    for (const mw::core::TrialStatus &s : snapshot.status)
        busy = busy || mw::core::trialBusy(s);
    if (!error.isEmpty() || !snapshot.slurm || (ids.isEmpty() && !busy)) {
        if (!error.isEmpty() && !ids.isEmpty())
            m_ui.logView->appendPlainText(error);
        poller->setPolling(false);
        return;
    }
    for (const mw::core::TrialStatus &s : snapshot.status) {
        if (!ids.contains(s.index)) {
            const int id = m_nextRemoteId--;
            ids.insert(s.index, id);
            addJob(id, snapshot.sweep.trials[std::size_t(s.index)].config);
            Job &job = m_jobs[id];
            job.poller = poller;
            job.trial = s.index;
            job.dir = QString::fromStdString(
                mw::core::trialDir(poller->folder().toStdString(), snapshot.sweep.trials[std::size_t(s.index)])
                    .string());
            retranslateRow(job);
        }
        if (Job *job = find(ids.value(s.index)))
            showTrial(*job, s);
    }
    if (!snapshot.queueError.empty())
        m_ui.logView->appendPlainText(QString::fromStdString(snapshot.queueError));
    poller->setPolling(busy);
}

// One followed trial as its folder and the queue tell it, through the same steps a run of the queue takes.
void TrainingPage::showTrial(Job &job, const mw::core::TrialStatus &s)
{
    using mw::core::TrialState;
    const int id = job.id;
    job.queue = QString::fromStdString(s.queue);
    job.node = QString::fromStdString(s.node);
    const auto &epochs = s.progress.epochs;
    if (int(epochs.size()) < job.shownEpochs) { // a resumed trial redoes the epochs after its saved state
        m_ui.curvePlot->removeRun(id);
        m_ui.curvePlot->addRun(id, job.title);
        job.phase.reset();
        job.shownEpochs = job.lastEpoch = job.bestEpoch = 0;
        job.bestAccuracy = -1;
    }
    for (std::size_t i = std::size_t(job.shownEpochs); i < epochs.size(); ++i) {
        const mw::core::EpochMetrics &m = epochs[i];
        if (job.phase != m.phase) {
            const int most = s.progress.phase == m.phase ? s.progress.maxEpochs
                                                         : mw::core::phaseSettings(job.config, m.phase).epochs;
            startPhase(id, m.phase, most);
        }
        addEpoch(id, m);
    }
    job.shownEpochs = int(epochs.size());
    if (s.progress.phase && job.phase != s.progress.phase && !s.result)
        startPhase(id, *s.progress.phase, s.progress.maxEpochs);

    const State before = job.state;
    if (s.result) {
        job.state = s.result->cancelled ? State::Cancelled : State::Finished;
        if (!job.result) {
            m_ui.curvePlot->setFinished(id, *s.result);
            job.result = s.result;
            retranslateRow(job);
            appendLog(id, QStringLiteral("%1 (%2)").arg(outcome(job), job.dir));
        }
    } else if (s.state == TrialState::Running || s.queue == "running") {
        job.state = State::Running;
        if (before != State::Running) {
            appendLog(id, job.node.isEmpty() ? tr("trial folder %1").arg(job.dir)
                                             : tr("trial folder %1, on Slurm node %2").arg(job.dir, job.node));
            job.activity = tr("Loading data and building the network…");
        }
    } else if (!s.queue.empty()) {
        job.state = State::Waiting;
    } else if (s.state == TrialState::Failed) {
        job.state = State::Failed;
        job.failure = QString::fromStdString(s.error);
        if (before != State::Failed)
            appendLog(id, tr("failed: %1").arg(job.failure));
    } else {
        // Stopped without a result (interrupted, or never started before its task was cancelled).
        job.state = State::Cancelled;
        job.failure = s.state == TrialState::Pending
                          ? tr("Not run; Resume in the sweep window submits it again")
                          : tr("Stopped; Resume in the sweep window goes on from its last saved state");
    }
    if (job.state != State::Running)
        job.cancel->setEnabled(true);
    touch(id);
}

void TrainingPage::cancelTrial(int id)
{
    const Job *job = find(id);
    if (!job || !job->poller)
        return;
    QPointer<SweepPoller> poller(job->poller);
    QPointer<TrainingPage> self(this);
    m_queue->pool()->start([self, poller, id, dir = std::filesystem::path(job->poller->folder().toStdString()),
                            trial = job->trial] {
        QString error;
        try {
            mw::core::cancelSlurmTrial(dir, trial);
        } catch (const mw::core::Error &e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(qApp, [self, poller, id, error] {
            if (self && !error.isEmpty())
                self->appendLog(id, error);
            if (poller)
                poller->refresh();
        });
    });
}

} // namespace mw::app
