#pragma once

// Helpers shared by the offscreen GUI tests: the pages' data folder, find a named widget (or stop the test), type into
// a line edit as a user does, and a translator that marks every string it translates.
#include "testsupport.h"

#include <QLineEdit>
#include <QObject>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

namespace mw::test {

// The pages' run store and catalog in the test's folder, never the user's, and a small custom dataset there (6,000
// train + 50 test digits). Returns the dataset's folder.
inline QString usePageFixture(const QTemporaryDir &dir)
{
    qputenv("MNIST_WORKBENCH_DATA_DIR", dir.filePath(QStringLiteral("data")).toLocal8Bit());
    const QString dataset = dir.filePath(QStringLiteral("mine"));
    writeSmallDataset(dataset.toStdString(), 6000, 50);
    return dataset;
}

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
