#pragma once

#include "training/config.h"

#include <QObject>
#include <QString>

#include <vector>

class QThreadPool;

namespace mw::app {

// Reads and fits the files that runs need before any of them is queued, so a bad file costs seconds, not a failed
// run later: first the weights file in each backbone that takes it, then the user's TorchScript module (loaded and
// probed at its input size), each on the pool. A check ends with passed() or failed(), exactly once.
class RunFilesCheck : public QObject {
    Q_OBJECT
public:
    explicit RunFilesCheck(QThreadPool *pool, QObject *parent = nullptr) : QObject(parent), m_pool(pool) {}

    void start(const std::vector<mw::core::RunConfig> &runs); // passes at once when no run needs a file
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void reported(const QString &html); // what is being checked, then what passed
    void scriptCounted(qint64 parameters, qint64 headPhase);
    void passed(const std::vector<mw::core::RunConfig> &runs);
    void failed(const QString &message, const QString &title, const QString &explanation);

private:
    void checkScript();
    void fail(const QString &message, const QString &title, const QString &explanation);

    QThreadPool *m_pool;
    std::vector<mw::core::RunConfig> m_runs;
    QString m_weightsReport; // what the weights check said, if it ran
    bool m_running = false;
};

} // namespace mw::app
