#pragma once

// Downloading a catalog entry's file (libcurl; honours http_proxy / https_proxy / no_proxy as curl does): into
// weightsDir()/FILE.part, resumed with an HTTP Range request after a cancel, a crash or a dropped connection, the
// digest checked before the file is renamed into place. No LibTorch, no Qt.
#include "errors.h"
#include "weightstore/catalog.h"

#include <cstdint>
#include <functional>
#include <string>

namespace mw::core {

// A download that could not be done (no network, HTTP error, server gone). The message names the URL, and the folder
// to put the file in by hand.
class NetworkError : public Error {
public:
    using Error::Error;
};

// The user cancelled: the .part file stays for the next fetch to resume.
class DownloadCancelled : public Error {
public:
    using Error::Error;
};

struct DownloadProgress {
    std::int64_t done = 0;       // bytes in the .part so far (resumed bytes included)
    std::int64_t total = -1;     // the file's size; -1 while unknown
    double bytesPerSecond = 0;   // over the last seconds
    double secondsLeft = -1;     // -1 while unknown
    std::int64_t resumedFrom = 0; // bytes that were already there when this download started
};

struct DownloadOptions {
    // Replaces the URL's scheme and host (and port): "http://mirror.lab/pytorch" turns
    // "https://download.pytorch.org/models/x.pth" into "http://mirror.lab/pytorch/models/x.pth". Empty: the URL as listed.
    std::string mirror;
    std::function<void(const DownloadProgress &)> progress; // at least once a second while bytes come
    std::function<bool()> cancelled;                         // polled at least once a second; true stops within one
};

// The URL with its scheme and authority replaced by `mirror` (trailing '/' ignored); the URL itself when mirror is
// empty. Throws UsageError (key "mirror") for a mirror that is not an http(s) URL.
std::string mirroredUrl(const std::string &url, const std::string &mirror);

// Downloads the entry's file into weightsDir() and checks it. Returns its status (Verified, or Unchecked when the
// publisher gives no digest). A digest mismatch deletes the partial file and throws WeightsError naming the digest
// expected and the one that came; network trouble throws NetworkError (the .part kept to resume); a cancel throws
// DownloadCancelled (the .part kept). A file already verified in a search folder is not fetched again.
WeightsStatus fetchWeights(const WeightsEntry &entry, const DownloadOptions &options = {});

} // namespace mw::core
