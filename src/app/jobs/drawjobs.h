#pragma once

// The Draw page's work on the pool: loading models, classifying the newest drawing (LoadRunsJob lists the runs).
#include "data/preview.h"
#include "draw/classifier.h"
#include "draw/classifyround.h"
#include "draw/image.h"

#include <QMetaType>
#include <QObject>
#include <QRunnable>
#include <QString>
#include <QStringList>

#include <atomic>
#include <cstdint>
#include <memory>
#include <vector>

namespace mw::app {

using ClassifierPtr = mw::core::ClassifierPtr;

// Loads run folders or checkpoint files one after the other; one signal per model as soon as it is ready.
class LoadClassifiersJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    explicit LoadClassifiersJob(QStringList paths);
    void run() override;

Q_SIGNALS:
    void loaded(const QString &path, const mw::app::ClassifierPtr &classifier);
    void failed(const QString &path, const QString &message);

private:
    QStringList m_paths;
};

struct ClassifyRequest {
    std::uint64_t serial = 0;
    std::vector<std::uint8_t> digit; // 28x28
    QStringList keys;                // one per classifier, echoed in the reply
    std::vector<ClassifierPtr> classifiers;
    int saliencyFor = -1; // index into classifiers, -1: none
    // Set by LatestClassifier before it starts the job.
    std::shared_ptr<mw::core::ClassifyRound> round;
    std::shared_ptr<std::atomic<bool>> superseded; // a newer drawing waits: its saliency is not worth computing
};

// Every model's probabilities, as soon as they are there.
struct ClassifyReply {
    std::uint64_t serial = 0;
    QStringList keys;
    std::vector<mw::core::DigitPrediction> predictions;
    QString error;
};

// Then, unless a newer drawing waits, the saliency of keys[saliencyFor] (28x28 in [0, 1]) and its input as it sees it.
struct ClassifyExplanation {
    std::uint64_t serial = 0;
    QString key;
    std::vector<float> saliency;
    mw::core::InputPreview input; // knows its normalization
};

// Classifies one 28x28 digit with every given model (the page's ClassifyRound), then explains one of them.
class ClassifyJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    explicit ClassifyJob(ClassifyRequest request);
    void run() override;

Q_SIGNALS:
    void classified(const mw::app::ClassifyReply &reply);
    void explained(const mw::app::ClassifyExplanation &explanation);
    void finished(); // after both: the job no longer uses the models

private:
    ClassifyRequest m_request;
};

// Reads a picture file and turns it into ink (inverting dark ink on light paper).
class DecodePictureJob : public QObject, public QRunnable {
    Q_OBJECT
public:
    explicit DecodePictureJob(QString file);
    void run() override;

Q_SIGNALS:
    void decoded(const QString &file, const mw::core::GreyImage &ink, bool inverted);
    void failed(const QString &file, const QString &message);

private:
    QString m_file;
};

} // namespace mw::app

Q_DECLARE_METATYPE(mw::core::GreyImage)
Q_DECLARE_METATYPE(mw::app::ClassifierPtr)
Q_DECLARE_METATYPE(mw::app::ClassifyReply)
Q_DECLARE_METATYPE(mw::app::ClassifyExplanation)
