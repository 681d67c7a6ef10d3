#pragma once

#include "theme.h"
#include "ui_settingsdialog.h"

#include <QDialog>

#include <functional>

namespace mw::app {

// Language and theme. Apply and OK hand the choice to `apply` (MainWindow switches at once and stores it);
// Cancel keeps what was applied last.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    using ApplyFunction = std::function<void(const QString &languageCode, Theme theme)>;
    SettingsDialog(const QString &languageCode, Theme theme, ApplyFunction apply, QWidget *parent = nullptr);

    QString languageCode() const;
    Theme theme() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();
    void applyChoice();

    Ui::SettingsDialog m_ui;
    ApplyFunction m_apply;
};

} // namespace mw::app
