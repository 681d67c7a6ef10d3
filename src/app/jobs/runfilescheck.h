#pragma once

#include "training/config.h"
#include "weightstore/catalog.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

class QThreadPool;

namespace mw::app {

class WeightsDownloads;

// Reads and fits the files that runs need before any of them is queued, so a bad file costs seconds, not a failed
// run later. Runs whose weights are a catalog name first get their file: one not at hand (or damaged) is
// downloaded (WeightsDownloads), and the runs wait for it. Then each weights file is checked in the backbones that
// take it — a catalog file whose digest was verified is the published one and is not read again — and last the
// user's TorchScript module is loaded and probed at its input size, each on the pool. A check ends with passed(),
// failed() or abandoned(), exactly once.
class RunFilesCheck : public QObject {
    Q_OBJECT
public:
    explicit RunFilesCheck(QThreadPool *pool, QObject *parent = nullptr);

    void start(const std::vector<mw::core::RunConfig> &runs); // passes at once when no run needs a file
    bool isRunning() const { return m_running; }
    QStringList downloading() const { return QStringList(m_waitingFor.begin(), m_waitingFor.end()); }

Q_SIGNALS:
    void reported(const QString &html); // what is being checked, then what passed
    void scriptCounted(qint64 parameters, qint64 headPhase);
    void passed(const std::vector<mw::core::RunConfig> &runs);
    void failed(const QString &message, const QString &title, const QString &explanation);
    void abandoned(const QString &message); // the user cancelled a download the runs waited for

private:
    // One weights value ("resnet18.tv_imagenet1k_v1" or a file) and the backbones that take it.
    struct WeightsUse {
        QString weights;
        QStringList backbones;
    };

    void fetchMissing(const QStringList &names);
    void downloadEnded(const QString &name);
    void checkNextWeights();
    void checkCatalogWeights(const WeightsUse &use);
    void checkWeightsFile(const QString &file, const QStringList &backbones, const QString &shownAs);
    void checkScript();
    void fail(const QString &message, const QString &title, const QString &explanation);
    void note(const QString &html); // adds to what passed, and shows it

    QThreadPool *m_pool;
    WeightsDownloads *m_downloads;
    std::vector<mw::core::RunConfig> m_runs;
    std::vector<mw::core::WeightsEntry> m_catalog;
    QList<WeightsUse> m_toCheck;
    QSet<QString> m_waitingFor; // catalog names downloading for these runs
    QStringList m_reports;      // what passed so far
    bool m_running = false;
};

} // namespace mw::app
