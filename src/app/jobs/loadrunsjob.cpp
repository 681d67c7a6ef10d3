#include "jobs/loadrunsjob.h"

#include "errors.h"
#include "training/runstore.h"

#include <QDir>

namespace mw::app {

LoadRunsJob::LoadRunsJob(QString folder) : m_folder(std::move(folder))
{
    setAutoDelete(true);
}

void LoadRunsJob::run()
{
    std::vector<RunRecord> runs;
    QStringList problems;
    const QDir store(m_folder);
    const auto entries = store.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        const QString dir = entry.absoluteFilePath();
        // Runs being deleted are not results, nor are runs still being written; a .part folder that a program left
        // when it stopped is listed as far as it got, to be resumed or deleted.
        const bool interrupted = name.endsWith(QLatin1String(".part"));
        if (name.endsWith(QLatin1String(".deleting"))
            || (interrupted
                && (!QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(mw::core::RunStore::kResumeInfoFile))
                    || mw::core::RunStore::inUse(dir.toStdString()))))
            continue;
        try {
            RunRecord record;
            record.result = interrupted ? mw::core::loadInterruptedRun(dir.toStdString())
                                        : mw::core::loadRunResult(dir.toStdString());
            record.dir = dir;
            record.trainDigits = trainDigitsFromLog(dir);
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
