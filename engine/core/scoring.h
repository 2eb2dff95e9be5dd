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

int indicator_weight(Strength strength);
int harm_cost(Severity severity);
ScoreCard score(const PathFacts& facts, const Catalog& catalog);

std::string_view to_string(Competency competency);

}  // namespace senales
