#include "jobs/trainingjob.h"

#include "errors.h"
#include "training/runstore.h"

#include <QThreadPool>

namespace mw::app {

void registerTrainingMetaTypes()
{
    qRegisterMetaType<mw::core::RunConfig>();
    qRegisterMetaType<mw::core::RunResult>();
    qRegisterMetaType<mw::core::EpochMetrics>();
    qRegisterMetaType<mw::core::BatchProgress>();
}

TrainingJob::TrainingJob(mw::core::RunConfig config, std::unique_ptr<mw::core::RunStore> store,
                         std::stop_source stop, QThreadPool *pool)
    : m_config(std::move(config)), m_store(std::move(store)), m_stop(std::move(stop)), m_pool(pool)
{
    setAutoDelete(true);
}

// Out of line: RunStore is complete here.
TrainingJob::~TrainingJob() = default;

void TrainingJob::run()
{
    // Give the pool its thread back for as long as we train (see the constructor's comment).
    const PoolThreadLoan loan(m_pool);

    const QString dir = QString::fromStdString(m_store->dir().string());
    mw::core::TrainerCallbacks callbacks;
    callbacks.phaseStarted = [this](mw::core::PhaseName phase, int maxEpochs) { Q_EMIT phaseStarted(phase, maxEpochs); };
    callbacks.batchProgress = [this](const mw::core::BatchProgress &progress) { Q_EMIT batchProgressed(progress); };
    callbacks.epochFinished = [this](const mw::core::EpochMetrics &metrics) { Q_EMIT epochFinished(metrics); };
    callbacks.log = [this](const std::string &line) { Q_EMIT logged(QString::fromStdString(line)); };
    try {
        const mw::core::RunResult result = mw::core::runExperiment(m_config, callbacks, m_stop.get_token(), m_store.get());
        m_store.reset(); // closed before anyone is told the folder is ready
        Q_EMIT finished(result, dir);
    } catch (const mw::core::Error &e) {
        m_store.reset();
        Q_EMIT failed(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        m_store.reset();
        Q_EMIT failed(tr("Internal error in the %1 run: %2")
                          .arg(QString::fromStdString(m_config.model.name), QString::fromStdString(e.what())));
    }
}

} // namespace mw::app
