// Fetching catalog weights from a local HTTP server (fixtures/weights_server.py, 127.0.0.1 only): what a user
// notices. A fetched file is verified and in the weights folder; a cut or cancelled transfer resumes where it stopped;
// a file that is not the published one is deleted; network trouble says where to put the file by hand.
#include "errors.h"
#include "weightstore/download.h"
#include "testsupport.h"
#include "weightsserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>

using namespace mw::core;
namespace fs = std::filesystem;

namespace {

using mw::test::randomBytes;
using Server = mw::test::WeightsServer;

QByteArray hexDigest(const QByteArray &bytes, QCryptographicHash::Algorithm algorithm)
{
    return QCryptographicHash::hash(bytes, algorithm).toHex();
}

QByteArray readAll(const fs::path &path)
{
    QFile file(QString::fromStdString(path.string()));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

fs::path partOf(const WeightsEntry &entry) { return weightsDir() / (entry.file + ".part"); }

QString stateOf(const WeightsStatus &status) { return QString::fromStdString(toString(status.state)); }

// The message of the E that `fetch` throws; otherwise a text that fails the caller's check and says what happened
// (an exception escaping a test function would end the whole program).
template <typename E, typename F>
std::string messageOf(F &&fetch)
{
    try {
        fetch();
    } catch (const E &e) {
        return e.what();
    } catch (const std::exception &e) {
        return std::string("another exception: ") + e.what();
    }
    return "no exception";
}

bool mentions(const std::string &message, const std::string &fragment)
{
    return message.find(fragment) != std::string::npos;
}

// What a fetch reported through DownloadOptions::progress.
struct Reports {
    std::vector<DownloadProgress> seen;
    DownloadOptions options()
    {
        DownloadOptions o;
        o.progress = [this](const DownloadProgress &p) { seen.push_back(p); };
        return o;
    }
};

} // namespace

class TstWeightsFetch : public QObject {
    Q_OBJECT
    QTemporaryDir m_served; // the files the servers serve
    QTemporaryDir m_work;   // logs, the test catalog, empty torch and Keras caches
    std::unique_ptr<QTemporaryDir> m_data; // MNIST_WORKBENCH_DATA_DIR, fresh for every test
    Server m_server;                       // plain: whole files and Range
    std::map<std::string, QByteArray> m_files; // served path -> bytes
    nlohmann::json m_entries = nlohmann::json::array();

    QString workPath(const QString &name) const { return m_work.filePath(name); }

    void serve(const std::string &path, const QByteArray &bytes)
    {
        const QString filePath = m_served.filePath(QString::fromStdString(path));
        QVERIFY(QDir().mkpath(QFileInfo(filePath).path()));
        QFile file(filePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        m_files[path] = bytes;
    }

    // A catalog entry for a served file; `digestKey` "" lists none.
    void addEntry(const std::string &name, const std::string &file, const std::string &digestKey, const QByteArray &digest,
                  const std::string &url = {})
    {
        nlohmann::json e = {{"name", name},
                            {"model", "resnet18"},
                            {"format", "pth"},
                            {"file", file},
                            {"url", url.empty() ? m_server.url(file) : url},
                            {"normalization", "imagenet"}};
        if (!digestKey.empty())
            e[digestKey] = digest.toStdString();
        m_entries.push_back(e);
    }

    static WeightsEntry entry(const std::string &name)
    {
        const std::vector<WeightsEntry> catalog = loadWeightsCatalog();
        return weightsEntry(catalog, name);
    }

    // Fetching puts the file in the weights folder, verified, the same bytes as served, and leaves no .part.
    void expectFetched(const WeightsEntry &e, const std::string &served, const DownloadOptions &options = {},
                       const char *state = "verified")
    {
        WeightsStatus status;
        try {
            status = fetchWeights(e, options);
        } catch (const std::exception &error) {
            QFAIL(error.what());
        }
        QCOMPARE(stateOf(status), QString::fromUtf8(state));
        QCOMPARE(QString::fromStdString(status.path.string()), QString::fromStdString((weightsDir() / e.file).string()));
        QCOMPARE(status.size, std::int64_t(m_files.at(served).size()));
        QVERIFY(readAll(status.path) == m_files.at(served));
        QVERIFY(!fs::exists(partOf(e)));
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { qunsetenv("MNIST_WORKBENCH_DATA_DIR"); }

    void fetchVerifiesAndDoesNotFetchTwice();
    void digestKinds_data();
    void digestKinds();
    void wrongFileIsDeleted();
    void cutTransferResumes();
    void cancelKeepsThePartAndResumes();
    void serverWithoutRangeStartsOver();
    void completePartIsVerifiedNotFetched();
    void redirectsAreFollowed();
    void networkTroubleNamesTheFolder_data();
    void networkTroubleNamesTheFolder();
    void mirrorReplacesTheHost();
    void mirroredUrl_data();
    void mirroredUrl();
    void badMirrorIsAUsageError_data();
    void badMirrorIsAUsageError();
};

void TstWeightsFetch::initTestCase()
{
    QVERIFY(m_served.isValid() && m_work.isValid());
    // Every request goes to 127.0.0.1: a proxy from the environment must not see them.
    for (const char *proxy : {"http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
        qunsetenv(proxy);
    qputenv("no_proxy", "*");
    // Files in the user's own torch hub or Keras cache must not count as found.
    qputenv("TORCH_HOME", workPath(QStringLiteral("torch")).toUtf8());
    qputenv("KERAS_HOME", workPath(QStringLiteral("keras")).toUtf8());

    const char *const names[] = {"prefix.pth", "sha256.pth",  "md5.pth",        "nodigest.pth",
                                 "wrong.pth",  "cut.pth",     "slow.pth",       "norange.pth",
                                 "whole-part.pth", "redirected.pth", "models/mirror.pth"};
    int seed = 0;
    for (const char *name : names) { // 150 to 300 KB each
        serve(name, randomBytes(150'000 + 50'000 * (seed % 4), quint32(seed + 1)));
        ++seed;
    }
    const QString error = m_server.start(m_served.path(), workPath(QStringLiteral("server.log")));
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const auto sha = [&](const std::string &file) { return hexDigest(m_files.at(file), QCryptographicHash::Sha256); };
    addEntry("resnet18.test_prefix", "prefix.pth", "sha256_prefix", sha("prefix.pth").left(8));
    addEntry("resnet18.test_sha256", "sha256.pth", "sha256", sha("sha256.pth"));
    addEntry("resnet18.test_md5", "md5.pth", "md5",
             hexDigest(m_files.at("md5.pth"), QCryptographicHash::Md5));
    addEntry("resnet18.test_nodigest", "nodigest.pth", "", {});
    addEntry("resnet18.test_wrong", "wrong.pth", "sha256", sha("prefix.pth")); // another file's
    for (const std::string file : {"cut.pth", "slow.pth", "norange.pth", "whole-part.pth"})
        addEntry("resnet18.test_" + file.substr(0, file.size() - 4), file, "sha256_prefix", sha(file).left(12));
    addEntry("resnet18.test_redirected", "redirected.pth", "sha256", sha("redirected.pth"),
             m_server.url("redirect/redirected.pth"));
    addEntry("resnet18.test_mirror", "mirror.pth", "sha256", sha("models/mirror.pth"),
             "http://unreachable.invalid/models/mirror.pth");
    // Served under models/, listed in the catalog by its file name: the mirror test's entry.
    m_files["mirror.pth"] = m_files.at("models/mirror.pth");

    QFile catalog(workPath(QStringLiteral("catalog.json")));
    QVERIFY(catalog.open(QIODevice::WriteOnly));
    catalog.write(QByteArray::fromStdString(nlohmann::json{{"version", 1}, {"entries", m_entries}}.dump(2)));
    catalog.close();
    qputenv("MNIST_WORKBENCH_WEIGHTS_CATALOG", catalog.fileName().toUtf8());
}

// Each test starts with an empty weights folder.
void TstWeightsFetch::init()
{
    m_data = std::make_unique<QTemporaryDir>();
    QVERIFY(m_data->isValid());
    qputenv("MNIST_WORKBENCH_DATA_DIR", m_data->path().toUtf8());
}

void TstWeightsFetch::fetchVerifiesAndDoesNotFetchTwice()
{
    const WeightsEntry e = entry("resnet18.test_prefix");
    QCOMPARE(stateOf(weightsStatus(e)), QStringLiteral("not downloaded"));
    const qsizetype requests = m_server.rangesOf(QStringLiteral("/prefix.pth")).size();
    Reports reports;
    expectFetched(e, "prefix.pth", reports.options());
    QCOMPARE(m_server.rangesOf(QStringLiteral("/prefix.pth")).size(), requests + 1);
    QCOMPARE(m_server.rangesOf(QStringLiteral("/prefix.pth")).last(), QStringLiteral("-"));

    // Progress: bytes only grow, and the last report is the whole file.
    QVERIFY(!reports.seen.empty());
    for (std::size_t i = 1; i < reports.seen.size(); ++i)
        QVERIFY(reports.seen[i].done >= reports.seen[i - 1].done);
    QCOMPARE(reports.seen.back().done, std::int64_t(m_files.at("prefix.pth").size()));
    QCOMPARE(reports.seen.back().total, reports.seen.back().done);
    QCOMPARE(reports.seen.back().resumedFrom, std::int64_t(0));

    // The verified file is found: no second request.
    expectFetched(e, "prefix.pth");
    QCOMPARE(m_server.rangesOf(QStringLiteral("/prefix.pth")).size(), requests + 1);
    QCOMPARE(stateOf(weightsStatus(e)), QStringLiteral("verified"));
}

void TstWeightsFetch::digestKinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("state");
    QTest::newRow("sha256 prefix") << "resnet18.test_prefix" << "prefix.pth" << "verified";
    QTest::newRow("sha256") << "resnet18.test_sha256" << "sha256.pth" << "verified";
    QTest::newRow("md5") << "resnet18.test_md5" << "md5.pth" << "verified";
    QTest::newRow("none published") << "resnet18.test_nodigest" << "nodigest.pth" << "unchecked";
}

void TstWeightsFetch::digestKinds()
{
    QFETCH(QString, name);
    QFETCH(QString, file);
    QFETCH(QString, state);
    const WeightsEntry e = entry(name.toStdString());
    expectFetched(e, file.toStdString(), {}, state.toUtf8().constData());
    QCOMPARE(stateOf(weightsStatus(e)), state);
}

void TstWeightsFetch::wrongFileIsDeleted()
{
    const WeightsEntry e = entry("resnet18.test_wrong");
    const std::string message = messageOf<WeightsError>([&] { fetchWeights(e); });
    const std::string came = hexDigest(m_files.at("wrong.pth"), QCryptographicHash::Sha256).toStdString();
    QVERIFY2(mentions(message, e.name), message.c_str());
    QVERIFY2(mentions(message, e.digest.describe()), message.c_str());
    QVERIFY2(mentions(message, came), message.c_str());
    QVERIFY(!fs::exists(weightsDir() / e.file));
    QVERIFY(!fs::exists(partOf(e)));
}

void TstWeightsFetch::cutTransferResumes()
{
    Server dropping;
    const QString error = dropping.start(m_served.path(), workPath(QStringLiteral("drop.log")),
                                         {QStringLiteral("--drop-after"), QStringLiteral("60000")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    WeightsEntry e = entry("resnet18.test_cut");
    e.url = dropping.url("cut.pth");

    const std::string message = messageOf<NetworkError>([&] { fetchWeights(e); });
    QVERIFY2(mentions(message, e.url) && mentions(message, weightsDir().string()), message.c_str());
    QVERIFY(fs::exists(partOf(e)));
    QCOMPARE(std::int64_t(fs::file_size(partOf(e))), std::int64_t(60000));
    QCOMPARE(weightsStatus(e).partialBytes, std::int64_t(60000));

    Reports reports;
    expectFetched(e, "cut.pth", reports.options());
    QCOMPARE(dropping.rangesOf(QStringLiteral("/cut.pth")), (QStringList{QStringLiteral("-"), QStringLiteral("bytes=60000-")}));
    QVERIFY(!reports.seen.empty());
    QCOMPARE(reports.seen.front().resumedFrom, std::int64_t(60000));
    QCOMPARE(reports.seen.back().done, std::int64_t(m_files.at("cut.pth").size()));
}

void TstWeightsFetch::cancelKeepsThePartAndResumes()
{
    Server slow;
    const QString error = slow.start(m_served.path(), workPath(QStringLiteral("slow.log")),
                                     {QStringLiteral("--rate"), QStringLiteral("40000")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    WeightsEntry e = entry("resnet18.test_slow");
    e.url = slow.url("slow.pth");
    const auto size = std::int64_t(m_files.at("slow.pth").size()); // 5 s at this rate

    // The user cancels as soon as the bar shows bytes; the fetch must stop within a second (download.h's promise).
    bool sawBytes = false;
    QElapsedTimer sinceCancel;
    DownloadOptions options;
    options.progress = [&](const DownloadProgress &p) { sawBytes = sawBytes || p.done > 0; };
    options.cancelled = [&] {
        if (sawBytes && !sinceCancel.isValid())
            sinceCancel.start();
        return sawBytes;
    };
    const std::string message = messageOf<DownloadCancelled>([&] { fetchWeights(e, options); });
    QVERIFY2(mentions(message, e.name), message.c_str());
    QVERIFY(sinceCancel.isValid());
    QVERIFY2(sinceCancel.elapsed() < 1000, qPrintable(QString::number(sinceCancel.elapsed()) + QStringLiteral(" ms")));
    QVERIFY(fs::exists(partOf(e)));
    const auto kept = std::int64_t(fs::file_size(partOf(e)));
    QVERIFY2(kept > 0 && kept < size, qPrintable(QString::number(kept)));

    // The next fetch (from the fast server) asks for the rest only.
    e.url = m_server.url("slow.pth");
    expectFetched(e, "slow.pth");
    QCOMPARE(m_server.rangesOf(QStringLiteral("/slow.pth")), QStringList{QStringLiteral("bytes=%1-").arg(kept)});
}

void TstWeightsFetch::serverWithoutRangeStartsOver()
{
    Server plain;
    const QString error = plain.start(m_served.path(), workPath(QStringLiteral("norange.log")),
                                      {QStringLiteral("--no-range")});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    WeightsEntry e = entry("resnet18.test_norange");
    e.url = plain.url("norange.pth");
    // A .part that does not even belong to this file: appending the whole file to it would fail the digest.
    QVERIFY(fs::create_directories(weightsDir()));
    mw::test::writeFile(partOf(e), std::vector<std::uint8_t>(5000, 0xab));

    expectFetched(e, "norange.pth");
    QCOMPARE(plain.rangesOf(QStringLiteral("/norange.pth")),
             (QStringList{QStringLiteral("bytes=5000-"), QStringLiteral("-")}));
}

// A crash between the last byte and the rename: the server answers 416 and the .part is checked and installed.
void TstWeightsFetch::completePartIsVerifiedNotFetched()
{
    const WeightsEntry e = entry("resnet18.test_whole-part");
    const QByteArray &bytes = m_files.at("whole-part.pth");
    QVERIFY(fs::create_directories(weightsDir()));
    mw::test::writeFile(partOf(e), std::vector<std::uint8_t>(bytes.begin(), bytes.end()));

    expectFetched(e, "whole-part.pth");
    QCOMPARE(m_server.rangesOf(QStringLiteral("/whole-part.pth")), QStringList{QStringLiteral("bytes=%1-").arg(bytes.size())});
}

void TstWeightsFetch::redirectsAreFollowed()
{
    const WeightsEntry e = entry("resnet18.test_redirected");
    expectFetched(e, "redirected.pth");
    QCOMPARE(m_server.rangesOf(QStringLiteral("/redirected.pth")).size(), 1);
}

void TstWeightsFetch::networkTroubleNamesTheFolder_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("reason");
    // Port 1 on 127.0.0.1: nothing listens there, the connection is refused at once.
    QTest::newRow("nothing listening") << QStringLiteral("http://127.0.0.1:1/prefix.pth") << QStringLiteral("onnect");
    QTest::newRow("404") << QString::fromStdString(m_server.url("gone/prefix.pth"))
                         << QStringLiteral("404");
}

void TstWeightsFetch::networkTroubleNamesTheFolder()
{
    QFETCH(QString, url);
    QFETCH(QString, reason);
    WeightsEntry e = entry("resnet18.test_prefix");
    e.url = url.toStdString();
    const std::string message = messageOf<NetworkError>([&] { fetchWeights(e); });
    for (const std::string &fragment : {e.name, e.url, reason.toStdString(), weightsDir().string(), e.file})
        QVERIFY2(mentions(message, fragment), qPrintable(QString::fromStdString(fragment + " not in: " + message)));
    QVERIFY2(message.find('\n') == std::string::npos, message.c_str());
    QVERIFY(!fs::exists(weightsDir() / e.file));
    QVERIFY(!fs::exists(partOf(e))); // no byte came: nothing to resume
}

void TstWeightsFetch::mirrorReplacesTheHost()
{
    const WeightsEntry e = entry("resnet18.test_mirror");
    DownloadOptions options;
    options.mirror = QStringLiteral("http://127.0.0.1:%1/").arg(m_server.port()).toStdString();
    expectFetched(e, "mirror.pth", options);
    QCOMPARE(m_server.rangesOf(QStringLiteral("/models/mirror.pth")).size(), 1);
}

void TstWeightsFetch::mirroredUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mirror");
    QTest::addColumn<QString>("expected");
    const QString torch = QStringLiteral("https://download.pytorch.org/models/resnet18-f37072fd.pth");
    QTest::newRow("none") << torch << "" << torch;
    QTest::newRow("host and path") << torch << "http://mirror.lab/pytorch"
                                   << "http://mirror.lab/pytorch/models/resnet18-f37072fd.pth";
    QTest::newRow("trailing slash") << torch << "http://mirror.lab/pytorch/"
                                    << "http://mirror.lab/pytorch/models/resnet18-f37072fd.pth";
    QTest::newRow("port") << "https://github.com/keras-team/a/releases/download/v1/x.h5" << "HTTPS://10.0.0.5:8443"
                          << "HTTPS://10.0.0.5:8443/keras-team/a/releases/download/v1/x.h5";
    QTest::newRow("url with port and query") << "http://host:99/models/x.pth?raw=1" << "http://m"
                                             << "http://m/models/x.pth?raw=1";
}

void TstWeightsFetch::mirroredUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, mirror);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(mw::core::mirroredUrl(url.toStdString(), mirror.toStdString())), expected);
}

void TstWeightsFetch::badMirrorIsAUsageError_data()
{
    QTest::addColumn<QString>("mirror");
    QTest::newRow("ftp") << "ftp://x";
    QTest::newRow("no scheme") << "mirror.lab/pytorch";
    QTest::newRow("no host") << "http://";
}

void TstWeightsFetch::badMirrorIsAUsageError()
{
    QFETCH(QString, mirror);
    const WeightsEntry e = entry("resnet18.test_prefix");
    DownloadOptions options;
    options.mirror = mirror.toStdString();
    MW_EXPECT_THROW_NAMING(UsageError, fetchWeights(e, options), options.mirror);
    try {
        mw::core::mirroredUrl(e.url, options.mirror);
        QFAIL("no UsageError");
    } catch (const UsageError &error) {
        QCOMPARE(QString::fromStdString(error.key()), QStringLiteral("mirror"));
    }
    QVERIFY(!fs::exists(partOf(e)));
}

QTEST_GUILESS_MAIN(TstWeightsFetch)
#include "tst_weightsfetch.moc"
