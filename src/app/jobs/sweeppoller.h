#pragma once

#include "sweep/slurm.h"

#include <QObject>
#include <QString>
#include <QTimer>

class QThreadPool;

namespace mw::app {

// Reads a sweep's folder (and, for a Slurm sweep, squeue) on the pool, now and then every two seconds while polling:
// no file watchers, which network filesystems do not serve. One reading at a time; the sweep window and the Training
// page each follow a sweep through one.
class SweepPoller : public QObject {
    Q_OBJECT
public:
    SweepPoller(const QString &folder, QThreadPool *pool, QObject *parent = nullptr);

    QString folder() const { return m_folder; }
    bool isReading() const { return m_reading; }
    void refresh(); // a reading now, unless one is under way
    void setPolling(bool on);

Q_SIGNALS:
    // error: the folder could not be read (the snapshot is then empty).
    void read(const mw::core::SweepSnapshot &snapshot, const QString &error);

private:
    QString m_folder;
    QThreadPool *m_pool;
    QTimer m_timer;
    bool m_reading = false;
};

} // namespace mw::app
