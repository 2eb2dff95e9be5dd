#pragma once
// What a playthrough amounts to, read off its story state once: which warning signs were shown and
// flagged, which neutral details were flagged, which harms and practices the choices carried.
// Scoring and the debrief both read these facts, so they can never disagree.

#include <string>
#include <vector>

#include "catalog.h"
#include "scenario.h"
#include "story_state.h"

namespace senales {

struct IndicatorSighting {
    std::string indicator;
    std::vector<ShownDetail> where;  // every detail showing it on this path
    bool found = false;              // one of them is in the notebook
    ShownDetail flagged_at{};        // where it was flagged, when found
};

struct TaggedDecision {
    std::size_t decision = 0;  // index into StoryState::decisions
    std::string id;            // harm or practice id
    Severity severity = Severity::minor;  // of a harm, as weighed for the scenario's person
};

struct PathFacts {
    std::vector<IndicatorSighting> indicators;  // in the order first shown
    int neutral_shown = 0;                      // harmless details shown on the path
    std::vector<ShownDetail> wrong_flags;       // of those, the ones in the notebook
    std::vector<TaggedDecision> harms;          // in the order committed
    std::vector<TaggedDecision> practices;      // in the order achieved
    int practice_opportunities = 0;  // decisions where some choice on offer was a good practice
    int practice_decisions = 0;      // of those, decisions where the trainee took one
    bool finished = false;
    Outcome outcome = Outcome::bad;
};

PathFacts collect_facts(const Scenario& scenario, const Catalog& catalog, const StoryState& state);

}  // namespace senales
