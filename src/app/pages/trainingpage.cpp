#include "pages/trainingpage.h"

#include "errors.h"
#include "format.h"
#include "jobs/runqueue.h"
#include "jobs/sweeppoller.h"
#include "models/registry.h"
#include "training/earlystopping.h"
#include "widgets/curveplot.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QStandardPaths>
#include <QThreadPool>
#include <QToolButton>

#include <algorithm>

namespace mw::app {
namespace {

constexpr int kBarSteps = 1000;
constexpr int kRedrawMs = 40;

QString phaseName(mw::core::PhaseName phase)
{
    switch (phase) {
    case mw::core::PhaseName::Head: return QObject::tr("Head");
    case mw::core::PhaseName::Finetune: return QObject::tr("Fine-tune");
    case mw::core::PhaseName::Train: break;
    }
    return QObject::tr("Training");
}

} // namespace

TrainingPage::TrainingPage(RunQueue *queue, QWidget *parent) : QWidget(parent), m_queue(queue)
{
    m_ui.setupUi(this);
    m_ui.splitter->setStretchFactor(0, 3);
    m_ui.splitter->setStretchFactor(1, 1);
    m_ui.splitter->setSizes({520, 210});
    m_ui.bottomSplitter->setStretchFactor(0, 2);
    m_ui.bottomSplitter->setStretchFactor(1, 3);
    m_ui.bottomSplitter->setSizes({520, 760});
    m_ui.logView->setMaximumBlockCount(20000);
    m_ui.logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui.runCombo->setEnabled(false);
    m_rowTimer.setSingleShot(true);
    m_rowTimer.setInterval(kRedrawMs);
    connect(&m_rowTimer, &QTimer::timeout, this, &TrainingPage::refreshRows);

    connect(m_ui.viewCombo, &QComboBox::currentIndexChanged, this, &TrainingPage::syncView);
    connect(m_ui.runCombo, &QComboBox::currentIndexChanged, this, &TrainingPage::syncView);
    connect(m_ui.exportButton, &QPushButton::clicked, this, &TrainingPage::exportPlot);
    connect(m_ui.clearButton, &QPushButton::clicked, this, &TrainingPage::clearFinished);
    connect(m_ui.cancelAllButton, &QPushButton::clicked, this, &TrainingPage::cancelAll);

    connect(m_queue, &RunQueue::jobQueued, this, &TrainingPage::addJob);
    connect(m_queue, &RunQueue::jobStarted, this, &TrainingPage::startJob);
    connect(m_queue, &RunQueue::phaseStarted, this, &TrainingPage::startPhase);
    connect(m_queue, &RunQueue::batchProgress, this, &TrainingPage::addBatch);
    connect(m_queue, &RunQueue::epochFinished, this, &TrainingPage::addEpoch);
    connect(m_queue, &RunQueue::logLine, this, &TrainingPage::appendLog);
    connect(m_queue, &RunQueue::jobFinished, this, &TrainingPage::finishJob);
    connect(m_queue, &RunQueue::jobFailed, this, &TrainingPage::failJob);
    refreshQueueLabel();
}

void TrainingPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        retranslate();
    }
    QWidget::changeEvent(event);
}

// The log keeps its lines as they were written; rows, titles and the queue line follow the language.
void TrainingPage::retranslate()
{
    for (int id : std::as_const(m_order))
        if (Job *job = find(id)) {
            retranslateRow(*job);
            refreshRow(*job);
        }
    refreshQueueLabel();
}

void TrainingPage::retranslateRow(Job &job)
{
    QString model = QString::fromStdString(job.config.model.name);
    for (const auto &info : mw::core::modelRegistry())
        if (info.name == job.config.model.name)
            model = QString::fromStdString(info.displayName);
    if (job.poller) {
        job.title = tr("%1 · sweep %2, trial %3").arg(model, QDir(job.poller->folder()).dirName()).arg(job.trial);
        job.cancel->setToolTip(tr("Cancel this trial's Slurm task; its last saved state is kept for a resume"));
    } else {
        job.title = tr("%1 · run %2").arg(model).arg(job.id);
        job.cancel->setToolTip(tr("Stop this run within a batch; it keeps the best weights so far"));
    }
    job.titleLabel->setText(QStringLiteral("<b>%1</b>").arg(job.title.toHtmlEscaped()));
    job.cancel->setText(tr("Cancel"));
    if (job.result)
        job.statusLabel->setToolTip(tr("Run folder: %1").arg(job.dir));
    m_ui.curvePlot->setTitle(job.id, job.title);
    m_ui.runCombo->setItemText(m_ui.runCombo->findData(job.id), job.title);
}

QString TrainingPage::outcome(const Job &job) const
{
    if (!job.result)
        return job.failure;
    const mw::core::RunResult &result = *job.result;
    QString text;
    if (result.cancelled) {
        text = tr("Cancelled after %n epoch(s); the best weights so far are kept in its folder", nullptr,
                  int(result.epochs.size()));
    } else if (result.testAccuracy) {
        text = tr("Test accuracy %1, loss %2 · %3 in all")
                   .arg(Format::percent(*result.testAccuracy))
                   .arg(*result.testLoss, 0, 'f', 4)
                   .arg(Format::duration(result.secondsTotal));
    } else {
        text = tr("Finished");
    }
    for (const auto &warning : result.warnings)
        text += QStringLiteral("\n") + QString::fromStdString(warning);
    return text;
}

TrainingPage::Job *TrainingPage::find(int id)
{
    auto it = m_jobs.find(id);
    return it == m_jobs.end() ? nullptr : &*it;
}

const TrainingPage::Job *TrainingPage::find(int id) const
{
    auto it = m_jobs.constFind(id);
    return it == m_jobs.constEnd() ? nullptr : &*it;
}

QString TrainingPage::title(int id) const
{
    const Job *job = find(id);
    return job ? job->title : QString();
}

QString TrainingPage::progressText(int id) const
{
    const Job *job = find(id);
    return job && job->bar ? job->bar->format() : QString();
}

QString TrainingPage::statusText(int id) const
{
    const Job *job = find(id);
    return job && job->statusLabel ? job->statusLabel->text() : QString();
}

QToolButton *TrainingPage::cancelButton(int id) const
{
    const Job *job = find(id);
    return job ? job->cancel : nullptr;
}

void TrainingPage::addJob(int id, const mw::core::RunConfig &config)
{
    Job job;
    job.id = id;
    job.config = config;

    job.row = new QFrame(m_ui.jobsWidget);
    job.row->setObjectName(QStringLiteral("jobRow%1").arg(id));
    job.row->setFrameShape(QFrame::StyledPanel);
    auto *grid = new QGridLayout(job.row);
    grid->setContentsMargins(6, 4, 6, 4);
    grid->setVerticalSpacing(2);
    job.titleLabel = new QLabel(job.row);
    job.titleLabel->setToolTip(QString::fromStdString(mw::core::toJson(config).dump(2)));
    job.bar = new QProgressBar(job.row);
    job.bar->setRange(0, kBarSteps);
    job.bar->setValue(0);
    job.bar->setTextVisible(true);
    job.cancel = new QToolButton(job.row);
    job.cancel->setObjectName(QStringLiteral("cancelButton"));
    job.cancel->setProperty("runId", id);
    job.statusLabel = new QLabel(job.row);
    job.statusLabel->setWordWrap(true);
    job.statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    grid->addWidget(job.titleLabel, 0, 0);
    grid->addWidget(job.cancel, 0, 1, 2, 1, Qt::AlignVCenter);
    grid->addWidget(job.bar, 1, 0);
    grid->addWidget(job.statusLabel, 2, 0, 1, 2);
    grid->setColumnStretch(0, 1);
    connect(job.cancel, &QToolButton::clicked, this, [this, id] {
        if (Job *j = find(id)) {
            j->cancel->setEnabled(false);
            j->activity = tr("Cancelling…");
            touch(id);
        }
        if (id < 0)
            cancelTrial(id);
        else
            m_queue->cancel(id);
    });
    // Newest last, above the spacer that keeps the rows at the top.
    m_ui.jobsLayout->insertWidget(m_ui.jobsLayout->count() - 1, job.row);
    m_ui.noJobsLabel->hide();

    m_jobs.insert(id, job);
    m_order.append(id);
    m_ui.curvePlot->addRun(id, QString());
    m_ui.runCombo->addItem(QString(), id);
    retranslateRow(m_jobs[id]); // the title, here and in the plot and the run picker
    if (m_ui.runCombo->count() == 1)
        syncView();
    touch(id);
}

void TrainingPage::startJob(int id, const QString &dir)
{
    Job *job = find(id);
    if (!job)
        return;
    job->state = State::Running;
    job->dir = dir;
    m_byDir.insert(dir, id);
    job->activity = tr("Loading data and building the network…");
    appendLog(id, tr("run folder %1, %n CPU thread(s)", nullptr, m_queue->threads(id)).arg(dir));
    touch(id);
}

void TrainingPage::startPhase(int id, mw::core::PhaseName phase, int maxEpochs)
{
    Job *job = find(id);
    if (!job)
        return;
    job->phase = phase;
    job->maxEpochs = maxEpochs;
    job->phaseEpochs = 0;
    job->phaseSeconds = 0;
    job->bestLocal = 0;
    job->batch = job->batches = 0;
    if (phase == mw::core::PhaseName::Finetune)
        m_ui.curvePlot->setPhaseBoundary(id, job->lastEpoch);
    touch(id);
}

void TrainingPage::addBatch(int id, const mw::core::BatchProgress &progress)
{
    Job *job = find(id);
    if (!job)
        return;
    job->batch = progress.batch;
    job->batches = progress.batches;
    m_ui.curvePlot->addBatch(id, progress);
    touch(id);
}

void TrainingPage::addEpoch(int id, const mw::core::EpochMetrics &m)
{
    Job *job = find(id);
    if (!job)
        return;
    job->lastEpoch = m.epoch;
    ++job->phaseEpochs;
    job->phaseSeconds += m.seconds;
    job->batch = job->batches = 0;
    // What the trainer's early stopping made of the epoch (fine-tuning keeps the head phase's best until it beats it).
    if (m.improved) {
        job->bestAccuracy = m.valAccuracy;
        job->bestLocal = job->phaseEpochs;
    }
    job->bestEpoch = m.bestEpoch;
    m_ui.curvePlot->addEpoch(id, m);
    appendLog(id, tr("%1 epoch %2: loss %3, accuracy %4 · validation loss %5, accuracy %6 · %7")
                      .arg(QString::fromStdString(toString(m.phase)))
                      .arg(m.epoch)
                      .arg(m.trainLoss, 0, 'f', 4)
                      .arg(Format::percent(m.trainAccuracy))
                      .arg(m.valLoss, 0, 'f', 4)
                      .arg(Format::percent(m.valAccuracy), Format::duration(m.seconds)));
    touch(id);
}

void TrainingPage::finishJob(const mw::core::RunResult &result, const QString &dir)
{
    const int id = m_byDir.value(dir, -1);
    Job *job = find(id);
    if (!job)
        return;
    job->state = result.cancelled ? State::Cancelled : State::Finished;
    m_ui.curvePlot->setFinished(id, result);
    job->result = result;
    retranslateRow(*job); // the run folder as the status line's tooltip
    appendLog(id, QStringLiteral("%1 (%2)").arg(outcome(*job), dir));
    touch(id);
}

void TrainingPage::failJob(int id, const QString &message)
{
    Job *job = find(id);
    if (!job)
        return;
    job->state = State::Failed;
    job->failure = message;
    appendLog(id, tr("failed: %1").arg(message));
    touch(id);
}

void TrainingPage::appendLog(int id, const QString &line)
{
    Job *job = find(id);
    if (!job)
        return;
    m_ui.logView->appendPlainText(QStringLiteral("[%1] %2").arg(job->title, line));
    if (job->state == State::Running && job->lastEpoch == 0) {
        job->activity = line; // what it is doing before the first epoch (loading, caching features)
        touch(id);
    }
}

void TrainingPage::touch(int id)
{
    m_dirty.insert(id);
    if (!m_rowTimer.isActive())
        m_rowTimer.start();
}

void TrainingPage::refreshRows()
{
    for (int id : std::as_const(m_dirty))
        if (Job *job = find(id))
            refreshRow(*job);
    m_dirty.clear();
    refreshQueueLabel();
}

void TrainingPage::refreshRow(Job &job)
{
    QString status;
    switch (job.state) {
    case State::Waiting:
        if (job.poller) {
            job.bar->setFormat(job.queue == QLatin1String("requeued") ? tr("Requeued by Slurm")
                                                                        : tr("Pending in Slurm's queue"));
            status = job.queue == QLatin1String("requeued")
                         ? tr("Goes on from its last saved state when Slurm starts it again")
                         : tr("Waits for Slurm to start it");
        } else {
            job.bar->setFormat(tr("Waiting for a free slot"));
            status = tr("Queued");
        }
        break;
    case State::Running: {
        if (!job.phase) {
            job.bar->setFormat(tr("Preparing"));
            status = job.activity;
            break;
        }
        // The phase's last epoch if validation accuracy does not improve again, as the trainer's early stopping says.
        const int last = mw::core::lastPhaseEpoch(
            job.maxEpochs, mw::core::phaseSettings(job.config, *job.phase).patience, job.bestLocal);
        const double within = job.batches > 0 ? double(job.batch) / job.batches : 0;
        const double done = job.phaseEpochs + within;
        job.bar->setValue(int(kBarSteps * std::min(1.0, done / last)));
        QString text;
        if (job.phaseEpochs >= last && job.batches == 0) {
            // The phase's epochs are done: restoring its best weights, then the next phase or the test digits.
            text = tr("%1 · %n epoch(s) done · finishing", nullptr, job.phaseEpochs).arg(phaseName(*job.phase));
        } else {
            text = tr("%1 · epoch %2/%3").arg(phaseName(*job.phase)).arg(job.phaseEpochs + 1).arg(job.maxEpochs);
            if (job.phaseEpochs > 0) {
                const double left = std::max(0.0, last - done) * job.phaseSeconds / job.phaseEpochs;
                text += left >= 1 ? tr(" · about %1 left in phase").arg(Format::duration(left)) : tr(" · last epoch");
            } else if (job.batches > 0) {
                text += tr(" · batch %1/%2").arg(job.batch).arg(job.batches);
            }
        }
        job.bar->setFormat(text);
        status = job.bestEpoch > 0 ? tr("Best validation accuracy %1 (epoch %2)")
                                         .arg(Format::percent(job.bestAccuracy))
                                         .arg(job.bestEpoch)
                                   : job.activity;
        if (job.poller && !job.node.isEmpty())
            status = tr("On Slurm node %1").arg(job.node) + QStringLiteral(" · ") + status;
        if (!job.cancel->isEnabled())
            status = tr("Cancelling…");
        break;
    }
    case State::Finished:
        job.bar->setValue(kBarSteps);
        job.bar->setFormat(tr("Finished"));
        status = outcome(job);
        break;
    case State::Cancelled:
        job.bar->setFormat(tr("Cancelled"));
        status = outcome(job);
        break;
    case State::Failed:
        job.bar->setFormat(tr("Failed"));
        status = QStringLiteral("<span style=\"color:#c62828\">%1</span>").arg(outcome(job).toHtmlEscaped());
        break;
    }
    const bool active = job.state == State::Waiting || job.state == State::Running;
    job.cancel->setVisible(active && (!job.poller || !job.queue.isEmpty())); // only Slurm can stop a followed trial
    job.statusLabel->setText(status);
}

void TrainingPage::refreshQueueLabel()
{
    int running = 0, waiting = 0;
    for (const Job &job : std::as_const(m_jobs)) {
        running += job.state == State::Running ? 1 : 0;
        waiting += job.state == State::Waiting ? 1 : 0;
    }
    m_ui.queueLabel->setText(running + waiting == 0 ? QString()
                                                    : tr("%1 running, %2 waiting").arg(running).arg(waiting));
    m_ui.cancelAllButton->setEnabled(running + waiting > 0);
}

void TrainingPage::syncView()
{
    const bool single = m_ui.viewCombo->currentIndex() == 1;
    m_ui.runCombo->setEnabled(single && m_ui.runCombo->count() > 0);
    m_ui.curvePlot->setView(single ? CurvePlot::View::Single : CurvePlot::View::Grid,
                            m_ui.runCombo->currentData().toInt());
}

void TrainingPage::exportPlot()
{
    QStringList filters;
    for (const QString &format : CurvePlot::exportFormats())
        filters << tr("%1 (*.%2)").arg(format.toUpper(), format);
    QString selected = filters.first();
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString file = QFileDialog::getSaveFileName(this, tr("Export learning curves"),
                                                dir + QStringLiteral("/learning-curves.png"),
                                                filters.join(QStringLiteral(";;")), &selected);
    if (file.isEmpty())
        return;
    if (QFileInfo(file).suffix().isEmpty())
        file += QLatin1Char('.') + CurvePlot::exportFormats().value(filters.indexOf(selected), QStringLiteral("png"));
    QString error;
    if (!m_ui.curvePlot->exportTo(file, &error)) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export"), error, QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
}

void TrainingPage::clearFinished()
{
    const QList<int> ids = m_order;
    for (int id : ids) {
        Job *job = find(id);
        if (!job || job->state == State::Waiting || job->state == State::Running)
            continue;
        delete job->row;
        if (job->poller)
            m_followed[job->poller][job->trial] = 0;
        m_byDir.remove(job->dir);
        m_ui.curvePlot->removeRun(id);
        m_ui.runCombo->removeItem(m_ui.runCombo->findData(id));
        m_dirty.remove(id);
        m_order.removeAll(id);
        m_jobs.remove(id);
    }
    m_ui.noJobsLabel->setVisible(m_order.isEmpty());
    syncView();
    refreshQueueLabel();
}

void TrainingPage::cancelAll()
{
    m_queue->cancelAll();
    QSet<SweepPoller *> sweeps;
    for (const Job &job : std::as_const(m_jobs))
        if (job.poller && !job.queue.isEmpty())
            sweeps.insert(job.poller);
    for (SweepPoller *poller : std::as_const(sweeps)) {
        const std::filesystem::path dir = poller->folder().toStdString();
        QPointer<SweepPoller> p(poller);
        QPointer<TrainingPage> self(this);
        m_queue->pool()->start([self, p, dir] {
            QString error;
            try {
                mw::core::cancelSlurmJobs(dir);
            } catch (const mw::core::Error &e) {
                error = QString::fromStdString(e.what());
            }
            QMetaObject::invokeMethod(qApp, [self, p, error] {
                if (self && !error.isEmpty())
                    self->m_ui.logView->appendPlainText(error);
                if (p)
                    p->refresh();
            });
        });
    }
}

} // namespace mw::app
