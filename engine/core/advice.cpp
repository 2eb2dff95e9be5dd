#include "advice.h"

#include <algorithm>

namespace senales {

namespace {

// The most specific context that matches, or nullptr.
const ContextWording* best_context(const std::vector<ContextWording>& contexts, const Scenario& scenario) {
    const ContextWording* best = nullptr;
    int best_score = -1;
    const std::string audience(to_string(scenario.audience));
    for (const ContextWording& c : contexts) {
        if (!c.country.empty() && c.country != scenario.setting.country) continue;
        if (!c.audience.empty() && c.audience != audience) continue;
        const int score = (c.country.empty() ? 0 : 2) + (c.audience.empty() ? 0 : 1);
        if (score > best_score) {
            best = &c;
            best_score = score;
        }
    }
    return best;
}

const Text& pick(const std::vector<ContextWording>& contexts, const Scenario& scenario, Text ContextWording::*field,
                 const Text& fallback) {
    // A context without this text defers to a less specific one, then to the entry's own.
    std::vector<const ContextWording*> matching;
    for (const ContextWording& c : contexts)
        if ((c.country.empty() || c.country == scenario.setting.country) &&
            (c.audience.empty() || c.audience == to_string(scenario.audience)) && !(c.*field).empty())
            matching.push_back(&c);
    const ContextWording* best = nullptr;
    int best_score = -1;
    for (const ContextWording* c : matching) {
        const int score = (c->country.empty() ? 0 : 2) + (c->audience.empty() ? 0 : 1);
        if (score > best_score) best = c, best_score = score;
    }
    return best ? best->*field : fallback;
}

}  // namespace

const Text& explanation_for(const Practice& practice, const Scenario& scenario) {
    return pick(practice.contexts, scenario, &ContextWording::explanation, practice.explanation);
}

const Text& explanation_for(const Harm& harm, const Scenario& scenario) {
    return pick(harm.contexts, scenario, &ContextWording::explanation, harm.explanation);
}

const Text& instead_for(const Harm& harm, const Scenario& scenario) {
    return pick(harm.contexts, scenario, &ContextWording::instead, harm.instead);
}

bool worded_for(const std::vector<std::string>& countries, const std::vector<ContextWording>& contexts,
                const Scenario& scenario) {
    if (countries.empty()) return true;
    if (std::find(countries.begin(), countries.end(), scenario.setting.country) != countries.end()) return true;
    const ContextWording* c = best_context(contexts, scenario);
    return c && !c->country.empty();
}

}  // namespace senales
