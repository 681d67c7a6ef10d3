#include "jobs/drawjobs.h"

#include "errors.h"
#include "training/runstore.h"

#include <algorithm>
#include <filesystem>

namespace mw::app {

ListTrainedRunsJob::ListTrainedRunsJob(QString folder) : m_folder(std::move(folder)) { setAutoDelete(true); }

void ListTrainedRunsJob::run()
{
    std::vector<TrainedRun> runs;
    QStringList problems;
    std::error_code ec;
    const std::filesystem::path root = m_folder.toStdString();
    for (std::filesystem::directory_iterator it(root, ec), end; !ec && it != end; it.increment(ec)) {
        const auto &dir = it->path();
        // ".part": a run still training (or a crash); ".deleting": a run the Results page is removing.
        if (!it->is_directory(ec) || dir.extension() == ".part" || dir.extension() == ".deleting")
            continue;
        if (!std::filesystem::exists(dir / mw::core::RunStore::kCheckpointFile, ec))
            continue; // a run without weights has nothing to draw with
        try {
            const mw::core::RunResult result = mw::core::loadRunResult(dir);
            TrainedRun run;
            run.folder = QString::fromStdString(dir.string());
            run.model = QString::fromStdString(result.model.empty() ? result.config.model.name : result.model);
            run.name = QString::fromStdString(dir.filename().string());
            run.testAccuracy = result.testAccuracy.value_or(-1);
            runs.push_back(run);
        } catch (const mw::core::Error &e) {
            problems << QString::fromStdString(e.what());
        }
    }
    // Folder names start with the date and time, so the newest sort last.
    std::sort(runs.begin(), runs.end(), [](const TrainedRun &a, const TrainedRun &b) { return a.name > b.name; });
    Q_EMIT listed(runs, problems);
}

LoadClassifiersJob::LoadClassifiersJob(QStringList paths) : m_paths(std::move(paths)) { setAutoDelete(true); }

void LoadClassifiersJob::run()
{
    for (const QString &path : m_paths) {
        try {
            Q_EMIT loaded(path, mw::core::Classifier::load(path.toStdString()));
        } catch (const std::exception &e) {
            Q_EMIT failed(path, QString::fromStdString(e.what()));
        }
    }
}

ClassifyJob::ClassifyJob(ClassifyRequest request) : m_request(std::move(request)) { setAutoDelete(true); }

void ClassifyJob::run()
{
    ClassifyReply reply;
    reply.serial = m_request.serial;
    reply.keys = m_request.keys;
    try {
        for (const auto &classifier : m_request.classifiers)
            reply.predictions.push_back(classifier->classify(m_request.digit.data()));
        const int s = m_request.saliencyFor;
        if (s >= 0 && s < int(m_request.classifiers.size())) {
            reply.saliency = m_request.classifiers[std::size_t(s)]->saliency(m_request.digit.data(),
                                                                            reply.predictions[std::size_t(s)].digit);
            reply.saliencyFor = s;
            const auto &model = *m_request.classifiers[std::size_t(s)];
            reply.input = mw::core::previewInput(m_request.digit.data(), model.inputSize(), model.normalization());
        }
    } catch (const std::exception &e) {
        reply.predictions.clear();
        reply.error = QString::fromStdString(e.what());
    }
    Q_EMIT classified(reply);
}

DecodePictureJob::DecodePictureJob(QString file) : m_file(std::move(file)) { setAutoDelete(true); }

void DecodePictureJob::run()
{
    try {
        bool inverted = false;
        const auto ink = mw::core::toInk(mw::core::readImageFile(m_file.toStdString()), &inverted);
        Q_EMIT decoded(m_file, ink, inverted);
    } catch (const std::exception &e) {
        Q_EMIT failed(m_file, QString::fromStdString(e.what()));
    }
}

} // namespace mw::app
