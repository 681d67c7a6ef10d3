#pragma once

#include "jobs/drawjobs.h"

#include <QObject>

#include <optional>

class QThreadPool;

namespace mw::app {

// Classifies drawings on the pool, the newest only: while one classification runs, a newer drawing waits in its
// place (replacing an older waiting one, which would be out of date anyway), so slow models never build a queue
// behind the pen; the running one then skips its saliency. Like the restart/abort logic of Qt's Mandelbrot example,
// this lives here, not in the page. Its ClassifyRound (one worker thread per core) lives as long as it does.
class LatestClassifier : public QObject {
    Q_OBJECT
public:
    explicit LatestClassifier(QThreadPool *pool, QObject *parent = nullptr);

    // Runs `request` now, or as soon as the one running has finished.
    void submit(ClassifyRequest request);
    // Forgets the waiting request (the drawing was cleared); one running still reports.
    void dropPending();
    bool isBusy() const { return m_running; }
    bool hasPending() const { return m_pending.has_value(); }

Q_SIGNALS:
    void classified(const mw::app::ClassifyReply &reply);             // every job's probabilities, in order
    void explained(const mw::app::ClassifyExplanation &explanation); // then its saliency, unless superseded

private:
    void start(ClassifyRequest request);
    void finish();

    QThreadPool *m_pool;
    std::shared_ptr<mw::core::ClassifyRound> m_round;
    std::shared_ptr<std::atomic<bool>> m_superseded; // the running job's
    bool m_running = false;
    std::optional<ClassifyRequest> m_pending;
};

} // namespace mw::app
