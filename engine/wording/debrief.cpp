#include "debrief.h"

#include "core/advice.h"

namespace senales {

namespace {

std::string n(int value) { return std::to_string(value); }

class Writer {
public:
    Writer(const Scenario& scenario, const Catalog& catalog, const DebriefFacts& facts, const Wording& words)
        : scenario_(scenario), catalog_(catalog), facts_(facts), w_(words) {}

    Debrief write() {
        Debrief out;
        out.lang = w_.lang();
        out.facts = facts_;
        out.score = facts_.score;
        for (Shortfall s : kAllShortfalls)
            if (facts_.score.has(s)) out.why_not_passed.push_back(shortfall(s));
        out.verdict = verdict();
        for (Competency c : kAllCompetencies)
            out.competencies.push_back({c, competency_name(c, w_), facts_.score[c], sentence(c)});
        for (const ElementFact& e : facts_.elements) out.elements.push_back(note(e));
        out.elements_verdict = w_.ui(facts_.elements_established ? "elements_established" : "elements_not_established");
        for (const SignFact& sign : facts_.found) out.found.push_back(note(sign));
        for (const SignFact& sign : facts_.missed) out.missed.push_back(note(sign));
        for (const ShownDetail& at : facts_.wrongly_flagged) {
            const Detail& d = detail(at);
            out.wrongly_flagged.push_back({d.id, w_.of(d.text), scene(at.scene).id, w_.of(d.why)});
        }
        for (const HarmFact& h : facts_.harms) out.harms.push_back(note(h));
        for (const PracticeFact& p : facts_.practices) {
            const Practice& practice = *catalog_.practice(p.practice);
            out.practices.push_back({p.decision, practice.id, w_.of(practice.name), principle(practice.principle),
                                     scene(p.scene).id, w_.of(explanation_for(practice, scenario_)), practice.sources});
        }
        for (const TimelineFact& t : facts_.timeline) {
            const Scene& where = scene(t.scene);
            TimelineEntry entry{t.decision, where.id, choice_text(where, t.chosen), t.chosen, t.kind, {}};
            for (const AlternativeFact& a : t.alternatives)
                entry.alternatives.push_back({a.choice, choice_text(where, a.choice), a.kind, a.compared_to_chosen});
            out.timeline.push_back(std::move(entry));
        }
        for (const Text& objective : scenario_.objectives) out.objectives.push_back(w_.of(objective));
        if (facts_.ending >= 0) {
            const Scene& ending = scene(facts_.ending);
            out.ending = ending.id;
            out.ending_text = w_.of(ending.text);
        }
        out.outcome = facts_.outcome;
        for (const std::string& id : facts_.sources)
            if (const Source* source = catalog_.source(id)) out.sources.push_back(*source);
        return out;
    }

private:
    const Scene& scene(int index) const { return scenario_.scenes[static_cast<std::size_t>(index)]; }
    const Detail& detail(const ShownDetail& at) const {
        return scene(at.scene).details[static_cast<std::size_t>(at.detail)];
    }
    std::string choice_text(const Scene& where, int choice) const {
        return w_.of(where.choices[static_cast<std::size_t>(choice)].text);
    }
    std::string principle(const std::string& id) const {
        const Principle* p = catalog_.principle(id);
        return p ? w_.of(p->name) : id;
    }

    ElementNote note(const ElementFact& e) const {
        ElementNote n{e.element, {}, {}, {}, e.shown, e.found, e.needed};
        if (auto found = catalog_.elements.find(e.element); found != catalog_.elements.end()) {
            n.name = w_.of(found->second.name);
            n.explanation = w_.of(found->second.explanation);
        }
        std::string signs;
        for (const std::string& id : e.signs_found)
            if (const Indicator* indicator = catalog_.indicator(id))
                signs += (signs.empty() ? "" : ", ") + w_.of(indicator->name);
        n.verdict = !e.needed && !e.shown ? w_.ui("element_not_needed")
                    : e.found             ? w_.ui("element_recognised", {signs})
                    : e.shown             ? w_.ui("element_missed")
                                          : w_.ui("element_absent");
        return n;
    }

    IndicatorNote note(const SignFact& sign) const {
        const Indicator& indicator = *catalog_.indicator(sign.indicator);
        const Detail& d = detail(sign.at);
        return {indicator.id, w_.of(indicator.name), indicator.strength, indicator.dimension, d.id, w_.of(d.text),
                scene(sign.at.scene).id, w_.of(indicator.explanation), indicator.sources};
    }

    HarmNote note(const HarmFact& h) const {
        const Harm& harm = *catalog_.harm(h.harm);
        const Choice& choice = scene(h.scene).choices[static_cast<std::size_t>(h.choice)];
        std::string consequence = w_.of(choice.consequence);
        return {h.decision,
                harm.id,
                w_.of(harm.name),
                h.severity,
                severity_name(h.severity, w_),
                scene(h.scene).id,
                w_.of(choice.text),
                principle(harm.principle),
                w_.of(instead_for(harm, scenario_)),
                w_.of(explanation_for(harm, scenario_)),
                consequence.empty() ? w_.of(explanation_for(harm, scenario_)) : consequence,
                harm.sources};
    }

    std::string sentence(Competency c) const {
        const CompetencyCounts& k = facts_.counts;
        switch (c) {
            case Competency::recognition: {
                std::string out = k.signs_shown == 0   ? w_.ui("debrief_no_sign")
                                  : k.signs_shown == 1 ? w_.ui("debrief_found_one", {n(k.signs_found)})
                                                       : w_.ui("debrief_found_many", {n(k.signs_found), n(k.signs_shown)});
                if (k.wrong_flags > 0 && k.neutral_shown == 1) out += " " + w_.ui("debrief_profiled_the_one");
                else if (k.wrong_flags > 0)
                    out += " " + w_.ui("debrief_profiled_some", {n(k.wrong_flags), n(k.neutral_shown)});
                return out;
            }
            case Competency::do_no_harm: {
                if (k.harmful_decisions == 0) return w_.ui("debrief_no_harm");
                std::string out = k.harmful_decisions == 1 ? w_.ui("debrief_harm_one")
                                                           : w_.ui("debrief_harm_many", {n(k.harmful_decisions)});
                if (k.grave_harms > 0) out += " " + w_.ui("debrief_harm_grave");
                return out;
            }
            case Competency::protection:
                if (k.practice_moments == 0) return w_.ui("debrief_no_practice_moment");
                return k.practice_moments == 1
                           ? w_.ui("debrief_practice_one", {n(k.practices_taken)})
                           : w_.ui("debrief_practice_many", {n(k.practices_taken), n(k.practice_moments)});
            case Competency::outcome:
                if (!k.finished) return w_.ui("debrief_not_finished");
                return w_.ui(k.outcome == Outcome::good    ? "debrief_ended_good"
                             : k.outcome == Outcome::mixed ? "debrief_ended_mixed"
                                                           : "debrief_ended_bad");
        }
        return {};
    }

    std::string verdict() const {
        const ScoreCard& card = facts_.score;
        if (card.passed)
            return w_.ui("verdict_passed", {n(card.overall), n(rules::kPassMark), n(rules::kCompetencyFloor)});
        for (Shortfall s : {Shortfall::not_finished, Shortfall::grave_harm, Shortfall::bad_ending,
                            Shortfall::weak_competency, Shortfall::below_pass_mark})
            if (card.has(s)) return shortfall(s);
        return {};
    }

    std::string shortfall(Shortfall s) const {
        const ScoreCard& card = facts_.score;
        switch (s) {
            case Shortfall::below_pass_mark:
                return w_.ui("shortfall_below_pass_mark", {n(card.overall), n(rules::kPassMark)});
            case Shortfall::weak_competency: {
                std::string names;
                for (Competency c : kAllCompetencies)
                    if (card[c] < rules::kCompetencyFloor)
                        names += (names.empty() ? "" : ", ") + competency_name(c, w_) + " (" + n(card[c]) + ")";
                return w_.ui("shortfall_weak_competency", {n(rules::kCompetencyFloor), names});
            }
            default: return w_.ui("shortfall_" + std::string(to_string(s)));
        }
    }

    const Scenario& scenario_;
    const Catalog& catalog_;
    const DebriefFacts& facts_;
    const Wording& w_;
};

}  // namespace

Debrief build_debrief(const Scenario& scenario, const Catalog& catalog, const StoryState& state, const Wording& words) {
    const DebriefFacts facts = debrief_facts(scenario, catalog, state);
    return Writer(scenario, catalog, facts, words).write();
}

std::string competency_name(Competency competency, const Wording& words) {
    return words.ui("competency_" + std::string(to_string(competency)));
}

std::string severity_name(Severity severity, const Wording& words) {
    return words.ui("severity_" + std::string(to_string(severity)));
}

std::string dimension_name(Dimension dimension, const Wording& words) {
    return words.ui("dimension_" + std::string(to_string(dimension)));
}

}  // namespace senales
