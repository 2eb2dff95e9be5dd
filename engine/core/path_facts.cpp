#include "path_facts.h"

#include <algorithm>

#include "scoring.h"

namespace senales {

namespace {

const Detail& detail_at(const Scenario& scenario, const ShownDetail& at) {
    return scenario.scenes[static_cast<std::size_t>(at.scene)].details[static_cast<std::size_t>(at.detail)];
}

void collect_sightings(const Scenario& scenario, const StoryState& state, PathFacts& facts) {
    for (const ShownDetail& shown : state.shown) {
        const Detail& detail = detail_at(scenario, shown);
        bool flagged = state.is_flagged(detail.id);
        if (detail.neutral()) {
            ++facts.neutral_shown;
            if (flagged) facts.wrong_flags.push_back(shown);
            continue;
        }
        auto sighting = std::find_if(facts.indicators.begin(), facts.indicators.end(),
                                     [&](const IndicatorSighting& s) { return s.indicator == detail.indicator; });
        if (sighting == facts.indicators.end()) {
            facts.indicators.push_back({detail.indicator, {}, false, {}});
            sighting = facts.indicators.end() - 1;
        }
        sighting->where.push_back(shown);
        if (flagged && !sighting->found) {
            sighting->found = true;
            sighting->flagged_at = shown;
        }
    }
}

void collect_choices(const Scenario& scenario, const Catalog& catalog, const StoryState& state, PathFacts& facts) {
    for (std::size_t i = 0; i < state.decisions.size(); ++i) {
        const Decision& decision = state.decisions[i];
        const Scene& scene = scenario.scenes[static_cast<std::size_t>(decision.scene)];
        const Choice& chosen = scene.choices[static_cast<std::size_t>(decision.chosen)];
        for (const std::string& id : chosen.harms)
            if (const Harm* harm = catalog.harm(id)) facts.harms.push_back({i, id, severity_for(*harm, scenario.person)});
        for (const std::string& practice : chosen.practices)
            if (catalog.practice(practice)) facts.practices.push_back({i, practice});
        auto practice = [&](const Choice& choice) { return weigh_choice(choice, catalog, scenario.person).practice; };
        bool practice_on_offer = std::any_of(decision.offered.begin(), decision.offered.end(), [&](int offered) {
            return practice(scene.choices[static_cast<std::size_t>(offered)]);
        });
        if (practice_on_offer) {
            ++facts.practice_opportunities;
            if (practice(chosen)) ++facts.practice_decisions;
        }
    }
}

}  // namespace

PathFacts collect_facts(const Scenario& scenario, const Catalog& catalog, const StoryState& state) {
    PathFacts facts;
    collect_sightings(scenario, state, facts);
    collect_choices(scenario, catalog, state, facts);
    const Scene& last = scenario.scenes[static_cast<std::size_t>(state.scene)];
    facts.finished = last.is_ending;
    facts.outcome = last.is_ending ? last.outcome : Outcome::bad;
    return facts;
}

}  // namespace senales
