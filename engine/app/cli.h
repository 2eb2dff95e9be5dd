#pragma once
// The headless command line: `senales check|play|graph|--version`. Streams are parameters so tests
// can run every command in-process and read what a user would see.

#include <iostream>

namespace senales {

struct Console {
    std::istream& in;
    std::ostream& out;
    std::ostream& err;
    bool interactive = false;  // stdin is a terminal: `play` may ask the trainee
    // Stops (true) or restarts (false) the terminal showing what is typed, for a PIN; none when
    // the input is not a terminal.
    void (*hide_typing)(bool hide) = nullptr;
};

// Exit codes: 0 success, 1 a problem in a scenario or a step, 2 a wrong command line.
int run_cli(int argc, const char* const* argv, Console& console);

}  // namespace senales
