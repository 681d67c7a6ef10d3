#include "jobs/weightsjobs.h"

#include "errors.h"
#include "jobs/interactive.h"

#include <QSettings>
#include <QThreadPool>

#include <algorithm>
#include <chrono>

namespace mw::app {
namespace {

const QString kMirrorKey = QStringLiteral("weights/mirror");

QString message(const std::exception &e) { return QString::fromStdString(e.what()); }

} // namespace

QString weightsMirror() { return QSettings().value(kMirrorKey).toString().trimmed(); }

void setWeightsMirror(const QString &mirror)
{
    if (mirror.trimmed().isEmpty())
        QSettings().remove(kMirrorKey);
    else
        QSettings().setValue(kMirrorKey, mirror.trimmed());
}

void registerWeightsMetaTypes()
{
    qRegisterMetaType<mw::core::WeightsStatus>();
    qRegisterMetaType<mw::core::DownloadProgress>();
}

WeightsDownloadJob::WeightsDownloadJob(mw::core::WeightsEntry entry, QString mirror,
                                       std::shared_ptr<std::atomic_bool> cancel)
    : m_entry(std::move(entry)), m_mirror(std::move(mirror)), m_cancel(std::move(cancel))
{
    setAutoDelete(true);
}

void WeightsDownloadJob::run()
{
    using Clock = std::chrono::steady_clock;
    // The engine may report many times a second; the window needs a few redraws a second, not a flood of events.
    Clock::time_point lastReport{};
    mw::core::DownloadOptions options;
    options.mirror = m_mirror.toStdString();
    options.cancelled = [cancel = m_cancel] { return cancel->load(); };
    options.progress = [this, &lastReport](const mw::core::DownloadProgress &progress) {
        const auto now = Clock::now();
        if (now - lastReport < std::chrono::milliseconds(100) && progress.done != progress.total)
            return;
        lastReport = now;
        Q_EMIT progressed(progress);
    };
    try {
        const mw::core::WeightsStatus status = mw::core::fetchWeights(m_entry, options);
        Q_EMIT finished(status);
    } catch (const mw::core::DownloadCancelled &) {
        Q_EMIT cancelled();
    } catch (const mw::core::Error &e) {
        Q_EMIT failed(message(e));
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("Internal error downloading %1: %2").arg(QString::fromStdString(m_entry.name), message(e)));
    }
}

void WeightsStatusJob::run()
{
    for (const auto &entry : m_entries) {
        const QString name = QString::fromStdString(entry.name);
        try {
            Q_EMIT checked(name, mw::core::weightsStatus(entry));
        } catch (const std::exception &e) {
            Q_EMIT unreadable(name, message(e));
        }
    }
    Q_EMIT done();
}

void ImageNetLookupJob::run()
{
    for (const QString &model : std::as_const(m_models)) {
        mw::core::WeightsStatus status;
        QString name;
        try {
            if (const mw::core::WeightsEntry *entry = mw::core::imageNetEntryFor(m_catalog, model.toStdString())) {
                name = QString::fromStdString(entry->name);
                status = mw::core::weightsStatus(*entry);
            }
        } catch (const std::exception &) {
            // A file that cannot be read counts as damaged: the download replaces it, a run would refuse it.
            status.state = mw::core::WeightsState::Damaged;
        }
        Q_EMIT found(model, name, status);
    }
    Q_EMIT done();
}

void ResolveWeightsJob::run()
{
    try {
        const mw::core::WeightsEntry &entry = mw::core::weightsEntry(m_catalog, m_name.toStdString());
        const mw::core::WeightsStatus status = mw::core::weightsStatus(entry);
        // resolveWeights words what is wrong (missing, damaged, Keras) the way the run itself would.
        const mw::core::ResolvedWeights resolved = mw::core::resolveWeights(m_catalog, m_name.toStdString());
        Q_EMIT passed(QString::fromStdString(resolved.file.string()), status.state == mw::core::WeightsState::Verified);
    } catch (const std::exception &e) {
        Q_EMIT failed(message(e));
    }
}

WeightsDownloads::WeightsDownloads(QThreadPool *pool) : QObject(pool), m_pool(pool)
{
    setObjectName(QStringLiteral("weightsDownloads"));
    registerWeightsMetaTypes();
}

WeightsDownloads *WeightsDownloads::of(QThreadPool *pool)
{
    if (auto *existing = pool->findChild<WeightsDownloads *>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    return new WeightsDownloads(pool);
}

bool WeightsDownloads::isBusy(const QString &name) const
{
    return m_current == name || std::any_of(m_waiting.begin(), m_waiting.end(), [&](const auto &entry) {
               return QString::fromStdString(entry.name) == name;
           });
}

void WeightsDownloads::fetch(const mw::core::WeightsEntry &entry)
{
    if (isBusy(QString::fromStdString(entry.name)))
        return;
    m_waiting.append(entry);
    if (!isBusy())
        startNext();
}

void WeightsDownloads::cancel(const QString &name)
{
    if (m_current == name) {
        m_cancel->store(true); // the job says cancelled() and the next one starts
        return;
    }
    for (qsizetype i = 0; i < m_waiting.size(); ++i) {
        if (QString::fromStdString(m_waiting[i].name) == name) {
            m_waiting.removeAt(i);
            Q_EMIT cancelled(name);
            return;
        }
    }
}

void WeightsDownloads::cancelAll()
{
    while (!m_waiting.isEmpty()) {
        const QString name = QString::fromStdString(m_waiting.takeFirst().name);
        Q_EMIT cancelled(name);
    }
    if (m_cancel)
        m_cancel->store(true);
}

void WeightsDownloads::startNext()
{
    if (m_waiting.isEmpty()) {
        m_current.clear();
        Q_EMIT idle();
        return;
    }
    const mw::core::WeightsEntry entry = m_waiting.takeFirst();
    const QString name = QString::fromStdString(entry.name);
    m_current = name;
    m_progress = {};
    m_progress.total = entry.size > 0 ? entry.size : -1;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto *job = new WeightsDownloadJob(entry, weightsMirror(), m_cancel);
    connect(job, &WeightsDownloadJob::progressed, this, [this, name](const mw::core::DownloadProgress &progress) {
        m_progress = progress;
        Q_EMIT progressed(name, progress);
    });
    // Each end is told after the download counts as over (isBusy() false), then the next one starts.
    connect(job, &WeightsDownloadJob::finished, this, [this, name](const mw::core::WeightsStatus &status) {
        m_current.clear();
        Q_EMIT finished(name, status);
        Q_EMIT filesChanged();
        startNext();
    });
    connect(job, &WeightsDownloadJob::failed, this, [this, name](const QString &message) {
        m_current.clear();
        Q_EMIT failed(name, message);
        startNext();
    });
    connect(job, &WeightsDownloadJob::cancelled, this, [this, name] {
        m_current.clear();
        Q_EMIT cancelled(name);
        startNext();
    });
    Q_EMIT started(name);
    // A download may take minutes: it gets a thread of its own rather than wait behind (or hold up) other work.
    startNow(m_pool, job);
}

} // namespace mw::app
