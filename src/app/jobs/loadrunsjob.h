#pragma once

#include "jobs/runrecord.h"

#include <QObject>
#include <QRunnable>
#include <QStringList>

#include <vector>

namespace mw::app {

// Reads the runs of a run store folder (mw::core::listRuns: runs being written or deleted left out, interrupted ones
// in) on a pool thread, in the order of the folders' names (which start with the run's date and time). A run that
// cannot be read is left out with a one-line reason. Emits finished exactly once.
class LoadRunsJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    enum class Which {
        All,     // every run, for the Results page
        Trained, // finished runs that kept their best weights: models to classify with (the Draw page)
    };
    explicit LoadRunsJob(QString folder, Which which = Which::All);
    void run() override;

Q_SIGNALS:
    void finished(std::vector<mw::app::RunRecord> runs, const QStringList &problems);

private:
    QString m_folder;
    Which m_which;
};

} // namespace mw::app
