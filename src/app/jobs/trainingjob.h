#pragma once

#include "training/config.h"
#include "training/result.h"
#include "training/trainer.h"

#include <QMetaType>
#include <QObject>
#include <QRunnable>
#include <QString>
#include <QThreadPool>

#include <memory>
#include <stop_token>

namespace mw::core {
class RunStore;
}

namespace mw::app {

// While a long job trains, its pool thread is given back (and taken again at the end), so short jobs queued
// behind it still get a thread.
class PoolThreadLoan {
public:
    explicit PoolThreadLoan(QThreadPool *pool) : m_pool(pool)
    {
        if (m_pool)
            m_pool->releaseThread();
    }
    ~PoolThreadLoan()
    {
        if (m_pool)
            m_pool->reserveThread();
    }
    PoolThreadLoan(const PoolThreadLoan &) = delete;
    PoolThreadLoan &operator=(const PoolThreadLoan &) = delete;

private:
    QThreadPool *m_pool;
};

// Runs one experiment (runExperiment with a RunStore) on a pool thread and reports through queued signals of
// plain values. finished or failed comes last, exactly once. A stop request through the stop_source ends the run
// within one batch; it still finishes, with result.cancelled and a valid run folder holding the best weights.
class TrainingJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    // The pool is the one the job runs on: while it trains it does not count against the pool's thread limit, so
    // short jobs (loading a dataset, checking weights) are not stuck behind hours of training.
    TrainingJob(mw::core::RunConfig config, std::unique_ptr<mw::core::RunStore> store, std::stop_source stop,
                QThreadPool *pool);
    ~TrainingJob() override;
    void run() override;

Q_SIGNALS:
    void phaseStarted(mw::core::PhaseName phase, int maxEpochs);
    void batchProgressed(const mw::core::BatchProgress &progress);
    void epochFinished(const mw::core::EpochMetrics &metrics);
    void logged(const QString &line);
    void finished(const mw::core::RunResult &result, const QString &runDir);
    void failed(const QString &message);

private:
    mw::core::RunConfig m_config;
    std::unique_ptr<mw::core::RunStore> m_store;
    std::stop_source m_stop;
    QThreadPool *m_pool;
};

// Registers the engine's value types for queued connections; safe to call more than once.
void registerTrainingMetaTypes();

} // namespace mw::app

Q_DECLARE_METATYPE(mw::core::RunConfig)
Q_DECLARE_METATYPE(mw::core::RunResult)
Q_DECLARE_METATYPE(mw::core::EpochMetrics)
Q_DECLARE_METATYPE(mw::core::BatchProgress)
Q_DECLARE_METATYPE(mw::core::PhaseName)
