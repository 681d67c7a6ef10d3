#include "jobs/runfilescheck.h"

#include "jobs/enginejobs.h"
#include "jobs/pretrainjob.h"
#include "models/registry.h"

#include <QFileInfo>
#include <QStringList>
#include <QThreadPool>

#include <algorithm>

namespace mw::app {

void RunFilesCheck::start(const std::vector<mw::core::RunConfig> &runs)
{
    m_runs = runs;
    m_weightsReport.clear();
    QStringList backbones;
    QString weights;
    for (const auto &config : runs) {
        if (!config.weights.empty()) {
            backbones << QString::fromStdString(config.model.name);
            weights = QString::fromStdString(config.weights);
        }
    }
    if (backbones.isEmpty()) {
        checkScript();
        return;
    }
    m_running = true;
    Q_EMIT reported(tr("Checking %1 against %2…").arg(QFileInfo(weights).fileName(), backbones.join(QStringLiteral(", "))));
    auto *job = new WeightsCheckJob(weights, backbones);
    connect(job, &WeightsCheckJob::passed, this, [this](const QString &summary) {
        m_weightsReport = summary.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        Q_EMIT reported(m_weightsReport);
        checkScript();
    });
    connect(job, &WeightsCheckJob::failed, this, [this](const QString &message) {
        fail(message, tr("Cannot use these weights"),
             tr("No run was queued. Backbone weights are a PyTorch state dict saved with "
                "torch.save(model.state_dict()) (.pth) or a safetensors file, with the backbone's parameter names "
                "and shapes. A TorchScript module (torch.jit.save) is a backbone of its own: tick “Your TorchScript "
                "module” and choose the file under TorchScript."));
    });
    m_pool->start(job);
}

void RunFilesCheck::checkScript()
{
    const auto script = std::find_if(m_runs.begin(), m_runs.end(), [](const mw::core::RunConfig &c) {
        return c.model.name == mw::core::kTorchScriptModel;
    });
    if (script == m_runs.end()) {
        m_running = false;
        Q_EMIT passed(m_runs);
        return;
    }
    const QString file = QString::fromStdString(script->model.scriptPath);
    const int inputSize = script->model.inputSize;
    m_running = true;
    Q_EMIT reported(tr("Loading %1 and probing it at %2×%2 px…").arg(QFileInfo(file).fileName()).arg(inputSize));
    auto *job = new TorchScriptCheckJob(file, inputSize);
    connect(job, &TorchScriptCheckJob::passed, this, [this](const QString &summary, qint64 total, qint64 head) {
        m_running = false;
        Q_EMIT scriptCounted(total, head);
        Q_EMIT reported((m_weightsReport.isEmpty() ? QString() : m_weightsReport + QStringLiteral("<br>"))
                        + summary.toHtmlEscaped());
        Q_EMIT passed(m_runs);
    });
    connect(job, &TorchScriptCheckJob::failed, this, [this](const QString &message) {
        fail(message, tr("Cannot use this TorchScript module"),
             tr("No run was queued. “Your TorchScript module” needs a module saved with torch.jit.save (for "
                "example torch.jit.script(model)) whose forward() takes [B, 3, N, N] images at the input size of "
                "its row and returns [B, C] or [B, C, H, W] features."));
    });
    m_pool->start(job);
}

void RunFilesCheck::fail(const QString &message, const QString &title, const QString &explanation)
{
    m_running = false;
    Q_EMIT failed(message, title, explanation);
}

} // namespace mw::app
