#include "widgets/runbarchart.h"

#include "widgets/charttheme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCursor>
#include <QEvent>
#include <QStackedBarSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace mw::app {

RunBarChart::RunBarChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    applyPaletteTheme(chart, palette());
    rebuild();
}

void RunBarChart::changeEvent(QEvent *event)
{
    // The titles are built in rebuild(); the bar colours are the theme's own, so a new theme needs nothing else.
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    else if (event->type() == QEvent::PaletteChange)
        applyPaletteTheme(chart(), palette());
    QChartView::changeEvent(event);
}

void RunBarChart::setKind(Kind kind)
{
    m_kind = kind;
    rebuild();
}

void RunBarChart::setRuns(const std::vector<RunBar> &runs)
{
    m_runs = runs;
    rebuild();
}

void RunBarChart::rebuild()
{
    QChart *c = chart();
    c->removeAllSeries();
    for (QAbstractAxis *axis : c->axes())
        c->removeAxis(axis), delete axis;

    auto *categories = new QBarCategoryAxis(c);
    for (const auto &run : m_runs)
        categories->append(run.label);
    auto *values = new QValueAxis(c);

    if (m_kind == Kind::Runtime) {
        c->setTitle(tr("Build and train time"));
        auto *series = new QStackedBarSeries(c);
        auto *head = new QBarSet(tr("Head / train"), series);
        auto *finetune = new QBarSet(tr("Fine-tune"), series);
        auto *other = new QBarSet(tr("Data, build, test"), series);
        double highest = 1;
        for (const auto &run : m_runs) {
            *head << run.headSeconds;
            *finetune << run.finetuneSeconds;
            *other << run.otherSeconds;
            highest = std::max(highest, run.headSeconds + run.finetuneSeconds + run.otherSeconds);
        }
        for (QBarSet *set : {head, finetune, other})
            series->append(set);
        connect(series, &QStackedBarSeries::hovered, this, [this](bool inside, int index, QBarSet *set) {
            if (!inside || index < 0 || index >= int(m_runs.size()))
                return QToolTip::hideText();
            const RunBar &run = m_runs[std::size_t(index)];
            QToolTip::showText(QCursor::pos(), tr("%1 — %2: %3 s\nhead / train %4 s, fine-tune %5 s, data, build and "
                                                  "test %6 s")
                                                   .arg(run.label, set->label())
                                                   .arg(set->at(index), 0, 'f', 1)
                                                   .arg(run.headSeconds, 0, 'f', 1)
                                                   .arg(run.finetuneSeconds, 0, 'f', 1)
                                                   .arg(run.otherSeconds, 0, 'f', 1),
                               this);
        });
        c->addSeries(series);
        values->setTitleText(tr("seconds"));
        values->setLabelFormat(QStringLiteral("%.0f"));
        values->setRange(0, highest * 1.05);
        values->applyNiceNumbers();
        c->legend()->setVisible(true);
        c->addAxis(categories, Qt::AlignBottom);
        c->addAxis(values, Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
    } else {
        c->setTitle(tr("Test accuracy"));
        auto *series = new QBarSeries(c);
        auto *set = new QBarSet(tr("Test accuracy (%)"), series);
        double lowest = 100;
        for (const auto &run : m_runs) {
            const double percent = run.accuracy ? *run.accuracy * 100 : 0;
            *set << percent;
            if (run.accuracy)
                lowest = std::min(lowest, percent);
        }
        series->append(set);
        series->setLabelsVisible(true);
        series->setLabelsFormat(QStringLiteral("@value"));
        series->setLabelsPrecision(4);
        series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
        c->addSeries(series);
        // Runs on MNIST differ in the last few percent: a zero-based axis would hide that. The axis title says
        // where it starts.
        const double floorPercent = m_runs.empty() ? 0 : std::max(0.0, std::floor(lowest / 5 - 0.2) * 5);
        values->setRange(floorPercent, 100);
        const double span = 100 - floorPercent;
        values->setTickType(QValueAxis::TicksDynamic);
        values->setTickAnchor(floorPercent);
        values->setTickInterval(span <= 5 ? 1 : span <= 20 ? 5 : span <= 50 ? 10 : 20);
        values->setLabelFormat(QStringLiteral("%.0f"));
        values->setTitleText(floorPercent > 0 ? tr("% (axis starts at %1 %)").arg(floorPercent) : tr("%"));
        c->legend()->setVisible(false);
        c->addAxis(categories, Qt::AlignBottom);
        c->addAxis(values, Qt::AlignLeft);
        series->attachAxis(categories);
        series->attachAxis(values);
    }
}

} // namespace mw::app
