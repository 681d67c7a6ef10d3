// The one GUI translation unit that calls LibTorch-level engine API (building a backbone, loading weights, asking
// for CUDA); its header stays free of LibTorch.
#include "jobs/enginejobs.h"

#include "errors.h"
#include "models/registry.h"
#include "models/zoo.h"

#include <torch/torch.h>

namespace mw::app {

void DeviceProbeJob::run()
{
    int gpus = 0;
    try {
        gpus = torch::cuda::is_available() ? int(torch::cuda::device_count()) : 0;
    } catch (const std::exception &) {
        gpus = 0; // a broken driver reads as no GPU; runs then say why when they ask for one
    }
    Q_EMIT probed(gpus);
}

void ParameterCountJob::run()
{
    for (const QString &name : std::as_const(m_models)) {
        try {
            mw::core::ModelSpec spec;
            spec.name = name.toStdString();
            const auto counts = mw::core::parameterCounts(spec);
            const auto &info = mw::core::modelInfo(spec.name);
            Q_EMIT counted(name, counts.total, info.kind == mw::core::ModelKind::Backbone ? counts.head : counts.total);
        } catch (const std::exception &) {
            Q_EMIT counted(name, -1, -1);
        }
    }
    Q_EMIT done();
}

void WeightsCheckJob::run()
{
    QStringList summaries;
    try {
        for (const QString &name : std::as_const(m_backbones)) {
            torch::NoGradGuard noGrad;
            auto backbone = mw::core::makeBackbone(name.toStdString());
            summaries << QStringLiteral("%1: %2").arg(
                name, QString::fromStdString(mw::core::loadBackboneWeights(*backbone, name.toStdString(), m_file.toStdString())));
        }
    } catch (const mw::core::Error &e) {
        Q_EMIT failed(QString::fromStdString(e.what()));
        return;
    } catch (const std::exception &e) {
        Q_EMIT failed(tr("%1: cannot be read as weights (%2)").arg(m_file, QString::fromStdString(e.what())));
        return;
    }
    Q_EMIT passed(summaries.join(QLatin1Char('\n')));
}

} // namespace mw::app
