#include "jobs/runfilescheck.h"

#include "jobs/enginejobs.h"
#include "jobs/pretrainjob.h"
#include "jobs/weightsjobs.h"
#include "models/registry.h"

#include <QFileInfo>
#include <QStringList>
#include <QThreadPool>

#include <algorithm>

namespace mw::app {

RunFilesCheck::RunFilesCheck(QThreadPool *pool, QObject *parent)
    : QObject(parent), m_pool(pool), m_downloads(WeightsDownloads::of(pool))
{
    connect(m_downloads, &WeightsDownloads::finished, this, &RunFilesCheck::downloadEnded);
    connect(m_downloads, &WeightsDownloads::failed, this, [this](const QString &name, const QString &message) {
        if (!m_waitingFor.contains(name))
            return;
        m_waitingFor.clear();
        fail(message, tr("Cannot download the weights"),
             tr("No run was queued. The weights of %1 could not be fetched; File > Weights… shows the catalog, where "
                "each file comes from and the folder to put it in by hand. A mirror for the downloads can be set in "
                "File > Settings.")
                 .arg(name));
    });
    connect(m_downloads, &WeightsDownloads::cancelled, this, [this](const QString &name) {
        if (!m_waitingFor.contains(name))
            return;
        m_waitingFor.clear();
        m_running = false;
        Q_EMIT abandoned(tr("Download of %1 cancelled: no run was queued. The part already downloaded is kept, and "
                            "the next download resumes it.")
                             .arg(name));
    });
}

void RunFilesCheck::start(const std::vector<mw::core::RunConfig> &runs)
{
    m_runs = runs;
    m_reports.clear();
    m_toCheck.clear();
    m_waitingFor.clear();
    try {
        m_catalog = mw::core::loadWeightsCatalog();
    } catch (const mw::core::Error &) {
        m_catalog.clear(); // names then read as files, and the check says there is no such file
    }
    QStringList names;
    for (const auto &config : runs) {
        if (config.weights.empty())
            continue;
        const QString weights = QString::fromStdString(config.weights);
        auto use = std::find_if(m_toCheck.begin(), m_toCheck.end(), [&](const WeightsUse &u) { return u.weights == weights; });
        if (use == m_toCheck.end()) {
            m_toCheck.append({weights, {}});
            use = m_toCheck.end() - 1;
            if (mw::core::findWeightsEntry(m_catalog, config.weights))
                names << weights;
        }
        use->backbones << QString::fromStdString(config.model.name);
    }
    m_running = true;
    if (names.isEmpty())
        checkNextWeights();
    else
        fetchMissing(names);
}

void RunFilesCheck::fetchMissing(const QStringList &names)
{
    Q_EMIT reported(tr("Looking for the weights of %1…").arg(names.join(QStringLiteral(", "))));
    std::vector<mw::core::WeightsEntry> entries;
    for (const QString &name : names)
        entries.push_back(mw::core::weightsEntry(m_catalog, name.toStdString()));
    auto *job = new WeightsStatusJob(entries);
    auto needsDownload = [this](const QString &name) {
        m_waitingFor.insert(name);
    };
    connect(job, &WeightsStatusJob::checked, this, [needsDownload](const QString &name, const mw::core::WeightsStatus &status) {
        if (status.state == mw::core::WeightsState::Missing || status.state == mw::core::WeightsState::Damaged)
            needsDownload(name);
    });
    connect(job, &WeightsStatusJob::unreadable, this, [needsDownload](const QString &name) { needsDownload(name); });
    connect(job, &WeightsStatusJob::done, this, [this] {
        if (m_waitingFor.isEmpty()) {
            checkNextWeights();
            return;
        }
        QStringList waiting(m_waitingFor.begin(), m_waitingFor.end());
        waiting.sort();
        Q_EMIT reported(tr("Downloading the weights of %1: the runs are queued once they are verified")
                            .arg(waiting.join(QStringLiteral(", "))));
        for (const QString &name : std::as_const(waiting))
            m_downloads->fetch(mw::core::weightsEntry(m_catalog, name.toStdString()));
    });
    m_pool->start(job);
}

void RunFilesCheck::downloadEnded(const QString &name)
{
    if (m_waitingFor.remove(name) && m_waitingFor.isEmpty() && m_running)
        checkNextWeights();
}

void RunFilesCheck::checkNextWeights()
{
    if (m_toCheck.isEmpty()) {
        checkScript();
        return;
    }
    const WeightsUse use = m_toCheck.takeFirst();
    if (mw::core::findWeightsEntry(m_catalog, use.weights.toStdString()))
        checkCatalogWeights(use);
    else
        checkWeightsFile(use.weights, use.backbones, QFileInfo(use.weights).fileName());
}

void RunFilesCheck::checkCatalogWeights(const WeightsUse &use)
{
    Q_EMIT reported(tr("Looking for the weights of %1…").arg(use.weights));
    auto *job = new ResolveWeightsJob(m_catalog, use.weights);
    connect(job, &ResolveWeightsJob::passed, this, [this, use](const QString &file, bool verified) {
        if (!verified) { // no digest published: only loading it tells whether it fits
            checkWeightsFile(file, use.backbones, use.weights);
            return;
        }
        note(tr("%1: %2, verified (the published file)")
                 .arg(use.backbones.join(QStringLiteral(", ")), use.weights)
                 .toHtmlEscaped());
        checkNextWeights();
    });
    connect(job, &ResolveWeightsJob::failed, this, [this](const QString &message) {
        fail(message, tr("Cannot use these weights"),
             tr("No run was queued. Catalog weights are used once their file is here and verified: download them "
                "with File > Weights… (or the Download button under Backbone weights)."));
    });
    m_pool->start(job);
}

void RunFilesCheck::checkWeightsFile(const QString &file, const QStringList &backbones, const QString &shownAs)
{
    Q_EMIT reported(tr("Checking %1 against %2…").arg(shownAs, backbones.join(QStringLiteral(", "))));
    auto *job = new WeightsCheckJob(file, backbones);
    connect(job, &WeightsCheckJob::passed, this, [this](const QString &summary) {
        note(summary.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
        checkNextWeights();
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
    Q_EMIT reported(tr("Loading %1 and probing it at %2×%2 px…").arg(QFileInfo(file).fileName()).arg(inputSize));
    auto *job = new TorchScriptCheckJob(file, inputSize);
    connect(job, &TorchScriptCheckJob::passed, this, [this](const QString &summary, qint64 total, qint64 head) {
        m_running = false;
        Q_EMIT scriptCounted(total, head);
        note(summary.toHtmlEscaped());
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

void RunFilesCheck::note(const QString &html)
{
    m_reports << html;
    Q_EMIT reported(m_reports.join(QStringLiteral("<br>")));
}

void RunFilesCheck::fail(const QString &message, const QString &title, const QString &explanation)
{
    m_running = false;
    Q_EMIT failed(message, title, explanation);
}

} // namespace mw::app
