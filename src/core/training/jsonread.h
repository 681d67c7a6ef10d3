#pragma once

// Engine-internal: reading our JSON files with errors that name the key ("head.epochs") and what is wrong with it.
#include "errors.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <cstdio>
#include <initializer_list>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

namespace mw::core {

inline std::string formatNumber(double value)
{
    char text[32];
    std::snprintf(text, sizeof text, "%g", value);
    return text;
}

// Whether v is a whole number that T holds. An unsigned one past INT64_MAX must not go through get<int64_t>, which
// wraps it to a negative number.
template <class T> bool holdsWhole(const nlohmann::json &v)
{
    if (v.is_number_unsigned())
        return v.get<std::uint64_t>() <= std::uint64_t(std::numeric_limits<T>::max());
    return v.is_number_integer() && v.get<std::int64_t>() >= std::int64_t(std::numeric_limits<T>::min())
        && v.get<std::int64_t>() <= std::int64_t(std::numeric_limits<T>::max());
}

class JsonReader {
public:
    // noun: how messages call a key ("setting", "key").
    JsonReader(const nlohmann::json &json, std::string path, std::string noun = "setting")
        : m_json(json), m_path(std::move(path)), m_noun(std::move(noun))
    {
        if (!m_json.is_object())
            fail(m_path, m_path.empty() ? std::string("the top level") : m_noun + " " + quoted(m_path),
                 "must be a JSON object, not " + shown(m_json));
    }

    std::string key(const std::string &name) const { return m_path.empty() ? name : m_path + "." + name; }
    bool has(const std::string &name) const { return m_json.contains(name); }
    JsonReader child(const std::string &name) const { return JsonReader(at(name), key(name), m_noun); }
    const nlohmann::json &at(const std::string &name) const
    {
        if (!has(name))
            fail(key(name), m_noun + " " + quoted(key(name)), "is missing");
        return m_json.at(name);
    }

    void allowOnly(std::initializer_list<const char *> names) const
    {
        for (const auto &item : m_json.items()) {
            bool known = false;
            for (const char *name : names)
                known = known || item.key() == name;
            if (!known) {
                std::string list;
                for (const char *name : names)
                    list += (list.empty() ? "" : ", ") + std::string(name);
                fail(key(item.key()), "unknown " + m_noun + " " + quoted(key(item.key())), "(known here: " + list + ")");
            }
        }
    }

    // Leaves `out` as it is when the key is absent.
    template <class T> void read(const std::string &name, T &out) const
    {
        if (has(name))
            out = value<T>(name);
    }
    // The key must be there.
    template <class T> T require(const std::string &name) const
    {
        at(name);
        return value<T>(name);
    }

    // Runs a conversion (such as splitKindFromString) and puts the key in front of its UsageError, and in its key().
    template <class F> auto convert(const std::string &name, F f) const -> decltype(f())
    {
        try {
            return f();
        } catch (const UsageError &e) {
            throw UsageError(key(name), m_noun + " " + quoted(key(name)) + ": " + e.what());
        }
    }

    template <class T> T value(const std::string &name) const
    {
        const nlohmann::json &v = m_json.at(name);
        auto wrong = [&](const char *what) {
            fail(key(name), m_noun + " " + quoted(key(name)), std::string("must be ") + what + ", not " + shown(v));
        };
        if constexpr (std::is_same_v<T, std::optional<double>>) {
            if (v.is_null())
                return std::nullopt;
            if (!v.is_number())
                wrong("a number or null");
            return v.get<double>();
        } else {
            if constexpr (std::is_same_v<T, bool>) {
                if (!v.is_boolean())
                    wrong("true or false");
            } else if constexpr (std::is_same_v<T, std::string>) {
                if (!v.is_string())
                    wrong("a string");
            } else if constexpr (std::is_same_v<T, double>) {
                if (!v.is_number())
                    wrong("a number");
            } else if constexpr (std::is_same_v<T, std::uint64_t>) {
                if (!v.is_number_unsigned())
                    wrong("a whole number of 0 or more");
            } else if constexpr (std::is_integral_v<T>) {
                if (!v.is_number_integer())
                    wrong("a whole number");
                if (v.is_number_unsigned() ? v.get<std::uint64_t>() > std::uint64_t(std::numeric_limits<T>::max())
                                           : v.get<std::int64_t>() < std::int64_t(std::numeric_limits<T>::min())
                                                 || v.get<std::int64_t>() > std::int64_t(std::numeric_limits<T>::max()))
                    wrong("a smaller whole number");
            } else if constexpr (std::is_same_v<T, std::vector<int>>) {
                if (!v.is_array())
                    wrong("a list of whole numbers");
                for (const auto &e : v)
                    if (!holdsWhole<int>(e))
                        wrong("a list of whole numbers");
            }
            return v.get<T>();
        }
    }

private:
    static std::string quoted(const std::string &s) { return "\"" + s + "\""; }
    static std::string shown(const nlohmann::json &v)
    {
        std::string text = v.dump();
        return text.size() > 40 ? text.substr(0, 37) + "..." : text;
    }
    // keyPath: the key the error is about ("" for the top level), for UsageError::key().
    [[noreturn]] static void fail(const std::string &keyPath, const std::string &what, const std::string &problem)
    {
        throw UsageError(keyPath, what + " " + problem, problem);
    }

    const nlohmann::json &m_json;
    std::string m_path;
    std::string m_noun;
};

} // namespace mw::core
