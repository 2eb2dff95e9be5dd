#pragma once
// Scores a playthrough on four competencies, each 0-100, and overall. The rules are constants here
// and written out in plain words in the README for trainers; tests hold them to their properties.

#include <array>
#include <string_view>

#include "path_facts.h"

namespace senales {

enum class Competency { recognition, do_no_harm, protection, outcome };
inline constexpr std::array<Competency, 4> kAllCompetencies = {Competency::recognition, Competency::do_no_harm,
                                                               Competency::protection, Competency::outcome};

namespace rules {
inline constexpr int kStrongWeight = 3;
inline constexpr int kMediumWeight = 2;
inline constexpr int kWeakWeight = 1;
inline constexpr int kWrongFlagPenalty = 15;  // points of Recognition per neutral detail flagged
inline constexpr int kMinorHarmCost = 15;     // points of Do no harm
inline constexpr int kSeriousHarmCost = 30;
inline constexpr int kGraveHarmCost = 60;     // and the run fails, whatever the other scores
inline constexpr int kOutcomeGood = 100;
inline constexpr int kOutcomeMixed = 50;
inline constexpr int kOutcomeBad = 0;
// Overall = weighted mean of the competencies, weights in percent.
inline constexpr std::array<int, 4> kWeights = {30, 30, 25, 15};
inline constexpr int kPassMark = 70;
}  // namespace rules

struct ScoreCard {
    std::array<int, 4> competency{};  // indexed by Competency
    int overall = 0;
    bool passed = false;
    bool failed_by_grave_harm = false;

    int operator[](Competency c) const { return competency[static_cast<std::size_t>(c)]; }
};

// The few numbers a score depends on. The explorer keeps them as running totals while it walks
// millions of paths; PathFacts reduces to them for a single playthrough.
struct ScoreInputs {
    int shown_weight = 0;  // weights of the distinct signs shown
    int found_weight = 0;  // of those, the ones flagged
    int wrong_flags = 0;   // neutral details flagged
    int harm_cost = 0;
    bool grave_harm = false;
    int practice_opportunities = 0;
    int practice_decisions = 0;
    bool finished = false;
    Outcome outcome = Outcome::bad;
};

int indicator_weight(Strength strength);
int harm_cost(Severity severity);
ScoreInputs score_inputs(const PathFacts& facts, const Catalog& catalog);
ScoreCard score(const ScoreInputs& inputs);
ScoreCard score(const PathFacts& facts, const Catalog& catalog);

std::string_view to_string(Competency competency);

}  // namespace senales
