#pragma once

#include "training/config.h"
#include "training/result.h"
#include "training/trainer.h"
#include "ui_pretraindialog.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>
#include <stop_token>

class QMessageBox;
class QThreadPool;

namespace mw::app {

// Pretrains a backbone in the app (the engine's pretrainBackbone, on the pool through a PretrainJob) on another
// dataset and writes its weights to a safetensors file; "Use these weights" hands the file to the Experiment page.
// Not modal: the app stays usable while it trains. Closing it while it trains asks, then cancels.
class PretrainDialog : public QDialog {
    Q_OBJECT
public:
    struct DatasetChoice {
        QString name;
        QString folder;
    };
    // `base` holds the Experiment page's settings that pretraining shares (split, seed, batch size, normalization,
    // device); `model` is the backbone chosen first (empty: the registry's first).
    PretrainDialog(QThreadPool *pool, const mw::core::RunConfig &base, const QList<DatasetChoice> &datasets,
                   const QString &model, QWidget *parent = nullptr);
    ~PretrainDialog() override; // a pretraining still under way is asked to stop

    bool isRunning() const { return m_running; }
    QString problem() const { return m_problem; }
    QString writtenFile() const { return m_written; } // empty until a pretraining finished
    // The config Start would run, or the first problem.
    std::optional<mw::core::RunConfig> config(QString *problem = nullptr) const;

public Q_SLOTS:
    void start();
    void cancel();
    void reject() override; // while it trains: asks first (not blocking), then cancels and closes

Q_SIGNALS:
    void weightsChosen(const QString &file, const QString &model, int inputSize);
    void ended(); // a pretraining finished, was cancelled or failed; the dialog shows which

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseOutputFile();
    void modelChanged();
    void updateDefaultOutput();
    void revalidate();
    void updateEnabled();
    void showProgress();
    void addEpoch(const mw::core::EpochMetrics &metrics);
    void finish(const mw::core::RunResult &result, const QString &file);
    void fail(const QString &message);

    Ui::PretrainDialog m_ui;
    QThreadPool *m_pool;
    mw::core::RunConfig m_base;
    std::stop_source m_stop;
    bool m_running = false;
    bool m_outputEdited = false; // the user's own file name is not replaced when the model or dataset changes
    QString m_problem;
    QPointer<QMessageBox> m_closeQuestion;
    QString m_startedModel, m_written, m_writtenModel;
    int m_startedSize = 0, m_writtenSize = 0;
    // Progress is drawn on a short timer, not once per batch.
    QTimer m_redraw;
    QElapsedTimer m_clock; // since the first batch report
    qint64 m_firstBatch = -1;
    int m_maxEpochs = 0, m_epochsDone = 0;
    double m_epochSeconds = 0; // of the epochs done
    std::optional<mw::core::BatchProgress> m_progress;
    double m_bestAccuracy = -1;
};

} // namespace mw::app
