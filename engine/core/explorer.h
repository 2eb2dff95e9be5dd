#pragma once
// Explores every way through a scenario, for the checker and for --best/--worst. Two passes:
// a breadth-first walk over story states (scene + variables) that finds what can be reached and
// where a trainee could get stuck, and a depth-first walk over whole paths that scores each one.
// Loops are bounded: a path never enters the same story state twice.

#include <cstdint>
#include <string>
#include <vector>

#include "catalog.h"
#include "scenario.h"
#include "scoring.h"
#include "story_state.h"

namespace senales {

struct ExploreLimits {
    std::size_t max_states = 100'000;
    std::size_t max_paths = 200'000;
    std::size_t max_steps = 2'000'000;  // scenes entered while walking paths, all paths together
    // Scenes on one path. A trainee's path is tens of decisions; without this bound, a scenario
    // whose variables never repeat a story state makes one path millions of scenes deep.
    std::size_t max_depth = 10'000;
};

struct ScoredPath {
    std::vector<Step> steps;  // choices, with the flags that go with them
    ScoreCard score;
    int ending = -1;          // scene index of the ending reached
    std::size_t decisions = 0;
};

struct DeadEnd {
    int scene = 0;
    std::vector<int> variables;  // a story state in which no choice is on offer
};

struct ExplorationReport {
    std::size_t states = 0;
    bool states_truncated = false;
    std::uint64_t paths = 0;     // complete paths from start to an ending
    bool paths_truncated = false;
    bool has_loops = false;
    // unreachable, details_never_shown and choices_never_offered are left empty when
    // states_truncated: with story states left unseen, what they would claim is not known.
    std::vector<int> unreachable;          // scenes and endings no path reaches
    std::vector<DeadEnd> dead_ends;        // one per scene
    std::vector<std::pair<int, int>> details_never_shown;  // (scene, detail)
    std::vector<std::pair<int, int>> choices_never_offered;  // (scene, choice)
    // Best: every sign shown is flagged and no neutral detail is; a passing path if there is one,
    // then the highest overall. Worst: every neutral detail shown is flagged and no sign is; the
    // lowest overall.
    ScoredPath best;
    ScoredPath worst;
    // Where the pass line falls, with every sign flagged: the highest-scoring path that fails and
    // the lowest-scoring one that passes (ending < 0 when there is none).
    ScoredPath best_failing;
    ScoredPath worst_passing;
};

ExplorationReport explore(const Scenario& scenario, const Catalog& catalog, const ExploreLimits& limits = {});

// Flags every visible sign (best) or every visible neutral detail (worst) before each choice.
enum class FlagPolicy { signs, neutral_details };
std::vector<Step> with_flags(const Scenario& scenario, const Catalog& catalog, const std::vector<int>& choices,
                             FlagPolicy policy);

}  // namespace senales
