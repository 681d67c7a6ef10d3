#include "widgets/sweepplot.h"

#include <QEvent>
#include <QFileInfo>
#include <QMap>
#include <QVBoxLayout>

// qcustomplot.h uses Qt's lower-case keywords, which this build turns off (QT_NO_KEYWORDS).
#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef signals

#include <algorithm>
#include <cmath>

namespace mw::app {
namespace {

// matplotlib's colours, one per model; the best trial in the curve plot's red.
const QColor kColors[] = {QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c),
                          QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2),
                          QColor(0x7f, 0x7f, 0x7f), QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf)};
const QColor kBestColor(0xd6, 0x27, 0x28);

// Where each value of one axis sits: its number (log10 when the axis is logarithmic), or its place in the list.
struct AxisScale {
    bool numeric = true, log = false;
    std::vector<double> positions; // per value of the axis
    QStringList labels;            // per value, for a categorical axis
};

AxisScale scaleOf(const mw::core::SweepAxis &axis)
{
    AxisScale scale;
    double low = INFINITY, high = -INFINITY;
    for (const nlohmann::json &v : axis.values) {
        scale.numeric = scale.numeric && v.is_number();
        if (v.is_number()) {
            low = std::min(low, v.get<double>());
            high = std::max(high, v.get<double>());
        }
    }
    scale.log = scale.numeric && low > 0 && high / low >= 10;
    for (std::size_t i = 0; i < axis.values.size(); ++i) {
        const nlohmann::json &v = axis.values[i];
        scale.labels << QString::fromStdString(mw::core::settingValueText(v));
        scale.positions.push_back(scale.numeric ? (scale.log ? std::log10(v.get<double>()) : v.get<double>())
                                                : double(i));
    }
    return scale;
}

double positionOf(const mw::core::SweepAxis &axis, const AxisScale &scale, const nlohmann::json &value)
{
    for (std::size_t i = 0; i < axis.values.size(); ++i)
        if (axis.values[i] == value)
            return scale.positions[i];
    return 0;
}

void styleAxes(QCustomPlot *plot, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    plot->setBackground(base);
    for (QCPAxis *axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(text));
        axis->setTickPen(QPen(text));
        axis->setSubTickPen(QPen(text));
        axis->setTickLabelColor(text);
        axis->setLabelColor(text);
    }
    plot->legend->setBrush(base);
    plot->legend->setTextColor(text);
    plot->legend->setBorderPen(QPen(text));
}

} // namespace

SweepPlot::SweepPlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("plot"));
}

void SweepPlot::setData(const mw::core::Sweep &sweep, const std::vector<mw::core::SweepRow> &rows, int axis)
{
    m_sweep = sweep;
    m_rows = rows;
    m_axis = axis;
    redraw();
}

void SweepPlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        redraw();
    QWidget::changeEvent(event);
}

QString SweepPlot::exportTo(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    const bool ok = suffix == QLatin1String("pdf") ? m_plot->savePdf(path)
                    : suffix == QLatin1String("jpg") ? m_plot->saveJpg(path)
                                                     : m_plot->savePng(path);
    return ok ? QString() : tr("Cannot write %1").arg(path);
}

void SweepPlot::redraw()
{
    m_plot->clearGraphs();
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_plotted = 0;
    m_log = false;
    styleAxes(m_plot, palette());
    if (m_axis >= 0 && m_axis < int(m_sweep.definition.axes.size()))
        plotAgainst(m_axis);
    else
        plotParallel();
    m_plot->replot();
}

void SweepPlot::plotAgainst(int axisIndex)
{
    const mw::core::SweepAxis &axis = m_sweep.definition.axes[std::size_t(axisIndex)];
    const AxisScale scale = scaleOf(axis);
    m_log = scale.log;
    m_plot->xAxis->setScaleType(QCPAxis::stLinear);
    if (scale.numeric && scale.log) {
        // Positions are log10 already: label the decades as numbers.
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        const auto [low, high] = std::minmax_element(scale.positions.begin(), scale.positions.end());
        for (int e = int(std::floor(*low)); e <= int(std::ceil(*high)); ++e)
            ticker->addTick(e, QStringLiteral("1e%1").arg(e));
        m_plot->xAxis->setTicker(ticker);
    } else if (!scale.numeric) {
        QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
        for (std::size_t i = 0; i < scale.positions.size(); ++i)
            ticker->addTick(scale.positions[i], scale.labels[int(i)]);
        m_plot->xAxis->setTicker(ticker);
    } else {
        m_plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    }
    m_plot->xAxis->setLabel(QString::fromStdString(axis.setting) + (scale.log ? tr(" (log scale)") : QString()));
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    m_plot->yAxis->setLabel(tr("Test accuracy (%)"));

    QMap<QString, QCPGraph *> byModel;
    QCPGraph *best = nullptr;
    double low = INFINITY, high = -INFINITY, accLow = 100, accHigh = 0;
    for (const mw::core::SweepRow &row : m_rows) {
        if (row.state != mw::core::TrialState::Finished || !row.testAccuracy)
            continue;
        const QString model = QString::fromStdString(m_sweep.trials[std::size_t(row.index)].config.model.name);
        if (!byModel.contains(model)) {
            QCPGraph *graph = m_plot->addGraph();
            const QColor color = kColors[byModel.size() % std::size(kColors)];
            graph->setName(model);
            graph->setLineStyle(QCPGraph::lsNone);
            graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 8));
            byModel.insert(model, graph);
        }
        const double x = positionOf(axis, scale, row.values[std::size_t(axisIndex)]);
        const double y = 100 * *row.testAccuracy;
        byModel[model]->addData(x, y);
        if (row.best) {
            best = m_plot->addGraph();
            best->setName(tr("Best trial"));
            best->setLineStyle(QCPGraph::lsNone);
            best->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(kBestColor, 2), Qt::NoBrush, 16));
            best->addData(x, y);
        }
        low = std::min(low, x);
        high = std::max(high, x);
        accLow = std::min(accLow, y);
        accHigh = std::max(accHigh, y);
        ++m_plotted;
    }
    if (m_plotted == 0) {
        m_plot->legend->setVisible(false);
        return;
    }
    const double xPad = std::max(0.5, (high - low) * 0.08), yPad = std::max(0.5, (accHigh - accLow) * 0.1);
    m_plot->xAxis->setRange(low - xPad, high + xPad);
    m_plot->yAxis->setRange(accLow - yPad, std::min(100.0, accHigh + yPad));
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
}

void SweepPlot::plotParallel()
{
    const auto &axes = m_sweep.definition.axes;
    std::vector<AxisScale> scales;
    for (const mw::core::SweepAxis &axis : axes)
        scales.push_back(scaleOf(axis));
    // One vertical axis per varied setting, then test accuracy; every value scaled to [0, 1] on its own axis.
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    for (std::size_t a = 0; a < axes.size(); ++a)
        ticker->addTick(double(a), QString::fromStdString(axes[a].setting));
    ticker->addTick(double(axes.size()), tr("test accuracy"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setLabel(QString());
    m_plot->xAxis->setScaleType(QCPAxis::stLinear);
    m_plot->yAxis->setTicker(QSharedPointer<QCPAxisTickerText>(new QCPAxisTickerText)); // no numbers: each axis its own
    m_plot->yAxis->setLabel(QString());
    m_plot->legend->setVisible(false);

    double accLow = 1, accHigh = 0;
    for (const mw::core::SweepRow &row : m_rows)
        if (row.state == mw::core::TrialState::Finished && row.testAccuracy) {
            accLow = std::min(accLow, *row.testAccuracy);
            accHigh = std::max(accHigh, *row.testAccuracy);
        }
    auto unit = [](double v, double low, double high) { return high > low ? (v - low) / (high - low) : 0.5; };
    const QColor text = palette().color(QPalette::Text);
    for (std::size_t a = 0; a <= axes.size(); ++a) {
        auto *line = new QCPItemStraightLine(m_plot);
        line->point1->setCoords(double(a), 0);
        line->point2->setCoords(double(a), 1);
        line->setPen(QPen(text, 1, Qt::DotLine));
        // The axis's ends: its lowest and highest value (for a list of words, its first and last).
        QString lowText, highText;
        if (a < axes.size() && !scales[a].labels.isEmpty()) {
            const auto [lo, hi] = std::minmax_element(scales[a].positions.begin(), scales[a].positions.end());
            lowText = scales[a].labels[int(lo - scales[a].positions.begin())];
            highText = scales[a].labels[int(hi - scales[a].positions.begin())];
        } else if (a == axes.size() && accHigh >= accLow) {
            lowText = QString::number(100 * accLow, 'f', 2) + QStringLiteral(" %");
            highText = QString::number(100 * accHigh, 'f', 2) + QStringLiteral(" %");
        }
        for (const auto &[y, label] : {std::pair{-0.06, lowText}, std::pair{1.06, highText}}) {
            auto *item = new QCPItemText(m_plot);
            item->position->setCoords(double(a), y);
            item->setText(label);
            item->setColor(text);
        }
    }
    for (const mw::core::SweepRow &row : m_rows) {
        if (row.state != mw::core::TrialState::Finished || !row.testAccuracy)
            continue;
        QVector<double> xs, ys;
        for (std::size_t a = 0; a < axes.size(); ++a) {
            const auto [lo, hi] = std::minmax_element(scales[a].positions.begin(), scales[a].positions.end());
            xs << double(a);
            ys << unit(positionOf(axes[a], scales[a], row.values[a]), *lo, *hi);
        }
        xs << double(axes.size());
        ys << unit(*row.testAccuracy, accLow, accHigh);
        auto *curve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
        curve->setData(xs, ys);
        // Better trials darker; the best one in red, on top.
        QColor color = row.best ? kBestColor : kColors[0];
        color.setAlphaF(row.best ? 1.0f : float(0.25 + 0.6 * unit(*row.testAccuracy, accLow, accHigh)));
        curve->setPen(QPen(color, row.best ? 3 : 1.5));
        if (row.best)
            curve->setLayer(QStringLiteral("overlay"));
        ++m_plotted;
    }
    m_plot->xAxis->setRange(-0.3, double(axes.size()) + 0.3);
    m_plot->yAxis->setRange(-0.15, 1.15);
}

} // namespace mw::app
