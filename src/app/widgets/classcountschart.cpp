#include "widgets/classcountschart.h"

#include "widgets/charttheme.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QEvent>
#include <QStackedBarSeries>
#include <QValueAxis>

namespace mw::app {

ClassCountsChart::ClassCountsChart(QWidget *parent) : QChartView(parent)
{
    auto *chart = new QChart;
    auto *series = new QStackedBarSeries(chart);
    for (int p = 0; p < 3; ++p) {
        m_sets[p] = new QBarSet(QString(), series);
        for (int c = 0; c < 10; ++c)
            *m_sets[p] << 0;
        series->append(m_sets[p]);
    }
    chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(chart);
    for (int c = 0; c < 10; ++c)
        axisX->append(QString::number(c));
    m_axisY = new QValueAxis(chart);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(m_axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(m_axisY);
    chart->legend()->setAlignment(Qt::AlignTop);
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setAnimationOptions(QChart::NoAnimation);
    setChart(chart);
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    retranslate();
    applyPaletteTheme(chart, palette());
}

void ClassCountsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        applyPaletteTheme(chart(), palette());
    QChartView::changeEvent(event);
}

void ClassCountsChart::retranslate()
{
    const QString names[3] = {tr("Train"), tr("Validation"), tr("Test")};
    for (int p = 0; p < 3; ++p)
        m_sets[std::size_t(p)]->setLabel(names[p]);
}

void ClassCountsChart::setCounts(const Counts &counts)
{
    m_counts = counts;
    int highest = 1;
    for (int c = 0; c < 10; ++c) {
        int sum = 0;
        for (int p = 0; p < 3; ++p) {
            m_sets[p]->replace(c, counts[p][c]);
            sum += counts[p][c];
        }
        highest = std::max(highest, sum);
    }
    m_axisY->setRange(0, highest * 1.05);
    m_axisY->applyNiceNumbers();
}

} // namespace mw::app
