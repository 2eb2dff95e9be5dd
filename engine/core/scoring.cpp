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

int recognition(const PathFacts& facts, const Catalog& catalog) {
    int shown = 0, found = 0;
    for (const IndicatorSighting& sighting : facts.indicators) {
        const Indicator* indicator = catalog.indicator(sighting.indicator);
        int weight = indicator ? indicator_weight(indicator->strength) : rules::kMediumWeight;
        shown += weight;
        if (sighting.found) found += weight;
    }
    // A path that showed no sign can still be lost by profiling.
    double share = shown == 0 ? 100.0 : 100.0 * found / shown;
    return clamp_score(share - rules::kWrongFlagPenalty * static_cast<double>(facts.wrong_flags.size()));
}

int do_no_harm(const PathFacts& facts, const Catalog& catalog, bool* grave) {
    int cost = 0;
    for (const TaggedDecision& committed : facts.harms) {
        const Harm* harm = catalog.harm(committed.id);
        if (!harm) continue;
        cost += harm_cost(harm->severity);
        if (harm->severity == Severity::grave) *grave = true;
    }
    return clamp_score(100 - cost);
}

int protection(const PathFacts& facts) {
    if (facts.practice_opportunities == 0) return 100;
    return clamp_score(100.0 * facts.practice_decisions / facts.practice_opportunities);
}

int outcome(const PathFacts& facts) {
    if (!facts.finished) return rules::kOutcomeBad;
    switch (facts.outcome) {
        case Outcome::good: return rules::kOutcomeGood;
        case Outcome::mixed: return rules::kOutcomeMixed;
        case Outcome::bad: return rules::kOutcomeBad;
    }
    return rules::kOutcomeBad;
}

}  // namespace

ScoreCard score(const PathFacts& facts, const Catalog& catalog) {
    ScoreCard card;
    auto set = [&](Competency c, int value) { card.competency[static_cast<std::size_t>(c)] = value; };
    set(Competency::recognition, recognition(facts, catalog));
    set(Competency::do_no_harm, do_no_harm(facts, catalog, &card.failed_by_grave_harm));
    set(Competency::protection, protection(facts));
    set(Competency::outcome, outcome(facts));
    double weighted = 0;
    for (std::size_t i = 0; i < card.competency.size(); ++i) weighted += card.competency[i] * rules::kWeights[i];
    card.overall = clamp_score(weighted / 100.0);
    card.passed = facts.finished && card.overall >= rules::kPassMark && !card.failed_by_grave_harm;
    return card;
}

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
