#pragma once

// The weights catalog's slow work on the app's pool: downloading an entry's file, and finding and hashing files
// (weightsStatus reads files of hundreds of MB the first time it sees them). Each job emits plain values through
// queued signals; WeightsDownloads is the one line of downloads that the Weights dialog and the Experiment page share.
#include "weightstore/catalog.h"
#include "weightstore/download.h"

#include <QHash>
#include <QMetaType>
#include <QObject>
#include <QRunnable>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

class QThreadPool;

namespace mw::app {

// The "Weights mirror" setting (Settings dialog): a base URL that replaces the catalog URLs' host; empty for none.
QString weightsMirror();
void setWeightsMirror(const QString &mirror);

// Downloads one entry's file (fetchWeights). Ends with exactly one of finished, failed or cancelled. The flag is
// shared with whoever may cancel, because the job deletes itself when it ends.
class WeightsDownloadJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    WeightsDownloadJob(mw::core::WeightsEntry entry, QString mirror, std::shared_ptr<std::atomic_bool> cancel);
    void run() override;

Q_SIGNALS:
    void progressed(const mw::core::DownloadProgress &progress);
    void finished(const mw::core::WeightsStatus &status);
    void failed(const QString &message); // the engine's one line
    void cancelled();

private:
    mw::core::WeightsEntry m_entry;
    QString m_mirror;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

// Where each entry's file is and whether it is the published one (weightsStatus), one entry after another.
class WeightsStatusJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    explicit WeightsStatusJob(std::vector<mw::core::WeightsEntry> entries) : m_entries(std::move(entries))
    {
        setAutoDelete(true);
    }
    void run() override;

Q_SIGNALS:
    void checked(const QString &name, const mw::core::WeightsStatus &status);
    void unreadable(const QString &name, const QString &message); // a file found that cannot be read
    void done();

private:
    std::vector<mw::core::WeightsEntry> m_entries;
};

// For each backbone, the entry "ImageNet weights" means (imageNetEntryFor, which looks at the files) and its status.
class ImageNetLookupJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    ImageNetLookupJob(std::vector<mw::core::WeightsEntry> catalog, QStringList models)
        : m_catalog(std::move(catalog)), m_models(std::move(models))
    {
        setAutoDelete(true);
    }
    void run() override;

Q_SIGNALS:
    // `entry` is empty when the catalog has no entry for the model.
    void found(const QString &model, const QString &entry, const mw::core::WeightsStatus &status);
    void done();

private:
    std::vector<mw::core::WeightsEntry> m_catalog;
    QStringList m_models;
};

// A catalog name as a run will resolve it: passed with the file and whether its digest was verified (an unchecked
// file still has to be loaded to know it fits), or failed with the engine's WeightsError (missing, damaged, Keras).
class ResolveWeightsJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    ResolveWeightsJob(std::vector<mw::core::WeightsEntry> catalog, QString name)
        : m_catalog(std::move(catalog)), m_name(std::move(name))
    {
        setAutoDelete(true);
    }
    void run() override;

Q_SIGNALS:
    void passed(const QString &file, bool verified);
    void failed(const QString &message);

private:
    std::vector<mw::core::WeightsEntry> m_catalog;
    QString m_name;
};

// The app's downloads, one at a time in the order asked (they share one connection's bandwidth anyway). There is one
// per pool, found with of(): the Weights dialog and the Experiment page never fetch the same file twice at once.
class WeightsDownloads : public QObject {
    Q_OBJECT
public:
    static WeightsDownloads *of(QThreadPool *pool); // made on first use, a child of the pool

    // Queues the entry's download; nothing happens when it is downloading or waiting already.
    void fetch(const mw::core::WeightsEntry &entry);
    void cancel(const QString &name); // the running one stops within a second, keeping its .part
    void cancelAll();
    bool isBusy() const { return !m_current.isEmpty(); }
    bool isBusy(const QString &name) const;
    QString current() const { return m_current; } // the entry downloading now; empty when idle
    int waitingCount() const { return int(m_waiting.size()); }
    const mw::core::DownloadProgress &progress() const { return m_progress; }

    // Files changed in another way (the Weights dialog deleted one): whoever shows statuses looks again.
    void announceFilesChanged() { Q_EMIT filesChanged(); }

Q_SIGNALS:
    void started(const QString &name);
    void progressed(const QString &name, const mw::core::DownloadProgress &progress);
    void finished(const QString &name, const mw::core::WeightsStatus &status);
    void failed(const QString &name, const QString &message);
    void cancelled(const QString &name);
    void idle(); // nothing downloading or waiting
    void filesChanged();

private:
    explicit WeightsDownloads(QThreadPool *pool);
    void startNext();

    QThreadPool *m_pool;
    QList<mw::core::WeightsEntry> m_waiting;
    QString m_current;
    mw::core::DownloadProgress m_progress;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

// Registers the catalog's value types for queued connections; safe to call more than once.
void registerWeightsMetaTypes();

} // namespace mw::app

Q_DECLARE_METATYPE(mw::core::WeightsStatus)
Q_DECLARE_METATYPE(mw::core::DownloadProgress)
