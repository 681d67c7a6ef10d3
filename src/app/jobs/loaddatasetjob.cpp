#include "jobs/loaddatasetjob.h"

#include "errors.h"

namespace mw::app {

LoadDatasetJob::LoadDatasetJob(std::filesystem::path folder) : m_folder(std::move(folder))
{
    setAutoDelete(true);
}

void LoadDatasetJob::run()
{
    int lastPercent = -1;
    try {
        auto dataset = std::make_shared<const mw::core::Dataset>(mw::core::loadDataset(m_folder, [&](double f) {
            const int percent = int(f * 100);
            if (percent != lastPercent) // one signal per percent, not per megabyte chunk
                Q_EMIT progressed(lastPercent = percent);
        }));
        Q_EMIT loaded(dataset);
    } catch (const mw::core::Error &e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("Internal error while loading %1: %2")
                          .arg(QString::fromStdString(m_folder.string()), QString::fromStdString(e.what())));
    }
}

} // namespace mw::app
