#pragma once

// Inside decodeImage: one decoder per library, and the checks every one of them makes on a picture's header before
// it allocates the pixels (the limits are in image.h).
#include "draw/image.h"

#include <optional>
#include <string>
#include <vector>

namespace mw::core::decoders {

// Throws DataError when a picture declares more than kMaxImageSide pixels on a side or kMaxImagePixels in all (or
// none). `format` names the format in the message ("PNG").
void checkDeclaredSize(const std::string &name, const char *format, long long width, long long height);

// Throws DataError ("truncated") when a file of `have` bytes cannot hold the `need` bytes its declared pixels take.
// `basis`, when given, says why `need` is only a lower bound ("deflate packs at most 1032:1").
void checkHolds(const std::string &name, const char *format, long long width, long long height, unsigned long long need,
                std::size_t have, const char *basis = nullptr);

// Interleaved 8-bit samples, `channels` of them per pixel (1 grey, 2 grey + alpha, 3 RGB, 4 RGBA), to one grey image.
GreyImage toGreyImage(const std::uint8_t *samples, int width, int height, int channels);

GreyImage decodePng(const std::vector<std::uint8_t> &bytes, const std::string &name);
GreyImage decodeJpeg(const std::vector<std::uint8_t> &bytes, const std::string &name);
GreyImage decodeBmp(const std::vector<std::uint8_t> &bytes, const std::string &name);
GreyImage decodePnm(const std::vector<std::uint8_t> &bytes, const std::string &name);
// TGA has no signature: nullopt when stb_image does not take the bytes for one either.
std::optional<GreyImage> decodeTga(const std::vector<std::uint8_t> &bytes, const std::string &name);

} // namespace mw::core::decoders
