#pragma once

#include "theme.h"
#include "ui_settingsdialog.h"

#include <QDialog>

#include <functional>

namespace mw::app {

// Language, theme and the weights mirror. Apply and OK hand the language and theme to `apply` (MainWindow switches at
// once and stores it) and store the mirror (a URL the engine refuses is said, and nothing is applied); Cancel keeps
// what was applied last.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    using ApplyFunction = std::function<void(const QString &languageCode, Theme theme)>;
    SettingsDialog(const QString &languageCode, Theme theme, ApplyFunction apply, QWidget *parent = nullptr);

    QString languageCode() const;
    Theme theme() const;
    QString mirror() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    bool applyChoice(); // false: the mirror is no URL the engine takes

    Ui::SettingsDialog m_ui;
    ApplyFunction m_apply;
};

} // namespace mw::app
