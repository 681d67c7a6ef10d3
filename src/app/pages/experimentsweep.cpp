// The Experiment page's sweeps: the Sweep dialog over the ticked models and the page's settings, and starting what it
// defines, on this computer (the trials queued as runs in the sweep's folders) or on Slurm (submitted on the pool).
#include "errors.h"
#include "jobs/runqueue.h"
#include "pages/experimentpage.h"
#include "sweepdialog.h"

#include <QCoreApplication>
#include <QDir>
#include <QMessageBox>
#include <QPointer>
#include <QThreadPool>

namespace mw::app {

SweepDialog *ExperimentPage::sweepDialog() const { return m_sweepDialog; }

void ExperimentPage::openSweepDialog()
{
    revalidate();
    if (!m_problem.isEmpty())
        return;
    if (m_sweepDialog) {
        m_sweepDialog->raise();
        m_sweepDialog->activateWindow();
        return;
    }
    // One model: its settings are the base. Several: each model's settings (a baseline's learning rate, a
    // backbone's input size and weights) ride along per model, and the model is the first axis.
    const std::vector<mw::core::RunConfig> runs = configs();
    mw::core::SweepDefinition base;
    std::vector<std::string> models;
    if (runs.size() == 1) {
        base.base = mw::core::toJson(runs.front());
    } else {
        for (const mw::core::RunConfig &run : runs) {
            base.modelsConfig[run.model.name] = mw::core::toJson(run);
            models.push_back(run.model.name);
        }
    }
    m_sweepDialog = new SweepDialog(std::move(base), models, m_pool, this);
    m_sweepDialog->setAttribute(Qt::WA_DeleteOnClose);
    SweepDialog *dialog = m_sweepDialog;
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startSweep(dialog); });
    dialog->open();
}

void ExperimentPage::startSweep(SweepDialog *dialog)
{
    const mw::core::Sweep sweep = *dialog->sweep();
    const QString folder = dialog->folder();
    const std::filesystem::path dir = folder.toStdString();
    try {
        mw::core::createSweepFolder(dir, sweep);
    } catch (const mw::core::Error &e) {
        Q_EMIT sweepRefused(QString::fromStdString(e.what()));
        refuse(QString::fromStdString(e.what()), tr("Sweep not started"), tr("Choose another folder for the sweep."));
        return;
    }
    if (!dialog->onSlurm()) {
        std::vector<mw::core::RunConfig> trials;
        QStringList folders;
        for (const mw::core::Trial &trial : sweep.trials) {
            trials.push_back(trial.config);
            folders << QString::fromStdString(mw::core::trialDir(dir, trial).string());
        }
        const QList<int> ids = m_queue->enqueue(trials, folders);
        Q_EMIT runsQueued(ids);
        Q_EMIT sweepStarted(folder, ids);
        return;
    }
    // sbatch may wait on the cluster's controller: on the pool.
    const mw::core::SlurmSettings settings = dialog->slurmSettings();
    std::vector<int> all;
    for (const mw::core::Trial &trial : sweep.trials)
        all.push_back(trial.index);
    QPointer<ExperimentPage> self(this);
    m_pool->start([self, dir, all, settings, folder] {
        QString error, job;
        try {
            job = QString::fromStdString(mw::core::submitToSlurm(dir, all, settings).jobId);
        } catch (const mw::core::Error &e) {
            error = QString::fromStdString(e.what());
            std::error_code ec;
            std::filesystem::remove_all(dir, ec); // Slurm took nothing: the folder just made goes again
        }
        QMetaObject::invokeMethod(qApp, [self, error, job, folder, count = all.size()] {
            if (!self)
                return;
            if (!error.isEmpty()) {
                Q_EMIT self->sweepRefused(error);
                self->refuse(error, tr("Sweep not submitted"), tr("Check the Slurm settings with Test in the Sweep dialog."));
                return;
            }
            Q_EMIT self->sweepStarted(folder, {});
            auto *box = new QMessageBox(QMessageBox::Information, tr("Sweep submitted"),
                                        tr("Slurm job %1 runs the sweep's %n trial(s).", nullptr, int(count)).arg(job),
                                        QMessageBox::Ok, self);
            box->setInformativeText(tr("The trials write into %1; follow them with: mnist-workbench-cli sweep status %1")
                                        .arg(QDir::toNativeSeparators(folder)));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
    });
}

} // namespace mw::app
