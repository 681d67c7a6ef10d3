#include "jobs/drawjobs.h"

namespace mw::app {

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
        reply.predictions = m_request.round->classify(m_request.digit.data(), m_request.classifiers);
    } catch (const std::exception &e) {
        reply.error = QString::fromStdString(e.what());
    }
    Q_EMIT classified(reply);

    const int s = m_request.saliencyFor;
    if (reply.error.isEmpty() && s >= 0 && s < int(m_request.classifiers.size()) && !*m_request.superseded) {
        ClassifyExplanation explanation;
        explanation.serial = m_request.serial;
        explanation.key = m_request.keys[s];
        const auto &model = *m_request.classifiers[std::size_t(s)];
        try {
            explanation.saliency =
                m_request.round->saliency(m_request.digit.data(), model, reply.predictions[std::size_t(s)].digit);
            explanation.input = mw::core::previewInput(m_request.digit.data(), model.inputSize(), model.normalization());
            Q_EMIT explained(explanation);
        } catch (const std::exception &) {
            // The probabilities are shown; a saliency that failed is simply not drawn.
        }
    }
    Q_EMIT finished();
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
