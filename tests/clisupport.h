#pragma once

// Running mnist-workbench-cli (MW_CLI_PATH) from a test as a user does: arguments as plain strings, exit code and
// both outputs back.
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace mw::test {

struct Cli {
    int exitCode; // -1: it crashed
    QString out, err;
};

using Args = std::vector<std::string>;

inline QStringList qArgs(const Args &args)
{
    QStringList out;
    for (const std::string &a : args)
        out << QString::fromStdString(a);
    return out;
}

inline Args operator+(Args a, const Args &b)
{
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

inline Cli runCli(const Args &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MW_CLI_PATH), qArgs(args));
    if (!p.waitForFinished(300'000))
        qFatal("mnist-workbench-cli did not finish");
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace mw::test
