#include "jobs/sweeppoller.h"

#include "errors.h"

#include <QCoreApplication>
#include <QDir>
#include <QPointer>
#include <QThreadPool>

namespace mw::app {

namespace {
constexpr int kPollMs = 2000;
}

SweepPoller::SweepPoller(const QString &folder, QThreadPool *pool, QObject *parent)
    : QObject(parent), m_folder(QDir(folder).absolutePath()), m_pool(pool)
{
    m_timer.setInterval(kPollMs);
    connect(&m_timer, &QTimer::timeout, this, &SweepPoller::refresh);
}

void SweepPoller::setPolling(bool on)
{
    if (on && !m_timer.isActive())
        m_timer.start();
    else if (!on)
        m_timer.stop();
}

void SweepPoller::refresh()
{
    if (m_reading)
        return;
    m_reading = true;
    QPointer<SweepPoller> self(this);
    m_pool->start([self, dir = std::filesystem::path(m_folder.toStdString())] {
        mw::core::SweepSnapshot snapshot;
        QString error;
        try {
            snapshot = mw::core::readSweepSnapshot(dir);
        } catch (const mw::core::Error &e) {
            error = QString::fromStdString(e.what());
        }
        QMetaObject::invokeMethod(qApp, [self, snapshot = std::move(snapshot), error] {
            if (!self)
                return;
            self->m_reading = false;
            Q_EMIT self->read(snapshot, error);
        });
    });
}

} // namespace mw::app
