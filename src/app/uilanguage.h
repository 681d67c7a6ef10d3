#pragma once

#include <QList>
#include <QLocale>
#include <QString>
#include <QTranslator>

#include <memory>

namespace mw::app {

// The language of the UI: the app's own translation (embedded at :/i18n) and Qt's (standard buttons and dialogs),
// swapped at run time. Installing or removing a translator sends every widget a LanguageChange, on which the
// pages retranslate themselves; nothing has to restart.
class UiLanguage {
public:
    struct Choice {
        QString code; // "" follows the system, "en" is the language of the sources
        QString name; // in its own language ("Deutsch"); the system entry is translated
    };
    // System, English, and every language the app has a translation for.
    static QList<Choice> choices();

    UiLanguage() = default;
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;
    ~UiLanguage();

    // Unknown codes and languages without a translation fall back to English.
    void apply(const QString &code);
    QString code() const { return m_code; }
    // The language in use: the system's when code() is empty.
    QLocale locale() const;

private:
    void removeTranslators();

    QString m_code;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace mw::app
