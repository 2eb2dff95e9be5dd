#include "debrief.h"

#include <algorithm>

#include "debrief_wording.h"

namespace senales {

namespace {

class DebriefBuilder {
public:
    DebriefBuilder(const Scenario& scenario, const Catalog& catalog, const StoryState& state, Lang lang)
        : scenario_(scenario), catalog_(catalog), state_(state), lang_(lang),
          facts_(collect_facts(scenario, catalog, state)) {}

    Debrief build() {
        out_.lang = lang_;
        out_.score = score(facts_, catalog_);
        add_competencies();
        for (Shortfall s : kAllShortfalls)
            if (out_.score.has(s)) out_.why_not_passed.push_back(wording::shortfall_sentence(s, out_.score, lang_));
        add_indicators();
        add_wrong_flags();
        add_harms_and_practices();
        add_timeline();
        for (const Text& objective : scenario_.objectives) out_.objectives.push_back(objective.in(lang_));
        if (facts_.finished) {
            const Scene& ending = scene(state_.scene);
            out_.ending = ending.id;
            out_.outcome = ending.outcome;
            out_.ending_text = ending.text.in(lang_);
        }
        for (const std::string& id : cited_)
            if (const Source* source = catalog_.source(id)) out_.sources.push_back(*source);
        return std::move(out_);
    }

private:
    const Scene& scene(int index) const { return scenario_.scenes[static_cast<std::size_t>(index)]; }
    const Detail& detail(const ShownDetail& at) const {
        return scene(at.scene).details[static_cast<std::size_t>(at.detail)];
    }

    std::vector<std::string> cite(const std::vector<std::string>& ids) {
        for (const std::string& id : ids)
            if (std::find(cited_.begin(), cited_.end(), id) == cited_.end()) cited_.push_back(id);
        return ids;
    }

    std::string principle_name(const std::string& id) {
        const Principle* principle = catalog_.principle(id);
        if (!principle) return id;
        cite(principle->sources);
        return principle->name.in(lang_);
    }

    void add_competencies() {
        int found = 0, grave = 0, harmful_decisions = 0;
        for (const IndicatorSighting& s : facts_.indicators) found += s.found;
        // A choice may carry two harms: the sentence counts decisions, as a trainee made them.
        for (std::size_t i = 0; i < facts_.harms.size(); ++i) {
            grave += facts_.harms[i].severity == Severity::grave;
            harmful_decisions += i == 0 || facts_.harms[i].decision != facts_.harms[i - 1].decision;
        }
        auto sentence = [&](Competency c) {
            switch (c) {
                case Competency::recognition:
                    return wording::recognition_sentence(found, static_cast<int>(facts_.indicators.size()),
                                                         static_cast<int>(facts_.wrong_flags.size()),
                                                         facts_.neutral_shown, lang_);
                case Competency::do_no_harm:
                    return wording::do_no_harm_sentence(harmful_decisions, grave, lang_);
                case Competency::protection:
                    return wording::protection_sentence(facts_.practice_decisions, facts_.practice_opportunities, lang_);
                case Competency::outcome: return wording::outcome_sentence(facts_.finished, facts_.outcome, lang_);
            }
            return std::string();
        };
        for (Competency c : kAllCompetencies)
            out_.competencies.push_back({c, wording::competency_name(c, lang_), out_.score[c], sentence(c)});
    }

    void add_indicators() {
        for (const IndicatorSighting& sighting : facts_.indicators) {
            const Indicator* indicator = catalog_.indicator(sighting.indicator);
            if (!indicator) continue;
            const ShownDetail& at = sighting.found ? sighting.flagged_at : sighting.where.front();
            IndicatorNote note{indicator->id, indicator->name.in(lang_), indicator->strength, indicator->dimension,
                               detail(at).id, detail(at).text.in(lang_), scene(at.scene).id,
                               indicator->explanation.in(lang_), cite(indicator->sources)};
            (sighting.found ? out_.found : out_.missed).push_back(std::move(note));
        }
    }

    void add_wrong_flags() {
        for (const ShownDetail& at : facts_.wrong_flags)
            out_.wrongly_flagged.push_back(
                {detail(at).id, detail(at).text.in(lang_), scene(at.scene).id, detail(at).why.in(lang_)});
    }

    const Choice& chosen(std::size_t decision) const {
        const Decision& d = state_.decisions[decision];
        return scene(d.scene).choices[static_cast<std::size_t>(d.chosen)];
    }

    void add_harms_and_practices() {
        for (const TaggedDecision& tagged : facts_.harms) {
            const Harm& harm = *catalog_.harm(tagged.id);
            const Choice& choice = chosen(tagged.decision);
            std::string consequence = choice.consequence.in(lang_);
            out_.harms.push_back({tagged.decision, harm.id, harm.name.in(lang_), tagged.severity,
                                  scene(state_.decisions[tagged.decision].scene).id, choice.text.in(lang_),
                                  principle_name(harm.principle), harm.instead.in(lang_), harm.explanation.in(lang_),
                                  consequence.empty() ? harm.explanation.in(lang_) : consequence, cite(harm.sources)});
        }
        for (const TaggedDecision& tagged : facts_.practices) {
            const Practice& practice = *catalog_.practice(tagged.id);
            out_.practices.push_back({tagged.decision, practice.id, practice.name.in(lang_),
                                      principle_name(practice.principle),
                                      scene(state_.decisions[tagged.decision].scene).id,
                                      practice.explanation.in(lang_), cite(practice.sources)});
        }
    }

    int rank(const Choice& choice) const { return choice_rank(choice, catalog_, scenario_.person); }

    static ChoiceKind kind(const Choice& choice) {
        if (!choice.harms.empty()) return ChoiceKind::harm;
        return choice.practices.empty() ? ChoiceKind::neutral : ChoiceKind::good_practice;
    }

    void add_timeline() {
        for (std::size_t i = 0; i < state_.decisions.size(); ++i) {
            const Decision& decision = state_.decisions[i];
            const Scene& where = scene(decision.scene);
            const Choice& taken = where.choices[static_cast<std::size_t>(decision.chosen)];
            TimelineEntry entry{i, where.id, taken.text.in(lang_), decision.chosen, kind(taken), {}};
            for (int offered : decision.offered) {
                if (offered == decision.chosen) continue;
                const Choice& other = where.choices[static_cast<std::size_t>(offered)];
                int difference = rank(other) - rank(taken);
                entry.alternatives.push_back({offered, other.text.in(lang_), kind(other),
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
    Lang lang_;
    PathFacts facts_;
    Debrief out_;
    std::vector<std::string> cited_;
};

}  // namespace

Debrief build_debrief(const Scenario& scenario, const Catalog& catalog, const StoryState& state, Lang lang) {
    return DebriefBuilder(scenario, catalog, state, lang).build();
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

std::string competency_name(Competency competency, Lang lang) { return wording::competency_name(competency, lang); }

}  // namespace senales
