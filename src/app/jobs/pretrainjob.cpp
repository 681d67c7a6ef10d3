// Calls LibTorch-level engine API (building a TorchScript backbone); the header stays free of LibTorch.
#include "jobs/pretrainjob.h"

#include "errors.h"
#include "models/freeze.h"
#include "models/zoo.h"
#include "training/pretrain.h"

#include <QFileInfo>
#include <QThreadPool>

#include <torch/torch.h>

namespace mw::app {

PretrainJob::PretrainJob(mw::core::RunConfig config, QString out, std::stop_source stop, QThreadPool *pool)
    : m_config(std::move(config)), m_out(std::move(out)), m_stop(std::move(stop)), m_pool(pool)
{
    setAutoDelete(true);
}

void PretrainJob::run()
{
    const PoolThreadLoan loan(m_pool);

    mw::core::TrainerCallbacks callbacks;
    callbacks.phaseStarted = [this](mw::core::PhaseName, int maxEpochs) { Q_EMIT phaseStarted(maxEpochs); };
    callbacks.batchProgress = [this](const mw::core::BatchProgress &progress) { Q_EMIT batchProgressed(progress); };
    callbacks.epochFinished = [this](const mw::core::EpochMetrics &metrics) { Q_EMIT epochFinished(metrics); };
    try {
        const mw::core::RunResult result =
            mw::core::pretrainBackbone(m_config, m_out.toStdString(), callbacks, m_stop.get_token());
        // Nothing written although not cancelled (a NaN loss in the first epoch): the engine's warning says why.
        if (!result.cancelled && !QFileInfo(m_out).isFile()) {
            Q_EMIT failed(result.warnings.empty() ? tr("%1 was not written").arg(m_out)
                                                  : QString::fromStdString(result.warnings.back()));
            return;
        }
        Q_EMIT finished(result, m_out);
    } catch (const mw::core::Error &e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("Internal error while pretraining %1: %2")
                          .arg(QString::fromStdString(m_config.model.name), QString::fromStdString(e.what())));
    }
}

void TorchScriptCheckJob::run()
{
    try {
        torch::NoGradGuard noGrad;
        mw::core::ModelSpec spec;
        spec.name = mw::core::kTorchScriptModel;
        spec.scriptPath = m_file.toStdString();
        spec.inputSize = m_inputSize;
        const mw::core::NetworkPtr network = mw::core::makeNetwork(spec);
        const qint64 total = mw::core::countParameters(*network);
        const qint64 head = mw::core::countParameters(network->head());
        Q_EMIT passed(tr("%1: TorchScript module, %2 features at %3×%3 px")
                          .arg(QFileInfo(m_file).fileName())
                          .arg(network->backbone()->featureWidth())
                          .arg(m_inputSize),
                      total, head);
    } catch (const mw::core::Error &e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("%1: cannot be used as a TorchScript backbone (%2)").arg(m_file, QString::fromStdString(e.what())));
    }
}

} // namespace mw::app
