// The headless front end as a user calls it: exit codes, one-line errors, --help everywhere.
#include "testsupport.h"

#include <QProcess>
#include <QTemporaryDir>

class TstCli : public QObject {
    Q_OBJECT

    struct Result {
        int exitCode;
        QString out, err;
    };

    static Result run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(MW_CLI_PATH), args);
        if (!p.waitForFinished(120000))
            qFatal("mnist-workbench-cli did not finish");
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void verifyRealMnist()
    {
        MW_REQUIRE_MNIST();
        const Result r = run({QStringLiteral("verify"), QStringLiteral("--data"),
                              QString::fromStdString(mw::test::mnistFolder().string())});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("MNIST (verified): 60000 train + 10000 test digits")), qPrintable(r.out));
        QVERIFY(r.err.isEmpty());
    }

    void verifyByCatalogName()
    {
        MW_REQUIRE_MNIST();
        const Result r = run({QStringLiteral("verify"), QStringLiteral("--dataset"), QStringLiteral("mnist")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("(verified)")));
    }

    void verifyDamagedFolder()
    {
        QTemporaryDir dir;
        const std::filesystem::path folder = dir.path().toStdString();
        mw::test::writeSmallDataset(folder);
        auto labels = mw::test::readFile(folder / "t10k-labels-idx1-ubyte");
        labels.back() = 11;
        mw::test::writeFile(folder / "t10k-labels-idx1-ubyte", labels);
        const Result r = run({QStringLiteral("verify"), QStringLiteral("--data"), dir.path()});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        QVERIFY2(r.err.contains(QStringLiteral("t10k-labels-idx1-ubyte: label 11 at index 19 is outside 0-9")),
                 qPrintable(r.err));
    }

    void verifyCustomFolder()
    {
        QTemporaryDir dir;
        mw::test::writeSmallDataset(dir.path().toStdString(), 6000, 10);
        const Result r = run({QStringLiteral("verify"), QStringLiteral("--data"), dir.path()});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("(custom): 6000 train + 10 test digits")), qPrintable(r.out));
    }

    void usageErrors()
    {
        QCOMPARE(run({}).exitCode, 2);
        QCOMPARE(run({QStringLiteral("verify")}).exitCode, 2); // --data missing
        QCOMPARE(run({QStringLiteral("frobnicate")}).exitCode, 2);
        const Result unknown = run({QStringLiteral("verify"), QStringLiteral("--dataset"), QStringLiteral("nope")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(QStringLiteral("no dataset named \"nope\"")));
        QCOMPARE(run({QStringLiteral("verify"), QStringLiteral("--data"), QStringLiteral("/nonexistent")}).exitCode, 2);
    }

    void helpEverywhere()
    {
        for (const QStringList &args : {QStringList{QStringLiteral("--help")},
                                        QStringList{QStringLiteral("datasets"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("verify"), QStringLiteral("--help")},
                                        QStringList{QStringLiteral("bench"), QStringLiteral("--help")}}) {
            const Result r = run(args);
            QCOMPARE(r.exitCode, 0);
            QVERIFY2(r.out.contains(QStringLiteral("Usage")) || r.out.contains(QStringLiteral("usage")), qPrintable(r.out));
        }
    }

    void datasetsListsMnist()
    {
        MW_REQUIRE_MNIST();
        const Result r = run({QStringLiteral("datasets")});
        QCOMPARE(r.exitCode, 0);
        const auto line = r.out.split(QLatin1Char('\n')).filter(QStringLiteral("MNIST ")).value(0);
        QVERIFY2(line.contains(QStringLiteral("verified")) && line.contains(QStringLiteral("60000"))
                     && line.contains(QStringLiteral("10000")),
                 qPrintable(r.out));
        const Result json = run({QStringLiteral("datasets"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(json.out.contains(QStringLiteral("\"status\": \"verified\"")));
    }
};

QTEST_GUILESS_MAIN(TstCli)
#include "tst_cli.moc"
