// Downloading a catalog entry's file with libcurl's easy API: into weightsDir()/FILE.part, resumed with a Range
// request, checked against the published digest, then renamed into place.
#include "weightstore/download.h"

#include "data/md5.h"

#include <curl/curl.h>

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <string>

namespace fs = std::filesystem;

namespace mw::core {
namespace {

using Clock = std::chrono::steady_clock;

constexpr long kConnectTimeoutS = 20;
// Under 1 byte/s for 30 s counts as a stalled server (curl gives up with a timeout).
constexpr long kStallBytesPerS = 1;
constexpr long kStallSeconds = 30;
// Speed is averaged over this window, so a short burst or pause does not swing the time left.
constexpr double kSpeedWindowS = 3.0;
// Progress reports this often at most: enough for a smooth bar, few enough to cost nothing.
constexpr auto kReportEvery = std::chrono::milliseconds(250);

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct CurlCleanup {
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
};
using CurlHandle = std::unique_ptr<CURL, CurlCleanup>;

// The .part file, opened for appending: write() leaves nothing in a user-space buffer, so a cancel or a crash keeps
// every byte received so far. The lock keeps two fetches of one entry (GUI and CLI) from interleaving their bytes.
class PartFile {
public:
    explicit PartFile(const fs::path &path) : m_path(path)
    {
        m_fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0644);
        if (m_fd < 0)
            throw DataError(path.string() + ": cannot write (" + std::strerror(errno) + ")");
        if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
            ::close(m_fd);
            throw DataError(path.string() + ": another download of this file is running; wait for it to finish");
        }
    }
    ~PartFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    PartFile(const PartFile &) = delete;
    PartFile &operator=(const PartFile &) = delete;

    std::int64_t size() const
    {
        struct stat st {};
        return ::fstat(m_fd, &st) == 0 ? std::int64_t(st.st_size) : 0;
    }
    bool append(const char *data, std::size_t size)
    {
        while (size > 0) {
            const ssize_t n = ::write(m_fd, data, size);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0)
                return false;
            data += n;
            size -= std::size_t(n);
        }
        return true;
    }
    // The server ignored the Range request: its bytes start at 0 again (O_APPEND then writes from the start).
    bool truncate() { return ::ftruncate(m_fd, 0) == 0; }
    bool sync() { return ::fsync(m_fd) == 0; }
    const fs::path &path() const { return m_path; }

private:
    fs::path m_path;
    int m_fd = -1;
};

// What the callbacks share during one request.
struct Transfer {
    const DownloadOptions *options = nullptr;
    PartFile *part = nullptr;
    std::int64_t offset = 0; // bytes in the .part when the request was sent
    std::int64_t written = 0; // body bytes appended since
    long status = 0; // of the response being received (redirects answer first)
    std::int64_t rangeTotal = -1; // the file's size from Content-Range, -1 when none was sent
    bool rangeIgnored = false; // a 200 to a Range request
    int writeErrno = 0;
    bool cancelled = false;
    std::exception_ptr callbackError; // thrown by the caller's progress or cancel function: it must not cross curl
    std::deque<std::pair<Clock::time_point, std::int64_t>> samples;
    Clock::time_point lastReport{};
};

std::size_t onHeader(char *data, std::size_t size, std::size_t count, void *user)
{
    auto &t = *static_cast<Transfer *>(user);
    std::string line(data, size * count);
    std::transform(line.begin(), line.end(), line.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if (line.rfind("http/", 0) == 0) { // a new response (after a redirect, the final one)
        const auto space = line.find(' ');
        t.status = space == std::string::npos ? 0 : std::strtol(line.c_str() + space + 1, nullptr, 10);
        t.rangeTotal = -1;
    } else if (line.rfind("content-range:", 0) == 0) {
        const auto slash = line.find('/');
        if (slash != std::string::npos && std::isdigit(static_cast<unsigned char>(line[slash + 1])))
            t.rangeTotal = std::strtoll(line.c_str() + slash + 1, nullptr, 10);
    }
    return size * count;
}

std::size_t onBody(char *data, std::size_t size, std::size_t count, void *user)
{
    auto &t = *static_cast<Transfer *>(user);
    const std::size_t bytes = size * count;
    if (t.status != 200 && t.status != 206)
        return bytes; // an error page is no part of the file
    if (t.status == 200 && t.offset > 0 && t.written == 0) {
        t.rangeIgnored = true; // these bytes start at 0: fetchWeights starts over
        return 0;
    }
    if (!t.part->append(data, bytes)) {
        t.writeErrno = errno ? errno : EIO;
        return 0;
    }
    t.written += std::int64_t(bytes);
    return bytes;
}

DownloadProgress progressOf(Transfer &t, curl_off_t dltotal, Clock::time_point now)
{
    DownloadProgress p;
    p.done = t.offset + t.written;
    p.total = dltotal > 0 ? t.offset + std::int64_t(dltotal) : -1;
    p.resumedFrom = t.offset;
    t.samples.emplace_back(now, p.done);
    while (t.samples.size() > 2 && now - t.samples.front().first > std::chrono::duration<double>(kSpeedWindowS))
        t.samples.pop_front();
    const double span = std::chrono::duration<double>(now - t.samples.front().first).count();
    if (span > 0.2)
        p.bytesPerSecond = double(p.done - t.samples.front().second) / span;
    if (p.bytesPerSecond > 0 && p.total >= p.done)
        p.secondsLeft = double(p.total - p.done) / p.bytesPerSecond;
    return p;
}

// libcurl calls this many times a second while bytes come and about once a second when idle, so a cancel is seen
// within a second even on a stalled connection.
int onProgress(void *user, curl_off_t dltotal, curl_off_t, curl_off_t, curl_off_t)
{
    auto &t = *static_cast<Transfer *>(user);
    try {
        if (t.options->cancelled && t.options->cancelled()) {
            t.cancelled = true;
            return 1;
        }
        const auto now = Clock::now();
        if (t.options->progress && now - t.lastReport >= kReportEvery) {
            t.lastReport = now;
            t.options->progress(progressOf(t, dltotal, now));
        }
    } catch (...) {
        t.callbackError = std::current_exception();
        return 1;
    }
    return 0;
}

void setOptions(CURL *curl, const std::string &url, Transfer &t, char *errors)
{
    curl_easy_setopt(curl, CURLOPT_URL, url.c_str());
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errors);
    curl_easy_setopt(curl, CURLOPT_FOLLOWLOCATION, 1L); // GitHub's release URLs redirect to their storage
    curl_easy_setopt(curl, CURLOPT_MAXREDIRS, 10L);
    // Only the web: a catalog entry or a redirect must not make curl read file:// or speak another protocol.
    curl_easy_setopt(curl, CURLOPT_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl_easy_setopt(curl, CURLOPT_FAILONERROR, 1L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // called from worker threads
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, kConnectTimeoutS);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_LIMIT, kStallBytesPerS);
    curl_easy_setopt(curl, CURLOPT_LOW_SPEED_TIME, kStallSeconds);
    curl_easy_setopt(curl, CURLOPT_USERAGENT, "mnist-workbench");
    curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, onHeader);
    curl_easy_setopt(curl, CURLOPT_HEADERDATA, &t);
    curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, onBody);
    curl_easy_setopt(curl, CURLOPT_WRITEDATA, &t);
    curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
    curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, onProgress);
    curl_easy_setopt(curl, CURLOPT_XFERINFODATA, &t);
    if (t.offset > 0)
        curl_easy_setopt(curl, CURLOPT_RESUME_FROM_LARGE, curl_off_t(t.offset));
}

enum class Outcome { Complete, StartOver, Cancelled, Failed };

struct Attempt {
    Outcome outcome = Outcome::Failed;
    std::string reason; // why it failed: curl's words (with the HTTP status)
};

// A 416 to a Range request: the .part may already hold the whole file (a crash between the last byte and the
// rename). Complete when its size is the file's, as the server (Content-Range) or the catalog states it.
Outcome afterRangeNotSatisfiable(const Transfer &t, std::int64_t catalogSize)
{
    const std::int64_t total = t.rangeTotal >= 0 ? t.rangeTotal : catalogSize;
    return total > 0 && total == t.offset ? Outcome::Complete : Outcome::StartOver;
}

// One request, resuming from whatever the .part holds.
Attempt transferOnce(const std::string &url, PartFile &part, const WeightsEntry &entry, const DownloadOptions &options)
{
    CurlHandle curl(curl_easy_init());
    if (!curl)
        return {Outcome::Failed, "libcurl could not start a transfer"};
    Transfer t;
    t.options = &options;
    t.part = &part;
    t.offset = part.size();
    char errors[CURL_ERROR_SIZE] = {};
    setOptions(curl.get(), url, t, errors);
    const CURLcode code = curl_easy_perform(curl.get());
    if (t.callbackError)
        std::rethrow_exception(t.callbackError);
    if (t.cancelled)
        return {Outcome::Cancelled, {}};
    if (t.writeErrno)
        throw DataError(part.path().string() + ": cannot write (" + std::strerror(t.writeErrno) + ")");
    if (t.rangeIgnored || code == CURLE_RANGE_ERROR)
        return {Outcome::StartOver, {}};
    long status = 0;
    curl_easy_getinfo(curl.get(), CURLINFO_RESPONSE_CODE, &status);
    if (code == CURLE_HTTP_RETURNED_ERROR && status == 416 && t.offset > 0)
        return {afterRangeNotSatisfiable(t, entry.size), {}};
    if (code == CURLE_OK && status != 200 && status != 206) // e.g. a redirect without a Location
        return {Outcome::Failed, "the server answered HTTP " + std::to_string(status) + ", not the file"};
    if (code == CURLE_OK) {
        if (options.progress) { // the last report is the whole file, whatever the cadence skipped
            DownloadProgress last = progressOf(t, 0, Clock::now());
            last.total = last.done;
            last.secondsLeft = 0;
            options.progress(last);
        }
        return {Outcome::Complete, {}};
    }
    std::string reason = errors[0] ? errors : curl_easy_strerror(code);
    reason.erase(std::find(reason.begin(), reason.end(), '\n'), reason.end());
    return {Outcome::Failed, reason};
}

std::string quoted(const std::string &name) { return "\"" + name + "\""; }

[[noreturn]] void throwNetworkError(const WeightsEntry &entry, const std::string &url, const std::string &reason,
                                    std::uintmax_t bytesKept)
{
    throw NetworkError("weights " + quoted(entry.name) + ": the download from " + url + " failed (" + reason
                       + "); fetch again" + (bytesKept > 0 ? " to resume" : "")
                       + ", or download it by hand and put it in " + weightsDir().string() + " as " + entry.file);
}

// Hashes the finished .part; a file that is not the published one is deleted (resuming it could never help).
FileDigests verifyPart(const WeightsEntry &entry, const fs::path &part, const std::string &url)
{
    const FileDigests digests = fileDigests(part);
    if (entry.digest.kind == Digest::Kind::None || digestMatches(entry.digest, digests.sha256, digests.md5))
        return digests;
    std::error_code ec;
    fs::remove(part, ec);
    const bool md5 = entry.digest.kind == Digest::Kind::Md5;
    const Digest came{md5 ? Digest::Kind::Md5 : Digest::Kind::Sha256, md5 ? digests.md5 : digests.sha256};
    throw WeightsError("weights " + quoted(entry.name) + ": the file downloaded from " + url
                       + " is not the published one (expected " + entry.digest.describe() + ", it has "
                       + came.describe() + "); it was deleted");
}

void install(const fs::path &part, const fs::path &file)
{
    std::error_code ec;
    fs::rename(part, file, ec); // atomic: the file is either the old one or the whole new one
    if (ec)
        throw DataError(file.string() + ": cannot move the finished download into place (" + ec.message() + ")");
}

fs::path preparedWeightsDir()
{
    const fs::path dir = weightsDir();
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec)
        throw DataError(dir.string() + ": cannot create the weights folder (" + ec.message() + ")");
    return dir;
}

// Runs the requests into the .part; the bytes received stay there whatever the outcome.
Attempt download(const std::string &url, const fs::path &partPath, const WeightsEntry &entry,
                 const DownloadOptions &options)
{
    initCurlOnce();
    PartFile part(partPath);
    Attempt attempt;
    // A second request only when the first could not resume (a server without Range, a .part that does not fit).
    for (int tries = 0; tries < 2; ++tries) {
        if (options.cancelled && options.cancelled())
            attempt = {Outcome::Cancelled, {}};
        else
            attempt = transferOnce(url, part, entry, options);
        if (attempt.outcome != Outcome::StartOver)
            break;
        if (!part.truncate())
            throw DataError(partPath.string() + ": cannot start the download over (" + std::strerror(errno) + ")");
        attempt = {Outcome::Failed, "the server cannot resume and the partial file does not fit"};
    }
    part.sync();
    return attempt;
}

// A cancel or network trouble: the bytes so far stay for the next fetch (an empty .part is only clutter).
[[noreturn]] void throwUnfinished(const WeightsEntry &entry, const std::string &url, const fs::path &partPath,
                                  const Attempt &attempt)
{
    std::error_code ec;
    std::uintmax_t bytes = fs::file_size(partPath, ec);
    if (ec)
        bytes = 0;
    if (bytes == 0)
        fs::remove(partPath, ec);
    if (attempt.outcome == Outcome::Cancelled)
        throw DownloadCancelled("weights " + quoted(entry.name) + ": download cancelled; the " + std::to_string(bytes)
                                + " bytes so far stay in " + partPath.string() + " for the next fetch to resume");
    throwNetworkError(entry, url, attempt.reason, bytes);
}

} // namespace

std::string mirroredUrl(const std::string &url, const std::string &mirror)
{
    if (mirror.empty())
        return url;
    std::string base = mirror;
    while (!base.empty() && base.back() == '/')
        base.pop_back();
    const auto schemeEnd = base.find("://");
    std::string scheme = base.substr(0, schemeEnd == std::string::npos ? 0 : schemeEnd);
    std::transform(scheme.begin(), scheme.end(), scheme.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    if ((scheme != "http" && scheme != "https") || base.size() <= schemeEnd + 3) {
        const std::string problem = "must be an http:// or https:// URL, not " + quoted(mirror);
        throw UsageError("mirror", "setting \"mirror\" " + problem, problem);
    }
    const auto urlScheme = url.find("://");
    const std::size_t authority = urlScheme == std::string::npos ? 0 : urlScheme + 3;
    const auto rest = url.find_first_of("/?#", authority);
    return base + (rest == std::string::npos ? std::string() : url.substr(rest));
}

WeightsStatus fetchWeights(const WeightsEntry &entry, const DownloadOptions &options)
{
    if (const WeightsStatus found = weightsStatus(entry); found.state == WeightsState::Verified)
        return found;
    const std::string url = mirroredUrl(entry.url, options.mirror);
    const fs::path dir = preparedWeightsDir();
    const fs::path partPath = dir / (entry.file + ".part");
    const Attempt attempt = download(url, partPath, entry, options);
    if (attempt.outcome != Outcome::Complete)
        throwUnfinished(entry, url, partPath, attempt);
    const FileDigests digests = verifyPart(entry, partPath, url);
    install(partPath, dir / entry.file);
    rememberDigests(dir / entry.file, digests.sha256, digests.md5); // a rename keeps size and time: no second read
    return weightsStatus(entry);
}

} // namespace mw::core
