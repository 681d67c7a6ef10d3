#include "settingsdialog.h"

#include "errors.h"
#include "jobs/weightsjobs.h"
#include "uilanguage.h"
#include "weightstore/download.h"

#include <QEvent>
#include <QPushButton>

namespace mw::app {

SettingsDialog::SettingsDialog(const QString &languageCode, Theme theme, ApplyFunction apply, QWidget *parent)
    : QDialog(parent), m_apply(std::move(apply))
{
    m_ui.setupUi(this);
    fill();
    m_ui.languageCombo->setCurrentIndex(std::max(0, m_ui.languageCombo->findData(languageCode)));
    m_ui.themeCombo->setCurrentIndex(std::max(0, m_ui.themeCombo->findData(themeKey(theme))));
    m_ui.mirrorEdit->setText(weightsMirror());
    connect(m_ui.buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::applyChoice);
    connect(m_ui.buttons, &QDialogButtonBox::accepted, this, [this] {
        if (applyChoice())
            accept();
    });
    connect(m_ui.buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString SettingsDialog::languageCode() const { return m_ui.languageCombo->currentData().toString(); }

Theme SettingsDialog::theme() const { return themeFromKey(m_ui.themeCombo->currentData().toString()); }

QString SettingsDialog::mirror() const { return m_ui.mirrorEdit->text().trimmed(); }

void SettingsDialog::fill()
{
    // Item data stay the same across a retranslation; only the names change.
    const int language = m_ui.languageCombo->currentIndex();
    const int theme = m_ui.themeCombo->currentIndex();
    m_ui.languageCombo->clear();
    for (const auto &choice : UiLanguage::choices())
        m_ui.languageCombo->addItem(choice.name, choice.code);
    m_ui.themeCombo->clear();
    m_ui.themeCombo->addItem(tr("Follow the system"), themeKey(Theme::System));
    m_ui.themeCombo->addItem(tr("Light"), themeKey(Theme::Light));
    m_ui.themeCombo->addItem(tr("Dark"), themeKey(Theme::Dark));
    m_ui.languageCombo->setCurrentIndex(std::max(0, language));
    m_ui.themeCombo->setCurrentIndex(std::max(0, theme));
}

bool SettingsDialog::applyChoice()
{
    m_ui.mirrorProblemLabel->clear();
    try {
        // The engine's own rule for a mirror, on an example URL: what it refuses here it would refuse at download.
        mw::core::mirroredUrl("https://download.pytorch.org/models/x.pth", mirror().toStdString());
    } catch (const mw::core::Error &e) {
        m_ui.mirrorProblemLabel->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                                             .arg(QString::fromStdString(e.what()).toHtmlEscaped()));
        m_ui.mirrorEdit->setFocus();
        return false;
    }
    setWeightsMirror(mirror());
    if (m_apply)
        m_apply(languageCode(), theme());
    return true;
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui.retranslateUi(this);
        fill();
    }
    QDialog::changeEvent(event);
}

} // namespace mw::app
