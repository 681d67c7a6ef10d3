#pragma once

// tests/fixtures/weights_server.py as a test uses it: a real HTTP server on 127.0.0.1 (Range requests, cut
// connections, throttling), started by the test and killed when the object goes; it also exits by itself after its
// lifetime, so a crashed test leaves nothing running.
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <string>

namespace mw::test {

class WeightsServer {
public:
    // Serves `root`; `logFile` (optional) gets one line per request (path and Range header). An empty string when the
    // server runs and said its port, else what went wrong.
    QString start(const QString &root, const QString &logFile = {}, const QStringList &extra = {})
    {
        const QString script = QFINDTESTDATA("fixtures/weights_server.py");
        if (script.isEmpty())
            return QStringLiteral("tests/fixtures/weights_server.py not found");
        m_log = logFile;
        QStringList args{script, QStringLiteral("--root"), root, QStringLiteral("--port"), QStringLiteral("0"),
                         QStringLiteral("--lifetime"), QStringLiteral("600")};
        if (!logFile.isEmpty())
            args << QStringLiteral("--log") << logFile;
        m_process.start(QStringLiteral("/usr/bin/python3"), args + extra);
        if (!m_process.waitForStarted(10'000))
            return QStringLiteral("python3 did not start: ") + m_process.errorString();
        for (int i = 0; i < 20 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(500);
        m_port = m_process.readLine().trimmed().toInt();
        return m_port > 0 ? QString()
                          : QStringLiteral("no port from the server: ")
                                + QString::fromLocal8Bit(m_process.readAllStandardError());
    }
    ~WeightsServer()
    {
        m_process.kill();
        m_process.waitForFinished(5'000);
    }

    int port() const { return m_port; }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    std::string url(const std::string &path) const { return "http://127.0.0.1:" + std::to_string(m_port) + "/" + path; }
    // The Range header of each request for `path` ("-" when it had none), in order.
    QStringList rangesOf(const QString &path) const
    {
        QFile log(m_log);
        QStringList ranges;
        if (!log.open(QIODevice::ReadOnly))
            return ranges;
        for (const QByteArray &line : log.readAll().split('\n'))
            if (line.startsWith(path.toUtf8() + ' '))
                ranges << QString::fromUtf8(line.mid(path.size() + 1));
        return ranges;
    }

private:
    QProcess m_process;
    QString m_log;
    int m_port = 0;
};

// Bytes that stand in for a weights file where only the transfer matters.
inline QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &b : bytes)
        b = char(random.bounded(256));
    return bytes;
}

} // namespace mw::test
