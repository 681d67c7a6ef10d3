#include "jobs/loadrunsjob.h"

#include "errors.h"
#include "training/runstore.h"

#include <QFileInfo>

namespace mw::app {

LoadRunsJob::LoadRunsJob(QString folder, Which which) : m_folder(std::move(folder)), m_which(which)
{
    setAutoDelete(true);
}

void LoadRunsJob::run()
{
    std::vector<RunRecord> runs;
    QStringList problems;
    for (const auto &entry : mw::core::listRuns(m_folder.toStdString())) {
        if (m_which == Which::Trained && (entry.interrupted || !entry.hasCheckpoint))
            continue; // a run without weights has nothing to classify with
        const QString dir = QFileInfo(QString::fromStdString(entry.dir.string())).absoluteFilePath();
        try {
            RunRecord record;
            record.result = mw::core::loadRun(entry);
            record.dir = dir;
            record.sweep = QString::fromStdString(entry.sweep);
            runs.push_back(std::move(record));
        } catch (const mw::core::Error &e) {
            problems << QString::fromStdString(e.what());
        } catch (const std::exception &e) {
            problems << tr("%1: cannot read the run (%2)").arg(dir, QString::fromStdString(e.what()));
        }
    }
    Q_EMIT finished(std::move(runs), problems);
}

} // namespace mw::app
