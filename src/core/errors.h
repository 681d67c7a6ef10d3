#pragma once

#include <stdexcept>
#include <string>
#include <utility>

namespace mw::core {

// Every error the engine throws on bad input derives from Error; front ends show what() as one line
// (a dialog in the GUI, stderr + exit code 2 in the CLI). Anything else escaping is an internal error.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// A data file or folder that is missing, damaged or not in MNIST format. The message names the file.
class DataError : public Error {
public:
    using Error::Error;
};

// A weights file that is damaged, unsafe, or does not fit the model. The message names the file (and the key).
class WeightsError : public Error {
public:
    using Error::Error;
};

// Bad command-line or settings values. An error about one setting carries its JSON key ("head.learning_rate",
// "model.name"), so a front end can point at the input or flag without reading the message, and what is wrong
// without the setting's name, so a front end can name the setting its own way (the CLI: "--lr must be ...").
class UsageError : public Error {
public:
    explicit UsageError(const std::string &message) : Error(message) {}
    UsageError(std::string key, const std::string &message, std::string problem = {})
        : Error(message), m_key(std::move(key)), m_problem(std::move(problem))
    {
    }

    // Empty when the error is about no one setting.
    const std::string &key() const { return m_key; }
    // "must be at least 1, not 0"; empty when the message is not "<the setting> <problem>".
    const std::string &problem() const { return m_problem; }

private:
    std::string m_key;
    std::string m_problem;
};

} // namespace mw::core
