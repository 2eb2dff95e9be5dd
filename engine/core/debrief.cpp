#include "debrief.h"

#include <algorithm>

namespace senales {

namespace {

class FactsBuilder {
public:
    FactsBuilder(const Scenario& scenario, const Catalog& catalog, const StoryState& state)
        : scenario_(scenario), catalog_(catalog), state_(state), path_(collect_facts(scenario, catalog, state)) {}

    DebriefFacts build() {
        out_.score = score(path_, catalog_);
        count();
        add_signs();
        add_elements();
        out_.wrongly_flagged = path_.wrong_flags;
        add_harms_and_practices();
        add_timeline();
        if (path_.finished) out_.ending = state_.scene;
        out_.outcome = path_.outcome;
        add_key_points();
        return std::move(out_);
    }

private:
    const Scene& scene(int index) const { return scenario_.scenes[static_cast<std::size_t>(index)]; }

    void cite(const std::vector<std::string>& ids) {
        for (const std::string& id : ids)
            if (std::find(out_.sources.begin(), out_.sources.end(), id) == out_.sources.end() && catalog_.source(id))
                out_.sources.push_back(id);
    }
    void cite_principle(const std::string& id) {
        if (const Principle* principle = catalog_.principle(id)) cite(principle->sources);
    }

    int strength_of(const SignFact& sign) const {
        const Indicator* indicator = catalog_.indicator(sign.indicator);
        return indicator ? static_cast<int>(indicator->strength) : 0;
    }

    // Strictly greater wins, so on a tie the earlier entry (decision, or first seen) stays.
    template <typename T, typename Rank>
    static std::optional<std::size_t> first_highest(const std::vector<T>& list, Rank rank) {
        std::optional<std::size_t> best;
        for (std::size_t i = 0; i < list.size(); ++i)
            if (!best || rank(list[i]) > rank(list[*best])) best = i;
        return best;
    }

    void add_key_points() {
        KeyPoints& k = out_.remember;
        k.harm = first_highest(out_.harms, [](const HarmFact& h) { return static_cast<int>(h.severity); });
        k.missed = first_highest(out_.missed, [&](const SignFact& s) { return strength_of(s); });
        if (!out_.practices.empty()) k.practice = 0;
        else k.found = first_highest(out_.found, [&](const SignFact& s) { return strength_of(s); });
    }

    void count() {
        CompetencyCounts& c = out_.counts;
        for (const IndicatorSighting& s : path_.indicators) c.signs_found += s.found;
        c.signs_shown = static_cast<int>(path_.indicators.size());
        c.wrong_flags = static_cast<int>(path_.wrong_flags.size());
        c.neutral_shown = path_.neutral_shown;
        // A choice may carry two harms: the sentence counts decisions, as the trainee made them.
        for (std::size_t i = 0; i < path_.harms.size(); ++i) {
            c.grave_harms += path_.harms[i].severity == Severity::grave;
            c.harmful_decisions += i == 0 || path_.harms[i].decision != path_.harms[i - 1].decision;
        }
        c.practices_taken = path_.practice_decisions;
        c.practice_moments = path_.practice_opportunities;
        c.finished = path_.finished;
        c.outcome = path_.outcome;
    }

    void add_signs() {
        for (const IndicatorSighting& sighting : path_.indicators) {
            const Indicator* indicator = catalog_.indicator(sighting.indicator);
            if (!indicator) continue;
            cite(indicator->sources);
            const ShownDetail& at = sighting.found ? sighting.flagged_at : sighting.where.front();
            (sighting.found ? out_.found : out_.missed).push_back({indicator->id, at});
        }
    }

    void add_elements() {
        for (Element element : kAllElements) {
            ElementFact fact{element, false, false, !(element == Element::means && scenario_.person.counts_as_child()), {}};
            for (const IndicatorSighting& sighting : path_.indicators) {
                const Indicator* indicator = catalog_.indicator(sighting.indicator);
                if (!indicator || indicator->element != element) continue;
                fact.shown = true;
                if (sighting.found) {
                    fact.found = true;
                    fact.signs_found.push_back(indicator->id);
                }
            }
            out_.elements.push_back(std::move(fact));
        }
        out_.elements_established = std::all_of(out_.elements.begin(), out_.elements.end(),
                                                [](const ElementFact& e) { return e.shown || !e.needed; });
        for (Element element : kAllElements)
            if (auto found = catalog_.elements.find(element); found != catalog_.elements.end()) cite(found->second.sources);
    }

    void add_harms_and_practices() {
        for (const TaggedDecision& tagged : path_.harms) {
            const Harm& harm = *catalog_.harm(tagged.id);
            const Decision& d = state_.decisions[tagged.decision];
            cite_principle(harm.principle);
            cite(harm.sources);
            out_.harms.push_back({tagged.decision, harm.id, tagged.severity, d.scene, d.chosen});
        }
        for (const TaggedDecision& tagged : path_.practices) {
            const Practice& practice = *catalog_.practice(tagged.id);
            cite_principle(practice.principle);
            cite(practice.sources);
            out_.practices.push_back({tagged.decision, practice.id, state_.decisions[tagged.decision].scene});
        }
    }

    int rank(const Choice& choice) const { return choice_rank(choice, catalog_, scenario_.person); }

    void add_timeline() {
        for (std::size_t i = 0; i < state_.decisions.size(); ++i) {
            const Decision& decision = state_.decisions[i];
            const Scene& where = scene(decision.scene);
            const Choice& taken = where.choices[static_cast<std::size_t>(decision.chosen)];
            TimelineFact entry{i, decision.scene, decision.chosen, choice_kind(taken), {}};
            for (int offered : decision.offered) {
                if (offered == decision.chosen) continue;
                const Choice& other = where.choices[static_cast<std::size_t>(offered)];
                const int difference = rank(other) - rank(taken);
                entry.alternatives.push_back({offered, choice_kind(other),
                                              difference > 0   ? Comparison::better
                                              : difference < 0 ? Comparison::worse
                                                               : Comparison::same});
            }
            out_.timeline.push_back(std::move(entry));
        }
    }

    const Scenario& scenario_;
    const Catalog& catalog_;
    const StoryState& state_;
    PathFacts path_;
    DebriefFacts out_;
};

}  // namespace

DebriefFacts debrief_facts(const Scenario& scenario, const Catalog& catalog, const StoryState& state) {
    return FactsBuilder(scenario, catalog, state).build();
}

ChoiceKind choice_kind(const Choice& choice) {
    if (!choice.harms.empty()) return ChoiceKind::harm;
    return choice.practices.empty() ? ChoiceKind::neutral : ChoiceKind::good_practice;
}

std::string_view to_string(ChoiceKind kind) {
    switch (kind) {
        case ChoiceKind::good_practice: return "good_practice";
        case ChoiceKind::neutral: return "neutral";
        case ChoiceKind::harm: return "harm";
    }
    return "neutral";
}

std::string_view to_string(Comparison comparison) {
    switch (comparison) {
        case Comparison::better: return "better";
        case Comparison::same: return "same";
        case Comparison::worse: return "worse";
    }
    return "same";
}

}  // namespace senales
