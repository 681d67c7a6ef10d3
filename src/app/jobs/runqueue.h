#pragma once

#include "jobs/trainingjob.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <stop_token>
#include <vector>

class QThreadPool;

namespace mw::app {

// The runs the user queued, one TrainingJob each, started on the app's pool as slots free up. On the CPU several
// run at once with the cores split between them (RunConfig::threads); on a GPU one runs at a time unless sharing
// is allowed. Every signal carries the run's id (from enqueue) except jobFinished, which carries what the Results
// page needs: the result and its run folder (jobStarted gives the id's folder).
class RunQueue : public QObject {
    Q_OBJECT
public:
    enum class State { Waiting, Running, Finished, Failed };

    explicit RunQueue(QThreadPool *pool, QObject *parent = nullptr);
    ~RunQueue() override; // asks running jobs to stop; the pool's owner waits for them
    QThreadPool *pool() const { return m_pool; }

    // Queues a run of a validated config and returns its id. Its folder is made when it starts
    // (newRunDir under the app's data folder).
    int enqueue(const mw::core::RunConfig &config);
    // Several at once: the cores are split among all of them, not handed out one by one as they arrive. `folders`
    // (one per config, or none) names each run's folder instead of a new one under the data folder: a sweep's trials.
    QList<int> enqueue(const std::vector<mw::core::RunConfig> &configs, const QStringList &folders = {});
    // Queues going on with a cancelled (or killed) run in its own folder, from its last saved state. Returns its id,
    // or -1 with the reason in `error` (nothing to resume, already queued).
    int resume(const QString &runDir, QString *error);
    // A waiting run is dropped (jobFailed); a running one stops within a batch and finishes as cancelled.
    void cancel(int id);
    void cancelAll();

    void setMaxConcurrent(int runs); // at least 1
    int maxConcurrent() const { return m_maxConcurrent; }
    void setGpuSharing(bool allowed);
    bool gpuSharing() const { return m_gpuSharing; }
    int gpuCount() const { return m_gpuCount; } // -1 until the devices were probed

    bool hasJob(int id) const;
    State state(int id) const;
    QString runDir(int id) const;
    int threads(int id) const; // CPU threads the run was given (0 before it starts)
    int activeCount() const;   // waiting + running

Q_SIGNALS:
    void devicesProbed(int gpus);
    void jobQueued(int id, const mw::core::RunConfig &config);
    void jobStarted(int id, const QString &runDir);
    void phaseStarted(int id, mw::core::PhaseName phase, int maxEpochs);
    void batchProgress(int id, const mw::core::BatchProgress &progress);
    void epochFinished(int id, const mw::core::EpochMetrics &metrics);
    void logLine(int id, const QString &line);
    void jobFinished(const mw::core::RunResult &result, const QString &runDir);
    void jobFailed(int id, const QString &message);

private:
    struct Job {
        int id = 0;
        mw::core::RunConfig config;
        State state = State::Waiting;
        std::stop_source stop;
        bool gpu = false;
        int threads = 0;
        QString dir;
        QString newDir;    // set: the new run's folder (else one newRunDir makes)
        QString resumeDir; // set: go on with the run in that folder
    };

    Job *find(int id);
    const Job *find(int id) const;
    bool usesGpu(const mw::core::RunConfig &config) const;
    void schedule();
    void start(int id);
    void end(int id, State state);

    QThreadPool *m_pool;
    QList<Job> m_jobs;
    int m_nextId = 1;
    int m_maxConcurrent = 1;
    bool m_gpuSharing = false;
    int m_gpuCount = -1;
};

} // namespace mw::app
