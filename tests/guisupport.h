#pragma once

// Helpers shared by the offscreen GUI tests: the pages' data folder, find a named widget (or stop the test), type into
// a line edit as a user does, and a translator that marks every string it translates.
#include "testsupport.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QObject>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>
#include <QtTest>

#include <ctime>

namespace mw::test {

// The longest pause of the GUI thread's event loop while it runs: a 10 ms timer that notes the gaps between ticks,
// and how much of the longest gap the GUI thread spent running (the rest it waited for a core).
class TickMonitor {
public:
    TickMonitor()
    {
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed(), cpu = threadCpuNs();
            if (m_last >= 0 && now - m_last > m_longest) {
                m_longest = now - m_last;
                m_longestCpu = cpu - m_lastCpu;
            }
            m_last = now;
            m_lastCpu = cpu;
            ++m_ticks;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = -1;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestGapMs() const { return m_longest / 1e6; }
    double longestGapCpuMs() const { return m_longestCpu / 1e6; }
    int ticks() const { return m_ticks; }

private:
    static qint64 threadCpuNs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = -1, m_lastCpu = 0, m_longest = 0, m_longestCpu = 0;
    int m_ticks = 0;
};

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
