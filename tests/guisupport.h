#pragma once

// Helpers shared by the offscreen GUI tests: find a named widget (or stop the test), type into a line edit as a
// user does, and a translator that marks every string it translates.
#include <QLineEdit>
#include <QObject>
#include <QTranslator>
#include <QtTest>

namespace mw::test {

template <typename T>
T *child(QObject *parent, const char *name)
{
    auto *widget = parent->findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qFatal("no widget %s", name);
    return widget;
}

inline void setText(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Every string of every context comes back in « »: whatever was worded again after a language switch shows it, and
// whatever still reads in English was not.
class WrappingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; } // an empty translator is installed without a LanguageChange
    QString translate(const char *, const char *sourceText, const char *, int) const override
    {
        if (!sourceText || !*sourceText)
            return {};
        return QStringLiteral("«%1»").arg(QString::fromUtf8(sourceText));
    }
};

inline QString wrapped(const QString &text) { return QStringLiteral("«%1»").arg(text); }

} // namespace mw::test
