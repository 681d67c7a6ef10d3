// The Experiment page's catalog weights: "ImageNet weights (catalog)" per ticked backbone, their status, their
// download, and the ImageNet marks in the model list.
#include "pages/experimentpage.h"

#include "errors.h"
#include "format.h"
#include "jobs/weightsjobs.h"
#include "models/registry.h"
#include "widgets/modeltree.h"
#include "widgets/weightstablemodel.h"

#include <QLocale>
#include <QThreadPool>

#include <algorithm>

namespace mw::app {
namespace {

bool atHand(mw::core::WeightsState state)
{
    return state == mw::core::WeightsState::Verified || state == mw::core::WeightsState::Unchecked;
}

QString warningHtml(const QString &text)
{
    return QStringLiteral("<span style=\"color:#b26a00\">%1</span>").arg(text.toHtmlEscaped());
}

} // namespace

void ExperimentPage::setUpImageNet()
{
    m_ui.weightsDownloadBar->watch(m_downloads);
    connect(m_ui.downloadWeightsButton, &QPushButton::clicked, this, &ExperimentPage::downloadImageNetWeights);
    connect(m_downloads, &WeightsDownloads::filesChanged, this, [this] {
        if (!m_imageNet.isEmpty() || m_imageNetLookups > 0)
            refreshImageNet();
    });
    connect(m_downloads, &WeightsDownloads::started, this, [this](const QString &name) {
        m_downloadErrors.remove(name);
        showImageNet();
    });
    connect(m_downloads, &WeightsDownloads::failed, this, [this](const QString &name, const QString &message) {
        m_downloadErrors.insert(name, message);
        showImageNet();
    });
    connect(m_downloads, &WeightsDownloads::idle, this, &ExperimentPage::showImageNet);
    connect(m_ui.weightsCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (weightsSource() == WeightsSource::ImageNet && m_imageNet.isEmpty() && m_imageNetLookups == 0)
            refreshImageNet();
    });
}

void ExperimentPage::loadCatalog()
{
    m_catalogProblem.clear();
    try {
        m_catalog = mw::core::loadWeightsCatalog();
    } catch (const mw::core::Error &e) {
        m_catalog.clear();
        m_catalogProblem = QString::fromStdString(e.what());
    }
}

bool ExperimentPage::isCatalogName(const QString &weights) const
{
    return mw::core::findWeightsEntry(m_catalog, weights.toStdString()) != nullptr;
}

ExperimentPage::WeightsSource ExperimentPage::weightsSource() const
{
    return WeightsSource(std::clamp(m_ui.weightsCombo->currentIndex(), 0, 2));
}

void ExperimentPage::setWeightsSource(WeightsSource source) { m_ui.weightsCombo->setCurrentIndex(int(source)); }

void ExperimentPage::applyEntry(mw::core::RunConfig &config, const std::string &name) const
{
    config.weights = name;
    const mw::core::WeightsEntry *entry = mw::core::findWeightsEntry(m_catalog, name);
    if (!entry || entry->normalization.empty())
        return;
    try {
        config.normalization = mw::core::normalizationFromString(entry->normalization);
    } catch (const mw::core::UsageError &) {
        // A scaling the engine does not have (Keras' "caffe"): such files are refused when the run resolves them.
    }
}

bool ExperimentPage::chooseWeights(mw::core::RunConfig &config, bool backbone, const QString &title, Problem *problem) const
{
    const WeightsSource source = weightsSource();
    if (!backbone || source == WeightsSource::RandomInit || config.model.name == mw::core::kTorchScriptModel) {
        config.weights.clear(); // a TorchScript module brings its own weights
        return true;
    }
    if (source == WeightsSource::File) {
        if (isCatalogName(QString::fromStdString(config.weights)))
            applyEntry(config, config.weights);
        return true;
    }
    if (!m_catalogProblem.isEmpty()) {
        *problem = {m_catalogProblem, QString()};
        return false;
    }
    const auto found = m_imageNet.constFind(QString::fromStdString(config.model.name));
    if (found == m_imageNet.constEnd()) {
        *problem = {tr("Looking for the ImageNet weights of %1…").arg(title), QString()};
        return false;
    }
    if (found->entry.isEmpty())
        config.weights.clear(); // random init, and the page says so
    else
        applyEntry(config, found->entry.toStdString());
    return true;
}

void ExperimentPage::refreshImageNet()
{
    loadCatalog(); // the user's catalog may have changed since
    QStringList backbones;
    for (const auto &info : mw::core::modelRegistry())
        if (info.kind == mw::core::ModelKind::Backbone)
            backbones << QString::fromStdString(info.name);
    const int generation = ++m_imageNetGeneration;
    ++m_imageNetLookups;
    auto *job = new ImageNetLookupJob(m_catalog, backbones);
    connect(job, &ImageNetLookupJob::found, this,
            [this, generation](const QString &model, const QString &entry, const mw::core::WeightsStatus &status) {
                imageNetFound(generation, model, entry, status);
            });
    connect(job, &ImageNetLookupJob::done, this, [this] {
        --m_imageNetLookups;
        showImageNet();
        revalidate();
    });
    m_pool->start(job);
}

void ExperimentPage::imageNetFound(int generation, const QString &model, const QString &entry,
                                   const mw::core::WeightsStatus &status)
{
    if (generation != m_imageNetGeneration)
        return; // an older lookup's answer, from before the files changed
    m_imageNet.insert(model, {entry, status});
    const bool here = !entry.isEmpty() && atHand(status.state);
    m_ui.modelTree->setImageNetWeights(model, here ? entry : QString(), WeightsTableModel::stateText(status.state));
}

QString ExperimentPage::imageNetLine(const QString &model, const QString &title) const
{
    const QString name = QStringLiteral("<b>%1</b>: ").arg(title.toHtmlEscaped());
    const auto found = m_imageNet.constFind(model);
    if (found == m_imageNet.constEnd())
        return name + tr("looking for its weights…").toHtmlEscaped();
    if (found->entry.isEmpty())
        return name + warningHtml(tr("no ImageNet weights in the catalog: it starts from random init"));
    const mw::core::WeightsEntry *listed = mw::core::findWeightsEntry(m_catalog, found->entry.toStdString());
    const mw::core::WeightsEntry entry = listed ? *listed : mw::core::WeightsEntry{};
    QString state = WeightsTableModel::stateText(found->status.state);
    if (m_downloads->isBusy(found->entry))
        state = m_downloads->current() == found->entry ? tr("downloading…") : tr("waiting to download");
    else if (found->status.state == mw::core::WeightsState::Missing && entry.size > 0)
        state = tr("not downloaded (%1)").arg(QLocale().formattedDataSize(entry.size));
    QString line = name + QStringLiteral("%1 · <tt>%2</tt>").arg(state.toHtmlEscaped(), found->entry.toHtmlEscaped());
    // The run takes the weights' own scaling, whatever the Normalization input says for the other models.
    if (!entry.normalization.empty())
        line += tr(" · %1 normalization")
                    .arg(Format::normalization(mw::core::normalizationFromString(entry.normalization)))
                    .toHtmlEscaped();
    if (const QString error = m_downloadErrors.value(found->entry); !error.isEmpty())
        line += QStringLiteral("<br>") + errorHtml(error);
    return line;
}

void ExperimentPage::showImageNet()
{
    const bool imageNet = weightsSource() == WeightsSource::ImageNet;
    m_ui.weightsForm->setRowVisible(m_ui.imageNetColumn, imageNet);
    if (!imageNet)
        return;
    QStringList lines;
    if (!m_catalogProblem.isEmpty())
        lines << errorHtml(m_catalogProblem);
    for (const ModelTree::Choice &model : m_ui.modelTree->checked())
        if (model.backbone && model.name != QLatin1String(mw::core::kTorchScriptModel))
            lines << imageNetLine(model.name, model.title);
    if (lines.isEmpty())
        lines << tr("Tick a backbone to see its ImageNet weights here.").toHtmlEscaped();
    m_ui.imageNetLabel->setText(lines.join(QStringLiteral("<br>")));
    m_ui.downloadWeightsButton->setEnabled(!missingImageNet().isEmpty());
}

QStringList ExperimentPage::missingImageNet() const
{
    QStringList names;
    for (const ModelTree::Choice &model : m_ui.modelTree->checked()) {
        const auto found = m_imageNet.constFind(model.name);
        if (!model.backbone || found == m_imageNet.constEnd() || found->entry.isEmpty() || atHand(found->status.state)
            || m_downloads->isBusy(found->entry) || names.contains(found->entry))
            continue;
        names << found->entry;
    }
    return names;
}

void ExperimentPage::downloadImageNetWeights()
{
    for (const QString &name : missingImageNet())
        if (const mw::core::WeightsEntry *entry = mw::core::findWeightsEntry(m_catalog, name.toStdString()))
            m_downloads->fetch(*entry);
    showImageNet();
}

} // namespace mw::app
