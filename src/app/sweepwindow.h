#pragma once

#include "jobs/sweeppoller.h"
#include "ui_sweepwindow.h"
#include "widgets/sweeptablemodel.h"

#include <QDialog>
#include <QList>
#include <QSortFilterProxyModel>
#include <QString>

#include <functional>

class QThreadPool;

namespace mw::app {

class RunQueue;

// One sweep, from its folder: the trials (state, Slurm's queue state and node, epochs, figures, McNemar's p against
// the best), test accuracy plotted against each varied setting or all of them at once, and every trial's learning
// curves as progress.jsonl tells them. The folder is read on the pool, again every two seconds while a trial is
// queued or training (SweepPoller), so trials on a cluster are followed live.
// Cancel stops the trials the app queued (RunQueue ids) or the sweep's Slurm jobs (Cancel trial: the selected trial's
// task alone); Resume runs again what did not finish, where the sweep ran.
class SweepWindow : public QDialog {
    Q_OBJECT
public:
    // ids: the RunQueue runs of the trials when the app runs them (a local sweep started here), else none.
    SweepWindow(const QString &folder, QThreadPool *pool, RunQueue *queue, const QList<int> &ids = {},
                QWidget *parent = nullptr);

    QString folder() const { return m_folder; }
    const SweepTableModel &trials() const { return m_model; }
    bool isReading() const { return m_poller.isReading(); }
    void refresh() { m_poller.refresh(); }

Q_SIGNALS:
    void refreshed(); // after each reading of the folder
    void failed(const QString &message); // the folder could not be read, or a cancel / resume was refused
    void submitted(const QString &folder); // Resume submitted trials to Slurm

protected:
    void changeEvent(QEvent *event) override;

private:
    void present(const mw::core::SweepSnapshot &snapshot, const QString &error);
    void showPlot();
    void showCurves();
    void cancelSweep();
    void resumeSweep();
    void cancelTrial();
    int selectedSlurmTrial() const; // -1: none selected, or not one Slurm holds
    void updateTrialButton();
    // Error's message shown and signalled, else `done` called here; the folder read again.
    void onPool(std::function<void()> work, std::function<void()> done = {});
    void retranslate();

    Ui::SweepWindow m_ui;
    QString m_folder;
    QThreadPool *m_pool;
    RunQueue *m_queue;
    QList<int> m_ids;
    SweepTableModel m_model;
    QSortFilterProxyModel m_proxy;
    SweepPoller m_poller;
    bool m_slurm = false;
};

} // namespace mw::app
