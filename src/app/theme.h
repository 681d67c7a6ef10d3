#pragma once

#include <QPalette>
#include <QString>

namespace mw::app {

// Light or dark colours for the whole app. System keeps the platform's style and palette (a dark desktop gives a
// dark app); Light and Dark use the Fusion style, which draws every control from the palette. Plots and charts
// follow the palette on their own (they restyle on PaletteChange).
enum class Theme { System, Light, Dark };

QString themeKey(Theme theme);          // "system" | "light" | "dark", as stored in the settings
Theme themeFromKey(const QString &key); // unknown keys: System
void applyTheme(Theme theme);

// Whether a palette draws light text on dark ground.
bool isDark(const QPalette &palette);

} // namespace mw::app
