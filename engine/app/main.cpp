// senales: with no arguments the game; with a command (check, play, graph) a headless tool for
// scenario authors, tests and CI.

#include <cstdio>
#include <iostream>

#include "cli.h"

#ifdef _WIN32
#include <io.h>
#define SENALES_ISATTY _isatty
#define SENALES_FILENO _fileno
#else
#include <unistd.h>
#define SENALES_ISATTY isatty
#define SENALES_FILENO fileno
#endif

int main(int argc, char** argv) {
    senales::Console console{std::cin, std::cout, std::cerr, SENALES_ISATTY(SENALES_FILENO(stdin)) != 0};
    return senales::run_cli(argc, argv, console);
}
