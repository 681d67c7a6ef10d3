#include "jobs/runqueue.h"

#include "errors.h"
#include "jobs/enginejobs.h"
#include "training/runstore.h"

#include <QDir>
#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace mw::app {

RunQueue::RunQueue(QThreadPool *pool, QObject *parent) : QObject(parent), m_pool(pool)
{
    registerTrainingMetaTypes();
    // Two runs at once wherever there are two cores: the README's teaching demo (ResNet18, LeNet-style CNN, Dense 32)
    // finished in 78 s two at once on one thread each against 109 s one after the other on two threads, on the
    // 2-core development machine, and all its curves move from the start.
    m_maxConcurrent = std::clamp(QThread::idealThreadCount(), 1, 2);
    auto *probe = new DeviceProbeJob;
    connect(probe, &DeviceProbeJob::probed, this, [this](int gpus) {
        m_gpuCount = gpus;
        Q_EMIT devicesProbed(gpus);
        schedule(); // "auto" runs waited to learn whether they share a GPU
    });
    m_pool->start(probe);
}

RunQueue::~RunQueue() { cancelAll(); }

int RunQueue::enqueue(const mw::core::RunConfig &config) { return enqueue(std::vector{config}).constFirst(); }

QList<int> RunQueue::enqueue(const std::vector<mw::core::RunConfig> &configs, const QStringList &folders)
{
    QList<int> ids;
    for (std::size_t i = 0; i < configs.size(); ++i) {
        const mw::core::RunConfig &config = configs[i];
        Job job;
        job.id = m_nextId++;
        job.config = config;
        if (qsizetype(i) < folders.size())
            job.newDir = folders[qsizetype(i)];
        m_jobs.append(job);
        ids << job.id;
        Q_EMIT jobQueued(job.id, config);
    }
    schedule();
    return ids;
}

int RunQueue::resume(const QString &runDir, QString *error)
{
    const QString dir = QDir(runDir).absolutePath();
    for (const Job &job : std::as_const(m_jobs))
        if ((job.state == State::Waiting || job.state == State::Running)
            && (job.resumeDir == dir || job.dir == dir || job.newDir == dir)) {
            *error = tr("%1 is queued or training already").arg(QDir::toNativeSeparators(dir));
            return -1;
        }
    Job job;
    try {
        job.config = mw::core::RunStore::resumeSettings(dir.toStdString());
    } catch (const mw::core::Error &e) {
        *error = QString::fromStdString(e.what());
        return -1;
    }
    job.id = m_nextId++;
    job.resumeDir = dir;
    m_jobs.append(job);
    Q_EMIT jobQueued(job.id, job.config);
    schedule();
    return job.id;
}

void RunQueue::cancel(int id)
{
    Job *job = find(id);
    if (!job)
        return;
    if (job->state == State::Waiting) {
        end(id, State::Failed);
        Q_EMIT jobFailed(id, tr("Cancelled before it started"));
    } else if (job->state == State::Running) {
        job->stop.request_stop();
    }
}

void RunQueue::cancelAll()
{
    for (Job &job : m_jobs) {
        if (job.state == State::Running)
            job.stop.request_stop();
    }
    QList<int> waiting;
    for (const Job &job : std::as_const(m_jobs))
        if (job.state == State::Waiting)
            waiting << job.id;
    for (int id : waiting)
        cancel(id);
}

void RunQueue::setMaxConcurrent(int runs)
{
    m_maxConcurrent = std::max(1, runs);
    schedule();
}

void RunQueue::setGpuSharing(bool allowed)
{
    m_gpuSharing = allowed;
    schedule();
}

bool RunQueue::hasJob(int id) const { return find(id) != nullptr; }

RunQueue::State RunQueue::state(int id) const
{
    const Job *job = find(id);
    return job ? job->state : State::Failed;
}

QString RunQueue::runDir(int id) const
{
    const Job *job = find(id);
    return job ? job->dir : QString();
}

int RunQueue::threads(int id) const
{
    const Job *job = find(id);
    return job ? job->threads : 0;
}

int RunQueue::activeCount() const
{
    return int(std::count_if(m_jobs.begin(), m_jobs.end(), [](const Job &j) {
        return j.state == State::Waiting || j.state == State::Running;
    }));
}

RunQueue::Job *RunQueue::find(int id)
{
    for (Job &job : m_jobs)
        if (job.id == id)
            return &job;
    return nullptr;
}

const RunQueue::Job *RunQueue::find(int id) const { return const_cast<RunQueue *>(this)->find(id); }

bool RunQueue::usesGpu(const mw::core::RunConfig &config) const
{
    if (config.device.rfind("cuda", 0) == 0)
        return true;
    // Until the probe has answered, "auto" might mean a GPU: such runs wait rather than pile onto one.
    return config.device == "auto" && m_gpuCount != 0;
}

void RunQueue::schedule()
{
    const int cores = std::max(1, QThread::idealThreadCount());
    // By index: starting a run emits signals whose receivers may queue more.
    for (qsizetype i = 0; i < m_jobs.size(); ++i) {
        Job &job = m_jobs[i];
        if (job.state != State::Waiting)
            continue;
        const bool gpu = usesGpu(job.config);
        if (gpu && job.config.device == "auto" && m_gpuCount < 0)
            continue; // not known yet
        int running = 0, runningGpu = 0, busyThreads = 0, waiting = 0;
        for (const Job &other : std::as_const(m_jobs)) {
            if (other.state == State::Running) {
                ++running;
                runningGpu += other.gpu ? 1 : 0;
                busyThreads += other.threads;
            } else if (other.state == State::Waiting) {
                ++waiting;
            }
        }
        if (running >= m_maxConcurrent || (gpu && !m_gpuSharing && runningGpu > 0))
            continue;
        job.gpu = gpu;
        if (job.config.threads > 0) {
            job.threads = job.config.threads; // the user's (or a recipe's) choice wins
        } else {
            // The cores left over, shared by the runs that can start now.
            const int slots = std::max(1, std::min(m_maxConcurrent - running, waiting));
            job.threads = std::max(1, (cores - busyThreads) / slots);
            job.config.threads = job.threads;
        }
        start(job.id);
    }
}

void RunQueue::start(int id)
{
    Job &job = *find(id);
    std::unique_ptr<mw::core::RunStore> store;
    try {
        if (!job.resumeDir.isEmpty())
            store = std::make_unique<mw::core::RunStore>(job.resumeDir.toStdString(), mw::core::RunStore::Mode::Resume);
        else if (!job.newDir.isEmpty())
            store = std::make_unique<mw::core::RunStore>(job.newDir.toStdString());
        else
            store = std::make_unique<mw::core::RunStore>(mw::core::newRunDir(job.config.model.name));
    } catch (const mw::core::Error &e) {
        end(id, State::Failed);
        Q_EMIT jobFailed(id, QString::fromStdString(e.what()));
        return;
    }
    job.dir = QString::fromStdString(store->dir().string());
    job.state = State::Running;
    auto *runner = new TrainingJob(job.config, std::move(store), job.stop, m_pool);
    connect(runner, &TrainingJob::phaseStarted, this,
            [this, id](mw::core::PhaseName phase, int maxEpochs) { Q_EMIT phaseStarted(id, phase, maxEpochs); });
    connect(runner, &TrainingJob::batchProgressed, this,
            [this, id](const mw::core::BatchProgress &p) { Q_EMIT batchProgress(id, p); });
    connect(runner, &TrainingJob::epochFinished, this,
            [this, id](const mw::core::EpochMetrics &m) { Q_EMIT epochFinished(id, m); });
    connect(runner, &TrainingJob::logged, this, [this, id](const QString &line) { Q_EMIT logLine(id, line); });
    connect(runner, &TrainingJob::finished, this, [this, id](const mw::core::RunResult &result, const QString &dir) {
        end(id, State::Finished);
        Q_EMIT jobFinished(result, dir);
        schedule();
    });
    connect(runner, &TrainingJob::failed, this, [this, id](const QString &message) {
        end(id, State::Failed);
        Q_EMIT jobFailed(id, message);
        schedule();
    });
    const QString dir = job.dir; // job may move when a receiver queues more
    Q_EMIT jobStarted(id, dir);
    m_pool->start(runner);
}

void RunQueue::end(int id, State state)
{
    if (Job *job = find(id))
        job->state = state;
}

} // namespace mw::app
