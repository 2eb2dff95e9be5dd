#pragma once
// Whether the right answer can be read off the wording: in how many decisions the best choice is
// the longest, and how much longer than the others it is. Authors tend to write the careful
// choice out in full and the harmful one in a few words; a trainee soon learns to pick the
// longest. `senales check` prints these figures and warns past the limits below.

#include <vector>

#include "catalog.h"
#include "scenario.h"
#include "text.h"

namespace senales {

struct ChoiceLengths {
    Inline lang = Inline::es;
    int decisions = 0;        // scenes with two or more choices and one clear best (see choice_rank)
    int best_longest = 0;     // of those, where the best choice is longer than every other
    double mean_ratio = 0.0;  // the best choice's length over the mean of the others', averaged

    double longest_share() const { return decisions ? static_cast<double>(best_longest) / decisions : 0.0; }
};

// What check warns past: the best choice the longest in more than half the decisions, or 1.3
// times as long as the others on average. What authors should aim for is at most 40 % and 1.25.
inline constexpr double kMostLongestShare = 0.5;
inline constexpr double kMostLengthRatio = 1.3;

// One entry per language, over every scene of the scenario (lengths in characters).
std::vector<ChoiceLengths> measure_choice_lengths(const Scenario& scenario, const Catalog& catalog);

}  // namespace senales
