#pragma once

// What the JSON targets share: parsing as the engine's loaders parse a file, and the round trip every reader of a
// file the engine writes must pass.
#include "fuzzsupport.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <optional>

namespace mw::fuzz {

// Without exceptions, as loadRunResult and the resume readers parse: text that is not JSON never reaches a reader.
inline std::optional<nlohmann::json> parseJson(const std::uint8_t *data, std::size_t size)
{
    nlohmann::json json = nlohmann::json::parse(data, data + size, nullptr, false);
    if (json.is_discarded())
        return std::nullopt;
    return json;
}

// What the engine writes (toJson of what it read, as text in a file) it must read back, to the same JSON: a run
// folder that it wrote and then cannot list would be a run lost.
template <class Value, class Read>
void checkRoundTrip(const Value &value, Read read)
{
    const nlohmann::json written = toJson(value);
    try {
        const nlohmann::json file = nlohmann::json::parse(written.dump());
        check(toJson(read(file)) == written, "what is written reads back to the same JSON");
    } catch (const mw::core::Error &e) {
        std::fprintf(stderr, "fuzz: %s\n", e.what());
        check(false, "what the engine writes, it reads back");
    }
}

} // namespace mw::fuzz
