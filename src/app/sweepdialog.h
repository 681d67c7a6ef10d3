#pragma once

#include "sweep/slurm.h"
#include "ui_sweepdialog.h"

#include <QDialog>
#include <QString>

#include <optional>

class QThreadPool;

namespace mw::app {

// Defines a sweep over the Experiment page's settings: the settings to vary and their values (a log-range helper
// for learning rates), every combination or a random choice, and where it runs — this computer, or a Slurm cluster
// (its settings kept in QSettings; Test submits a one-second job). The trials are expanded and checked as the user
// types: the count, or the engine's one-line problem naming the setting and value; OK stays off until they pass.
class SweepDialog : public QDialog {
    Q_OBJECT
public:
    // `base`: the page's settings, without axes of its own (several ticked models come as a model axis, `models`).
    SweepDialog(mw::core::SweepDefinition base, const std::vector<std::string> &models, QThreadPool *pool,
                QWidget *parent = nullptr);

    void addAxis(const QString &setting, const QString &values);
    // The expanded sweep (valid when problem() is empty), where it goes, and how.
    const std::optional<mw::core::Sweep> &sweep() const { return m_sweep; }
    QString problem() const { return m_problem; }
    QString folder() const;
    bool onSlurm() const;
    mw::core::SlurmSettings slurmSettings() const;

    void accept() override; // keeps the Slurm settings for next time

Q_SIGNALS:
    void slurmTested(const QString &message); // what Slurm said to the test job

private:
    void revalidate();
    void fillLogRange();
    void testSlurm();
    void updateWhere();
    QString suggestedFolder() const;

    Ui::SweepDialog m_ui;
    mw::core::SweepDefinition m_base;
    QThreadPool *m_pool;
    std::optional<mw::core::Sweep> m_sweep;
    QString m_problem;
    QString m_stamp;              // the sweep folder's suggested name: "sweep-20261203-142233"
    bool m_folderEdited = false;  // the user typed a folder: where it goes no longer changes it
};

} // namespace mw::app
