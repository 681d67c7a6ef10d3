#pragma once

#include "sweep/slurm.h"
#include "training/config.h"
#include "training/result.h"
#include "training/trainer.h"
#include "ui_trainingpage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>
#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QProgressBar;
class QToolButton;

namespace mw::app {

class CurvePlot;
class RunQueue;
class SweepPoller;

// Watch the queued runs train: live curves per run (grid or one run), and per run a progress bar with phase,
// epoch and time left, a cancel button and its log lines. Everything comes from the RunQueue's signals; rows and
// plots redraw on a short timer, not per batch.
class TrainingPage : public QWidget {
    Q_OBJECT
public:
    explicit TrainingPage(RunQueue *queue, QWidget *parent = nullptr);

    CurvePlot *curvePlot() const { return m_ui.curvePlot; }
    QList<int> runs() const { return m_order; }
    QString title(int id) const;
    QString progressText(int id) const; // what the run's progress bar says
    QString statusText(int id) const;   // the line under it
    QToolButton *cancelButton(int id) const;

    // Follows the trials of a sweep this app does not run (a Slurm array) while any is queued or training: a row per
    // trial fed by polling its folder (progress.jsonl) and Slurm's queue, with live curves, the queue's state and
    // node, and Cancel (scancel of that trial's task). Rows for a folder already followed are read again.
    void followSweep(const QString &folder);
    // The job id of a followed trial's row; 0 when it has none.
    int sweepTrialRun(const QString &folder, int trial) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    enum class State { Waiting, Running, Finished, Cancelled, Failed };
    struct Job {
        int id = 0;
        mw::core::RunConfig config;
        QString title;
        State state = State::Waiting;
        QString dir;
        std::optional<mw::core::PhaseName> phase; // none while preparing
        int maxEpochs = 0;
        int phaseEpochs = 0;     // done in this phase
        double phaseSeconds = 0; // spent on them
        int bestLocal = 0;       // the phase's epoch (counted within it) whose weights it keeps; 0: from before it
        double bestAccuracy = -1; // validation accuracy of the kept weights
        int bestEpoch = 0;       // global
        int lastEpoch = 0;       // global
        int batch = 0, batches = 0;
        QString activity;        // the log's last line before epochs come
        QString failure;         // why it failed
        std::optional<mw::core::RunResult> result; // once finished or cancelled
        QFrame *row = nullptr;
        QLabel *titleLabel = nullptr, *statusLabel = nullptr;
        QProgressBar *bar = nullptr;
        QToolButton *cancel = nullptr;
        // A followed sweep's trial (negative ids): the poller reading its sweep, its index, epochs shown so far.
        SweepPoller *poller = nullptr;
        int trial = -1;
        int shownEpochs = 0;
        QString queue, node;
    };

    void retranslate();
    void retranslateRow(Job &job);
    QString outcome(const Job &job) const;
    void addJob(int id, const mw::core::RunConfig &config);
    void startJob(int id, const QString &dir);
    void startPhase(int id, mw::core::PhaseName phase, int maxEpochs);
    void addBatch(int id, const mw::core::BatchProgress &progress);
    void addEpoch(int id, const mw::core::EpochMetrics &metrics);
    void finishJob(const mw::core::RunResult &result, const QString &dir);
    void failJob(int id, const QString &message);
    void appendLog(int id, const QString &line);
    void touch(int id);
    void refreshRows();
    void refreshRow(Job &job);
    void refreshQueueLabel();
    void syncView();
    void exportPlot();
    void clearFinished();
    void cancelAll();
    void showSweep(SweepPoller *poller, const mw::core::SweepSnapshot &snapshot, const QString &error);
    void showTrial(Job &job, const mw::core::TrialStatus &status);
    void cancelTrial(int id);
    Job *find(int id);
    const Job *find(int id) const;

    Ui::TrainingPage m_ui;
    RunQueue *m_queue;
    QHash<int, Job> m_jobs;
    QList<int> m_order;
    QHash<QString, int> m_byDir;
    QSet<int> m_dirty;
    QTimer m_rowTimer;
    QHash<SweepPoller *, QHash<int, int>> m_followed; // trial index -> job id (0: its row was cleared)
    int m_nextRemoteId = -1;
};

} // namespace mw::app
