#pragma once

// How the CLI writes figures for people: one place, so every command says a time or an accuracy the same way.
#include <string>

namespace mw::cli {

// "42.3 s", "3 min 07 s", "2 h 05 min".
std::string duration(double seconds);
// A fraction as a percentage with two decimals: 0.97341 -> "97.34%".
std::string percent(double fraction);

} // namespace mw::cli
