#pragma once
// Synthetic scenarios of any size, for benchmarks: each scene a paragraph in both languages, three
// choices with effects (one of them behind a condition), a few details, and endings at the leaves.
// The same size and seed always give the same file.

#include <cstdint>
#include <string>

namespace senales::bench {

std::string generate_scenario(int scenes, std::uint32_t seed);

}  // namespace senales::bench
