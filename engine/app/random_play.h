#pragma once
// Many random playthroughs of one scenario, as fast as the runner goes: for benchmarks, and to
// shake out dead ends a reviewer would not think of.

#include <cstdint>
#include <ostream>

#include "core/catalog.h"
#include "core/scenario.h"

namespace senales {

struct RandomPlayReport {
    std::uint64_t playthroughs = 0;
    std::uint64_t steps = 0;
    std::uint64_t stuck = 0;  // playthroughs that met a scene with no choice on offer
    double seconds = 0;
};

RandomPlayReport play_randomly(const Scenario& scenario, const Catalog& catalog, int runs, std::uint32_t seed);
void print(const RandomPlayReport& report, bool json, std::ostream& out);

}  // namespace senales
