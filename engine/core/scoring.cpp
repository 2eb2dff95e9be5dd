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

}  // namespace

ScoreInputs score_inputs(const PathFacts& facts, const Catalog& catalog) {
    ScoreInputs in;
    for (const IndicatorSighting& sighting : facts.indicators) {
        const Indicator* indicator = catalog.indicator(sighting.indicator);
        int weight = indicator ? indicator_weight(indicator->strength) : rules::kMediumWeight;
        in.shown_weight += weight;
        if (sighting.found) in.found_weight += weight;
    }
    in.wrong_flags = static_cast<int>(facts.wrong_flags.size());
    for (const TaggedDecision& committed : facts.harms)
        if (const Harm* harm = catalog.harm(committed.id)) {
            in.harm_cost += harm_cost(harm->severity);
            in.grave_harm |= harm->severity == Severity::grave;
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
    // A path that showed no sign can still be lost by profiling.
    double share = in.shown_weight == 0 ? 100.0 : 100.0 * in.found_weight / in.shown_weight;
    set(Competency::recognition, clamp_score(share - rules::kWrongFlagPenalty * static_cast<double>(in.wrong_flags)));
    set(Competency::do_no_harm, clamp_score(100 - in.harm_cost));
    set(Competency::protection, in.practice_opportunities == 0
                                    ? 100
                                    : clamp_score(100.0 * in.practice_decisions / in.practice_opportunities));
    set(Competency::outcome, outcome_score(in));
    card.failed_by_grave_harm = in.grave_harm;
    double weighted = 0;
    for (std::size_t i = 0; i < card.competency.size(); ++i) weighted += card.competency[i] * rules::kWeights[i];
    card.overall = clamp_score(weighted / 100.0);
    card.passed = in.finished && card.overall >= rules::kPassMark && !card.failed_by_grave_harm;
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

}  // namespace senales
