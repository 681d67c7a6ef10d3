#pragma once

// The Experiment page's other backbone sources, run on the app's pool: pretraining a backbone in the app on another
// dataset, and checking a user's TorchScript module before a run is queued through it.
#include "jobs/trainingjob.h" // the engine's value types, registered for queued signals

#include <QObject>
#include <QRunnable>
#include <QString>

#include <stop_token>

class QThreadPool;

namespace mw::app {

// Runs the engine's pretrainBackbone (end to end, one phase "train") and writes the backbone's weights to a
// safetensors file. finished or failed comes last, exactly once. A stop request ends it within one batch: it then
// finishes with result.cancelled and nothing written, as when no epoch finished (that one is failed, with the why).
class PretrainJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    // As TrainingJob: while it trains it gives its pool thread back, so short jobs are not stuck behind it.
    PretrainJob(mw::core::RunConfig config, QString out, std::stop_source stop, QThreadPool *pool);
    void run() override;

Q_SIGNALS:
    void phaseStarted(int maxEpochs);
    void batchProgressed(const mw::core::BatchProgress &progress);
    void epochFinished(const mw::core::EpochMetrics &metrics);
    void finished(const mw::core::RunResult &result, const QString &file);
    void failed(const QString &message);

private:
    mw::core::RunConfig m_config;
    QString m_out;
    std::stop_source m_stop;
    QThreadPool *m_pool;
};

// Loads a TorchScript file as a backbone the way a run will (probing its output at the input size): a file that
// is not TorchScript, or whose forward does not fit, is reported before anything is queued.
class TorchScriptCheckJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    TorchScriptCheckJob(QString file, int inputSize)
        : m_file(std::move(file)), m_inputSize(inputSize) { setAutoDelete(true); }
    void run() override;
Q_SIGNALS:
    void passed(const QString &summary, qint64 parameters, qint64 headPhase);
    void failed(const QString &message);

private:
    QString m_file;
    int m_inputSize;
};

} // namespace mw::app
