#pragma once
// Runs `senales ARGS...` in-process and captures what a user would see.

#include <sstream>
#include <string>
#include <vector>

#include "app/cli.h"

namespace senales::test {

struct CliResult {
    int status = 0;
    std::string out;
    std::string err;
};

inline CliResult run(std::vector<std::string> args, const std::string& input = {}) {
    args.insert(args.begin(), "senales");
    std::vector<const char*> argv;
    for (const auto& a : args) argv.push_back(a.c_str());
    std::istringstream in(input);
    std::ostringstream out, err;
    Console console{in, out, err, !input.empty()};
    CliResult result;
    result.status = run_cli(static_cast<int>(argv.size()), argv.data(), console);
    result.out = out.str();
    result.err = err.str();
    return result;
}

inline std::string source_path(const std::string& relative) { return std::string(SENALES_SOURCE_DIR) + "/" + relative; }
inline std::string fixture_path(const std::string& relative) { return std::string(SENALES_FIXTURES_DIR) + "/" + relative; }

}  // namespace senales::test
