#pragma once
// Runs the real senales binary in a child process, the way an author runs it, and tells how it
// ended: an exit code, or a signal (which must never happen), or killed for taking too long.

#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace senales::test {

struct BinaryRun {
    bool exited = false;    // ended by itself, with `code`
    int code = -1;
    int signal = 0;         // the signal that ended it, when it did not exit
    bool timed_out = false;
    double seconds = 0;
    std::string output;     // stdout and stderr together
};

// Runs SENALES_BINARY with `args` in folder `cwd`, with the caller's environment plus `env`,
// killing it after `timeout_seconds`.
BinaryRun run_senales(const std::vector<std::string>& args, const std::filesystem::path& cwd,
                      const std::map<std::string, std::string>& env, double timeout_seconds = 30);

// "[code]", as `senales check` ends each message.
std::string bracketed(const std::string& code);

// "exit 1", "signal 11 (Segmentation fault)", "killed after 30 s": for failure messages.
std::string describe(const BinaryRun& run);

}  // namespace senales::test
