#pragma once
// The order in which a decision's choices are shown. Authors write the best choice wherever it
// comes to them (often first); shown as written, "always press 1" would pass. So each attempt
// draws a seed, and every decision's choices are shuffled from that seed and the decision: the
// same attempt shows the same order on resume, rewind and replay, and a different attempt a
// different one. Every order is possible, the written one included.

#include <cstdint>
#include <vector>

#include "scenario.h"
#include "story_state.h"

namespace senales {

// Reorders `offered` (authored indices of the choices on offer, ascending) into the order shown at
// the decision numbered `decision` (0 for the first of the playthrough). A choice pinned last
// (`fixed = "last"`) stays after the others, in written order among the pinned.
void order_choices(const Scene& scene, std::size_t decision, const ChoiceOrder& order, std::vector<int>& offered);

// A seed for a new attempt, from the system's random source.
std::uint32_t draw_seed();

}  // namespace senales
