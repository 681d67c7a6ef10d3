#pragma once

// Helpers shared by the offscreen GUI tests: find a named widget (or stop the test), type into a line edit as a
// user does.
#include <QLineEdit>
#include <QObject>
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

} // namespace mw::test
