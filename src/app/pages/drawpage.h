#pragma once

#include "draw/digitprep.h"
#include "jobs/drawjobs.h"
#include "jobs/loadrunsjob.h"
#include "ui_drawpage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

#include <functional>
#include <vector>

class QShortcut;
class QThreadPool;

namespace mw::app {

class DrawingCanvas;
class DrawModelList;
class LatestClassifier;
class ProbabilityBars;

// Draw a digit (or drop a picture) and watch every trained model classify it while you draw, with MNIST's
// preprocessing shown step by step and the selected model's saliency. Models load and classify on the pool; only
// the newest drawing is classified (LatestClassifier). The models are a DrawModelList; the page keeps one
// ProbabilityBars per ticked model.
class DrawPage : public QWidget {
    Q_OBJECT
public:
    explicit DrawPage(QThreadPool *pool, QWidget *parent = nullptr);
    ~DrawPage() override;

    // Where trained runs are listed from (default: the app's run store); lists it again.
    void setRunFolder(const QString &folder);
    QString runFolder() const { return m_runFolder; }
    void refreshRuns();
    // A run folder or checkpoint file, ticked and loaded; returns false (and says why) when it is already listed.
    bool addModel(const QString &path);
    // Decodes a picture file on the pool and puts it onto the canvas (what dropping it does).
    void openPicture(const QString &file);
    bool saveDigit(const QString &file); // the centred 28x28 as a grey PNG; false (with a message) on failure

    void setCentring(bool centre);
    void setDetached(bool detached);
    bool isDetached() const { return m_window != nullptr; }
    QWidget *detachedWindow() const { return m_window; }

    DrawingCanvas *canvas() const { return m_ui.canvas; }
    const mw::core::DigitSteps &steps() const { return m_steps; }
    std::vector<ProbabilityBars *> bars() const; // one per ticked model, in list order
    QString message() const { return m_ui.messageLabel->text(); }
    double lastLatencyMs() const { return m_lastLatencyMs; }
    bool predictionsCurrent() const { return m_latencySerial == m_serial; } // the bars show the newest drawing

Q_SIGNALS:
    void runsListed(int count);
    void modelReady(const QString &path, bool ok);
    void predictionsShown(); // the bars show the newest drawing's predictions
    void pictureOpened(const QString &file, bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyRuns(const std::vector<RunRecord> &runs, const QStringList &problems);
    void setTicked(const QString &path, bool ticked);
    void showModelTexts(const QString &path); // its bars' title, and what they say until it classifies
    void loadModels(const QStringList &paths);
    void modelLoaded(const QString &path, const ClassifierPtr &classifier);
    void modelFailed(const QString &path, const QString &message);
    void selectModel(const QString &path);
    void unselect(const QString &path); // when the selected model goes away
    void autoSelect(); // the first ready model in list order, unless the user chose one
    void drawingChanged();
    void requestClassification();
    void applyReply(const ClassifyReply &reply);
    void applyExplanation(const ClassifyExplanation &explanation); // the selected model's input and saliency
    void retranslate();
    void showSteps();
    void showInputCaption();
    void showDetachTexts();
    void showSaliency(const std::vector<float> &saliency);
    void clearSaliency();
    void updateStatus();
    // Kept as a way to word it, so the message follows a change of language.
    void showMessage(const std::function<QString()> &text, bool error);
    void showMessage(const QString &text, bool error); // the engine's words, as they are
    void chooseCheckpoint();
    void choosePicture();
    void chooseSaveFile();

    Ui::DrawPage m_ui;
    QThreadPool *m_pool;
    QString m_runFolder;
    DrawModelList *m_models;
    QHash<QString, ProbabilityBars *> m_bars; // by path, while ticked
    LatestClassifier *m_classifier;
    QString m_selected; // whose saliency and input are shown
    bool m_selectedByUser = false;
    bool m_listing = false;
    bool m_listedOnce = false;
    QWidget *m_window = nullptr; // the detached window, while detached
    QShortcut *m_clearShortcut, *m_undoShortcut;

    mw::core::DigitSteps m_steps;
    std::uint64_t m_serial = 0;  // of the newest drawing
    QElapsedTimer m_changedAt;   // when the newest drawing changed
    double m_lastLatencyMs = -1;
    std::uint64_t m_latencySerial = 0; // the drawing the latency was measured for
    QImage m_saliencyImage; // 28x28 ARGB heat
    std::function<QString()> m_message;
    struct {
        QString model;
        int size = 0; // 0: no model input shown
        mw::core::Normalization normalization = mw::core::Normalization::Tutorial;
    } m_input; // the model input on show
};

} // namespace mw::app
