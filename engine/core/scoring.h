#pragma once
// Scores a playthrough on four competencies, each 0-100, and overall, and decides whether it
// passes. The rules are constants here and written out in plain words in the README for
// trainers; tests hold them to their properties.

#include <array>
#include <string_view>

#include "path_facts.h"

namespace senales {

enum class Competency { recognition, do_no_harm, protection, outcome };
inline constexpr std::array<Competency, 4> kAllCompetencies = {Competency::recognition, Competency::do_no_harm,
                                                               Competency::protection, Competency::outcome};

namespace rules {
// Bumped whenever a rule below changes what passes; stored with every attempt, so a pass recorded
// under an older rule is never reported as a pass under this one.
//   1: overall >= 70 and no grave harm; a wrong flag cost 15 points of Recognition.
//   2: overall >= 70, every competency >= 50, no grave harm, an ending that is not bad;
//      Recognition is the share of signs flagged minus the share of harmless details flagged;
//      harms to a child weigh at least "serious".
inline constexpr int kScoringRule = 2;
inline constexpr int kStrongWeight = 3;
inline constexpr int kMediumWeight = 2;
inline constexpr int kWeakWeight = 1;
inline constexpr int kMinorHarmCost = 15;     // points of Do no harm
inline constexpr int kSeriousHarmCost = 30;
inline constexpr int kGraveHarmCost = 60;     // and the run fails, whatever the other scores
inline constexpr int kOutcomeGood = 100;
inline constexpr int kOutcomeMixed = 50;
inline constexpr int kOutcomeBad = 0;
// Overall = weighted mean of the competencies, weights in percent.
inline constexpr std::array<int, 4> kWeights = {30, 30, 25, 15};
inline constexpr int kPassMark = 70;
inline constexpr int kCompetencyFloor = 50;  // no competency may be under this for a pass
}  // namespace rules

// Each reason a playthrough does not pass; a card holds any number of them.
enum class Shortfall : unsigned {
    not_finished = 1u << 0,
    below_pass_mark = 1u << 1,   // overall under 70
    weak_competency = 1u << 2,   // some competency under 50
    grave_harm = 1u << 3,
    bad_ending = 1u << 4,        // left in danger, returned to her exploiters, or punished
};
inline constexpr std::array<Shortfall, 5> kAllShortfalls = {Shortfall::not_finished, Shortfall::below_pass_mark,
                                                            Shortfall::weak_competency, Shortfall::grave_harm,
                                                            Shortfall::bad_ending};

struct ScoreCard {
    std::array<int, 4> competency{};  // indexed by Competency
    int overall = 0;
    bool passed = false;
    unsigned shortfalls = 0;          // Shortfall bits; zero exactly when passed

    int operator[](Competency c) const { return competency[static_cast<std::size_t>(c)]; }
    bool has(Shortfall s) const { return (shortfalls & static_cast<unsigned>(s)) != 0; }
    bool failed_by_grave_harm() const { return has(Shortfall::grave_harm); }
};

// The few numbers a score depends on. The explorer keeps them as running totals while it walks
// millions of paths; PathFacts reduces to them for a single playthrough.
struct ScoreInputs {
    int shown_weight = 0;   // weights of the distinct signs shown
    int found_weight = 0;   // of those, the ones flagged
    int neutral_shown = 0;  // harmless details shown
    int wrong_flags = 0;    // of those, the ones flagged
    int harm_cost = 0;
    bool grave_harm = false;
    int practice_opportunities = 0;
    int practice_decisions = 0;
    bool finished = false;
    Outcome outcome = Outcome::bad;
};

int indicator_weight(Strength strength);
int harm_cost(Severity severity);
// How grave a harm is for this person: harms to a child (or to someone who may be one) are at
// least serious, and some, such as leaving a child in exploitation, are grave (the catalog's
// child_severity).
Severity severity_for(const Harm& harm, const Person& person);
// What one choice adds to a path's score, whoever walks the path (the explorer's running totals,
// a playthrough's facts, the debrief's comparison of choices): one definition for all of them.
struct ChoiceWeight {
    int harm_cost = 0;      // points of Do no harm it takes
    bool grave = false;     // it does grave harm to this person
    bool practice = false;  // it is a good practice (the decision was a moment for one)
};
ChoiceWeight weigh_choice(const Choice& choice, const Catalog& catalog, const Person& person);

// A rough rank for comparing one choice with the others of its decision: a good practice beats a
// plain choice, which beats any harm; worse harms rank lower.
int choice_rank(const Choice& choice, const Catalog& catalog, const Person& person);
ScoreInputs score_inputs(const PathFacts& facts, const Catalog& catalog);
ScoreCard score(const ScoreInputs& inputs);
ScoreCard score(const PathFacts& facts, const Catalog& catalog);

std::string_view to_string(Competency competency);
std::string_view to_string(Shortfall shortfall);

}  // namespace senales
