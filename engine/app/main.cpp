// senales: with no arguments the game; with a command (check, play, graph) a headless tool for
// scenario authors, tests and CI.

#include <cstdio>
#include <iostream>

#include "cli.h"

#ifdef _WIN32
#include <windows.h>
#include <io.h>
#define SENALES_ISATTY _isatty
#define SENALES_FILENO _fileno
#else
#include <termios.h>
#include <unistd.h>
#define SENALES_ISATTY isatty
#define SENALES_FILENO fileno
#endif

namespace {

// A PIN typed at the terminal is not shown.
void hide_typing(bool hide) {
#ifdef _WIN32
    HANDLE input = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(input, &mode)) return;
    SetConsoleMode(input, hide ? (mode & ~static_cast<DWORD>(ENABLE_ECHO_INPUT)) : (mode | ENABLE_ECHO_INPUT));
#else
    termios settings{};
    if (tcgetattr(STDIN_FILENO, &settings) != 0) return;
    if (hide) settings.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    else settings.c_lflag |= ECHO;
    tcsetattr(STDIN_FILENO, TCSANOW, &settings);
#endif
}

}  // namespace

int main(int argc, char** argv) {
    const bool terminal = SENALES_ISATTY(SENALES_FILENO(stdin)) != 0;
    senales::Console console{std::cin, std::cout, std::cerr, terminal, terminal ? &hide_typing : nullptr};
    return senales::run_cli(argc, argv, console);
}
