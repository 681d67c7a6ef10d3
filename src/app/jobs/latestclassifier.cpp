#include "jobs/latestclassifier.h"

#include "jobs/interactive.h"

namespace mw::app {

LatestClassifier::LatestClassifier(QThreadPool *pool, QObject *parent) : QObject(parent), m_pool(pool) {}

void LatestClassifier::submit(ClassifyRequest request)
{
    if (m_running)
        m_pending = std::move(request);
    else
        start(std::move(request));
}

void LatestClassifier::dropPending() { m_pending.reset(); }

void LatestClassifier::start(ClassifyRequest request)
{
    m_running = true;
    auto *job = new ClassifyJob(std::move(request));
    connect(job, &ClassifyJob::classified, this, &LatestClassifier::finish);
    startNow(m_pool, job);
}

void LatestClassifier::finish(const ClassifyReply &reply)
{
    // Still busy while the receiver looks at the reply: a drawing it submits meanwhile waits as the newest.
    Q_EMIT classified(reply);
    m_running = false;
    if (m_pending) {
        ClassifyRequest next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
}

} // namespace mw::app
