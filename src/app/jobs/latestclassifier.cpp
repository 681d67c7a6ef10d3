#include "jobs/latestclassifier.h"

#include "jobs/interactive.h"

namespace mw::app {

LatestClassifier::LatestClassifier(QThreadPool *pool, QObject *parent) : QObject(parent), m_pool(pool) {}

void LatestClassifier::submit(ClassifyRequest request)
{
    if (m_running) {
        m_pending = std::move(request);
        *m_superseded = true;
    } else {
        start(std::move(request));
    }
}

void LatestClassifier::dropPending() { m_pending.reset(); }

void LatestClassifier::start(ClassifyRequest request)
{
    if (!m_round)
        m_round = std::make_shared<mw::core::ClassifyRound>();
    m_running = true;
    m_superseded = std::make_shared<std::atomic<bool>>(false);
    request.round = m_round;
    request.superseded = m_superseded;
    auto *job = new ClassifyJob(std::move(request));
    connect(job, &ClassifyJob::classified, this, &LatestClassifier::classified);
    connect(job, &ClassifyJob::explained, this, &LatestClassifier::explained);
    connect(job, &ClassifyJob::finished, this, &LatestClassifier::finish);
    startNow(m_pool, job);
}

void LatestClassifier::finish()
{
    // The receivers have seen the replies (queued signals arrive in order): a drawing they submitted meanwhile waits
    // as the newest.
    m_running = false;
    if (m_pending) {
        ClassifyRequest next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
}

} // namespace mw::app
