#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>

namespace mw::app {
namespace {

const QString kTranslations = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("mnist-workbench_");

QString nativeName(const QString &code)
{
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper(); // CLDR writes "français"; a menu entry starts with a capital
    return name;
}

} // namespace

QList<UiLanguage::Choice> UiLanguage::choices()
{
    QList<Choice> list{{QString(), QCoreApplication::translate("UiLanguage", "System language")},
                       {QStringLiteral("en"), QStringLiteral("English")}};
    const QStringList files = QDir(kTranslations).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString code = file.mid(kPrefix.size()).chopped(3);
        list.append({code, nativeName(code)});
    }
    return list;
}

UiLanguage::~UiLanguage() { removeTranslators(); }

QLocale UiLanguage::locale() const { return m_code.isEmpty() ? QLocale::system() : QLocale(m_code); }

void UiLanguage::apply(const QString &code)
{
    removeTranslators();
    m_code = code;
    const QLocale locale = this->locale();
    QLocale::setDefault(locale); // numbers and dates in the UI follow the language
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return; // the sources are English
    auto app = std::make_unique<QTranslator>();
    if (!app->load(locale, QStringLiteral("mnist-workbench"), QStringLiteral("_"), kTranslations))
        return; // a language the app has no translation for: all English rather than half
    m_app = std::move(app);
    QCoreApplication::installTranslator(m_app.get());
    // Qt's own strings may be missing (no qt6-translations-l10n); the English ones are the fallback.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        m_qt = std::move(qt);
        QCoreApplication::installTranslator(m_qt.get());
    }
}

void UiLanguage::removeTranslators()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
}

} // namespace mw::app
