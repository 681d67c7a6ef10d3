#pragma once

#include <QRunnable>
#include <QThreadPool>

namespace mw::app {

// Interactive work must not queue behind training jobs that hold every pool thread for hours, so it gets a thread
// of its own from the pool (the pool goes above its limit for it, and takes the thread back afterwards).
inline void startNow(QThreadPool *pool, QRunnable *job)
{
    pool->reserveThread();
    pool->startOnReservedThread(job);
}

} // namespace mw::app
