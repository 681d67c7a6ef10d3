#include "widgets/curveplot.h"

#include <QEvent>
#include <QFileInfo>
#include <QVBoxLayout>

#ifdef MW_HAVE_SVG
#include <QSvgGenerator>
#endif

// qcustomplot.h uses Qt's lower-case keywords, which this build turns off (QT_NO_KEYWORDS); it is compiled
// already, so only our view of its header needs them.
#define signals Q_SIGNALS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef signals

#include <algorithm>
#include <cmath>

namespace mw::app {
namespace {

// matplotlib's first two colours, as in the tutorial's figure.
const QColor kTrainColor(0x1f, 0x77, 0xb4);
const QColor kValColor(0xff, 0x7f, 0x0e);
const QColor kBoundaryColor(0x2c, 0xa0, 0x2c);
const QColor kBestColor(0xd6, 0x27, 0x28);
constexpr int kRedrawMs = 40;
constexpr int kLegendOneRowWidth = 700;

// The plot's colours from the widget's palette, so it follows a light or dark theme; the data keeps its own colours.
struct Style {
    QColor background, text, grid, boundaryText, labelBackground;
    explicit Style(const QPalette &palette)
        : background(palette.color(QPalette::Base)), text(palette.color(QPalette::Text))
    {
        const bool dark = background.lightness() < 128;
        // A faint grid: a fifth of the way from the background to the text.
        grid = QColor::fromRgbF(float(background.redF() * 0.8 + text.redF() * 0.2),
                                float(background.greenF() * 0.8 + text.greenF() * 0.2),
                                float(background.blueF() * 0.8 + text.blueF() * 0.2));
        boundaryText = dark ? kBoundaryColor.lighter(140) : kBoundaryColor.darker(130);
        labelBackground = background;
        labelBackground.setAlpha(190);
    }
};

QCPGraph *addGraph(QCustomPlot *plot, QCPAxisRect *rect, const QString &name, const QPen &pen)
{
    QCPGraph *graph = plot->addGraph(rect->axis(QCPAxis::atBottom), rect->axis(QCPAxis::atLeft));
    graph->setName(name);
    graph->setPen(pen);
    graph->removeFromLegend();
    return graph;
}

QCPGraph *addMarkers(QCustomPlot *plot, QCPAxisRect *rect, const QString &name)
{
    QCPGraph *graph = addGraph(plot, rect, name, QPen(kBestColor));
    graph->setLineStyle(QCPGraph::lsNone);
    graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssStar, QPen(kBestColor, 2), Qt::NoBrush, 11));
    return graph;
}

void setupAxes(QCPAxisRect *rect, const QString &yLabel, const QString &xLabel, const Style &style)
{
    QSharedPointer<QCPAxisTickerFixed> ticker(new QCPAxisTickerFixed);
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // 1, 2, 5, 10, 20, ... as epochs grow
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    x->setTicker(ticker);
    x->setLabel(xLabel);
    rect->axis(QCPAxis::atLeft)->setLabel(yLabel);
    rect->setupFullAxesBox(false);
    rect->axis(QCPAxis::atTop)->setTickLabels(false);
    rect->axis(QCPAxis::atRight)->setTickLabels(false);
    const QPen line(style.text, 0);
    for (QCPAxis *axis : rect->axes()) {
        axis->setBasePen(line);
        axis->setTickPen(line);
        axis->setSubTickPen(line);
        axis->setTickLabelColor(style.text);
        axis->setLabelColor(style.text);
        axis->grid()->setPen(QPen(style.grid, 0, Qt::DotLine));
        axis->grid()->setZeroLinePen(Qt::NoPen);
    }
}

void addBoundary(QCustomPlot *plot, QCPAxisRect *rect, double x, const QString &text, const Style &style)
{
    QCPAxis *xAxis = rect->axis(QCPAxis::atBottom), *yAxis = rect->axis(QCPAxis::atLeft);
    auto *line = new QCPItemStraightLine(plot);
    line->setClipAxisRect(rect);
    for (QCPItemPosition *point : {line->point1, line->point2}) {
        point->setAxes(xAxis, yAxis);
        point->setAxisRect(rect);
    }
    line->point1->setCoords(x, 0);
    line->point2->setCoords(x, 1);
    line->setPen(QPen(kBoundaryColor, 1.5, Qt::DashLine));

    auto *label = new QCPItemText(plot);
    label->setClipAxisRect(rect);
    label->position->setAxes(xAxis, yAxis);
    label->position->setAxisRect(rect);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    // Written up along the line, on its right: it fits however close the line is to the plot's edge.
    label->position->setCoords(x, 0.97);
    label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
    label->setRotation(-90);
    label->setPadding(QMargins(4, 2, 4, 2));
    label->setText(text);
    label->setColor(style.boundaryText);
    label->setBrush(style.labelBackground);
}

} // namespace

struct CurvePlot::Column {
    int id = 0;
    QCPAxisRect *acc = nullptr, *loss = nullptr;
    QCPGraph *trainAcc = nullptr, *valAcc = nullptr, *liveAcc = nullptr, *bestAcc = nullptr;
    QCPGraph *trainLoss = nullptr, *valLoss = nullptr, *liveLoss = nullptr, *bestLoss = nullptr;
};

CurvePlot::CurvePlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("plot"));
    m_plot->setNoAntialiasingOnDrag(true);
    m_redrawTimer.setSingleShot(true);
    m_redrawTimer.setInterval(kRedrawMs);
    connect(&m_redrawTimer, &QTimer::timeout, this, &CurvePlot::redraw);
    scheduleRedraw(true);
}

CurvePlot::~CurvePlot() { qDeleteAll(m_columns); }

void CurvePlot::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if ((width() < kLegendOneRowWidth) != m_legendWrapped)
        scheduleRedraw(true);
}

void CurvePlot::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        // At once rather than on the timer: an export right after a theme switch must not show the old colours.
        m_redrawTimer.stop();
        m_needsRebuild = true;
        redraw();
    }
    QWidget::changeEvent(event);
}

void CurvePlot::addRun(int id, const QString &title)
{
    if (!m_runs.contains(id))
        m_order.append(id);
    m_runs[id].title = title;
    scheduleRedraw(true);
}

void CurvePlot::setTitle(int id, const QString &title)
{
    if (!m_runs.contains(id) || m_runs[id].title == title)
        return;
    m_runs[id].title = title;
    scheduleRedraw(true);
}

void CurvePlot::removeRun(int id)
{
    m_runs.remove(id);
    m_order.removeAll(id);
    scheduleRedraw(true);
}

void CurvePlot::clear()
{
    m_runs.clear();
    m_order.clear();
    scheduleRedraw(true);
}

void CurvePlot::addEpoch(int id, const mw::core::EpochMetrics &m)
{
    auto it = m_runs.find(id);
    if (it == m_runs.end())
        return;
    Curves &c = *it;
    c.epochs.append(m.epoch);
    c.trainAcc.append(m.trainAccuracy);
    c.valAcc.append(m.valAccuracy);
    c.trainLoss.append(m.trainLoss);
    c.valLoss.append(m.valLoss);
    if (c.liveEpoch <= m.epoch) {
        c.liveX.clear();
        c.liveAcc.clear();
        c.liveLoss.clear();
    }
    scheduleRedraw();
}

void CurvePlot::addBatch(int id, const mw::core::BatchProgress &p)
{
    auto it = m_runs.find(id);
    if (it == m_runs.end() || p.batches <= 0)
        return;
    Curves &c = *it;
    if (p.epoch != c.liveEpoch) {
        c.liveEpoch = p.epoch;
        c.liveX.clear();
        c.liveAcc.clear();
        c.liveLoss.clear();
    }
    // The running means of epoch e sit between e - 1 and e, ending where the epoch's own point will be.
    c.liveX.append(p.epoch - 1 + double(p.batch) / p.batches);
    c.liveAcc.append(p.accuracy);
    c.liveLoss.append(p.loss);
    ++c.batchPoints;
    scheduleRedraw();
}

void CurvePlot::setPhaseBoundary(int id, int afterEpoch)
{
    auto it = m_runs.find(id);
    if (it == m_runs.end())
        return;
    it->boundary = afterEpoch + 0.5;
    scheduleRedraw(true);
}

void CurvePlot::setBestEpochs(int id, const QList<int> &epochs)
{
    auto it = m_runs.find(id);
    if (it == m_runs.end())
        return;
    it->best = epochs;
    scheduleRedraw();
}

void CurvePlot::setFinished(int id, const mw::core::RunResult &result)
{
    QList<int> best;
    for (const auto &phase : result.phases)
        if (phase.bestEpoch > 0)
            best << phase.bestEpoch;
    setBestEpochs(id, best);
    if (result.boundaryEpoch > 0 && !boundaryX(id) && result.phase(mw::core::PhaseName::Finetune))
        setPhaseBoundary(id, result.boundaryEpoch);
}

void CurvePlot::addResult(int id, const QString &title, const mw::core::RunResult &result)
{
    addRun(id, title);
    for (const auto &epoch : result.epochs)
        addEpoch(id, epoch);
    setFinished(id, result);
}

void CurvePlot::setView(View view, int run)
{
    m_view = view;
    m_single = run;
    scheduleRedraw(true);
}

QStringList CurvePlot::exportFormats()
{
    QStringList formats = {QStringLiteral("png"), QStringLiteral("pdf")};
#ifdef MW_HAVE_SVG
    formats << QStringLiteral("svg");
#endif
    return formats;
}

bool CurvePlot::exportTo(const QString &file, QString *error)
{
    if (m_redrawTimer.isActive() || m_needsRebuild) {
        m_redrawTimer.stop();
        redraw();
    }
    // A plot that was never laid out on screen is drawn at its preferred size.
    const QSize size = (m_plot->width() >= 200 && m_plot->height() >= 150) ? m_plot->size() : sizeHint();
    const QString suffix = QFileInfo(file).suffix().toLower();
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        ok = m_plot->savePng(file, size.width(), size.height(), 2.0);
    } else if (suffix == QLatin1String("pdf")) {
        ok = m_plot->savePdf(file, size.width(), size.height());
#ifdef MW_HAVE_SVG
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(tr("Learning curves"));
        QCPPainter painter;
        ok = painter.begin(&svg);
        if (ok) {
            m_plot->toPainter(&painter, size.width(), size.height());
            ok = painter.end();
        }
#endif
    } else {
        if (error)
            *error = tr("%1: unknown image format \"%2\" (%3)")
                         .arg(file, suffix, exportFormats().join(QStringLiteral(", ")));
        return false;
    }
    if (!ok && error)
        *error = tr("%1: cannot be written").arg(file);
    return ok;
}

int CurvePlot::epochPointCount(int id) const { return m_runs.contains(id) ? int(m_runs[id].epochs.size()) : 0; }

int CurvePlot::batchPointsReceived(int id) const { return m_runs.contains(id) ? m_runs[id].batchPoints : 0; }

std::optional<double> CurvePlot::boundaryX(int id) const
{
    return m_runs.contains(id) ? m_runs[id].boundary : std::nullopt;
}

QList<int> CurvePlot::bestEpochs(int id) const { return m_runs.contains(id) ? m_runs[id].best : QList<int>(); }

int CurvePlot::visibleColumns() const { return int(m_columns.size()); }

QStringList CurvePlot::texts() const
{
    QStringList out;
    for (QCPLayoutElement *element : m_plot->plotLayout()->elements(true)) {
        if (auto *text = qobject_cast<QCPTextElement *>(element))
            out << text->text();
        else if (auto *item = qobject_cast<QCPPlottableLegendItem *>(element))
            out << item->plottable()->name();
        else if (auto *rect = qobject_cast<QCPAxisRect *>(element))
            for (QCPAxis *axis : rect->axes())
                if (!axis->label().isEmpty())
                    out << axis->label();
    }
    for (int i = 0; i < m_plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(m_plot->item(i)))
            out << text->text();
    return out;
}

QList<int> CurvePlot::shownRuns() const
{
    if (m_view == View::Single)
        return m_runs.contains(m_single) ? QList<int>{m_single} : QList<int>();
    return m_order;
}

void CurvePlot::scheduleRedraw(bool rebuild)
{
    m_needsRebuild = m_needsRebuild || rebuild;
    if (!m_redrawTimer.isActive())
        m_redrawTimer.start();
}

void CurvePlot::redraw()
{
    if (m_needsRebuild)
        rebuild();
    else
        refreshData();
    m_plot->replot();
}

void CurvePlot::rebuild()
{
    m_needsRebuild = false;
    m_plot->clearItems();
    m_plot->clearPlottables();
    // Margin groups hold pointers to the rects: let go of them before the rects go.
    for (QCPMarginGroup *group : m_plot->findChildren<QCPMarginGroup *>(QString(), Qt::FindDirectChildrenOnly))
        delete group;
    m_plot->plotLayout()->clear();
    qDeleteAll(m_columns);
    m_columns.clear();

    const Style style(palette());
    m_plot->setBackground(style.background);
    const QList<int> shown = shownRuns();
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    if (shown.isEmpty()) {
        auto *empty = new QCPTextElement(
            m_plot, tr("No runs yet: tick models on the Experiment page and press Run (Ctrl+R)."), font());
        empty->setTextColor(style.text);
        m_plot->plotLayout()->addElement(0, 0, empty);
        return;
    }
    // One legend centred above the runs (inside a plot it would hide data), then the runs' columns below it.
    auto *legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(0, 0, legendRow);
    auto *legend = new QCPLegend;
    legendRow->addElement(0, 0, new QCPLayoutElement(m_plot));
    legendRow->addElement(0, 1, legend);
    legendRow->addElement(0, 2, new QCPLayoutElement(m_plot));
    legendRow->setColumnStretchFactors({1, 0.001, 1});
    legend->setLayer(QStringLiteral("legend"));
    legend->setFont(small);
    legend->setTextColor(style.text);
    legend->setFillOrder(QCPLayoutGrid::foColumnsFirst);
    // Four entries in one row need about 700 px; a narrow plot (the Results page's pane) takes them two by two.
    m_legendWrapped = width() < kLegendOneRowWidth;
    legend->setWrap(m_legendWrapped ? 2 : 0);
    legend->setBorderPen(Qt::NoPen);
    legend->setBrush(Qt::NoBrush);
    legend->setMargins(QMargins(4, 2, 4, 0));
    auto *grid = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 0, grid);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowSpacing(0);
    for (int col = 0; col < shown.size(); ++col) {
        const Curves &c = m_runs[shown[col]];
        auto *column = new Column;
        column->id = shown[col];
        auto *title = new QCPTextElement(m_plot, c.title, titleFont);
        title->setTextColor(style.text);
        grid->addElement(0, col, title);
        column->acc = new QCPAxisRect(m_plot);
        column->loss = new QCPAxisRect(m_plot);
        grid->addElement(1, col, column->acc);
        grid->addElement(2, col, column->loss);
        setupAxes(column->acc, tr("Accuracy"), QString(), style);
        setupAxes(column->loss, tr("Loss"), tr("Epoch"), style);
        auto *group = new QCPMarginGroup(m_plot); // the column's two plots share their left edge
        column->acc->setMarginGroup(QCP::msLeft | QCP::msRight, group);
        column->loss->setMarginGroup(QCP::msLeft | QCP::msRight, group);

        const QPen train(kTrainColor, 2), val(kValColor, 2);
        QPen live(kTrainColor.lighter(140), 1.2, Qt::DotLine);
        column->trainAcc = addGraph(m_plot, column->acc, tr("Training"), train);
        column->valAcc = addGraph(m_plot, column->acc, tr("Validation"), val);
        column->liveAcc = addGraph(m_plot, column->acc, tr("Training, epoch under way"), live);
        column->bestAcc = addMarkers(m_plot, column->acc, tr("Kept weights (best epoch)"));
        column->trainLoss = addGraph(m_plot, column->loss, tr("Training"), train);
        column->valLoss = addGraph(m_plot, column->loss, tr("Validation"), val);
        column->liveLoss = addGraph(m_plot, column->loss, tr("Training, epoch under way"), live);
        column->bestLoss = addMarkers(m_plot, column->loss, tr("Kept weights (best epoch)"));
        for (QCPGraph *g : {column->trainAcc, column->valAcc, column->trainLoss, column->valLoss}) {
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 4));
        }
        if (c.boundary) {
            const QString marker = tr("Start fine-tuning");
            addBoundary(m_plot, column->acc, *c.boundary, marker, style);
            addBoundary(m_plot, column->loss, *c.boundary, marker, style);
        }
        if (col == 0)
            for (QCPGraph *g : {column->trainAcc, column->valAcc, column->liveAcc, column->bestAcc})
                g->addToLegend(legend);
        m_columns.append(column);
    }
    grid->setRowStretchFactor(0, 0.001); // titles take their text's height; the plots share the rest
    refreshData();
}

void CurvePlot::refreshData()
{
    for (Column *column : std::as_const(m_columns)) {
        const Curves &c = m_runs[column->id];
        column->trainAcc->setData(c.epochs, c.trainAcc, true);
        column->valAcc->setData(c.epochs, c.valAcc, true);
        column->trainLoss->setData(c.epochs, c.trainLoss, true);
        column->valLoss->setData(c.epochs, c.valLoss, true);
        column->liveAcc->setData(c.liveX, c.liveAcc, true);
        column->liveLoss->setData(c.liveX, c.liveLoss, true);
        QVector<double> bestX, bestAcc, bestLoss;
        for (int epoch : c.best) {
            const qsizetype i = c.epochs.indexOf(double(epoch));
            if (i < 0)
                continue;
            bestX << epoch;
            bestAcc << c.valAcc[i];
            bestLoss << c.valLoss[i];
        }
        column->bestAcc->setData(bestX, bestAcc);
        column->bestLoss->setData(bestX, bestLoss);

        double lastX = 1;
        if (!c.epochs.isEmpty())
            lastX = std::max(lastX, c.epochs.last());
        if (!c.liveX.isEmpty())
            lastX = std::max(lastX, std::ceil(c.liveX.last()));
        if (c.boundary)
            lastX = std::max(lastX, *c.boundary + 0.5);
        for (QCPAxisRect *rect : {column->acc, column->loss})
            rect->axis(QCPAxis::atBottom)->setRange(0, lastX + 0.5);

        double low = 1, high = 0;
        for (const auto *values : {&c.trainAcc, &c.valAcc, &c.liveAcc})
            for (double v : *values)
                low = std::min(low, v), high = std::max(high, v);
        low = high < low ? 0 : std::max(0.0, std::floor((low - 0.02) * 10) / 10);
        column->acc->axis(QCPAxis::atLeft)->setRange(low, 1.005);

        double top = 0;
        for (const auto *values : {&c.trainLoss, &c.valLoss, &c.liveLoss})
            for (double v : *values)
                if (std::isfinite(v))
                    top = std::max(top, v);
        column->loss->axis(QCPAxis::atLeft)->setRange(0, top > 0 ? top * 1.08 : 2.5);
    }
}

} // namespace mw::app
