// bench_generate SCENES SEED FOLDER: writes FOLDER/scenario.lua, a synthetic scenario for benchmarks.

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "scenario_generator.h"

int main(int argc, char** argv) {
    if (argc != 4) {
        std::cerr << "usage: bench_generate SCENES SEED FOLDER\n";
        return 2;
    }
    int scenes = std::atoi(argv[1]);
    if (scenes < 3) {
        std::cerr << "bench_generate: SCENES must be 3 or more\n";
        return 2;
    }
    std::filesystem::create_directories(argv[3]);
    std::ofstream out(std::filesystem::path(argv[3]) / "scenario.lua", std::ios::binary);
    out << senales::bench::generate_scenario(scenes, static_cast<std::uint32_t>(std::strtoul(argv[2], nullptr, 10)));
    return out ? 0 : 1;
}
