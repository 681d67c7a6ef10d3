#pragma once

// Short engine queries that may take a while (building networks, reading weights, starting CUDA), run on the
// app's pool. Each emits exactly one final signal.
#include <QObject>
#include <QRunnable>
#include <QString>
#include <QStringList>

namespace mw::app {

// How many CUDA GPUs LibTorch sees (0 with a CPU-only LibTorch).
class DeviceProbeJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    DeviceProbeJob() { setAutoDelete(true); }
    void run() override;
Q_SIGNALS:
    void probed(int gpus);
};

// Parameter counts of registry models with the default head; builds each network once.
class ParameterCountJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    explicit ParameterCountJob(QStringList models) : m_models(std::move(models)) { setAutoDelete(true); }
    void run() override;
Q_SIGNALS:
    void counted(const QString &model, qint64 total, qint64 headPhase); // one per model
    void done();

private:
    QStringList m_models;
};

// Reads a weights file the way a run will and loads it into each named backbone (random init): a file that is
// damaged, unsafe or does not fit is reported before any run is queued.
class WeightsCheckJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    WeightsCheckJob(QString file, QStringList backbones)
        : m_file(std::move(file)), m_backbones(std::move(backbones)) { setAutoDelete(true); }
    void run() override;
Q_SIGNALS:
    void passed(const QString &summary);
    void failed(const QString &message);

private:
    QString m_file;
    QStringList m_backbones;
};

} // namespace mw::app
