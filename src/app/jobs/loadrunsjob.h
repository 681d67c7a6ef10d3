#pragma once

#include "widgets/resultstablemodel.h"

#include <QObject>
#include <QRunnable>
#include <QStringList>

#include <vector>

namespace mw::app {

// Reads every finished run (a folder with result.json) under a run store folder, on a pool thread, in the order of
// the folders' names (which start with the run's date and time). Unfinished runs (".part") are left out; a run that
// cannot be read is left out with a one-line reason. Emits finished exactly once.
class LoadRunsJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    explicit LoadRunsJob(QString folder);
    void run() override;

Q_SIGNALS:
    void finished(std::vector<mw::app::RunRecord> runs, const QStringList &problems);

private:
    QString m_folder;
};

} // namespace mw::app

Q_DECLARE_METATYPE(std::vector<mw::app::RunRecord>)
