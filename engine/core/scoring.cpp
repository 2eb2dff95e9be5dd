#include "scoring.h"

#include <algorithm>
#include <cmath>

namespace senales {

int indicator_weight(Strength strength) {
    switch (strength) {
        case Strength::strong: return rules::kStrongWeight;
        case Strength::medium: return rules::kMediumWeight;
        case Strength::weak: return rules::kWeakWeight;
    }
    return rules::kMediumWeight;
}

int harm_cost(Severity severity) {
    switch (severity) {
        case Severity::minor: return rules::kMinorHarmCost;
        case Severity::serious: return rules::kSeriousHarmCost;
        case Severity::grave: return rules::kGraveHarmCost;
    }
    return rules::kSeriousHarmCost;
}

Severity severity_for(const Harm& harm, const Person& person) {
    if (!person.counts_as_child()) return harm.severity;
    return std::max({harm.severity, Severity::serious, harm.child_severity.value_or(Severity::minor)});
}

ChoiceWeight weigh_choice(const Choice& choice, const Catalog& catalog, const Person& person) {
    ChoiceWeight weight;
    for (const std::string& id : choice.harms)
        if (const Harm* harm = catalog.harm(id)) {
            const Severity severity = severity_for(*harm, person);
            weight.harm_cost += harm_cost(severity);
            weight.grave |= severity == Severity::grave;
        }
    weight.practice = !choice.practices.empty();
    return weight;
}

int choice_rank(const Choice& choice, const Catalog& catalog, const Person& person) {
    const ChoiceWeight weight = weigh_choice(choice, catalog, person);
    if (weight.harm_cost > 0) return -weight.harm_cost;
    return weight.practice ? 1 : 0;
}

namespace {

int clamp_score(double value) { return std::clamp(static_cast<int>(std::lround(value)), 0, 100); }

int outcome_score(const ScoreInputs& in) {
    if (!in.finished) return rules::kOutcomeBad;
    switch (in.outcome) {
        case Outcome::good: return rules::kOutcomeGood;
        case Outcome::mixed: return rules::kOutcomeMixed;
        case Outcome::bad: return rules::kOutcomeBad;
    }
    return rules::kOutcomeBad;
}

// The share of the signs found, minus the share of the harmless details flagged as signs: a
// trainee who flags everything, like one who flags nothing, has told nothing apart and scores 0.
double recognition(const ScoreInputs& in) {
    const double found = in.shown_weight == 0 ? 100.0 : 100.0 * in.found_weight / in.shown_weight;
    const double profiled = in.neutral_shown == 0 ? 0.0 : 100.0 * in.wrong_flags / in.neutral_shown;
    return found - profiled;
}

}  // namespace

ScoreInputs score_inputs(const PathFacts& facts, const Catalog& catalog) {
    ScoreInputs in;
    for (const IndicatorSighting& sighting : facts.indicators) {
        const Indicator* indicator = catalog.indicator(sighting.indicator);
        int weight = indicator ? indicator_weight(indicator->strength) : rules::kMediumWeight;
        in.shown_weight += weight;
        if (sighting.found) in.found_weight += weight;
    }
    in.neutral_shown = facts.neutral_shown;
    in.wrong_flags = static_cast<int>(facts.wrong_flags.size());
    for (const TaggedDecision& committed : facts.harms) {
        in.harm_cost += harm_cost(committed.severity);
        in.grave_harm |= committed.severity == Severity::grave;
    }
    in.practice_opportunities = facts.practice_opportunities;
    in.practice_decisions = facts.practice_decisions;
    in.finished = facts.finished;
    in.outcome = facts.outcome;
    return in;
}

ScoreCard score(const ScoreInputs& in) {
    ScoreCard card;
    auto set = [&](Competency c, int value) { card.competency[static_cast<std::size_t>(c)] = value; };
    set(Competency::recognition, clamp_score(recognition(in)));
    set(Competency::do_no_harm, clamp_score(100 - in.harm_cost));
    set(Competency::protection, in.practice_opportunities == 0
                                    ? 100
                                    : clamp_score(100.0 * in.practice_decisions / in.practice_opportunities));
    set(Competency::outcome, outcome_score(in));
    double weighted = 0;
    for (std::size_t i = 0; i < card.competency.size(); ++i) weighted += card.competency[i] * rules::kWeights[i];
    card.overall = clamp_score(weighted / 100.0);

    auto fall_short = [&](Shortfall s) { card.shortfalls |= static_cast<unsigned>(s); };
    if (!in.finished) fall_short(Shortfall::not_finished);
    if (card.overall < rules::kPassMark) fall_short(Shortfall::below_pass_mark);
    if (std::any_of(card.competency.begin(), card.competency.end(), [](int c) { return c < rules::kCompetencyFloor; }))
        fall_short(Shortfall::weak_competency);
    if (in.grave_harm) fall_short(Shortfall::grave_harm);
    if (in.finished && in.outcome == Outcome::bad) fall_short(Shortfall::bad_ending);
    card.passed = card.shortfalls == 0;
    return card;
}

ScoreCard score(const PathFacts& facts, const Catalog& catalog) { return score(score_inputs(facts, catalog)); }

std::string_view to_string(Competency competency) {
    switch (competency) {
        case Competency::recognition: return "recognition";
        case Competency::do_no_harm: return "do_no_harm";
        case Competency::protection: return "protection";
        case Competency::outcome: return "outcome";
    }
    return "recognition";
}

std::string_view to_string(Shortfall shortfall) {
    switch (shortfall) {
        case Shortfall::not_finished: return "not_finished";
        case Shortfall::below_pass_mark: return "below_pass_mark";
        case Shortfall::weak_competency: return "weak_competency";
        case Shortfall::grave_harm: return "grave_harm";
        case Shortfall::bad_ending: return "bad_ending";
    }
    return "not_finished";
}

}  // namespace senales
