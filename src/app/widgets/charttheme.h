#pragma once

#include "theme.h"

#include <QChart>
#include <QPalette>

namespace mw::app {

// Qt Charts draws with its own themes, not the widget palette: pick the light or dark one as the palette is, and lay
// the palette's base colour under it, so a chart sits in a dark (or light) window like the widgets around it.
// Setting a theme resets the series' colours to the theme's: charts whose series have colours of their own set them
// again afterwards.
inline void applyPaletteTheme(QChart *chart, const QPalette &palette)
{
    const QChart::ChartTheme theme = isDark(palette) ? QChart::ChartThemeDark : QChart::ChartThemeLight;
    if (chart->theme() != theme)
        chart->setTheme(theme);
    chart->setBackgroundBrush(palette.brush(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
}

} // namespace mw::app
