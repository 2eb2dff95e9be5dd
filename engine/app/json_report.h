#pragma once
// A finished (or stopped) playthrough as one JSON object: the path taken, the ending, the scores
// and the whole debrief. The shape is documented in the README and used by tests and records.

#include <nlohmann/json.hpp>

#include "wording/debrief.h"
#include "core/scenario.h"
#include "core/story_state.h"

namespace senales {

nlohmann::json playthrough_json(const Scenario& scenario, const StoryState& state, const Debrief& debrief);

}  // namespace senales
